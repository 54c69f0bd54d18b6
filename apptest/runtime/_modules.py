"""Installing the ``streamlit`` facade in ``sys.modules`` while scripts run.

The facade modules are put in place when the first run starts and the previous entries
(real Streamlit's, if it was imported) are put back when the last concurrent run ends,
so real Streamlit keeps working in the same process before, between and after runs.
"""

from __future__ import annotations

import sys
import threading
from types import ModuleType

from apptest.runtime import _sleep

_lock = threading.Lock()
_depth = 0
_saved: dict[str, ModuleType | None] = {}
_facade: dict[str, ModuleType] = {}


def facade_modules() -> dict[str, ModuleType]:
    """The facade's modules by the name a script imports them as (built once)."""
    if not _facade:
        from apptest._facade import modules

        _facade.update(modules())
    return _facade


def install() -> None:
    """Make ``import streamlit`` give the facade (re-entrant, thread-safe)."""
    global _depth
    with _lock:
        if _depth == 0:
            mods = facade_modules()
            get = sys.modules.get
            _saved.clear()
            _saved.update({name: get(name) for name in mods})
            sys.modules.update(mods)
            _sleep.patch()
        _depth += 1


def uninstall() -> None:
    """Undo ``install``; the last one out restores what was there before."""
    global _depth
    with _lock:
        _depth -= 1
        if _depth:
            return
        for name, previous in _saved.items():
            if previous is None:
                sys.modules.pop(name, None)
            else:
                sys.modules[name] = previous
        _saved.clear()
        _sleep.unpatch()
