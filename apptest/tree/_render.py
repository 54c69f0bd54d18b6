"""A compact, deterministic text rendering of a tree: one line per node."""

from __future__ import annotations

from typing import Any

from apptest.tree._nodes import Block, Node

_MAX_VALUE = 80


def _short(value: Any) -> str:
    text = repr(value)
    if " at 0x" in text:  # no memory addresses in output
        text = f"<{type(value).__name__}>"
    return text if len(text) <= _MAX_VALUE else text[: _MAX_VALUE - 3] + "..."


def node_line(node: Node) -> str:
    """One line describing a node: kind, key, label and value."""
    parts = [node.type]
    key = getattr(node, "key", None)
    if key is not None:
        parts.append(f"key={key!r}")
    label = getattr(node, "label", None)
    if label:
        parts.append(f"label={label!r}")
    if not isinstance(node, Block):
        try:
            value = getattr(node, "value", None)
        except Exception as exc:  # a broken value must not break printing
            value = f"<error: {exc}>"
        parts.append(f"value={_short(value)}")
    return " ".join(parts)


def render(block: Block, indent: int = 0) -> str:
    """The block and everything under it, indented by nesting."""
    lines: list[str] = []
    _walk(block, indent, lines)
    return "\n".join(lines)


def _walk(node: Node, depth: int, lines: list[str]) -> None:
    if isinstance(node, Block) and node.type == "root":
        for child in node.children.values():
            if isinstance(child, Block) and not child.children and child.type != "main":
                continue
            _walk(child, depth, lines)
        return
    lines.append("  " * depth + node_line(node))
    if isinstance(node, Block):
        for child in node.children.values():
            _walk(child, depth + 1, lines)
