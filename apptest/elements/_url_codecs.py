"""How each widget kind appears in the URL with ``bind="query-params"``.

A ``UrlCodec`` follows the widget's Streamlit serde and ``register_widget`` arguments:
the ``value_type`` (how the raw URL text is parsed, see ``parse_url_param``), ``decode``
(parsed URL value -> widget value, Streamlit's deserializer; a value the widget cannot
take falls back to the default), ``wire`` (widget value -> Streamlit's serialized form),
``clearable`` (``?key=`` empties the widget), ``options`` (the labels an option widget
accepts from the URL), ``max_length`` and ``allow_duplicates``.

Codecs are built from the widget's tree node, by node type, so widget modules need not
know about URLs.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from apptest.tree._nodes import Widget

_EPOCH = dt.datetime(1970, 1, 1)
_TIME_BASE_DATE = dt.date(2000, 1, 1)
_HEX_COLOR = re.compile(r"^#(?:[0-9a-fA-F]{3}){1,2}$")
ARRAY_TYPES = ("string_array_value", "int_array_value", "double_array_value")


class Invalid(ValueError):
    """A URL value the widget's deserializer would replace by the default."""


@dataclass
class UrlCodec:
    """A widget kind's URL format (see the module docstring)."""

    value_type: str
    decode: Callable[[Any], Any]
    wire: Callable[[Any], Any]
    clearable: bool = False
    options: list[str] | None = None
    max_length: int | None = None
    allow_duplicates: bool = False

    def url(self, value: Any) -> str | list[str]:
        """The URL text of a widget value (Streamlit's ``_coerce_value_for_query_url``)."""
        return coerce_for_url(self.wire(value), self.value_type)


def format_number(v: Any) -> str:
    """A number as the URL shows it: ``5.0`` -> ``"5"``, ``5.5`` -> ``"5.5"``."""
    if isinstance(v, float) and math.isfinite(v) and v == int(v):
        return str(int(v))
    return str(v)


def coerce_for_url(value: Any, value_type: str) -> str | list[str]:
    """A serialized widget value as stored in the URL."""
    if value_type in ARRAY_TYPES:
        fmt = format_number if value_type == "double_array_value" else str
        if isinstance(value, (list, tuple)):
            return [fmt(v) for v in value]
        return fmt(value)
    if value_type == "bool_value" and isinstance(value, bool):
        return str(value).lower()
    return str(value)


# --------------------------------------------------------------------------- simple kinds


def _switch(node: Widget) -> UrlCodec:
    return UrlCodec("bool_value", bool, bool)


def _text(node: Widget) -> UrlCodec:
    limit = getattr(node, "max_chars", None)

    def decode(v: Any) -> Any:
        return v[:limit] if isinstance(v, str) and limit is not None else v

    return UrlCodec("string_value", decode, lambda v: v, clearable=True)


def _number(node: Widget) -> UrlCodec:
    def decode(v: Any) -> Any:
        if v is None:
            return None
        if getattr(node, "is_int", False):
            return int(v)
        if not math.isfinite(v):
            raise Invalid(v)
        return v

    return UrlCodec("double_value", decode, lambda v: v,
                    clearable=bool(getattr(node, "clearable", False)))


def _color(node: Widget) -> UrlCodec:
    def decode(v: Any) -> Any:
        color = v if v.startswith("#") else f"#{v}"
        if not _HEX_COLOR.match(color):
            raise Invalid(v)
        return color

    return UrlCodec("string_value", decode, str)


def _feedback(node: Widget) -> UrlCodec:
    def decode(v: Any) -> Any:
        return None if v == "" else int(v)

    return UrlCodec("string_value", decode, lambda v: "" if v is None else str(v),
                    clearable=True)


def _pagination(node: Widget) -> UrlCodec:
    def decode(v: Any) -> Any:
        if not isinstance(v, int):
            raise Invalid(v)
        return v

    return UrlCodec("int_value", decode, lambda v: v)


# --------------------------------------------------------------------------- options


def _labels(node: Any) -> list[str]:
    return [str(label) for label in node._choices.labels]


def _from_label(node: Any, label: str) -> Any:
    index = node._choices.index_by_label.get(label)
    return label if index is None else node._choices.values[index]


def _to_label(node: Any, value: Any) -> str:
    return str(node._label(value))


def _single_choice(node: Any) -> UrlCodec:
    new_text = bool(getattr(node, "accept_new_options", False))
    return UrlCodec(
        "string_value",
        lambda v: None if v is None else _from_label(node, v),
        lambda v: None if v is None else _to_label(node, v),
        clearable=bool(getattr(node, "clearable", False)),
        options=None if new_text else _labels(node),
    )


def _multiselect(node: Any) -> UrlCodec:
    new_text = bool(getattr(node, "accept_new_options", False))
    return UrlCodec(
        "string_array_value",
        lambda v: [_from_label(node, x) for x in v],
        lambda v: [_to_label(node, x) for x in v],
        clearable=True,
        options=None if new_text else _labels(node),
        max_length=node.max_selections or None,
    )


def _button_group(node: Any) -> UrlCodec:
    single = node.selection_mode == "single"

    def decode(v: Any) -> Any:
        if single:
            return _from_label(node, v[0]) if v else None
        return [_from_label(node, x) for x in v]

    def wire(v: Any) -> Any:
        if v is None:
            return []
        return [_to_label(node, x) for x in ([v] if single else v)]

    return UrlCodec("string_array_value", decode, wire, clearable=True,
                    options=_labels(node), max_length=1 if single else None)


def _select_slider(node: Any, default: Any) -> UrlCodec:
    size = 2 if node.is_range else 1
    defaults = list(default) if node.is_range else [default]

    def decode(v: Any) -> Any:
        if len(v) != size:
            return default
        picked = []
        for i, label in enumerate(v):
            index = node._choices.index_by_label.get(label)
            picked.append(defaults[min(i, size - 1)] if index is None
                          else node._choices.values[index])
        return tuple(picked) if node.is_range else picked[0]

    def wire(v: Any) -> Any:
        return [_to_label(node, x) for x in (v if node.is_range else [v])]

    return UrlCodec("string_array_value", decode, wire, allow_duplicates=True)


# --------------------------------------------------------------------------- numbers, dates


def to_micros(value: Any) -> float:
    """A date, time (on 2000-01-01) or naive datetime as microseconds since the epoch."""
    if isinstance(value, dt.datetime):
        delta = value.replace(tzinfo=None) - _EPOCH
    elif isinstance(value, dt.date):
        delta = dt.datetime.combine(value, dt.time()) - _EPOCH
    else:
        delta = dt.datetime.combine(_TIME_BASE_DATE, value.replace(tzinfo=None)) - _EPOCH
    return float(delta.days * 86_400_000_000 + delta.seconds * 1_000_000 + delta.microseconds)


def _from_micros(kind: str, v: Any) -> Any:
    moment = _EPOCH + dt.timedelta(microseconds=int(v))
    return {"date": moment.date(), "time": moment.time(), "datetime": moment}[kind]


def _slider(node: Any) -> UrlCodec:
    kind = str(getattr(node, "data_type", "float"))
    size = 2 if node.is_range else 1

    def one(v: Any) -> Any:
        if isinstance(v, str) or not math.isfinite(v):
            raise Invalid(v)
        if kind == "int":
            return int(v)
        return v if kind == "float" else _from_micros(kind, v)

    def decode(v: Any) -> Any:
        if len(v) != size:
            raise Invalid(v)
        values = [one(x) for x in v]
        return tuple(values) if node.is_range else values[0]

    def wire(v: Any) -> Any:
        values = list(v) if node.is_range else [v]
        return [float(x) if kind in ("int", "float") else to_micros(x) for x in values]

    return UrlCodec("double_array_value", decode, wire)


def _parse_day(text: str) -> dt.date:
    for fmt in ("%Y-%m-%d", "%Y/%m/%d"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise Invalid(text)


def _date_input(node: Any) -> UrlCodec:
    def decode(v: Any) -> Any:
        days = tuple(_parse_day(x) for x in v)
        if not days:
            return () if node.is_range else None
        return days if node.is_range else days[0]

    def wire(v: Any) -> Any:
        if v is None:
            return []
        return [d.isoformat() for d in (v if isinstance(v, (list, tuple)) else [v])]

    return UrlCodec("string_array_value", decode, wire, clearable=bool(node.clearable))


def _datetime_input(node: Any) -> UrlCodec:
    def decode(v: Any) -> Any:
        if not v:
            return None
        for fmt in ("%Y-%m-%dT%H:%M", "%Y/%m/%d, %H:%M"):
            try:
                return dt.datetime.strptime(v[0], fmt)
            except ValueError:
                continue
        raise Invalid(v)

    def wire(v: Any) -> Any:
        return [] if v is None else [v.strftime("%Y-%m-%dT%H:%M")]

    return UrlCodec("string_array_value", decode, wire, clearable=bool(node.clearable))


def _time_input(node: Any) -> UrlCodec:
    with_seconds = node.step % 60 != 0
    fmt = "%H:%M:%S" if with_seconds else "%H:%M"

    def decode(v: Any) -> Any:
        if v is None:
            return None
        for pattern in ("%H:%M:%S", "%H:%M"):
            try:
                parsed = dt.datetime.strptime(v, pattern).time()
            except ValueError:
                continue
            return parsed if with_seconds else parsed.replace(second=0, microsecond=0)
        raise Invalid(v)

    return UrlCodec("string_value", decode, lambda v: None if v is None else v.strftime(fmt),
                    clearable=bool(node.clearable))


def _tabs(node: Any) -> UrlCodec:
    return UrlCodec("string_value", lambda v: v, str, options=[str(x) for x in node.labels])


_BY_TYPE: dict[str, Callable[[Any], UrlCodec]] = {
    "checkbox": _switch,
    "expander": _switch,
    "tab_container": _tabs,
    "toggle": _switch,
    "text_input": _text,
    "text_area": _text,
    "number_input": _number,
    "slider": _slider,
    "color_picker": _color,
    "feedback": _feedback,
    "pagination": _pagination,
    "radio": _single_choice,
    "selectbox": _single_choice,
    "multiselect": _multiselect,
    "button_group": _button_group,
    "date_input": _date_input,
    "date_time_input": _datetime_input,
    "time_input": _time_input,
}


def codec_for(node: Widget, default: Any) -> UrlCodec | None:
    """The URL format of a widget, or None for a kind that cannot be bound."""
    if node.type == "select_slider":
        return _select_slider(node, default)
    factory = _BY_TYPE.get(node.type)
    return None if factory is None else factory(node)
