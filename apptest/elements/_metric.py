"""``st.metric``: a big number with an optional delta and sparkline.

The node is ``Metric`` (``.type`` ``"metric"``). Its ``value`` is the text Streamlit
shows (``"70 °F"``, ``"1.5"``, ``"—"`` for None), ``delta`` the delta's text (``""``
when none), ``color`` the delta's colour and ``direction`` its arrow, both resolved as
Streamlit resolves ``delta_color`` and ``delta_arrow`` (``"green"``/``"up"`` for a
positive delta with ``delta_color="normal"``). ``streamlit.testing.v1`` shows ``color``
as the proto's enum number; apptest shows its name.
"""

from __future__ import annotations

import numbers
import textwrap
from typing import Any

from apptest.elements._dg import DeltaGenerator, element
from apptest.elements._layout_params import icon_text
from apptest.elements._text import help_text
from apptest.errors import (
    StreamlitAPIException,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
)
from apptest.tree._nodes import Element

_NAMED_COLORS = ("red", "orange", "yellow", "green", "blue", "violet", "gray", "grey", "primary")
_DELTA_COLORS = ("normal", "inverse", "off", *_NAMED_COLORS)
_ARROWS = ("auto", "up", "down", "off")
_CHART_TYPES = ("line", "bar", "area")


class Metric(Element, collection="metric"):
    """``st.metric``: ``label``, ``delta``, ``color``, ``direction``, ``help``, ``chart_data``..."""

    type = "metric"

    def __init__(self, body: str, **attrs: Any) -> None:
        self.body = body
        self.__dict__.update(attrs)

    @property
    def value(self) -> str:
        """The value as shown (a number as ``str(number)``)."""
        return self.body


def _number_text(value: Any, parameter: str) -> str:
    """Streamlit's ``from_number``: ``str`` of a number (numpy scalars via ``.item()``)."""
    if isinstance(value, numbers.Number):
        return str(value)
    item = getattr(value, "item", None)
    if callable(item):
        try:
            plain = item()
        except Exception:
            plain = None
        if isinstance(plain, (int, float)):
            return str(plain)
    raise StreamlitInvalidParameterTypeError(
        parameter, type(value).__name__, ["int", "float", "Decimal", "NumPy number"],
        detail="Convert the value to a number type.")


def _value_text(value: Any) -> str:
    if value is None:
        return "—"
    return value if isinstance(value, str) else _number_text(value, "value")


def _delta_text(delta: Any) -> str:
    if delta is None or delta == "":
        return ""
    return textwrap.dedent(delta) if isinstance(delta, str) else _number_text(delta, "delta")


def _color_and_direction(delta_color: str, delta: Any) -> tuple[str, str]:
    """Streamlit's ``_determine_delta_color_and_direction``, with names for the enums."""
    if delta_color not in _DELTA_COLORS:
        raise StreamlitValueError("delta_color", [f"'{c}'" for c in _DELTA_COLORS])
    if delta is None or delta == "":
        return "gray", "none"
    zero = textwrap.dedent(delta) == "0" if isinstance(delta, str) else bool(delta == 0)
    negative = textwrap.dedent(str(delta)).startswith("-")
    direction = "none" if zero else "down" if negative else "up"
    if delta_color in _NAMED_COLORS:
        return ("gray" if delta_color == "grey" else delta_color), direction
    if direction == "none" or delta_color == "off":
        return "gray", direction
    good, bad = ("green", "red") if delta_color == "normal" else ("red", "green")
    return (bad if negative else good), direction


def _chart_data(chart_data: Any) -> list[float]:
    if chart_data is None:
        return []
    values = chart_data.tolist() if hasattr(chart_data, "tolist") else list(chart_data)
    prepared: list[float] = []
    for v in values:
        try:
            prepared.append(float(v))
        except Exception as ex:
            raise StreamlitAPIException(
                "Only numeric values are supported for chart data sequence. The value "
                f"'{v}' is of type {type(v)} and cannot be converted to float.") from ex
    return prepared


@element
def metric(
    self: DeltaGenerator,
    label: str,
    value: Any,
    delta: Any = None,
    delta_color: str = "normal",
    *,
    help: str | None = None,
    icon: str | None = None,
    label_visibility: str = "visible",
    border: bool = False,
    width: Any = "stretch",
    height: Any = "content",
    chart_data: Any = None,
    chart_type: str = "line",
    delta_arrow: str = "auto",
    format: Any = None,
    delta_description: str | None = None,
) -> DeltaGenerator:
    """``st.metric``: a labelled value with an optional delta and sparkline."""
    if label_visibility not in ("visible", "hidden", "collapsed"):
        raise StreamlitValueError("label_visibility", ["'visible'", "'hidden'", "'collapsed'"])
    color, direction = _color_and_direction(textwrap.dedent(str(delta_color)).strip(), delta)
    arrow = textwrap.dedent(str(delta_arrow)).strip()
    if arrow not in _ARROWS:
        raise StreamlitValueError("delta_arrow", [f"'{a}'" for a in _ARROWS])
    if arrow != "auto":
        direction = "none" if arrow == "off" else arrow
    node = Metric(
        _value_text(value), label="" if label is None else str(label), delta=_delta_text(delta),
        color=color, direction=direction, help=help_text(help), icon=icon_text(icon),
        label_visibility=label_visibility, border=border, chart_data=_chart_data(chart_data),
        chart_type=chart_type if chart_type in _CHART_TYPES else "line", format=format,
        delta_description=delta_description)
    return self._add(node)
