"""Recording the elements a cached function draws, and drawing them again on a cache hit.

Follows ``streamlit/runtime/caching/cached_message_replay.py``. While a cached function
computes, every node written is recorded with the place it was written to:

* a call on ``st`` (the cursor) is replayed on ``st`` at the hit, so it lands in
  whatever ``with`` block encloses the call then, unless it went into a container
  the function itself created;
* ``st.sidebar`` (and the other root areas) are replayed there;
* a container or placeholder created inside the function is re-created, and what was
  written into it is written into the new one;
* a container created *outside* the function cannot be found again: the hit raises
  Streamlit's ``CacheReplayClosureError`` (the miss itself works, as in Streamlit).

Replayed widgets are drawn but not registered (Streamlit replays their protobuf only):
they have no state and cannot be interacted with.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from apptest.elements._cache_scope import captures as _captures
from apptest.elements._cache_scope import in_cached_function as in_cached_function
from apptest.elements._dg import ADD_LISTENER, DeltaGenerator, SlotCursor
from apptest.errors import CacheReplayClosureError
from apptest.tree._nodes import Block, Node

Ref = tuple[Any, ...]
CURSOR: Ref = ("cursor",)


@dataclass(frozen=True)
class Recorded:
    """One node written by a cached function: where, what, and the place it opened."""

    target: Ref
    node: Node
    returns: Ref


@dataclass
class Capture:
    """The recording of one cached call (nested calls record into every open capture)."""

    records: list[Recorded] = field(default_factory=list)
    seen: set[Ref] = field(default_factory=set)


@contextmanager
def capturing() -> Iterator[Capture]:
    """Record the nodes written inside the block (for one cached call)."""
    capture = Capture()
    token = _captures.set((*_captures.get(), capture))
    listener_token = ADD_LISTENER.set(_record)
    try:
        yield capture
    finally:
        ADD_LISTENER.reset(listener_token)
        _captures.reset(token)


def _ref(block: Block) -> Ref:
    if isinstance(block, SlotCursor):
        return ("slot", id(block._parent), block._index)
    return ("block", id(block))


def _target(dg: DeltaGenerator, acting: Block, seen: set[Ref]) -> Ref:
    """Streamlit's ``select_dg_to_save``: the place a call was made on, as a replay can find it."""
    if dg._block is not None:
        return _ref(dg._block)
    if dg._slot is not None:
        return ("slot", id(dg._slot[0]), dg._slot[1])
    if dg._root is not None:
        return ("root", dg._root)
    acting_ref = _ref(acting)
    return acting_ref if acting_ref in seen else CURSOR


def _clone(node: Node) -> Node:
    clone = copy.copy(node)
    clone.parent = None
    if isinstance(clone, Block):
        clone.children = {}
        if clone.type != "form":
            clone.form_id = ""
    return clone


def _record(dg: DeltaGenerator, node: Node, acting: Block, index: int) -> None:
    captures = _captures.get()
    if not captures:
        return
    target = _target(dg, acting, captures[-1].seen)
    returns = _ref(node) if isinstance(node, Block) else ("slot", id(node.parent or acting), index)
    recorded = Recorded(target, _clone(node), returns)
    for capture in captures:
        capture.records.append(recorded)
        capture.seen.add(returns)


def replay(records: tuple[Recorded, ...], cache_type: str, func: Any) -> None:
    """Write the recorded nodes again, each where the cached call wrote it."""
    made: dict[Ref, DeltaGenerator] = {}
    for rec in records:
        dg = _resolve(rec.target, made, cache_type, func)
        node = _clone(rec.node)
        made[rec.returns] = dg._add_block(node) if isinstance(node, Block) else dg._add(node)


def _resolve(ref: Ref, made: dict[Ref, DeltaGenerator], cache_type: str, func: Any) -> DeltaGenerator:
    if ref == CURSOR:
        return DeltaGenerator()
    if ref[0] == "root":
        return DeltaGenerator(root=ref[1])
    try:
        return made[ref]
    except KeyError:
        raise CacheReplayClosureError(cache_type, func) from None
