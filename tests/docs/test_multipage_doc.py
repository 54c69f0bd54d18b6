"""docs/multipage.md: its example tests pass and its error message is real."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from apptest import AppTest
from apptest.errors import PageNotFoundError

ROOT = Path(__file__).resolve().parent.parent.parent
DOC = ROOT / "docs" / "multipage.md"
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.S | re.M)


def _blocks(lang: str) -> list[str]:
    return [m.group(2) for m in FENCE.finditer(DOC.read_text(encoding="utf-8")) if m.group(1) == lang]


def _tests() -> list[tuple[str, Any]]:
    found = []
    for source in _blocks("python"):
        namespace: dict[str, Any] = {"__name__": "docs_example"}
        exec(compile(source, str(ROOT / "tests" / "test_docs_example.py"), "exec"), namespace)
        found += [(k, f) for k, f in namespace.items() if k.startswith("test_") and callable(f)]
    return found


@pytest.mark.parametrize(("name", "test"), _tests(), ids=[n for n, _ in _tests()])
def test_documented_example_passes(name: str, test: Any) -> None:
    test()


def test_documented_error_is_real() -> None:
    (shown,) = [b for b in _blocks("text") if b.startswith("PageNotFoundError")]
    app = str(ROOT / "examples" / "navigation" / "app.py")
    at = AppTest.from_file(app).run()
    with pytest.raises(PageNotFoundError) as info:
        at.switch_page("views/nope.py")
    head, *pages = str(info.value).split("\n")
    shown_head, *shown_pages = shown.rstrip("\n").replace("'.../app.py'", repr(app)).split("\n  - ")
    assert "PageNotFoundError: " + head == " ".join(shown_head.split())
    assert pages == ["  - " + p for p in shown_pages]
