"""``st.user``, ``st.login`` and ``st.logout`` inside an app (see ``apptest.runtime._auth``).

``UserInfoProxy`` and ``TokensProxy`` copy ``streamlit.user_info``: item and attribute
access with Streamlit's messages, read-only, ``to_dict`` and ``tokens``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, NoReturn

from apptest.errors import StreamlitAPIException
from apptest.runtime._context import current_run


def _user_info() -> dict[str, Any]:
    session = current_run().session
    return session.identity.view(session.server.secrets.values_or_none())  # type: ignore[no-any-return]


def _read_only(what: str) -> StreamlitAPIException:
    error_id = "user-tokens-cannot-be-modified" if "tokens" in what else "user-cannot-be-modified"
    return StreamlitAPIException(f"{what} cannot be modified", error_id=error_id)


class TokensProxy(Mapping[str, str]):
    """``st.user.tokens``: the tokens in the test's ``at.user["tokens"]``."""

    _tokens: dict[str, str]

    def __init__(self, tokens: Mapping[str, str]) -> None:
        self.__dict__["_tokens"] = dict(tokens)

    def __getitem__(self, key: str) -> str:
        return self._tokens[key]

    def __getattr__(self, key: str) -> str:
        try:
            return self.__dict__["_tokens"][key]  # type: ignore[no-any-return]
        except KeyError:
            raise AttributeError(f'Token "{key}" is not exposed or does not exist.') from None

    def __setattr__(self, name: str, value: Any) -> NoReturn:
        raise _read_only("st.user.tokens")

    def __setitem__(self, name: str, value: Any) -> NoReturn:
        raise _read_only("st.user.tokens")

    def __iter__(self) -> Iterator[str]:
        return iter(self._tokens)

    def __len__(self) -> int:
        return len(self._tokens)

    def to_dict(self) -> dict[str, str]:
        """The tokens as a plain dict."""
        return dict(self._tokens)


class UserInfoProxy(Mapping[str, Any]):
    """What ``st.user`` is inside an app.

    Example:
        >>> st.user.is_logged_in, st.user.email  # doctest: +SKIP
        (True, 'ada@example.com')
    """

    def __getitem__(self, key: str) -> Any:
        if key == "tokens":
            return self.tokens
        try:
            return _user_info()[key]
        except KeyError:
            raise KeyError(f'st.user has no key "{key}".') from None

    def __getattr__(self, key: str) -> Any:
        if key.startswith("__"):
            raise AttributeError(key)
        try:
            return _user_info()[key]
        except KeyError:
            raise AttributeError(f'st.user has no attribute "{key}".') from None

    def __setattr__(self, name: str, value: Any) -> NoReturn:
        raise _read_only("st.user")

    def __setitem__(self, name: str, value: Any) -> NoReturn:
        raise _read_only("st.user")

    def __iter__(self) -> Iterator[str]:
        return iter(_user_info())

    def __len__(self) -> int:
        return len(_user_info())

    def to_dict(self) -> dict[str, Any]:
        """The user's claims as a plain dict."""
        return _user_info()

    @property
    def tokens(self) -> TokensProxy:
        """The exposed tokens (``at.user["tokens"]``)."""
        return TokensProxy(_user_info().get("tokens", {}))


def login(provider: str | None = None) -> None:
    """``st.login``: record the attempt (``at.login_attempts``); the run goes on.

    Example:
        >>> if st.button("Log in"): st.login("google")  # doctest: +SKIP
    """
    current_run().session.identity.login(provider)


def logout() -> None:
    """``st.logout``: the user is logged out for the rest of the run and the next runs.

    Example:
        >>> if st.button("Log out"): st.logout()  # doctest: +SKIP
    """
    current_run().session.identity.logout()
