"""Lists of nodes returned by queries (``at.button``, ``at.markdown``, ...)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, Generic, TypeVar, overload

from apptest.tree._query import Query, TextPattern, not_found

T = TypeVar("T")


class ElementList(Generic[T]):
    """A read-only list of nodes, as ``streamlit.testing.v1`` returns them.

    Example:
        >>> at.markdown.values  # doctest: +SKIP
        ['Count = `1`']
    """

    def __init__(
        self, items: Sequence[T], *, kind: str | None = None, scope: Any = None
    ) -> None:
        self._list = list(items)
        #: the collection name and block these nodes were taken from (for error messages)
        self._kind = kind
        self._scope = scope

    @classmethod
    def _wrap(cls, items: list[T], kind: str | None, scope: Any) -> ElementList[T]:
        """A list over ``items`` itself (a fresh list no one else holds): no copy."""
        wrapped = cls.__new__(cls)
        wrapped._list, wrapped._kind, wrapped._scope = items, kind, scope
        return wrapped

    def __len__(self) -> int:
        return len(self._list)

    @property
    def len(self) -> int:
        """The number of nodes (``len(list)``)."""
        return len(self._list)

    @overload
    def __getitem__(self, idx: int) -> T: ...

    @overload
    def __getitem__(self, idx: slice) -> ElementList[T]: ...

    def __getitem__(self, idx: int | slice) -> T | ElementList[T]:
        if isinstance(idx, slice):
            return type(self)(self._list[idx])
        return self._list[idx]

    def __iter__(self) -> Iterator[T]:
        return iter(self._list)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ElementList):
            return self._list == other._list
        return self._list == other

    __hash__ = None  # type: ignore[assignment]

    @property
    def values(self) -> list[Any]:
        """The ``value`` of every node, in order."""
        return [getattr(e, "value", None) for e in self._list]

    def __call__(
        self,
        key: Any = None,
        *,
        label: TextPattern | None = None,
        text: TextPattern | None = None,
        exact: bool = True,
    ) -> T:
        """The first node with this key (and/or label, shown text).

        ``label`` and ``text`` take a string (equal, or contained with ``exact=False``)
        or a compiled regular expression; see ``docs/finding-elements.md``. Raises
        ``ElementNotFoundError`` (a ``KeyError``) listing what is there if none matches.

        Example:
            >>> at.text_input(key="name").input("Bo").run()  # doctest: +SKIP
            >>> at.button(label="Increment").click().run()  # doctest: +SKIP
        """
        query = Query(self._kind, key, label, text, exact)
        for e in self._list:
            if query.matches(e):
                return e
        raise not_found(query, self._scope, self._list)

    def __repr__(self) -> str:
        from apptest.tree._render import node_line

        return f"{type(self).__name__}([{', '.join(node_line(e) for e in self._list)}])"  # type: ignore[arg-type]


class WidgetList(ElementList[T]):
    """A list of widgets."""


class BlockList(ElementList[T]):
    """A list of blocks (columns, forms, ...)."""
