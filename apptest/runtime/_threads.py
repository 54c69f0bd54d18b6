"""``st.*`` calls from threads the app starts, as in Streamlit.

A thread started by the app does not inherit the run's context variable. As in Streamlit:

* a thread given the run's context with ``add_script_run_ctx(thread)`` (before it starts)
  writes to that run: its elements appear on the page, its widgets work;
* a thread without it gets Streamlit's bare-mode behaviour: the warning
  ``Thread 'name': missing ScriptRunContext! ...`` is logged, elements go nowhere and
  widgets return their default value.

A thread that has driven a session itself (the test's thread) still gets
``NoScriptRunError`` outside a run, and so does any thread while no run is going on.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from apptest._lazy import LazyLogger
from apptest.runtime import _modules, _watchdog

if TYPE_CHECKING:
    from apptest.runtime._context import ScriptRun

#: Streamlit's logger and message for an ``st`` call from a thread without a context
_LOGGER = LazyLogger("streamlit.runtime.scriptrunner_utils.script_run_context")
_MISSING = (
    "Thread '%s': missing ScriptRunContext! This warning can be ignored when running in "
    "bare mode."
)
CTX_ATTR = "streamlit_script_run_ctx"
_bare: list[Any] = []


class ScriptRunContext:
    """What ``get_script_run_ctx()`` returns: a handle on the current run.

    Example:
        >>> ScriptRunContext.__name__
        'ScriptRunContext'
    """

    __slots__ = ("run",)

    def __init__(self, run: ScriptRun) -> None:
        self.run = run

    @property
    def session_id(self) -> str:
        """An id of the tab, stable across its runs (Streamlit's ``ctx.session_id``)."""
        return f"apptest-{id(self.run.session):x}"

    @property
    def page_script_hash(self) -> str:
        """The hash of the page being shown."""
        return str(self.run.session.page_hash)

    def __repr__(self) -> str:
        return f"ScriptRunContext(session_id={self.session_id!r})"


def thread_run() -> ScriptRun | None:
    """The run an ``st`` call from a thread without the context variable goes to.

    ``None`` means there is none: ``current_run`` then raises ``NoScriptRunError``.
    """
    ctx = getattr(threading.current_thread(), CTX_ATTR, None)
    if isinstance(ctx, ScriptRunContext):
        return ctx.run
    if _modules._depth == 0 or _watchdog.has_driven():
        return None
    _LOGGER.warning(_MISSING, threading.current_thread().name)
    return _bare_run()


def _bare_run() -> ScriptRun:
    """A run on a throwaway tab: what a call without context writes is seen by nobody."""
    if not _bare:
        from apptest.runtime._script import Script
        from apptest.runtime._server import Server

        _bare.append(Server(Script.from_source("", name="bare")))
    run = _bare[0].session().fragments.new_run(float("inf"), [])
    run.started = True
    return run  # type: ignore[no-any-return]
