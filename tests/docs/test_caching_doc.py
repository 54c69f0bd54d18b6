"""docs/caching-and-sessions.md: every example test in it passes."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

DOC = Path(__file__).resolve().parent.parent.parent / "docs" / "caching-and-sessions.md"
FENCE = re.compile(r"^```python\n(.*?)^```", re.S | re.M)
BLOCKS = [m.group(1) for m in FENCE.finditer(DOC.read_text(encoding="utf-8"))]


def _tests() -> list[tuple[str, Any]]:
    found = []
    for source in BLOCKS:
        namespace: dict[str, Any] = {"__name__": "docs_example"}
        exec(compile(source, str(DOC), "exec"), namespace)
        found += [(k, f) for k, f in namespace.items() if k.startswith("test_") and callable(f)]
    return found


TESTS = _tests()


def test_doc_has_examples() -> None:
    assert len(TESTS) >= 5


@pytest.mark.parametrize(("name", "test"), TESTS, ids=[n for n, _ in TESTS])
def test_documented_example_passes(name: str, test: Any) -> None:
    test()
