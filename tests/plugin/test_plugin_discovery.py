"""Where plugins come from: entry points, ``plugins=[...]``, ``conftest.py`` files."""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import tests._pytester  # noqa: F401  (apptest modules shared with in-process runs)
from apptest import AppTest
from apptest.errors import PluginError
from apptest.runtime import Script, Server
from apptest.runtime._plugins import AUTOLOAD_OFF, clear_entry_point_cache

pytest_plugins = ["pytester"]

PLUGIN_SOURCE = """
import apptest

@apptest.hookimpl
def apptest_session_start(session):
    session.state["plugin"] = "demo"
"""
APP = "import streamlit as st\nst.write(st.session_state.get('plugin', 'none'))"


def install_dist(folder: Path, module: str, source: str, entry: str | None = None) -> None:
    """A distribution with an ``apptest`` entry point, "installed" in ``folder``."""
    (folder / f"{module}.py").write_text(textwrap.dedent(source))
    info = folder / f"{module}-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {module}\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text(f"[apptest]\ndemo = {entry or module}\n")


@pytest.fixture
def fresh_entry_points(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Entry points read anew, and the demo modules forgotten after the test."""
    monkeypatch.delenv(AUTOLOAD_OFF, raising=False)
    clear_entry_point_cache()
    before = set(sys.modules)
    yield
    clear_entry_point_cache()
    for name in set(sys.modules) - before:
        if name.startswith("apptest_demo"):
            del sys.modules[name]


def test_installed_distribution_is_found_by_entry_point(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_entry_points: None
) -> None:
    install_dist(tmp_path, "apptest_demo_plugin", PLUGIN_SOURCE)
    monkeypatch.syspath_prepend(str(tmp_path))
    at = AppTest.from_string(APP).run()
    assert at.markdown[0].value == "demo"
    assert at.server.plugins.names() == ["demo"]


def test_entry_points_are_read_once_per_process(
    monkeypatch: pytest.MonkeyPatch, fresh_entry_points: None
) -> None:
    calls: list[str] = []

    class FakeEntryPoint:
        name, value, dist = "fake", "fake_module", None

        def load(self) -> Any:
            import types

            def apptest_session_start(session: Any) -> None:
                session.state["plugin"] = "fake"

            module = types.ModuleType("fake_module")
            module.apptest_session_start = apptest_session_start  # type: ignore[attr-defined]
            return module

    def entry_points(group: str) -> list[FakeEntryPoint]:
        calls.append(group)
        return [FakeEntryPoint()]

    monkeypatch.setattr("importlib.metadata.entry_points", entry_points)
    assert AppTest.from_string(APP).run().markdown[0].value == "fake"
    assert AppTest.from_string(APP).run().markdown[0].value == "fake"
    assert calls == ["apptest"]


def test_autoload_can_be_turned_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_entry_points: None
) -> None:
    install_dist(tmp_path, "apptest_demo_off", PLUGIN_SOURCE)
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setenv(AUTOLOAD_OFF, "1")
    assert AppTest.from_string(APP).run().markdown[0].value == "none"


def test_entry_point_that_fails_to_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_entry_points: None
) -> None:
    install_dist(tmp_path, "apptest_demo_broken", "raise ImportError('missing dependency')")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(PluginError, match=r"entry point 'demo' = 'apptest_demo_broken' "
                                          r"\(distribution 'apptest_demo_broken'\) failed to load"):
        AppTest.from_string(APP)


def test_plugins_argument_on_server_and_register_later() -> None:
    class Tagger:
        def __init__(self, tag: str) -> None:
            self.tag = tag

        def apptest_session_start(self, session: Any) -> None:
            session.state["plugin"] = self.tag

    server = Server(Script.from_source(APP), plugins=[Tagger("server")])
    assert server.session().state["plugin"] == "server"
    at = AppTest.from_string(APP)
    assert at.server.plugins.names() == [] and at.server.plugins.pm is None
    at.server.plugins.register(Tagger("late"))
    assert at.new_session().run().markdown[0].value == "late"


CONFTEST = """
import apptest

@apptest.hookimpl
def apptest_register_modules(registry):
    import types
    module = types.ModuleType("house_style")
    module.COLOR = "teal"
    registry.add("house_style", module)
"""


def test_conftest_hooks_apply_to_fixture_apps_in_their_folder(pytester: pytest.Pytester) -> None:
    app = "import streamlit as st\nimport house_style\nst.write(house_style.COLOR)\n"
    (pytester.path / "app.py").write_text(app)
    (pytester.path / "styled").mkdir()
    (pytester.path / "styled" / "conftest.py").write_text(CONFTEST)
    test = """
        def test_app(app_test):
            at = app_test("{root}/app.py").run()
            assert {expect}
    """
    (pytester.path / "styled" / "test_styled.py").write_text(textwrap.dedent(test.format(
        root=pytester.path, expect="at.markdown[0].value == 'teal'")))
    (pytester.path / "test_plain.py").write_text(textwrap.dedent(test.format(
        root=pytester.path, expect="'No module named' in at.exception[0].value")))
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=2)
