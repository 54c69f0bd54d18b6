"""examples/chat: chat input, chat messages and a streamed answer."""

from __future__ import annotations

from apptest.snapshot import AppSnapshot

APP = "examples/chat/app.py"


def test_a_prompt_gets_a_streamed_answer(app_test) -> None:
    at = app_test(APP).run()
    assert len(at.chat_message) == 0
    at.chat_input[0].submit("hello there").run()
    user, bot = at.chat_message
    assert (user.name, user.markdown[0].value) == ("user", "hello there")
    assert (bot.name, bot.markdown[0].value) == ("assistant", "You said: hello there")


def test_the_history_survives_reruns(app_test, app_snapshot: AppSnapshot) -> None:
    at = app_test(APP).run()
    at.chat_input[0].submit("one").run()
    at.chat_input[0].submit("two").run()
    at.run()                                  # a rerun with no new prompt
    assert [m.markdown[0].value for m in at.chat_message] == [
        "one", "You said: one", "two", "You said: two"]
    assert app_snapshot == at.main


def test_new_chat_clears_the_history(app_test) -> None:
    at = app_test(APP).run()
    at.chat_input[0].submit("hi").run()
    at.sidebar.button[0].click().run()
    assert len(at.chat_message) == 0
    assert at.session_state.messages == []
