"""Conformance scenarios for the option widgets.

``toggle``, ``radio``, ``selectbox``, ``multiselect``, ``pills``, ``segmented_control``,
``select_slider``, ``color_picker``, ``feedback`` and ``pagination``. Errors raised by
Streamlit are caught by the app and written out, so their class and message are compared
without an exception element.
"""

from __future__ import annotations

import textwrap

from tests.conformance.scenarios import RUN, Scenario, _s

_CATCH = """
import streamlit as st
def show_error(fn):
    try:
        fn()
    except Exception as e:
        st.write(type(e).__name__, repr(str(e)))
"""


def _catching(body: str) -> str:
    """An app that defines ``show_error(fn)``, which writes the error ``fn()`` raises."""
    return _CATCH + textwrap.dedent(body)


SCENARIOS: list[Scenario] = [
    # ------------------------------------------------------------------ toggle
    _s(
        "options_toggle_basic",
        """
        import streamlit as st
        a = st.toggle("Dark mode")
        b = st.toggle("On by default", value=True, key="b")
        st.write(repr(a), repr(b))
        """,
        [RUN, ("toggle", 0, "set_value", True), ("toggle", 1, "set_value", False), RUN, RUN],
    ),
    _s(
        "options_toggle_callback_and_state",
        """
        import streamlit as st
        if "t" not in st.session_state:
            st.session_state.t = True
        def changed(tag, extra=None):
            st.session_state.log = st.session_state.get("log", []) + [[tag, extra, st.session_state.t]]
        v = st.toggle("Switch", key="t", on_change=changed, args=("cb",), kwargs={"extra": 1})
        st.write(repr(v), st.session_state.get("log"))
        """,
        [RUN, ("toggle", 0, "set_value", False), RUN, ("session_state_set", "t", True), RUN],
    ),
    _s(
        "options_toggle_in_form",
        """
        import streamlit as st
        with st.form("f"):
            on = st.toggle("Inside", key="in")
            st.form_submit_button("go")
        st.write("on", repr(on))
        """,
        [RUN, ("toggle", 0, "set_value", True), ("button", 0, "click"), RUN, RUN],
    ),
    # ------------------------------------------------------------------ radio
    _s(
        "options_radio_basic",
        """
        import streamlit as st
        r = st.radio("Pick", ["a", "b", "c"], key="r", horizontal=True, captions=["A", None, "C"])
        n = st.radio("Number", (1, 2, 3), index=2, format_func=lambda x: f"#{x}")
        st.write(repr(r), repr(n))
        """,
        [RUN, ("radio", 0, "set_value", "b"), ("radio", 1, "set_value", 1), RUN, RUN],
    ),
    _s(
        "options_radio_index_none_dict_options",
        """
        import streamlit as st
        colors = {"r": "Red", "g": "Green"}
        c = st.radio("Color", colors, index=None, format_func=colors.get)
        st.write("color", repr(c))
        """,
        [RUN, ("radio", 0, "set_value", "g"), RUN, ("radio", 0, "set_value", "r"), RUN],
    ),
    _s(
        "options_radio_callback_and_options_change",
        """
        import streamlit as st
        def cb(tag):
            st.session_state.seen = [tag, st.session_state.r]
        big = st.toggle("big")
        opts = ["x", "y", "z"] if big else ["x", "y"]
        r = st.radio("R", opts, index=1, key="r", on_change=cb, args=("radio",))
        st.write(repr(r), st.session_state.get("seen"))
        """,
        [
            RUN,
            ("toggle", 0, "set_value", True),
            RUN,
            ("radio", 0, "set_value", "z"),
            RUN,
            ("toggle", 0, "set_value", False),
            RUN,
        ],
    ),
    _s(
        "options_radio_invalid_state_resets",
        """
        import streamlit as st
        if "r" not in st.session_state:
            st.session_state.r = "zz"
        def spoil():
            st.session_state.r = "gone"
        st.button("spoil", on_click=spoil)
        r = st.radio("R", ["a", "b"], index=1, key="r")
        st.write(repr(r), repr(st.session_state.r))
        """,
        [RUN, ("radio", 0, "set_value", "a"), RUN, ("button", 0, "click"), RUN, RUN],
    ),
    # ------------------------------------------------------------------ selectbox
    _s(
        "options_selectbox_basic",
        """
        import streamlit as st
        s = st.selectbox("Size", ["S", "M", "L"], key="s")
        n = st.selectbox("N", range(5), index=3)
        st.write(repr(s), repr(n))
        """,
        [RUN, ("selectbox", 0, "select", "L"), ("selectbox", 1, "select_index", 0), RUN, RUN],
    ),
    _s(
        "options_selectbox_index_none",
        """
        import streamlit as st
        s = st.selectbox("Empty", ["a", "b"], index=None, placeholder="choose", key="e")
        st.write("got", repr(s))
        """,
        [RUN, ("selectbox", 0, "select_index", 1), RUN, ("selectbox", 0, "select_index", None), RUN],
    ),
    _s(
        "options_selectbox_state_first_and_format",
        """
        import streamlit as st
        if "s" not in st.session_state:
            st.session_state.s = 20
        def clear():
            st.session_state.s = None
        st.button("clear", on_click=clear)
        s = st.selectbox("Val", [10, 20, 30], key="s", format_func=lambda v: f"{v} units")
        st.write(repr(s))
        """,
        [RUN, ("selectbox", 0, "select", 30), RUN, ("button", 0, "click"), RUN, RUN],
    ),
    _s(
        "options_selectbox_argument_errors",
        _catching(
            """
            show_error(lambda: st.selectbox("bad index", ["a", "b"], index=5))
            show_error(lambda: st.selectbox("bad type", ["a", "b"], index="1"))
            show_error(lambda: st.radio("bad radio", ["a"], index=-1))
            show_error(lambda: st.selectbox("bad mode", ["a"], filter_mode="x"))
            st.write("after", st.selectbox("empty", []))
            """
        ),
        [RUN],
    ),
    # ------------------------------------------------------------------ multiselect
    _s(
        "options_multiselect_basic",
        """
        import streamlit as st
        m = st.multiselect("Fruits", ["apple", "pear", "plum"], default=["pear"], key="m")
        st.write(m)
        """,
        [
            RUN,
            ("multiselect", 0, "select", "plum"),
            RUN,
            ("multiselect", 0, "unselect", "pear"),
            RUN,
            ("multiselect", 0, "set_value", []),
            RUN,
        ],
    ),
    _s(
        "options_multiselect_format_and_callback",
        """
        import streamlit as st
        def cb(**kw):
            st.session_state.calls = st.session_state.get("calls", 0) + kw["n"]
        m = st.multiselect("Nums", (1, 2, 3, 4), default=2, format_func=lambda x: "n%d" % x,
                           max_selections=2, on_change=cb, kwargs={"n": 5})
        st.write(repr(m), st.session_state.get("calls"))
        """,
        [RUN, ("multiselect", 0, "select", 4), RUN, ("multiselect", 0, "set_value", [1, 3]), RUN],
    ),
    _s(
        "options_multiselect_errors",
        _catching(
            """
            show_error(lambda: st.multiselect("bad default", ["a", "b"], default=["c"]))
            show_error(lambda: st.multiselect("too many", ["a", "b", "c"], default=["a", "b"],
                                              max_selections=1))
            show_error(lambda: st.multiselect("zero", ["a"], max_selections=0))
            show_error(lambda: st.pills("pills bad", ["a"], default="z"))
            """
        ),
        [RUN],
    ),
    # ------------------------------------------------------------------ pills / segmented
    _s(
        "options_pills_single_and_multi",
        """
        import streamlit as st
        one = st.pills("One", ["a", "b", "c"], key="one")
        many = st.pills("Many", ["x", "y", "z"], selection_mode="multi", default=["z"])
        st.write(repr(one), repr(many))
        """,
        [
            RUN,
            ("pills", 0, "select", "b"),
            ("pills", 1, "select", "x"),
            RUN,
            ("pills", 0, "unselect", "b"),
            ("pills", 1, "unselect", "z"),
            RUN,
        ],
    ),
    _s(
        "options_segmented_control_default",
        """
        import streamlit as st
        s = st.segmented_control("Seg", [1, 2, 3], default=2, format_func=lambda n: f"{n}x")
        p = st.pills("Icons", [":material/add: Add", "Plain"], key="icons")
        st.write(repr(s), repr(p))
        """,
        [RUN, ("segmented_control", 0, "select", 3), ("pills", 0, "select", "Plain"), RUN, RUN],
    ),
    _s(
        "options_button_group_sidebar_callback",
        """
        import streamlit as st
        def cb():
            st.session_state.picked = st.session_state.seg
        with st.sidebar:
            st.segmented_control("Mode", ["day", "night"], selection_mode="multi", key="seg",
                                 on_change=cb)
        st.write("picked", st.session_state.get("picked"))
        """,
        [
            RUN,
            ("segmented_control", 0, "select", "night"),
            RUN,
            ("segmented_control", 0, "select", "day"),
            RUN,
        ],
    ),
    # ------------------------------------------------------------------ select_slider
    _s(
        "options_select_slider_single_and_range",
        """
        import streamlit as st
        size = st.select_slider("Size", ["XS", "S", "M", "L"], value="M", key="size")
        rng = st.select_slider("Range", range(10), value=(2, 7))
        st.write(repr(size), repr(rng))
        """,
        [
            RUN,
            ("select_slider", 0, "set_value", "XS"),
            ("select_slider", 1, "set_range", 1, 4),
            RUN,
            RUN,
        ],
    ),
    _s(
        "options_select_slider_default_and_format",
        """
        import streamlit as st
        c = st.select_slider("Color", options=["red", "green", "blue"],
                             format_func=str.upper)
        st.write(repr(c))
        """,
        [RUN, ("select_slider", 0, "set_value", "blue"), RUN],
    ),
    _s(
        "options_select_slider_in_form_with_callback",
        """
        import streamlit as st
        def done():
            st.session_state.done = st.session_state.lvl
        with st.form("f"):
            st.select_slider("Level", [1, 2, 3, 4, 5], value=(1, 5), key="lvl")
            st.form_submit_button("ok", on_click=done)
        st.write("done", repr(st.session_state.get("done")))
        """,
        [RUN, ("select_slider", 0, "set_range", 2, 3), ("button", 0, "click"), RUN, RUN],
    ),
    # ------------------------------------------------------------------ color_picker
    _s(
        "options_color_picker_basic",
        """
        import streamlit as st
        c = st.color_picker("Color")
        d = st.color_picker("Other", "#00FFAA", key="d")
        st.write(c, d)
        """,
        [RUN, ("color_picker", 0, "pick", "ff0000"), ("color_picker", 1, "pick", "#123456"), RUN],
    ),
    _s(
        "options_color_picker_callback_and_state",
        """
        import streamlit as st
        if "c" not in st.session_state:
            st.session_state.c = "#abcdef"
        def cb(prefix):
            st.session_state.msg = prefix + st.session_state.c
        st.color_picker("C", key="c", on_change=cb, args=("new ",))
        st.write(st.session_state.c, st.session_state.get("msg"))
        """,
        [RUN, ("color_picker", 0, "set_value", "#000001"), RUN, RUN],
    ),
    _s(
        "options_color_picker_errors",
        _catching(
            """
            show_error(lambda: st.color_picker("bad", "red"))
            show_error(lambda: st.color_picker("bad type", 5))
            st.write(st.color_picker("short", "#abc"))
            """
        ),
        [RUN],
    ),
    # ------------------------------------------------------------------ feedback
    _s(
        "options_feedback_kinds",
        """
        import streamlit as st
        t = st.feedback()
        f = st.feedback("faces", key="faces")
        s = st.feedback("stars", default=2)
        st.write(repr(t), repr(f), repr(s))
        """,
        [
            RUN,
            ("feedback", 0, "set_value", 1),
            ("feedback", 1, "set_value", 4),
            ("feedback", 2, "set_value", None),
            RUN,
            RUN,
        ],
    ),
    _s(
        "options_feedback_callback",
        """
        import streamlit as st
        def cb(who):
            st.session_state.rated = [who, st.session_state.fb]
        st.feedback("thumbs", key="fb", on_change=cb, args=("me",))
        st.write(st.session_state.get("rated"))
        """,
        [RUN, ("feedback", 0, "set_value", 0), RUN, ("feedback", 0, "set_value", 1), RUN],
    ),
    _s(
        "options_feedback_errors_and_state",
        _catching(
            """
            show_error(lambda: st.feedback("hearts"))
            show_error(lambda: st.feedback("thumbs", default=2))
            if "s" not in st.session_state:
                st.session_state.s = 9
            v = st.feedback("stars", key="s")
            st.write("v", repr(v), repr(st.session_state.s))
            """
        ),
        [RUN, ("feedback", 0, "set_value", 3), RUN],
    ),
    # ------------------------------------------------------------------ pagination
    _s(
        "options_pagination_basic",
        """
        import streamlit as st
        p = st.pagination(5)
        q = st.pagination(10, default=3, key="q", max_visible_pages=None)
        st.write(p, q)
        """,
        [RUN, ("pagination", 0, "select", 5), ("pagination", 1, "set_value", 10), RUN, RUN],
    ),
    _s(
        "options_pagination_callback",
        """
        import streamlit as st
        def cb(step):
            st.session_state.log = st.session_state.get("log", []) + [step * st.session_state.pg]
        page = st.pagination(4, key="pg", on_change=cb, kwargs={"step": 10})
        st.write("page", page, st.session_state.get("log"))
        """,
        [RUN, ("pagination", 0, "select", 2), RUN, ("pagination", 0, "select", 4), RUN],
    ),
    _s(
        "options_pagination_errors_and_state",
        _catching(
            """
            show_error(lambda: st.pagination(0))
            show_error(lambda: st.pagination(3, default=4))
            show_error(lambda: st.pagination(3, default="1"))
            show_error(lambda: st.pagination(3, max_visible_pages=-1))
            if "p" not in st.session_state:
                st.session_state.p = 7
            st.write("page", st.pagination(3, key="p"), st.session_state.p)
            """
        ),
        [RUN, ("pagination", 0, "select", 2), RUN],
    ),
]
