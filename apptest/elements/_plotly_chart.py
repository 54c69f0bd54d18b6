"""``st.plotly_chart`` (``.type`` ``"plotly_chart"``).

The node keeps the figure the app gave (``figure``) and it as a plain dict (``spec``:
``{"data": [traces], "layout": {...}}``). plotly itself is only needed for a matplotlib
figure (Streamlit converts it with plotly); a figure dict or list of trace dicts is taken
as is. With ``on_select`` the chart is a widget whose value is a ``PlotlyState``: a test
selects points (``select_points``), drags a box (``select_box``) or draws a lasso
(``select_lasso``), and the points inside are selected as the browser would.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from apptest.elements._chart_states import PlotlyState, empty_state, parse_plotly_selection_mode
from apptest.elements._charts import (
    Chart,
    add_chart,
    check_chart_width,
    check_on_select,
    is_chart_object,
)
from apptest.elements._dg import DeltaGenerator, element
from apptest.errors import InteractionError, StreamlitValueError


def _plain(obj: Any) -> Any:
    """Plotly objects (anything with ``to_plotly_json``) as plain dicts and lists."""
    if callable(getattr(obj, "to_plotly_json", None)):
        obj = obj.to_plotly_json()
    if isinstance(obj, dict):
        return {k: _plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_plain(v) for v in obj]
    if callable(getattr(obj, "tolist", None)):
        return obj.tolist()
    return obj


def figure_spec(figure_or_data: Any) -> dict[str, Any]:
    """The figure as ``{"data": [...], "layout": {...}}`` (plotly only for matplotlib figures)."""
    if is_chart_object(figure_or_data, "matplotlib"):
        import plotly.tools

        figure_or_data = plotly.tools.mpl_to_plotly(figure_or_data)
    spec = _plain(figure_or_data)
    if isinstance(spec, list):
        spec = {"data": spec}
    if not isinstance(spec, dict):
        raise StreamlitValueError("figure_or_data", ["a Plotly Figure", "a figure dict", "a list of traces"])
    spec.setdefault("data", [])
    spec.setdefault("layout", {})
    return spec


def _inside_polygon(x: float, y: float, xs: Sequence[float], ys: Sequence[float]) -> bool:
    inside = False
    j = len(xs) - 1
    for i in range(len(xs)):
        if (ys[i] > y) != (ys[j] > y) and x < (xs[j] - xs[i]) * (y - ys[i]) / (ys[j] - ys[i]) + xs[i]:
            inside = not inside
        j = i
    return inside


class PlotlyChart(Chart):
    """A Plotly chart.

    Attributes:
        figure: what the app gave (a Figure, a figure dict or a list of traces).
        spec: the figure as a plain dict (``data`` and ``layout``).
        config: the Plotly config dict.
        selection_mode: the activated modes (``"box"``, ``"lasso"``, ``"points"``), sorted.
    """

    type = "plotly_chart"
    figure: Any = None
    spec: dict[str, Any] | None = None
    config: dict[str, Any] | None = None

    @property
    def traces(self) -> list[dict[str, Any]]:
        """The figure's traces."""
        return [t for t in (self.spec or {}).get("data") or [] if isinstance(t, dict)]

    def empty_selection(self) -> PlotlyState:
        """``{"selection": {"points": [], "point_indices": [], "box": [], "lasso": []}}``."""
        return empty_state(PlotlyState)  # type: ignore[return-value]

    def select_points(self, points: Iterable[dict[str, Any]]) -> PlotlyChart:
        """Click points: each ``{"curve_number": c, "point_index": i}`` (x/y are filled in).

        Example:
            >>> at.plotly_chart(key="p").select_points([{"point_index": 2}]).run()  # doctest: +SKIP
        """
        return self._select({"points": list(points)})  # type: ignore[return-value]

    def select_box(self, x: Sequence[float], y: Sequence[float]) -> PlotlyChart:
        """Drag a box from ``x[0]..x[1]`` and ``y[0]..y[1]``; the points inside are selected.

        Example:
            >>> at.plotly_chart(key="p").select_box([0, 2], [0, 10]).run()  # doctest: +SKIP
        """
        (x0, x1), (y0, y1) = self._pair(x), self._pair(y)
        found = self._points_where(lambda px, py: min(x0, x1) <= px <= max(x0, x1)
                                   and min(y0, y1) <= py <= max(y0, y1))
        box = {"x": [x0, x1], "y": [y0, y1], "xref": "x", "yref": "y"}
        return self._select({"points": found, "box": [box]}, mode="box")

    def select_lasso(self, x: Sequence[float], y: Sequence[float]) -> PlotlyChart:
        """Draw a lasso through the points ``(x[i], y[i])``; the points inside are selected.

        Example:
            >>> at.plotly_chart(key="p").select_lasso([0, 4, 4, 0], [0, 0, 9, 9]).run()  # doctest: +SKIP
        """
        xs, ys = list(x), list(y)
        if len(xs) != len(ys) or len(xs) < 3:
            raise InteractionError(f"{self.describe()} lasso needs 3 or more (x, y) points, got {xs!r}, {ys!r}")
        found = self._points_where(lambda px, py: _inside_polygon(px, py, xs, ys))
        return self._select({"points": found, "lasso": [{"x": xs, "y": ys, "xref": "x", "yref": "y"}]},
                            mode="lasso")

    def check_selection(self, v: Any) -> PlotlyState:
        """``{"selection": {"points": [...], "box": [...], "lasso": [...]}}``; point_indices follow points."""
        sel = v.get("selection") if isinstance(v, dict) else None
        if not isinstance(sel, dict):
            raise InteractionError(f"{self.describe()} accepts {{'selection': {{'points': [...]}}}}, got {v!r}")
        parts = {p: list(sel.get(p) or []) for p in ("points", "box", "lasso")}
        # points also come from a box or lasso drawn in those modes
        needed = {part for part in ("box", "lasso") if parts[part]}
        if parts["points"] and not needed:
            needed.add("points")
        for mode in sorted(needed - set(self.selection_mode)):
            raise InteractionError(
                f"{self.describe()} cannot select by {mode} with selection_mode {self.selection_mode!r}")
        points = [self._check_point(p) for p in parts["points"]]
        return PlotlyState({"selection": {
            "points": points, "point_indices": [p["point_index"] for p in points],
            "box": parts["box"], "lasso": parts["lasso"]}})

    def _select(self, parts: dict[str, Any], mode: str = "points") -> Any:
        self._require_selectable()
        if mode not in self.selection_mode:
            raise InteractionError(
                f"{self.describe()} cannot select by {mode} with selection_mode {self.selection_mode!r}")
        return self.set_value({"selection": parts})

    def _pair(self, values: Sequence[float]) -> tuple[float, float]:
        pair = tuple(values)
        if len(pair) != 2 or not all(isinstance(v, (int, float)) for v in pair):
            raise InteractionError(f"{self.describe()} box sides are [lo, hi] numbers, got {values!r}")
        return pair  # type: ignore[return-value]

    def _points_where(self, test: Any) -> list[dict[str, Any]]:
        found = []
        for c, trace in enumerate(self.traces):
            xs, ys = trace.get("x") or [], trace.get("y") or []
            for i, (px, py) in enumerate(zip(xs, ys, strict=False)):
                if isinstance(px, (int, float)) and isinstance(py, (int, float)) and test(px, py):
                    found.append({"curve_number": c, "point_index": i})
        return found

    def _check_point(self, point: Any) -> dict[str, Any]:
        if not isinstance(point, dict):
            raise InteractionError(f"{self.describe()} selects points as dicts, got {point!r}")
        curve = point.get("curve_number", 0)
        index = point.get("point_index", point.get("point_number"))
        traces = self.traces
        if not isinstance(curve, int) or not 0 <= curve < max(len(traces), 1):
            raise InteractionError(f"{self.describe()} has curves 0..{len(traces) - 1}, got {curve!r}")
        trace = traces[curve] if traces else {}
        size = max((len(trace[a]) for a in ("x", "y", "values", "lat") if isinstance(trace.get(a), list)),
                   default=None)
        if not isinstance(index, int) or isinstance(index, bool) or index < 0 or (
                size is not None and index >= size):
            raise InteractionError(
                f"{self.describe()} curve {curve} has points 0..{(size or 0) - 1}, got point_index {index!r}")
        full = {"curve_number": curve, "point_number": index, "point_index": index}
        for axis in ("x", "y", "z"):
            if isinstance(trace.get(axis), list) and index < len(trace[axis]):
                full[axis] = trace[axis][index]
        return {**full, **point}


@element
def plotly_chart(
    self: DeltaGenerator,
    figure_or_data: Any,
    use_container_width: bool | None = None,
    *,
    width: Any = "stretch",
    height: Any = "content",
    theme: Any = "streamlit",
    key: Any = None,
    on_select: Any = "ignore",
    selection_mode: str | Iterable[str] = ("points", "box", "lasso"),
    config: dict[str, Any] | None = None,
    alt: str | None = None,
) -> Any:
    """``st.plotly_chart``: a ``PlotlyState`` with ``on_select``, else a container handle."""
    if use_container_width is not None:
        width = "stretch" if use_container_width else width if isinstance(width, int) else "content"
    check_chart_width(width, allow_content=True)
    if theme not in ("streamlit", None):
        raise StreamlitValueError("theme", ["'streamlit'", "None"])
    check_on_select(on_select)
    spec = figure_spec(figure_or_data)
    node = PlotlyChart("plotly_chart", figure=figure_or_data, spec=spec, config=dict(config or {}),
                       theme=theme, width=width, height=height, alt=alt)
    modes = parse_plotly_selection_mode(selection_mode) if on_select != "ignore" else []
    id_params = {"plotly_spec": repr(spec), "plotly_config": repr(node.config),
                 "selection_mode": repr(selection_mode), "is_selection_activated": bool(modes),
                 "theme": theme, "chart_width": width, "height": height, "alt": alt}
    node.selection_mode = modes
    return add_chart(self, node, on_select=on_select, key=key, default=node.empty_selection(),
                     id_params=id_params, keyed_identity=False, with_id=True)
