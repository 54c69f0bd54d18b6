"""The watchdog's guards: re-armed by each run of a thread, nested, in several threads."""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable

import pytest

from apptest import AppTest
from apptest.errors import ScriptTimeoutError
from apptest.runtime import _sleep, _watchdog
from apptest.runtime._freeze import perf_counter
from apptest.runtime._watchdog import ScriptInterrupt, guarded


def _busy(seconds: float) -> Callable[[], str]:
    def run() -> str:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            pass
        return "done"

    return run


def _interrupted(fn: Callable[[], object], timeout: float) -> float:
    """Seconds until ``fn`` was interrupted (it must be)."""
    start = time.perf_counter()
    with pytest.raises(ScriptInterrupt):
        guarded(fn, perf_counter() + timeout)
    return time.perf_counter() - start


def _no_stray_interrupt() -> None:
    _busy(4 * _watchdog.REPEAT)()  # an interrupt delivered after the run would land here
    assert _watchdog.current_guard() is None


def test_an_earlier_deadline_after_a_later_one_fires_on_time() -> None:
    assert guarded(lambda: "x", perf_counter() + 30) == "x"
    assert _interrupted(_busy(30), 0.2) < 1.5
    _no_stray_interrupt()


def test_an_infinite_deadline_leaves_the_watchdog_working() -> None:
    endless = threading.Thread(target=guarded, args=(_busy(1), perf_counter() + float("inf")))
    endless.start()
    assert _interrupted(_busy(30), 0.2) < 1.5  # then the watchdog waits for the endless one
    endless.join()
    assert _interrupted(_busy(5), 0.2) < 1.5  # not if the watchdog thread has died


def test_a_later_deadline_after_an_earlier_one_does_not_fire_early() -> None:
    assert guarded(lambda: "x", perf_counter() + 0.05) == "x"
    assert guarded(_busy(0.3), perf_counter() + 5) == "done"  # past the first deadline
    _no_stray_interrupt()


def test_a_run_after_a_timed_out_one_in_the_same_thread_is_not_cut_short() -> None:
    assert _interrupted(lambda: _sleep.sleep(60), 0.1) < 1.5
    start = time.perf_counter()
    guarded(lambda: _sleep.sleep(0.2), perf_counter() + 5)  # the wake-up event was reset
    assert time.perf_counter() - start >= 0.2
    assert guarded(_busy(0.2), perf_counter() + 5) == "done"
    _no_stray_interrupt()


def test_a_guard_inside_a_guard_times_out_on_its_own_deadline() -> None:
    def outer() -> str:
        assert _interrupted(_busy(30), 0.2) < 1.5  # the inner one
        outer_guard = _watchdog.current_guard()
        assert outer_guard is not None and not outer_guard.fired
        return _busy(0.2)()

    assert guarded(outer, perf_counter() + 5) == "done"
    _no_stray_interrupt()


def test_the_outer_deadline_ends_a_guard_inside_a_guard() -> None:
    took = _interrupted(lambda: guarded(_busy(30), perf_counter() + 30), 0.2)
    assert took < 1.5
    _no_stray_interrupt()


def test_a_run_inside_a_run_times_out_and_the_outer_run_goes_on() -> None:
    src = (
        "import streamlit as st\nfrom apptest import AppTest\n"
        "from apptest.errors import ScriptTimeoutError\n"
        "try:\n"
        "    AppTest.from_string('while True:\\n    pass').run(timeout=0.2)\n"
        "except ScriptTimeoutError:\n"
        "    st.write('inner timed out')\n"
        "st.write(AppTest.from_string('import streamlit as st\\nst.write(1)').run()"
        ".markdown[0].value)\n"
    )
    at = AppTest.from_string(src).run(timeout=5)
    assert [m.value for m in at.markdown] == ["inner timed out", "`1`"]
    inner = src.replace("timeout=0.2", "timeout=30")
    with pytest.raises(ScriptTimeoutError):
        AppTest.from_string(inner).run(timeout=0.3)
    _no_stray_interrupt()


def test_guards_in_two_threads_each_keep_their_own_deadline() -> None:
    results: dict[str, object] = {}

    def one(name: str, fn: Callable[[], str], timeout: float) -> None:
        for _ in range(3):  # the thread's guard, armed again
            try:
                results[name] = guarded(fn, perf_counter() + timeout)
            except ScriptInterrupt:
                results[name] = "interrupted"

    threads = [
        threading.Thread(target=one, args=("slow", _busy(30), 0.2)),
        threading.Thread(target=one, args=("fast", _busy(0.3), 5)),
    ]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == {"slow": "interrupted", "fast": "done"}
    assert time.perf_counter() - start < 4


def test_the_nudge_handler_is_put_back_after_every_run() -> None:
    if _watchdog.NUDGE_SIGNAL is None:
        pytest.skip("no nudge signal on this platform")
    before = signal.getsignal(_watchdog.NUDGE_SIGNAL)
    guarded(lambda: None, perf_counter() + 5)
    _interrupted(lambda: _sleep.sleep(60), 0.1)
    guarded(lambda: guarded(lambda: None, perf_counter() + 5), perf_counter() + 5)
    assert signal.getsignal(_watchdog.NUDGE_SIGNAL) is before


def test_the_heap_does_not_keep_the_guards_of_finished_threads() -> None:
    def one() -> None:
        guarded(lambda: None, perf_counter() + 60)

    for _ in range(200):
        thread = threading.Thread(target=one)
        thread.start()
        thread.join()
    with _watchdog._lock:
        assert len(_watchdog._heap) < 150
