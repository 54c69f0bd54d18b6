"""The ``apptest`` command: ``apptest run APP`` runs an app headless and prints its tree."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import Any

from apptest._apptest import AppTest
from apptest.errors import AppTestError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="apptest", description="Headless testing for Streamlit apps")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="run an app once and print its element tree and session state")
    run.add_argument("app", help="path to the app script")
    run.add_argument("--timeout", type=float, default=3.0, help="seconds a run may take (default 3)")
    return parser


def _run(app: str, timeout: float) -> int:
    if not os.path.isfile(app):
        print(f"apptest: error: no app script at {app}", file=sys.stderr)
        return 2
    at = AppTest.from_file(os.path.abspath(app), default_timeout=timeout)
    try:
        at.run()
    except AppTestError as exc:
        print(f"apptest: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print(at.to_text())
    for node in at.exception:
        print(_describe_exception(node))
    return 1 if len(at.exception) else 0


def _describe_exception(exc: Any) -> str:
    """An app exception in full: type, message and the app's own traceback."""
    lines = [f"exception: {exc.proto.type}: {exc.message}"]
    lines.extend(f"  {row}" for row in exc.stack_trace)
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``apptest`` command; returns the exit status.

    Example:
        >>> main(["run", "examples/counter.py"])  # doctest: +SKIP
        0
    """
    args = _parser().parse_args(argv)
    return _run(args.app, args.timeout)
