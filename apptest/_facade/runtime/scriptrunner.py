"""``streamlit.runtime.scriptrunner``: pass the run's context to threads the app starts.

Example:
    >>> import threading
    >>> thread = threading.Thread(target=print)
    >>> add_script_run_ctx(thread, None) is thread
    True
"""

from __future__ import annotations

import threading
from typing import Any, TypeVar

from apptest.runtime._context import maybe_current_run
from apptest.runtime._threads import _LOGGER, _MISSING, CTX_ATTR, ScriptRunContext

T = TypeVar("T")

__all__ = ["ScriptRunContext", "add_script_run_ctx", "get_script_run_ctx"]


def get_script_run_ctx(suppress_warning: bool = False) -> ScriptRunContext | None:
    """The calling thread's run context, or ``None`` (and Streamlit's warning) if it has none.

    Example:
        >>> get_script_run_ctx(suppress_warning=True) is None  # outside a run
        True
    """
    thread = threading.current_thread()
    ctx = getattr(thread, CTX_ATTR, None)
    if isinstance(ctx, ScriptRunContext):
        return ctx
    run = maybe_current_run()
    if run is not None:
        return ScriptRunContext(run)
    if not suppress_warning:
        _LOGGER.warning(_MISSING, thread.name)
    return None


def add_script_run_ctx(thread: T | None = None, ctx: ScriptRunContext | None = None) -> T:
    """Give ``thread`` (default: the calling one) a run context: the current run's by default.

    Example:
        >>> t = threading.Thread(target=print)
        >>> add_script_run_ctx(t) is t
        True
    """
    target: Any = threading.current_thread() if thread is None else thread
    if ctx is None:
        ctx = get_script_run_ctx(suppress_warning=True)
    if ctx is not None:
        setattr(target, CTX_ATTR, ctx)
    return target  # type: ignore[no-any-return]
