"""A failing plugin gets a ``PluginError`` naming the plugin and the hook."""

from __future__ import annotations

from typing import Any

import pytest

import apptest
from apptest import AppTest
from apptest.errors import PluginError
from apptest.runtime import Script, Server

APP = "import streamlit as st\nst.write('hi')"


class Broken:
    """Named ``Broken`` in messages (plugins are named after their class or module)."""

    @apptest.hookimpl
    def apptest_run_start(self, run: Any) -> None:
        raise ValueError("no database")


class Quiet:
    @apptest.hookimpl
    def apptest_run_start(self, run: Any) -> None:
        pass


def test_hook_that_raises_names_plugin_and_hook() -> None:
    at = AppTest.from_string(APP, plugins=[Quiet(), Broken()])
    with pytest.raises(PluginError, match=r"plugin 'Broken' raised in apptest_run_start: "
                                          r"ValueError: no database") as info:
        at.run()
    assert isinstance(info.value.__cause__, ValueError)


def test_connection_hook_error_reaches_the_test_not_the_page() -> None:
    class BadConnection:
        @apptest.hookimpl
        def apptest_connection(self, name: str, type: Any, kwargs: Any) -> Any:
            raise RuntimeError("boom")

    at = AppTest.from_string("import streamlit as st\nst.connection('sql')",
                             plugins=[BadConnection()])
    with pytest.raises(PluginError, match="'BadConnection' raised in apptest_connection"):
        at.run()


def test_register_hook_that_raises() -> None:
    class BadKinds:
        @apptest.hookimpl
        def apptest_register_elements(self, registry: Any) -> None:
            raise KeyError("oops")

    with pytest.raises(PluginError, match="'BadKinds' raised in apptest_register_elements"):
        AppTest.from_string(APP, plugins=[BadKinds()])


def _kind(self: Any) -> None:
    pass


class First:
    @apptest.hookimpl
    def apptest_register_elements(self, registry: Any) -> None:
        registry.element(_kind, name="gauge")


class Second(First):
    pass


def test_kind_registered_twice_names_both_plugins() -> None:
    with pytest.raises(PluginError, match="plugin 'Second' registers element 'gauge', already "
                                          "registered by plugin 'First'"):
        AppTest.from_string(APP, plugins=[First(), Second()])


@pytest.mark.parametrize(("what", "name"), [("element", "button"), ("element", "session_state"),
                                            ("collection", "markdown")])
def test_built_in_names_cannot_be_taken(what: str, name: str) -> None:
    class Clash:
        @apptest.hookimpl
        def apptest_register_elements(self, registry: Any) -> None:
            if what == "element":
                registry.element(_kind, name=name)
            else:
                registry.collection(name, object)

    with pytest.raises(PluginError, match=f"registers {what} '{name}', which is built into"):
        AppTest.from_string(APP, plugins=[Clash()])


def test_module_registered_twice() -> None:
    class Mod:
        @apptest.hookimpl
        def apptest_register_modules(self, registry: Any) -> None:
            registry.add("dup_mod", lambda: None)

    class Mod2(Mod):
        pass

    with pytest.raises(PluginError, match="'Mod2' registers module 'dup_mod', already registered "
                                          "by plugin 'Mod'"):
        Server(Script.from_source(APP), plugins=[Mod(), Mod2()])


def test_module_factory_must_return_a_module() -> None:
    class NotAModule:
        @apptest.hookimpl
        def apptest_register_modules(self, registry: Any) -> None:
            registry.add("nothing_here", lambda: 42)

    at = AppTest.from_string(APP, plugins=[NotAModule()])
    with pytest.raises(PluginError, match="factory of module 'nothing_here' returned 42"):
        at.run()
    assert AppTest.from_string(APP).run().markdown[0].value == "hi"  # facade restored


def test_unknown_marked_hook_is_rejected() -> None:
    class Typo:
        @apptest.hookimpl
        def apptest_run_begin(self, run: Any) -> None:
            pass

    with pytest.raises(PluginError, match="'Typo' is not a valid apptest plugin"):
        AppTest.from_string(APP, plugins=[Typo()])


def test_unmarked_function_named_like_a_hook_counts() -> None:
    class Plain:
        calls = 0

        def apptest_run_finish(self, run: Any, tree: Any) -> None:
            Plain.calls += 1

    AppTest.from_string(APP, plugins=[Plain()]).run()
    assert Plain.calls == 1


def test_serializer_error_names_plugin() -> None:
    class BadText:
        @apptest.hookimpl
        def apptest_serialize_element(self, element: Any) -> str:
            raise TypeError("cannot")

    at = AppTest.from_string(APP, plugins=[BadText()]).run()
    with pytest.raises(PluginError, match="'BadText' raised in apptest_serialize_element"):
        at.to_text()
