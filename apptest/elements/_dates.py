"""Dates and times shared by ``st.date_input``, ``st.datetime_input`` and ``st.slider``.

Conversions follow Streamlit's ``time_widgets`` and ``slider`` modules: which values a
``value=``, ``min_value=`` or ``max_value=`` argument may be, how it becomes a ``date``
or a minute-precise naive ``datetime``, and the default bounds around a value. The
slider's date, time and datetime data types are declared here too.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from apptest.elements._number import (
    Slider,
    SliderType,
    register_slider_type,
)
from apptest.errors import (
    InteractionError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
)
from apptest.runtime._context import current_run

MIN_BOUND_TIME = dt.time(0, 0)
MAX_BOUND_TIME = dt.time(23, 59)


def adjust_years(day: dt.date, years: int) -> dt.date:
    """``day`` moved by whole years, clamped to ``date.min``/``date.max`` (Feb 29 -> 28)."""
    year = day.year + years
    if year > dt.date.max.year:
        return dt.date.max
    if year < dt.date.min.year:
        return dt.date.min
    if day.month == 2 and day.day == 29:
        try:
            return day.replace(year=year)
        except ValueError:
            return day.replace(year=year, day=28)
    return day.replace(year=year)


def to_date(value: Any, parameter: str = "value") -> dt.date:
    """A ``date``, ``datetime``, ISO string or ``"today"`` as a ``date``."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if value == "today":
        return dt.date.today()
    if isinstance(value, str):
        for parse in (dt.date.fromisoformat, dt.datetime.fromisoformat):
            try:
                parsed = parse(value)
            except ValueError:
                continue
            return parsed.date() if isinstance(parsed, dt.datetime) else parsed
    raise StreamlitInvalidParameterTypeError(
        parameter, type(value).__name__, ["date", "datetime", "ISO string", '"today"']
    )


def minute(value: dt.datetime) -> dt.datetime:
    """A datetime without seconds, microseconds or timezone (what the picker holds)."""
    return value.replace(second=0, microsecond=0, tzinfo=None)


def _combine(day: dt.date, time: dt.time) -> dt.datetime:
    return dt.datetime.combine(day, time.replace(second=0, microsecond=0, tzinfo=None))


_DATETIME_FORMATS = ("%Y/%m/%d %H:%M", "%Y/%m/%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S")


def _parse_datetime_text(text: str, day: dt.date, time: dt.time) -> dt.datetime | None:
    text = text.strip()
    try:
        return minute(dt.datetime.fromisoformat(text))
    except ValueError:
        pass
    for fmt in _DATETIME_FORMATS:
        try:
            return minute(dt.datetime.strptime(text, fmt))
        except ValueError:
            continue
    try:
        return _combine(dt.date.fromisoformat(text), time)
    except ValueError:
        pass
    try:
        return _combine(day, dt.time.fromisoformat(text))
    except ValueError:
        return None


def to_datetime(value: Any, day: dt.date, time: dt.time, parameter: str = "value") -> dt.datetime:
    """Streamlit's datetime conversion: a missing date or time comes from ``day``/``time``."""
    if value == "now":
        return minute(dt.datetime.now())
    if isinstance(value, dt.datetime):
        return minute(value)
    if isinstance(value, dt.date):
        return _combine(value, time)
    if isinstance(value, dt.time):
        return _combine(day, value)
    if isinstance(value, str):
        parsed = _parse_datetime_text(value, day, time)
        if parsed is not None:
            return parsed
    raise StreamlitInvalidParameterTypeError(
        parameter, type(value).__name__, ["datetime", "date", "time", "ISO string", '"now"']
    )


def iso_minute(value: dt.datetime) -> str:
    """``YYYY-MM-DDTHH:MM`` with a four-digit year, as Streamlit sends it to the browser."""
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d}T{value.hour:02d}:{value.minute:02d}"


def check_between(widget: Any, value: Any, lo: Any, hi: Any) -> Any:
    """``value`` if it is within ``lo``..``hi``; else an ``InteractionError``."""
    if value < lo or value > hi:
        raise InteractionError(f"{widget.describe()} accepts {lo}..{hi}, got {value!r}")
    return value


DATE_FORMATS = (
    "YYYY/MM/DD", "DD/MM/YYYY", "MM/DD/YYYY",
    "YYYY.MM.DD", "DD.MM.YYYY", "MM.DD.YYYY",
    "YYYY-MM-DD", "DD-MM-YYYY", "MM-DD-YYYY",
)


def check_date_format(date_format: Any) -> None:
    """Streamlit's check of a date picker's ``format`` (Moment.js date strings)."""
    if not isinstance(date_format, str):
        raise StreamlitInvalidParameterTypeError("format", type(date_format).__name__, ["str"])
    if date_format not in DATE_FORMATS:
        raise StreamlitValueError(
            "format", [repr(f) for f in DATE_FORMATS], detail=f"Provided value: {date_format!r}."
        )


def state_value(key: Any) -> tuple[bool, Any]:
    """``(True, value)`` if session state holds ``key`` (before its widget is created)."""
    state = current_run().session.state
    if key is None or str(key) not in state:
        return False, None
    return True, state[str(key)]


def reset_value(key: Any, value: Any) -> Any:
    """Streamlit's reset of a keyed picker whose value left its new bounds."""
    if key is not None:
        current_run().session.state[str(key)] = value
    return value


# --------------------------------------------------------------------------- slider types


class _TemporalSliderType(SliderType):
    """A date, time or datetime slider: bounds and step are of the value's kind."""

    name = "date"
    value_type: type = dt.date
    format = "YYYY-MM-DD"

    def check_args(self, min_value: Any, max_value: Any, step: Any) -> None:
        """Bounds must share a type and ``step`` must be a timedelta (checked in ``defaults``)."""

    def window(self, first: Any) -> tuple[Any, Any]:
        """The default bounds: 14 days either side of the value."""
        span = dt.timedelta(days=14)
        try:
            low = first - span
        except OverflowError:
            low = first
        try:
            high = first + span
        except OverflowError:
            high = first
        return low, high

    def default_step(self, lo: Any, hi: Any) -> dt.timedelta:
        """One day, or 15 minutes when the bounds are less than a day apart."""
        if abs(hi - lo) < dt.timedelta(days=1):
            return dt.timedelta(minutes=15)
        return dt.timedelta(days=1)

    def defaults(self, first: Any, min_value: Any, max_value: Any, step: Any) -> tuple[Any, Any, Any]:
        """Streamlit's defaults, then its check that the arguments match the value."""
        low, high = self.window(first)
        lo = low if min_value is None else min_value
        hi = high if max_value is None else max_value
        step = self.default_step(lo, hi) if step is None else step
        if not isinstance(step, dt.timedelta) or type(lo) is not type(hi):
            raise StreamlitInvalidParameterTypeError(
                "value",
                f"min_value={type(lo).__name__}, max_value={type(hi).__name__}, "
                f"step={type(step).__name__}",
                ["matching numeric types", "matching date/time types"],
            )
        if type(lo) is not self.value_type:
            raise StreamlitInvalidParameterTypeError(
                "value",
                f"value={self.value_type.__name__}, min_value={type(lo).__name__}, "
                f"max_value={type(hi).__name__}",
                ["value and arguments with matching types"],
            )
        return lo, hi, step

    def coerce(self, widget: Slider, v: Any) -> Any:
        """A value of the slider's type (a datetime is cut to its date on a date slider)."""
        if self.value_type is dt.date and isinstance(v, dt.datetime):
            v = v.date()
        if type(v) is not self.value_type:
            raise InteractionError(
                f"{widget.describe()} accepts a datetime.{self.value_type.__name__}, got {v!r}"
            )
        if self.value_type is dt.date:
            return v
        return cast("dt.time | dt.datetime", v).replace(tzinfo=getattr(widget.min, "tzinfo", None))


class _DateTimeSliderType(_TemporalSliderType):
    name = "datetime"
    value_type = dt.datetime


class _TimeSliderType(_TemporalSliderType):
    name = "time"
    value_type = dt.time
    format = "HH:mm"

    def window(self, first: Any) -> tuple[Any, Any]:
        """The whole day, in the value's timezone."""
        return dt.time.min.replace(tzinfo=first.tzinfo), dt.time.max.replace(tzinfo=first.tzinfo)

    def default_step(self, lo: Any, hi: Any) -> dt.timedelta:
        """15 minutes."""
        return dt.timedelta(minutes=15)


register_slider_type(dt.date, _TemporalSliderType())
register_slider_type(dt.datetime, _DateTimeSliderType())
register_slider_type(dt.time, _TimeSliderType())
