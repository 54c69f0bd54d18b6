"""MkDocs hooks for the documentation site (``hooks:`` in mkdocs.yml).

``<!-- apptest-cli-help -->`` in a page becomes the ``--help`` text of every ``apptest``
subcommand, taken from the parser itself, so the command-line reference cannot drift
from the code.
"""

from __future__ import annotations

import argparse
import os
from typing import Any

MARKER = "<!-- apptest-cli-help -->"


def cli_help(width: int = 88) -> str:
    """The usage of ``apptest`` and of each subcommand, as Markdown sections."""
    from apptest._cli import _parser

    saved = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = str(width)
    try:
        parser = _parser()
        sections = [f"```text\n{parser.format_help()}```"]
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    sections.append(f"## `apptest {name}`\n\n```text\n{sub.format_help()}```")
    finally:
        if saved is None:
            os.environ.pop("COLUMNS", None)
        else:
            os.environ["COLUMNS"] = saved
    return "\n\n".join(sections)


def on_page_markdown(markdown: str, **kwargs: Any) -> str:
    """Expand the CLI marker (mkdocs event)."""
    if MARKER in markdown:
        markdown = markdown.replace(MARKER, cli_help())
    return markdown

