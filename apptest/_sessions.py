"""Several tabs on one server: ``new_session``, ``close``, ``restart_server``, ``cache_stats``.

Each ``AppTest`` made by ``from_file`` / ``from_string`` / ``from_function`` has its own
server: nothing it caches is seen by another test. ``at.new_session()`` opens another
tab on the *same* server: its own session state, widgets, query parameters and page,
sharing the caches.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from apptest.errors import SessionClosedError

if TYPE_CHECKING:
    from apptest._apptest import AppTest
    from apptest.runtime import Server, Session
    from apptest.runtime._cache_store import CacheInfo


class SessionsMixin:
    """The tab and server verbs of ``AppTest``."""

    _server: Server
    _session: Session
    _closed: bool = False
    default_timeout: float
    args: tuple[Any, ...]
    kwargs: dict[str, Any]

    @property
    def server(self) -> Server:
        """The simulated server this tab is connected to (shared by ``new_session`` tabs)."""
        return self._server

    def new_session(self, *, query_params: Mapping[str, Any] | None = None) -> AppTest:
        """Open another tab on the same server: fresh state, shared caches.

        Example:
            >>> at2 = at.new_session().run()  # doctest: +SKIP
        """
        cls: Any = type(self)
        return cls(  # type: ignore[no-any-return]
            self._server.script, default_timeout=self.default_timeout, args=self.args,
            kwargs=self.kwargs, query_params=query_params, server=self._server,
        )

    def close(self) -> None:
        """Close this tab: its session state is gone; running it again raises.

        Example:
            >>> at.close()  # doctest: +SKIP
        """
        if not self._closed:
            self._server.close_session(self._session)
            self._closed = True

    def restart_server(self) -> None:
        """Crash and restart the server: every tab's state and the in-memory caches are wiped.

        Example:
            >>> at.restart_server()  # doctest: +SKIP
            >>> at.run().session_state.to_dict()  # doctest: +SKIP
            {...fresh state...}
        """
        self._server.restart()

    def cache_stats(self) -> CacheInfo:
        """Hits, misses and live entries per cached function on this tab's server.

        Example:
            >>> at.cache_stats()["load_data"].misses  # doctest: +SKIP
            1
        """
        return self._server.cache_info()

    def _check_open(self) -> None:
        if self._closed:
            raise SessionClosedError(
                "This AppTest's tab was closed with close(); open another one with "
                "new_session() on the same server, or make a new AppTest"
            )
