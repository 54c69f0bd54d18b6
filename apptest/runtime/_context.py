"""The context of one script run, reachable by the facade through one ``ContextVar``.

There is no module-level singleton: ``st.button(...)`` finds its session through
``current_run()``, so several sessions can run in several threads at once.
"""

from __future__ import annotations

from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

from apptest.errors import NoScriptRunError
from apptest.runtime._freeze import perf_counter

if TYPE_CHECKING:
    from apptest.runtime._session import Session
    from apptest.tree._nodes import Block, ElementTree, Widget


class RerunRequest(BaseException):
    """Raised by ``st.rerun()`` to end the run and start a new one."""


class StopRequest(BaseException):
    """Raised by ``st.stop()`` to end the run quietly."""


class ScriptRun:
    """Everything that lives for one execution of the script."""

    __slots__ = (
        "deadline",
        "form_ids",
        "fragments",
        "in_callback",
        "session",
        "stack",
        "started",
        "tree",
        "user_keys",
        "widget_ids",
        "widgets",
    )

    def __init__(self, session: Session, tree: ElementTree, deadline: float) -> None:
        self.session = session
        self.tree = tree
        self.deadline = deadline
        self.stack: list[Block] = [tree.main]
        self.widget_ids: set[str] = set()
        self.user_keys: set[Any] = set()
        self.form_ids: set[str] = set()
        self.widgets: dict[str, Widget] = {}
        self.started = False
        self.in_callback = False
        #: the run's fragment state (``apptest.runtime._fragments.FragmentRun``)
        self.fragments: Any = None

    def check_deadline(self) -> None:
        """Interrupt the run when it is over its time (``ScriptTimeoutError`` for the test)."""
        if perf_counter() > self.deadline:
            from apptest.runtime._watchdog import ScriptInterrupt

            raise ScriptInterrupt


_current: ContextVar[ScriptRun | None] = ContextVar("apptest_script_run", default=None)


def current_run() -> ScriptRun:
    """The run the calling code belongs to; raises outside a run."""
    run = _current.get()
    if run is None:
        from apptest.runtime._threads import thread_run  # a thread the app started

        run = thread_run()
    if run is None:
        raise NoScriptRunError(
            "A streamlit function was called outside an app run. apptest binds "
            "`streamlit` to a session only while AppTest.run() executes the script."
        )
    return run


def maybe_current_run() -> ScriptRun | None:
    """The current run, or None outside a run."""
    return _current.get()


def bind(run: ScriptRun | None) -> Any:
    """Make ``run`` the current run; returns a token for ``unbind``."""
    return _current.set(run)


def unbind(token: Any) -> None:
    """Restore the run that was current before ``bind``."""
    _current.reset(token)
