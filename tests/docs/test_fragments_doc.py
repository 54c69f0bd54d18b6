"""The test examples of docs/fragments-and-dialogs.md pass (as if saved in ``tests/``)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "fragments-and-dialogs.md"
FENCE = re.compile(r"^```python\n(.*?)^```", re.S | re.M)
BLOCKS = [b for b in FENCE.findall(DOC.read_text(encoding="utf-8")) if "def test_" in b]


def test_the_page_has_test_examples() -> None:
    assert len(BLOCKS) == 2


@pytest.mark.parametrize("source", BLOCKS, ids=[f"block{i}" for i in range(len(BLOCKS))])
def test_doc_example(source: str) -> None:
    namespace: dict[str, object] = {"__name__": "doc_example"}
    exec(compile(source, str(ROOT / "tests" / "doc_example.py"), "exec"), namespace)
    tests = [f for name, f in namespace.items() if name.startswith("test_") and callable(f)]
    assert tests
    for test in tests:
        test()
