"""``@st.dialog``: a fragment in the event area that a test can drive and dismiss (L5)."""

from __future__ import annotations

import pytest

from apptest import AppTest
from apptest.errors import InteractionError

OPENER = """
import streamlit as st
@st.dialog("Vote", width="large", icon="🗳️")
def vote(item):
    st.write("voting for", item)
    reason = st.text_input("Because...", key="reason")
    if st.button("Submit"):
        st.session_state.vote = {"item": item, "reason": reason}
        st.rerun()
if "vote" not in st.session_state:
    if st.button("A"):
        vote("A")
else:
    st.write("voted", st.session_state.vote["item"], st.session_state.vote["reason"])
"""


def test_a_click_inside_a_dialog_opened_by_a_button_is_not_lost() -> None:
    at = AppTest.from_string(OPENER).run()
    assert len(at.dialog) == 0
    at.button[0].click().run()
    dialog = at.dialog[0]
    assert (dialog.title, dialog.width, dialog.icon, dialog.type) == ("Vote", "large", "🗳️", "dialog")
    assert dialog.parent is at.event
    assert dialog.children[0].type == "flex_container"
    dialog.text_input(key="reason").input("best").run()
    assert at.dialog[0].text_input[0].value == "best"
    at.dialog[0].button[0].click().run()
    assert len(at.dialog) == 0
    assert at.session_state.vote == {"item": "A", "reason": "best"}


def test_dismiss_ignore_closes_without_a_run() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        st.session_state.runs = st.session_state.get("runs", 0) + 1
        @st.dialog("Info")
        def info():
            st.write("hello")
        info()
    """).run()
    at.dialog[0].dismiss().run()
    assert len(at.dialog) == 0
    assert at.session_state.runs == 1


def test_dismiss_rerun_runs_the_app() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        st.session_state.runs = st.session_state.get("runs", 0) + 1
        @st.dialog("Info", on_dismiss="rerun")
        def info():
            st.write("hello")
        if st.session_state.runs == 1:
            info()
    """).run()
    at.dialog[0].dismiss().run()
    assert len(at.dialog) == 0
    assert at.session_state.runs == 2


def test_a_dialog_that_is_not_dismissible_cannot_be_dismissed() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        @st.dialog("Terms", dismissible=False)
        def terms():
            st.write("accept")
        terms()
    """).run()
    with pytest.raises(InteractionError, match="not dismissible"):
        at.dialog[0].dismiss()


def test_only_one_dialog_at_a_time() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        @st.dialog("A")
        def a():
            st.write("a")
        @st.dialog("B")
        def b():
            st.write("b")
        a()
        b()
    """).run()
    assert at.exception[0].value.startswith("Only one dialog is allowed to be opened")
    assert [d.title for d in at.dialog] == ["A", "B"]


def test_dialogs_may_not_be_nested() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        @st.dialog("B")
        def b():
            st.write("b")
        @st.dialog("A")
        def a():
            b()
        a()
    """).run()
    assert at.exception[0].value == "Dialogs may not be nested inside other dialogs."
    assert at.exception[0].parent is at.dialog[0].children[0]
