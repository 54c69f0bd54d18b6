"""``at.session_state``: the test's view of a session's state (read, write, delete)."""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from apptest.runtime import Session


class SessionStateView(MutableMapping[Any, Any]):
    """Dict-like and attribute access to a session's user-visible state.

    Writes take effect at the next run, as with ``streamlit.testing.v1``.

    Example:
        >>> at.session_state["count"] = 5  # doctest: +SKIP
        >>> at.run().session_state.count  # doctest: +SKIP
        5
    """

    __slots__ = ("_session",)

    def __init__(self, session: Session) -> None:
        object.__setattr__(self, "_session", session)

    def __getitem__(self, key: Any) -> Any:
        return self._session.state[key]

    def __setitem__(self, key: Any, value: Any) -> None:
        self._session.state[key] = value

    def __delitem__(self, key: Any) -> None:
        del self._session.state[key]

    def __contains__(self, key: object) -> bool:
        return key in self._session.state.filtered_state()

    def __iter__(self) -> Iterator[Any]:
        return iter(self._session.state.filtered_state())

    def __len__(self) -> int:
        return len(self._session.state.filtered_state())

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError:
            raise AttributeError(f"{key} not found in session_state.") from None

    def __setattr__(self, key: str, value: Any) -> None:
        self[key] = value

    def __delattr__(self, key: str) -> None:
        try:
            del self[key]
        except KeyError:
            raise AttributeError(f"{key} not found in session_state.") from None

    def to_dict(self) -> dict[Any, Any]:
        """The user-visible state as a plain dict."""
        return self._session.state.filtered_state()

    def __repr__(self) -> str:
        return repr(self.to_dict())
