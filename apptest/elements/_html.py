"""``st.html``: raw HTML (a string, a ``pathlib.Path`` or an object with ``_repr_html_``).

The node is ``Html`` (``.type`` ``"html"``), its value the HTML body. As in Streamlit, a
body made only of ``<style>`` tags (and comments) goes to the root ``event`` block, not to
the page, and a ``.css`` file is wrapped in ``<style>`` tags.
"""

from __future__ import annotations

import re
import sys
from typing import Any

from apptest.elements._dg import DeltaGenerator, element
from apptest.elements._text import TextElement, _str
from apptest.elements._write_kinds import has_repr_html
from apptest.errors import StreamlitMissingRequiredParameterError

_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_STYLE = re.compile(r"<style[^>]*>.*?</style>", re.DOTALL | re.IGNORECASE)


class Html(TextElement, collection="html"):
    """``st.html``; ``unsafe_allow_javascript`` is recorded."""

    type = "html"
    unsafe_allow_javascript: bool = False


def _only_style_tags(html: str) -> bool:
    return _STYLE.sub("", _COMMENT.sub("", html)).strip() == ""


def html_content(body: Any) -> str:
    """The HTML ``st.html`` shows for ``body``."""
    if has_repr_html(body):
        return str(body._repr_html_())
    pathlib = sys.modules.get("pathlib")  # not loaded: ``body`` cannot be a Path
    if pathlib is not None and isinstance(body, pathlib.Path):
        content = body.read_text(encoding="utf-8")
        return f"<style>{content}</style>" if body.suffix.lower() == ".css" else content
    return _str(body)


@element
def html(
    self: DeltaGenerator,
    body: Any,
    *,
    width: Any = "stretch",
    unsafe_allow_javascript: bool = False,
) -> DeltaGenerator:
    """``st.html``: HTML without Markdown (style-only HTML goes to the event block)."""
    content = html_content(body)
    if content == "":
        raise StreamlitMissingRequiredParameterError("body")
    if _only_style_tags(content):
        return DeltaGenerator(root="event")._add(Html(content))
    return self._add(Html(content, unsafe_allow_javascript=unsafe_allow_javascript))
