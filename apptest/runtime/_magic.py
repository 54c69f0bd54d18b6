"""Streamlit "magic": bare expression statements of an app script are written with st.write.

A port of ``streamlit.runtime.scriptrunner.magic``: the script's syntax tree is rewritten
once, before it is compiled, so that ``"hello"`` or ``df`` on a line of its own becomes
``__apptest_magic__("hello")``. The rules are Streamlit's:

* statements are rewritten at the top level and inside ``if``/``elif``/``else``, ``for``,
  ``while`` (and their ``else``), ``with``, ``try`` (``except``, ``else``, ``finally``),
  ``match`` cases, function bodies and the methods of a top-level class; never in a
  class body itself, nor in a class nested in a class;
* calls are not written (``st.markdown(...)`` or ``f()`` on a line of their own), unless
  ``magic.displayLastExprIfNoSemicolon`` is set and the call is the script's last top-level
  statement and that line does not end with ``;``;
* docstrings (a string first in a module or function body) are not written, unless
  ``magic.displayRootDocString`` is set (the module docstring only); a string first in an
  ``if`` or ``with`` body is written;
* ``yield``, ``yield from`` and ``await`` expressions are not written;
* a tuple is written as several arguments: ``"x =", x`` is ``st.write("x =", x)``.

The call goes to a function the session puts in the script's globals under
``MAGIC_NAME``, so it works whether or not the app imported streamlit. Line numbers are
those of the original expression, so tracebacks point at the app's own lines.
"""

from __future__ import annotations

import ast
from typing import Any

from apptest.runtime._magic_options import MAGIC_NAME, MagicOptions, magic_write

__all__ = ["MAGIC_NAME", "MagicOptions", "add_magic", "magic_write"]

_TRY_TYPES: tuple[type, ...] = tuple(
    t for t in (ast.Try, getattr(ast, "TryStar", None)) if t is not None
)
_FUNCTION_TYPES = (ast.FunctionDef, ast.AsyncFunctionDef)
_DOCSTRING_PARENTS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Module)
_NOT_WRITTEN = (ast.Yield, ast.YieldFrom, ast.Await)


def add_magic(tree: ast.Module, source: str, options: MagicOptions) -> ast.Module:
    """Rewrite ``tree`` (parsed from ``source``) in place so bare expressions are written.

    Example:
        >>> source = "x = 1\\nx"
        >>> ast.unparse(add_magic(ast.parse(source), source, MagicOptions()))
        'x = 1\\n__apptest_magic__(x)'
    """
    ends_in_semicolon = options.last_expr and _ends_in_semicolon(tree, source)
    _Rewriter(options, ends_in_semicolon).body(tree, "body", is_root=True)
    return tree


def _ends_in_semicolon(tree: ast.Module, source: str) -> bool:
    if not tree.body:
        return False
    last_line = getattr(tree.body[-1], "end_lineno", None)
    if last_line is None:
        return False
    return source.split("\n")[last_line - 1].strip(" ").endswith(";")


class _Rewriter:
    def __init__(self, options: MagicOptions, ends_in_semicolon: bool) -> None:
        self.options = options
        self.ends_in_semicolon = ends_in_semicolon

    def body(self, parent: Any, attr: str = "body", *, is_root: bool = False) -> None:
        """Rewrite the statements of ``parent.<attr>``, recursing as Streamlit does."""
        statements = getattr(parent, attr)
        for i, node in enumerate(statements):
            if isinstance(node, ast.Expr):
                last = i == len(statements) - 1
                if self._writes(node.value, i, parent, is_root=is_root, last=last):
                    node.value = _write_call(node.value)
            else:
                self._recurse(node)

    def _recurse(self, node: ast.stmt) -> None:
        kind = type(node)
        if kind in (*_FUNCTION_TYPES, ast.With, ast.AsyncWith):
            self.body(node)
        elif kind in (ast.For, ast.AsyncFor, ast.While, ast.If):
            self.body(node)
            self.body(node, "orelse")
        elif kind is ast.ClassDef:
            for inner in node.body:  # type: ignore[attr-defined]
                if type(inner) in _FUNCTION_TYPES:
                    self.body(inner)
        elif kind in _TRY_TYPES:
            for attr in ("body", "finalbody", "orelse"):
                self.body(node, attr)
            for handler in node.handlers:  # type: ignore[attr-defined]
                self.body(handler)
        elif kind is ast.Match:
            for case in node.cases:  # type: ignore[attr-defined]
                self.body(case)

    def _writes(self, value: ast.expr, i: int, parent: Any, *, is_root: bool, last: bool) -> bool:
        if type(value) is ast.Call and not (
            self.options.last_expr and is_root and last and not self.ends_in_semicolon
        ):
            return False
        if _is_docstring(value, i, parent) and not (self.options.root_docstring and is_root):
            return False
        return type(value) not in _NOT_WRITTEN


def _is_docstring(value: ast.expr, index: int, parent: Any) -> bool:
    return (
        index == 0
        and type(parent) in _DOCSTRING_PARENTS
        and isinstance(value, ast.Constant)
        and isinstance(value.value, str)
    )


def _write_call(value: ast.expr) -> ast.Call:
    """``__apptest_magic__(value)``, or one argument per item of a tuple; same location."""
    args = list(value.elts) if type(value) is ast.Tuple else [value]
    func = ast.copy_location(ast.Name(id=MAGIC_NAME, ctx=ast.Load()), value)
    return ast.copy_location(ast.Call(func=func, args=args, keywords=[]), value)
