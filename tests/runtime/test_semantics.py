"""DESIGN.md "Semantics that must hold", rules 1-10, each pinned by a test."""

from __future__ import annotations

import logging

import pytest

from apptest import AppTest
from apptest.errors import (
    StreamlitAPIException,
    StreamlitDuplicateElementId,
    StreamlitDuplicateElementKey,
    StreamlitValueAssignmentNotAllowedError,
    StreamlitWidgetAlreadyInstantiatedError,
)


def test_rule1_each_run_starts_from_a_blank_namespace() -> None:
    def app() -> None:
        import streamlit as st

        try:
            seen = leftover  # type: ignore[name-defined]
        except NameError:
            seen = "none"
        leftover = "x"
        st.write(f"leftover={seen}")

    at = AppTest.from_function(app).run().run()
    assert at.markdown[0].value == "leftover=none"


def test_rule2_session_state_mapping_and_attribute_api() -> None:
    def app() -> None:
        import streamlit as st

        ss = st.session_state
        ss["a"] = 1
        ss.b = 2
        del ss["a"]
        st.write(repr(("a" in ss, "b" in ss, len(ss), ss.get("zz", "dflt"), ss.to_dict())))
        try:
            ss["missing"]
        except KeyError as exc:
            st.write(str(exc))
        try:
            ss.missing
        except AttributeError as exc:
            st.write(str(exc))

    at = AppTest.from_function(app).run()
    values = [m.value for m in at.markdown]
    assert values[0] == "(False, True, 1, 'dflt', {'b': 2})"
    assert values[1].startswith("'st.session_state has no key \"missing\". Did you forget")
    assert values[2].startswith('st.session_state has no attribute "missing".')


def test_rule3_callbacks_run_before_the_body_in_page_order_after_all_values() -> None:
    def app() -> None:
        import streamlit as st

        st.session_state.setdefault("log", [])

        def cb(name: str, *, extra: object = None) -> None:
            ss = st.session_state
            st.session_state.log.append((name, extra, ss.get("a"), ss.get("b")))

        st.sidebar.text_input("s", key="s", on_change=cb, args=("s",), kwargs={"extra": 1})
        st.text_input("a", key="a", on_change=cb, args=("a",))
        st.checkbox("b", key="b", on_change=cb, args=("b",))
        st.write("log", repr(st.session_state.log))

    at = AppTest.from_function(app).run()
    at.checkbox[0].check()
    at.sidebar.text_input[0].input("y")
    at.text_input(key="a").input("x")
    at.run()
    assert at.session_state.log == [("a", None, "x", True), ("b", None, "x", True), ("s", 1, "x", True)]
    # the body's first write already saw the whole log
    assert "('s', 1" in at.markdown[0].value


def test_rule4_button_is_true_only_in_the_run_after_its_click() -> None:
    def app() -> None:
        import streamlit as st

        st.write("clicked" if st.button("b") else "idle")

    at = AppTest.from_function(app).run()
    assert at.markdown[0].value == "idle"
    at.button[0].click().run()
    assert at.markdown[0].value == "clicked"
    assert at.button[0].value is True
    at.run()
    assert at.markdown[0].value == "idle"
    assert at.button[0].value is False


def test_rule5_key_mirrors_state_and_presets_initial_value() -> None:
    def app() -> None:
        import streamlit as st

        if "name" not in st.session_state:
            st.session_state.name = "preset"
        v = st.text_input("n", key="name")
        st.write("ret", v)

    at = AppTest.from_function(app).run()
    assert at.markdown[0].value == "ret preset"
    at.text_input[0].input("user").run()
    assert at.session_state.name == "user"
    at.session_state["name"] = "from test"
    at.run()
    assert at.text_input[0].value == "from test"


def test_rule5_setting_key_after_widget_creation_raises() -> None:
    def app() -> None:
        import streamlit as st

        st.text_input("t", key="t")
        st.session_state.t = "changed"

    at = AppTest.from_function(app).run()
    assert at.exception[0].proto.type == "streamlit.errors.StreamlitWidgetAlreadyInstantiatedError"
    assert at.exception[0].value.startswith("`st.session_state['t']` cannot be modified after")
    assert issubclass(StreamlitWidgetAlreadyInstantiatedError, StreamlitAPIException)


def test_rule5_state_value_wins_over_value_and_warning_is_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    def app() -> None:
        import streamlit as st

        st.session_state.w = 5
        st.write("ret", st.number_input("w", value=1, key="w"))

    with caplog.at_level(logging.WARNING):
        at = AppTest.from_function(app).run()
    assert at.markdown[0].value == "ret `5`"
    assert not at.exception and not at.warning
    assert 'The widget with key "w" was created with a default value' in caplog.text


def test_rule5_button_key_cannot_be_set_through_state() -> None:
    def app() -> None:
        import streamlit as st

        st.session_state.my_button = True
        st.button("Submit", key="my_button")

    at = AppTest.from_function(app).run()
    exc = at.exception[0]
    assert exc.proto.type == "streamlit.errors.StreamlitValueAssignmentNotAllowedError"
    assert exc.value == (
        "`st.session_state['my_button']` is read-only and cannot be assigned through session "
        "state. Use a different session state key for values you need to set."
    )
    assert exc.is_markdown
    assert issubclass(StreamlitValueAssignmentNotAllowedError, StreamlitAPIException)


def test_rule6_unrendered_keyed_widget_loses_state_but_plain_keys_stay() -> None:
    def app() -> None:
        import streamlit as st

        st.session_state.setdefault("plain", 1)
        if st.checkbox("show", key="show"):
            st.text_input("t", key="t")

    at = AppTest.from_function(app).run()
    at.checkbox[0].check().run()
    at.text_input[0].input("hello").run()
    assert at.session_state.t == "hello"
    at.checkbox[0].uncheck().run()
    assert "t" not in at.session_state
    assert at.session_state.plain == 1
    at.checkbox[0].check().run()
    assert at.text_input[0].value == ""


def test_rule6_stop_keeps_state_of_widgets_after_it() -> None:
    def app() -> None:
        import streamlit as st

        if st.checkbox("stop", key="stop"):
            st.stop()
        st.text_input("t", key="t")

    at = AppTest.from_function(app).run()
    at.text_input[0].input("v").run()
    at.checkbox[0].check().run()
    assert not at.text_input
    assert at.session_state.to_dict() == {"t": "v", "stop": True}


def test_rule7_form_holds_values_until_submit_even_across_runs() -> None:
    def app() -> None:
        import streamlit as st

        with st.form("f"):
            t = st.text_input("t", key="t")
            sub = st.form_submit_button("go")
        st.write("t=", t, "sub=", sub)

    at = AppTest.from_function(app).run()
    at.text_input[0].input("typed")
    at.run()  # not submitted: held (a browser keeps what was typed)
    assert at.markdown[0].value == "t=  sub= `False`"
    at.button[0].click().run()
    assert at.markdown[0].value == "t= typed sub= `True`"
    at.run()
    assert at.markdown[0].value == "t= typed sub= `False`"


def test_rule7_callback_on_widget_inside_form_raises() -> None:
    def app() -> None:
        import streamlit as st

        with st.form("f"):
            st.text_input("t", on_change=lambda: None)
            st.form_submit_button()

    at = AppTest.from_function(app).run()
    assert at.exception[0].proto.type == "streamlit.errors.StreamlitInvalidFormCallbackError"


def test_rule8_duplicate_ids_and_keys() -> None:
    at = AppTest.from_string("import streamlit as st\nst.button('same')\nst.button('same')").run()
    assert at.exception[0].proto.type == "streamlit.errors.StreamlitDuplicateElementId"
    assert at.exception[0].value.startswith("There are multiple `button` elements with the same")
    assert len(at.button) == 1
    at = AppTest.from_string(
        "import streamlit as st\nst.button('a', key='k')\nst.checkbox('b', key='k')"
    ).run()
    assert at.exception[0].value.startswith("There are multiple elements with the same `key='k'`")
    assert issubclass(StreamlitDuplicateElementKey, StreamlitAPIException)
    assert issubclass(StreamlitDuplicateElementId, StreamlitAPIException)


def test_rule9_rerun_restarts_and_keeps_state() -> None:
    def app() -> None:
        import streamlit as st

        st.session_state.runs = st.session_state.get("runs", 0) + 1
        st.write("run", st.session_state.runs)
        if st.button("rr"):
            st.write("clicked - about to rerun")
            st.rerun()

    at = AppTest.from_function(app).run()
    at.button[0].click().run()
    assert [m.value for m in at.markdown] == ["run `3`"]
    assert at.session_state.runs == 3


def test_rule9_uncaught_exception_is_an_element_and_state_before_it_stays() -> None:
    def app() -> None:
        import streamlit as st

        st.session_state.before = True
        st.write("pre")
        1 / 0
        st.write("post")

    at = AppTest.from_function(app).run()
    assert [m.value for m in at.markdown] == ["pre"]
    exc = at.exception[0]
    assert exc.proto.type == "ZeroDivisionError"
    assert exc.value == "division by zero"
    assert not exc.is_markdown
    assert "1 / 0" in exc.stack_trace[-1]
    assert all("apptest/runtime" not in row for row in exc.stack_trace)
    assert at.session_state.before is True


def test_rule10_enforce_serializable_state_from_config_override() -> None:
    src = "import streamlit as st\nst.session_state.f = lambda x: x\nst.write('after')"
    at = AppTest.from_string(src, config={"runner.enforceSerializableSessionState": True}).run()
    assert at.markdown[0].value == "after"
    exc = at.exception[0]
    assert exc.proto.type == "streamlit.errors.UnserializableSessionStateError"
    assert exc.value.startswith("Cannot serialize the value (of type `<class 'function'>`) of 'f'")
    assert not AppTest.from_string(src).run().exception


def test_rule10_enforce_serializable_state_from_config_file(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    app = tmp_path / "app.py"
    app.write_text("import streamlit as st\nst.session_state.f = lambda x: x\n")
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "config.toml").write_text(
        "[runner]\nenforceSerializableSessionState = true\n"
    )
    at = AppTest.from_file(str(app)).run()
    assert at.exception[0].proto.type == "streamlit.errors.UnserializableSessionStateError"
    # from the working directory too
    other = tmp_path / "sub"
    other.mkdir()
    (other / "app.py").write_text(app.read_text())
    monkeypatch.chdir(tmp_path)
    assert AppTest.from_file(str(other / "app.py")).run().exception


def test_streamlit_errors_are_importable_inside_apps() -> None:
    def app() -> None:
        import streamlit as st
        from streamlit.errors import DuplicateWidgetID, StreamlitAPIException

        st.button("x")
        try:
            st.button("x")
        except DuplicateWidgetID as exc:
            st.write("caught", type(exc).__name__, isinstance(exc, StreamlitAPIException))

    at = AppTest.from_function(app).run()
    assert at.markdown[0].value == "caught StreamlitDuplicateElementId `True`"
    assert not at.exception


def test_stop_and_rerun_are_not_caught_by_except_exception() -> None:
    def app() -> None:
        import streamlit as st

        try:
            st.write("before")
            st.stop()
        except Exception:
            st.write("swallowed")
        st.write("after")

    at = AppTest.from_function(app).run()
    assert [m.value for m in at.markdown] == ["before"]
