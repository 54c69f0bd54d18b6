"""Conformance scenarios for ``st.query_params`` and ``bind="query-params"``.

The runner compares the page and session state only, so each scenario writes what it
reads from ``st.query_params`` (``to_dict()``, ``get_all``) on the page. A person's edit of
a bound widget is not followed by a read of ``st.query_params``: apptest writes it to the
URL as a browser does, real AppTest does not (see docs/architecture.md).
"""

from __future__ import annotations

from tests.conformance.scenarios import RUN, Scenario, _s

SCENARIOS: list[Scenario] = [
    _s(
        "query_params_script_writes_and_reads",
        """
        import streamlit as st
        qp = st.query_params
        st.write(repr(qp.to_dict()))
        if "n" not in qp:
            qp["n"] = 5
            qp.tags = ["a", "b"]
            qp.update({"u": "1"}, v=("x", "y"))
        st.write(repr(qp.to_dict()), repr(qp.get_all("tags")), repr(qp.get_all("nope")))
        st.write(repr(list(qp.keys())), repr(len(qp)), repr("u" in qp), repr(qp.get("zz", "d")))
        """,
        [RUN, RUN],
    ),
    _s(
        "query_params_mapping_methods",
        """
        import streamlit as st
        qp = st.query_params
        if st.button("fill"):
            qp.from_dict({"a": "1", "b": ["2", "3"], "c": "4"})
        if st.button("pop"):
            st.write(repr(qp.pop("a", None)), repr(qp.setdefault("s", "new")), repr(qp.popitem()))
        if st.button("clear"):
            qp.clear()
        try:
            qp["bad"] = {"x": 1}
        except Exception as exc:
            st.write(type(exc).__name__, str(exc))
        for read in (lambda: qp["zz"], lambda: qp.zz):
            try:
                read()
            except (KeyError, AttributeError) as exc:
                st.write(type(exc).__name__, exc.args[0])
        st.write(repr(qp.to_dict()), repr(qp.get_all("b")))
        """,
        [RUN, ("button", 0, "click"), RUN, ("button", 1, "click"), RUN,
         ("button", 2, "click"), RUN],
    ),
    _s(
        "query_params_bound_widget_set_from_callback",
        """
        import streamlit as st
        def bump():
            st.session_state.n = st.session_state.n + 1
        st.button("bump", on_click=bump)
        v = st.number_input("n", 0, 10, key="n", bind="query-params")
        st.write(repr(v), repr(st.query_params.to_dict()))
        """,
        [RUN, ("button", 0, "click"), RUN, ("button", 0, "click"), RUN],
    ),
    _s(
        "query_params_bound_param_is_protected",
        """
        import streamlit as st
        st.checkbox("c", key="c", bind="query-params")
        st.query_params["free"] = "yes"
        for action in (lambda: st.query_params.__setitem__("c", "true"),
                       lambda: st.query_params.__delitem__("c"),
                       st.query_params.clear,
                       lambda: st.query_params.from_dict({"c": "1"})):
            try:
                action()
            except Exception as exc:
                st.write(type(exc).__name__, str(exc))
        st.write(repr(st.query_params.to_dict()))
        """,
        [RUN, RUN],
    ),
    _s(
        "query_params_bound_widget_off_the_page",
        """
        import streamlit as st
        def set_t():
            st.session_state.t = "from callback"
        hide = st.checkbox("hide", key="hide")
        st.button("set", on_click=set_t)
        if not hide:
            st.text_input("t", key="t", bind="query-params")
        st.write(repr(st.query_params.to_dict()))
        """,
        [RUN, ("button", 0, "click"), RUN, ("checkbox", 0, "check"), RUN,
         ("checkbox", 0, "uncheck"), RUN],
    ),
    _s(
        "query_params_embed_bind_error",
        """
        import streamlit as st
        try:
            st.query_params["embed_options"] = "x"
        except Exception as exc:
            st.write(type(exc).__name__, str(exc))
        try:
            st.text_input("t", key="embed", bind="query-params")
        except Exception as exc:
            st.write(type(exc).__name__, str(exc))
        st.write(repr(st.query_params.to_dict()))
        """,
        [RUN],
    ),
]
