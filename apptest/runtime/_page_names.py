"""Page labels, icons, URL paths and order from script file names, as Streamlit derives them.

The rules are those of ``streamlit.source_util`` (used for a ``pages/`` folder and for
``st.Page("file.py")`` without a title):

* a leading number orders the page and is dropped from its name (``02_Charts.py``);
* separators (``_``, `` ``, ``-``) after the number are dropped, runs of ``_`` and spaces
  become one ``_`` in the URL path and one space in the label;
* a leading emoji becomes the page's icon (``01_📊_Charts.py`` -> icon ``📊``, ``Charts``);
* a name that is only a number keeps the number (``3.py`` -> ``3``).

Streamlit recognises emoji from its own list of every emoji; here an emoji is a run of
pictographic characters (Unicode category ``So``) with their modifiers, joiners and
variation selectors, which covers the same file names in practice.

Example:
    >>> page_icon_and_name("pages/01_📊_Sales_report.py")
    ('📊', 'Sales_report')
"""

from __future__ import annotations

import os
import re

PAGE_FILENAME_REGEX = re.compile(r"([0-9]*)[_ -]*(.*)\.py")

#: characters that continue an emoji: variation selectors, joiner, keycap, skin tones, tags
_EMOJI_CONTINUATION = frozenset("\ufe0e\ufe0f\u200d\u20e3") | frozenset(
    chr(c) for c in (*range(0x1F3FB, 0x1F400), *range(0xE0020, 0xE0080))
)
_SEPARATORS = "_ -"


def _is_pictograph(char: str) -> bool:
    import unicodedata

    return unicodedata.category(char) == "So"


def _emoji_length(text: str) -> int:
    """How many leading characters of ``text`` form one emoji (0 if it starts with none)."""
    if not text or not _is_pictograph(text[0]):
        return 0
    end = 1
    while end < len(text):
        char = text[end]
        if char == "\u200d" and end + 1 < len(text) and _is_pictograph(text[end + 1]):
            end += 2
        elif char in _EMOJI_CONTINUATION or (
            _is_regional_indicator(char) and _is_regional_indicator(text[end - 1])
        ):
            end += 1
        else:
            break
    return end


def _is_regional_indicator(char: str) -> bool:
    return 0x1F1E6 <= ord(char) <= 0x1F1FF


def extract_leading_emoji(text: str) -> tuple[str, str]:
    """``(emoji, rest)``: a leading emoji and the text after it and its separators.

    Example:
        >>> extract_leading_emoji("🎉 party")
        ('🎉', 'party')
    """
    if not text or text.isascii():
        return "", text
    length = _emoji_length(text)
    if not length:
        return "", text
    return text[:length], text[length:].lstrip(_SEPARATORS)


def page_icon_and_name(script_path: str) -> tuple[str, str]:
    """``(icon, name)`` of a page file; the name has ``_`` for spaces (it is the URL path).

    Example:
        >>> page_icon_and_name("10 - 🎉 party time.py")
        ('🎉', 'party_time')
    """
    match = PAGE_FILENAME_REGEX.search(os.path.basename(script_path))
    if match is None:
        return "", ""
    icon_and_name = re.sub(r"[_ ]+", "_", match.group(2)).strip() or match.group(1)
    return extract_leading_emoji(icon_and_name)


def page_sort_key(script_path: str) -> tuple[float, str]:
    """The order of a ``pages/`` file: by leading number, then by name (case-insensitive).

    Example:
        >>> sorted(["b.py", "10_a.py", "2_z.py"], key=page_sort_key)
        ['2_z.py', '10_a.py', 'b.py']
    """
    matches = PAGE_FILENAME_REGEX.findall(os.path.basename(script_path))
    number, label = matches[0] if matches else ("", os.path.basename(script_path))
    return (float("inf") if number == "" else float(number), label.lower())


def sanitize_url_path(title: str) -> str:
    """Streamlit's URL path for an external page's title (lower case, ``_`` for spaces).

    Example:
        >>> sanitize_url_path("Our Docs & FAQ")
        'our_docs_faq'
    """
    path = re.sub(r"\s+", "_", title.lower())
    path = re.sub(r"[&#?/\\:*\"<>|']", "", path)
    return re.sub(r"_+", "_", path.strip("_"))


__all__ = [
    "extract_leading_emoji",
    "page_icon_and_name",
    "page_sort_key",
    "sanitize_url_path",
]
