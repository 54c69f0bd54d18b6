"""Every ```python block in docs/ and README.md is tested: no untested code block remains.

A block is one of three things, told apart by its content:

- **an include**: only ``--8<-- "path"`` lines (pymdownx.snippets). Each path must be a
  file under ``examples/`` that a test under ``tests/`` names, or a file under ``tests/``;
- **a test module**: it defines ``test_*`` functions. The blocks of a page become test
  files in ``tests/`` of a pytest project that holds this repository's ``examples/``, so
  ``AppTest.from_file("../examples/counter.py")`` and ``app_test("examples/counter.py")``
  resolve as the pages say. They must pass, except those marked "fails on purpose";
- **an app**: it imports streamlit. It must run in apptest without an exception.

Anything else fails here: turn it into one of the three. The per-page tests next to this
one check more (error messages, transcripts, snapshots); this one checks that nothing is
left out.
"""

from __future__ import annotations

import re
import shutil
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

import tests._pytester  # noqa: F401  (apptest modules shared with in-process runs)
from apptest import AppTest

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parents[2]
PAGES = [*sorted((ROOT / "docs").rglob("*.md")), ROOT / "README.md"]
FENCE = re.compile(r"^( *)```python[^\n]*\n(.*?)^\1```", re.S | re.M)
INCLUDE = re.compile(r'^--8<-- "([^"]+)"$')
TEST_DEF = re.compile(r"^\s*def test_", re.M)


@dataclass(frozen=True)
class Block:
    page: Path
    index: int
    source: str

    @property
    def name(self) -> str:
        return f"{self.page.relative_to(ROOT)}#{self.index}"

    @property
    def kind(self) -> str:
        lines = [line for line in self.source.splitlines() if line.strip()]
        if lines and all(INCLUDE.match(line) for line in lines):
            return "include"
        if TEST_DEF.search(self.source):
            return "test"
        if re.search(r"^\s*(import streamlit|from streamlit)", self.source, re.M):
            return "app"
        return "untested"


def _blocks() -> list[Block]:
    found = []
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        for i, m in enumerate(FENCE.finditer(text)):
            found.append(Block(page, i, textwrap.dedent(m.group(2))))
    return found


BLOCKS = _blocks()
# every test's source, with `"examples" / "todo"` path joins read as "examples/todo"
TEST_SOURCES = re.sub(r'"\s*/\s*"', "/", "\n".join(
    p.read_text(encoding="utf-8") for p in (ROOT / "tests").rglob("*.py") if p.name != "test_code_blocks.py"
))


def _ids(blocks: list[Block]) -> list[str]:
    return [b.name for b in blocks]


def test_the_docs_have_code_blocks() -> None:
    assert len(BLOCKS) >= 30
    assert {b.kind for b in BLOCKS} >= {"include", "test", "app"}


@pytest.mark.parametrize("block", BLOCKS, ids=_ids(BLOCKS))
def test_every_block_is_tested(block: Block) -> None:
    assert block.kind != "untested", (
        f"{block.name} is neither an include of a tested file, a test module nor an app:\n"
        f"{block.source}"
    )


def _is_tested(path: str) -> bool:
    parts = Path(path).parts
    if parts[0] == "tests":
        return True
    folder = "/".join(parts[:2]) if len(parts) > 2 else path
    return folder in TEST_SOURCES


INCLUDES = [b for b in BLOCKS if b.kind == "include"]


@pytest.mark.parametrize("block", INCLUDES, ids=_ids(INCLUDES))
def test_includes_name_tested_files(block: Block) -> None:
    for line in block.source.split("\n"):
        if not line.strip():
            continue
        path = INCLUDE.match(line).group(1)  # type: ignore[union-attr]
        assert (ROOT / path).is_file(), f"{block.name}: no file {path}"
        assert Path(path).parts[0] in ("examples", "tests"), f"{block.name}: {path}"
        assert _is_tested(path), f"{block.name}: no test under tests/ names {path}"


APPS = [b for b in BLOCKS if b.kind == "app"]


@pytest.mark.parametrize("block", APPS, ids=_ids(APPS))
def test_apps_run_cleanly(block: Block) -> None:
    at = AppTest.from_string(block.source).run()
    assert not at.exception, at


def test_test_blocks_pass(pytester: pytest.Pytester) -> None:
    """One pytest run over every page's test blocks (file ``test_<page>_<n>.py``)."""
    shutil.copytree(ROOT / "examples", pytester.path / "examples")
    (pytester.path / "tests").mkdir()
    passed = failed = 0
    for block in (b for b in BLOCKS if b.kind == "test"):
        stem = re.sub(r"\W", "_", block.page.stem)
        (pytester.path / "tests" / f"test_{stem}_{block.index}.py").write_text(block.source)
        count = len(TEST_DEF.findall(block.source))
        if "fails on purpose" in block.source:
            failed += count
        else:
            passed += count
    result = pytester.runpytest("--snapshot-update", "--strict-markers", "-p", "no:xdist")
    result.assert_outcomes(passed=passed, failed=failed)
