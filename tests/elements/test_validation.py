"""Bad input from a test: clear InteractionErrors, and nothing in the session changes."""

from __future__ import annotations

import pytest

from apptest import AppTest, InteractionError


def _app() -> None:
    import datetime as dt

    import streamlit as st

    st.number_input("Count", min_value=0, max_value=10, value=5, key="n")
    st.slider("Age", 0, 100, 30, key="age")
    st.slider("Range", 0.0, 1.0, (0.2, 0.8), key="rng")
    st.text_input("Name", max_chars=5, key="name")
    st.checkbox("Agree", key="agree")
    st.time_input("When", dt.time(9, 0), key="when")
    st.button("Go", disabled=True, key="go")
    st.write("end")


@pytest.fixture
def at() -> AppTest:
    return AppTest.from_function(_app).run()


@pytest.mark.parametrize(
    ("kind", "value", "message"),
    [
        ("slider", 150, "Slider 'Age' accepts 0..100, got 150"),
        ("slider", "10", "Slider 'Age' accepts an int, got '10'"),
        ("slider", 2.5, "Slider 'Age' accepts whole numbers, got 2.5"),
        ("number_input", 11, "NumberInput 'Count' accepts 0..10, got 11"),
        ("number_input", None, "NumberInput 'Count' cannot be cleared"),
        ("text_input", "toolong", "TextInput 'Name' accepts at most 5 characters, got 7"),
        ("text_input", 3, "TextInput 'Name' accepts text (str), got 3"),
        ("checkbox", "yes", "Checkbox 'Agree' accepts True or False, got 'yes'"),
        ("time_input", "9:00", "TimeInput 'When' accepts a datetime.time, got '9:00'"),
    ],
)
def test_out_of_range_or_wrong_type_is_rejected(
    at: AppTest, kind: str, value: object, message: str
) -> None:
    widget = getattr(at, kind)[0]
    before = widget.value
    with pytest.raises(InteractionError, match=message.replace("(", r"\(").replace(")", r"\)")):
        widget.set_value(value)
    assert getattr(at, kind)[0].value == before
    at.run()
    assert getattr(at, kind)[0].value == before


def test_range_slider_needs_a_pair(at: AppTest) -> None:
    with pytest.raises(InteractionError, match="range slider and accepts a pair"):
        at.slider[1].set_value(0.5)
    at.slider[1].set_range(0.9, 0.1).run()
    assert at.slider[1].value == (0.1, 0.9)


def test_disabled_widget_cannot_be_used(at: AppTest) -> None:
    with pytest.raises(InteractionError, match="Cannot update a disabled button widget"):
        at.button[0].click()


def test_widget_no_longer_on_the_page() -> None:
    def app() -> None:
        import streamlit as st

        if st.checkbox("show"):
            st.text_input("t")

    at = AppTest.from_function(app).run()
    at.checkbox[0].check().run()
    box = at.text_input[0]
    at.checkbox[0].uncheck().run()
    with pytest.raises(InteractionError, match="TextInput 't' is no longer on the page"):
        box.input("x")


def test_element_from_an_older_run_still_works_while_on_the_page() -> None:
    def app() -> None:
        import streamlit as st

        st.session_state.setdefault("n", 0)
        if st.button("inc"):
            st.session_state.n += 1

    at = AppTest.from_function(app).run()
    button = at.button[0]
    button.click().run()
    button.click().run()
    assert at.session_state.n == 2


def test_display_elements_have_no_interactions() -> None:
    at = AppTest.from_string("import streamlit as st\nst.markdown('x')").run()
    with pytest.raises(Exception, match="set_value\\(\\) is not supported for markdown"):
        at.markdown[0].set_value("y")


def test_number_input_increment_clamps_to_max() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nst.number_input('n', 0, 10, 9, step=5)"
    ).run()
    at.number_input[0].increment().run()
    assert at.number_input[0].value == 10
    at.number_input[0].decrement().decrement().run()
    assert at.number_input[0].value == 0


def test_form_without_submit_button_carries_the_browser_warning() -> None:
    def app() -> None:
        import streamlit as st

        with st.form("no_submit"):
            st.text_input("t")
        with st.form("ok"):
            st.text_input("u")
            st.form_submit_button()

    at = AppTest.from_function(app).run()
    missing, ok = at.form[0], at.form[1]
    assert not missing.has_submit_button
    assert missing.missing_submit_warning.startswith("Missing Submit Button")
    assert ok.has_submit_button and ok.missing_submit_warning is None
    assert not at.exception
