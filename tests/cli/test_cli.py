"""The ``apptest`` command: ``apptest run APP`` runs an app headless and prints its tree.

Exercised in a child process (``python -m apptest``, as a user runs it) and in-process
through ``apptest._cli.main`` (faster, and its output is captured with ``capsys``).
Exit status: 0 for a clean run, 1 when the app raised, 2 for a usage error or missing file.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from apptest._cli import main

ROOT = Path(__file__).resolve().parent.parent.parent
COUNTER = "examples/counter.py"

COUNTER_LINES = [
    "main",
    "  title value='Counter Example'",
    "  button label='Increment' value=False",
    "  markdown value='Count =  `0`'",
    "session_state:",
    "  'count': 0",
]


def run_cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "apptest", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


def write_app(tmp_path: Path, source: str, name: str = "app.py") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(source), encoding="utf-8")
    return path


# --------------------------------------------------------------------------- child process


def test_run_counter_in_a_child_process_prints_tree_and_state() -> None:
    proc = run_cli("run", COUNTER)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == COUNTER_LINES
    assert proc.stderr == ""


def test_missing_file_in_a_child_process_exits_2_with_a_message() -> None:
    proc = run_cli("run", "examples/no_such_app.py")
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert "no app script at examples/no_such_app.py" in proc.stderr


def test_no_command_is_a_usage_error() -> None:
    proc = run_cli()
    assert proc.returncode == 2
    assert "usage: apptest" in proc.stderr


# --------------------------------------------------------------------------- in process


def test_main_runs_counter_by_relative_path(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    assert main(["run", COUNTER]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines() == COUNTER_LINES
    assert err == ""


def test_main_runs_counter_by_absolute_path_from_elsewhere(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["run", str(ROOT / COUNTER)]) == 0
    out = capsys.readouterr().out
    assert "title value='Counter Example'" in out
    assert "button label='Increment'" in out
    assert "markdown value='Count =  `0`'" in out
    assert "session_state:\n  'count': 0" in out


def test_main_missing_file_exits_2_with_a_clear_message(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "nope.py"
    assert main(["run", str(missing)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.strip() == f"apptest: error: no app script at {missing}"


def test_main_directory_is_not_an_app(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["run", str(tmp_path)]) == 2
    assert "no app script at" in capsys.readouterr().err


def test_main_app_that_raises_exits_1_and_still_prints_tree_and_state(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    app = write_app(
        tmp_path,
        """
        import streamlit as st
        st.title("Before the error")
        st.session_state.seen = True
        raise ValueError("boom")
        """,
    )
    assert main(["run", str(app)]) == 1
    out = capsys.readouterr().out
    assert "title value='Before the error'" in out
    assert "exception value='boom'" in out
    assert "'seen': True" in out


def test_main_app_with_syntax_error_exits_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    app = write_app(tmp_path, "import streamlit as st\nst.write(\n")
    assert main(["run", str(app)]) == 1
    out = capsys.readouterr().out
    assert "  exception value=" in out
    assert str(app) in out


def test_main_app_with_empty_state_says_so(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    app = write_app(tmp_path, "import streamlit as st\nst.write('hello')\n")
    assert main(["run", str(app)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "main",
        "  markdown value='hello'",
        "session_state:",
        "  (empty)",
    ]


def test_child_process_app_that_raises_exits_1(tmp_path: Path) -> None:
    app = write_app(tmp_path, "import streamlit as st\nraise RuntimeError('nope')\n")
    proc = run_cli("run", str(app))
    assert proc.returncode == 1
    assert "exception value='nope'" in proc.stdout


def test_main_timeout_is_reported_on_stderr(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A run over ``--timeout`` is an error of the run, not an element of the app.

    Real ``AppTest.run`` raises ``RuntimeError("AppTest script run timed out after 0.3(s)")``;
    the CLI catches apptest's ``ScriptTimeoutError`` and prints it. KNOWN BUG: apptest turns
    the timeout into an exception element instead (see tests/test_script_timeout.py).
    """
    app = write_app(
        tmp_path,
        """
        import time
        import streamlit as st
        for _ in range(300):
            time.sleep(0.01)
            st.write("tick")
        """,
    )
    assert main(["run", str(app), "--timeout", "0.3"]) == 1
    out, err = capsys.readouterr()
    assert "timed out after 0.3(s)" in err
    assert "exception value='AppTest script run timed out" not in out
