"""docs/finding-elements.md: its example test passes and its error transcript is real."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from apptest.errors import ElementNotFoundError

DOC = Path(__file__).resolve().parent.parent.parent / "docs" / "finding-elements.md"
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.S | re.M)


def _blocks(lang: str) -> list[str]:
    return [m.group(2) for m in FENCE.finditer(DOC.read_text(encoding="utf-8")) if m.group(1) == lang]


def _example_namespace() -> dict[str, Any]:
    (source,) = [b for b in _blocks("python") if "def test_find_by_label_and_text" in b]
    namespace: dict[str, Any] = {"__name__": "docs_example"}
    exec(compile(source, str(DOC), "exec"), namespace)
    return namespace


def test_documented_example_passes() -> None:
    namespace = _example_namespace()
    namespace["test_find_by_label_and_text"]()


def test_documented_errors_are_real() -> None:
    (transcript,) = [b for b in _blocks("") if b.startswith(">>> ")]
    at = _example_namespace()["AppTest"].from_string(_example_namespace()["APP"]).run()
    at.button[0].click().run()
    at.button[0].click().run()
    for call, message in re.findall(r">>> ([^\n]*)\nElementNotFoundError: (.*?)(?=\n>>> |\Z)", transcript, re.S):
        with pytest.raises(ElementNotFoundError) as info:
            eval(call, {"at": at})
        assert str(info.value) == message.rstrip("\n")


def test_documented_tree_is_real() -> None:
    from apptest import AppTest

    (app,) = [b for b in _blocks("python") if b.startswith("import streamlit")]
    (shown,) = [b for b in _blocks("") if b.startswith("main\n")]
    assert AppTest.from_string(app).run().to_text() + "\n" == shown
