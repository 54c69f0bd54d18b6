"""Text elements: title, header, subheader, markdown, caption, text, code, json."""

from __future__ import annotations

import json as _json
import textwrap
from typing import Any

from apptest.elements._dg import DeltaGenerator, element
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


class Markdown(TextElement, collection="markdown"):
    """``st.markdown`` and what ``st.write`` turns into markdown."""

    type = "markdown"


class Caption(TextElement, collection="caption"):
    """``st.caption``."""

    type = "caption"


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
    """Base of title, header and subheader."""

    tag = "h1"


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
    return textwrap.dedent(body if isinstance(body, str) else str(body)).strip()


@element
def title(
    self: DeltaGenerator,
    body: Any,
    anchor: str | bool | None = None,
    *,
    help: str | None = None,
    width: Any = "stretch",
    **extra: Any,
) -> DeltaGenerator:
    """``st.title``: a level-1 heading."""
    return self._add(Title(_str(body), anchor=anchor, help=help))


@element
def header(
    self: DeltaGenerator,
    body: Any,
    anchor: str | bool | None = None,
    *,
    help: str | None = None,
    divider: bool | str = False,
    width: Any = "stretch",
    **extra: Any,
) -> DeltaGenerator:
    """``st.header``: a level-2 heading."""
    return self._add(Header(_str(body), anchor=anchor, help=help, divider=divider))


@element
def subheader(
    self: DeltaGenerator,
    body: Any,
    anchor: str | bool | None = None,
    *,
    help: str | None = None,
    divider: bool | str = False,
    width: Any = "stretch",
    **extra: Any,
) -> DeltaGenerator:
    """``st.subheader``: a level-3 heading."""
    return self._add(Subheader(_str(body), anchor=anchor, help=help, divider=divider))


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
    return self._add(Markdown(_str(body), allow_html=unsafe_allow_html, help=help))


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
    return self._add(Caption(_str(body), allow_html=unsafe_allow_html, help=help))


@element
def text(
    self: DeltaGenerator, body: Any, *, help: str | None = None, width: Any = "content", **extra: Any
) -> DeltaGenerator:
    """``st.text``: fixed-width text."""
    return self._add(Text(_str(body), help=help))


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
        Code(str(body), language=language or "plaintext", show_line_numbers=line_numbers)
    )


@element
def json(
    self: DeltaGenerator, body: Any, *, expanded: bool | int = True, width: Any = "stretch"
) -> DeltaGenerator:
    """``st.json``: pretty-printed JSON."""
    if hasattr(body, "to_dict") and not isinstance(body, dict):
        body = body.to_dict()
    if not isinstance(body, str):
        body = _json.dumps(body, default=repr)
    return self._add(Json(body, expanded=expanded))
