"""``DeltaGenerator``: where an ``st.*`` call puts its element, and the element registry.

Every element function is declared once, with ``@element``, as a method of
``DeltaGenerator``. ``st.button`` is that method bound to the *cursor* generator (the
innermost ``with`` container of the current run); ``st.sidebar.button`` is the same
method bound to the sidebar; ``col.button`` to a column. The facade module and
``DeltaGenerator`` find a name in the registry on first use (importing the module that
declares it, see ``_kinds``), so a kind added here (or by a plugin) appears on ``st`` and
on every container.
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from types import MethodType
from typing import Any, TypeVar

from apptest.elements._kinds import ELEMENT_MODULES, load
from apptest.runtime._context import ScriptRun, current_run, maybe_current_run
from apptest.runtime._freeze import perf_counter
from apptest.tree._nodes import Block, Node

F = TypeVar("F", bound=Callable[..., Any])

#: makes a generator without calling ``__init__`` (the hot path sets its three slots)
_new_generator = object.__new__

#: name -> element function (a DeltaGenerator method), for the kinds whose module is loaded
#: (``apptest.elements.ELEMENTS`` loads them all)
ELEMENTS: dict[str, Callable[..., Any]] = {}

#: told ``(generator, node, block, index)`` of every node written while set (the
#: recording of a cached function, see ``_cache_replay``)
ADD_LISTENER: ContextVar[Callable[[Any, Node, Block, int], None] | None] = ContextVar(
    "apptest_add_listener", default=None
)


def element(func: F) -> F:
    """Declare an element function: it becomes ``st.<name>`` and a container method.

    A built-in kind becomes a method once its module has finished loading
    (:func:`builtin_element`), so a thread never calls into a half-imported module.
    """
    ELEMENTS[func.__name__] = func
    if func.__name__ not in ELEMENT_MODULES:
        setattr(DeltaGenerator, func.__name__, func)
    return func


def builtin_element(name: str) -> Callable[..., Any] | None:
    """The built-in element function ``name`` (None if there is none), loaded on first use.

    Its module is imported and the function becomes a ``DeltaGenerator`` method, so later
    lookups find it directly.

    Example:
        >>> builtin_element("markdown").__name__
        'markdown'
    """
    module = ELEMENT_MODULES.get(name)
    if module is None:
        return None
    load(module)
    func = ELEMENTS[name]
    setattr(DeltaGenerator, name, func)
    return func


def plugin_element(name: str) -> Callable[..., Any] | None:
    """The element function a plugin of the running app's server registered as ``name``.

    Plugin kinds are per server (``server.plugins.elements``), never in ``ELEMENTS``.
    """
    run = maybe_current_run()
    if run is None or name.startswith("_"):
        return None
    return run.session.server.plugins.elements.elements.get(name)


class SlotCursor(Block):
    """Where a single-element placeholder writes: each write replaces the last one.

    ``st.empty()`` and every element's returned generator are slots; writing to one (or
    inside ``with placeholder:``) puts the new node at the slot's index in its block.
    """

    def __init__(self, block: Block, index: int) -> None:
        super().__init__()
        self._parent, self._index = block, index
        self.form_id, self.root_name = block.form_id, block.root_name

    def accept(self, node: Node) -> None:
        """The block holding the slot decides what may be placed in it."""
        self._parent.accept(node)

    def append(self, node: Node) -> int:
        """Replace the slot's node; returns the slot's index."""
        self._parent.children[self._index] = node
        node.parent = self._parent
        return self._index


class DeltaGenerator:
    """A place on the page that elements are written to."""

    __slots__ = ("_block", "_root", "_slot")

    def __init__(
        self,
        *,
        root: str | None = None,
        block: Block | None = None,
        slot: tuple[Block, int] | None = None,
    ) -> None:
        self._root = root
        self._block = block
        self._slot = slot

    def _target(self, run: ScriptRun) -> Block:
        block = self._base_target(run)
        fragments = run.fragments
        return block if fragments is None or not fragments.current else fragments.place(block)

    def _base_target(self, run: ScriptRun) -> Block:
        if self._block is not None:
            return self._block
        if self._slot is not None:
            return SlotCursor(*self._slot)
        if self._root is None:
            return run.stack[-1]
        return getattr(run.tree, self._root)  # type: ignore[no-any-return]

    def _add(self, node: Node) -> DeltaGenerator:
        """Write ``node`` here; returns a generator for the written element."""
        run = current_run()
        return self._add_in(run, self._target(run), node)

    def _add_in(self, run: ScriptRun, block: Block, node: Node) -> DeltaGenerator:
        """Write ``node`` into ``block`` (this generator's target in ``run``)."""
        if perf_counter() > run.deadline:
            run.check_deadline()
        node._session = run.session
        if not block._accepts_all:
            block.accept(node)
        index = block.append(node)
        listener = ADD_LISTENER.get()
        if listener is not None:
            listener(self, node, block, index)
        dg = _new_generator(DeltaGenerator)
        dg._root = dg._block = None
        parent = node.parent
        dg._slot = (parent if parent is not None else block, index)
        return dg

    def _add_block(self, block: Block) -> DeltaGenerator:
        """Open a new container here; returns a generator writing into it."""
        parent = self._target(current_run())
        block.form_id = block.form_id or parent.form_id
        block.root_name = parent.root_name
        self._add(block)
        return DeltaGenerator(block=block)

    @property
    def _is_top_level(self) -> bool:
        return self._slot is None and self._block is None

    def __enter__(self) -> DeltaGenerator:
        run = current_run()
        run.stack.append(self._target(run))
        return self

    def __exit__(self, *exc: object) -> None:
        current_run().stack.pop()

    def __repr__(self) -> str:
        return f"DeltaGenerator(root={self._root!r})"

    def __getattr__(self, name: str) -> Any:
        func = builtin_element(name) or plugin_element(name)
        if func is None:
            raise AttributeError(f"'DeltaGenerator' object has no attribute {name!r}")
        return MethodType(func, self)

