"""The element tree and its query API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from apptest._lazy import lazy_getattr
from apptest.tree._lists import BlockList, ElementList, WidgetList
from apptest.tree._nodes import Block, Element, ElementTree, Node, SpecialBlock, Widget

if TYPE_CHECKING:
    from apptest.tree._serialize import SnapshotOptions, serialize

__all__ = [
    "Block",
    "BlockList",
    "Element",
    "ElementList",
    "ElementTree",
    "Node",
    "SnapshotOptions",
    "SpecialBlock",
    "Widget",
    "WidgetList",
    "serialize",
]
# snapshots (``apptest.snapshot``) are imported on first use
__getattr__ = lazy_getattr(globals(), dict.fromkeys(("SnapshotOptions", "serialize"),
                                                    "apptest.tree._serialize"))
