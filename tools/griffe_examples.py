"""Griffe extension for the API reference: ``Example:`` sections render as code.

apptest's docstrings (Google style) head their examples ``Example:``; griffe's Google
parser treats only ``Examples:`` as an examples section (``>>>`` lines become code,
doctest directives are trimmed). This renames the header when the docs are built.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

HEADER = re.compile(r"^(\s*)Example:\s*$", re.M)


class ExampleSections(griffe.Extension):
    """Rename ``Example:`` to ``Examples:`` in every docstring griffe loads."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = HEADER.sub(r"\1Examples:", obj.docstring.value)
