"""``st.altair_chart`` and ``st.vega_lite_chart``, and the Vega-Lite node the simple charts share.

The node (``.type`` ``"vega_lite_chart"``) keeps the spec as a dict and the data the app
gave. With ``on_select`` the chart is a widget whose value is a ``VegaLiteState``; a
test selects through a named selection parameter: a point selection is a list of field
dicts, an interval selection a ``{field: [lo, hi]}`` dict, as the browser sends them.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import Any

from apptest.elements._chart_states import (
    VegaLiteState,
    empty_state,
    parse_vega_selection_mode,
    vega_selection_params,
)
from apptest.elements._charts import Chart, add_chart, check_chart_width, check_on_select
from apptest.elements._dg import DeltaGenerator, element
from apptest.errors import (
    InteractionError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)

_ALTAIR_LOCK = threading.Lock()


class VegaLiteChart(Chart):
    """A Vega-Lite chart: ``st.altair_chart``, ``st.vega_lite_chart`` and the simple charts.

    Attributes:
        spec: the Vega-Lite spec as a dict (None for the simple charts, which are not built).
        data: the data the app gave (for Altair, the chart's data).
        chart: the Altair chart object, for ``st.altair_chart``.
        selection_mode: the activated selection parameter names, sorted.
    """

    type = "vega_lite_chart"
    spec: dict[str, Any] | None = None
    data: Any = None
    chart: Any = None

    @property
    def selection_params(self) -> dict[str, str]:
        """The spec's selection parameters: name -> ``"point"`` or ``"interval"``."""
        return vega_selection_params(self.spec)

    def empty_selection(self) -> VegaLiteState:
        """``{"selection": {param: {}, ...}}``."""
        return empty_state(VegaLiteState, self.selection_mode)  # type: ignore[return-value]

    def select(self, param: str, selection: Any) -> VegaLiteChart:
        """Set one selection parameter (the others keep their selection).

        A point parameter takes a list of field dicts, an interval parameter a dict
        from field name to ``[lo, hi]`` (or the list of selected values); ``{}`` or
        ``[]`` clears it.

        Example:
            >>> at.altair_chart(key="c").select("brush", {"x": [1, 3]}).run()  # doctest: +SKIP
        """
        current = self._current()
        current[param] = selection
        return self.set_value({"selection": current})  # type: ignore[return-value]

    def check_selection(self, v: Any) -> VegaLiteState:
        """``{"selection": {param: ...}}`` with activated parameters of the right shape."""
        if not isinstance(v, dict) or not isinstance(v.get("selection"), dict):
            raise InteractionError(f"{self.describe()} accepts {{'selection': {{param: ...}}}}, got {v!r}")
        selection: dict[str, Any] = {p: {} for p in self.selection_mode}
        kinds = self.selection_params
        for param, value in v["selection"].items():
            if param not in selection:
                raise InteractionError(
                    f"{self.describe()} selects through the parameters {self.selection_mode!r}, "
                    f"got {param!r}")
            selection[param] = self._check_param(param, kinds.get(param, "point"), value)
        return VegaLiteState({"selection": selection})

    def _check_param(self, param: str, kind: str, value: Any) -> Any:
        if value in ({}, [], None):
            return {}
        if kind == "interval":
            if not isinstance(value, dict) or not all(
                    isinstance(k, str) and isinstance(r, (list, tuple)) for k, r in value.items()):
                raise InteractionError(
                    f"{self.describe()} interval parameter {param!r} accepts "
                    f"{{field: [lo, hi]}}, got {value!r}")
            return {k: list(r) for k, r in value.items()}
        if not isinstance(value, (list, tuple)) or not all(
                isinstance(p, dict) and all(isinstance(k, str) for k in p) for p in value):
            raise InteractionError(
                f"{self.describe()} point parameter {param!r} accepts a list of "
                f"{{field: value}} dicts, got {value!r}")
        return [dict(p) for p in value]


# --------------------------------------------------------------------------- specs


def _keep_data(data: Any, datasets: dict[str, Any]) -> dict[str, str]:
    """An altair data transformer that keeps data by reference (as Streamlit's does)."""
    name = f"data-{id(data):x}"
    datasets[name] = data
    return {"name": name}


def altair_spec(chart: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """The Vega-Lite dict of an Altair chart and its datasets (data objects, by name)."""
    import altair as alt

    datasets: dict[str, Any] = {}
    alt.data_transformers.register("apptest_keep_data", _keep_data)
    with _ALTAIR_LOCK, alt.data_transformers.enable("apptest_keep_data", datasets=datasets):
        spec = chart.to_dict()
    existing = spec.get("datasets")
    spec["datasets"] = {**existing, **datasets} if isinstance(existing, dict) else datasets
    return spec, datasets


def add_vega_chart(
    dg: DeltaGenerator,
    node: VegaLiteChart,
    *,
    theme: Any = "streamlit",
    key: Any = None,
    on_select: Any = "ignore",
    selection_mode: str | Iterable[str] | None = None,
) -> Any:
    """Check a Vega-Lite chart's parameters (Streamlit's order) and put it on the page."""
    if theme not in ("streamlit", None):
        raise StreamlitValueError("theme", ["'streamlit'", "None"])
    check_on_select(on_select)
    if node.width is not None:
        check_chart_width(node.width, allow_content=True)
    if not node.spec and node.chart_type in ("altair_chart", "vega_lite_chart"):
        raise StreamlitMissingRequiredParameterError(
            "spec", detail="Vega-Lite charts require a non-empty spec dict.")
    if on_select == "ignore":
        return add_chart(dg, node)
    node.selection_mode = parse_vega_selection_mode(node.spec, selection_mode)
    id_params = {"spec": repr(node.spec), "data": repr(node.data), "theme": theme,
                 "selection_mode": tuple(node.selection_mode)}
    return add_chart(dg, node, on_select=on_select, key=key, default=node.empty_selection(),
                     id_params=id_params, keyed_identity=frozenset({"selection_mode"}))


@element
def altair_chart(
    self: DeltaGenerator,
    altair_chart: Any,
    *,
    width: Any = None,
    height: Any = "content",
    use_container_width: bool | None = None,
    theme: Any = "streamlit",
    key: Any = None,
    on_select: Any = "ignore",
    selection_mode: str | Iterable[str] | None = None,
    alt: str | None = None,
) -> Any:
    """``st.altair_chart``: a ``VegaLiteState`` with ``on_select``, else a container handle."""
    spec, datasets = altair_spec(altair_chart)
    data = getattr(altair_chart, "data", None)
    node = VegaLiteChart("altair_chart", spec=spec, data=data, chart=altair_chart,
                         datasets=datasets, width=width, height=height, theme=theme, alt=alt,
                         use_container_width=use_container_width)
    return add_vega_chart(self, node, theme=theme, key=key, on_select=on_select,
                          selection_mode=selection_mode)


@element
def vega_lite_chart(
    self: DeltaGenerator,
    data: Any = None,
    spec: dict[str, Any] | None = None,
    *,
    width: Any = None,
    height: Any = "content",
    use_container_width: bool | None = None,
    theme: Any = "streamlit",
    key: Any = None,
    on_select: Any = "ignore",
    selection_mode: str | Iterable[str] | None = None,
    alt: str | None = None,
) -> Any:
    """``st.vega_lite_chart``: ``data`` plus a spec dict (a dict ``data`` alone is the spec)."""
    if isinstance(data, dict) and spec is None:
        data, spec = None, data
    node = VegaLiteChart("vega_lite_chart", spec=dict(spec or {}), data=data, width=width,
                         height=height, theme=theme, alt=alt,
                         use_container_width=use_container_width)
    return add_vega_chart(self, node, theme=theme, key=key, on_select=on_select,
                          selection_mode=selection_mode)
