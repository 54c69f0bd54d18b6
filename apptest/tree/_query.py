"""Matching nodes by kind, key, label and shown text; the errors of failed lookups.

Only the generic node API is used (``.type``, ``.key``, ``.label``, ``.value``,
``.options``, ``.children``), so every node kind, including ones added by plugins, can
be found the same way.

Text patterns (for ``label=`` and ``text=``):

* a ``str`` with ``exact=True`` (the default) matches a text equal to it;
* a ``str`` with ``exact=False`` matches a text containing it;
* a compiled ``re.Pattern`` matches a text in which ``pattern.search`` finds a match.

A text is compared twice: as written (Markdown source) and as a person reads it (Markdown
markers removed: ``**bold**`` is ``bold``, `` `3` `` is ``3``, ``[docs](url)`` is ``docs``).
Runs of whitespace count as one space and the ends are stripped, for ``str`` patterns and
for the text, so ``st.write("Count =", 3)`` is found by ``text="Count = 3"``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Union

from apptest.errors import AppTestError, ElementNotFoundError

#: A text pattern: a string (exact or substring) or a compiled regular expression.
TextPattern = Union[str, "re.Pattern[str]"]

_MAX_LISTED = 30

_MARKDOWN_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # images: alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links: their text
    (re.compile(r":[a-z]+(?:-background)?\[([^\]]*)\]"), r"\1"),  # :red[text]
    (re.compile(r":material/[a-z0-9_]+:"), ""),  # material icons
    (re.compile(r"^ {0,3}(?:#{1,6}|>|[-*+]|\d+[.)])[ \t]+", re.M), ""),  # headings, lists
    (re.compile(r"(`+)(.+?)\1", re.S), r"\2"),  # code spans
    (re.compile(r"(\*\*|__|~~)(.+?)\1", re.S), r"\2"),  # bold, strikethrough
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])"), r"\1"),  # *italic*
    (re.compile(r"(?<![\w_])_(?!\s)(.+?)(?<!\s)_(?![\w_])"), r"\1"),  # _italic_
]
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!~|$:])")
_HIDDEN = 0xE000  # escaped characters are moved to the private-use area while rules run
_RESTORE = {_HIDDEN + i: i for i in range(128)}


def squash(text: str) -> str:
    """``text`` with runs of whitespace as one space and no leading or trailing space.

    Example:
        >>> squash("  Count =\\n  `3` ")
        'Count = `3`'
    """
    return " ".join(text.split())


def plain_text(markdown: str) -> str:
    """The text a person reads in rendered Markdown (markers removed, spaces squashed).

    Example:
        >>> plain_text("Count = **`3`** [more](https://x.org)")
        'Count = 3 more'
    """
    text = _ESCAPE.sub(lambda m: chr(_HIDDEN + ord(m[1])), markdown)
    for pattern, replacement in _MARKDOWN_RULES:
        text = pattern.sub(replacement, text)
    return squash(text.translate(_RESTORE))


def text_matches(pattern: TextPattern, text: str, *, exact: bool = True) -> bool:
    """Whether ``text`` (as written or as read) matches ``pattern``.

    Example:
        >>> text_matches("Count = 3", "Count =  `3`")
        True
        >>> text_matches("Count", "Count = `3`", exact=False)
        True
        >>> text_matches(re.compile(r"= \\d+$"), "Count = `3`")
        True
    """
    candidates = (squash(text), plain_text(text))
    if isinstance(pattern, re.Pattern):
        return any(pattern.search(c) for c in candidates)
    wanted = squash(pattern)
    if exact:
        return wanted in candidates
    return any(wanted in c for c in candidates)


def _safe(node: Any, attr: str) -> Any:
    try:
        return getattr(node, attr, None)
    except Exception:  # a broken property must not break a query
        return None


def _is_block(node: Any) -> bool:
    return isinstance(_safe(node, "children"), dict)


def _scalar_text(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def shown_texts(node: Any) -> list[str]:
    """The texts a person sees for ``node``: its label, value text and option labels.

    Blocks (expanders, tabs, ...) show only their label; their children are nodes of
    their own. Values that are not text or numbers (booleans, dates, data frames) are
    not text.

    Example:
        >>> shown_texts(at.button[0])  # doctest: +SKIP
        ['Increment']
    """
    texts: list[str] = []
    label = _safe(node, "label")
    if isinstance(label, str) and label:
        texts.append(label)
    if _is_block(node):
        return texts
    value = _safe(node, "value")
    items = value if isinstance(value, (list, tuple)) else [value]
    options = _safe(node, "options")
    if isinstance(options, (list, tuple)):
        items = [*items, *options]
    texts.extend(t for t in map(_scalar_text, items) if t)
    return texts


@dataclass(frozen=True)
class Query:
    """What a lookup asks for; ``None`` criteria match anything.

    Example:
        >>> Query(kind="button", label="Go").describe()
        "button with label 'Go'"
    """

    kind: str | None = None
    key: Any = None
    label: TextPattern | None = None
    text: TextPattern | None = None
    exact: bool = True

    def matches(self, node: Any, is_kind: Callable[[Any], bool] | None = None) -> bool:
        """Whether ``node`` meets every criterion (``is_kind`` tests ``kind``)."""
        if is_kind is not None and not is_kind(node):
            return False
        if self.key is not None and _safe(node, "key") != self.key:
            return False
        if self.label is not None:
            label = _safe(node, "label")
            if not isinstance(label, str) or not text_matches(self.label, label, exact=self.exact):
                return False
        if self.text is not None:
            text = self.text
            return any(text_matches(text, t, exact=self.exact) for t in shown_texts(node))
        return True

    def describe(self) -> str:
        """The query in words, for messages: ``button with key 'go'``."""
        how = "" if self.exact else "containing "
        parts = [] if self.key is None else [f"key {self.key!r}"]
        parts += [f"{name} {_pattern_words(value, how)}" for name, value in (
            ("label", self.label), ("text", self.text)) if value is not None]
        kind = self.kind or "element"
        return f"{kind} with {' and '.join(parts)}" if parts else kind


def _pattern_words(value: Any, how: str) -> str:
    if isinstance(value, re.Pattern):
        return f"matching {value.pattern!r}"
    return f"{how if isinstance(value, str) else ''}{value!r}"


def describe_scope(block: Any) -> str:
    """A block's name for messages: ``the app``, ``main``, ``expander 'More'``."""
    kind = _safe(block, "type")
    if kind == "root":
        return "the app"
    if kind in ("main", "sidebar", "event", "bottom"):
        return str(kind)
    label, key = _safe(block, "label"), _safe(block, "key")
    name = f"{kind} {label!r}" if label else str(kind)
    return f"{name} (key={key!r})" if key is not None else name


def listing(scope: Any = None, items: Iterable[Any] = ()) -> str:
    """What is there, for an error message: ``items``, else the rendered ``scope``.

    At most 30 lines; one line per node (kind, key, label, value).
    """
    from apptest.tree._render import node_line, render

    lines = [node_line(n) for n in items]
    if not lines and scope is not None:
        lines = render(scope).splitlines()
    if not lines:
        return "  (nothing)"
    shown = ["  " + line for line in lines[:_MAX_LISTED]]
    if len(lines) > _MAX_LISTED:
        shown.append(f"  ... and {len(lines) - _MAX_LISTED} more")
    return "\n".join(shown)


def not_found(query: Query, scope: Any = None, candidates: Iterable[Any] = ()) -> ElementNotFoundError:
    """The error for a lookup that found nothing, listing what is there.

    The ``candidates`` (say, every button when a button was asked for) are listed if there
    are any; otherwise the whole ``scope`` block is.

    Example:
        >>> raise not_found(Query(kind="button", key="nope"), at.main, at.button)  # doctest: +SKIP
        ElementNotFoundError: No button with key 'nope' in main. The 1 button(s) there:
          button key='go' label='Go' value=False
    """
    where = f" in {describe_scope(scope)}" if scope is not None else ""
    candidates = list(candidates)
    if candidates:
        kind = query.kind or ("keyed element" if query.key is not None else "element")
        what = f"The {len(candidates)} {kind}(s) there:"
    else:
        what = f"There is no {query.kind} there; there is:" if query.kind else "There is:"
    return ElementNotFoundError(f"No {query.describe()}{where}. {what}\n{listing(scope, candidates)}")


def only_one(found: list[Any], query: Query, scope: Any, candidates: Iterable[Any] = ()) -> Any:
    """The single node of ``found``; raises if there are none or several."""
    if len(found) == 1:
        return found[0]
    if not found:
        raise not_found(query, scope, candidates)
    raise AppTestError(
        f"{len(found)} nodes match {query.describe()} in {describe_scope(scope)}; "
        f"expected one. Narrow the query (kind=, key=, label=, text=) or use find():\n"
        f"{listing(items=found)}"
    )
