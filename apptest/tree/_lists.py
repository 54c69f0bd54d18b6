"""Lists of nodes returned by queries (``at.button``, ``at.markdown``, ...)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, Generic, TypeVar, overload

from apptest.errors import ElementNotFoundError

T = TypeVar("T")


class ElementList(Generic[T]):
    """A read-only list of nodes, as ``streamlit.testing.v1`` returns them.

    Example:
        >>> at.markdown.values  # doctest: +SKIP
        ['Count = `1`']
    """

    def __init__(self, items: Sequence[T]) -> None:
        self._list = list(items)

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

    def __call__(self, key: Any = None, *, label: str | None = None) -> T:
        """The first node with this key (or label).

        Example:
            >>> at.text_input(key="name").input("Bo").run()  # doctest: +SKIP
        """
        for e in self._list:
            if (key is None or getattr(e, "key", None) == key) and (
                label is None or getattr(e, "label", None) == label
            ):
                return e
        shown = ", ".join(
            f"key={getattr(e, 'key', None)!r} label={getattr(e, 'label', None)!r}" for e in self._list
        )
        wanted = f"key {key!r}" if label is None else f"key {key!r} and label {label!r}"
        raise ElementNotFoundError(
            f"No element with {wanted}; there are {len(self._list)}: [{shown}]"
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._list!r})"


class WidgetList(ElementList[T]):
    """A list of widgets."""


class BlockList(ElementList[T]):
    """A list of blocks (columns, forms, ...)."""
