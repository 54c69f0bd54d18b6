"""Tabs closing and servers restarting: what a session loses and what it keeps.

* Closing a tab ends its session: its state (session state, widget state, staged
  values, fragments, the last tree) is gone and its ``scope="session"`` caches are
  cleared (with ``on_release``). The other tabs and the shared caches are untouched.
* Restarting the server is a crash: every session loses its state and the in-memory
  caches and their stats are gone (no ``on_release`` runs, as no code runs in a crash).
  ``persist="disk"`` entries survive. The tabs stay open and reconnect: each keeps its
  URL (query parameters and page) and starts blank at its next run.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from apptest.runtime._query_params import from_test_dict
from apptest.runtime._session import Session

if TYPE_CHECKING:
    from apptest.runtime._server import Server


def reset_session(session: Session, *, keep_url: bool = True) -> None:
    """Give ``session`` the state of a fresh tab, in place (references to it stay valid)."""
    url = session.query_params.to_test_dict() if keep_url else {}
    page_hash = session.page_hash
    server, driver = session.server, session.driver
    session.__dict__.clear()
    Session.__init__(session, server, driver=driver)
    if keep_url:
        session.query_params.load(from_test_dict(url))
        session.page_hash = page_hash


def close_session(server: Server, session: Session) -> None:
    """End one tab: its state and its session-scoped caches are gone."""
    if session in server.sessions:
        server.sessions.remove(session)
    server.caches.end_session(session)
    reset_session(session, keep_url=False)


def restart(server: Server) -> None:
    """Crash and restart ``server``: every open tab reconnects with blank state."""
    server.caches.crash()
    for session in server.sessions:
        reset_session(session)
