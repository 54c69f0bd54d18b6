"""The guide's examples as committed snapshots (``__snapshots__/``), under a frozen clock.

``counter_form.py`` shows ``datetime.datetime.now().time()`` as the time input's default;
frozen at 09:00 the page is the same on every run. Refresh with
``pytest tests/examples --snapshot-update`` after a deliberate change.
"""

from __future__ import annotations

import datetime as dt

from apptest.snapshot import AppSnapshot

FORM = "../../examples/session_state/counter_form.py"


def test_counter_form_under_a_frozen_clock(app_test, app_snapshot: AppSnapshot) -> None:
    at = app_test(FORM, freeze_time="2024-01-01 09:00").run()
    assert at.time_input(key="update_time").value == dt.time(9, 0)
    assert app_snapshot(name="first run") == at

    at.number_input(key="increment_value").set_value(5)
    at.clock.tick(dt.timedelta(minutes=30))
    at.button[0].click().run()
    assert app_snapshot(name="after submit") == at


def test_counter_example(app_test, app_snapshot: AppSnapshot) -> None:
    at = app_test("../../examples/session_state/counter.py").run()
    at.button[0].click().run().button[0].click().run()
    assert app_snapshot == at.main
    assert app_snapshot == at.session_state
