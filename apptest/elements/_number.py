"""Numeric widgets: ``st.number_input`` and ``st.slider`` (int and float; more slider
types, such as dates, are added with ``register_slider_type``)."""

from __future__ import annotations

import numbers
from typing import Any

from apptest.elements._dg import DeltaGenerator, element
from apptest.elements._widget import WidgetCall, check_on_change, register_widget
from apptest.errors import (
    InteractionError,
    StreamlitAPIException,
    StreamlitInvalidMinMaxError,
    StreamlitInvalidNumberFormatError,
    StreamlitMixedNumericTypesError,
    StreamlitValueAboveMaxError,
    StreamlitValueBelowMinError,
)
from apptest.tree._nodes import Widget


def _is_number(v: Any) -> bool:
    return isinstance(v, numbers.Real) and not isinstance(v, bool)


def _coerce(widget: Widget, v: Any, is_int: bool) -> int | float:
    """A number a person could type into the widget, as the widget's type."""
    if not _is_number(v):
        kind = "an int" if is_int else "a number"
        raise InteractionError(f"{widget.describe()} accepts {kind}, got {v!r}")
    if is_int:
        if v != int(v):
            raise InteractionError(f"{widget.describe()} accepts whole numbers, got {v!r}")
        return int(v)
    return float(v)


def _check_range(widget: Widget, v: Any, lo: Any, hi: Any) -> None:
    if (lo is not None and v < lo) or (hi is not None and v > hi):
        raise InteractionError(f"{widget.describe()} accepts {lo}..{hi}, got {v!r}")


class NumberInput(Widget, collection="number_input"):
    """A number input; ``value`` is an int, a float or None."""

    type = "number_input"
    is_int: bool = False
    clearable: bool = False
    has_min: bool = False
    has_max: bool = False
    min: Any = None
    max: Any = None
    step: Any = 1

    def __init__(self, label: str, **attrs: Any) -> None:
        self.label = label
        self.__dict__.update(attrs)

    def check_value(self, v: Any) -> Any:
        """A number within ``min``..``max`` (None only for a clearable input)."""
        if v is None:
            if not self.clearable:
                raise InteractionError(f"{self.describe()} cannot be cleared (it has a default)")
            return None
        v = _coerce(self, v, self.is_int)
        _check_range(self, v, self.min if self.has_min else None, self.max if self.has_max else None)
        return v

    def increment(self) -> NumberInput:
        """Press "+": add ``step``, clamped to ``max``.

        Example:
            >>> at.number_input[0].increment().run()  # doctest: +SKIP
        """
        if self.value is None:
            return self
        return self.set_value(min(self.value + self.step, self.max))

    def decrement(self) -> NumberInput:
        """Press "-": subtract ``step``, clamped to ``min``.

        Example:
            >>> at.number_input[0].decrement().run()  # doctest: +SKIP
        """
        if self.value is None:
            return self
        return self.set_value(max(self.value - self.step, self.min))


_MAX_SAFE_INT = (1 << 53) - 1
_MAX_FLOAT = 1.7976931348623157e308


def _number_type(value: Any, min_value: Any, max_value: Any, step: Any) -> tuple[bool, bool]:
    args = [min_value, max_value, value, step]
    all_int = all(isinstance(a, (numbers.Integral, type(None), str)) for a in args)
    all_float = all(isinstance(a, (float, type(None), str)) for a in args)
    if not all_int and not all_float:
        raise StreamlitMixedNumericTypesError(value, min_value, max_value, step)
    return all_int, all_float


@element
def number_input(
    self: DeltaGenerator,
    label: str,
    min_value: Any = None,
    max_value: Any = None,
    value: Any = "min",
    step: Any = None,
    format: str | None = None,
    key: Any = None,
    help: str | None = None,
    on_change: Any = "rerun",
    args: Any = None,
    kwargs: Any = None,
    *,
    placeholder: str | None = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    icon: str | None = None,
    width: Any = "stretch",
    bind: str | None = None,
    persist_state: str | None = None,
    **extra: Any,
) -> Any:
    """``st.number_input``: an int or float input (type inferred from the arguments)."""
    check_on_change(on_change)
    id_params = {"label": label, "min_value": min_value, "max_value": max_value,
                 "value": value, "step": step, "format": format, "help": help,
                 "placeholder": placeholder, "icon": icon, "width": width}
    all_int, all_float = _number_type(value, min_value, max_value, step)
    value_given = value != "min"
    if value == "min":
        value = min_value if min_value is not None else (0 if all_int and not all_float else 0.0)
    is_int = isinstance(value, numbers.Integral) or (value is None and all_int and not all_float)
    fmt = format if format is not None else ("%d" if is_int else "%0.2f")
    if step is None:
        step = 1 if is_int else 0.01
    try:
        float(fmt % 2)
    except (TypeError, ValueError):
        raise StreamlitInvalidNumberFormatError(fmt)
    _check_bounds(value, min_value, max_value, ordered_only=False)
    node = NumberInput(
        str(label), help=help, disabled=disabled, label_visibility=label_visibility,
        is_int=is_int and all_int, step=step, format=fmt, placeholder=placeholder,
        has_min=min_value is not None, has_max=max_value is not None, clearable=value is None,
        min=min_value if min_value is not None else (-_MAX_SAFE_INT if is_int else -_MAX_FLOAT),
        max=max_value if max_value is not None else (_MAX_SAFE_INT if is_int else _MAX_FLOAT),
    )
    call = WidgetCall(key=key, default=value, id_params=id_params, on_change=on_change,
                      args=args, kwargs=kwargs, value_given=value_given and value is not None,
                      label_visibility=label_visibility, bind=bind, persist_state=persist_state)
    return register_widget(self, node, call)


def _check_bounds(value: Any, lo: Any, hi: Any, *, ordered_only: bool) -> None:
    if lo is not None and hi is not None and lo > hi:
        raise StreamlitInvalidMinMaxError(lo, hi)
    if ordered_only or value is None:
        return
    if lo is not None and lo > value:
        raise StreamlitValueBelowMinError(value=value, min_value=lo)
    if hi is not None and hi < value:
        raise StreamlitValueAboveMaxError(value=value, max_value=hi)


class SliderType:
    """How ``st.slider`` handles one data type; the type is picked from ``value``.

    ``int`` and ``float`` are declared here; other modules add types (dates and times)
    with ``register_slider_type``.
    """

    name = "float"
    format = "%0.2f"

    def check_args(self, min_value: Any, max_value: Any, step: Any) -> None:
        """Raise Streamlit's error when ``min_value``, ``max_value`` or ``step`` do not fit."""
        if not all(_is_number(a) for a in (min_value, max_value, step) if a is not None):
            raise StreamlitAPIException(
                "Slider value arguments must be of matching types.\n"
                f"`min_value` has {type(min_value).__name__} type.\n"
                f"`max_value` has {type(max_value).__name__} type.\n"
                f"`step` has {type(step).__name__} type."
            )

    def defaults(self, first: Any, min_value: Any, max_value: Any, step: Any) -> tuple[Any, Any, Any]:
        """``min_value``, ``max_value`` and ``step`` with Streamlit's defaults filled in."""
        lo, hi, st = (0, 100, 1) if self.name == "int" else (0.0, 1.0, 0.01)
        return (
            lo if min_value is None else min_value,
            hi if max_value is None else max_value,
            st if step is None else step,
        )

    def coerce(self, widget: Slider, v: Any) -> Any:
        """A value a test sets, as this type (raises ``InteractionError`` if impossible)."""
        return _coerce(widget, v, self.name == "int")


class _IntSliderType(SliderType):
    name = "int"
    format = "%d"


#: exact value type -> slider type, for types other than int and float
SLIDER_TYPES: dict[type, SliderType] = {}
_INT_SLIDER, _FLOAT_SLIDER = _IntSliderType(), SliderType()


def register_slider_type(value_type: type, slider_type: SliderType) -> None:
    """Let ``st.slider`` take values of ``value_type`` (exact type, as Streamlit)."""
    SLIDER_TYPES[value_type] = slider_type


def _slider_type(first: Any) -> SliderType:
    if isinstance(first, numbers.Integral):
        return _INT_SLIDER
    return SLIDER_TYPES.get(type(first), _FLOAT_SLIDER)


class Slider(Widget, collection="slider"):
    """A slider; ``value`` is a number, date or time, or a pair of them (range slider)."""

    type = "slider"
    kind: SliderType = _FLOAT_SLIDER
    min: Any
    max: Any
    step: Any
    is_range: bool = False
    is_int: bool = False

    def __init__(self, label: str, **attrs: Any) -> None:
        self.label = label
        self.__dict__.update(attrs)

    def _one(self, v: Any) -> Any:
        v = self.kind.coerce(self, v)
        _check_range(self, v, self.min, self.max)
        return v

    def check_value(self, v: Any) -> Any:
        """A value in ``min``..``max``, or a pair of them for a range slider."""
        if self.is_range:
            if not isinstance(v, (tuple, list)) or len(v) != 2:
                raise InteractionError(
                    f"{self.describe()} is a range slider and accepts a pair (low, high), got {v!r}"
                )
            lo, hi = (self._one(x) for x in v)
            return (lo, hi) if lo <= hi else (hi, lo)
        if isinstance(v, (tuple, list)):
            raise InteractionError(f"{self.describe()} accepts a single value, got {v!r}")
        return self._one(v)

    def set_range(self, lower: Any, upper: Any) -> Slider:
        """Set both ends of a range slider.

        Example:
            >>> at.slider[0].set_range(2, 8).run()  # doctest: +SKIP
        """
        return self.set_value((lower, upper))  # type: ignore[return-value]


def _slider_defaults(value: Any, min_value: Any, max_value: Any, step: Any) -> tuple[Any, ...]:
    """Streamlit's slider defaults: the data type comes from ``value`` alone."""
    if value is None:
        value = min_value if min_value is not None else 0
    first = value[0] if isinstance(value, (list, tuple)) and value else value
    kind = _slider_type(first)
    kind.check_args(min_value, max_value, step)
    return (value, *kind.defaults(first, min_value, max_value, step), kind)


@element
def slider(
    self: DeltaGenerator,
    label: str,
    min_value: Any = None,
    max_value: Any = None,
    value: Any = None,
    step: Any = None,
    format: str | None = None,
    key: Any = None,
    help: str | None = None,
    on_change: Any = "rerun",
    args: Any = None,
    kwargs: Any = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: Any = "stretch",
    bind: str | None = None,
    persist_state: str | None = None,
) -> Any:
    """``st.slider`` for numbers (and registered types), single or range (a pair ``value``)."""
    check_on_change(on_change)
    id_params = {"label": label, "min_value": min_value, "max_value": max_value,
                 "value": value, "step": step, "format": format, "help": help, "width": width}
    value_given = value is not None
    value, min_value, max_value, step, kind = _slider_defaults(value, min_value, max_value, step)
    if min_value == max_value:
        raise StreamlitInvalidMinMaxError(min_value, max_value)
    if min_value > max_value:
        min_value, max_value = max_value, min_value
    is_range = isinstance(value, (list, tuple))
    default = tuple(value) if is_range else value
    node = Slider(
        str(label), help=help, disabled=disabled, label_visibility=label_visibility,
        min=min_value, max=max_value, step=step, is_int=kind.name == "int", is_range=is_range,
        format=format or kind.format, data_type=kind.name, kind=kind,
    )
    call = WidgetCall(key=key, default=default, id_params=id_params,
                      keyed_identity=frozenset({"min_value", "max_value", "step"}),
                      on_change=on_change, args=args, kwargs=kwargs, value_given=value_given,
                      label_visibility=label_visibility, bind=bind, persist_state=persist_state)
    return register_widget(self, node, call)
