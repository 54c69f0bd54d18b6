"""A comparable, plain-data view of an AppTest (real ``streamlit.testing.v1`` or ``apptest``).

Only API that exists on real ``streamlit.testing.v1.AppTest`` is used:

* ``at.main`` / ``at.sidebar`` are Blocks; ``block.children`` is a dict ``{index: node}``. The
  view walks it depth-first in index order, the order ``iter(block)`` yields (the block
  itself, then its descendants). Each entry is prefixed with its depth (0 for ``main`` itself)
  so that the flat list still pins the nesting: an element inside a form or column is
  distinguishable from one right after it.
* A node is a block when its ``children`` attribute is a dict (elements forward unknown
  attributes to their proto, which has no ``children`` field, so that lookup raises
  AttributeError).
* Elements: ``node.type``, ``node.key`` (user key or None), ``node.label`` (forwarded to the
  proto; absent on non-widgets), ``node.value``.
* Exceptions: ``node.proto.type`` (the class name, fully qualified for Streamlit errors, see
  ``tests._harness.exc_type``) and ``node.value`` (the message).
* Session state: iterating ``at.session_state`` yields the filtered user keys (user state and
  keyed widgets; unkeyed widgets and ``$$`` internals are hidden), and ``at.session_state[k]``
  reads each value. This is the same view as ``at.session_state.to_dict()`` (real AppTest's
  proxy reads ``SafeSessionState.filtered_state``), but only needs ``__iter__``/``__getitem__``.
"""

from __future__ import annotations

import datetime
from typing import Any

from tests._harness import exc_type

VALUE_ERROR = "<value raised {}>"

_PLAIN_SCALARS = (bool, int, float, str, type(None))
_TEMPORAL = (datetime.date, datetime.time, datetime.datetime, datetime.timedelta)


def plain(value: Any) -> Any:
    """Convert ``value`` to comparable plain data.

    Scalars and datetime objects are kept (NaN becomes ``"NaN"``), tuples/lists become lists,
    dicts are converted recursively, a pandas DataFrame becomes its columns, index and rows;
    anything else (functions, lambdas, locks, ...) is replaced by ``<TypeName>``.
    """
    if isinstance(value, float) and value != value:
        return "NaN"  # NaN never equals NaN
    if isinstance(value, _PLAIN_SCALARS) or isinstance(value, _TEMPORAL):
        return value
    if type(value).__name__ == "DataFrame" and hasattr(value, "to_dict"):
        split = value.to_dict("split")
        return {"DataFrame": {k: plain(split[k]) for k in ("columns", "index", "data")}}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    return f"<{type(value).__name__}>"


def _is_block(node: Any) -> bool:
    try:
        return isinstance(node.children, dict)
    except AttributeError:
        return False


def node_view(node: Any) -> tuple:
    """One node as a tuple: blocks ``(type, key)``, exceptions ``("exception", cls, msg)``,
    other elements ``(type, key, label, value)``."""
    if _is_block(node):
        return (node.type, getattr(node, "key", None))
    if node.type == "exception":
        return ("exception", exc_type(node), node.value)
    key = getattr(node, "key", None)
    try:
        label = node.label
    except AttributeError:
        label = None
    try:
        value = plain(node.value)
    except Exception as e:  # a node whose value cannot be read is still comparable
        value = VALUE_ERROR.format(type(e).__name__)
    return (node.type, key, label, value)


def block_view(block: Any, depth: int = 0) -> list[tuple]:
    """Depth-first list of ``(depth, *node_view)`` for the block itself and its descendants."""
    out = [(depth, *node_view(block))]
    for index in sorted(block.children):
        child = block.children[index]
        if _is_block(child):
            out.extend(block_view(child, depth + 1))
        else:
            out.append((depth + 1, *node_view(child)))
    return out


def session_state_view(at: Any) -> dict[str, Any]:
    state = at.session_state
    return {k: plain(state[k]) for k in state}


def normalize(at: Any) -> dict[str, Any]:
    return {
        "main": block_view(at.main),
        "sidebar": block_view(at.sidebar),
        "session_state": session_state_view(at),
    }
