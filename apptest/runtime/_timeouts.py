"""A run's timeout, from the app's point of view: guard the run, name where it was.

:func:`run_with_timeout` guards one ``Session.run`` with the watchdog
(:mod:`apptest.runtime._watchdog`) and turns the interrupt into
:class:`~apptest.errors.ScriptTimeoutError`, whose message starts as Streamlit's
(``AppTest script run timed out after 1(s)``) and then names the app file, line and code
the run was on. When the run ends with an exception, the run's context variable is put
back, even if the interrupt landed while it was being reset.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, TypeVar

from apptest.errors import ScriptTimeoutError
from apptest.runtime._context import bind, maybe_current_run
from apptest.runtime._watchdog import ScriptInterrupt, guarded

if TYPE_CHECKING:
    import traceback

    from apptest.runtime._context import ScriptRun

T = TypeVar("T")

_APPTEST_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep


@functools.cache
def _library_dirs() -> tuple[str, ...]:
    """The standard library's and installed packages' folders (read on the first timeout)."""
    import sysconfig

    return tuple(
        {os.path.abspath(sysconfig.get_paths()[key]) + os.sep
         for key in ("stdlib", "platstdlib", "purelib", "platlib")}
    )


def run_with_timeout(fn: Callable[[], T], deadline: float, timeout: float) -> T:
    """Call ``fn()`` under ``deadline``; raise ``ScriptTimeoutError`` if it passes.

    Example:
        >>> from apptest.runtime._freeze import perf_counter
        >>> run_with_timeout(lambda: "done", perf_counter() + 1, 1)
        'done'
    """
    outer = maybe_current_run()
    try:
        return guarded(fn, deadline)
    except ScriptInterrupt as exc:
        _rebind(outer)
        first: BaseException = exc  # a repeated interrupt may land while the first unwinds
        while isinstance(first.__context__, ScriptInterrupt):
            first = first.__context__
        raise ScriptTimeoutError(timeout_message(timeout, first.__traceback__)) from None
    except BaseException:
        _rebind(outer)
        raise


def _rebind(outer: ScriptRun | None) -> None:
    """Put the run's context variable back (a run that returned has put it back itself)."""
    if maybe_current_run() is not outer:
        bind(outer)


def timeout_message(timeout: float, tb: TracebackType | None) -> str:
    """Streamlit's message, then the app's file, line and code the run was on.

    Example:
        >>> timeout_message(1, None)
        'AppTest script run timed out after 1(s)'
    """
    import linecache
    import traceback

    message = f"AppTest script run timed out after {timeout}(s)"
    frame = _app_frame(traceback.extract_tb(tb)) if tb is not None else None
    if frame is None:
        return message
    code = (frame.line or linecache.getline(frame.filename, frame.lineno or 0)).strip()
    where = f'\n  File "{frame.filename}", line {frame.lineno}, in {frame.name}'
    return message + where + (f"\n    {code}" if code else "")


def _app_frame(frames: traceback.StackSummary) -> traceback.FrameSummary | None:
    """The innermost frame of the app's own code (else of anything but apptest)."""
    outside = [f for f in frames if not _in(f.filename, (_APPTEST_DIR,))]
    app = [f for f in outside if not _in(f.filename, _library_dirs())]
    chosen = app or outside
    return chosen[-1] if chosen else None


def _in(filename: str, dirs: tuple[str, ...]) -> bool:
    return os.path.abspath(filename).startswith(dirs)
