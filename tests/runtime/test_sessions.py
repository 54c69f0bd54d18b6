"""Several tabs on one server: independent state, shared caches, closing, restarting."""

from __future__ import annotations

from pathlib import Path

import pytest

from apptest import AppTest
from apptest.errors import SessionClosedError
from apptest.runtime import Script, Server

EXAMPLES = sorted((Path(__file__).parents[2] / "examples" / "session_state").glob("*.py"))

COUNTER = """
import streamlit as st
if "count" not in st.session_state:
    st.session_state.count = 0
if st.button("Increment"):
    st.session_state.count += 1
st.write("Count =", st.session_state.count)
"""


def _interact(at: AppTest) -> None:
    """What a person might do in a tab: click, slide, type."""
    if len(at.button):
        at.button[0].click()
    elif len(at.slider):
        at.slider[0].set_value(at.slider[0].max if hasattr(at.slider[0], "max") else 5)
    at.run()


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_guide_examples_two_tabs_are_independent(path: Path) -> None:
    first = AppTest.from_file(str(path)).run()
    second = first.new_session().run()
    for _ in range(3):
        _interact(first)
    alone = AppTest.from_file(str(path)).run().run()
    assert second.run().to_text() == alone.to_text()


def test_tabs_have_their_own_state_and_query_params() -> None:
    at = AppTest.from_string(COUNTER, query_params={"tab": "1"}).run()
    at.button[0].click().run()
    other = at.new_session(query_params={"tab": "2"}).run()
    assert (at.session_state.count, other.session_state.count) == (1, 0)
    assert other.query_params == {"tab": "2"}
    assert at.server is other.server
    assert len(at.server.sessions) == 2


def test_close_ends_the_tab() -> None:
    at = AppTest.from_string(COUNTER).run()
    other = at.new_session().run()
    at.button[0].click().run()
    at.close()
    at.close()  # closing twice is harmless
    assert at.session_state.to_dict() == {}
    with pytest.raises(SessionClosedError, match="closed with close"):
        at.run()
    assert other.button[0].click().run().session_state.count == 1
    assert len(other.server.sessions) == 1


def test_restart_wipes_every_tab_and_memory_caches() -> None:
    at = AppTest.from_string(COUNTER + """
@st.cache_data
def f():
    return 1
f()
""", query_params={"q": "kept"}).run()
    other = at.new_session().run()
    at.button[0].click().run()
    other.button[0].click().run()
    at.restart_server()
    assert not at.main.children  # the tab shows nothing until it runs again
    assert at.cache_stats() == {}
    assert at.run().session_state.count == 0
    assert other.run().session_state.count == 0
    assert at.query_params == {"q": "kept"}
    assert at.cache_stats()["f"].misses == 1


def test_server_api_without_apptest() -> None:
    server = Server(Script.from_source(COUNTER))
    tab = server.session()
    tab.run(3)
    assert tab.state["count"] == 0
    server.restart()
    assert "count" not in tab.state
    server.close_session(tab)
    assert server.sessions == []
    assert server.cache_info() == {}


def test_clicking_in_one_tab_does_not_rerun_the_other() -> None:
    at = AppTest.from_string(COUNTER).run()
    other = at.new_session().run()
    at.button[0].click().run()
    assert other.markdown[0].value == "Count = `0`"
