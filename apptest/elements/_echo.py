"""``st.echo``: show the source of a ``with`` block as a Code node, then run it.

As in Streamlit, the block's source is read from the app's file (or the in-memory script)
by the line of the ``with`` statement: the statements of the block, dedented, as a
``Code`` node (language ``python``) above the block's output (``code_location="above"``)
or below it. A one-line ``with st.echo(): x = 1`` fails as it does in Streamlit.
"""

from __future__ import annotations

import ast
import contextlib
import linecache
import os
import sys
import textwrap
from collections.abc import Iterator
from typing import Any

from apptest.elements._dg import DeltaGenerator

_PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep
_CONTEXTLIB = os.path.abspath(contextlib.__file__)


def _with_statement_location() -> tuple[str, int]:
    """File and line of the app's ``with st.echo():`` statement."""
    frame = sys._getframe(1)
    while frame.f_back is not None:
        path = os.path.abspath(frame.f_code.co_filename)
        if not path.startswith(_PACKAGE_DIR) and path != _CONTEXTLIB:
            break
        frame = frame.f_back
    return frame.f_code.co_filename, frame.f_lineno


def _line_map(root: ast.AST) -> dict[int, Any]:
    """Streamlit's ``collect_body_statements``: line -> the last statement starting on it."""
    found: dict[int, Any] = {}

    def collect(node: ast.AST) -> None:
        if not hasattr(node, "body"):
            return
        for child in ast.iter_child_nodes(node):
            if hasattr(child, "lineno"):
                found[child.lineno] = child
                collect(child)

    collect(root)
    return found


def block_source(filename: str, line: int) -> str:
    """The dedented source of the body of the statement at ``line`` (Streamlit's way)."""
    lines = linecache.getlines(filename)
    if not lines:
        raise OSError(f"could not get source code of {filename}")
    statement = _line_map(ast.parse("".join(lines)))[line]
    first = statement.body[0]
    start = min([first.lineno] + [d.lineno for d in getattr(first, "decorator_list", [])])
    return textwrap.dedent("".join(lines[start - 1:statement.end_lineno]))


@contextlib.contextmanager
def echo(code_location: str = "above") -> Iterator[None]:
    """``st.echo``: a context manager that shows the code of its block.

    With ``code_location="above"`` an empty placeholder is written first and filled with
    the code when the block ends (if the block raises, the placeholder stays empty).

    Example (in an app):
        >>> with st.echo():  # doctest: +SKIP
        ...     st.write("shown after its code")
    """
    main = DeltaGenerator()  # the cursor, as ``st`` itself
    target: Any = main if code_location == "below" else main.empty()  # type: ignore[attr-defined]
    code: str | None = None
    message: str | None = None
    try:
        code = block_source(*_with_statement_location())
    except OSError as err:
        message = f"Unable to display code. {err}"
    yield
    if code is not None:
        target.code(code, "python")
    elif message is not None:
        target.warning(message)
