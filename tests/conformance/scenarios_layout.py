"""Conformance scenarios for the layout containers.

``st.sidebar``, ``st.bottom``, ``columns``, ``container``, ``expander``, ``tabs``,
``popover``, ``empty``, ``chat_message``, ``status`` and ``grid``: the shape of the tree
(block types, nesting, keys), element functions used as container methods and in ``with``
blocks, the open state of keyed stateful containers (set through session state, the only
way real AppTest has), and Streamlit's errors, caught by the app and written out.
"""

from __future__ import annotations

from tests.conformance.scenarios import RUN, Scenario, _s
from tests.conformance.scenarios_options import _catching

_COLUMNS: list[Scenario] = [
    _s(
        "layout_columns_shapes",
        """
        import streamlit as st
        a, b = st.columns(2)
        a.write("left")
        with b:
            st.write("right")
        c1, c2, c3 = st.columns([1, 2, 3], gap="large", vertical_alignment="center", border=True)
        c2.markdown("middle")
        st.columns((0.5, 0.5), gap=None)[1].caption("gapless")
        st.columns(1, gap=16)[0].text("pixels")
        st.write(type(st.columns(2)).__name__)
        """,
        [RUN],
    ),
    _s(
        "layout_columns_nested_everywhere",
        """
        import streamlit as st
        outer = st.columns(2)
        with outer[0]:
            inner = st.columns(3)
            with inner[2]:
                deepest = st.columns(2)
                deepest[1].write("three levels")
        with st.sidebar:
            x, y = st.columns(2)
            with x:
                p, q = st.columns(2)
                q.write("deep in the sidebar")
        st.sidebar.columns(2)[0].write("sidebar method")
        """,
        [RUN],
    ),
    _s(
        "layout_columns_widgets_inside",
        """
        import streamlit as st
        left, right = st.columns(2)
        n = left.number_input("n", value=1, key="n")
        go = right.button("go", key="go")
        with right:
            t = st.text_input("t", key="t")
        st.write("n", n, "go", go, "t", t)
        """,
        [
            RUN,
            ("number_input", 0, "increment"),
            ("button", 0, "click"),
            ("text_input", 0, "input", "hi"),
            RUN,
            RUN,
        ],
    ),
    _s(
        "layout_columns_errors",
        _catching(
            """
            show_error(lambda: st.columns(0))
            show_error(lambda: st.columns([]))
            show_error(lambda: st.columns([1, 0]))
            show_error(lambda: st.columns("ab"))
            show_error(lambda: st.columns(None))
            show_error(lambda: st.columns(2, gap="huge"))
            show_error(lambda: st.columns(2, gap=-1))
            show_error(lambda: st.columns(2, vertical_alignment="middle"))
            show_error(lambda: st.columns(2, width="content"))
            show_error(lambda: st.columns(2, wrap=None))
            """
        ),
        [RUN],
    ),
]

_CONTAINERS: list[Scenario] = [
    _s(
        "layout_container_keyed_and_plain",
        """
        import streamlit as st
        with st.container(key="box", border=True):
            st.write("inside")
            st.checkbox("c", key="c")
        plain = st.container(height=120)
        plain.write("method")
        st.container(horizontal=True, gap=None).button("row button")
        st.container()
        with st.container(key=7):
            st.write("int key")
        st.write("after")
        """,
        [RUN, ("checkbox", 0, "check"), RUN],
    ),
    _s(
        "layout_container_errors",
        _catching(
            """
            show_error(lambda: st.container(height="big"))
            show_error(lambda: st.container(height=0))
            show_error(lambda: st.container(width="wide"))
            show_error(lambda: st.container(wrap=False))
            show_error(lambda: st.container(horizontal_alignment="x"))
            show_error(lambda: st.container(vertical_alignment="x"))
            show_error(lambda: st.container(gap="x"))
            st.container(key="dup")
            show_error(lambda: st.button("b", key="dup"))
            show_error(lambda: st.container(key="dup"))
            """
        ),
        [RUN],
    ),
    _s(
        "layout_container_key_from_session_state_is_user_state",
        """
        import streamlit as st
        st.session_state.box = "mine"
        with st.container(key="box"):
            st.write(st.session_state.box)
        """,
        [RUN, RUN],
    ),
    _s(
        "layout_sidebar_and_bottom",
        """
        import streamlit as st
        st.sidebar.title("Side")
        with st.sidebar:
            st.write("in sidebar")
            st.button("side button")
        st.bottom.write("pinned")
        with st.bottom:
            st.caption("also pinned")
        st.write("main")
        """,
        [RUN],
    ),
    _s(
        "layout_bottom_errors",
        _catching(
            """
            def inside_sidebar():
                with st.sidebar:
                    st.bottom.write("x")
            show_error(inside_sidebar)
            def with_bottom_in_sidebar():
                with st.sidebar:
                    with st.bottom:
                        st.write("y")
            show_error(with_bottom_in_sidebar)
            with st.expander("exp"):
                st.bottom.write("from an expander is fine")
            """
        ),
        [RUN],
    ),
]

_EXPANDERS: list[Scenario] = [
    _s(
        "layout_expander_plain",
        """
        import streamlit as st
        with st.expander("More", icon=":material/info:"):
            st.write("hidden content is in the tree")
        e = st.expander("Open", expanded=True, key="ek")
        e.write("method")
        st.write("open attr", e.open)
        with st.expander("outer"):
            with st.expander("inner"):
                st.write("nested")
        """,
        [RUN],
    ),
    _s(
        "layout_expander_stateful_via_session_state",
        """
        import streamlit as st
        def changed():
            st.session_state.log = st.session_state.get("log", 0) + 1
        e = st.expander("Details", key="det", on_change=changed)
        st.write("open", e.open, "log", st.session_state.get("log", 0))
        f = st.expander("Auto", on_change="rerun", expanded=True)
        st.write("auto", f.open)
        """,
        [
            RUN,
            ("session_state_set", "det", True),
            RUN,
            RUN,
            ("session_state_set", "det", False),
            RUN,
        ],
    ),
    _s(
        "layout_expander_state_set_before_creation",
        """
        import streamlit as st
        if "exp" not in st.session_state:
            st.session_state.exp = True
        show = st.checkbox("show", value=True, key="show")
        if show:
            e = st.expander("E", key="exp", on_change="rerun")
            st.write("open", e.open)
        """,
        [RUN, ("checkbox", 0, "uncheck"), RUN, ("checkbox", 0, "check"), RUN],
    ),
    _s(
        "layout_expander_errors",
        _catching(
            """
            show_error(lambda: st.expander(None))
            show_error(lambda: st.expander("x", type="bad"))
            show_error(lambda: st.expander("x", on_change=None))
            show_error(lambda: st.expander("x", on_change="bad"))
            show_error(lambda: st.expander("x", bind="url"))
            show_error(lambda: st.expander("x", width="content"))
            st.expander("d", key="dk")
            show_error(lambda: st.expander("d", key="dk"))
            st.expander("same", on_change="rerun")
            show_error(lambda: st.expander("same", on_change="rerun"))
            st.expander("same")
            st.expander("same")
            with st.form("f"):
                show_error(lambda: st.expander("in form", on_change=lambda: None))
                st.expander("in form", on_change="rerun").write("ok")
                st.form_submit_button()
            """
        ),
        [RUN],
    ),
]

_TABS: list[Scenario] = [
    _s(
        "layout_tabs_plain",
        """
        import streamlit as st
        a, b, c = st.tabs(["A", "B", "C"])
        a.write("in a")
        with b:
            st.write("in b")
            st.slider("s", 0, 10, 3, key="s")
        tabs = st.tabs(["X"], key="plain_tabs")
        st.write(type(tabs).__name__, [t.open for t in tabs])
        """,
        [RUN, ("slider", 0, "set_value", 5), RUN],
    ),
    _s(
        "layout_tabs_stateful_via_session_state",
        """
        import streamlit as st
        def changed(tag):
            st.session_state.log = st.session_state.get("log", []) + [tag, st.session_state.tk]
        tabs = st.tabs(["One", "Two", "Three"], key="tk", default="Two", on_change=changed, args=("cb",))
        st.write("open", [t.open for t in tabs], "log", st.session_state.get("log"))
        other = st.tabs(["P", "Q"], on_change="rerun")
        st.write("other", [t.open for t in other])
        """,
        [
            RUN,
            ("session_state_set", "tk", "Three"),
            RUN,
            ("session_state_set", "tk", "Nope"),
            RUN,
            RUN,
        ],
    ),
    _s(
        "layout_tabs_errors",
        _catching(
            """
            show_error(lambda: st.tabs([]))
            show_error(lambda: st.tabs(["a"], default="b"))
            show_error(lambda: st.tabs(["a", 1]))
            show_error(lambda: st.tabs(["a"], on_change=None))
            show_error(lambda: st.tabs(["a", "a"], key="q", bind="query-params"))
            show_error(lambda: st.tabs(["a", ""], key="q2", bind="query-params"))
            show_error(lambda: st.tabs(["a"], height="tall"))
            st.tabs(["t"], key="tdup")
            show_error(lambda: st.tabs(["t"], key="tdup"))
            """
        ),
        [RUN],
    ),
]

_POPOVERS: list[Scenario] = [
    _s(
        "layout_popover_plain",
        """
        import streamlit as st
        with st.popover("Menu", icon=":material/menu:", help="opens"):
            st.write("inside")
            st.checkbox("opt", key="opt")
        p = st.popover("Other", key="pk")
        p.write("method")
        st.write("open", p.open)
        """,
        [RUN, ("checkbox", 0, "check"), RUN],
    ),
    _s(
        "layout_popover_stateful_via_session_state",
        """
        import streamlit as st
        p = st.popover("Filters", key="filters", on_change="rerun")
        p.write("body")
        st.write("open", p.open)
        q = st.popover("Off", on_change="rerun", disabled=True)
        st.write("q", q.open)
        """,
        [RUN, ("session_state_set", "filters", True), RUN, RUN],
    ),
    _s(
        "layout_popover_errors",
        _catching(
            """
            show_error(lambda: st.popover(None))
            show_error(lambda: st.popover("p", type="x"))
            show_error(lambda: st.popover("p", on_change="x"))
            show_error(lambda: st.popover("p", width="huge"))
            st.popover("w", use_container_width=True).write("wide")
            st.popover("k", key="pdup")
            show_error(lambda: st.popover("k", key="pdup"))
            """
        ),
        [RUN],
    ),
]

_PLACEHOLDERS: list[Scenario] = [
    _s(
        "layout_empty_replaces",
        """
        import streamlit as st
        p = st.empty()
        p.write("one")
        p.write("two")
        with st.empty():
            st.write("a")
            st.write("b")
        never = st.empty()
        cleared = st.empty()
        cleared.write("x")
        cleared.empty()
        m = st.markdown("m1")
        m.markdown("m2")
        st.write("end")
        """,
        [RUN],
    ),
    _s(
        "layout_empty_containers",
        """
        import streamlit as st
        q = st.empty()
        with q.container():
            st.write("c1")
            st.write("c2")
        s = st.empty()
        s.columns(2)[0].write("in col")
        t = st.empty()
        t.container().write("first")
        t.write("second")
        w = st.empty()
        with w:
            st.columns(2)[0].write("wc")
            st.write("after")
        """,
        [RUN],
    ),
    _s(
        "layout_empty_widget_and_errors",
        _catching(
            """
            slot = st.empty()
            v = slot.text_input("typed", key="typed")
            st.write("v", v)
            u = st.empty()
            show_error(lambda: u.write("a", "b"))
            col = st.columns(1)[0]
            show_error(lambda: col.write("a", 1))
            with col:
                st.write("st.write in a column", 2)
            st.sidebar.write("sidebar", 3)
            show_error(lambda: st.expander("x").write("b", 4))
            z = st.empty()
            z.write("kept")
            """
        ),
        [RUN, ("text_input", 0, "input", "hello"), RUN],
    ),
]

_MESSAGES_AND_STATUS: list[Scenario] = [
    _s(
        "layout_chat_message",
        """
        import streamlit as st
        with st.chat_message("user"):
            st.write("hi")
        st.chat_message("assistant").write("hello")
        st.chat_message("AI").write("ai")
        st.chat_message("Human").write("human")
        st.chat_message("bot").write("no avatar")
        st.chat_message("bot", avatar="🤖").write("emoji")
        st.chat_message("🦜").write("parrot")
        st.chat_message("x", avatar="https://example.com/a.png").write("url")
        st.chat_message("x", avatar="assistant").write("preset")
        """,
        [RUN],
    ),
    _s(
        "layout_chat_message_errors_and_history",
        _catching(
            """
            show_error(lambda: st.chat_message(None))
            show_error(lambda: st.chat_message("x", avatar="not-an-image"))
            show_error(lambda: st.chat_message("x", width="wide"))
            if "history" not in st.session_state:
                st.session_state.history = []
            for role, text in st.session_state.history:
                st.chat_message(role).write(text)
            if st.button("say"):
                st.session_state.history.append(("user", "hello"))
                st.session_state.history.append(("assistant", "hi there"))
                st.rerun()
            """
        ),
        [RUN, ("button", 0, "click"), RUN],
    ),
    _s(
        "layout_status_updates",
        """
        import streamlit as st
        s = st.status("Working")
        s.write("step")
        s.update(label="Done", state="complete", expanded=True)
        with st.status("with block", expanded=True) as w:
            st.write("inside")
        st.write(type(w).__name__)
        st.status("failed", state="error")
        with st.status("kept error") as k:
            k.update(state="error")
        st.status(None)
        """,
        [RUN],
    ),
    _s(
        "layout_status_errors_and_caught_exception",
        _catching(
            """
            show_error(lambda: st.status("s", state="x"))
            show_error(lambda: st.status("s", type="x"))
            s = st.status("upd")
            show_error(lambda: s.update(state="nope"))
            def fail():
                with st.expander("E"):
                    st.write("before")
                    with st.status("boom"):
                        raise ValueError("inside status")
            show_error(fail)
            """
        ),
        [RUN],
    ),
]

_GRIDS: list[Scenario] = [
    _s(
        "layout_grid_cells",
        """
        import streamlit as st
        g = st.grid(3)
        g.write("direct")
        g.cell().write("one")
        with g.cell(column_span=2, row_span=2):
            st.write("wide")
        with st.grid(key="gk", gap=(None, 5), row_height=40, min_column_width=100):
            st.write("in grid")
        st.grid().cell(column_span="all").button("grid button")
        """,
        [RUN, ("button", 0, "click"), RUN],
    ),
    _s(
        "layout_grid_errors",
        _catching(
            """
            show_error(lambda: st.grid(0))
            show_error(lambda: st.grid(25))
            show_error(lambda: st.grid("x"))
            show_error(lambda: st.grid(2.5))
            show_error(lambda: st.grid(wrap=False))
            show_error(lambda: st.grid(border=None))
            show_error(lambda: st.grid(min_column_width=0))
            show_error(lambda: st.grid(min_column_width="wide"))
            show_error(lambda: st.grid(row_height=1.5))
            show_error(lambda: st.grid(gap=(1, 2, 3)))
            show_error(lambda: st.grid(gap=("small", "x")))
            show_error(lambda: st.grid(vertical_alignment="x"))
            g = st.grid(2)
            show_error(lambda: g.cell(column_span=3))
            show_error(lambda: g.cell(column_span="most"))
            show_error(lambda: g.cell(row_span=0))
            show_error(lambda: g.cell(row_span="1"))
            """
        ),
        [RUN],
    ),
    _s(
        "layout_grid_nested_layouts",
        """
        import streamlit as st
        g = st.grid(2, border=True)
        with g.cell():
            a, b = st.columns(2)
            b.write("columns in a cell")
        with g.cell():
            with st.expander("exp in a cell"):
                st.write("x")
        with st.sidebar:
            st.grid(2).cell().write("sidebar grid")
        """,
        [RUN],
    ),
]

_CURSORS: list[Scenario] = [
    _s(
        "layout_element_methods_on_every_container",
        """
        import streamlit as st
        tab, = st.tabs(["T"])
        col = st.columns(1)[0]
        exp = st.expander("E")
        pop = st.popover("P")
        msg = st.chat_message("user")
        stat = st.status("S")
        cell = st.grid(1).cell()
        box = st.container()
        for i, dg in enumerate([tab, col, exp, pop, msg, stat, cell, box, st.sidebar]):
            dg.write(f"w{i}")
            dg.checkbox(f"c{i}", key=f"c{i}")
            dg.caption(f"cap{i}")
        """,
        [RUN, ("checkbox", {"key": "c3"}, "check"), ("checkbox", {"key": "c8"}, "check"), RUN],
    ),
    _s(
        "layout_with_blocks_nest_and_restore",
        """
        import streamlit as st
        with st.sidebar:
            with st.container():
                st.write("s1")
            st.write("s2")
        with st.expander("e"):
            t1, t2 = st.tabs(["a", "b"])
            with t2:
                with st.chat_message("user"):
                    st.write("deep")
                st.write("t2")
            st.write("e")
        st.write("main")
        """,
        [RUN],
    ),
]

SCENARIOS: list[Scenario] = [
    *_COLUMNS,
    *_CONTAINERS,
    *_EXPANDERS,
    *_TABS,
    *_POPOVERS,
    *_PLACEHOLDERS,
    *_MESSAGES_AND_STATUS,
    *_GRIDS,
    *_CURSORS,
]
