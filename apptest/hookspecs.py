"""The hooks an apptest plugin can implement (pluggy project name ``"apptest"``).

A plugin is any object (usually a module) with functions named after these specs and
decorated with ``apptest.hookimpl``. apptest finds plugins in three places:

- the ``apptest`` entry-point group of installed distributions;
- ``AppTest.from_*(..., plugins=[...])``, ``AppTest(..., plugins=[...])`` and
  ``Server(..., plugins=[...])``;
- ``conftest.py`` files and pytest plugins, for apps made by the ``app_test`` and ``app``
  fixtures.

Each server has its own plugin manager, so a plugin given to one app never affects
another. See ``docs/plugins.md``.

Example:
    >>> import apptest
    >>> @apptest.hookimpl
    ... def apptest_session_start(session):
    ...     session.query_params["lang"] = "en"
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:
    from apptest.runtime._context import ScriptRun
    from apptest.runtime._plugin_registries import ElementRegistry, ModuleRegistry
    from apptest.runtime._session import Session
    from apptest.tree._nodes import ElementTree, Node

#: marks the hook specifications below
hookspec = pluggy.HookspecMarker("apptest")
#: marks a plugin's hook implementations (also ``apptest.hookimpl``)
hookimpl = pluggy.HookimplMarker("apptest")


@hookspec
def apptest_register_elements(registry: ElementRegistry) -> None:
    """Add element or widget kinds for this server's apps.

    ``registry.element(func)`` adds ``st.<name>`` and the container method, as ``@element``
    does for the built-in kinds; ``registry.collection(name, NodeClass)`` adds
    ``at.<name>``; ``registry.component(name, NodeClass)`` gives the instances of a
    declared custom component their own node class (value checks, interaction verbs).
    A name registered twice, or one that is built in, raises ``PluginError``.

    Example:
        >>> @apptest.hookimpl  # doctest: +SKIP
        ... def apptest_register_elements(registry):
        ...     registry.element(rating)
        ...     registry.collection("rating", RatingNode)
    """


@hookspec
def apptest_register_modules(registry: ModuleRegistry) -> None:
    """Provide modules the app can import (``registry.add(name, module_or_factory)``).

    They are in ``sys.modules`` only while this server's scripts run; whatever was there
    before is put back after each run. ``registry.load(name, "pkg.module")`` executes a
    module's file under ``name`` with the ``streamlit`` facade in place, so an emulated
    third-party component declares itself under its real name.

    Example:
        >>> @apptest.hookimpl  # doctest: +SKIP
        ... def apptest_register_modules(registry):
        ...     registry.load("streamlit_option_menu", "apptest_option_menu.emulation")
    """


@hookspec
def apptest_session_start(session: Session) -> None:
    """A tab was opened (``AppTest(...)``, ``at.new_session()``), before its first run.

    Example:
        >>> @apptest.hookimpl  # doctest: +SKIP
        ... def apptest_session_start(session):
        ...     session.state["user"] = "test"
    """


@hookspec
def apptest_session_finish(session: Session) -> None:
    """A tab is being closed (``at.close()``, the end of a fixture's test), state intact.

    Example:
        >>> @apptest.hookimpl  # doctest: +SKIP
        ... def apptest_session_finish(session):
        ...     print(session.run_count, "runs")
    """


@hookspec
def apptest_run_start(run: ScriptRun) -> None:
    """One execution of the script is about to start (also each ``st.rerun()``).

    The run is current: ``st.*`` calls made here write to its page.

    Example:
        >>> @apptest.hookimpl  # doctest: +SKIP
        ... def apptest_run_start(run):
        ...     run.session.state["started"] = True
    """


@hookspec
def apptest_run_finish(run: ScriptRun, tree: ElementTree) -> None:
    """One execution of the script ended (done, stopped, rerun or with an app error).

    Not called when the run timed out (``ScriptTimeoutError`` reaches the test).

    Example:
        >>> @apptest.hookimpl  # doctest: +SKIP
        ... def apptest_run_finish(run, tree):
        ...     assert not list(tree.exception)
    """


@hookspec(firstresult=True)
def apptest_serialize_element(element: Node) -> str | None:
    """The text of ``element`` in ``print(at)``, ``at.to_text()`` and snapshots, or None.

    The first plugin returning a string wins; None leaves the built-in line. A string
    with several lines shows its first line and the others indented under it (snapshots)
    or joined by spaces (one-line renderings). Children are still rendered under it.

    Example:
        >>> @apptest.hookimpl  # doctest: +SKIP
        ... def apptest_serialize_element(element):
        ...     if element.type == "component_instance":
        ...         return f"component {element.name} value={element.value!r}"
    """


@hookspec(firstresult=True)
def apptest_connection(name: str, type: Any, kwargs: dict[str, Any]) -> Any:
    """The object ``st.connection(name, type=..., **kwargs)`` returns, or None.

    Asked only for a name the test did not provide (``connections=``); the first
    object returned is kept for the server, as Streamlit caches connections.

    Example:
        >>> @apptest.hookimpl  # doctest: +SKIP
        ... def apptest_connection(name, type, kwargs):
        ...     if name == "sql":
        ...         return FakeSQLConnection()
    """
