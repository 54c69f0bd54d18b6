"""What the browser tells the server about itself: ``st.context`` for one tab.

A test sets it with ``AppTest.from_file(..., context={...})`` or ``at.context[...] = ...``
before a run. The keys and value checks follow ``streamlit.testing.v1.AppTest.context``
(``timezone``, ``timezone_offset``, ``locale``, ``url``, ``is_embedded``, ``theme``), and
apptest also accepts what real AppTest cannot seed: ``headers`` (a mapping, or a list of
``(name, value)`` pairs for a repeated header), ``cookies`` (a mapping) and
``ip_address``. A key that is missing or ``None`` reads as ``None`` (empty for headers and
cookies), as for a browser that did not send it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from apptest.errors import AppTestError

#: key -> the type its value must have (``None`` is always allowed)
_FIELD_TYPES: dict[str, type] = {
    "timezone": str,
    "timezone_offset": int,
    "locale": str,
    "url": str,
    "is_embedded": bool,
    "theme": str,
    "ip_address": str,
}
_THEMES = ("light", "dark")
_INT32_MIN, _INT32_MAX = -2147483648, 2147483647
KEYS = frozenset({*_FIELD_TYPES, "headers", "cookies"})


@dataclass
class BrowserContext:
    """One tab's browser information, as ``st.context`` reads it."""

    headers: list[tuple[str, str]] = field(default_factory=list)
    cookies: dict[str, str] = field(default_factory=dict)
    fields: dict[str, Any] = field(default_factory=dict)

    def get(self, name: str) -> Any:
        """A simple field's value (``timezone``, ``theme``, ...), or None."""
        return self.fields.get(name)


def _check_field(key: str, value: Any) -> None:
    value_type = _FIELD_TYPES[key]
    if not isinstance(value, value_type) or (value_type is int and isinstance(value, bool)):
        raise AppTestError(
            f"AppTest.context[{key!r}] must be {value_type.__name__}, not {type(value).__name__}."
        )
    if key == "theme" and value not in _THEMES:
        raise AppTestError(f"AppTest.context['theme'] must be 'light' or 'dark', not {value!r}.")
    if key == "timezone_offset" and isinstance(value, int) and not _INT32_MIN <= value <= _INT32_MAX:
        raise AppTestError(
            f"AppTest.context['timezone_offset'] has an invalid value {value!r}: "
            "outside the int32 range"
        )


def _headers(value: Any) -> list[tuple[str, str]]:
    pairs = list(value.items()) if isinstance(value, Mapping) else list(value)
    for pair in pairs:
        if not (isinstance(pair, tuple) and len(pair) == 2 and all(isinstance(p, str) for p in pair)):
            raise AppTestError(
                "AppTest.context['headers'] must map header names to str values, or be a "
                f"list of (name, value) str pairs; got {pair!r}."
            )
    return pairs


def _cookies(value: Any) -> dict[str, str]:
    if not isinstance(value, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise AppTestError("AppTest.context['cookies'] must be a dict of str to str.")
    return dict(value)


def context_from_dict(context: Any) -> BrowserContext:
    """Check a test's ``at.context`` dict and build the tab's ``BrowserContext``.

    Example:
        >>> context_from_dict({"theme": "dark", "cookies": {"a": "1"}}).get("theme")
        'dark'
    """
    if not isinstance(context, Mapping):
        raise AppTestError(f"AppTest.context must be a dict, not {type(context).__name__}.")
    built = BrowserContext()
    for key, value in context.items():
        if key not in KEYS:
            supported = ", ".join(repr(k) for k in sorted(KEYS))
            raise AppTestError(f"AppTest.context does not support {key!r}. Supported keys: {supported}.")
        if value is None:
            continue
        if key == "headers":
            built.headers = _headers(value)
        elif key == "cookies":
            built.cookies = _cookies(value)
        else:
            _check_field(key, value)
            built.fields[key] = value
    return built
