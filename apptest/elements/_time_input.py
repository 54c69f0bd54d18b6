"""``st.time_input``."""

from __future__ import annotations

import datetime as dt
from typing import Any

from apptest.elements._dg import DeltaGenerator, element
from apptest.elements._widget import WidgetCall, check_on_change, register_widget
from apptest.errors import InteractionError, StreamlitAPIException
from apptest.tree._nodes import Widget


def _step_seconds(step: Any) -> int:
    seconds = step.total_seconds() if isinstance(step, dt.timedelta) else step
    if not isinstance(seconds, (int, float)) or isinstance(seconds, bool):
        raise StreamlitAPIException(
            f"`step` can only be `int` or `timedelta` but {type(step)} is provided."
        )
    if seconds < 60 or seconds > 23 * 3600:
        raise StreamlitAPIException(
            f"`step` must be between 60 seconds and 23 hours but is currently set to {seconds} seconds."
        )
    return int(seconds)


def _to_time(value: Any) -> dt.time | None:
    if value is None:
        return None
    if value == "now":
        return dt.datetime.now().time().replace(second=0, microsecond=0)
    if isinstance(value, dt.datetime):
        return value.time().replace(second=0, microsecond=0)
    if isinstance(value, dt.time):
        return value.replace(second=0, microsecond=0)
    if isinstance(value, str):
        try:
            return dt.time.fromisoformat(value).replace(second=0, microsecond=0)
        except ValueError:
            pass
    raise StreamlitAPIException(
        "The type of value should be one of datetime, time, ISO string or None"
    )


class TimeInput(Widget, collection="time_input"):
    """A time picker; ``value`` is a ``datetime.time`` (or None)."""

    type = "time_input"
    step: int = 900
    clearable: bool = False

    def __init__(self, label: str, **attrs: Any) -> None:
        self.label = label
        self.__dict__.update(attrs)

    def check_value(self, v: Any) -> Any:
        """A ``time`` or ``datetime`` (seconds are dropped), or None if clearable."""
        if v is None:
            if not self.clearable:
                raise InteractionError(f"{self.describe()} cannot be cleared (it has a default)")
            return None
        if isinstance(v, dt.datetime):
            v = v.time()
        if not isinstance(v, dt.time):
            raise InteractionError(f"{self.describe()} accepts a datetime.time, got {v!r}")
        return v.replace(second=0, microsecond=0)

    def _shift(self, seconds: int) -> TimeInput:
        if self.value is None:
            return self
        moved = dt.datetime.combine(dt.date(2000, 1, 1), self.value) + dt.timedelta(seconds=seconds)
        return self.set_value(moved.time())  # type: ignore[return-value]

    def increment(self) -> TimeInput:
        """Move forward by ``step`` seconds.

        Example:
            >>> at.time_input[0].increment().run()  # doctest: +SKIP
        """
        return self._shift(self.step)

    def decrement(self) -> TimeInput:
        """Move back by ``step`` seconds.

        Example:
            >>> at.time_input[0].decrement().run()  # doctest: +SKIP
        """
        return self._shift(-self.step)


@element
def time_input(
    self: DeltaGenerator,
    label: str,
    value: Any = "now",
    key: Any = None,
    help: str | None = None,
    on_change: Any = "rerun",
    args: Any = None,
    kwargs: Any = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    step: Any = 900,
    width: Any = "stretch",
    bind: str | None = None,
    persist_state: str | None = None,
    **extra: Any,
) -> dt.time | None:
    """``st.time_input``: a time of day (``value="now"`` by default)."""
    check_on_change(on_change)
    step_s = _step_seconds(step)
    default = _to_time(value)
    node = TimeInput(str(label), help=help, disabled=disabled, label_visibility=label_visibility,
                     step=step_s, clearable=default is None)
    call = WidgetCall(
        key=key,
        default=default,
        id_params={"label": label, "value": default.isoformat() if default else None,
                   "help": help, "step": step_s, "width": width},
        keyed_identity=frozenset({"step"}),
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        value_given=value != "now" and value is not None,
        label_visibility=label_visibility,
        bind=bind,
        persist_state=persist_state,
    )
    return register_widget(self, node, call)  # type: ignore[no-any-return]
