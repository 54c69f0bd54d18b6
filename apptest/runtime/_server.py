"""``Server``: what all tabs of one app share (script, config; caches later)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from apptest.runtime._clock import Clock
from apptest.runtime._config import load_config
from apptest.runtime._script import Script
from apptest.runtime._session import Session


class Server:
    """A simulated Streamlit server for one app.

    Example:
        >>> server = Server(Script.from_source("import streamlit as st"))  # doctest: +SKIP
        >>> tab = server.session()  # doctest: +SKIP
    """

    def __init__(self, script: Script, *, config: Mapping[str, Any] | None = None) -> None:
        self.script = script
        self.config_overrides = dict(config or {})
        self.config = load_config(script.directory, self.config_overrides)
        self.sessions: list[Session] = []
        #: the clock apps and time-based features see (harness timeouts use real time)
        self.clock = Clock()

    def session(self, *, driver: Any = None) -> Session:
        """Open a new tab (a new session with empty state).

        Example:
            >>> tab = server.session()  # doctest: +SKIP
        """
        session = Session(self, driver=driver)
        self.sessions.append(session)
        return session
