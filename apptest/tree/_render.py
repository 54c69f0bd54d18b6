"""A compact, deterministic text rendering of a tree: one line per node.

Each line is the node's kind, then its key, label and (for elements) value when it has
them, indented two spaces per block level::

    main
      title value='Counter Example'
      column
        button key='inc' label='Increment' value=False

Works for any node kind (only ``.type``, ``.key``, ``.label``, ``.value`` and
``.children`` are read). Values are shown with ``repr``, shortened to 80 characters,
without memory addresses (``<function f>``, not ``<function f at 0x7f...>``), on one
line (a data frame is ``<DataFrame shape=(3, 2)>``), and sets are sorted, so the text is
the same from one test session to the next.
"""

from __future__ import annotations

import re
from typing import Any

from apptest.runtime._secrets import mask_secrets, secret_strings
from apptest.tree._nodes import Block, Node

_MAX_VALUE = 80
_ADDRESS = re.compile(r" (?:object )?at 0x[0-9a-fA-F]+")


def _repr(value: Any) -> str:
    if isinstance(value, (set, frozenset)) and value:
        items = ", ".join(sorted(map(short_value, value)))
        return f"{{{items}}}" if type(value) is set else f"{type(value).__name__}({{{items}}})"
    return repr(value)


def short_value(value: Any) -> str:
    """``repr(value)`` on one line, at most 80 characters, with no memory address.

    Example:
        >>> short_value(lambda: 0)
        '<function <lambda>>'
        >>> short_value({"b", "a"})
        "{'a', 'b'}"
    """
    try:
        text = _ADDRESS.sub("", _repr(value))
    except Exception:  # a broken __repr__ must not break printing
        text = f"<{type(value).__name__}>"
    if "\n" in text:
        shape = getattr(value, "shape", None)
        if isinstance(shape, tuple):
            text = f"<{type(value).__name__} shape={shape}>"
        else:
            text = " ".join(text.split())
    return text if len(text) <= _MAX_VALUE else text[: _MAX_VALUE - 3] + "..."


class _Unreadable:
    """Stands for an attribute whose property raised: shown as ``<error: ValueError>``."""

    def __init__(self, exc: Exception) -> None:
        self.name = type(exc).__name__

    def __repr__(self) -> str:
        return f"<error: {self.name}>"


def _attr(node: Node, name: str) -> Any:
    try:
        return getattr(node, name, None)
    except Exception as exc:  # a broken property must not break printing
        return _Unreadable(exc)


def plugin_text(node: Node) -> str | None:
    """A plugin's text for ``node`` (``apptest_serialize_element``), or None.

    Example:
        >>> plugin_text(at.component[0])  # doctest: +SKIP
        "option_menu value='Home'"
    """
    session = node._session
    if session is None or not session.server.plugins.serializer:
        return None
    return session.server.plugins.serialize(node)


def node_line(node: Node) -> str:
    """One line describing a node: kind, key, label and value (or a plugin's text).

    Example:
        >>> node_line(at.button[0])  # doctest: +SKIP
        "button key='inc' label='Increment' value=False"
    """
    custom = plugin_text(node)
    if custom is not None:
        return _masked(" ".join(custom.splitlines()), node._session)
    parts = [str(_attr(node, "type"))]
    key = _attr(node, "key")
    if key is not None:
        parts.append(f"key={short_value(key)}")
    label = _attr(node, "label")
    if label:
        parts.append(f"label={short_value(label)}")
    if not isinstance(node, Block):
        parts.append(f"value={short_value(_attr(node, 'value'))}")
    return _masked(" ".join(parts), node._session)


def render(block: Block, indent: int = 0) -> str:
    """The block and everything under it, indented by nesting.

    The root of a tree is not a line of its own: its areas (``main``, then ``sidebar``
    and the others when they have content) are at the top level.
    """
    lines: list[str] = []
    _walk(block, indent, lines)
    return _without_secrets("\n".join(lines), block)


def _without_secrets(text: str, block: Block) -> str:
    """Mask the app's secret values (``st.secrets``) wherever they are shown."""
    return _masked(text, next((n._session for n in block if n._session is not None), None))


def _masked(text: str, session: Any) -> str:
    if session is None:
        return text
    secrets = secret_strings(session.server.secrets.values_or_none())
    return mask_secrets(text, secrets) if secrets else text


def _walk(node: Node, depth: int, lines: list[str]) -> None:
    if isinstance(node, Block) and node.type == "root":
        for child in node.children.values():
            if isinstance(child, Block) and not child.children and child.type != "main":
                continue
            _walk(child, depth, lines)
        return
    lines.append("  " * depth + node_line(node))
    children = _attr(node, "children")
    if isinstance(children, dict):
        for child in children.values():
            _walk(child, depth + 1, lines)
