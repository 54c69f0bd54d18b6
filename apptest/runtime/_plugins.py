"""``PluginHost``: one server's plugins, its pluggy plugin manager and its hook calls.

Every server has its own host (``server.plugins``); there is no global plugin manager.
A server with no plugin (the common case) makes no plugin manager at all, and each hook
site checks a flag computed once, so plugins cost nothing when there are none.

Plugins come from the ``apptest`` entry-point group (read once per process), from
``plugins=[...]`` and from ``register()``. An exception in a plugin reaches the test as
``PluginError`` naming the plugin and the hook.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from types import TracebackType
from typing import TYPE_CHECKING, Any

from apptest.errors import PluginError
from apptest.runtime._context import bind, unbind
from apptest.runtime._entry_scan import may_declare_entry_points
from apptest.runtime._plugin_registries import ElementRegistry, ModuleRegistry

if TYPE_CHECKING:
    import pluggy

    from apptest.runtime._context import ScriptRun
    from apptest.runtime._session import Session
    from apptest.tree._nodes import ElementTree, Node

GROUP = "apptest"
#: set to any non-empty value to skip entry-point plugins (as pytest's variable of that name)
AUTOLOAD_OFF = "APPTEST_DISABLE_PLUGIN_AUTOLOAD"
#: the entry-point plugins, read once per process: (the entry_points function, plugins)
_entry_point_cache: list[tuple[Any, list[tuple[str, object]]]] = []


def clear_entry_point_cache() -> None:
    """Read the ``apptest`` entry points again at the next server (after installing a plugin).

    Example:
        >>> clear_entry_point_cache()
    """
    _entry_point_cache.clear()


def entry_point_plugins() -> list[tuple[str, object]]:
    """The plugins of the ``apptest`` entry-point group, loaded once per process.

    Example:
        >>> entry_point_plugins()  # doctest: +SKIP
        [('option_menu', <module 'apptest_option_menu'>)]
    """
    if os.environ.get(AUTOLOAD_OFF):
        return []
    metadata = sys.modules.get("importlib.metadata")  # loaded: read with it (as before)
    reader = None if metadata is None else metadata.entry_points
    if _entry_point_cache and _entry_point_cache[0][0] is reader:
        return _entry_point_cache[0][1]
    if reader is None:
        if not may_declare_entry_points(GROUP):  # spares importing importlib.metadata
            _entry_point_cache[:] = [(None, [])]
            return []
        import importlib.metadata

        reader = importlib.metadata.entry_points
    found: dict[tuple[str, str], tuple[str, object]] = {}
    for ep in reader(group=GROUP):
        if (ep.name, ep.value) not in found:
            found[(ep.name, ep.value)] = (ep.name, _load(ep))
    _entry_point_cache[:] = [(reader, list(found.values()))]
    return _entry_point_cache[0][1]


def _load(ep: Any) -> object:
    try:
        return ep.load()
    except Exception as exc:
        dist = getattr(getattr(ep, "dist", None), "name", None)
        source = f" (distribution {dist!r})" if dist else ""
        raise PluginError(
            f"apptest plugin entry point {ep.name!r} = {ep.value!r}{source} failed to load: {exc!r}"
        ) from exc


def _plugin_name(plugin: object) -> str:
    name = getattr(plugin, "__name__", None)
    return name if isinstance(name, str) else type(plugin).__name__


class PluginHost:
    """The plugins of one server and the calls of their hooks.

    Example:
        >>> import apptest
        >>> class Greeter:
        ...     @apptest.hookimpl
        ...     def apptest_session_start(self, session):
        ...         session.state["hello"] = "world"
        >>> host = PluginHost([Greeter()], entry_points=False)
        >>> host.names()
        ['Greeter']
    """

    def __init__(self, plugins: Iterable[object] = (), *, entry_points: bool = True) -> None:
        self.pm: pluggy.PluginManager | None = None
        self.elements = ElementRegistry()
        self.modules = ModuleRegistry()
        self.connections = self.serializer = self.run_hooks = self.session_hooks = False
        named = list(entry_point_plugins()) if entry_points else []
        named += [(_plugin_name(p), p) for p in plugins]
        for name, plugin in named:
            self._add(plugin, name)
        if self.pm is not None:
            self._setup(self.pm.get_plugins())

    def register(self, plugin: object, name: str | None = None) -> None:
        """Add a plugin to this server: its kinds and modules count from the next run.

        Example:
            >>> at.server.plugins.register(MyPlugin())  # doctest: +SKIP
        """
        if self._add(plugin, name or _plugin_name(plugin)):
            self._setup({plugin})

    def names(self) -> list[str]:
        """The names of the registered plugins, in the order they were added.

        Example:
            >>> at.server.plugins.names()  # doctest: +SKIP
            ['apptest_option_menu']
        """
        if self.pm is None:
            return []
        return [name for name, _ in self.pm.list_name_plugin()]

    # ------------------------------------------------------------------ registration
    def _add(self, plugin: object, name: str) -> bool:
        if self.pm is None:
            from apptest.runtime._plugin_manager import new_manager  # imports pluggy

            self.pm = new_manager(GROUP)
        pm = self.pm
        if pm.is_registered(plugin):
            return False
        unique, n = name, 1
        while pm.get_plugin(unique) is not None:
            n += 1
            unique = f"{name}-{n}"
        from pluggy import PluginValidationError

        try:
            pm.register(plugin, unique)
            pm.check_pending()
        except PluginValidationError as exc:
            pm.unregister(plugin)
            raise PluginError(f"plugin {unique!r} is not a valid apptest plugin: {exc}") from exc
        return True

    def _setup(self, new: Iterable[object]) -> None:
        """Call the register hooks of ``new`` plugins and refresh the hook flags."""
        assert self.pm is not None
        self._register_each("apptest_register_elements", self.elements, new)
        self._register_each("apptest_register_modules", self.modules, new)
        self.session_hooks = self._has("apptest_session_start", "apptest_session_finish")
        self.run_hooks = self._has("apptest_run_start", "apptest_run_finish")
        self.serializer = self._has("apptest_serialize_element")
        self.connections = self._has("apptest_connection")

    def _has(self, *hooks: str) -> bool:
        assert self.pm is not None
        return any(getattr(self.pm.hook, h).get_hookimpls() for h in hooks)

    def _register_each(self, hook: str, registry: Any, new: Iterable[object]) -> None:
        """Call one register hook plugin by plugin, so a clash names the plugin.

        Plugins register in the order they were added (``tryfirst`` ones first).
        """
        assert self.pm is not None
        wanted = set(map(id, new))
        impls = getattr(self.pm.hook, hook).get_hookimpls()
        for impl in sorted(impls, key=lambda i: 0 if i.tryfirst else 2 if i.trylast else 1):
            if id(impl.plugin) not in wanted:
                continue
            registry.owner = impl.plugin_name
            try:
                impl.function(**{arg: registry for arg in impl.argnames})
            except PluginError:
                raise
            except Exception as exc:
                raise _failure(impl.plugin_name, hook, exc) from exc

    # ------------------------------------------------------------------ hook calls
    def call(self, hook: str, **kwargs: Any) -> Any:
        """Call a hook; an exception in a plugin becomes ``PluginError`` naming it.

        Example:
            >>> host.call("apptest_session_start", session=session)  # doctest: +SKIP
        """
        if self.pm is None:
            return None
        caller = getattr(self.pm.hook, hook)
        try:
            return caller(**kwargs)
        except PluginError:
            raise
        except Exception as exc:
            raise _failure(_culprit(caller.get_hookimpls(), exc), hook, exc) from exc

    def session_start(self, session: Session) -> None:
        """``apptest_session_start``, if any plugin implements it."""
        if self.session_hooks:
            self.call("apptest_session_start", session=session)

    def session_finish(self, session: Session) -> None:
        """``apptest_session_finish``, if any plugin implements it."""
        if self.session_hooks:
            self.call("apptest_session_finish", session=session)

    def run_start(self, run: ScriptRun) -> None:
        """``apptest_run_start`` with ``run`` current (``st.*`` calls write to its page)."""
        token = bind(run)
        try:
            self.call("apptest_run_start", run=run)
        finally:
            unbind(token)

    def run_finish(self, run: ScriptRun, tree: ElementTree) -> None:
        """``apptest_run_finish``."""
        self.call("apptest_run_finish", run=run, tree=tree)

    def serialize(self, element: Node) -> str | None:
        """A plugin's text for ``element``, or None."""
        if not self.serializer:
            return None
        text = self.call("apptest_serialize_element", element=element)
        return None if text is None else str(text)

    def connection(self, name: str, type: Any, kwargs: dict[str, Any]) -> Any:
        """A plugin's object for ``st.connection(name, ...)``, or None."""
        if not self.connections:
            return None
        return self.call("apptest_connection", name=name, type=type, kwargs=kwargs)

    # ------------------------------------------------------------------ runs
    def installed(self) -> _Installed:
        """A context manager putting the plugins' modules in ``sys.modules`` for a run.

        Example:
            >>> with server.plugins.installed():  # doctest: +SKIP
            ...     ...
        """
        return _Installed(self.modules) if self.modules.sources else _NOTHING

    def attach(self, tree: ElementTree, session: Session) -> None:
        """Let the tree's areas find this server's collections (``at.<plugin kind>``)."""
        if self.elements.collections:
            for area in (tree, *tree.children.values()):
                area._session = session


class _Installed:
    __slots__ = ("_modules",)

    def __init__(self, modules: ModuleRegistry | None) -> None:
        self._modules = modules

    def __enter__(self) -> None:
        if self._modules is not None:
            self._modules.install()

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._modules is not None:
            self._modules.uninstall()


_NOTHING = _Installed(None)


def _culprit(impls: list[Any], exc: BaseException) -> str:
    """The plugin whose hook function is in the traceback (the innermost one)."""
    codes = {getattr(i.function, "__code__", None): i.plugin_name for i in impls}
    found = None
    tb = exc.__traceback__
    while tb is not None:
        found = codes.get(tb.tb_frame.f_code, found)
        tb = tb.tb_next
    if found is None:
        found = ", ".join(i.plugin_name for i in impls) if len(impls) > 1 else impls[0].plugin_name
    return found


def _failure(plugin: str, hook: str, exc: BaseException) -> PluginError:
    return PluginError(f"plugin {plugin!r} raised in {hook}: {type(exc).__name__}: {exc}")
