"""The examples in the plugin, snapshot and time-control pages run as the pages say.

Every ```python block that defines ``test_*`` functions becomes a test file of a pytest
project holding this repository's ``examples/``, run once with ``--snapshot-update`` and
once without; the ```ini block is that project's configuration in a second pass.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

import tests._pytester  # noqa: F401  (apptest modules shared with in-process runs)

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parent.parent.parent
PAGES = ["pytest-plugin.md", "snapshots.md", "time-control.md"]
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.S | re.M)


def blocks(page: str, lang: str) -> list[str]:
    text = (ROOT / "docs" / page).read_text(encoding="utf-8")
    return [m.group(2) for m in FENCE.finditer(text) if m.group(1) == lang]


def project(pytester: pytest.Pytester, page: str) -> int:
    shutil.copytree(ROOT / "examples", pytester.path / "examples")
    tests = [src for src in blocks(page, "python") if "def test_" in src]
    for i, source in enumerate(tests):
        (pytester.path / f"test_doc_{i}.py").write_text(source)
    return sum(len(re.findall(r"^\s*def test_", src, re.M)) for src in tests)


@pytest.mark.parametrize("page", PAGES)
def test_page_examples_pass(pytester: pytest.Pytester, page: str) -> None:
    count = project(pytester, page)
    assert count >= 2
    pytester.runpytest("--snapshot-update", "--strict-markers").assert_outcomes(passed=count)
    pytester.runpytest("--strict-markers").assert_outcomes(passed=count)


def test_ini_settings_are_valid(pytester: pytest.Pytester) -> None:
    (ini,) = blocks("pytest-plugin.md", "ini")
    pytester.makeini(ini)
    pytester.makepyfile(test_root="""
        def test_script_root(app_test):
            at = app_test("counter.py")
            assert at.default_timeout == 10.0
            assert at.run().session_state.count == 0
    """)
    project(pytester, "pytest-plugin.md")
    result = pytester.runpytest("--strict-markers")
    assert result.ret == 0


def test_documented_redaction_output(pytester: pytest.Pytester) -> None:
    project(pytester, "snapshots.md")
    pytester.runpytest("--snapshot-update").assert_outcomes(passed=2)
    stored = (pytester.path / "__snapshots__" / "test_doc_1.ambr").read_text()
    shown = next(b for b in blocks("snapshots.md", "") if "request_id" in b)
    indented = "".join("  " + line + "\n" for line in shown.splitlines())
    assert f"# name: test_dashboard\n{indented}# ---" in stored
    counter = (pytester.path / "__snapshots__" / "test_doc_0.ambr").read_text()
    first = next(b for b in blocks("snapshots.md", "") if b.startswith("# name:"))
    assert counter.startswith("# serializer version: 1\n" + first.split("# ---")[0])
