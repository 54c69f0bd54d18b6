"""What plugins register for one server: element kinds and importable modules.

Both registries belong to one server (``server.plugins``): a kind or module registered
by a plugin of one app is never seen by another app's scripts or tests. Built-in kinds
live in the process-wide registries (``apptest.elements.ELEMENTS``,
``apptest.tree._nodes.COLLECTIONS``, loaded on first use from ``apptest.elements._kinds``);
the facade, ``DeltaGenerator`` and tree blocks look here only for names those do not have.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from types import ModuleType
from typing import Any, TypeVar

from apptest.errors import PluginError

F = TypeVar("F", bound=Callable[..., Any])

ModuleSource = ModuleType | Callable[[], ModuleType]


class _Owned:
    """Names registered by plugins, with the plugin that registered each one."""

    def __init__(self) -> None:
        #: the plugin whose register hook is being called (set by the plugin host)
        self.owner = "?"
        self._owners: dict[tuple[str, str], str] = {}

    def _claim(self, what: str, name: str, builtin: bool) -> None:
        identifier = what in ("element", "collection")
        if not isinstance(name, str) or not name or (identifier and not name.isidentifier()):
            raise PluginError(f"plugin {self.owner!r} registers {what} {name!r}: not a name")
        if builtin:
            raise PluginError(
                f"plugin {self.owner!r} registers {what} {name!r}, which is built into apptest"
            )
        first = self._owners.get((what, name))
        if first is not None:
            raise PluginError(
                f"plugin {self.owner!r} registers {what} {name!r}, already registered by "
                f"plugin {first!r}"
            )
        self._owners[(what, name)] = self.owner


class ElementRegistry(_Owned):
    """Element kinds added by plugins (``apptest_register_elements``).

    Example:
        >>> registry = ElementRegistry()
        >>> def rating(self, label, key=None):
        ...     return 0
        >>> registry.element(rating) is rating
        True
        >>> sorted(registry.elements)
        ['rating']
    """

    def __init__(self) -> None:
        super().__init__()
        #: name -> element function (``st.<name>`` and a container method)
        self.elements: dict[str, Callable[..., Any]] = {}
        #: collection name -> (node class, optional filter): ``at.<name>``
        self.collections: dict[str, tuple[type, Callable[[Any], bool] | None]] = {}
        #: declared component name -> node class of its instances
        self.components: dict[str, type] = {}

    def element(self, func: F | None = None, *, name: str | None = None) -> Any:
        """Add an element function, as ``@element`` does for built-in kinds (a decorator too).

        The function is a ``DeltaGenerator`` method: ``st.<name>(...)`` calls it with the
        cursor, ``st.sidebar.<name>(...)`` with the sidebar, ``col.<name>(...)`` with a
        column.

        Example:
            >>> registry = ElementRegistry()
            >>> @registry.element(name="stars")
            ... def _stars(self, n):
            ...     return n
            >>> list(registry.elements)
            ['stars']
        """
        if func is None:
            return lambda f: self.element(f, name=name)
        chosen = name or func.__name__
        from apptest.elements._dg import ELEMENTS, DeltaGenerator
        from apptest.elements._kinds import ELEMENT_MODULES

        self._claim("element", chosen, chosen in ELEMENTS or chosen in ELEMENT_MODULES
                    or _facade_has(chosen) or hasattr(DeltaGenerator, chosen))
        self.elements[chosen] = func
        return func

    def collection(self, name: str, cls: type, where: Callable[[Any], bool] | None = None) -> None:
        """Make ``at.<name>`` list the nodes of ``cls`` (as ``register_collection`` does).

        Example:
            >>> from apptest.tree import Widget
            >>> class Rating(Widget):
            ...     type = "rating"
            >>> ElementRegistry().collection("rating", Rating)
        """
        from apptest.elements._kinds import COLLECTION_MODULES
        from apptest.tree._nodes import COLLECTIONS

        self._claim("collection", name, name in COLLECTIONS or name in COLLECTION_MODULES)
        self.collections[name] = (cls, where)

    def component(self, name: str, cls: type) -> None:
        """Draw the instances of the v1 component ``name`` (declared or full name) as ``cls``.

        ``cls`` subclasses ``ComponentInstance``: it can check the values a test sets
        (``check_value``) and add interaction verbs.

        Example:
            >>> from apptest.elements._components import ComponentInstance
            >>> class Menu(ComponentInstance):
            ...     pass
            >>> ElementRegistry().component("option_menu", Menu)
        """
        self._claim("component", name, False)
        self.components[name] = cls

    def __bool__(self) -> bool:
        return bool(self.elements or self.collections or self.components)


def _facade_has(name: str) -> bool:
    from apptest._facade import _st

    return name in vars(_st) or name in _st.__all__


# --------------------------------------------------------------------------- modules
_lock = threading.Lock()
#: module name -> [how many runs installed it, the module, what was there before]
_installed: dict[str, list[Any]] = {}


class ModuleRegistry(_Owned):
    """Modules plugins provide to the app (``apptest_register_modules``).

    Example:
        >>> import types
        >>> registry = ModuleRegistry()
        >>> registry.add("fake_component", types.ModuleType("fake_component"))
        >>> list(registry.sources)
        ['fake_component']
    """

    def __init__(self) -> None:
        super().__init__()
        #: name -> module, or a factory called (once, with the facade in place) at first use
        self.sources: dict[str, ModuleSource] = {}
        self._modules: dict[str, ModuleType] = {}

    def add(self, name: str, module: ModuleSource) -> None:
        """Make ``import <name>`` give ``module`` (or what the factory ``module()`` returns).

        Example:
            >>> registry.add("my_widgets", lambda: make_module())  # doctest: +SKIP
        """
        self._claim("module", name, False)
        self.sources[name] = module

    def load(self, name: str, path: str) -> None:
        """Execute the file of the module ``path`` (dotted) as a new module named ``name``.

        The file runs at the app's first import, with the ``streamlit`` facade in place,
        so ``components.declare_component(...)`` in it gets ``name`` as its module name,
        as the emulated package's own module would.

        Example:
            >>> registry.load("streamlit_option_menu", "apptest_option_menu.emulation")  # doctest: +SKIP
        """
        self.add(name, lambda: load_module_as(path, name))

    def modules(self) -> dict[str, ModuleType]:
        """Every module by name; factories are called the first time (facade installed)."""
        with _lock:
            for name, source in self.sources.items():
                if name not in self._modules:
                    self._modules[name] = _make(name, source)
        return self._modules

    def install(self) -> None:
        """Put the modules in ``sys.modules`` for a run (re-entrant, thread-safe)."""
        modules = self.modules()
        with _lock:
            for name, module in modules.items():
                entry = _installed.get(name)
                if entry is None:
                    _installed[name] = [1, module, sys.modules.get(name)]
                elif entry[1] is module:
                    entry[0] += 1
                else:
                    raise PluginError(
                        f"module {name!r} is provided by plugins of two apps running at once"
                    )
                sys.modules[name] = module

    def uninstall(self) -> None:
        """Undo ``install``: the last run out puts back what was there before."""
        with _lock:
            for name in self._modules:
                entry = _installed.get(name)
                if entry is None or entry[1] is not self._modules[name]:
                    continue
                entry[0] -= 1
                if entry[0]:
                    continue
                del _installed[name]
                previous = entry[2]
                if previous is None:
                    sys.modules.pop(name, None)
                else:
                    sys.modules[name] = previous


def _make(name: str, source: ModuleSource) -> ModuleType:
    if isinstance(source, ModuleType):
        return source
    try:
        module = source()
    except Exception as exc:
        raise PluginError(f"the module {name!r} provided by a plugin failed to load: {exc!r}") from exc
    if not isinstance(module, ModuleType):
        raise PluginError(f"the factory of module {name!r} returned {module!r}, not a module")
    return module


def load_module_as(path: str, name: str) -> ModuleType:
    """A fresh module named ``name`` made by executing the file of module ``path``.

    Example:
        >>> load_module_as("colorsys", "my_colorsys").__name__
        'my_colorsys'
    """
    import importlib.util

    spec = importlib.util.find_spec(path)
    if spec is None or spec.origin is None or spec.loader is None:
        raise PluginError(f"cannot load {path!r} as module {name!r}: no such module file")
    new_spec = importlib.util.spec_from_file_location(name, spec.origin)
    if new_spec is None or new_spec.loader is None:
        raise PluginError(f"cannot load {path!r} as module {name!r}")
    module = importlib.util.module_from_spec(new_spec)
    previous = sys.modules.get(name)
    sys.modules[name] = module  # as an import does, for code that looks itself up
    try:
        new_spec.loader.exec_module(module)
    finally:
        if previous is None:
            sys.modules.pop(name, None)
        else:
            sys.modules[name] = previous
    return module
