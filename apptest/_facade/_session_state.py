"""``st.session_state`` as the app sees it: a proxy to the current session's state."""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping
from typing import Any

from apptest.errors import (
    StreamlitWidgetAlreadyInstantiatedError,
    missing_attribute_message,
    missing_key_message,
)
from apptest.runtime._context import current_run
from apptest.runtime._state import ID_PREFIX, SessionState, check_user_key


def _state() -> SessionState:
    return current_run().session.state


def _user_key(key: Any) -> str:
    """Keys are strings, as widget keys are (``st.session_state[1]`` is ``"1"``)."""
    if type(key) is not str:
        key = str(key)
    if not key or key.startswith(ID_PREFIX):
        check_user_key(key)  # raises Streamlit's error
    return key


class SessionStateProxy(MutableMapping[Any, Any]):
    """Dict-like and attribute access to the running session's state."""

    def __getitem__(self, key: Any) -> Any:
        return current_run().session.state[_user_key(key)]

    def __setitem__(self, key: Any, value: Any) -> None:
        key = _user_key(key)
        run = current_run()
        state = run.session.state
        wid = state.key_to_id.get(key)
        if (wid is not None and wid in run.widget_ids) or key in run.form_ids:
            raise StreamlitWidgetAlreadyInstantiatedError(key)
        state[key] = value

    def __delitem__(self, key: Any) -> None:
        del _state()[_user_key(key)]

    def __contains__(self, key: object) -> bool:
        return (key if type(key) is str else str(key)) in current_run().session.state

    def __iter__(self) -> Iterator[Any]:
        return iter(_state().filtered_state())

    def __len__(self) -> int:
        return len(_state().filtered_state())

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError as exc:
            raise AttributeError(missing_attribute_message(key)) from exc

    def __setattr__(self, key: str, value: Any) -> None:
        self[key] = value

    def __delattr__(self, key: str) -> None:
        try:
            del self[key]
        except KeyError as exc:
            raise AttributeError(missing_attribute_message(key)) from exc

    def to_dict(self) -> dict[Any, Any]:
        """The user-visible state as a plain dict."""
        return _state().filtered_state()

    def __repr__(self) -> str:
        return repr(self.to_dict())

    __str__ = __repr__


__all__ = ["SessionStateProxy", "missing_key_message"]
