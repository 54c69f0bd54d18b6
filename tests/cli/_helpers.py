"""Helpers for the ``apptest`` command tests: write apps, run the command in a child process."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def write(folder: Path, name: str, source: str) -> Path:
    """Write ``source`` (dedented) to ``folder/name``, creating folders."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(source).lstrip(), encoding="utf-8")
    return path


def run_cli(*args: str, cwd: Path = ROOT, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """``python -m apptest ARGS`` in a child process."""
    return subprocess.run(
        [sys.executable, "-m", "apptest", *args], cwd=cwd, capture_output=True, text=True,
        timeout=timeout, stdin=subprocess.DEVNULL,
    )
