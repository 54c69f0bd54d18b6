"""``st.user``, ``st.login`` and ``st.logout`` for one tab, with no identity provider.

The test decides who is logged in: ``at.user`` is the dict the app reads as ``st.user``
(real AppTest's default is ``{"email": "test@example.com"}``), ``at.login(claims)`` makes
it ``{"is_logged_in": True, **claims}`` and ``at.logout()`` makes it
``{"is_logged_in": False}``.

In the app, ``st.login(provider)`` needs no Authlib and no ``[auth]`` secrets: the
attempt is recorded (``at.login_attempts``) and the run goes on, as it does in Streamlit
while the browser is being redirected. ``st.logout()`` empties the user as Streamlit does
(keeping ``is_logged_in: False`` when the key was there); the rest of the run and the
next runs see the logged-out user.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from apptest.errors import AppTestError

DEFAULT_USER: dict[str, Any] = {"email": "test@example.com"}


class Identity:
    """Who the tab's user is, and the logins and logouts the app asked for."""

    def __init__(self) -> None:
        self.user: dict[str, Any] = dict(DEFAULT_USER)
        #: providers of ``st.login()`` calls, in order (``None`` is Streamlit's "default")
        self.login_attempts: list[str] = []
        self.logouts = 0

    def load(self, user: Any) -> None:
        """Take the test's ``at.user`` dict (copied) for the next run."""
        if not isinstance(user, dict):
            raise AppTestError(f"AppTest.user must be a dict, not {type(user).__name__}.")
        import copy

        self.user = copy.deepcopy(user)

    def view(self, secrets: Mapping[str, Any] | None) -> dict[str, Any]:
        """What ``st.user`` shows: with an ``[auth]`` secrets section, ``is_logged_in`` is
        always there (False unless the test logged a user in)."""
        info = dict(self.user)
        if "is_logged_in" not in info and secrets is not None and "auth" in secrets:
            info["is_logged_in"] = False
        return info

    def login(self, provider: str | None) -> None:
        """Record an ``st.login`` call."""
        self.login_attempts.append("default" if provider is None else provider)

    def logout(self) -> None:
        """``st.logout()``: forget the user (``is_logged_in`` stays, as False)."""
        had_flag = "is_logged_in" in self.user
        self.user = {"is_logged_in": False} if had_flag else {}
        self.logouts += 1


def logged_in(claims: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The ``at.user`` dict of a user logged in with ``claims``.

    Example:
        >>> logged_in({"email": "a@b.c"})
        {'is_logged_in': True, 'email': 'a@b.c'}
    """
    import copy

    return {"is_logged_in": True, **copy.deepcopy(dict(claims or {}))}
