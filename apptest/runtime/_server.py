"""``Server``: what all tabs of one app share (script, config, clock, caches).

The rest of the runtime (sessions, caches, plugins) is imported when the first server is
made, so that ``from apptest import AppTest`` stays cheap.
"""

from __future__ import annotations

import _thread
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from apptest.runtime._config import load_config
from apptest.runtime._secrets import Secrets

if TYPE_CHECKING:
    from apptest.runtime._cache_store import CacheInfo, ServerCaches
    from apptest.runtime._script import Script
    from apptest.runtime._session import Session


_CACHES_LOCK = _thread.allocate_lock()  # threading.Lock, without importing threading


class Server:
    """A simulated Streamlit server for one app.

    Example:
        >>> server = Server(Script.from_source("import streamlit as st"))  # doctest: +SKIP
        >>> tab = server.session()  # doctest: +SKIP
    """

    def __init__(self, script: Script, *, config: Mapping[str, Any] | None = None,
                 plugins: Iterable[object] = ()) -> None:
        from apptest.runtime._clock import Clock
        from apptest.runtime._plugins import PluginHost

        self.script = script
        self.config_overrides = dict(config or {})
        self.config = load_config(script.directory, self.config_overrides)
        self.sessions: list[Session] = []
        #: the clock apps and time-based features see (harness timeouts use real time)
        self.clock = Clock()
        self._caches: ServerCaches | None = None
        #: ``st.secrets``: only what the test passed (``Secrets(None)``: no secrets at all)
        self.secrets = Secrets(None)
        #: ``st.connection(name)`` returns ``connections[name]`` (filled by the test or a plugin)
        self.connections: dict[str, Any] = {}
        #: this server's apptest plugins (entry points and ``plugins=``) and their hooks
        self.plugins = PluginHost(plugins)

    @property
    def caches(self) -> ServerCaches:
        """``st.cache_data`` / ``st.cache_resource`` entries shared by all its sessions.

        Made when first needed, so an app that caches nothing never loads the caches.
        """
        caches = self._caches
        if caches is None:
            with _CACHES_LOCK:
                caches = self._caches
                if caches is None:
                    from apptest.runtime._cache_store import ServerCaches

                    caches = self._caches = ServerCaches(clock=self.clock.time)
        return caches

    def session(self, *, driver: Any = None) -> Session:
        """Open a new tab (a new session with empty state).

        Example:
            >>> tab = server.session()  # doctest: +SKIP
        """
        from apptest.runtime._session import Session

        session = Session(self, driver=driver)
        self.sessions.append(session)
        self.plugins.session_start(session)
        return session

    def close_session(self, session: Session) -> None:
        """Close a tab: its state and its ``scope="session"`` caches are gone.

        Example:
            >>> server.close_session(tab)  # doctest: +SKIP
        """
        from apptest.runtime import _lifecycle

        if session in self.sessions:
            self.plugins.session_finish(session)
        _lifecycle.close_session(self, session)

    def restart(self) -> None:
        """Crash and restart: every session's state and the in-memory caches are wiped.

        Open tabs reconnect, keep their URL and start blank; ``persist="disk"`` entries stay.

        Example:
            >>> server.restart()  # doctest: +SKIP
        """
        from apptest.runtime import _lifecycle

        for session in self.sessions:
            self.plugins.session_finish(session)
        _lifecycle.restart(self)
        for session in self.sessions:
            self.plugins.session_start(session)

    def cache_info(self) -> CacheInfo:
        """Hits, misses and live entries per cached function, shared by all sessions.

        Example:
            >>> server.cache_info()["load_data"].misses  # doctest: +SKIP
            1
        """
        return self.caches.info()
