"""The reference pages under docs/reference/ name everything they document, and it exists."""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import re
from pathlib import Path
from typing import Any

import pytest

import apptest.errors
import apptest.pytest_plugin as plugin

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT / "docs" / "reference"


class _Recorder:
    """Stands in for pytest's parser and option group; records what the plugin declares."""

    def __init__(self) -> None:
        self.ini: list[str] = []
        self.options: list[str] = []

    def getgroup(self, *args: Any, **kwargs: Any) -> _Recorder:
        return self

    def addoption(self, *names: str, **kwargs: Any) -> None:
        self.options.extend(names)

    def addini(self, name: str, *args: Any, **kwargs: Any) -> None:
        self.ini.append(name)


def _fixtures() -> list[str]:
    source = inspect.getsource(plugin)
    return re.findall(r"^@pytest\.fixture[^\n]*\ndef (\w+)", source, re.M)


def test_the_plugin_reference_lists_every_fixture_option_and_marker() -> None:
    page = (REFERENCE / "pytest-plugin.md").read_text(encoding="utf-8")
    recorder = _Recorder()
    plugin.pytest_addoption(recorder)  # type: ignore[arg-type]
    declared = [*recorder.ini, *recorder.options, *_fixtures(), plugin.MARKER.split("(")[0]]
    assert len(_fixtures()) >= 4
    missing = [name for name in declared if f"`{name}" not in page]
    assert missing == []


def test_the_errors_reference_lists_every_apptest_error() -> None:
    page = (REFERENCE / "errors.md").read_text(encoding="utf-8")
    ours = [
        name for name, obj in vars(apptest.errors).items()
        if isinstance(obj, type) and issubclass(obj, apptest.errors.AppTestError)
    ]
    assert "InteractionError" in ours
    assert [name for name in ours if f"::: apptest.errors.{name}\n" not in page] == []


DIRECTIVES = sorted(
    {m for page in REFERENCE.glob("*.md") for m in re.findall(r"^::: ([\w.]+)", page.read_text(), re.M)}
)


@pytest.mark.parametrize("path", DIRECTIVES)
def test_every_documented_object_exists(path: str) -> None:
    module, _, rest = path.partition(".")
    obj: Any = importlib.import_module(module)
    for part in rest.split(".") if rest else []:
        obj = getattr(obj, part, None) or importlib.import_module(f"{obj.__name__}.{part}")
    assert obj is not None


def test_the_cli_reference_is_generated_from_the_parser() -> None:
    spec = importlib.util.spec_from_file_location("docs_hooks", ROOT / "tools" / "docs_hooks.py")
    assert spec is not None and spec.loader is not None
    hooks = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hooks)
    page = (REFERENCE / "cli.md").read_text(encoding="utf-8")
    rendered = hooks.on_page_markdown(page)
    assert hooks.MARKER not in rendered
    for name in ("run", "check"):
        assert f"## `apptest {name}`" in rendered
        assert f"usage: apptest {name}" in rendered


def test_every_page_is_in_the_nav() -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    pages = [p.relative_to(ROOT / "docs").as_posix() for p in (ROOT / "docs").rglob("*.md")]
    assert [p for p in pages if f": {p}\n" not in config] == []
