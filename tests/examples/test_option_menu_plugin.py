"""The example plugin ``examples/plugins/apptest-option-menu`` and its app ``menu_app.py``."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from apptest import AppTest
from apptest.errors import InteractionError
from apptest.runtime._plugins import AUTOLOAD_OFF, clear_entry_point_cache
from apptest.tree import serialize

PLUGINS = Path(__file__).resolve().parents[2] / "examples" / "plugins"
PACKAGE = PLUGINS / "apptest-option-menu"
APP = str(PLUGINS / "menu_app.py")


@pytest.fixture
def option_menu(monkeypatch: pytest.MonkeyPatch) -> Iterator[ModuleType]:
    """The plugin package, importable for this test only."""
    monkeypatch.syspath_prepend(str(PACKAGE))
    import apptest_option_menu

    yield apptest_option_menu
    for name in [n for n in sys.modules if n.startswith("apptest_option_menu")]:
        del sys.modules[name]


def test_menu_starts_on_the_default_option(option_menu: ModuleType) -> None:
    at = AppTest.from_file(APP, plugins=[option_menu]).run()
    menu = at.sidebar.option_menu[0]
    assert (menu.title, menu.value, menu.key) == ("Main menu", "Home", "page")
    assert menu.options == ["Home", "---", "Reports", "Settings"]
    assert at.title[0].value == "Home"
    assert "streamlit_option_menu" not in sys.modules  # only during runs


def test_selecting_an_option_runs_the_page(option_menu: ModuleType) -> None:
    at = AppTest.from_file(APP, plugins=[option_menu]).run()
    at.option_menu[0].select("Reports").run()
    assert at.title[0].value == "Reports"
    assert at.metric[0].value == "3"
    at.option_menu[0].select("Settings").run()
    at.toggle(key="dark").set_value(True).run()
    assert at.session_state.page == "Settings" and at.session_state.dark is True


def test_separator_and_unknown_options_cannot_be_picked(option_menu: ModuleType) -> None:
    at = AppTest.from_file(APP, plugins=[option_menu]).run()
    with pytest.raises(InteractionError, match=r"has options \['Home', 'Reports', 'Settings'\], got '---'"):
        at.option_menu[0].select("---")
    with pytest.raises(InteractionError, match="got 'Admin'"):
        at.option_menu[0].set_value("Admin")


def test_component_keeps_the_real_package_name(option_menu: ModuleType) -> None:
    at = AppTest.from_file(APP, plugins=[option_menu]).run()
    node = at.component("streamlit_option_menu.option_menu")[0]
    assert node is at.option_menu[0]
    assert node.args["icons"] == ["house", None, "bar-chart", "gear"]


def test_menu_line_in_printed_tree_and_snapshot(option_menu: ModuleType) -> None:
    at = AppTest.from_file(APP, plugins=[option_menu]).run()
    line = ("option_menu key='page' title='Main menu' value='Home' "
            "options=['Home', '---', 'Reports', 'Settings']")
    assert f"sidebar\n  {line}\n" in at.to_text()
    assert f"sidebar\n  {line}\n" in serialize(at)


def test_on_change_gets_the_key(option_menu: ModuleType) -> None:
    app = """
    import streamlit as st
    from streamlit_option_menu import option_menu

    def changed(key):
        st.session_state.log = f"{key} -> {st.session_state[key]}"

    option_menu(None, ["A", "B"], key="m", on_change=changed, orientation="horizontal")
    """
    at = AppTest.from_string(app, plugins=[option_menu]).run()
    at.option_menu[0].select("B").run()
    assert at.session_state.log == "m -> B"


def test_installed_plugin_needs_no_setup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Installing the distribution (here: its dist-info on sys.path) is all it takes."""
    info = tmp_path / "apptest_option_menu-0.1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: apptest-option-menu\nVersion: 0.1.0\n")
    (info / "entry_points.txt").write_text("[apptest]\noption_menu = apptest_option_menu\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.syspath_prepend(str(PACKAGE))
    monkeypatch.delenv(AUTOLOAD_OFF, raising=False)
    clear_entry_point_cache()
    try:
        at = AppTest.from_file(APP).run()
        at.option_menu[0].select("Reports").run()
        assert at.title[0].value == "Reports"
        assert at.server.plugins.names() == ["option_menu"]
    finally:
        clear_entry_point_cache()
        for name in [n for n in sys.modules if n.startswith("apptest_option_menu")]:
            del sys.modules[name]
