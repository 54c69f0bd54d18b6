"""Text elements: headings, markdown, caption, text, code, json, latex, divider, badge, space.

Node classes and values follow ``streamlit.testing.v1``: ``st.latex`` and ``st.divider``
are markdown-like nodes of their own type (``latex`` shows ``$$\\n<body>\\n$$``,
``divider`` shows ``---``), ``st.badge`` is a Markdown node (``:blue-badge[label]``), and
a heading's ``divider`` is an attribute, not a node.
"""

from __future__ import annotations

import re
import sys
from collections import ChainMap, UserDict, UserList, deque
from collections.abc import ItemsView, KeysView, Mapping, ValuesView
from enum import EnumMeta
from types import MappingProxyType
from typing import Any

from apptest.elements._dg import DeltaGenerator, element
from apptest.elements._layout_params import icon_text
from apptest.elements._widget import dedent
from apptest.errors import StreamlitInvalidParameterTypeError, StreamlitValueError
from apptest.tree._nodes import Element


class TextElement(Element):
    """An element whose value is the text it shows."""

    def __init__(self, body: str, **attrs: Any) -> None:
        self.body = body
        self.__dict__.update(attrs)

    @property
    def value(self) -> str:
        """The text shown."""
        return self.body


class MarkdownLike(TextElement):
    """Base of the nodes Streamlit draws from its Markdown proto."""

    allow_html: bool = False
    help: str = ""

    @property
    def is_caption(self) -> bool:
        """Whether this is a caption (as ``streamlit.testing.v1`` tells it)."""
        return self.type == "caption"


class Markdown(MarkdownLike, collection="markdown"):
    """``st.markdown``, ``st.badge`` and what ``st.write`` turns into markdown."""

    type = "markdown"


class Caption(MarkdownLike, collection="caption"):
    """``st.caption``."""

    type = "caption"


class Latex(MarkdownLike, collection="latex"):
    """``st.latex``; the value is the body between ``$$`` lines, as Streamlit sends it."""

    type = "latex"


class Divider(MarkdownLike, collection="divider"):
    """``st.divider``; the value is ``"---"``."""

    type = "divider"


class Space(Element, collection="space"):
    """``st.space``; the value is the size given (``"small"``, ``"medium"``, ``"large"`` or pixels)."""

    type = "space"

    def __init__(self, size: str | int) -> None:
        self.size = size

    @property
    def value(self) -> str | int:
        """The ``size`` passed to ``st.space``."""
        return self.size


class Text(TextElement, collection="text"):
    """``st.text`` (preformatted text)."""

    type = "text"


class Code(TextElement, collection="code"):
    """``st.code``."""

    type = "code"


class Json(TextElement, collection="json"):
    """``st.json``; the value is the JSON text."""

    type = "json"


class Heading(TextElement):
    """Base of title, header and subheader.

    ``anchor`` is the anchor given (``""``: generated), ``hide_anchor`` is True for
    ``anchor=False``, ``divider`` the divider colour (``""``: none, ``"auto"`` for True),
    ``icon`` and ``help`` are ``""`` when not set.
    """

    tag = "h1"
    anchor: str = ""
    hide_anchor: bool = False
    divider: str = ""
    icon: str = ""
    help: str = ""


class Title(Heading, collection="title"):
    """``st.title``."""

    type = "title"
    tag = "h1"


class Header(Heading, collection="header"):
    """``st.header``."""

    type = "header"
    tag = "h2"


class Subheader(Heading, collection="subheader"):
    """``st.subheader``."""

    type = "subheader"
    tag = "h3"


def _str(body: Any) -> str:
    """Streamlit's ``clean_text``: dedented and stripped."""
    return dedent(body if isinstance(body, str) else str(body)).strip()


_DIVIDER_COLORS = ("red", "orange", "yellow", "blue", "green", "violet", "gray", "grey", "rainbow")
_BADGE_COLORS = ("red", "orange", "yellow", "blue", "green", "violet", "gray", "grey", "primary")
_SPACE_SIZES = ("stretch", "xxsmall", "xsmall", "small", "medium", "large", "xlarge", "xxlarge")


def help_text(help: Any) -> str:
    """Streamlit's ``to_help_str``: dedented text, ``""`` when unset (as the tree shows it)."""
    return "" if help is None or help == "" else dedent(str(help))


def _divider(divider: Any) -> str:
    if not divider:
        return ""
    if divider is True:
        return "auto"
    if divider in _DIVIDER_COLORS:
        return str(divider)
    raise StreamlitValueError("divider", ["True"] + [f"'{c}'" for c in _DIVIDER_COLORS])


def _heading(cls: type[Heading], body: Any, anchor: Any, help: Any, icon: Any, divider: Any) -> Heading:
    """A heading node with Streamlit's checks of ``anchor`` and ``divider``."""
    node = cls(_str(body), icon=icon_text(icon), help=help_text(help), divider=_divider(divider))
    if anchor is False:
        node.hide_anchor = True
    elif isinstance(anchor, str):
        node.anchor = anchor
    elif anchor is True:
        raise StreamlitValueError("anchor", ["None", "False", "any string"])
    elif anchor is not None:
        raise StreamlitInvalidParameterTypeError("anchor", type(anchor).__name__, ["str", "None", "False"])
    return node


@element
def title(
    self: DeltaGenerator,
    body: Any,
    anchor: str | bool | None = None,
    *,
    help: str | None = None,
    icon: str | None = None,
    width: Any = "stretch",
    text_alignment: str = "left",
    wrap: bool = True,
) -> DeltaGenerator:
    """``st.title``: a level-1 heading."""
    return self._add(_heading(Title, body, anchor, help, icon, False))


@element
def header(
    self: DeltaGenerator,
    body: Any,
    anchor: str | bool | None = None,
    *,
    help: str | None = None,
    icon: str | None = None,
    divider: bool | str = False,
    width: Any = "stretch",
    text_alignment: str = "left",
    wrap: bool = True,
) -> DeltaGenerator:
    """``st.header``: a level-2 heading (``divider`` is an attribute, not a node)."""
    return self._add(_heading(Header, body, anchor, help, icon, divider))


@element
def subheader(
    self: DeltaGenerator,
    body: Any,
    anchor: str | bool | None = None,
    *,
    help: str | None = None,
    icon: str | None = None,
    divider: bool | str = False,
    width: Any = "stretch",
    text_alignment: str = "left",
    wrap: bool = True,
) -> DeltaGenerator:
    """``st.subheader``: a level-3 heading (``divider`` is an attribute, not a node)."""
    return self._add(_heading(Subheader, body, anchor, help, icon, divider))


@element
def markdown(
    self: DeltaGenerator,
    body: Any,
    unsafe_allow_html: bool = False,
    *,
    help: str | None = None,
    width: Any = "auto",
    **extra: Any,
) -> DeltaGenerator:
    """``st.markdown``."""
    return self._add(Markdown(_str(body), allow_html=unsafe_allow_html, help=help_text(help)))


@element
def caption(
    self: DeltaGenerator,
    body: Any,
    unsafe_allow_html: bool = False,
    *,
    help: str | None = None,
    width: Any = "stretch",
    **extra: Any,
) -> DeltaGenerator:
    """``st.caption``: small, muted text."""
    return self._add(Caption(_str(body), allow_html=unsafe_allow_html, help=help_text(help)))


@element
def text(
    self: DeltaGenerator, body: Any, *, help: str | None = None, width: Any = "content", **extra: Any
) -> DeltaGenerator:
    """``st.text``: fixed-width text."""
    return self._add(Text(_str(body), help=help_text(help)))


@element
def code(
    self: DeltaGenerator,
    body: str,
    language: str | None = "python",
    *,
    line_numbers: bool = False,
    wrap_lines: bool = False,
    height: Any = "content",
    width: Any = "stretch",
    **extra: Any,
) -> DeltaGenerator:
    """``st.code``: a code block."""
    return self._add(
        Code(re.sub(r"\n\Z", "", re.sub(r"\A\n", "", str(body))), language=language or "plaintext",
             show_line_numbers=line_numbers)
    )


def _json_default(value: Any) -> Any:
    return list(value) if isinstance(value, set) else repr(value)


def _json_body(body: Any) -> Any:
    """What Streamlit serialises for ``st.json``: mappings as dicts, sequences as lists."""
    if isinstance(body, str):
        return body
    if hasattr(body, "to_dict") and isinstance(body, Mapping):
        return body.to_dict()  # type: ignore[attr-defined]
    if isinstance(body, tuple) and hasattr(body, "_asdict"):
        return body._asdict()
    if isinstance(body, (ChainMap, MappingProxyType, UserDict)):
        return dict(body)
    if _is_list_like(body):
        return list(body)
    return body


def _is_list_like(body: Any) -> bool:
    array = sys.modules.get("array")  # an array.array exists only once array is imported
    return (isinstance(body, _LIST_LIKE) or type(body).__name__ == "ndarray"
            or (array is not None and isinstance(body, array.ArrayType)))


_LIST_LIKE = (list, set, tuple, frozenset, deque, enumerate, ItemsView, KeysView, ValuesView,
              map, UserList, EnumMeta)


@element
def json(
    self: DeltaGenerator, body: Any, *, expanded: bool | int = True, width: Any = "stretch"
) -> DeltaGenerator:
    """``st.json``: pretty-printed JSON (``expanded``: True, False or a depth)."""
    if not isinstance(expanded, int):
        raise StreamlitInvalidParameterTypeError("expanded", type(expanded).__name__, ["bool", "int"])
    body = _json_body(body)
    if not isinstance(body, str):
        import json as _json

        try:
            body = _json.dumps(body, default=_json_default)
        except TypeError as err:
            self.warning(  # type: ignore[attr-defined]
                "Warning: this data structure was not fully serializable as JSON due to one or "
                f"more unexpected keys.  (Error was: {err})")
            body = _json.dumps(body, skipkeys=True, default=_json_default)
    depth = None if isinstance(expanded, bool) else expanded
    return self._add(Json(body, expanded=bool(expanded) or depth is not None, max_expand_depth=depth))


@element
def latex(self: DeltaGenerator, body: Any, *, help: str | None = None, width: Any = "stretch") -> DeltaGenerator:
    """``st.latex``: a formula (a SymPy expression is converted with ``sympy.latex``)."""
    if is_sympy_expression(body):
        import sympy

        body = sympy.latex(body)
    return self._add(Latex(f"$$\n{_str(body)}\n$$", help=help_text(help)))


def is_sympy_expression(obj: Any) -> bool:
    """True for a SymPy expression (sympy is imported only for objects of its own)."""
    if not type(obj).__module__.startswith("sympy."):
        return False
    try:
        import sympy
    except ImportError:
        return False
    return isinstance(obj, sympy.Expr)


@element
def divider(self: DeltaGenerator, *, width: Any = "stretch") -> DeltaGenerator:
    """``st.divider``: a horizontal rule."""
    return self._add(Divider("---"))


@element
def badge(
    self: DeltaGenerator,
    label: str,
    *,
    icon: str | None = None,
    color: str = "blue",
    width: Any = "content",
    help: str | None = None,
) -> DeltaGenerator:
    """``st.badge``: a Markdown node ``:<color>-badge[<icon> <label>]``."""
    shown_icon = icon_text(icon)
    escaped = label.replace("[", "\\[").replace("]", "\\]")
    body = f":{color}-badge[{shown_icon + ' ' if shown_icon else ''}{escaped}]"
    return self._add(Markdown(body, help=help_text(help)))


@element
def space(self: DeltaGenerator, size: str | int = "small") -> DeltaGenerator:
    """``st.space``: empty space of a named size or a number of pixels."""
    valid = size in _SPACE_SIZES if isinstance(size, str) else isinstance(size, int) and size > 0
    if not valid:
        raise StreamlitValueError(
            "size", [*(f"'{s}'" for s in _SPACE_SIZES), "a positive integer"], detail=f"Got {size!r}.")
    return self._add(Space(size))
