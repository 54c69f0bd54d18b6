"""docs/ci.md: its transcripts are real output and its workflow's commands are valid."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from apptest._cli import _parser, main

ROOT = Path(__file__).resolve().parent.parent.parent
DOC = ROOT / "docs" / "ci.md"
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.S | re.M)
SECONDS = re.compile(r"\d+\.\d\ds")


def blocks(lang: str) -> list[str]:
    return [m.group(2) for m in FENCE.finditer(DOC.read_text(encoding="utf-8")) if m.group(1) == lang]


def normalized(text: str) -> str:
    text = SECONDS.sub("0.00s", text)
    return re.sub(r'File "[^"]*shop\.py"', 'File "shop.py"', text)


def test_explore_transcript_is_real(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (app,) = [b for b in blocks("python") if 'st.title("Shop")' in b]
    (shown,) = [b for b in blocks("") if b.startswith("[1/1] shop.py")]
    (tmp_path / "shop.py").write_text(app, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "shop.py"]) == 0
    capsys.readouterr()
    assert main(["check", "shop.py", "--explore", "10"]) == 1
    assert normalized(capsys.readouterr().out) == normalized(shown)


def test_examples_transcript_has_the_real_shape(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (shown,) = [b for b in blocks("") if re.match(r"\[1/\d+\] examples/", b)]
    monkeypatch.chdir(ROOT)
    assert main(["check", "examples/"]) == 0
    out = capsys.readouterr().out
    for line in shown.splitlines():
        if line.startswith("[") and "plugins" not in line:
            path_and_status = line.split("] ", 1)[1].rsplit(" ", 1)[0]
            assert path_and_status in out
    assert shown.splitlines()[-3].split() == out.splitlines()[-3].split()  # the table header


def test_workflow_commands_are_valid() -> None:
    yaml = pytest.importorskip("yaml")
    (workflow,) = blocks("yaml")
    steps = yaml.safe_load(workflow)["jobs"]["check"]["steps"]
    commands = [s["run"] for s in steps if "apptest" in s.get("run", "")]
    assert commands
    for command in commands:
        args = _parser().parse_args(shlex.split(command)[1:])
        assert args.command == "check"
        assert args.paths == ["examples/"]


def test_run_transcript_is_real(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (shown,) = [b for b in blocks("") if b.startswith("$ apptest run")]
    command, *expected = shown.splitlines()
    monkeypatch.chdir(ROOT)
    assert main(shlex.split(command)[2:]) == 0
    assert capsys.readouterr().out.splitlines() == expected


def test_first_command_matches_the_readme() -> None:
    (first,) = blocks("bash")[:1]
    assert first.strip() == "pip install -e . && apptest check examples/"
    assert "pip install -e . && apptest check examples/" in (ROOT / "README.md").read_text()
