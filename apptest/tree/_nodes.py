"""Tree nodes: what a run leaves on the page, queried by tests.

Names and attributes follow ``streamlit.testing.v1.element_tree`` so that a test suite
moves over by changing one import. Every node kind registers itself under the collection
names it is found by (``at.button``, ``at.markdown``, ...) when its class is declared.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from apptest.errors import AppTestError
from apptest.tree import _query
from apptest.tree._lists import BlockList, ElementList, WidgetList
from apptest.tree._query import TextPattern

if TYPE_CHECKING:
    from apptest._apptest import AppTest
    from apptest.runtime._session import Session

W = TypeVar("W", bound="Widget")

#: collection name -> (node class, optional extra filter)
COLLECTIONS: dict[str, tuple[type[Node], Callable[[Any], bool] | None]] = {}


def register_collection(
    name: str, cls: type[Node], where: Callable[[Any], bool] | None = None
) -> None:
    """Make ``at.<name>`` list the nodes of ``cls`` (optionally filtered)."""
    COLLECTIONS[name] = (cls, where)


def _collection(block: Block, name: str) -> tuple[type[Node], Callable[[Any], bool] | None] | None:
    """A built-in collection, or one a plugin of the block's server registered."""
    found = COLLECTIONS.get(name) or _builtin_collection(name)
    if found is None and block._session is not None:
        found = block._session.server.plugins.elements.collections.get(name)
    return found


def _builtin_collection(name: str) -> tuple[type[Node], Callable[[Any], bool] | None] | None:
    """A built-in collection whose module is not loaded yet (it is imported now)."""
    from apptest.elements._kinds import COLLECTION_MODULES, load

    module = COLLECTION_MODULES.get(name)
    if module is None:
        return None
    load(module)
    return COLLECTIONS.get(name)


def _list_of(cls: type, found: list[Any], *, kind: str | None, scope: Block) -> ElementList[Any]:
    """The list type ``streamlit.testing.v1`` uses for nodes of ``cls``."""
    custom = getattr(cls, "list_class", None)  # a kind with its own list (components)
    if custom is not None:
        return custom(found, kind=kind, scope=scope)  # type: ignore[no-any-return]
    if issubclass(cls, Widget):
        return WidgetList._wrap(found, kind, scope)
    if issubclass(cls, Block):
        return BlockList._wrap(found, kind, scope)
    return ElementList._wrap(found, kind, scope)


class Node:
    """Anything in the element tree."""

    type: ClassVar[str] = "unknown"
    parent: Block | None = None
    _session: Session | None = None
    key: Any = None

    def __init_subclass__(cls, collection: str | None = None, **kw: Any) -> None:
        super().__init_subclass__(**kw)
        if collection is not None:
            register_collection(collection, cls)

    def run(self, *, timeout: float | None = None) -> AppTest:
        """Run the app again (same as ``at.run()``), sending staged interactions.

        Example:
            >>> at.checkbox[0].check().run()  # doctest: +SKIP
        """
        session = self._session
        if session is None or session.driver is None:
            raise AppTestError(f"{self.type} element is not attached to an AppTest")
        return session.driver.run(timeout=timeout)

    def set_value(self, v: Any) -> Node:
        """Not supported for display elements."""
        raise AppTestError(f"set_value() is not supported for {self.type} elements")

    def click(self) -> Node:
        """Not supported for display elements."""
        raise AppTestError(f"click() is not supported for {self.type} elements")


class Element(Node):
    """A display element (markdown, title, ...)."""

    @property
    def value(self) -> Any:
        """What the element shows."""
        return None

    def __repr__(self) -> str:
        from apptest.tree._render import node_line

        return node_line(self)


class Block(Node):
    """A container: the main area, the sidebar, a form, columns, ..."""

    form_id: str = ""
    root_name: str = "main"

    def __init__(self, key: Any = None) -> None:
        self.children: dict[int, Node] = {}
        self.key = key

    #: whether ``accept`` is Block's own (it accepts everything; writers skip the call)
    _accepts_all: ClassVar[bool] = True

    def __init_subclass__(cls, **kw: Any) -> None:
        super().__init_subclass__(**kw)
        cls._accepts_all = cls.accept is Block.accept

    def accept(self, node: Node) -> None:
        """Raise if ``node`` may not be placed here (forms and dialogs override this)."""

    def append(self, node: Node) -> int:
        """Add a node at the end; returns its index."""
        index = len(self.children)
        self.children[index] = node
        node.parent = self
        return index

    def __iter__(self) -> Iterator[Node]:
        yield self
        for child in self.children.values():
            if isinstance(child, Block):
                yield from child
            else:
                yield child

    def __len__(self) -> int:
        return len(self.children)

    def __getitem__(self, index: int) -> Node:
        return self.children[index]

    def __getattr__(self, name: str) -> Any:
        entry = None if name.startswith("_") else _collection(self, name)
        if entry is None:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        cls, where = entry
        nodes: Iterable[Node] = self
        if issubclass(cls, Widget) and self._flat is not None and self.widget_order is not None:
            nodes = self.widget_order  # a frozen tree: its widgets, in the same order
        found = [
            n for n in nodes if n is not self and isinstance(n, cls) and (where is None or where(n))
        ]
        return _list_of(cls, found, kind=name, scope=self)

    #: a frozen tree's nodes in page order, and its widgets (None: not frozen, see
    #: ``ElementTree.freeze``)
    _flat: list[Node] | None = None
    widget_order: list[Widget] | None = None

    def __dir__(self) -> list[str]:
        from apptest.elements._kinds import COLLECTION_MODULES

        return sorted(set(super().__dir__()) | set(COLLECTIONS) | set(COLLECTION_MODULES))

    def get(self, element_type: str) -> list[Node]:
        """All nodes of a kind, by collection name or node ``type``.

        Example:
            >>> at.get("markdown")  # doctest: +SKIP
        """
        if _collection(self, element_type) is not None:
            return list(getattr(self, element_type))
        return [n for n in self if n.type == element_type]

    def get_by_key(self, key: Any) -> Node:
        """The one node with this user key.

        Example:
            >>> at.get_by_key("name").value  # doctest: +SKIP
        """
        found = [n for n in self if n.key == key and n is not self]
        keyed = [n for n in self if n.key is not None and n is not self]
        return _query.only_one(found, _query.Query(key=key), self, keyed)

    def find(
        self,
        kind: str | None = None,
        *,
        key: Any = None,
        label: TextPattern | None = None,
        text: TextPattern | None = None,
        exact: bool = True,
    ) -> ElementList[Node]:
        """Every node in this block that meets all the given criteria, in page order.

        ``kind`` is a collection name (``"button"``) or node type; ``label`` and ``text``
        take a string (equal, or contained with ``exact=False``) or a compiled regular
        expression; ``text`` searches what is shown: labels, Markdown bodies (also with
        the Markdown markers removed), values and option labels. See
        ``docs/finding-elements.md``.

        Example:
            >>> at.find(text="Count = 3")  # doctest: +SKIP
            >>> at.sidebar.find("button", label=re.compile("^Inc"))  # doctest: +SKIP
        """
        query = _query.Query(kind, key, label, text, exact)
        is_kind = None if kind is None else self._kind_test(kind)
        found = [n for n in self if n is not self and query.matches(n, is_kind)]
        entry = None if kind is None else _collection(self, kind)
        cls = entry[0] if entry is not None else Node
        return _list_of(cls, found, kind=kind, scope=self)

    def one(self, kind: str | None = None, **criteria: Any) -> Node:
        """The one node that ``find(kind, **criteria)`` would return.

        Raises ``ElementNotFoundError`` (listing what is there) if nothing matches and
        ``AppTestError`` if several nodes do.

        Example:
            >>> at.one("button", label="Increment").click().run()  # doctest: +SKIP
        """
        found = list(self.find(kind, **criteria))
        candidates: list[Node] = list(self.find(kind)) if kind is not None else []
        return _query.only_one(found, _query.Query(kind, **criteria), self, candidates)

    def get_by_label(self, label: TextPattern, kind: str | None = None) -> Node:
        """The one node with this label (``one(kind, label=label)``).

        Example:
            >>> at.get_by_label("Name").input("Bo").run()  # doctest: +SKIP
        """
        return self.one(kind, label=label)

    def get_by_text(self, text: TextPattern, kind: str | None = None, *, exact: bool = True) -> Node:
        """The one node showing this text (``one(kind, text=text, exact=exact)``).

        Example:
            >>> at.get_by_text("Count = 3").type  # doctest: +SKIP
            'markdown'
        """
        return self.one(kind, text=text, exact=exact)

    def contains_text(self, text: TextPattern, *, exact: bool = False) -> bool:
        """Whether any node in this block shows ``text`` (by default: contains it).

        Example:
            >>> assert at.contains_text("Count = 3")  # doctest: +SKIP
            >>> assert not at.sidebar.contains_text(re.compile("error", re.I))  # doctest: +SKIP
        """
        query = _query.Query(text=text, exact=exact)
        return any(query.matches(n) for n in self if n is not self)

    def _kind_test(self, kind: str) -> Callable[[Node], bool]:
        entry = _collection(self, kind)
        if entry is not None:
            cls, where = entry
            return lambda n: isinstance(n, cls) and (where is None or where(n))
        return lambda n: n.type == kind

    def __repr__(self) -> str:
        from apptest.tree._render import render

        return render(self)


class Widget(Element):
    """An input element whose value lives in session state."""

    id: str = ""
    label: str = ""
    help: str | None = None
    disabled: bool = False
    form_id: str = ""
    label_visibility: str = "visible"
    #: triggers (buttons) show the value the script got, not the reset state
    shows_returned_value: ClassVar[bool] = False
    returned: Any = None

    @property
    def value(self) -> Any:
        """The widget's value: a staged value if the test set one, else its state."""
        session = self._session
        if session is None:
            return None
        if self.shows_returned_value and self.id not in session.pending:
            return self.returned
        return session.widget_value(self.id)

    def set_value(self: W, v: Any) -> W:
        """Stage a value for the next run, as if a person had entered it.

        Example:
            >>> at.number_input[0].set_value(5).run()  # doctest: +SKIP
        """
        self._stage(self.check_value(v))
        return self

    def check_value(self, v: Any) -> Any:
        """Validate (and normalise) a value a test wants to set; override per kind."""
        return v

    def _stage(self, v: Any) -> None:
        if self._session is None:
            raise AppTestError(f"{self.describe()} is not attached to an AppTest")
        self._session.stage(self, v)

    def describe(self) -> str:
        """A short human name for messages: ``Slider 'Age'`` or ``slider (key='x')``."""
        name = type(self).__name__
        if self.label:
            return f"{name} {self.label!r}"
        return f"{name} (key={self.key!r})"


class ElementTree(Block):
    """The root: main area, sidebar, event and bottom blocks."""

    type = "root"

    def __init__(self) -> None:
        self.key = None
        self.main = main = SpecialBlock("main")
        self.sidebar = sidebar = SpecialBlock("sidebar")
        self.event = event = SpecialBlock("event")
        self.bottom = bottom = SpecialBlock("bottom")
        self.children = {0: main, 1: sidebar, 2: event, 3: bottom}
        main.parent = sidebar.parent = event.parent = bottom.parent = self
        #: what ``st.set_page_config`` set during the run (no node; ``at.page_config``)
        self.page_config: dict[str, Any] = {}
        #: what ``st.logo`` set during the run, or None (no node; ``at.logo``)
        self.logo: dict[str, Any] | None = None

    def __iter__(self) -> Iterator[Node]:
        if self._flat is not None:
            return iter(self._flat)
        return self._walk()

    def _walk(self) -> Iterator[Node]:
        for child in self.children.values():
            yield from child  # type: ignore[misc]

    def freeze(self) -> None:
        """The run that drew this tree is over: remember the node order for queries."""
        flat: list[Node] = []
        widgets: list[Widget] = []
        _flatten(self, flat.append, widgets.append)
        self._flat = flat
        self.widget_order = widgets


def _flatten(block: Block, add: Callable[[Node], None], add_widget: Callable[[Widget], None]) -> None:
    for node in block.children.values():
        add(node)
        if isinstance(node, Widget):  # stateful containers are widgets too
            add_widget(node)
        if isinstance(node, Block) and node.children:
            _flatten(node, add, add_widget)


class SpecialBlock(Block):
    """One of the root areas: ``main``, ``sidebar``, ``event`` or ``bottom``."""

    def __init__(self, name: str) -> None:
        self.children = {}
        self.key = None
        self.root_name = name
        # Streamlit's AppTest has no node type for the bottom area: it shows as "unknown".
        self._type = "unknown" if name == "bottom" else name

    @property  # type: ignore[misc]
    def type(self) -> str:  # type: ignore[override]
        return self._type
