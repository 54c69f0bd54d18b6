"""Conformance scenarios for the parameters every widget shares.

``persist_state``, ``on_change`` modes, ``bind``, ``key`` (ints), ``label_visibility``,
``width``, ``help``/``placeholder``, and widget identity: which parameters make two unkeyed
widgets the same (``StreamlitDuplicateElementId``) and which changes give a keyed widget a
new identity (and so its default value back). Errors are caught by the app and written out.
"""

from __future__ import annotations

import datetime
from typing import Any, NamedTuple

from tests.conformance.scenarios import RUN, Scenario, Step, _s
from tests.conformance.scenarios_options import _catching


def _phase(n: int) -> Step:
    return ("session_state_set", "phase", n)


# --------------------------------------------------------------------------- persist_state

_PERSIST_APP = """
import streamlit as st
mode = st.session_state.get("mode")
show = st.checkbox("show", key="show", value=True)
st.write("before", repr(st.session_state.get("t")), repr(st.session_state.get("s")))
if show:
    t = st.text_input("t", key="t", persist_state=mode)
    s = st.slider("s", 0, 10, key="s", persist_state=mode)
    m = st.multiselect("m", ["a", "b", "c"], key="m", persist_state=mode)
    u = st.text_input("u", key="u")
    st.write("ret", repr(t), s, m, repr(u))
"""


def _persist_steps(mode: Any) -> list[Step]:
    return [
        ("session_state_set", "mode", mode),
        RUN,
        ("text_input", {"key": "t"}, "input", "hello"),
        ("slider", {"key": "s"}, "set_value", 7),
        ("multiselect", {"key": "m"}, "select", "b"),
        ("text_input", {"key": "u"}, "input", "world"),
        RUN,
        ("checkbox", {"key": "show"}, "uncheck"),
        RUN,
        RUN,
        ("checkbox", {"key": "show"}, "check"),
        RUN,
        RUN,
    ]


_PERSIST: list[Scenario] = [
    _s(f"common_persist_state_{mode}", _PERSIST_APP, _persist_steps(mode))
    for mode in ("session", "page", None)
]

_PERSIST += [
    _s(
        "common_persist_state_set_and_delete_while_hidden",
        """
        import streamlit as st
        show = st.toggle("show", key="show", value=True)
        st.write("before", repr(st.session_state.get("n")))
        if show:
            n = st.number_input("n", key="n", value=1, persist_state="session")
            st.write("ret", n)
        """,
        [
            RUN,
            ("number_input", {"key": "n"}, "set_value", 5),
            RUN,
            ("toggle", {"key": "show"}, "set_value", False),
            RUN,
            ("session_state_set", "n", 9),
            RUN,
            ("toggle", {"key": "show"}, "set_value", True),
            RUN,
            ("toggle", {"key": "show"}, "set_value", False),
            RUN,
            ("session_state_del", "n"),
            RUN,
            ("toggle", {"key": "show"}, "set_value", True),
            RUN,
        ],
    ),
    _s(
        "common_persist_state_many_kinds",
        """
        import streamlit as st
        import datetime
        show = st.checkbox("show", key="show", value=True)
        if show:
            st.checkbox("c", key="c", persist_state="session")
            st.radio("r", ["x", "y"], key="r", persist_state="page")
            st.selectbox("sb", ["x", "y"], key="sb", persist_state="session")
            st.text_area("ta", key="ta", persist_state="page")
            st.date_input("d", datetime.date(2024, 1, 1), key="d", persist_state="session")
            st.pills("p", ["x", "y"], key="p", persist_state="session")
            st.color_picker("cp", key="cp", persist_state="page")
        st.write(sorted((k, str(v)) for k, v in st.session_state.items()))
        """,
        [
            RUN,
            ("checkbox", {"key": "c"}, "check"),
            ("radio", {"key": "r"}, "set_value", "y"),
            ("selectbox", {"key": "sb"}, "select", "y"),
            ("text_area", {"key": "ta"}, "input", "note"),
            ("date_input", {"key": "d"}, "set_value", datetime.date(2024, 2, 3)),
            ("pills", {"key": "p"}, "select", "x"),
            ("color_picker", {"key": "cp"}, "pick", "#00ff00"),
            RUN,
            ("checkbox", {"key": "show"}, "uncheck"),
            RUN,
            ("checkbox", {"key": "show"}, "check"),
            RUN,
        ],
    ),
]

# --------------------------------------------------------------------------- on_change, bind, key

_PARAMS: list[Scenario] = [
    _s(
        "common_on_change_ignore_applies_at_next_run",
        """
        import streamlit as st
        def cb():
            st.session_state.calls = st.session_state.get("calls", 0) + 1
        t = st.text_input("t", key="t", on_change="ignore")
        c = st.checkbox("c", key="c", on_change="ignore")
        s = st.slider("s", 0, 10, on_change=None)
        r = st.radio("r", ["a", "b"], key="r", on_change="rerun")
        n = st.number_input("n", key="n", on_change=cb)
        st.write(repr(t), c, s, r, n, st.session_state.get("calls"))
        """,
        [
            RUN,
            ("text_input", {"key": "t"}, "input", "x"),
            ("checkbox", {"key": "c"}, "check"),
            ("slider", 0, "set_value", 3),
            ("radio", {"key": "r"}, "set_value", "b"),
            ("number_input", {"key": "n"}, "set_value", 2),
            RUN,
            RUN,
        ],
    ),
    _s(
        "common_on_change_errors",
        _catching(
            """
            show_error(lambda: st.text_input("a", on_change="bogus"))
            show_error(lambda: st.checkbox("b", on_change=3))
            show_error(lambda: st.slider("c", on_change=["x"]))
            show_error(lambda: st.button("d", on_click="bogus"))
            show_error(lambda: st.button("e", on_click="ignore"))
            show_error(lambda: st.menu_button("m", ["a"], on_click="rerun"))
            show_error(lambda: st.chat_input("ci", on_submit="rerun"))
            show_error(lambda: st.download_button("dl", "data", on_click="bad"))
            show_error(lambda: st.selectbox("f", ["a"], on_change="Rerun"))
            st.write("ok", st.toggle("g", on_change="ignore"), st.pills("h", ["x"], on_change=None))
            """
        ),
        [RUN],
    ),
    _s(
        "common_bind_and_persist_state_errors",
        _catching(
            """
            show_error(lambda: st.text_input("a", persist_state="x"))
            show_error(lambda: st.text_input("b", persist_state="page"))
            show_error(lambda: st.checkbox("c", key="c", persist_state=True))
            show_error(lambda: st.slider("d", bind="x"))
            show_error(lambda: st.selectbox("e", ["a"], bind="query-params"))
            show_error(lambda: st.feedback(persist_state="session"))
            show_error(lambda: st.pagination(3, bind="url", key="p"))
            st.write("ok", st.number_input("n", key="n", bind="query-params", persist_state="page"))
            """
        ),
        [RUN],
    ),
    _s(
        "common_key_validation_and_int_keys",
        _catching(
            """
            show_error(lambda: st.text_input("a", key=""))
            show_error(lambda: st.text_input("b", key="$$ID-abc"))
            v = st.text_input("t", key=1)
            n = st.number_input("n", key=2.5)
            st.write(repr(v), n, "1" in st.session_state, 1 in st.session_state,
                     repr(st.session_state.get(1)), st.session_state[2.5])
            """
        ),
        [RUN, ("text_input", {"key": "1"}, "input", "hi"), RUN, RUN],
    ),
    _s(
        "common_label_visibility_and_width_errors",
        _catching(
            """
            show_error(lambda: st.text_input("a", label_visibility="none"))
            show_error(lambda: st.radio("b", ["x"], label_visibility=None))
            show_error(lambda: st.text_input("w", width="content"))
            show_error(lambda: st.checkbox("w2", width="big"))
            show_error(lambda: st.checkbox("w3", width=0))
            show_error(lambda: st.slider("w4", width=1.5))
            show_error(lambda: st.selectbox("w5", ["x"], width=None))
            show_error(lambda: st.button("w6", width=-3))
            show_error(lambda: st.feedback(width="wide"))
            show_error(lambda: st.file_uploader("w7", width="content"))
            st.write("ok", st.pills("p", ["x"], width="content"), st.toggle("t", width=200),
                     st.text_area("ta", width="stretch", label_visibility="collapsed"))
            st.write("empty", st.text_input(""), st.checkbox("", key="e"))
            """
        ),
        [RUN],
    ),
    _s(
        "common_disabled_widgets_keep_values",
        """
        import streamlit as st
        t = st.text_input("t", "x", key="t", disabled=True)
        c = st.checkbox("c", True, key="c", disabled=True)
        s = st.selectbox("s", ["a", "b"], index=1, key="s", disabled=True)
        st.write(repr(t), c, s)
        """,
        [RUN, ("session_state_set", "t", "from state"), RUN],
    ),
]

# --------------------------------------------------------------------------- identity


class _Kind(NamedTuple):
    """One widget kind for the identity scenarios.

    ``call`` is a format string with ``{label}``, ``{key}`` and ``{shape}`` (a parameter
    that is ``shape[0]`` in phase 0 and ``shape[1]`` afterwards); ``step`` sets a value.
    """

    name: str
    call: str
    shape: tuple[str, str]
    step: tuple[str, tuple[Any, ...]]


_KINDS = [
    _Kind("text_input", 'st.text_input({label}, {key}, max_chars={shape})', ("10", "5"),
          ("input", ("abc",))),
    _Kind("text_area", 'st.text_area({label}, {key}, max_chars={shape})', ("10", "5"),
          ("input", ("abc",))),
    _Kind("number_input", "st.number_input({label}, min_value={shape}, {key})", ("0", "-5"),
          ("set_value", (3,))),
    _Kind("slider", "st.slider({label}, 0, {shape}, {key})", ("10", "20"), ("set_value", (4,))),
    _Kind("checkbox", "st.checkbox({label}, {shape}, {key})", ("False", "None"),
          ("set_value", (True,))),
    _Kind("toggle", "st.toggle({label}, help={shape}, {key})", ("None", "'h'"),
          ("set_value", (True,))),
    _Kind("radio", "st.radio({label}, {shape}, {key})", ("['a', 'b']", "['a', 'b', 'c']"),
          ("set_value", ("b",))),
    _Kind("selectbox", "st.selectbox({label}, ['a', 'b'], accept_new_options={shape}, {key})",
          ("False", "True"), ("select", ("b",))),
    _Kind("multiselect", "st.multiselect({label}, ['a', 'b'], max_selections={shape}, {key})",
          ("None", "2"), ("select", ("b",))),
    _Kind("select_slider", "st.select_slider({label}, {shape}, {key})",
          ("['a', 'b']", "['a', 'b', 'c']"), ("set_value", ("b",))),
    _Kind("date_input",
          "st.date_input({label}, datetime.date(2024, 1, 1), format={shape}, {key})",
          ("'YYYY/MM/DD'", "'DD/MM/YYYY'"), ("set_value", (datetime.date(2024, 1, 5),))),
    _Kind("time_input", "st.time_input({label}, datetime.time(8, 0), step={shape}, {key})",
          ("900", "1800"), ("set_value", (datetime.time(9, 0),))),
    _Kind("color_picker", "st.color_picker({label}, {shape}, {key})", ("None", "'#000000'"),
          ("pick", ("#112233",))),
    _Kind("pills", "st.pills({label}, ['a', 'b'], selection_mode={shape}, {key})",
          ("'single'", "'multi'"), ("set_value", ("b",))),
    _Kind("segmented_control",
          "st.segmented_control({label}, ['a', 'b'], default='a', width={shape}, {key})",
          ("'content'", "'stretch'"), ("set_value", ("b",))),
]


def _identity_app(kind: _Kind) -> str:
    """Three widgets of a kind: keyed with a changing label, unkeyed with a changing label,
    keyed with a changing value-shaping parameter; plus two identical unkeyed widgets."""

    def call(label: str, key: str | None, shape: str) -> str:
        key_arg = f"key={key!r}" if key else "key=None"
        return kind.call.format(label=label, key=key_arg, shape=shape)

    a, b = kind.shape
    shape = f"({a} if p == 0 else {b})"
    return _catching(
        f"""
        import datetime
        p = st.session_state.get("phase", 0)
        v1 = {call('"A" if p == 0 else "A2"', "ka", a)}
        v2 = {call('"B" if p == 0 else "B2"', None, a)}
        v3 = {call('"C"', "kc", shape)}
        st.write("values", repr(v1), repr(v2), repr(v3))
        {call('"D"', None, a)}
        show_error(lambda: {call('"D"', None, a)})
        show_error(lambda: {call('"A2"', "kx", a)})
        """
    )


def _identity_steps(kind: _Kind) -> list[Step]:
    method, args = kind.step
    steps: list[Step] = [RUN]
    steps += [(kind.name, i, method, *args) for i in range(3)]
    steps += [RUN, _phase(1), RUN, RUN]
    return steps


_IDENTITY: list[Scenario] = [
    _s(f"common_identity_{kind.name}", _identity_app(kind), _identity_steps(kind))
    for kind in _KINDS
]

_IDENTITY += [
    _s(
        "common_identity_feedback_and_pagination",
        _catching(
            """
            p = st.session_state.get("phase", 0)
            f1 = st.feedback("thumbs" if p == 0 else "stars", key="f1")
            f2 = st.feedback("faces", default=None if p == 0 else 2)
            g1 = st.pagination(5 if p == 0 else 6, key="g1")
            g2 = st.pagination(5, max_visible_pages=7 if p == 0 else 5)
            st.write("values", f1, f2, g1, g2)
            show_error(lambda: st.feedback("faces", default=None if p == 0 else 2))
            show_error(lambda: st.pagination(5, max_visible_pages=7 if p == 0 else 5))
            """
        ),
        [
            RUN,
            ("feedback", 0, "set_value", 1),
            ("feedback", 1, "set_value", 3),
            ("pagination", 0, "set_value", 3),
            ("pagination", 1, "set_value", 4),
            RUN,
            _phase(1),
            RUN,
        ],
    ),
    _s(
        "common_identity_help_width_placeholder_in_unkeyed_id",
        _catching(
            """
            st.text_input("same", help="one")
            st.text_input("same", help="two")
            st.text_input("same", placeholder="p")
            st.text_input("same", width=300)
            st.text_input("same", label_visibility="collapsed")
            show_error(lambda: st.text_input("same", disabled=True))
            st.slider("sl", disabled=True)
            show_error(lambda: st.slider("sl", label_visibility="hidden"))
            st.button("b")
            st.button("b", type="primary")
            show_error(lambda: st.button("b", disabled=True))
            st.checkbox("cb", help="h")
            show_error(lambda: st.checkbox("cb", help="h", label_visibility="hidden"))
            """
        ),
        [RUN],
    ),
]

SCENARIOS: list[Scenario] = [*_PERSIST, *_PARAMS, *_IDENTITY]
