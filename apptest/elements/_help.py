"""``st.help``: a summary of any object (also what ``st.write`` shows for functions and classes).

The node is ``Help`` (``.type`` ``"help_info"``, found as ``at.help``), as in
``streamlit.testing.v1``: ``name`` is the expression the app passed, read from its source
line (``st.help(x)`` -> ``"x"``), ``doc_string`` the object's docstring and ``value`` a short
summary: the name for functions, classes and modules, else the object's readable repr
(``"5"``, ``"'hello'"``, ``"Point(x=1, y=2)"``). The object itself is ``obj``.
"""

from __future__ import annotations

import ast
import inspect
import linecache
import os
import re
import sys
import types
from typing import Any

from apptest.elements._dg import DeltaGenerator, element
from apptest.elements._write_kinds import MEM_ADDRESS
from apptest.tree._nodes import Element

_PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep
_NEWLINES = re.compile(r"[\n\r]+")
_FACADE_MODULE = "apptest._facade._st"


class Help(Element, collection="help"):
    """``st.help``: ``name``, ``doc_string``, ``obj_type`` (``"function"``, ``"class"``, ...)."""

    type = "help_info"

    def __init__(self, obj: Any, name: str, obj_type: str, doc_string: str, summary: str | None,
                 is_signature: bool) -> None:
        self.obj = obj
        self.name = name
        self.obj_type = obj_type
        self.doc_string = doc_string
        #: the summary Streamlit stores (``module.name(signature)`` or a repr), or None
        self.raw_value = summary
        self._is_signature = is_signature

    @property
    def value(self) -> str:
        """The name for callables, classes and modules, else the object's readable repr."""
        raw = self.raw_value or ""
        if self.name and (not raw or self._is_signature):
            return self.name
        return raw


def user_line() -> str | None:
    """The app's source line that called into apptest (newlines removed), if known."""
    frame = sys._getframe(1)
    while frame is not None and os.path.abspath(frame.f_code.co_filename).startswith(_PACKAGE_DIR):
        frame = frame.f_back  # type: ignore[assignment]
    if frame is None:
        return None
    line = linecache.getline(frame.f_code.co_filename, frame.f_lineno, frame.f_globals)
    return _NEWLINES.sub("", line.strip()) or None


def _is_command(node: Any, name: str) -> bool:
    return isinstance(node, ast.Call) and (
        getattr(node.func, "id", None) == name or getattr(node.func, "attr", None) == name)


def variable_name(code: str | None) -> str | None:
    """Streamlit's ``_get_variable_name_from_code_str``: what the app passed, as written."""
    if code is None:
        return None
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return None
    call = getattr(tree.body[0], "value", None) if tree.body else None
    if not isinstance(call, ast.Call) or not (_is_command(call, "help") or _is_command(call, "write")):
        return code.removesuffix(",")
    if not call.args:
        return None
    arg = call.args[0]
    if isinstance(arg, ast.NamedExpr):
        return arg.target.id if isinstance(arg.target, ast.Name) else None
    if isinstance(arg, ast.Constant):
        return None
    return code[arg.col_offset:arg.end_col_offset]


def _docstring(obj: Any) -> str:
    doc = inspect.getdoc(obj)
    plain = (type, types.ModuleType)
    if doc is None and type(obj) not in plain and not inspect.isfunction(obj) and not inspect.ismethod(obj):
        doc = inspect.getdoc(type(obj))
    return doc.strip() if doc else ""


def _readable(obj: Any) -> str | None:
    if inspect.isclass(obj) or inspect.ismodule(obj) or callable(obj):
        return None
    shown = repr(obj)
    if not isinstance(obj, str) and MEM_ADDRESS.match(shown):
        return None
    shown = shown.strip()
    return shown[:300] + "..." if len(shown) > 300 else shown


def _signature(obj: Any) -> str:
    if not inspect.isclass(obj) and not callable(obj):
        return ""
    try:
        return str(inspect.signature(obj))
    except (ValueError, NameError):
        return "(...)"
    except TypeError:
        return ""


def _qualified(obj: Any) -> tuple[str, bool]:
    """``module.name(signature)`` of a callable, class or module (or of the object's type).

    The flag tells whether a signature was added (``streamlit.testing.v1`` then shows the
    name the app wrote instead).
    """
    target = obj
    name = getattr(obj, "__qualname__", None) or getattr(obj, "__name__", None)
    if not name:
        target = type(obj)
        name = target.__qualname__
    if name == _FACADE_MODULE:
        return "streamlit", False
    module = getattr(target, "__module__", None)
    signature = _signature(target)
    return (f"{module}.{name}{signature}" if module else f"{name}{signature}"), bool(signature)


def help_node(obj: Any, name: str | None) -> Help:
    """The Help node Streamlit makes of ``obj`` shown under ``name``."""
    summary = _readable(obj)
    is_signature = False
    if summary is None:
        summary, is_signature = _qualified(obj)
    obj_type = "class" if inspect.isclass(obj) else type(obj).__name__
    return Help(obj, name or "", obj_type, _docstring(obj), None if summary == name else summary,
                is_signature)


class _StreamlitModule:
    """The default of ``st.help``: the streamlit module (the facade, looked up when called)."""

    def __repr__(self) -> str:
        return "streamlit"


_STREAMLIT = _StreamlitModule()


@element
def help(self: DeltaGenerator, obj: Any = _STREAMLIT, *, width: Any = "stretch") -> DeltaGenerator:
    """``st.help``: the object's name, summary and docstring (default: the streamlit module)."""
    if obj is _STREAMLIT:
        obj = sys.modules.get(_FACADE_MODULE)
    return self._add(help_node(obj, variable_name(user_line())))
