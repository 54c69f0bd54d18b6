"""The fragment dashboard and the dialog flow examples, driven as a browser would."""

from __future__ import annotations

import pytest

from apptest import AppTest
from apptest.errors import InteractionError

DASHBOARD = "../../examples/fragments/dashboard.py"
FLOW = "../../examples/dialogs/flow.py"


def _dashboard() -> AppTest:
    at = AppTest.from_file(DASHBOARD)
    at.clock.freeze("2024-05-01 09:00:00")
    return at.run()


def test_dashboard_refreshes_itself_when_time_passes() -> None:
    at = _dashboard()
    assert at.metric[0].value == "1"
    at.clock.tick(9)
    assert at.metric[0].value == "1"
    at.clock.tick(1)
    assert at.metric[0].value == "2"
    assert at.caption[0].value == "Updated 09:00:10"
    assert at.session_state.page_loads == 1


def test_dashboard_widget_reruns_only_the_panel() -> None:
    at = _dashboard()
    at.selectbox(key="region").select("South").run()
    assert at.markdown[-2].value == "Showing South"
    assert at.session_state.refreshes == 2
    assert at.session_state.page_loads == 1
    assert at.markdown[-1].value == "Page loads: 1"


def test_flow_save_closes_the_dialog() -> None:
    at = AppTest.from_file(FLOW).run()
    at.button[0].click().run()
    dialog = at.dialog[0]
    assert dialog.title == "New contact"
    dialog.text_input(key="name").input("Ada").run()
    assert at.dialog[0].button[0].disabled is False
    at.dialog[0].button[0].click().run()
    assert len(at.dialog) == 0
    assert at.markdown[0].value == "- Ada"
    assert "cancelled" not in at.session_state


def test_flow_dismiss_runs_on_dismiss() -> None:
    at = AppTest.from_file(FLOW).run()
    at.button[0].click().run()
    dialog = at.dialog[0]
    dialog.dismiss().run()
    assert len(at.dialog) == 0
    assert at.session_state.cancelled == 1
    with pytest.raises(InteractionError, match="no longer open"):
        dialog.dismiss()
