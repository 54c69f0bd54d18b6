"""``st.pydeck_chart`` and ``st.map``: deck.gl charts (``.type`` ``"deck_gl_json_chart"``).

The node keeps the deck as a dict (``spec``, from ``Deck.to_json()``) and the object the
app gave (``deck``). With ``on_select`` a pydeck chart is a widget whose value is a
``PydeckState``; a test picks objects of a pickable layer by index, and the selected
objects are read from the layer's data as the browser would report them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from apptest.elements._chart_states import PydeckState, empty_state, parse_pydeck_selection_mode
from apptest.elements._charts import Chart, add_chart, check_chart_width, check_on_select
from apptest.elements._dg import DeltaGenerator, element
from apptest.errors import InteractionError, StreamlitAPIException

_EMPTY_MAP: dict[str, Any] = {
    "initialViewState": {"latitude": 0, "longitude": 0, "pitch": 0, "zoom": 1},
}
_LAT_NAMES = ("LAT", "LATITUDE", "lat", "latitude")
_LON_NAMES = ("LON", "LONGITUDE", "lon", "longitude")


class DeckChart(Chart):
    """A deck.gl chart from ``st.pydeck_chart`` or ``st.map``.

    Attributes:
        spec: the deck as a dict (``{"layers": [...], "initialViewState": ...}``).
        deck: the ``pydeck.Deck`` the app gave (None for ``st.map``).
        data, latitude, longitude, size, color, zoom: the arguments of ``st.map``.
        selection_mode: ``["single-object"]`` or ``["multi-object"]`` with ``on_select``.
    """

    type = "deck_gl_json_chart"
    spec: dict[str, Any] | None = None
    deck: Any = None

    def empty_selection(self) -> PydeckState:
        """``{"selection": {"indices": {}, "objects": {}}}``."""
        return empty_state(PydeckState)  # type: ignore[return-value]

    @property
    def layers(self) -> dict[str, dict[str, Any]]:
        """The deck's layers with an ``id``, by id."""
        layers = (self.spec or {}).get("layers") or []
        return {str(la["id"]): la for la in layers if isinstance(la, dict) and "id" in la}

    def select_objects(self, layer_id: str, indices: Iterable[int]) -> DeckChart:
        """Pick objects of one layer by index (in ``single-object`` mode: exactly one).

        In ``multi-object`` mode the other layers keep their selection; in
        ``single-object`` mode it replaces the whole selection. The selected objects are
        the layer's data rows.

        Example:
            >>> at.pydeck_chart(key="map").select_objects("cities", [2]).run()  # doctest: +SKIP
        """
        current = self._current()
        picked = list(indices)
        if self.selection_mode == ["single-object"]:
            current = {"indices": {}, "objects": {}}
        current["indices"][layer_id] = picked
        current["objects"].pop(layer_id, None)
        return self.set_value({"selection": current})  # type: ignore[return-value]

    def check_selection(self, v: Any) -> PydeckState:
        """``{"selection": {"indices": {layer: [i, ...]}, "objects": {...}}}`` (objects optional)."""
        sel = v.get("selection") if isinstance(v, dict) else None
        if not isinstance(sel, dict) or not isinstance(sel.get("indices", {}), dict):
            raise InteractionError(
                f"{self.describe()} accepts {{'selection': {{'indices': {{layer_id: [index, ...]}}}}}}, "
                f"got {v!r}")
        indices = {str(k): self._check_indices(str(k), list(i)) for k, i in sel.get("indices", {}).items()}
        indices = {k: i for k, i in indices.items() if i}
        total = sum(len(i) for i in indices.values())
        if self.selection_mode == ["single-object"] and total > 1:
            raise InteractionError(
                f"{self.describe()} selects one object (selection_mode 'single-object'), got {total}")
        given = sel.get("objects") or {}
        objects = {k: list(given[k]) if k in given else self._objects(k, i) for k, i in indices.items()}
        return PydeckState({"selection": {"indices": indices, "objects": objects}})

    def _check_indices(self, layer_id: str, indices: list[Any]) -> list[int]:
        layers = self.layers
        if layer_id not in layers or not layers[layer_id].get("pickable"):
            pickable = sorted(k for k, la in layers.items() if la.get("pickable"))
            raise InteractionError(
                f"{self.describe()} can pick objects of the pickable layers {pickable!r}, "
                f"got layer {layer_id!r}")
        data = layers[layer_id].get("data")
        n = len(data) if isinstance(data, list) else None
        for i in indices:
            if not isinstance(i, int) or isinstance(i, bool) or i < 0 or (n is not None and i >= n):
                shown = f"0..{n - 1}" if n is not None else "indices >= 0"
                raise InteractionError(
                    f"{self.describe()} layer {layer_id!r} has objects {shown}, got {i!r}")
        if len(set(indices)) != len(indices):
            raise InteractionError(f"{self.describe()} picks each object once, got {indices!r}")
        return indices

    def _objects(self, layer_id: str, indices: list[int]) -> list[Any]:
        data = self.layers[layer_id].get("data")
        return [data[i] if isinstance(data, list) else {} for i in indices]


def _deck_spec(pydeck_obj: Any) -> dict[str, Any]:
    import json

    if pydeck_obj is None:
        return json.loads(json.dumps(_EMPTY_MAP))  # type: ignore[no-any-return]
    return json.loads(pydeck_obj.to_json())  # type: ignore[no-any-return]


@element
def pydeck_chart(
    self: DeltaGenerator,
    pydeck_obj: Any = None,
    *,
    width: Any = "stretch",
    use_container_width: bool | None = None,
    height: Any = 500,
    selection_mode: str = "single-object",
    on_select: Any = "ignore",
    key: Any = None,
    alt: str | None = None,
) -> Any:
    """``st.pydeck_chart``: a ``PydeckState`` with ``on_select``, else a container handle."""
    if use_container_width:
        width = "stretch"
    check_chart_width(width, allow_content=False)
    spec = _deck_spec(pydeck_obj)
    check_on_select(on_select)
    node = DeckChart("pydeck_chart", spec=spec, deck=pydeck_obj, width=width, height=height,
                     alt=alt, use_container_width=use_container_width)
    if on_select == "ignore":
        return add_chart(self, node)
    node.selection_mode = [parse_pydeck_selection_mode(selection_mode)]
    import json

    id_params = {"selection_mode": selection_mode, "use_container_width": use_container_width,
                 "spec": json.dumps(spec, sort_keys=True, default=str), "alt": alt}
    return add_chart(self, node, on_select=on_select, key=key, default=node.empty_selection(),
                     id_params=id_params, keyed_identity=frozenset({"selection_mode"}))


# --------------------------------------------------------------------------- st.map


def _lat_lon_column(columns: list[Any], name: str, given: Any, defaults: tuple[str, ...]) -> Any:
    """Streamlit's ``_get_lat_or_lon_col_name`` (without the null-value check)."""
    if isinstance(given, str) and given in columns:
        return given
    for candidate in defaults:
        if candidate in columns:
            return candidate
    allowed = ", ".join(repr(c) for c in defaults)
    existing = ", ".join(repr(c) for c in columns)
    raise StreamlitAPIException(
        f"Map data must contain a {name} column named: {allowed}. Existing columns: {existing}",
        error_id="map-missing-lat-lon-column",
    )


@element
def map(
    self: DeltaGenerator,
    data: Any = None,
    *,
    latitude: str | None = None,
    longitude: str | None = None,
    color: Any = None,
    size: Any = None,
    zoom: int | None = None,
    width: Any = "stretch",
    height: Any = 500,
    use_container_width: bool | None = None,
    alt: str | None = None,
) -> DeltaGenerator:
    """``st.map``: a scatterplot over a map; ``latitude``/``longitude`` name the columns used."""
    from apptest.elements._simple_charts import data_columns

    if use_container_width:
        width = "stretch"
    check_chart_width(width, allow_content=False)
    columns = None if data is None or getattr(data, "empty", False) else data_columns(data)
    if columns is not None:
        latitude = _lat_lon_column(columns, "latitude", latitude, _LAT_NAMES)
        longitude = _lat_lon_column(columns, "longitude", longitude, _LON_NAMES)
    node = DeckChart("map", data=data, latitude=latitude, longitude=longitude, color=color,
                     size=size, zoom=zoom, width=width, height=height, alt=alt)
    return add_chart(self, node)  # type: ignore[no-any-return]
