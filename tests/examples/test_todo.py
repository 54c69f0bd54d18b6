"""examples/todo: a form adds tasks, callbacks tick them off and clear them.

The idiomatic shape: the ``app_test`` fixture makes the app (its path is found from the
project's root folder), interactions chain into ``run()``, and a snapshot pins the
whole page once the steps are done.
"""

from __future__ import annotations

from apptest import AppTest
from apptest.snapshot import AppSnapshot

APP = "examples/todo/app.py"


def add(at: AppTest, text: str) -> AppTest:
    at.text_input(key="new_todo").input(text)
    return at.button(label="Add").click().run()


def test_the_form_holds_the_text_until_add_is_clicked(app_test) -> None:
    at = app_test(APP).run()
    at.text_input(key="new_todo").input("milk").run()
    assert at.checkbox.values == []           # typed, not submitted: nothing added
    at.button(label="Add").click().run()
    assert [box.label for box in at.checkbox] == ["milk"]
    assert at.caption[0].value == "1 of 1 left"


def test_blank_text_adds_nothing(app_test) -> None:
    at = add(app_test(APP).run(), "   ")
    assert at.session_state.todos == []
    assert at.button(label="Clear finished").disabled


def test_ticking_and_clearing_keeps_each_box_with_its_task(
    app_test, app_snapshot: AppSnapshot
) -> None:
    at = app_test(APP).run()
    for text in ("milk", "eggs", "bread"):
        add(at, text)
    at.checkbox(key="done_1").check().run()   # "eggs": on_change marks it done
    assert at.caption[0].value == "2 of 3 left"
    at.button(label="Clear finished").click().run()
    assert [(box.label, box.value) for box in at.checkbox] == [("milk", False), ("bread", False)]
    assert "done_1" not in at.session_state  # a keyed widget not drawn loses its state
    assert app_snapshot == at
