"""Fragments of one session: what ``@st.fragment`` registered, and what one run knows.

Follows ``streamlit.runtime.fragment``: every call of a fragment function registers a
*record* under a fragment id (a hash of the function and where it was called); a
*fragment run* re-executes only the queued records, in the tree the last run drew,
replacing the contents of each fragment's own container. A fragment writing to a
container created outside it writes into a ``transparent`` block placed in that
container the first time (Streamlit's "outside container wrapper"); its later reruns
replace only that block's contents.

The store knows nothing about elements: a record carries a callable that executes the
fragment into a container (built by ``apptest.elements._fragment``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from apptest.errors import StreamlitInvalidLayoutContextError
from apptest.runtime._context import StopRequest
from apptest.tree._nodes import Block, Node

if TYPE_CHECKING:
    from apptest.runtime._context import ScriptRun

#: runs a record's fragment into ``container`` (None: create a new container at the cursor)
Executor = Callable[["ScriptRun", "FragmentRecord", "Block | None"], Any]

_NO_SLOT_MESSAGE = (
    "A fragment tried to write to a container created outside it, but the fragment did "
    "not write to that container during the last full app run, so Streamlit could not "
    "reserve a stable position for it.\n\nIf this fragment uses `parallel=True`, writing "
    "to containers created outside it is not supported, including `st.sidebar` and "
    "`st.bottom`. Move the element inside the fragment body.\n\nOtherwise, inside the "
    "fragment function, write to the container on every full app run (e.g. "
    "`outside_container.empty()` or `with outside_container: st.empty()`), then fill it "
    "during fragment reruns."
)


class FragmentHandled(StopRequest):
    """A fragment's uncaught error ended a full run; its element is inside the fragment.

    (In a fragment run the other queued fragments still run.)
    """


class TransparentBlock(Block):
    """Where a fragment's writes to an outside container go (``transparent`` in AppTest)."""

    type = "transparent"

    def __init__(self, outside: Block, single: bool) -> None:
        super().__init__()
        self._outside, self._single = outside, single
        self.form_id, self.root_name = outside.form_id, outside.root_name

    def accept(self, node: Node) -> None:
        """The outside container decides what may be placed in it."""
        self._outside.accept(node)

    def append(self, node: Node) -> int:
        """Add a node; a wrapper in an ``st.empty`` slot holds one node at a time."""
        if self._single:
            self.children = {}
        return super().append(node)


@dataclass
class FragmentRecord:
    """One registered fragment call site."""

    id: str
    definition: str
    execute: Executor
    parent: str = ""
    key: str | None = None
    run_every: float | None = None
    #: a dialog's fragment survives its opener's reruns (removed only by a full run)
    app_scoped: bool = False
    #: the cursor stack where the fragment was called, and the container it drew into
    stack: list[Block] = field(default_factory=list)
    container: Block | None = None
    #: the fragment function bound to the arguments of this call
    body: Callable[[], Any] | None = None
    #: the script that called it (a page's, inside ``Page.run()``): part of its widgets' ids
    active_script_hash: str = ""


class FragmentRun:
    """What one run knows about fragments (``ScriptRun.fragments``)."""

    def __init__(self, store: FragmentStore, queue: list[str]) -> None:
        self.store = store
        #: the fragments this run reruns; empty for a full run
        self.queue = queue
        #: the fragment executing now ("" outside fragments)
        self.current = ""
        self.registered: list[str] = []
        self.user_keys: dict[str, str] = {}
        self.dialog_opened = False
        #: what ``st.rerun`` asked for: None for the whole app, else fragment ids
        self.rerun_queue: list[str] | None = None
        #: requests made by callbacks (None: the app), applied before the body runs
        self.callback_reruns: list[list[str] | None] = []

    def inside(self, block: Block, fragment_id: str) -> bool:
        """Whether ``block`` lies in the fragment's container or one of its wrappers."""
        record = self.store.records.get(fragment_id)
        owned = {id(w) for w in self.store.wrappers_of(fragment_id)}
        if record is not None and record.container is not None:
            owned.add(id(record.container))
        return any(id(b) in owned for b in _ancestors(block))

    def place(self, block: Block) -> Block:
        """The block an element goes to: outside writes of a fragment go to its wrapper.

        ``block`` is the generator's target: a container, a root area or an ``st.empty``
        slot. The event area (toasts, dialogs) is never wrapped.
        """
        fid = self.current
        if not fid or block.root_name == "event":
            return block
        outside = getattr(block, "_parent", block)
        if self.inside(outside, fid):
            return block
        return self._wrapper(block, outside, fid)

    def _wrapper(self, block: Block, outside: Block, fid: str) -> Block:
        slot = getattr(block, "_index", None)
        cache_key = (fid, id(outside), slot)
        wrapper = self.store.wrappers.get(cache_key)
        if wrapper is not None:
            return wrapper
        if self.queue and not any(self.inside(outside, q) for q in self.queue):
            raise StreamlitInvalidLayoutContextError(_NO_SLOT_MESSAGE)
        wrapper = TransparentBlock(outside, single=slot is not None)
        block.append(wrapper)
        self.store.wrappers[cache_key] = wrapper
        return wrapper


def _ancestors(block: Block) -> Iterator[Block]:
    node: Block | None = block
    while node is not None:
        yield node
        node = getattr(node, "_parent", None) or node.parent


class FragmentStore:
    """The fragments of one session (Streamlit's ``MemoryFragmentStorage``)."""

    def __init__(self) -> None:
        self.records: dict[str, FragmentRecord] = {}
        #: (fragment id, id of the outside block, slot index) -> the wrapper block
        self.wrappers: dict[tuple[str, int, int | None], TransparentBlock] = {}

    def register(self, record: FragmentRecord) -> None:
        """Store (or replace) a record; newest registrations come last."""
        self.records.pop(record.id, None)
        self.records[record.id] = record

    def wrappers_of(self, fragment_id: str) -> list[TransparentBlock]:
        """The outside-container wrappers a fragment writes into."""
        return [w for (fid, _, _), w in self.wrappers.items() if fid == fragment_id]

    def by_key(self, key: str) -> list[str]:
        """The ids of the fragments registered with ``@st.fragment(key=key)``."""
        return [r.id for r in self.records.values() if r.key == key]

    def has_ancestor_in(self, fragment_id: str, candidates: set[str]) -> bool:
        """Whether a fragment's enclosing fragment (at any depth) is in ``candidates``."""
        seen = {fragment_id}
        record = self.records.get(fragment_id)
        while record is not None and record.parent and record.parent not in seen:
            if record.parent in candidates:
                return True
            seen.add(record.parent)
            record = self.records.get(record.parent)
        return False

    def keep_only(self, fragment_ids: set[str]) -> None:
        """After a completed full run: forget the fragments it did not call."""
        self.records = {k: r for k, r in self.records.items() if k in fragment_ids}

    def clear_stale_descendants(self, root: str, registered: set[str]) -> None:
        """After a fragment rerun: drop the nested fragments it did not call again."""
        parents, removed = [root], []
        while parents:
            parent = parents.pop()
            for rid, record in list(self.records.items()):
                if record.parent != parent or rid in removed:
                    continue
                if rid in registered:
                    parents.append(rid)
                elif not record.app_scoped:
                    removed.append(rid)
                    parents.append(rid)
        for rid in removed:
            self.records.pop(rid, None)
            for cache_key in [k for k in self.wrappers if k[0] == rid]:
                del self.wrappers[cache_key]
