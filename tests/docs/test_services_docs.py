"""The examples in docs/secrets-config-context.md and docs/components.md pass."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

DOCS = Path(__file__).resolve().parents[2] / "docs"
FENCE = re.compile(r"^```python\n(.*?)^```", re.S | re.M)
BLOCKS = [
    (f"{name}#{i}", m.group(1))
    for name in ("secrets-config-context.md", "components.md")
    for i, m in enumerate(FENCE.finditer((DOCS / name).read_text(encoding="utf-8")))
]


def test_pages_have_examples() -> None:
    assert len(BLOCKS) >= 7


@pytest.mark.parametrize(("name", "source"), BLOCKS, ids=[n for n, _ in BLOCKS])
def test_documented_example_passes(name: str, source: str) -> None:
    namespace: dict[str, Any] = {"__name__": "docs_example"}
    exec(compile(source, name, "exec"), namespace)
    tests = [f for key, f in namespace.items() if key.startswith("test_") and callable(f)]
    assert tests
    for test in tests:
        test()
