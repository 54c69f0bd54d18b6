"""``st.query_params``: a stateless proxy to the running session's query parameters.

Follows Streamlit's ``QueryParamsProxy``: item and attribute access return the last
value of a repeated key, ``get_all`` returns all of them, and the mapping methods
(``get``, ``keys``, ``pop``, ``setdefault``, ...) come from ``MutableMapping``.
"""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping
from typing import Any

from apptest.runtime._context import current_run
from apptest.runtime._query_params import QueryParams, missing_key_message


def _params() -> QueryParams:
    return current_run().session.query_params


class QueryParamsProxy(MutableMapping[str, str]):
    """What ``st.query_params`` is inside an app.

    Example:
        >>> st.query_params["page"] = "2"  # doctest: +SKIP
        >>> st.query_params.get_all("tag")  # doctest: +SKIP
        ['a', 'b']
    """

    def __iter__(self) -> Iterator[str]:
        return iter(_params())

    def __len__(self) -> int:
        return len(_params())

    def __str__(self) -> str:
        return str(_params())

    def __getitem__(self, key: str) -> str:
        try:
            return _params()[key]
        except KeyError:
            raise KeyError(missing_key_message(key)) from None

    def __setitem__(self, key: str, value: Any) -> None:
        _params()[key] = value

    def __delitem__(self, key: str) -> None:
        del _params()[key]

    def __getattr__(self, key: str) -> str:
        if key.startswith("__"):
            raise AttributeError(key)
        try:
            return _params()[key]
        except KeyError:
            raise AttributeError(f'st.query_params has no attribute "{key}".') from None

    def __setattr__(self, key: str, value: Any) -> None:
        _params()[key] = value

    def __delattr__(self, key: str) -> None:
        try:
            del _params()[key]
        except KeyError:
            raise AttributeError(missing_key_message(key)) from None

    def update(self, params: Any = (), /, **kwds: Any) -> None:
        """Set several parameters: a mapping or pairs, then keyword arguments.

        Example:
            >>> st.query_params.update({"foo": "bar"}, stream=["lit", "rocks"])  # doctest: +SKIP
        """
        _params().update(params, **kwds)

    def get_all(self, key: str) -> list[str]:
        """Every value of a (repeated) key; ``[]`` when it is absent.

        Example:
            >>> st.query_params.get_all("tag")  # doctest: +SKIP
            ['a', 'b']
        """
        return _params().get_all(key)

    def clear(self) -> None:
        """Remove every query parameter from the URL.

        Example:
            >>> st.query_params.clear()  # doctest: +SKIP
        """
        _params().clear()

    def to_dict(self) -> dict[str, str]:
        """Every parameter with its last value.

        Example:
            >>> st.query_params.to_dict()  # doctest: +SKIP
            {'tag': 'b'}
        """
        return _params().to_dict()

    def from_dict(self, params: Any) -> None:
        """Replace all parameters with a mapping or an iterable of pairs.

        Example:
            >>> st.query_params.from_dict({"foo": "bar", "baz": ["one", "two"]})  # doctest: +SKIP
        """
        _params().from_dict(params)

    @staticmethod
    def missing_key_error_message(key: str) -> str:
        """Streamlit's message for a missing key."""
        return missing_key_message(key)

    @staticmethod
    def missing_attr_error_message(key: str) -> str:
        """Streamlit's message for a missing attribute."""
        return f'st.query_params has no attribute "{key}".'
