"""``st.context``: the running tab's browser information, read-only.

The classes copy ``streamlit.runtime.context``: ``headers`` is a mapping with
case-insensitive, ``Http-Header-Case`` names and ``get_all`` for a repeated header,
``cookies`` a mapping, ``theme`` an attribute dictionary with ``type``, the other
properties plain values (``None`` when the test did not set them).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from apptest.runtime._browser import BrowserContext
from apptest.runtime._context import current_run

_CONTEXT_KEYS = frozenset({
    "headers", "cookies", "theme", "timezone", "timezone_offset", "locale", "url",
    "ip_address", "is_embedded",
})


def _browser() -> BrowserContext:
    return current_run().session.browser  # type: ignore[no-any-return]


def _normalize_header(name: str) -> str:
    return "-".join(w.capitalize() for w in name.split("-"))


class AttributeDictionary(dict[Any, Any]):
    """Streamlit's ``AttributeDictionary``: a dict whose items are also attributes."""

    def __getattr__(self, key: str) -> Any:
        try:
            item = self[key]
        except KeyError as err:
            raise AttributeError(f"'{type(self).__name__}' object has no attribute '{key}'") from err
        return AttributeDictionary(item) if isinstance(item, dict) else item

    def __setattr__(self, name: str, value: Any) -> None:
        self[name] = value


class StreamlitTheme(AttributeDictionary):
    """``st.context.theme``: ``{"type": "light" | "dark" | None}``."""


class StreamlitHeaders(Mapping[str, str]):
    """``st.context.headers``: first value per header; ``get_all`` for all of them."""

    def __init__(self, headers: Iterable[tuple[str, str]]) -> None:
        grouped: dict[str, list[str]] = {}
        for key, value in headers:
            grouped.setdefault(_normalize_header(key), []).append(value)
        self._headers = grouped

    def get_all(self, key: str) -> list[str]:
        """Every value of a header, in the order sent."""
        return list(self._headers.get(_normalize_header(key), []))

    def __getitem__(self, key: str) -> str:
        try:
            return self._headers[_normalize_header(key)][0]
        except LookupError:
            raise KeyError(key) from None

    def __len__(self) -> int:
        return len(self._headers)

    def __iter__(self) -> Iterator[str]:
        return iter(self._headers)

    def to_dict(self) -> dict[str, str]:
        """The headers as a plain dict (first value of each)."""
        return {key: self[key] for key in self}


class StreamlitCookies(Mapping[str, str]):
    """``st.context.cookies``: the cookies the browser sent."""

    def __init__(self, cookies: Mapping[str, str]) -> None:
        self._cookies = dict(cookies)

    def __getitem__(self, key: str) -> str:
        return self._cookies[key]

    def __len__(self) -> int:
        return len(self._cookies)

    def __iter__(self) -> Iterator[str]:
        return iter(self._cookies)

    def to_dict(self) -> dict[str, str]:
        """The cookies as a plain dict."""
        return dict(self._cookies)


class _Field:
    """A read-only ``st.context`` property for one value the test may set."""

    def __init__(self, name: str, doc: str) -> None:
        self.name, self.__doc__ = name, doc

    def __get__(self, obj: object, owner: type | None = None) -> Any:
        return self if obj is None else _browser().get(self.name)


class ContextProxy:
    """What ``st.context`` is inside an app.

    Example:
        >>> st.context.timezone, st.context.theme.type  # doctest: +SKIP
        ('Europe/Berlin', 'dark')
    """

    @property
    def headers(self) -> StreamlitHeaders:
        """The request headers."""
        return StreamlitHeaders(_browser().headers)

    @property
    def cookies(self) -> StreamlitCookies:
        """The request cookies."""
        return StreamlitCookies(_browser().cookies)

    @property
    def theme(self) -> StreamlitTheme:
        """The browser's theme: ``st.context.theme.type`` is "light", "dark" or None."""
        return StreamlitTheme({"type": _browser().get("theme")})

    timezone = _Field("timezone", "The browser's time zone name, e.g. ``\"Europe/Berlin\"``.")
    timezone_offset = _Field("timezone_offset", "Minutes behind UTC (``-60`` for UTC+1).")
    locale = _Field("locale", "The browser's language tag, e.g. ``\"de-DE\"``.")
    url = _Field("url", "The app's URL in the browser (no query string).")
    is_embedded = _Field("is_embedded", "Whether the app is embedded (``?embed=true``).")

    @property
    def ip_address(self) -> str | None:
        """The user's IP address; None for localhost, as in Streamlit."""
        ip = _browser().get("ip_address")
        return None if ip in ("::1", "127.0.0.1") else ip

    def __getitem__(self, key: str) -> Any:
        if key not in _CONTEXT_KEYS:
            raise KeyError(
                f'st.context has no key "{key}". Valid keys are: {", ".join(sorted(_CONTEXT_KEYS))}.'
            )
        return getattr(self, key)

    def __contains__(self, key: object) -> bool:
        return key in _CONTEXT_KEYS
