"""docs/widgets.md lists every widget collection apptest registers."""

from __future__ import annotations

from pathlib import Path

from apptest.elements import ELEMENTS  # noqa: F401 - loads every kind
from apptest.tree import Widget
from apptest.tree._nodes import COLLECTIONS

DOC = Path(__file__).resolve().parents[2] / "docs" / "widgets.md"


def test_every_widget_collection_is_documented() -> None:
    text = DOC.read_text()
    missing = [
        name
        for name, (cls, _) in COLLECTIONS.items()
        if issubclass(cls, Widget) and f"`{name}`" not in text
    ]
    assert missing == []
