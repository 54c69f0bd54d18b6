"""Conformance scenarios for ``@st.fragment`` and ``@st.dialog``: what real AppTest can run.

Real AppTest runs fragments and dialogs on full runs only (every interaction reruns the
whole script), so these scenarios pin the tree of first runs, full reruns, widgets in
fragments driven by full runs, and Streamlit's errors. Fragment-only reruns, ``run_every``
and dismissing dialogs are pinned by ``tests/runtime/test_fragments.py`` and
``tests/elements/test_dialog.py`` instead (see ``docs/fragments-and-dialogs.md``).
"""

from __future__ import annotations

from tests.conformance.scenarios import RUN, Scenario, _s
from tests.conformance.scenarios_options import _catching

SCENARIOS: list[Scenario] = [
    _s(
        "fragments_tree_shapes",
        """
        import streamlit as st
        out = st.container()
        out.write("before")

        @st.fragment
        def f(n):
            st.write("in fragment", n)
            st.button("go", key=f"go{n}")
            out.write(f"from fragment {n}")
            st.sidebar.write("sidebar from fragment")

        f(1)
        f(2)
        st.write("after")
        """,
        [RUN],
    ),
    _s(
        "fragments_with_arguments_nested_and_columns",
        """
        import streamlit as st

        @st.fragment()
        def inner(label):
            st.write("inner", label)

        @st.fragment(run_every=None, key="outer")
        def outer():
            st.write("outer")
            inner("a")
            left, right = st.columns(2)
            with right:
                inner("b")

        outer()
        with st.sidebar:
            inner("side")
        """,
        [RUN],
    ),
    _s(
        "fragments_widget_full_rerun",
        """
        import streamlit as st
        st.session_state.runs = st.session_state.get("runs", 0) + 1

        @st.fragment
        def f():
            n = st.number_input("n", value=1, key="n")
            st.write("double", 2 * n)

        f()
        st.write("runs", st.session_state.runs)
        """,
        [RUN, ("session_state_set", "n", 4), RUN],
    ),
    _s(
        "fragments_errors",
        _catching(
            """
            show_error(lambda: st.fragment(key="app"))
            show_error(lambda: st.fragment(key="fragment"))
            show_error(lambda: st.rerun(scope=""))
            show_error(lambda: st.rerun(scope=[]))
            show_error(lambda: st.rerun(scope=["app"]))
            show_error(lambda: st.rerun(scope=b"x"))
            show_error(lambda: st.rerun(scope="charts"))

            @st.fragment(key="k")
            def first():
                st.write("first")

            @st.fragment(key="k")
            def second():
                st.write("second")

            first()
            first()
            show_error(second)
            """
        ),
        [RUN],
    ),
    _s(
        "dialogs_opened_by_a_button",
        """
        import streamlit as st

        @st.dialog("Edit", width="large", icon="✏️")
        def edit(item):
            st.write("editing", item)
            st.text_input("name", key="name")

        if st.button("open"):
            edit("x")
        st.write("name is", st.session_state.get("name"))
        """,
        [RUN, ("button", 0, "click"), RUN],
    ),
    _s(
        "dialogs_errors",
        _catching(
            """
            show_error(lambda: st.dialog("")(lambda: None))
            show_error(lambda: st.dialog(lambda: None))
            show_error(lambda: st.dialog("w", width="huge")(lambda: None)())
            show_error(lambda: st.dialog("w", width=0)(lambda: None)())
            show_error(lambda: st.dialog("p", position="top")(lambda: None)())
            show_error(lambda: st.dialog("o", on_dismiss="never")(lambda: None)())

            @st.dialog("A")
            def a():
                st.write("a")
                show_error(b)

            @st.dialog("B")
            def b():
                st.write("b")

            a()
            show_error(b)
            st.write("after")
            """
        ),
        [RUN],
    ),
]
