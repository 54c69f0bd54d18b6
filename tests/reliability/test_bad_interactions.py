"""Every impossible interaction raises InteractionError and changes nothing."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from apptest import AppTest, InteractionError

WIDGETS = """
import datetime as dt
import streamlit as st
off = st.session_state.get("off", False)
show = st.session_state.get("show", True)
if show:
    st.slider("Slider", 0, 10, 5, key="slider", disabled=off)
    st.number_input("Number", 0, 10, 5, key="number", disabled=off)
    st.text_input("Text", max_chars=3, key="text", disabled=off)
    st.text_area("Area", max_chars=3, key="area", disabled=off)
    st.checkbox("Check", key="check", disabled=off)
    st.toggle("Toggle", key="toggle", disabled=off)
    st.radio("Radio", ["a", "b"], key="radio", disabled=off)
    st.selectbox("Select", ["a", "b"], key="select", disabled=off)
    st.multiselect("Multi", ["a", "b"], key="multi", disabled=off)
    st.select_slider("SelSlider", ["a", "b"], key="selslider", disabled=off)
    st.date_input("Date", dt.date(2024, 1, 1), key="date", disabled=off)
    st.time_input("Time", dt.time(9, 0), key="time", disabled=off)
    st.color_picker("Color", "#000000", key="color", disabled=off)
    st.button("Button", key="button", disabled=off)
"""

#: widget collection -> a value a person could not enter
BAD: dict[str, Any] = {
    "slider": 11,
    "number_input": -1,
    "text_input": "toolong",
    "text_area": "toolong",
    "checkbox": "yes",
    "toggle": 2,
    "radio": "c",
    "selectbox": "c",
    "multiselect": ["c"],
    "select_slider": "c",
    "date_input": "not a date",
    "time_input": 5,
    "color_picker": "red",
    "button": "clicked",
}


def _snapshot(at: AppTest) -> tuple[Any, ...]:
    return at.session_state.to_dict(), dict(at._session.pending), [w.value for w in at.slider]


@pytest.fixture
def at() -> AppTest:
    return AppTest.from_string(WIDGETS).run()


@pytest.mark.parametrize("kind", list(BAD))
def test_impossible_value_is_rejected_and_nothing_changes(at: AppTest, kind: str) -> None:
    widget = getattr(at, kind)[0]
    before = _snapshot(at)
    with pytest.raises(InteractionError) as info:
        widget.set_value(BAD[kind])
    assert widget.label in str(info.value) or repr(widget.label) in str(info.value)
    assert _snapshot(at) == before
    at.run()
    assert not at.exception


@pytest.mark.parametrize("kind", list(BAD))
def test_disabled_widget_is_rejected(at: AppTest, kind: str) -> None:
    at.session_state["off"] = True
    at.run()
    widget = getattr(at, kind)[0]
    before = _snapshot(at)
    with pytest.raises(InteractionError, match="disabled"):
        widget.set_value(widget.value)
    assert _snapshot(at) == before


@pytest.mark.parametrize("kind", list(BAD))
def test_widget_from_an_older_run_that_is_gone_is_rejected(at: AppTest, kind: str) -> None:
    old = getattr(at, kind)[0]
    at.session_state["show"] = False
    at.run()
    with pytest.raises(InteractionError, match="no longer on the page"):
        old.set_value(old.value)


def test_allowed_values_are_named() -> None:
    at = AppTest.from_string(WIDGETS).run()
    with pytest.raises(InteractionError, match=r"0\.\.10"):
        at.slider[0].set_value(11)
    with pytest.raises(InteractionError, match="at most 3 characters"):
        at.text_input[0].set_value("toolong")
    assert at.date_input[0].value == dt.date(2024, 1, 1)
