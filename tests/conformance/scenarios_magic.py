"""Conformance scenarios for magic: bare expressions written with ``st.write``.

Real ``streamlit.testing.v1.AppTest`` runs with Streamlit's default magic options, so only
those are compared here; ``runner.magicEnabled = false`` and the ``magic.*`` options are
tested on apptest's side in ``tests/runtime/test_magic.py``, and so is the module
docstring (every scenario starts with ``import streamlit as st``).
"""

from __future__ import annotations

from tests.conformance.scenarios import RUN, Scenario, _s

SCENARIOS: list[Scenario] = [
    _s(
        "magic_strings_numbers_lists",
        """
        import streamlit as st
        "hello **magic**"
        42
        2.5
        [1, "two", 3.0]
        {"a": 1}
        x = 7
        x
        x * 2
        None
        True
        """,
        [RUN],
    ),
    _s(
        "magic_tuples_and_walrus",
        """
        import streamlit as st
        n = 3
        "Count =", n
        "a", "b", 1.5
        (y := 10)
        ("parenthesised")
        """,
        [RUN],
    ),
    _s(
        "magic_calls_are_not_written",
        """
        import streamlit as st
        def f():
            return "returned"
        f()
        len([1, 2])
        st.markdown("explicit")
        "after"
        """,
        [RUN],
    ),
    _s(
        "magic_docstrings",
        '''
        import streamlit as st
        "a string after the first statement is not a docstring"
        def f():
            """Nor is a function docstring."""
            "function body"
        f()
        class C:
            "class body strings are not rewritten"
            def m(self):
                "method docstring"
                "method body"
        C().m()
        if True:
            "first in if is shown"
        ''',
        [RUN],
    ),
    _s(
        "magic_in_functions",
        """
        import streamlit as st
        def show(label, value):
            label, value
            if value > 1:
                "big"
            return value
        show("one", 1)
        show("two", 2)
        def gen():
            yield 1
            "in generator"
        list(gen())
        """,
        [RUN],
    ),
    _s(
        "magic_in_loops",
        """
        import streamlit as st
        for i in range(3):
            "row", i
        else:
            "for done"
        n = 0
        while n < 2:
            n += 1
            n
        else:
            "while done"
        """,
        [RUN],
    ),
    _s(
        "magic_in_compound_statements",
        """
        import streamlit as st
        import contextlib
        with contextlib.nullcontext():
            "in with"
        try:
            "in try"
            raise ValueError("x")
        except ValueError as e:
            "caught", str(e)
        else:
            "not reached"
        finally:
            "in finally"
        match 2:
            case 1:
                "one"
            case 2:
                "two"
        if False:
            "no"
        elif 1 + 1 == 2:
            "elif"
        else:
            "no"
        """,
        [RUN],
    ),
    _s(
        "magic_with_interaction",
        """
        import streamlit as st
        if "count" not in st.session_state:
            st.session_state.count = 0
        if st.button("Increment"):
            st.session_state.count += 1
            "clicked"
        "Count =", st.session_state.count
        """,
        [RUN, ("button", 0, "click"), RUN, RUN],
    ),
]
