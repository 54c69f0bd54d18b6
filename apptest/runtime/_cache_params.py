"""The parameters of ``st.cache_data`` / ``st.cache_resource``, checked as Streamlit does.

``ttl`` strings are parsed like ``pandas.Timedelta`` (which Streamlit uses): ``"1h"``,
``"1.5 days"``, ``"1h23s"``, ``"2 days 03:00:00"``, ``"P1DT2H"``; pandas is not imported.
"""

from __future__ import annotations

import datetime as dt
import functools
import inspect
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from apptest.errors import (
    StreamlitAPIException,
    StreamlitBadTimeStringError,
    StreamlitIncompatibleParametersError,
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)

_UNITS: dict[str, float] = {
    **dict.fromkeys(("w", "W"), 604800.0),
    **dict.fromkeys(("d", "D", "day", "days"), 86400.0),
    **dict.fromkeys(("h", "H", "hr", "hour", "hours"), 3600.0),
    **dict.fromkeys(("m", "t", "min", "minute", "minutes"), 60.0),
    **dict.fromkeys(("s", "sec", "second", "seconds"), 1.0),
    **dict.fromkeys(("ms", "l", "milli", "millis", "millisecond", "milliseconds"), 1e-3),
    **dict.fromkeys(("us", "µs", "u", "micro", "micros", "microsecond", "microseconds"), 1e-6),
    **dict.fromkeys(("ns", "n", "nano", "nanos", "nanosecond", "nanoseconds"), 1e-9),
}
_NUMBER = r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)"
_PART = re.compile(rf"\s*({_NUMBER})\s*([A-Za-zµ]*)\s*,?")
_CLOCK = re.compile(rf"\s*(?:({_NUMBER})\s*days?\s*,?\s*)?([+-]?)(\d+):(\d\d):(\d\d(?:\.\d*)?)\s*$")
_ISO = re.compile(
    r"^\s*(-)?P(?:(\d+(?:\.\d*)?)D)?(?:T(?:(\d+(?:\.\d*)?)H)?(?:(\d+(?:\.\d*)?)M)?"
    r"(?:(\d+(?:\.\d*)?)S)?)?\s*$"
)


@functools.lru_cache(maxsize=256)
def parse_duration(text: str) -> float:
    """Seconds in a pandas-style duration string; ``StreamlitBadTimeStringError`` if it is not one.

    Example:
        >>> parse_duration("1h23s"), parse_duration("1.5 days"), parse_duration("00:30:00")
        (3623.0, 129600.0, 1800.0)
    """
    for parse in (_parse_clock, _parse_iso, _parse_parts):
        seconds = parse(text)
        if seconds is not None:
            return seconds
    raise StreamlitBadTimeStringError(text)


def _parse_clock(text: str) -> float | None:
    match = _CLOCK.match(text)
    if match is None:
        return None
    days, sign, hours, minutes, secs = match.groups()
    clock = int(hours) * 3600 + int(minutes) * 60 + float(secs)
    return float(days or 0) * 86400 + (-clock if sign == "-" else clock)


def _parse_iso(text: str) -> float | None:
    match = _ISO.match(text)
    if match is None or not any(match.groups()[1:]):
        return None
    neg, *parts = match.groups()
    seconds = sum(float(p or 0) * f for p, f in zip(parts, (86400, 3600, 60, 1), strict=True))
    return -seconds if neg else seconds


def _unit_seconds(unit: str) -> float | None:
    """Seconds in one unit ("" is nanoseconds, as in pandas); None for an unknown unit."""
    if not unit:
        return 1e-9
    if unit in ("M", "Y", "y"):  # months and years are ambiguous: pandas refuses them
        return None
    return _UNITS.get(unit, _UNITS.get(unit.lower()))


def _parse_parts(text: str) -> float | None:
    total, pos, end = 0.0, 0, len(text.rstrip())
    while pos < end:
        match = _PART.match(text, pos)
        factor = None if match is None else _unit_seconds(match.group(2))
        if match is None or factor is None:
            return None
        total += float(match.group(1)) * factor
        pos = match.end()
    return total if pos else None


def ttl_seconds(ttl: float | dt.timedelta | str | None) -> float | None:
    """Streamlit's ``time_to_seconds(ttl, coerce_none_to_inf=False)``.

    Example:
        >>> ttl_seconds("1h"), ttl_seconds(dt.timedelta(minutes=2)), ttl_seconds(None)
        (3600.0, 120.0, None)
    """
    if ttl is None:
        return None
    if isinstance(ttl, dt.timedelta):
        return ttl.total_seconds()
    if isinstance(ttl, str):
        return parse_duration(ttl)
    return float(ttl)


def persist_value(persist: Any) -> str | None:
    """``persist``: ``"disk"`` (or True) or None (or False)."""
    value = {True: "disk", False: None}.get(persist, persist) if isinstance(persist, bool) else persist
    if value not in (None, "disk"):
        raise StreamlitValueError("persist", ["'disk'", "None"])
    return value  # type: ignore[no-any-return]


def check_scope(scope: Any) -> None:
    """``scope``: "global" or "session"."""
    if scope not in ("global", "session"):
        raise StreamlitValueError("scope", ["'global'", "'session'"])


def check_refresh_mode(refresh_mode: Any, ttl: float | None, persist: str | None = None) -> None:
    """Streamlit's ``validate_refresh_mode`` (and its check against ``persist``)."""
    if refresh_mode not in ("foreground", "background"):
        raise StreamlitValueError("refresh_mode", ["foreground", "background"])
    if refresh_mode != "background":
        return
    if ttl is None:
        raise StreamlitMissingRequiredParameterError(
            "ttl",
            detail='Set a positive `ttl` (for example `ttl="1h"`) or use `refresh_mode="foreground"`.',
        )
    if ttl <= 0:
        raise StreamlitValueError(
            "ttl", ["a positive duration"],
            detail='Background refresh requires a positive `ttl` (for example `ttl="1h"`) or '
            '`refresh_mode="foreground"`.',
        )
    if persist is not None:
        raise StreamlitIncompatibleParametersError(
            "refresh_mode='background'", f"persist={persist!r}",
            explanation="Persisted (disk) caches do not support TTL-based expiration, which "
            "background refresh requires. Use `persist=None` with "
            '`refresh_mode="background"`, or use `refresh_mode="foreground"`.',
        )


def check_max_size(max_size: Any) -> None:
    """``max_size`` is an int or a string such as "500MB" (accepted, not enforced)."""
    if max_size is None or isinstance(max_size, str):
        return
    if isinstance(max_size, bool) or not isinstance(max_size, int):
        raise StreamlitInvalidParameterTypeError("max_size", type(max_size).__name__, ["int", "str"])
    if max_size <= 0:
        raise StreamlitValueError("max_size", ["a positive byte size"])


def check_sync_callback(callback: Callable[..., Any] | None, name: str) -> None:
    """``validate`` and ``on_release`` must not be coroutine functions."""
    if callback is not None and (
        inspect.iscoroutinefunction(callback) or inspect.iscoroutinefunction(type(callback).__call__)
    ):
        raise StreamlitAPIException(
            f"The `{name}` callback of `st.cache_resource` must be a synchronous function. "
            "Async callbacks are never awaited; call the coroutine from a synchronous "
            "wrapper instead.",
            error_id="cache-resource-async-lifecycle-callback",
        )


@dataclass(frozen=True)
class CacheParams:
    """What shapes one function's cache; a change of any of them starts a new cache."""

    ttl: float | None = None
    max_entries: int | None = None
    persist: str | None = None
    scope: str = "global"
    has_validate: bool = False

    def expired(self, stored_at: float, now: float) -> bool:
        """Whether an entry written at ``stored_at`` has outlived ``ttl`` (persisted ones never)."""
        if self.ttl is None or self.persist is not None or math.isinf(self.ttl):
            return False
        return now - stored_at >= self.ttl
