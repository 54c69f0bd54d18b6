"""The ``apptest`` command: a subcommand registry and the dispatch to it.

- ``apptest run APP``: run an app once, poke it, print its tree and state (``_cli_run``);
- ``apptest check PATH...``: smoke-run and explore every app, for CI (``_cli_check``).

Exit status 2 is a usage error (bad option, missing file) with a one-line message.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from apptest import _cli_check, _cli_run
from apptest._cli_args import UsageError

Command = Callable[[argparse.Namespace], int]

#: each subcommand: how it declares its options, and what runs it
COMMANDS: dict[str, tuple[Callable[[argparse._SubParsersAction], None], Command]] = {
    "run": (_cli_run.add_parser, _cli_run.run_app),
    "check": (_cli_check.add_parser, _cli_check.run_check),
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="apptest", description="Headless testing for Streamlit apps")
    sub = parser.add_subparsers(dest="command", required=True)
    for declare, _ in COMMANDS.values():
        declare(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``apptest`` command; returns the exit status.

    Example:
        >>> main(["run", "examples/counter.py"])  # doctest: +SKIP
        0
        >>> main(["check", "examples/"])  # doctest: +SKIP
        0
    """
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # argparse printed the usage and the error
        return exc.code if isinstance(exc.code, int) else 2
    try:
        return COMMANDS[args.command][1](args)
    except UsageError as exc:
        print(f"apptest: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # the reader went away (``apptest check . | head``)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
