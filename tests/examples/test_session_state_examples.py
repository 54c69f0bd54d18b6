"""The Session State guide's examples, driven as a user would drive them.

Each app lives in ``examples/session_state/``. Paths given to ``AppTest.from_file`` are relative
to this file, which is how Streamlit's AppTest resolves them.

Run against real Streamlit with ``APPTEST_ORACLE=streamlit pytest tests/examples``.
"""

from __future__ import annotations

import datetime
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests._harness import AppTest, exc_type

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
EXAMPLES = ROOT / "examples" / "session_state"

MISSING_KEY_MESSAGE = (
    '\'st.session_state has no key "value". Did you forget to initialize it? More info: '
    "https://docs.streamlit.io/develop/concepts/architecture/session-state#initialization'"
)
READ_ONLY_BUTTON_MESSAGE = (
    "`st.session_state['my_button']` is read-only and cannot be assigned through session "
    "state. Use a different session state key for values you need to set."
)
UNSERIALIZABLE_MESSAGE = (
    "Cannot serialize the value (of type `<class 'function'>`) of 'unserializable' in "
    "st.session_state. Streamlit has been configured to use "
    "[pickle](https://docs.python.org/3/library/pickle.html) to serialize session_state "
    "values. Please convert the value to a pickle-serializable type. To learn more about "
    "this behavior, see [our docs]"
    "(https://docs.streamlit.io/knowledge-base/using-streamlit/serializable-session-state)."
)


def markdown_values(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown]


def user_state(at: AppTest) -> dict:
    return {k: at.session_state[k] for k in at.session_state}


# --- "Build a Counter": no Session State ---------------------------------------------------


def test_counter_no_state_count_stays_at_one() -> None:
    at = AppTest.from_file("../../examples/session_state/counter_no_state.py").run()
    assert not at.exception
    assert at.title[0].value == "Counter Example"
    assert at.button[0].label == "Increment"
    assert at.button[0].value is False
    assert markdown_values(at) == ["Count =  `0`"]

    at.button[0].click().run()
    assert at.button[0].value is True
    assert markdown_values(at) == ["Count =  `1`"]

    # No matter how many times Increment is pressed, the count remains at 1.
    for _ in range(3):
        at.button[0].click().run()
        assert markdown_values(at) == ["Count =  `1`"]

    # Without a click the button is False again and the count is back to 0.
    at.run()
    assert at.button[0].value is False
    assert markdown_values(at) == ["Count =  `0`"]
    assert user_state(at) == {}


# --- "Session State API": initialization, reads, updates -----------------------------------


def test_session_state_api_initializes_key() -> None:
    at = AppTest.from_file("../../examples/session_state/session_state_api.py").run()
    assert not at.exception
    assert len(at.markdown) == 0
    assert "key" in at.session_state
    assert at.session_state["key"] == "value"
    assert at.session_state.key == "value"
    assert user_state(at) == {"key": "value"}

    # A value set from the test survives: the app only initializes when the key is missing.
    at.session_state["key"] = "from test"
    at.run()
    assert at.session_state["key"] == "from test"


def test_read_value_writes_the_value() -> None:
    at = AppTest.from_file("../../examples/session_state/read_value.py").run()
    assert not at.exception
    assert markdown_values(at) == ["value"]
    assert user_state(at) == {"key": "value"}

    at.session_state["key"] = "changed"
    at.run()
    assert markdown_values(at) == ["changed"]


def test_update_value_assigns_value2() -> None:
    at = AppTest.from_file("../../examples/session_state/update_value.py").run()
    assert not at.exception
    assert len(at.markdown) == 0
    assert at.session_state["key"] == "value2"
    assert user_state(at) == {"key": "value2"}

    at.run()
    assert at.session_state.key == "value2"


def test_uninitialized_access_raises_key_error() -> None:
    at = AppTest.from_file("../../examples/session_state/uninitialized_exception.py").run()
    assert len(at.exception) == 1
    assert exc_type(at.exception[0]) == "KeyError"
    # KeyError keeps the quotes of its repr in the Exception node.
    assert at.exception[0].value == MISSING_KEY_MESSAGE
    assert len(at.markdown) == 0
    assert user_state(at) == {}

    # Once initialized from the test, the same app renders the value.
    at.session_state["value"] = 42
    at.run()
    assert not at.exception
    assert markdown_values(at) == ["`42`"]


# --- Example 1: Add Session State --------------------------------------------------------


def _check_session_counter(at: AppTest) -> None:
    assert not at.exception
    assert at.title[0].value == "Counter Example"
    assert markdown_values(at) == ["Count =  `0`"]
    assert at.session_state["count"] == 0

    at.button[0].click().run()
    assert markdown_values(at) == ["Count =  `1`"]
    at.button[0].click().run()
    at.button[0].click().run()
    assert markdown_values(at) == ["Count =  `3`"]
    assert at.session_state.count == 3

    # A plain rerun keeps the count; the button is only True on the run after a click.
    at.run()
    assert at.button[0].value is False
    assert markdown_values(at) == ["Count =  `3`"]
    assert user_state(at) == {"count": 3}


def test_counter_with_session_state() -> None:
    _check_session_counter(AppTest.from_file("../../examples/session_state/counter.py").run())


def test_flagship_counter_example() -> None:
    _check_session_counter(AppTest.from_file("../../examples/counter.py").run())


def test_counter_state_set_from_test() -> None:
    at = AppTest.from_file("../../examples/session_state/counter.py").run()
    at.session_state["count"] = 41
    at.button[0].click().run()
    assert markdown_values(at) == ["Count =  `42`"]


# --- Example 2: Session State and Callbacks ----------------------------------------------


def test_counter_with_callback() -> None:
    at = AppTest.from_file("../../examples/session_state/counter_callback.py").run()
    assert not at.exception
    assert at.title[0].value == "Counter Example using Callbacks"
    assert markdown_values(at) == ["Count =  `0`"]

    at.button[0].click().run()
    # The callback runs before the script body, so the body already sees the new count.
    assert markdown_values(at) == ["Count =  `1`"]
    at.button[0].click().run()
    assert markdown_values(at) == ["Count =  `2`"]

    at.run()
    assert markdown_values(at) == ["Count =  `2`"]
    assert user_state(at) == {"count": 2}


# --- Example 3: args and kwargs in callbacks ---------------------------------------------


def test_counter_callback_args() -> None:
    at = AppTest.from_file("../../examples/session_state/counter_callback_args.py").run()
    assert not at.exception
    assert at.title[0].value == "Counter Example using Callbacks with args"
    assert at.number_input[0].label == "Enter a value"
    assert at.number_input[0].value == 0
    assert markdown_values(at) == ["Count =  `0`"]

    at.number_input[0].set_value(5).run()
    assert at.number_input[0].value == 5
    assert markdown_values(at) == ["Count =  `0`"]

    at.button[0].click().run()
    assert markdown_values(at) == ["Count =  `5`"]
    at.button[0].click().run()
    assert markdown_values(at) == ["Count =  `10`"]

    at.number_input[0].decrement().run()
    assert at.number_input[0].value == 4
    at.button[0].click().run()
    assert markdown_values(at) == ["Count =  `14`"]
    assert user_state(at) == {"count": 14}


def test_counter_callback_args_are_bound_when_the_button_was_rendered() -> None:
    # args=(increment_value,) is captured by the run that rendered the button, so a value
    # changed in the same run as the click only takes effect on the next click.
    at = AppTest.from_file("../../examples/session_state/counter_callback_args.py").run()
    at.number_input[0].set_value(3)
    at.button[0].click()
    at.run()
    assert markdown_values(at) == ["Count =  `0`"]
    at.button[0].click().run()
    assert markdown_values(at) == ["Count =  `3`"]


def test_counter_callback_kwargs() -> None:
    at = AppTest.from_file("../../examples/session_state/counter_callback_kwargs.py").run()
    assert not at.exception
    assert at.title[0].value == "Counter Example using Callbacks with kwargs"
    assert [b.label for b in at.button] == ["Increment", "Decrement"]
    assert markdown_values(at) == ["Count =  `0`"]

    at.button[0].click().run()
    assert markdown_values(at) == ["Count =  `5`"]
    at.button[1].click().run()
    assert markdown_values(at) == ["Count =  `4`"]
    at.button[1].click().run()
    at.button[1].click().run()
    assert markdown_values(at) == ["Count =  `2`"]
    assert at.session_state.count == 2


# --- Example 4: Forms and Callbacks ------------------------------------------------------


def test_counter_form_initial_render() -> None:
    at = AppTest.from_file("../../examples/session_state/counter_form.py").run()
    assert not at.exception
    assert at.title[0].value == "Counter Example"
    assert at.time_input[0].label == "Enter the time"
    assert at.time_input[0].key == "update_time"
    assert isinstance(at.time_input[0].value, datetime.time)
    assert at.number_input(key="increment_value").value == 0
    assert at.button[0].label == "Update"
    assert at.button[0].value is False
    assert markdown_values(at) == ["Current Count =  `0`", "Last Updated =  `00:00:00`"]
    assert at.session_state["count"] == 0
    assert at.session_state["last_updated"] == datetime.time(0, 0)
    assert at.session_state["increment_value"] == 0


def test_counter_form_submit_updates_count_and_time() -> None:
    at = AppTest.from_file("../../examples/session_state/counter_form.py").run()

    # Values set and submit clicked before the same run(): the form submits them together.
    at.time_input(key="update_time").set_value(datetime.time(10, 30))
    at.number_input(key="increment_value").set_value(3)
    at.button[0].click()
    at.run()
    assert not at.exception
    assert at.button[0].value is True
    assert at.time_input[0].value == datetime.time(10, 30)
    assert markdown_values(at) == ["Current Count =  `3`", "Last Updated =  `10:30:00`"]
    assert at.session_state["count"] == 3
    assert at.session_state["last_updated"] == datetime.time(10, 30)
    assert at.session_state["update_time"] == datetime.time(10, 30)

    # A plain rerun keeps the committed form values and the counter.
    at.run()
    assert at.button[0].value is False
    assert at.number_input[0].value == 3
    assert markdown_values(at) == ["Current Count =  `3`", "Last Updated =  `10:30:00`"]

    # Second submission with new values.
    at.time_input[0].set_value(datetime.time(23, 5))
    at.number_input[0].set_value(-1)
    at.button[0].click()
    at.run()
    assert markdown_values(at) == ["Current Count =  `2`", "Last Updated =  `23:05:00`"]

    # Submitting again without changes adds the same increment once more.
    at.button[0].click().run()
    assert markdown_values(at) == ["Current Count =  `1`", "Last Updated =  `23:05:00`"]
    assert at.session_state["count"] == 1


# --- Session State and Widget State association -------------------------------------------


def test_widget_mirror_slider() -> None:
    at = AppTest.from_file("../../examples/session_state/widget_mirror_slider.py").run()
    assert not at.exception
    slider = at.slider(key="celsius")
    assert slider.label == "Temperature in Celsius"
    assert slider.value == 50.0
    assert markdown_values(at) == ["`50.0`"]
    assert user_state(at) == {"celsius": 50.0}

    at.slider[0].set_value(-20.5).run()
    assert at.slider[0].value == -20.5
    assert markdown_values(at) == ["`-20.5`"]
    assert at.session_state.celsius == -20.5

    # Setting the key through Session State moves the slider.
    at.session_state["celsius"] = 12.0
    at.run()
    assert at.slider[0].value == 12.0
    assert markdown_values(at) == ["`12.0`"]


# --- Widget state limitations: buttons ----------------------------------------------------


def test_button_state_cannot_be_set() -> None:
    at = AppTest.from_file("../../examples/session_state/button_state_exception.py").run()
    assert len(at.exception) == 1
    assert exc_type(at.exception[0]) == "StreamlitValueAssignmentNotAllowedError"
    assert at.exception[0].value == READ_ONLY_BUTTON_MESSAGE
    assert len(at.button) == 0
    assert user_state(at) == {"my_button": True}

    # Next run: the key now exists, so the app does not assign it again and the button
    # renders. The stale True is consumed once, like a click, then the button is False.
    at.run()
    assert not at.exception
    assert at.button[0].value is True
    at.run()
    assert at.button[0].value is False
    assert user_state(at) == {"my_button": False}


# --- Serializable Session State ------------------------------------------------------------


def test_unserializable_value_allowed_by_default() -> None:
    at = AppTest.from_file("../../examples/session_state/serializable_state.py").run()
    assert not at.exception
    assert list(at.session_state) == ["unserializable"]
    fn = at.session_state["unserializable"]
    assert callable(fn)
    assert fn(7) == 7


_ENFORCED_PROBE = textwrap.dedent(
    """
    import json, sys
    from tests._harness import AppTest, exc_type
    at = AppTest.from_file(sys.argv[1]).run()
    print(json.dumps({
        "exceptions": [[exc_type(e), e.value] for e in at.exception],
        "keys": list(at.session_state),
    }))
    """
)


def test_unserializable_value_rejected_with_config() -> None:
    # Streamlit reads .streamlit/config.toml from the working directory once per process, so
    # the app is run in a child process started in the folder holding the config file.
    app_dir = EXAMPLES / "serializable"
    assert (app_dir / ".streamlit" / "config.toml").is_file()
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    proc = subprocess.run(
        [sys.executable, "-c", _ENFORCED_PROBE, str(app_dir / "app.py")],
        cwd=app_dir,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["exceptions"] == [["UnserializableSessionStateError", UNSERIALIZABLE_MESSAGE]]
    # The check runs after the script body, so the value was stored.
    assert result["keys"] == ["unserializable"]
