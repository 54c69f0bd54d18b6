"""The simulated Streamlit runtime: server, sessions, script runs. No test-framework imports."""

from __future__ import annotations

from apptest.runtime._script import Script
from apptest.runtime._server import Server
from apptest.runtime._session import Session
from apptest.runtime._state import SessionState

__all__ = ["Script", "Server", "Session", "SessionState"]
