"""The examples in README.md and docs/ do what the text says.

Every ```python block that defines ``test_*`` functions runs as if saved in ``tests/``
(so ``"../examples/counter.py"`` resolves as documented); a block marked "fails on purpose"
must fail with ``AssertionError``. Every shown ``$ apptest run APP`` transcript must match
the command's real output.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from apptest._cli import main

ROOT = Path(__file__).resolve().parent.parent.parent
DOCS = [ROOT / "README.md", ROOT / "docs" / "getting-started.md", ROOT / "docs" / "index.md"]

FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.S | re.M)


def blocks(lang: str) -> list[tuple[str, str]]:
    found = []
    for doc in DOCS:
        for i, m in enumerate(FENCE.finditer(doc.read_text(encoding="utf-8"))):
            if m.group(1) == lang:
                found.append((f"{doc.name}#{i}", m.group(2)))
    return found


TEST_BLOCKS = [(name, src) for name, src in blocks("python") if "def test_" in src]
TRANSCRIPTS = [(name, src) for name, src in blocks("") if src.startswith("$ apptest run ")]


def test_docs_have_examples() -> None:
    assert len(TEST_BLOCKS) >= 3
    assert len(TRANSCRIPTS) >= 2


@pytest.mark.parametrize(("name", "source"), TEST_BLOCKS, ids=[n for n, _ in TEST_BLOCKS])
def test_documented_test_behaves_as_described(name: str, source: str) -> None:
    namespace: dict[str, Any] = {"__name__": "docs_example"}
    exec(compile(source, str(ROOT / "tests" / "test_docs_example.py"), "exec"), namespace)
    tests = [f for key, f in namespace.items() if key.startswith("test_") and callable(f)]
    assert tests
    for test in tests:
        if "fails on purpose" in source:
            with pytest.raises(AssertionError, match="Count =  `2`"):
                test()
        else:
            test()


@pytest.mark.parametrize(("name", "transcript"), TRANSCRIPTS, ids=[n for n, _ in TRANSCRIPTS])
def test_documented_cli_output_is_real(
    name: str,
    transcript: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    command, _, shown = transcript.partition("\n")
    monkeypatch.chdir(ROOT)
    assert main(command.split()[2:]) == 0
    assert capsys.readouterr().out == shown
