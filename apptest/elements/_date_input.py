"""Date pickers: ``st.date_input`` (a date or a range) and ``st.datetime_input``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from apptest.elements._dates import (
    MAX_BOUND_TIME,
    MIN_BOUND_TIME,
    adjust_years,
    check_between,
    check_date_format,
    iso_minute,
    minute,
    reset_value,
    state_value,
    to_date,
    to_datetime,
)
from apptest.elements._dg import DeltaGenerator, element
from apptest.elements._widget import WidgetCall, check_on_change, register_widget
from apptest.errors import (
    InteractionError,
    StreamlitInvalidMinMaxError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueAboveMaxError,
    StreamlitValueBelowMinError,
    StreamlitValueOutOfRangeError,
)
from apptest.tree._nodes import Widget


class _Picker(Widget):
    """What both pickers share: a value that may be cleared only if it started empty."""

    clearable: bool = False
    required: bool = False
    format: str = "YYYY/MM/DD"

    def __init__(self, label: str, **attrs: Any) -> None:
        self.label = label
        self.__dict__.update(attrs)

    def _check_clear(self) -> None:
        if not self.clearable:
            raise InteractionError(f"{self.describe()} cannot be cleared (it has a default)")


class DateInput(_Picker, collection="date_input"):
    """A date picker; ``value`` is a ``date``, a tuple of up to two dates, or None."""

    type = "date_input"
    min: dt.date
    max: dt.date
    is_range: bool = False

    def check_value(self, v: Any) -> Any:
        """A date in ``min``..``max``; for a range, a sequence of up to two, in order.

        A ``datetime`` counts as its date. None clears a picker that started empty.
        """
        if self.is_range:
            if isinstance(v, (str, dt.date)) or not isinstance(v, Sequence) or len(v) > 2:
                raise InteractionError(
                    f"{self.describe()} is a range picker and accepts a sequence of up to "
                    f"two dates, got {v!r}"
                )
            days = tuple(self._one(x) for x in v)
            if len(days) == 2 and days[0] > days[1]:
                raise InteractionError(
                    f"{self.describe()} accepts a range whose start is not after its end, "
                    f"got {v!r}"
                )
            return days
        if v is None:
            self._check_clear()
            return None
        return self._one(v)

    def _one(self, v: Any) -> dt.date:
        if isinstance(v, dt.datetime):
            v = v.date()
        if not isinstance(v, dt.date):
            raise InteractionError(f"{self.describe()} accepts a datetime.date, got {v!r}")
        return check_between(self, v, self.min, self.max)  # type: ignore[no-any-return]


@dataclass(frozen=True)
class _DateValues:
    """Streamlit's parsed ``value``/``min_value``/``max_value`` of a date input."""

    days: list[dt.date] | None
    is_range: bool
    min: dt.date
    max: dt.date

    @classmethod
    def parse(cls, value: Any, min_value: Any, max_value: Any) -> _DateValues:
        days, is_range = _parse_days(value)
        lo = _bound(min_value, "min_value", days[0] if days else dt.date.today(), -10)
        hi = _bound(max_value, "max_value", days[-1] if days else dt.date.today(), 10)
        if isinstance(value, str) and value == "today" and days:
            days = [min(max(days[0], lo), hi)]
        if lo > hi:
            raise StreamlitInvalidMinMaxError(lo, hi)
        if days and days[0] < lo:
            raise StreamlitValueBelowMinError(days[0], lo)
        if days and days[-1] > hi:
            raise StreamlitValueAboveMaxError(days[-1], hi)
        return cls(days, is_range, lo, hi)

    @property
    def default(self) -> Any:
        """What the widget returns before anyone picks a date."""
        if not self.days:
            return () if self.is_range else None
        return tuple(self.days) if self.is_range else self.days[0]

    def out_of_bounds(self, current: Any) -> bool:
        """Streamlit's test for resetting a value after the bounds changed."""
        if self.is_range and isinstance(current, tuple) and current:
            return _day(current[0]) < self.min or _day(current[-1]) > self.max
        if not self.is_range and isinstance(current, dt.date):
            return not self.min <= _day(current) <= self.max
        return True


def _day(v: dt.date) -> dt.date:
    return v.date() if isinstance(v, dt.datetime) else v


def _parse_days(value: Any) -> tuple[list[dt.date] | None, bool]:
    if value is None:
        return None, False
    if isinstance(value, Sequence) and not isinstance(value, str):
        if len(value) > 2:
            raise StreamlitInvalidParameterTypeError(
                "value",
                type(value).__name__,
                ["date", "datetime", "sequence of 0 to 2 date or datetime values"],
            )
        return [to_date(v) for v in value], True
    return [to_date(value)], False


def _bound(bound: Any, name: str, anchor: dt.date, years: int) -> dt.date:
    if bound is None:
        return adjust_years(anchor, years)
    if isinstance(bound, (dt.date, str)):
        return to_date(bound)
    raise StreamlitInvalidParameterTypeError(
        name, type(bound).__name__, ["date", "datetime", "ISO string", "None"]
    )


def _id_day(v: Any) -> str | None:
    if isinstance(v, str):
        return None if v == "today" else v
    if isinstance(v, dt.date):
        return _day(v).isoformat()
    return None


@element
def date_input(
    self: DeltaGenerator,
    label: str,
    value: Any = "today",
    min_value: Any = None,
    max_value: Any = None,
    key: Any = None,
    help: str | None = None,
    on_change: Any = "rerun",
    args: Any = None,
    kwargs: Any = None,
    *,
    format: str = "YYYY/MM/DD",
    disabled: bool = False,
    required: bool = False,
    label_visibility: str = "visible",
    width: Any = "stretch",
    bind: str | None = None,
    persist_state: Any = None,
) -> Any:
    """``st.date_input``: a ``date``, a tuple of dates (range), or None."""
    check_on_change(on_change)
    is_today = isinstance(value, str) and value == "today"
    id_value = [_id_day(v) for v in value] if isinstance(value, (list, tuple)) else _id_day(value)
    id_params = {"label": label, "value": id_value, "min_value": _id_day(min_value),
                 "max_value": _id_day(max_value), "help": help, "format": format,
                 "width": width, "required": required}
    check_date_format(format)
    parsed = _DateValues.parse(value, min_value, max_value)
    has_state, from_state = state_value(key)
    if is_today and has_state:
        parsed = _DateValues.parse(from_state, min_value, max_value)
    node = DateInput(
        str(label), help=help, disabled=disabled, label_visibility=label_visibility,
        min=parsed.min, max=parsed.max, is_range=parsed.is_range, format=format,
        clearable=parsed.days is None, required=required,
    )
    call = WidgetCall(key=key, default=parsed.default, id_params=id_params,
                      keyed_identity=frozenset({"format"}), on_change=on_change, args=args,
                      kwargs=kwargs, value_given=not is_today and value is not None,
                      label_visibility=label_visibility, bind=bind, persist_state=persist_state)
    current = register_widget(self, node, call)
    explicit = min_value is not None or max_value is not None
    if current is not None and explicit and parsed.out_of_bounds(current):
        return reset_value(key, parsed.default)
    return current


# --------------------------------------------------------------------------- datetime_input


class DateTimeInput(_Picker, collection="datetime_input"):
    """A date-and-time picker; ``value`` is a naive ``datetime`` (minutes) or None.

    ``min`` and ``max`` are ``YYYY-MM-DDTHH:MM`` strings, as in ``streamlit.testing``;
    ``step`` is in seconds.
    """

    type = "date_time_input"
    min: str
    max: str
    step: int = 900
    bounds: tuple[dt.datetime, dt.datetime]

    def check_value(self, v: Any) -> Any:
        """A ``datetime`` within the bounds (seconds and timezone are dropped), or None."""
        if v is None:
            self._check_clear()
            return None
        if not isinstance(v, dt.datetime):
            raise InteractionError(f"{self.describe()} accepts a datetime.datetime, got {v!r}")
        return check_between(self, minute(v), *self.bounds)


def _datetime_values(value: Any, min_value: Any, max_value: Any) -> tuple[Any, ...]:
    today = dt.date.today()
    parsed = None if value is None else to_datetime(value, today, MIN_BOUND_TIME)
    base = parsed.date() if parsed is not None else today
    if min_value is None:
        lo = dt.datetime.combine(adjust_years(base, -10), MIN_BOUND_TIME)
    else:
        lo = to_datetime(min_value, base, MIN_BOUND_TIME)
    if max_value is None:
        hi = dt.datetime.combine(adjust_years(base, 10), MAX_BOUND_TIME)
    else:
        hi = to_datetime(max_value, base, MAX_BOUND_TIME)
    if lo > hi:
        raise StreamlitInvalidMinMaxError(lo, hi)
    if parsed is not None and parsed < lo:
        raise StreamlitValueBelowMinError(parsed, lo)
    if parsed is not None and parsed > hi:
        raise StreamlitValueAboveMaxError(parsed, hi)
    return parsed, lo, hi


def _step_seconds(step: Any) -> int:
    if isinstance(step, bool) or not isinstance(step, (int, dt.timedelta)):
        raise StreamlitInvalidParameterTypeError("step", type(step).__name__, ["int", "timedelta"])
    seconds = int(step.total_seconds()) if isinstance(step, dt.timedelta) else step
    if not 60 <= seconds <= 23 * 3600:
        raise StreamlitValueOutOfRangeError(
            "step", value=f"{seconds} seconds", min_value="60 seconds", max_value="23 hours"
        )
    return seconds


@element
def datetime_input(
    self: DeltaGenerator,
    label: str,
    value: Any = "now",
    min_value: Any = None,
    max_value: Any = None,
    *,
    key: Any = None,
    help: str | None = None,
    on_change: Any = "rerun",
    args: Any = None,
    kwargs: Any = None,
    format: str = "YYYY/MM/DD",
    step: Any = dt.timedelta(minutes=15),
    disabled: bool = False,
    required: bool = False,
    label_visibility: str = "visible",
    width: Any = "stretch",
    bind: str | None = None,
    persist_state: Any = None,
) -> dt.datetime | None:
    """``st.datetime_input``: a naive ``datetime`` to the minute (``value="now"``), or None."""
    check_on_change(on_change)
    default, lo, hi = _datetime_values(value, min_value, max_value)
    id_value = value
    if isinstance(value, (dt.date, dt.time)):
        id_value = None if default is None else iso_minute(default)
    id_params = {"label": label, "value": id_value, "min_value": iso_minute(lo),
                 "max_value": iso_minute(hi), "help": help, "format": format, "step": step,
                 "width": width, "required": required}
    check_date_format(format)
    node = DateTimeInput(
        str(label), help=help, disabled=disabled, label_visibility=label_visibility,
        min=iso_minute(lo), max=iso_minute(hi), bounds=(lo, hi), step=_step_seconds(step),
        format=format, clearable=default is None, required=required,
    )
    call = WidgetCall(key=key, default=default, id_params=id_params,
                      keyed_identity=frozenset({"format", "step"}), on_change=on_change,
                      args=args, kwargs=kwargs, value_given=value not in ("now", None),
                      label_visibility=label_visibility, bind=bind, persist_state=persist_state)
    current = register_widget(self, node, call)
    explicit = min_value is not None or max_value is not None
    if current is not None and explicit and not lo <= current <= hi:
        return reset_value(key, default)  # type: ignore[no-any-return]
    return current  # type: ignore[no-any-return]
