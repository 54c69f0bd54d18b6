"""The simple charts: ``st.line_chart``, ``st.area_chart``, ``st.bar_chart``, ``st.scatter_chart``.

Streamlit builds an Altair chart from the data's columns; apptest does not build it. The
node (a ``VegaLiteChart``, ``.type`` ``"vega_lite_chart"`` as in real AppTest, ``spec``
None) keeps the data and the encoding arguments: ``x``, ``y``, ``x_label``, ``y_label``,
``color``, ``size`` (scatter), ``stack`` (area, bar), ``horizontal`` and ``sort`` (bar).
Column names are checked against the data with Streamlit's messages.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from apptest.elements._charts import check_chart_width
from apptest.elements._dg import DeltaGenerator, element
from apptest.elements._vega_charts import VegaLiteChart, add_vega_chart
from apptest.errors import (
    StreamlitAPIException,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
)

_STACKS = (None, True, False, "normalize", "center", "layered")


def data_columns(data: Any) -> list[Any] | None:
    """The column names Streamlit's DataFrame of ``data`` would have (None: unknown)."""
    if data is None:
        return []
    from apptest.elements._dataframe import make_table

    try:
        return list(make_table(data, editor=False).columns)
    except Exception:  # data apptest cannot read as a table is not checked
        return None


def _require_column(columns: list[Any], name: Any) -> None:
    if name not in columns:
        shown = ", ".join(str(c) for c in columns)
        raise StreamlitAPIException(
            f'Data does not have a column named `"{name}"`. Available columns are `{shown}`',
            error_id="chart-column-not-found",
        )


def _check_columns(data: Any, x: Any, y: Any, sort: Any) -> None:
    """Streamlit's ``_parse_x_column``, ``_parse_y_columns`` and ``_parse_sort_column``."""
    if x is not None and not isinstance(x, str):
        raise StreamlitInvalidParameterTypeError(
            "x", type(x).__name__, ["str", "None"],
            detail="Pass a column name or None to use the dataframe's index.")
    columns = data_columns(data)
    if columns is None:
        return
    if x is not None:
        _require_column(columns, x)
    wanted = [] if y is None else [y] if isinstance(y, str) else [str(c) for c in y]
    for name in wanted:
        _require_column(columns, name)
    if isinstance(sort, str):
        _require_column(columns, sort.removeprefix("-"))


def _check_size(data: Any, size: Any) -> None:
    """A scatter chart's ``size`` is a number or a column name."""
    if size is None or isinstance(size, (int, float)):
        return
    columns = data_columns(data)
    if columns is None or size in columns:
        return
    raise StreamlitValueError("size", ["a column name", "a number"], detail=f"Got {size!r}.")


def _check_stack(stack: Any) -> None:
    if stack not in _STACKS or (stack is not None and not isinstance(stack, (bool, str))):
        raise StreamlitValueError(
            "stack", ["True", "False", "'normalize'", "'center'", "'layered'", "None"])


def _simple_chart(
    dg: DeltaGenerator, chart_type: str, data: Any, encoding: dict[str, Any], size: dict[str, Any]
) -> Any:
    check_chart_width(size["width"], allow_content=True)
    _check_columns(data, encoding["x"], encoding["y"], encoding.get("sort"))
    if "size" in encoding:
        _check_size(data, encoding["size"])
    node = VegaLiteChart(chart_type, data=data, **encoding, **size)
    return add_vega_chart(dg, node)


def _sizes(width: Any, height: Any, use_container_width: bool | None, alt: str | None) -> dict[str, Any]:
    return {"width": width, "height": height, "use_container_width": use_container_width,
            "alt": alt}


@element
def line_chart(
    self: DeltaGenerator,
    data: Any = None,
    *,
    x: str | None = None,
    y: str | Sequence[str] | None = None,
    x_label: str | None = None,
    y_label: str | None = None,
    color: Any = None,
    width: Any = "stretch",
    height: Any = "content",
    use_container_width: bool | None = None,
    alt: str | None = None,
) -> DeltaGenerator:
    """``st.line_chart``."""
    encoding = {"x": x, "y": y, "x_label": x_label, "y_label": y_label, "color": color}
    return _simple_chart(self, "line_chart", data, encoding,  # type: ignore[no-any-return]
                         _sizes(width, height, use_container_width, alt))


@element
def area_chart(
    self: DeltaGenerator,
    data: Any = None,
    *,
    x: str | None = None,
    y: str | Sequence[str] | None = None,
    x_label: str | None = None,
    y_label: str | None = None,
    color: Any = None,
    stack: Any = None,
    width: Any = "stretch",
    height: Any = "content",
    use_container_width: bool | None = None,
    alt: str | None = None,
) -> DeltaGenerator:
    """``st.area_chart``; ``stack=None`` or ``False`` is kept as ``"layered"``, as Streamlit does."""
    _check_stack(stack)
    stack = "layered" if stack is None or stack is False else stack
    encoding = {"x": x, "y": y, "x_label": x_label, "y_label": y_label, "color": color,
                "stack": stack}
    return _simple_chart(self, "area_chart", data, encoding,  # type: ignore[no-any-return]
                         _sizes(width, height, use_container_width, alt))


@element
def bar_chart(
    self: DeltaGenerator,
    data: Any = None,
    *,
    x: str | None = None,
    y: str | Sequence[str] | None = None,
    x_label: str | None = None,
    y_label: str | None = None,
    color: Any = None,
    horizontal: bool = False,
    sort: bool | str = True,
    stack: Any = None,
    width: Any = "stretch",
    height: Any = "content",
    use_container_width: bool | None = None,
    alt: str | None = None,
) -> DeltaGenerator:
    """``st.bar_chart``."""
    _check_stack(stack)
    encoding = {"x": x, "y": y, "x_label": x_label, "y_label": y_label, "color": color,
                "horizontal": horizontal, "sort": sort, "stack": stack}
    return _simple_chart(self, "bar_chart", data, encoding,  # type: ignore[no-any-return]
                         _sizes(width, height, use_container_width, alt))


@element
def scatter_chart(
    self: DeltaGenerator,
    data: Any = None,
    *,
    x: str | None = None,
    y: str | Sequence[str] | None = None,
    x_label: str | None = None,
    y_label: str | None = None,
    color: Any = None,
    size: str | float | int | None = None,
    width: Any = "stretch",
    height: Any = "content",
    use_container_width: bool | None = None,
    alt: str | None = None,
) -> DeltaGenerator:
    """``st.scatter_chart``; ``size`` is a column name or a number."""
    encoding = {"x": x, "y": y, "x_label": x_label, "y_label": y_label, "color": color,
                "size": size}
    return _simple_chart(self, "scatter_chart", data, encoding,  # type: ignore[no-any-return]
                         _sizes(width, height, use_container_width, alt))
