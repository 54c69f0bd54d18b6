"""Real run timeouts: one process-wide watchdog thread and a heap of deadlines.

``guarded(fn, deadline)`` runs ``fn`` in the calling thread (no thread hand-off). When the
deadline passes before ``fn`` returns, the watchdog thread

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

Arming is cheap because a thread keeps its :class:`Guard` and the guard keeps its heap
entry ``(when, seq, guard)``: the entry is the guard's live one while ``guard.entry`` is
that tuple. The watchdog takes the earliest entry and drops it if it is not live or its
guard is disarmed, moves it to the guard's deadline if the guard was armed again for
later, and fires it when it is due. So arming again pushes an entry only when the live
one is gone or later than the new deadline, and wakes the watchdog only when the new
entry comes first. A run inside a run (same thread) has a guard of its own while it lasts.
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
#: ``NUDGE_SIGNAL`` if it can be sent to a thread (``pthread_kill``), else None
_NUDGE = NUDGE_SIGNAL if hasattr(_signal, "pthread_kill") else None
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
    """The deadline of one thread's runs: armed by each run, disarmed when it ends."""

    __slots__ = ("active", "deadline", "entry", "fired", "restore", "thread_id", "wake")

    def __init__(self, thread_id: int) -> None:
        self.thread_id = thread_id
        self.active = False
        #: when the watchdog interrupts the run (its deadline, then every ``REPEAT``)
        self.deadline = 0.0
        #: the guard's live heap entry ``(when, seq, guard)``, or None
        self.entry: tuple[float, int, Guard] | None = None
        self.fired = False
        #: the ``NUDGE_SIGNAL`` handler to put back, or ``_NO_NUDGE``
        self.restore: Any = _NO_NUDGE
        #: set by an interruptible sleep while it waits (``apptest.runtime._sleep``)
        self.wake: threading.Event | None = None


_lock = threading.Lock()
_wakeup = threading.Condition(_lock)
_heap: list[tuple[float, int, Guard]] = []
_seq = 0
#: a push onto a heap this long drops the dead entries first
_limit = 64
#: the longest wait in one go (a lock wait overflows on an infinite deadline)
_MAX_WAIT = 3600.0
_thread: threading.Thread | None = None
#: ``guard``: the calling thread's guard (set by its first run)
_local = threading.local()
_main_id = threading.main_thread().ident


def current_guard() -> Guard | None:
    """The guard armed in the calling thread, if any."""
    guard: Guard | None = getattr(_local, "guard", None)
    return guard if guard is not None and guard.active else None


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
    guard: Guard | None = getattr(_local, "guard", None)
    if guard is None:
        guard = _local.guard = Guard(threading.get_ident())
    elif guard.active:
        return _nested(fn, deadline, guard)
    try:
        with _lock:
            guard.deadline = deadline
            guard.active = True
            entry = guard.entry
            if guard.fired or entry is None or entry[0] > deadline:
                _arm(guard, deadline)
        if guard.thread_id == _main_id and _NUDGE is not None:
            _install_nudge(guard)
        return fn()
    finally:
        # an injection delivered while disarming is dropped; no backward jump in between
        while guard.active or guard.restore is not _NO_NUDGE:
            try:
                _disarm(guard)
            except ScriptInterrupt:
                pass


def _nested(fn: Callable[[], T], deadline: float, outer: Guard) -> T:
    """A run inside a run in the same thread: a guard of its own while it lasts."""
    _local.guard = Guard(outer.thread_id)
    try:
        return guarded(fn, deadline)
    finally:
        _local.guard = outer


def _arm(guard: Guard, deadline: float) -> None:
    """Arming's rarer part (lock held): forget what fired last time, push an entry."""
    global _seq
    if guard.fired:
        guard.fired = False
        if guard.wake is not None:
            guard.wake.clear()
    entry = guard.entry
    if entry is not None and entry[0] <= deadline:
        return
    if len(_heap) >= _limit:
        _compact()
    if _thread is None:
        _start()
    elif not _heap or deadline < _heap[0][0]:  # earlier than what the watchdog waits for
        _wakeup.notify()
    _seq += 1
    guard.entry = entry = (deadline, _seq, guard)
    heapq.heappush(_heap, entry)


def _disarm(guard: Guard) -> None:
    with _lock:
        guard.active = False
        if guard.fired:
            _set_async_exc(guard.thread_id, None)
    if guard.restore is not _NO_NUDGE:
        _signal.signal(NUDGE_SIGNAL, guard.restore)
        guard.restore = _NO_NUDGE


def _compact() -> None:
    """Drop the entries that are not live or whose guard is disarmed (lock held)."""
    global _limit
    kept = []
    for entry in _heap:
        guard = entry[2]
        if guard.entry is entry:
            if guard.active:
                kept.append(entry)
            else:
                guard.entry = None
    _heap[:] = kept
    heapq.heapify(_heap)
    _limit = 2 * len(_heap) + 64


def _start() -> None:
    global _thread
    _thread = threading.Thread(target=_watch, name="apptest-watchdog", daemon=True)
    _thread.start()


def _watch() -> None:
    with _lock:
        while True:
            if not _heap:
                _wakeup.wait()
                continue
            wait = _step(_heap[0])
            if wait > 0:
                _wakeup.wait(min(wait, _MAX_WAIT))


def _step(entry: tuple[float, int, Guard]) -> float:
    """Handle the earliest entry (lock held); returns how long to wait, else 0."""
    when, _, guard = entry
    if guard.entry is not entry or not guard.active:  # replaced, or its run has ended
        heapq.heappop(_heap)
        if guard.entry is entry:
            guard.entry = None
    elif guard.deadline > when:  # armed again since, for later
        _requeue(guard, entry)
    else:
        wait = when - perf_counter()
        if wait > 0:
            return wait
        _fire(guard, entry)
    return 0


def _requeue(guard: Guard, entry: tuple[float, int, Guard]) -> None:
    """Move the guard's live entry, the earliest one, to the guard's deadline."""
    guard.entry = moved = (guard.deadline, entry[1], guard)
    heapq.heapreplace(_heap, moved)


def _fire(guard: Guard, entry: tuple[float, int, Guard]) -> None:
    """Interrupt an expired guard's thread (with the lock held); repeat until disarmed."""
    guard.deadline = perf_counter() + REPEAT
    _requeue(guard, entry)
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


def _install_nudge(guard: Guard) -> None:
    """Put the nudge handler on ``NUDGE_SIGNAL`` for the guard's run (main thread)."""
    # ``_signal`` is what ``signal`` wraps: same handlers, without the enum conversion
    # that makes ``signal.signal`` cost several microseconds on every run
    previous = _signal.getsignal(_NUDGE)
    if previous is None:  # a handler set from C: leave the signal alone
        return
    guard.restore = previous  # first: the handler is put back even if interrupted here
    _signal.signal(_NUDGE, _on_nudge)


def _on_nudge(signum: int, frame: Any) -> None:
    """Runs in the main thread: raise if its run is over its deadline."""
    guard = current_guard()
    if guard is None or not guard.fired:
        return
    if not isinstance(sys.exc_info()[1], ScriptInterrupt):  # not while one unwinds
        raise ScriptInterrupt
