"""An interruptible ``time.sleep`` for the time a run is going on.

While the facade is installed, ``time.sleep`` is this module's :func:`sleep`: in a thread
running a guarded script (see :mod:`apptest.runtime._watchdog`) it waits on an event the
watchdog sets at the deadline, so ``time.sleep(60)`` in an app ends at the run's timeout
in any thread. Everywhere else it is the real ``time.sleep``. The real function is put
back when the last concurrent run ends (unless someone replaced it meanwhile).

Code that bound the real function before the run (``from time import sleep`` in a module
imported outside a run) keeps it; in the main thread the watchdog's signal still ends it.
"""

from __future__ import annotations

import threading
import time
from typing import SupportsIndex

from apptest.runtime import _watchdog
from apptest.runtime._freeze import perf_counter

_real_sleep = time.sleep


def sleep(secs: float | SupportsIndex) -> None:
    """``time.sleep`` that a run's deadline interrupts.

    Example:
        >>> sleep(0)
    """
    guard = _watchdog.current_guard()
    if guard is None or not guard.active:
        _real_sleep(secs)
        return
    secs = float(secs)  # type: ignore[arg-type]
    if secs < 0:
        raise ValueError("sleep length must be non-negative")
    end = perf_counter() + secs
    wake = guard.wake
    if wake is None:
        wake = guard.wake = threading.Event()
    while not guard.fired:
        left = end - perf_counter()
        if left <= 0 or wake.wait(left):
            break
    if guard.fired and guard.active:
        raise _watchdog.ScriptInterrupt


def patch() -> None:
    """Make ``time.sleep`` interruptible (called when the first concurrent run starts)."""
    time.sleep = sleep


def unpatch() -> None:
    """Put the real ``time.sleep`` back (called when the last concurrent run ends)."""
    if time.sleep is sleep:
        time.sleep = _real_sleep
