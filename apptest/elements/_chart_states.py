"""The selection states of charts, as Streamlit returns them, and their selection modes.

``VegaLiteState``, ``PlotlyState``, ``PydeckState`` and ``EChartsState`` are read-only
dicts with attribute access (``event.selection.points``), shaped as in
``streamlit.elements.vega_charts``, ``plotly_chart``, ``deck_gl_json_chart`` and
``echarts_chart``. The selection-mode checks follow the same modules, with their messages.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from apptest.elements._table_states import ReadOnlyAttributeDictionary
from apptest.errors import (
    StreamlitAPIException,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
)


class _ChartState(ReadOnlyAttributeDictionary):
    """``{"selection": {...}}``; ``selection`` is wrapped in ``selection_class``."""

    selection_class: type[ReadOnlyAttributeDictionary] = ReadOnlyAttributeDictionary

    def __getitem__(self, key: Any) -> Any:
        if key == "selection":
            item = dict.__getitem__(self, key)
            if not isinstance(item, self.selection_class):
                item = self.selection_class(item)
                dict.__setitem__(self, key, item)
            return item
        return super().__getitem__(key)


class VegaLiteState(_ChartState):
    """What ``st.altair_chart`` / ``st.vega_lite_chart`` return with ``on_select``.

    ``selection`` has one entry per activated selection parameter: ``{}`` when nothing is
    selected, a list of field dicts for a point selection, a ``{field: [lo, hi]}`` dict
    for an interval selection.
    """


class PlotlySelectionState(ReadOnlyAttributeDictionary):
    """``points``, ``point_indices``, ``box`` and ``lasso`` of a Plotly selection."""


class PlotlyState(_ChartState):
    """What ``st.plotly_chart`` returns with ``on_select``."""

    selection_class = PlotlySelectionState


class PydeckSelectionState(ReadOnlyAttributeDictionary):
    """``indices`` (layer id -> object indices) and ``objects`` (layer id -> objects)."""


class PydeckState(_ChartState):
    """What ``st.pydeck_chart`` returns with ``on_select``."""

    selection_class = PydeckSelectionState


class EChartsSelectionState(ReadOnlyAttributeDictionary):
    """``selected`` (groups of data indices per series) and ``areas`` (brush regions)."""


class EChartsState(_ChartState):
    """What ``st.echarts_chart`` returns with ``on_select``."""

    selection_class = EChartsSelectionState


#: state class -> the parts of an empty selection
_EMPTY: dict[type[_ChartState], dict[str, Any]] = {
    PlotlyState: {"points": [], "point_indices": [], "box": [], "lasso": []},
    PydeckState: {"indices": {}, "objects": {}},
    EChartsState: {"selected": [], "areas": []},
}


def empty_state(cls: type[_ChartState], params: Iterable[str] = ()) -> _ChartState:
    """No selection: ``{}`` per Vega-Lite parameter, empty lists for the others."""
    parts = {p: {} for p in params} if cls is VegaLiteState else _EMPTY[cls]
    return cls({"selection": cls.selection_class(parts)})


def as_state(cls: type[_ChartState], value: Any) -> Any:
    """A selection dict (as set through session state) as the typed state; else as is."""
    if isinstance(value, cls) or not isinstance(value, dict):
        return value
    if not isinstance(value.get("selection"), dict):
        return value
    selection = cls.selection_class(value["selection"])
    return cls({**value, "selection": selection})


# --------------------------------------------------------------------------- Vega-Lite


def vega_selection_params(spec: Any) -> dict[str, str]:
    """Selection parameters of a spec (any composition level): name -> "point" / "interval"."""
    found: dict[str, str] = {}
    if not isinstance(spec, dict):
        return found
    for param in spec.get("params") or []:
        if isinstance(param, dict) and param.get("name") and param.get("select"):
            select = param["select"]
            kind = select.get("type") if isinstance(select, dict) else select
            found[param["name"]] = str(kind)
    for part in ("layer", "hconcat", "vconcat", "concat"):
        for child in spec.get(part) or []:
            found.update(vega_selection_params(child))
    if isinstance(spec.get("spec"), dict):
        found.update(vega_selection_params(spec["spec"]))
    return found


def parse_vega_selection_mode(spec: Any, selection_mode: str | Iterable[str] | None) -> list[str]:
    """Streamlit's ``_parse_selection_mode``: the activated selection parameters, sorted."""
    params = set(vega_selection_params(spec))
    if not params:
        raise StreamlitAPIException(
            "Selections are activated, but the provided chart spec does not have any "
            "selections defined. To add selections to `st.altair_chart`, check out the "
            "documentation [here](https://altair-viz.github.io/user_guide/interactions.html"
            "#selections-capturing-chart-interactions). For adding selections to "
            "`st.vega_lite_chart`, take a look at the specification "
            "[here](https://vega.github.io/vega-lite/docs/selection.html).",
            error_id="vega-on-select-without-spec-selections",
        )
    if selection_mode is None:
        return sorted(params)
    modes = [selection_mode] if isinstance(selection_mode, str) else list(selection_mode)
    for name in modes:
        if name not in params:
            raise StreamlitAPIException(
                f"Selection parameter '{name}' is not defined in the chart spec. "
                f"Available selection parameters are: {params}.",
                error_id="vega-selection-parameter-not-defined",
            )
    return sorted(modes)


# --------------------------------------------------------------------------- Plotly, pydeck

PLOTLY_MODES = frozenset({"points", "box", "lasso"})
PYDECK_MODES = frozenset({"single-object", "multi-object"})


def parse_plotly_selection_mode(selection_mode: str | Iterable[str]) -> list[str]:
    """Streamlit's ``parse_selection_mode`` for Plotly: a subset of points/box/lasso."""
    modes = {selection_mode} if isinstance(selection_mode, str) else set(selection_mode)
    if not modes <= PLOTLY_MODES:
        raise StreamlitValueError("selection_mode", [f"'{m}'" for m in sorted(PLOTLY_MODES)])
    return sorted(modes)


def parse_pydeck_selection_mode(selection_mode: Any) -> str:
    """Streamlit's ``parse_selection_mode`` for pydeck: one of single-/multi-object."""
    if not isinstance(selection_mode, str):
        raise StreamlitInvalidParameterTypeError(
            "selection_mode", type(selection_mode).__name__, ["str"],
            detail="Selection mode must be a single value.")
    if selection_mode not in PYDECK_MODES:
        raise StreamlitValueError("selection_mode", [f"'{m}'" for m in sorted(PYDECK_MODES)])
    return selection_mode


# --------------------------------------------------------------------------- ECharts


def echarts_series(option: dict[str, Any]) -> list[dict[str, Any]]:
    """The top-level series of an ECharts option (a single series dict counts as one)."""
    series = option.get("series")
    if isinstance(series, dict):
        return [series]
    return [s for s in series if isinstance(s, dict)] if isinstance(series, list) else []


def echarts_enables_selection(option: dict[str, Any]) -> bool:
    """Streamlit's ``_enables_selection``: a series ``selectedMode`` or a brush."""
    if "brush" in option:
        return True
    toolbox = option.get("toolbox")
    for entry in toolbox if isinstance(toolbox, (list, tuple)) else [toolbox]:
        feature = entry.get("feature") if isinstance(entry, dict) else None
        if isinstance(feature, dict) and "brush" in feature:
            return True
    return any(s.get("selectedMode") for s in echarts_series(option))
