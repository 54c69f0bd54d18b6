"""Fixtures of the ``apptest`` command tests."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Work in an empty folder (the command prints paths relative to it)."""
    monkeypatch.chdir(tmp_path)
    return tmp_path
