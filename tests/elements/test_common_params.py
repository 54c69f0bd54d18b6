"""The parameters every widget shares: persist_state, on_change, bind, key, label_visibility,
width, disabled, help, placeholder, and the widget identity they (do not) take part in."""

from __future__ import annotations

import datetime as dt
import inspect
import logging
import re
from typing import Any

import pytest

from apptest import AppTest, InteractionError
from apptest.elements import ELEMENTS


def _app(body: str) -> AppTest:
    return AppTest.from_string("import datetime\nimport streamlit as st\n" + body)


def _error(at: AppTest) -> tuple[str, str]:
    """The uncaught error of the last run: (class name, message)."""
    assert len(at.exception) == 1, [e.value for e in at.exception]
    exc = at.exception[0]
    return exc.proto.type.rsplit(".", 1)[-1], exc.value


def _markdown(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown]


# --------------------------------------------------------------------------- persist_state

_HIDE_AND_SHOW = """
show = st.session_state.get("show", True)
if show:
    st.write("got", repr({call}))
"""

_PERSISTING = [
    ("text_input", 'st.text_input("t", key="w", persist_state={mode!r})', "input", "hi", "''"),
    ("slider", 'st.slider("s", 0, 9, key="w", persist_state={mode!r})', "set_value", 4, "0"),
    ("selectbox", 'st.selectbox("b", ["x", "y"], key="w", persist_state={mode!r})', "select",
     "y", "'x'"),
    ("checkbox", 'st.checkbox("c", key="w", persist_state={mode!r})', "check", None, "False"),
    ("date_input",
     'st.date_input("d", datetime.date(2024, 1, 1), key="w", persist_state={mode!r})',
     "set_value", dt.date(2024, 5, 6), "datetime.date(2024, 1, 1)"),
    ("multiselect", 'st.multiselect("m", ["x", "y"], key="w", persist_state={mode!r})',
     "select", "y", "[]"),
]


def _interact(at: AppTest, kind: str, method: str, arg: Any) -> None:
    widget = getattr(at, kind)(key="w")
    getattr(widget, method)(*(() if arg is None else (arg,)))


def _hide_and_show(at: AppTest) -> list[str]:
    at.session_state["show"] = False
    at.run()
    hidden = at.session_state["w"] if "w" in at.session_state else "<gone>"
    at.session_state["show"] = True
    at.run()
    return [repr(hidden), *_markdown(at)]


@pytest.mark.parametrize("mode", ["page", "session"])
@pytest.mark.parametrize(("kind", "call", "method", "arg", "default"), _PERSISTING)
def test_persist_state_keeps_a_value_while_the_widget_is_not_drawn(
    mode: str, kind: str, call: str, method: str, arg: Any, default: str
) -> None:
    at = _app(_HIDE_AND_SHOW.format(call=call.format(mode=mode))).run()
    _interact(at, kind, method, arg)
    at.run()
    kept = at.session_state["w"]
    assert _hide_and_show(at) == [repr(kept), f"got {kept!r}"]
    at.run()
    assert getattr(at, kind)(key="w").value == kept


@pytest.mark.parametrize(("kind", "call", "method", "arg", "default"), _PERSISTING)
def test_without_persist_state_the_value_is_dropped(
    kind: str, call: str, method: str, arg: Any, default: str
) -> None:
    at = _app(_HIDE_AND_SHOW.format(call=call.format(mode=None))).run()
    _interact(at, kind, method, arg)
    at.run()
    assert _hide_and_show(at) == ["'<gone>'", f"got {default}"]


def test_persisted_value_can_be_set_or_deleted_while_hidden() -> None:
    at = _app(_HIDE_AND_SHOW.format(call='st.number_input("n", value=1, key="w", '
                                         'persist_state="session")')).run()
    at.number_input(key="w").set_value(5).run()
    at.session_state["show"] = False
    at.run()
    at.session_state["w"] = 9
    at.run()
    at.session_state["show"] = True
    at.run()
    assert _markdown(at) == ["got 9"]
    at.session_state["show"] = False
    at.run()
    del at.session_state["w"]
    at.run()
    assert "w" not in at.session_state
    at.session_state["show"] = True
    at.run()
    assert _markdown(at) == ["got 1"]


@pytest.mark.parametrize(("mode", "back"), [("session", "'hi'"), ("page", "''")])
def test_page_scope_ends_at_a_page_switch(mode: str, back: str) -> None:
    # Pages arrive later: a switch is simulated by changing the session's page hash.
    at = _app(_HIDE_AND_SHOW.format(call=f'st.text_input("t", key="w", persist_state={mode!r})'))
    at.run().text_input(key="w").input("hi").run()
    session = at._session
    home = session.page_hash
    session.page_hash = "another page"
    at.session_state["show"] = False
    at.run()
    assert ("w" in at.session_state) is (mode == "session")
    session.page_hash = home
    at.session_state["show"] = True
    at.run()
    assert _markdown(at) == [f"got {back}"]


def test_a_value_persisted_on_one_page_is_not_taken_on_another() -> None:
    at = _app(_HIDE_AND_SHOW.format(call='st.text_input("t", key="w", persist_state="page")'))
    at.run().text_input(key="w").input("hi").run()
    at.session_state["show"] = False
    at.run()
    assert at.session_state["w"] == "hi"
    at._session.page_hash = "another page"
    at.session_state["show"] = True
    at.run()
    assert _markdown(at) == ["got ''"]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ('st.text_input("a", persist_state="x")',
         "Invalid `persist_state` value. Supported values: 'page', 'session', None."),
        ('st.slider("a", key="k", persist_state=True)',
         "Invalid `persist_state` value. Supported values: 'page', 'session', None."),
        ('st.toggle("a", persist_state="page")',
         "The `key` parameter is required. When using persist_state, the widget must have a "
         "unique 'key' parameter specified so its value can be preserved across reruns and "
         "page switches."),
        ("st.feedback(persist_state='session')", "The `key` parameter is required."),
    ],
)
def test_persist_state_errors(call: str, message: str) -> None:
    at = _app(call).run()
    kind, text = _error(at)
    assert text.startswith(message)
    assert kind in ("StreamlitValueError", "StreamlitMissingRequiredParameterError")


def _streamlit_params(name: str) -> set[str]:
    st = pytest.importorskip("streamlit")
    return set(inspect.signature(getattr(st, name)).parameters)


@pytest.mark.parametrize("name", sorted(ELEMENTS))
def test_bind_and_persist_state_are_accepted_where_streamlit_has_them(name: str) -> None:
    ours = set(inspect.signature(ELEMENTS[name]).parameters)
    theirs = _streamlit_params(name)
    for param in ("bind", "persist_state", "label_visibility", "width", "help", "placeholder"):
        assert (param in ours) is (param in theirs), param


# --------------------------------------------------------------------------- on_change


def test_on_change_ignore_values_apply_at_the_next_run_without_a_callback() -> None:
    at = _app(
        """
def cb():
    st.session_state.calls = st.session_state.get("calls", 0) + 1
t = st.text_input("t", key="t", on_change="ignore")
n = st.number_input("n", key="n", on_change=cb)
st.write(repr(t), n, st.session_state.get("calls"))
"""
    ).run()
    at.text_input(key="t").input("x")
    assert _markdown(at) == ["'' `0.0` `None`"]
    at.run()
    assert _markdown(at) == ["'x' `0.0` `None`"]
    at.number_input(key="n").set_value(2.0).run()
    assert _markdown(at) == ["'x' `2.0` `1`"]


@pytest.mark.parametrize(
    ("call", "kind", "message"),
    [
        ('st.text_input("a", on_change="bogus")', "StreamlitValueError",
         "Invalid `on_change` value. Supported values: 'rerun', 'ignore', a callback function."),
        ('st.radio("a", ["x"], on_change=3)', "StreamlitValueError",
         "Invalid `on_change` value. Supported values: 'rerun', 'ignore', a callback function."),
        ('st.button("a", on_click="ignore")', "StreamlitAPIException",
         '`on_click="ignore"` is not supported on this widget. Pass a callback, or omit '
         "`on_click`."),
        ('st.button("a", on_click="x")', "StreamlitValueError",
         "Invalid `on_click` value. Supported values: a callback function."),
        ('st.menu_button("m", ["a"], on_click="rerun")', "StreamlitAPIException",
         '`on_click="rerun"` is not supported on this widget.'),
        ('st.chat_input(on_submit="ignore")', "StreamlitAPIException",
         '`on_submit="ignore"` is not supported on this widget.'),
        ('st.download_button("d", "x", on_click=1)', "StreamlitValueError",
         "Invalid `on_click` value. Supported values: 'rerun', 'ignore', a callback function."),
    ],
)
def test_on_change_is_validated_as_streamlit_does(call: str, kind: str, message: str) -> None:
    found_kind, text = _error(_app(call).run())
    assert found_kind == kind
    assert text.startswith(message)


# --------------------------------------------------------------------------- bind


def test_bind_is_accepted_with_a_key() -> None:
    at = _app('st.write(st.checkbox("c", key="c", bind="query-params"))').run()
    assert not at.exception
    at.checkbox(key="c").check().run()
    assert at.session_state["c"] is True


@pytest.mark.parametrize(
    ("call", "kind", "message"),
    [
        ('st.text_input("a", bind="url")', "StreamlitValueError",
         "Invalid `bind` value. Supported values: 'query-params', None."),
        ('st.selectbox("a", ["x"], bind="query-params")', "StreamlitMissingRequiredParameterError",
         "The `key` parameter is required. When using bind='query-params', the widget must have "
         "a unique 'key' parameter specified. This 'key' will be used as the name of the query "
         "parameter."),
    ],
)
def test_bind_errors(call: str, kind: str, message: str) -> None:
    assert _error(_app(call).run()) == (kind, message)


# --------------------------------------------------------------------------- key


def test_an_int_key_is_a_string_key() -> None:
    at = _app(
        """
v = st.text_input("t", key=1)
st.write(repr(v), repr(st.session_state[1]), 1 in st.session_state, "1" in st.session_state)
"""
    ).run()
    at.text_input(key="1").input("hi").run()
    assert _markdown(at) == ["'hi' 'hi' `True` `True`"]
    assert at.session_state["1"] == "hi"
    assert at.text_input[0].key == "1"


def test_session_state_keys_are_strings_in_the_app() -> None:
    at = _app('st.session_state[7] = "x"\nst.write(st.session_state["7"], list(st.session_state))')
    assert _markdown(at.run()) == ["x"]
    assert at.session_state["7"] == "x"


@pytest.mark.parametrize(
    ("key", "kind", "message"),
    [
        ('""', "StreamlitValueError", "Invalid `key` value. Supported values: a non-empty string."),
        ('"$$ID-x"', "StreamlitAPIException", "Keys beginning with $$ID are reserved."),
    ],
)
def test_invalid_keys(key: str, kind: str, message: str) -> None:
    assert _error(_app(f'st.checkbox("c", key={key})').run()) == (kind, message)
    assert _error(_app(f"st.session_state[{key}] = 1").run()) == (kind, message)


# --------------------------------------------------------------------------- label, width


@pytest.mark.parametrize(
    "call",
    [
        'st.text_input("a", label_visibility="none")',
        'st.radio("a", ["x"], label_visibility=None)',
        'st.pills("a", ["x"], label_visibility="Hidden")',
        'st.file_uploader("a", label_visibility="gone")',
    ],
)
def test_label_visibility_must_be_one_of_three(call: str) -> None:
    assert _error(_app(call).run()) == (
        "StreamlitValueError",
        "Invalid `label_visibility` value. Supported values: 'visible', 'hidden', 'collapsed'.",
    )


def test_label_visibility_is_shown_on_the_node() -> None:
    at = _app('st.slider("s", label_visibility="hidden")\nst.text_area("t", '
              'label_visibility="collapsed")').run()
    assert (at.slider[0].label_visibility, at.text_area[0].label_visibility) == (
        "hidden", "collapsed")


def test_an_empty_label_logs_streamlit_warning(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="apptest.policies"):
        _app('st.text_input("")\nst.button("")').run()
    warnings = [r.getMessage() for r in caplog.records if "`label` got an empty" in r.getMessage()]
    assert len(warnings) == 1


_STRETCH = "a positive integer (pixels) or 'stretch'"
_CONTENT = "a positive integer (pixels), 'stretch', or 'content'"


@pytest.mark.parametrize(
    ("call", "shown", "allowed"),
    [
        ('st.text_input("a", width="content")', "'content'", _STRETCH),
        ('st.checkbox("a", width="big")', "'big'", _CONTENT),
        ('st.slider("a", width=0)', "0", _STRETCH),
        ('st.button("a", width=-1)', "-1", _CONTENT),
        ('st.selectbox("a", ["x"], width=None)', "None", _STRETCH),
        ('st.radio("a", ["x"], width=2.5)', "2.5", _CONTENT),
        ("st.feedback(width='wide')", "'wide'", _CONTENT),
        ('st.chat_input(width="content")', "'content'", _STRETCH),
    ],
)
def test_width_is_validated_as_streamlit_does(call: str, shown: str, allowed: str) -> None:
    assert _error(_app(call).run()) == (
        "StreamlitInvalidWidthError",
        f"Invalid width value: {shown}. Width must be either {allowed}.",
    )


def test_valid_widths_and_a_too_large_one() -> None:
    ok = _app('st.toggle("a", width="content")\nst.text_area("b", width=300)\n'
              'st.pagination(3, width="stretch")').run()
    assert not ok.exception
    kind, message = _error(_app('st.slider("a", width=2**32)').run())
    assert kind == "StreamlitValueOutOfRangeError"
    assert message.startswith("The `width` parameter, set to 4294967296, is outside")


# --------------------------------------------------------------------------- disabled, help


@pytest.mark.parametrize(
    ("kind", "method", "arg"),
    [
        ("text_input", "input", "x"),
        ("checkbox", "check", None),
        ("slider", "set_value", 3),
        ("selectbox", "select", "b"),
        ("multiselect", "select", "b"),
        ("radio", "set_value", "b"),
        ("date_input", "set_value", dt.date(2024, 1, 2)),
        ("button", "click", None),
        ("color_picker", "pick", "#00ff00"),
        ("pills", "select", "b"),
    ],
)
def test_a_disabled_widget_cannot_be_changed(kind: str, method: str, arg: Any) -> None:
    calls = {
        "text_input": 'st.text_input("w", disabled=True)',
        "checkbox": 'st.checkbox("w", disabled=True)',
        "slider": 'st.slider("w", disabled=True)',
        "selectbox": 'st.selectbox("w", ["a", "b"], disabled=True)',
        "multiselect": 'st.multiselect("w", ["a", "b"], disabled=True)',
        "radio": 'st.radio("w", ["a", "b"], disabled=True)',
        "date_input": 'st.date_input("w", datetime.date(2024, 1, 1), disabled=True)',
        "button": 'st.button("w", disabled=True)',
        "color_picker": 'st.color_picker("w", disabled=True)',
        "pills": 'st.pills("w", ["a", "b"], disabled=True)',
    }
    at = _app(calls[kind]).run()
    widget = getattr(at, kind)[0]
    before = widget.value
    with pytest.raises(InteractionError, match=re.escape("disabled")):
        getattr(widget, method)(*(() if arg is None else (arg,)))
    at.run()
    assert getattr(at, kind)[0].value == before


def test_help_is_dedented_text_and_empty_when_not_given() -> None:
    at = _app('st.text_input("a", help="""\n    Indented\n      help""")\n'
              'st.checkbox("b")\nst.button("c", help="bh")').run()
    assert at.text_input[0].help == "\nIndented\n  help"
    assert (at.checkbox[0].help, at.button[0].help) == ("", "bh")


def test_placeholder_is_text_and_empty_when_not_given() -> None:
    at = _app('st.text_input("a", placeholder="type")\nst.number_input("b")\n'
              'st.text_area("c", placeholder=5)\nst.selectbox("d", ["x"], placeholder="")').run()
    assert [at.text_input[0].placeholder, at.number_input[0].placeholder,
            at.text_area[0].placeholder, at.selectbox[0].placeholder] == ["type", "", "5", " "]


# --------------------------------------------------------------------------- identity


@pytest.mark.parametrize(
    "call",
    [
        'st.text_input("same", disabled={flag})',
        'st.slider("same", label_visibility="hidden" if {flag} else "visible")',
        'st.button("same", disabled={flag})',
        'st.checkbox("same", label_visibility="collapsed" if {flag} else "visible")',
    ],
)
def test_disabled_and_label_visibility_are_not_part_of_the_identity(call: str) -> None:
    at = _app(f"{call.format(flag=False)}\n{call.format(flag=True)}").run()
    assert _error(at)[0] == "StreamlitDuplicateElementId"


@pytest.mark.parametrize(
    ("call", "method", "arg", "kept"),
    [
        ('st.slider("C" if p else "S", 0, 10, key="k")', "set_value", 4, 4),
        ('st.slider("S", 0, 20 if p else 10, key="k")', "set_value", 4, 0),
        ('st.text_input("S", key="k", max_chars=5 if p else 10)', "input", "abc", ""),
        ('st.number_input("S", min_value=-5 if p else 0, key="k")', "set_value", 3, 3),
        ('st.multiselect("S", ["a"], max_selections=1 if p else None, key="k")', "select", "a",
         []),
    ],
)
def test_keyed_widget_keeps_its_value_unless_a_value_shaping_parameter_changes(
    call: str, method: str, arg: Any, kept: Any
) -> None:
    at = _app(f'p = st.session_state.get("p", False)\nst.write({call})').run()
    getattr(at.get_by_key("k"), method)(arg)
    at.run()
    at.session_state["p"] = True
    at.run()
    assert at.get_by_key("k").value == kept
