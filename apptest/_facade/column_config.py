"""``streamlit.column_config`` inside apps: column configurations as plain dicts.

Each function returns the same dict as Streamlit's (``ColumnConfig`` is a ``TypedDict``),
with the type-specific settings under ``"type_config"``. ``st.data_editor`` reads
``disabled``, ``required`` and, for number, checkbox, selectbox and text columns, the
type settings to check a test's edits.
"""

from __future__ import annotations

import datetime
import itertools
from collections.abc import Callable, Iterable
from typing import Any

from apptest.errors import StreamlitMissingRequiredParameterError, StreamlitValueError

ColumnConfig = dict[str, Any]

_CHART_COLORS = ["auto", "auto-inverse", "red", "blue", "green", "yellow", "violet",
                 "orange", "gray", "grey", "primary"]


def _config(type_config: dict[str, Any] | None = None, **fields: Any) -> ColumnConfig:
    config = dict(fields)
    if type_config is not None:
        config["type_config"] = type_config
    return config


def _iso(value: Any) -> Any:
    return None if value is None else value.isoformat()


def _seconds(step: Any) -> Any:
    return step.total_seconds() if isinstance(step, datetime.timedelta) else step


def _check_color(color: str | None) -> None:
    if color is None or color in _CHART_COLORS or color.startswith(("#", "rgb")):
        return
    raise StreamlitValueError("color", [*_CHART_COLORS, "a valid hex color", "an rgb() or rgba() color"])


def Column(label: str | None = None, *, width: Any = None, help: str | None = None,
           disabled: bool | None = None, required: bool | None = None,
           pinned: bool | None = None, alignment: str | None = None) -> ColumnConfig:
    """A column whose type is inferred from the data."""
    return _config(label=label, width=width, help=help, disabled=disabled,
                   required=required, pinned=pinned, alignment=alignment)


def NumberColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                 disabled: bool | None = None, required: bool | None = None,
                 pinned: bool | None = None, alignment: str | None = None,
                 default: int | float | None = None, format: str | None = None,
                 min_value: int | float | None = None, max_value: int | float | None = None,
                 step: int | float | None = None) -> ColumnConfig:
    """A number column; edits must lie within ``min_value``..``max_value``."""
    return _config(
        {"type": "number", "min_value": min_value, "max_value": max_value, "format": format,
         "step": step},
        label=label, width=width, help=help, disabled=disabled, required=required,
        pinned=pinned, alignment=alignment, default=default,
    )


def TextColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
               disabled: bool | None = None, required: bool | None = None,
               pinned: bool | None = None, alignment: str | None = None,
               default: str | None = None, max_chars: int | None = None,
               validate: str | None = None) -> ColumnConfig:
    """A text column; edits may hold at most ``max_chars`` characters."""
    return _config(
        {"type": "text", "max_chars": max_chars, "validate": validate},
        label=label, width=width, help=help, disabled=disabled, required=required,
        pinned=pinned, alignment=alignment, default=default,
    )


def LinkColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
               disabled: bool | None = None, required: bool | None = None,
               pinned: bool | None = None, alignment: str | None = None,
               default: str | None = None, max_chars: int | None = None,
               validate: str | None = None, display_text: str | None = None) -> ColumnConfig:
    """A column of URLs."""
    return _config(
        {"type": "link", "max_chars": max_chars, "validate": validate,
         "display_text": display_text},
        label=label, width=width, help=help, disabled=disabled, required=required,
        pinned=pinned, alignment=alignment, default=default,
    )


def CheckboxColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                   disabled: bool | None = None, required: bool | None = None,
                   pinned: bool | None = None, alignment: str | None = None,
                   default: bool | None = None) -> ColumnConfig:
    """A column of checkboxes; edits are True or False."""
    return _config({"type": "checkbox"}, label=label, width=width, help=help,
                   disabled=disabled, required=required, pinned=pinned,
                   alignment=alignment, default=default)


def SelectboxColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                    disabled: bool | None = None, required: bool | None = None,
                    pinned: bool | None = None, default: Any = None,
                    options: Iterable[Any] | None = None,
                    format_func: Callable[[Any], str] | None = None) -> ColumnConfig:
    """A column whose cells are picked from ``options``."""
    processed: Any = options
    if options and format_func is not None:
        processed = [{"value": o, "label": format_func(o)} for o in options]
    return _config(
        {"type": "selectbox", "options": list(processed) if processed is not None else None},
        label=label, width=width, help=help, disabled=disabled, required=required,
        pinned=pinned, default=default,
    )


def _chart(kind: str, label: str | None, width: Any, help: str | None, pinned: bool | None,
           y_min: Any, y_max: Any, color: str | None) -> ColumnConfig:
    _check_color(color)
    return _config({"type": kind, "y_min": y_min, "y_max": y_max, "color": color},
                   label=label, width=width, help=help, pinned=pinned)


def BarChartColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                   pinned: bool | None = None, y_min: int | float | None = None,
                   y_max: int | float | None = None, color: str | None = None) -> ColumnConfig:
    """A column of bar charts (read-only)."""
    return _chart("bar_chart", label, width, help, pinned, y_min, y_max, color)


def LineChartColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                    pinned: bool | None = None, y_min: int | float | None = None,
                    y_max: int | float | None = None, color: str | None = None) -> ColumnConfig:
    """A column of line charts (read-only)."""
    return _chart("line_chart", label, width, help, pinned, y_min, y_max, color)


def AreaChartColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                    pinned: bool | None = None, y_min: int | float | None = None,
                    y_max: int | float | None = None, color: str | None = None) -> ColumnConfig:
    """A column of area charts (read-only)."""
    return _chart("area_chart", label, width, help, pinned, y_min, y_max, color)


def _media(kind: str, label: str | None, width: Any, help: str | None, pinned: bool | None,
           alignment: str | None) -> ColumnConfig:
    return _config({"type": kind}, label=label, width=width, help=help, pinned=pinned,
                   alignment=alignment)


def ImageColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                pinned: bool | None = None, alignment: str | None = None) -> ColumnConfig:
    """A column of images (read-only)."""
    return _media("image", label, width, help, pinned, alignment)


def AudioColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                pinned: bool | None = None, alignment: str | None = None) -> ColumnConfig:
    """A column of audio players (read-only)."""
    return _media("audio", label, width, help, pinned, alignment)


def VideoColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                pinned: bool | None = None, alignment: str | None = None) -> ColumnConfig:
    """A column of video players (read-only)."""
    return _media("video", label, width, help, pinned, alignment)


def JsonColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
               pinned: bool | None = None, alignment: str | None = None) -> ColumnConfig:
    """A column of JSON values (read-only)."""
    return _media("json", label, width, help, pinned, alignment)


def ListColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
               pinned: bool | None = None, disabled: bool | None = None,
               required: bool | None = None, default: Iterable[str] | None = None) -> ColumnConfig:
    """A column of lists."""
    return _config({"type": "list"}, label=label, width=width, help=help, pinned=pinned,
                   disabled=disabled, required=required,
                   default=None if default is None else list(default))


def MultiselectColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                      disabled: bool | None = None, required: bool | None = None,
                      pinned: bool | None = None, default: Iterable[str] | None = None,
                      options: Iterable[str] | None = None, accept_new_options: bool | None = None,
                      color: Any = None,
                      format_func: Callable[[str], str] | None = None) -> ColumnConfig:
    """A column of lists picked from ``options``."""
    processed: list[dict[str, Any]] | None = None
    if options is not None:
        colors = None if color is None else (
            itertools.repeat(color) if isinstance(color, str) else itertools.cycle(color))
        processed = []
        for option in options:
            entry: dict[str, Any] = {"value": option}
            if format_func is not None:
                entry["label"] = format_func(option)
            if colors is not None:
                entry["color"] = next(colors)
            processed.append(entry)
    return _config(
        {"type": "multiselect", "options": processed, "accept_new_options": accept_new_options},
        label=label, width=width, help=help, disabled=disabled, required=required,
        pinned=pinned, default=None if default is None else list(default),
    )


def DatetimeColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                   disabled: bool | None = None, required: bool | None = None,
                   pinned: bool | None = None, alignment: str | None = None,
                   default: datetime.datetime | None = None, format: str | None = None,
                   min_value: datetime.datetime | None = None,
                   max_value: datetime.datetime | None = None, step: Any = None,
                   timezone: str | None = None) -> ColumnConfig:
    """A column of datetimes."""
    return _config(
        {"type": "datetime", "format": format, "min_value": _iso(min_value),
         "max_value": _iso(max_value), "step": _seconds(step), "timezone": timezone},
        label=label, width=width, help=help, disabled=disabled, required=required,
        pinned=pinned, alignment=alignment, default=_iso(default),
    )


def TimeColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
               disabled: bool | None = None, required: bool | None = None,
               pinned: bool | None = None, alignment: str | None = None,
               default: datetime.time | None = None, format: str | None = None,
               min_value: datetime.time | None = None, max_value: datetime.time | None = None,
               step: Any = None) -> ColumnConfig:
    """A column of times."""
    return _config(
        {"type": "time", "format": format, "min_value": _iso(min_value),
         "max_value": _iso(max_value), "step": _seconds(step)},
        label=label, width=width, help=help, disabled=disabled, required=required,
        pinned=pinned, alignment=alignment, default=_iso(default),
    )


def DateColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
               disabled: bool | None = None, required: bool | None = None,
               pinned: bool | None = None, alignment: str | None = None,
               default: datetime.date | None = None, format: str | None = None,
               min_value: datetime.date | None = None, max_value: datetime.date | None = None,
               step: int | None = None) -> ColumnConfig:
    """A column of dates."""
    return _config(
        {"type": "date", "format": format, "min_value": _iso(min_value),
         "max_value": _iso(max_value), "step": step},
        label=label, width=width, help=help, disabled=disabled, required=required,
        pinned=pinned, alignment=alignment, default=_iso(default),
    )


def ProgressColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                   pinned: bool | None = None, format: str | None = None,
                   min_value: int | float | None = None, max_value: int | float | None = None,
                   step: int | float | None = None, color: str | None = None) -> ColumnConfig:
    """A column of progress bars (read-only)."""
    _check_color(color)
    return _config(
        {"type": "progress", "format": format, "min_value": min_value,
         "max_value": max_value, "step": step, "color": color},
        label=label, width=width, help=help, pinned=pinned,
    )


def MarkdownColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                   disabled: bool | None = None, required: bool | None = None,
                   pinned: bool | None = None, alignment: str | None = None,
                   default: str | None = None) -> ColumnConfig:
    """A column of Markdown text."""
    return _config({"type": "markdown"}, label=label, width=width, help=help,
                   disabled=disabled, required=required, pinned=pinned,
                   alignment=alignment, default=default)


def ButtonColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                 pinned: bool | None = None, alignment: str | None = None,
                 type: str = "secondary", on_click: Any = None, args: Any = None,
                 kwargs: Any = None, key: str | None = None) -> ColumnConfig:
    """A column of buttons (read-only; clicks are not simulated)."""
    if key is None and (on_click is not None or args is not None or kwargs is not None):
        raise StreamlitMissingRequiredParameterError(
            "key", detail="Callbacks passed via `on_click`, `args`, or `kwargs` need a "
            "unique key to be registered.")
    return _config({"type": "button", "button_type": type}, label=label, width=width,
                   help=help, pinned=pinned, alignment=alignment, disabled=True)
