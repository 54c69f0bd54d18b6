"""The simulated Streamlit runtime: server, sessions, script runs. No test-framework imports.

The classes are imported on first use, so that a submodule (or ``from apptest import
AppTest``) does not load the whole runtime.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from apptest._lazy import lazy_getattr

if TYPE_CHECKING:
    from apptest.runtime._script import Script
    from apptest.runtime._server import Server
    from apptest.runtime._session import Session
    from apptest.runtime._state import SessionState

__all__ = ["Script", "Server", "Session", "SessionState"]
__getattr__ = lazy_getattr(globals(), {
    "Script": "apptest.runtime._script",
    "Server": "apptest.runtime._server",
    "Session": "apptest.runtime._session",
    "SessionState": "apptest.runtime._state",
})
