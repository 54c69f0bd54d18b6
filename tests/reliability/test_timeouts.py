"""Real timeouts: a run over its time ends about when it should, whatever the app does."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from apptest import AppTest
from apptest.errors import ScriptTimeoutError
from apptest.runtime import _watchdog

HANGS = {
    "busy_loop": "while True:\n    pass",
    "sleep": "import time\ntime.sleep(60)",
    "sleep_bound_early": "from time import sleep\nsleep(60)",
    "swallowing_once": "try:\n    while True:\n        pass\nexcept BaseException:\n    pass\nwhile True:\n    pass",
    "st_calls_forever": "while True:\n    st.write('x')",
}
#: C calls that release the GIL: ended by a signal in the main thread
BLOCKING = {
    "select": "import select\nselect.select([], [], [], 60)",
    "event_wait": "import threading\nthreading.Event().wait(60)",
    "libc_sleep": "import ctypes\nctypes.CDLL(None).sleep(60)",
    "subprocess": "import subprocess\nsubprocess.run(['sleep', '60'])",
}


def _app(body: str) -> str:
    return "import streamlit as st\nst.session_state['before'] = True\n" + body + "\n"


def _times_out(src: str, timeout: float = 0.5) -> tuple[AppTest, ScriptTimeoutError, float]:
    at = AppTest.from_string(src)
    start = time.perf_counter()
    with pytest.raises(ScriptTimeoutError) as info:
        at.run(timeout=timeout)
    return at, info.value, time.perf_counter() - start


@pytest.mark.parametrize("name", [*HANGS, *BLOCKING])
def test_hanging_app_ends_at_its_timeout_naming_the_line(name: str) -> None:
    body = {**HANGS, **BLOCKING}[name]
    _at, error, took = _times_out(_app(body))
    assert 0.5 <= took < 1.5
    message = str(error)
    assert message.startswith("AppTest script run timed out after 0.5(s)")
    assert 'File "<apptest:app-' in message and ", line " in message
    assert isinstance(error, RuntimeError)


def test_message_names_the_app_file_and_line(tmp_path: pytest.TempPathFactory) -> None:
    app = tmp_path / "slow_app.py"  # type: ignore[operator]
    app.write_text("import time\nimport streamlit as st\nst.write('hi')\ntime.sleep(60)\n")
    at = AppTest.from_file(str(app))
    with pytest.raises(ScriptTimeoutError) as info:
        at.run(timeout=0.3)
    assert f'File "{app}", line 4, in <module>' in str(info.value)
    assert "time.sleep(60)" in str(info.value)


def test_session_stays_usable_and_state_before_the_hang_is_kept() -> None:
    src = _app("if st.session_state.get('hang', True):\n    time.sleep(60)\nst.write('done')")
    at = AppTest.from_string("import time\n" + src)
    with pytest.raises(ScriptTimeoutError):
        at.run(timeout=0.3)
    assert at.session_state["before"] is True
    at.session_state["hang"] = False
    assert at.run(timeout=1).markdown[0].value == "done"


def test_timeout_uses_real_time_under_a_frozen_clock() -> None:
    at = AppTest.from_string(_app("import time\ntime.sleep(60)"), freeze_time="2024-01-01")
    start = time.perf_counter()
    with pytest.raises(ScriptTimeoutError):
        at.run(timeout=0.3)
    assert time.perf_counter() - start < 2
    with pytest.raises(ScriptTimeoutError):  # and again, without hanging
        at.run(timeout=0.3)


def test_no_interrupt_reaches_the_test_after_a_run_near_its_deadline() -> None:
    at = AppTest.from_string("import streamlit as st\nfor i in range(30):\n    st.write(i)")
    outcomes = set()
    for i in range(300):
        try:
            at.run(timeout=0.0005 * (i % 8))  # some runs finish, some are interrupted
            outcomes.add("done")
        except ScriptTimeoutError:
            outcomes.add("timeout")
    assert outcomes == {"done", "timeout"}
    end = time.perf_counter() + 4 * _watchdog.REPEAT
    while time.perf_counter() < end:  # a stray interrupt would be raised in this loop
        pass
    assert at.run(timeout=5).markdown[-1].value == "`29`"


@pytest.mark.parametrize("name", list(HANGS))
def test_timeouts_in_worker_threads(name: str) -> None:
    def one(_: int) -> float:
        _, _, took = _times_out(_app(HANGS[name]))
        return took

    with ThreadPoolExecutor(4) as pool:
        assert all(t < 1.5 for t in pool.map(one, range(4)))


def test_interrupt_waits_for_an_import_to_finish(tmp_path: pytest.TempPathFactory) -> None:
    mod = tmp_path / "rel_slow_import.py"  # type: ignore[operator]
    mod.write_text("import time\nt = time.perf_counter()\nwhile time.perf_counter() - t < 0.6:\n"
                   "    pass\nDONE = True\n")
    app = tmp_path / "app.py"  # type: ignore[operator]
    app.write_text("import rel_slow_import\nimport streamlit as st\nst.write('x')\n")
    import sys

    try:
        with pytest.raises(ScriptTimeoutError):
            AppTest.from_file(str(app)).run(timeout=0.2)
        assert sys.modules["rel_slow_import"].DONE is True  # imported completely
    finally:
        sys.modules.pop("rel_slow_import", None)


def test_rerun_loop_is_stopped_and_slow_rerun_loop_times_out() -> None:
    from apptest.errors import RerunLimitError

    with pytest.raises(RerunLimitError, match=r"st\.rerun\(\) 100 times in a row"):
        AppTest.from_string("import streamlit as st\nst.rerun()").run()
    slow = "import time\nimport streamlit as st\ntime.sleep(0.05)\nst.rerun()"
    _at, _error, took = _times_out(slow, timeout=0.3)
    assert took < 1.3
    ok = "import streamlit as st\nst.session_state.setdefault('n', 0)\nst.session_state.n += 1\n"
    ok += "if st.session_state.n < 5:\n    st.rerun()\nst.write(st.session_state.n)"
    assert AppTest.from_string(ok).run().markdown[0].value == "`5`"
