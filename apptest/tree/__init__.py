"""The element tree and its query API."""

from __future__ import annotations

from apptest.tree._lists import BlockList, ElementList, WidgetList
from apptest.tree._nodes import Block, Element, ElementTree, Node, SpecialBlock, Widget
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
