"""``st.secrets``: a stateless proxy to the secrets of the running app's server.

See ``apptest.runtime._secrets`` for where the secrets come from (only from the test).
"""

from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any

from apptest.runtime._context import current_run
from apptest.runtime._secrets import ReadOnly, Secrets


def _secrets() -> Secrets:
    return current_run().session.server.secrets  # type: ignore[no-any-return]


class SecretsProxy(ReadOnly, Mapping[str, Any]):
    """What ``st.secrets`` is inside an app.

    Example:
        >>> st.secrets.db.user, st.secrets["token"]  # doctest: +SKIP
        ('bob', 'abc')
    """

    def __getitem__(self, key: str) -> Any:
        return _secrets()[key]

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(_secrets(), name)

    def __len__(self) -> int:
        return len(_secrets())

    def __iter__(self) -> Iterator[str]:
        return iter(_secrets())

    def __contains__(self, key: object) -> bool:
        return key in _secrets()

    def __repr__(self) -> str:
        return repr(_secrets())

    def has_key(self, k: str) -> bool:
        """Whether ``k`` is a top-level secret."""
        return _secrets().has_key(k)

    def keys(self) -> KeysView[str]:
        """The top-level names."""
        return _secrets().keys()

    def values(self) -> ValuesView[Any]:
        """The top-level values."""
        return _secrets().values()

    def items(self) -> ItemsView[str, Any]:
        """The top-level ``(name, value)`` pairs."""
        return _secrets().items()

    def to_dict(self) -> dict[str, Any]:
        """A deep copy of all secrets as plain dicts."""
        return _secrets().to_dict()
