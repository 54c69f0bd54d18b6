"""Real run timeouts: one process-wide watchdog thread and a heap of deadlines.

``guarded(fn, deadline)`` runs ``fn`` in the calling thread (no thread hand-off: arming
costs a lock and a heap push). When the deadline passes before ``fn`` returns, the
watchdog thread

* injects :class:`ScriptInterrupt` into the running thread with
  ``PyThreadState_SetAsyncExc`` (Python bytecode, such as ``while True: pass``, stops at
  the next instruction boundary), again every ``REPEAT`` seconds while the run goes on (an
  app's bare ``except:`` cannot swallow it for good);
* wakes an interruptible ``time.sleep`` (:mod:`apptest.runtime._sleep`);
* in the main thread, if the run is still going ``REPEAT`` seconds later, sends
  ``NUDGE_SIGNAL`` (its handler is installed only during runs): a blocking system call that handles
  ``EINTR`` (``select``, sockets, ``subprocess`` waits, lock and ``Event`` waits, libc
  ``sleep`` through ctypes) returns, and the exception is raised.

An import in progress is never interrupted (a half-imported C extension may not load
again): the interrupt waits until the import has finished.

A C call that neither returns on a signal nor gives the interpreter back (a long
computation in an extension) cannot be stopped; the timeout is raised when it returns.

Deadlines are real time (:func:`apptest.runtime._freeze.perf_counter`), whatever the
harness clock or freezegun says. Disarming is race-free: the watchdog injects only
while holding the lock and only into an armed guard; disarming clears an injected
exception that has not been delivered yet, and one delivered on the way out is caught.
"""

from __future__ import annotations

import _signal
import heapq
import sys
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from apptest.runtime._freeze import perf_counter

T = TypeVar("T")

#: seconds between repeated injections into a run that is still going
REPEAT = 0.05
#: the signal that interrupts a blocking call in the main thread (never left installed)
NUDGE_SIGNAL: int | None = getattr(_signal, "SIGUSR2", None)
_NO_NUDGE = object()
#: ``PyThreadState_SetAsyncExc`` taking an exception, and taking NULL (clears one not
#: delivered yet); made through ctypes the first time a deadline fires
_async_exc_api: list[Callable[..., int]] = []


def _set_async_exc(thread_id: int, exc: type[BaseException] | None) -> None:
    """Inject ``exc`` into the thread (``None``: clear an injection not delivered yet)."""
    if not _async_exc_api:
        import ctypes

        for arg in (ctypes.py_object, ctypes.c_void_p):
            _async_exc_api.append(ctypes.PYFUNCTYPE(ctypes.c_int, ctypes.c_ulong, arg)(
                ("PyThreadState_SetAsyncExc", ctypes.pythonapi)))
    _async_exc_api[0 if exc is not None else 1](thread_id, exc)


class ScriptInterrupt(BaseException):
    """Injected into a run that is over its deadline (a ``BaseException``, like
    ``KeyboardInterrupt``, so the app's ``except Exception`` does not catch it)."""


class Guard:
    """One armed deadline: the thread it protects and what fired."""

    __slots__ = ("active", "deadline", "fired", "outer", "restore", "thread_id", "wake")

    def __init__(self, deadline: float) -> None:
        self.deadline = deadline
        self.thread_id = threading.get_ident()
        self.outer: Guard | None = None
        self.active = False
        self.fired = False
        #: the ``NUDGE_SIGNAL`` handler to put back, or ``_NO_NUDGE``
        self.restore: Any = _NO_NUDGE
        #: set by an interruptible sleep while it waits (``apptest.runtime._sleep``)
        self.wake: threading.Event | None = None


_lock = threading.Lock()
_wakeup = threading.Condition(_lock)
_heap: list[tuple[float, int, Guard]] = []
_seq = 0
_armed = 0
_thread: threading.Thread | None = None
_local = threading.local()
_main_id = threading.main_thread().ident


def current_guard() -> Guard | None:
    """The guard armed in the calling thread, if any."""
    return getattr(_local, "guard", None)


def has_driven() -> bool:
    """Whether the calling thread has run an app script itself (it is a test's thread)."""
    return hasattr(_local, "guard")


def guarded(fn: Callable[[], T], deadline: float) -> T:
    """Call ``fn()``; raise ``ScriptInterrupt`` in it if it is still running at ``deadline``.

    Example:
        >>> from apptest.runtime._freeze import perf_counter
        >>> guarded(lambda: 42, perf_counter() + 1)
        42
    """
    guard = Guard(deadline)
    try:
        _arm(guard)
        if guard.thread_id == _main_id:
            guard.restore = _install_nudge()
        return fn()
    finally:
        # an injection delivered while disarming is dropped; no backward jump in between
        while guard.active or guard.restore is not _NO_NUDGE:
            try:
                _disarm(guard)
            except ScriptInterrupt:
                pass


def _arm(guard: Guard) -> None:
    global _seq, _armed
    guard.outer = current_guard()
    _local.guard = guard
    with _lock:
        _seq += 1
        _armed += 1
        guard.active = True
        first = not _heap or guard.deadline < _heap[0][0]
        heapq.heappush(_heap, (guard.deadline, _seq, guard))
        if len(_heap) > 4 * _armed + 64:
            _compact()
        if _thread is None:
            _start()
        elif first:
            _wakeup.notify()


def _disarm(guard: Guard) -> None:
    global _armed
    with _lock:
        if guard.active:
            guard.active = False
            _armed -= 1
        if guard.fired:
            _set_async_exc(guard.thread_id, None)
    _local.guard = guard.outer
    if guard.restore is not _NO_NUDGE:
        _signal.signal(NUDGE_SIGNAL, guard.restore)
        guard.restore = _NO_NUDGE


def _compact() -> None:
    _heap[:] = [entry for entry in _heap if entry[2].active]
    heapq.heapify(_heap)


def _start() -> None:
    global _thread
    _thread = threading.Thread(target=_watch, name="apptest-watchdog", daemon=True)
    _thread.start()


def _watch() -> None:
    with _lock:
        while True:
            while _heap and not _heap[0][2].active:
                heapq.heappop(_heap)
            if not _heap:
                _wakeup.wait()
                continue
            wait = _heap[0][0] - perf_counter()
            if wait > 0:
                _wakeup.wait(wait)
                continue
            _fire(heapq.heappop(_heap)[2])


def _fire(guard: Guard) -> None:
    """Interrupt an expired guard's thread (with the lock held); repeat until disarmed."""
    global _seq
    _seq += 1
    heapq.heappush(_heap, (perf_counter() + REPEAT, _seq, guard))
    if _importing(guard.thread_id):
        return
    repeat, guard.fired = guard.fired, True
    _set_async_exc(guard.thread_id, ScriptInterrupt)
    if guard.wake is not None:
        guard.wake.set()
    if repeat and guard.restore is not _NO_NUDGE:  # still running: a blocking call
        try:
            _signal.pthread_kill(guard.thread_id, NUDGE_SIGNAL)  # type: ignore[arg-type]
        except (OSError, AttributeError):  # pragma: no cover - no pthread_kill
            pass


def _importing(thread_id: int) -> bool:
    """Whether the thread is inside an import (interrupting one could break the module)."""
    frame = sys._current_frames().get(thread_id)
    while frame is not None:
        if frame.f_code.co_filename.startswith("<frozen importlib._bootstrap"):
            return True
        frame = frame.f_back
    return False


def _install_nudge() -> Any:
    """Put the nudge handler on ``NUDGE_SIGNAL`` for the run; returns the one to restore."""
    if NUDGE_SIGNAL is None or not hasattr(_signal, "pthread_kill"):
        return _NO_NUDGE
    # ``_signal`` is what ``signal`` wraps: same handlers, without the enum conversion
    # that makes ``signal.signal`` cost several microseconds on every run
    previous = _signal.getsignal(NUDGE_SIGNAL)
    if previous is None:  # a handler set from C: leave the signal alone
        return _NO_NUDGE
    _signal.signal(NUDGE_SIGNAL, _on_nudge)
    return previous


def _on_nudge(signum: int, frame: Any) -> None:
    """Runs in the main thread: raise if its run is over its deadline."""
    guard = current_guard()
    if guard is None or not (guard.fired and guard.active):
        return
    if not isinstance(sys.exc_info()[1], ScriptInterrupt):  # not while one unwinds
        raise ScriptInterrupt
