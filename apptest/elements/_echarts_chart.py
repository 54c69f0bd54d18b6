"""``st.echarts_chart`` (``.type`` ``"echarts_chart"``).

The node keeps the ECharts option as a dict (``spec``; a JSON string or a pyecharts chart
is parsed, as Streamlit does). With ``on_select`` the chart is a widget whose value is an
``EChartsState``; a test selects data items of a series whose ``selectedMode`` allows it
(``select``), or sets a whole state with brush ``areas`` when the option has a brush.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from apptest._lazy import LazyLogger
from apptest.elements._chart_states import (
    EChartsState,
    echarts_enables_selection,
    echarts_series,
    empty_state,
)
from apptest.elements._charts import Chart, add_chart, check_chart_width, check_on_select
from apptest.elements._dg import DeltaGenerator, element
from apptest.errors import (
    InteractionError,
    StreamlitAPIException,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
)

_LOGGER = LazyLogger("apptest.charts")


class EChartsChart(Chart):
    """An ECharts chart.

    Attributes:
        spec: the option as a dict.
        renderer: ``"canvas"`` or ``"svg"``; theme: ``"streamlit"`` or None.
    """

    type = "echarts_chart"
    spec: dict[str, Any] | None = None
    renderer: str = "canvas"

    @property
    def series(self) -> list[dict[str, Any]]:
        """The option's series."""
        return echarts_series(self.spec or {})

    def empty_selection(self) -> EChartsState:
        """``{"selection": {"selected": [], "areas": []}}``."""
        return empty_state(EChartsState)  # type: ignore[return-value]

    def select(self, series_index: int, data_indices: Iterable[int]) -> EChartsChart:
        """Select data items of one series (replacing that series' selection).

        Example:
            >>> at.echarts_chart(key="c").select(0, [1, 3]).run()  # doctest: +SKIP
        """
        current = self._current()
        groups = [g for g in current["selected"] if g.get("series_index") != series_index]
        groups.append({"series_index": series_index, "data_indices": list(data_indices)})
        current["selected"] = sorted(groups, key=lambda g: g.get("series_index", 0))
        return self.set_value({"selection": current})  # type: ignore[return-value]

    def check_selection(self, v: Any) -> EChartsState:
        """``{"selection": {"selected": [{"series_index": i, "data_indices": [...]}], "areas": [...]}}``."""
        sel = v.get("selection") if isinstance(v, dict) else None
        if not isinstance(sel, dict):
            raise InteractionError(f"{self.describe()} accepts {{'selection': {{'selected': [...]}}}}, got {v!r}")
        groups = [self._check_group(g) for g in sel.get("selected") or []]
        areas = list(sel.get("areas") or [])
        if areas and not self._has_brush():
            raise InteractionError(f"{self.describe()} has no brush, so it cannot select areas")
        return EChartsState({"selection": {"selected": [g for g in groups if g["data_indices"]],
                                           "areas": areas}})

    def _has_brush(self) -> bool:
        import json

        spec = self.spec or {}
        return "brush" in spec or "brush" in json.dumps(spec.get("toolbox", {}))

    def _check_group(self, group: Any) -> dict[str, Any]:
        series = self.series
        index = group.get("series_index") if isinstance(group, dict) else None
        if not isinstance(index, int) or not 0 <= index < len(series):
            raise InteractionError(
                f"{self.describe()} has series 0..{len(series) - 1}, got {group!r}")
        s = series[index]
        indices = sorted(group.get("data_indices") or [])
        mode = s.get("selectedMode")
        if not mode and not self._has_brush():
            raise InteractionError(f"{self.describe()} series {index} has no selectedMode")
        if mode == "single" and len(indices) > 1:
            raise InteractionError(
                f"{self.describe()} series {index} selects one item (selectedMode 'single'), got {indices!r}")
        data = s.get("data")
        n = len(data) if isinstance(data, list) else None
        for i in indices:
            if not isinstance(i, int) or isinstance(i, bool) or i < 0 or (n is not None and i >= n):
                raise InteractionError(f"{self.describe()} series {index} has items 0..{(n or 0) - 1}, got {i!r}")
        return {"series_index": index, "series_id": s.get("id"), "series_name": s.get("name"),
                "data_type": group.get("data_type", "main"), "data_indices": indices}


def _loads(raw: str) -> Any:
    import json

    try:
        return json.loads(raw)
    except (TypeError, ValueError) as exc:
        raise StreamlitAPIException(
            "The provided ECharts spec could not be parsed as JSON. "
            "`st.echarts_chart` only supports JSON-compatible option objects.",
            error_id="echarts-spec-invalid-json",
        ) from exc


def normalize_option(spec: Any) -> dict[str, Any]:
    """Streamlit's ``_normalize_spec``: a mapping, a JSON string or a pyecharts chart."""
    import json

    if isinstance(spec, str):
        option = _loads(spec)
    elif isinstance(spec, dict):
        option = json.loads(json.dumps(spec, default=str))
    elif callable(getattr(spec, "dump_options", None)):
        option = _loads(spec.dump_options())
    else:
        raise StreamlitInvalidParameterTypeError(
            "spec", type(spec).__name__, ["dict", "str", "pyecharts chart"])
    if not isinstance(option, dict):
        raise StreamlitInvalidParameterTypeError(
            "spec", type(option).__name__, ["dict"],
            detail="An ECharts spec must be a JSON object (mapping).")
    return option


@element
def echarts_chart(
    self: DeltaGenerator,
    spec: Any,
    *,
    width: Any = "stretch",
    height: Any = "content",
    theme: Any = "streamlit",
    key: Any = None,
    on_select: Any = "ignore",
    renderer: str = "canvas",
    alt: str | None = None,
) -> Any:
    """``st.echarts_chart``: an ``EChartsState`` with ``on_select``, else a container handle."""
    check_chart_width(width, allow_content=True)
    if theme not in ("streamlit", None):
        raise StreamlitValueError("theme", ["'streamlit'", "None"])
    if renderer not in ("canvas", "svg"):
        raise StreamlitValueError("renderer", ["'canvas'", "'svg'"])
    check_on_select(on_select)
    option = normalize_option(spec)
    selecting = on_select != "ignore"
    if selecting and not echarts_enables_selection(option):
        _LOGGER.warning(
            "`st.echarts_chart` has selections activated through `on_select`, but the provided "
            "spec doesn't enable any: no series sets `selectedMode`, there is no `brush` "
            "component, and no `toolbox.feature.brush`. The chart will render, but it will "
            "never return a selection.")
    node = EChartsChart("echarts_chart", spec=option, theme=theme, renderer=renderer,
                        width=width, height=height, alt=alt)
    import json

    id_params = {"spec": json.dumps(option, sort_keys=True), "theme": theme, "renderer": renderer,
                 "chart_width": width, "height": height, "is_selection_activated": selecting,
                 "alt": alt}
    identity = frozenset({"is_selection_activated"}) if selecting else True
    return add_chart(self, node, on_select=on_select, key=key, default=node.empty_selection(),
                     id_params=id_params, keyed_identity=identity, with_id=key is not None)
