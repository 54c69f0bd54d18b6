"""Charts: display nodes, collections, ``st.write`` dispatch, and selections (``on_select``)."""

from __future__ import annotations

import re

import pytest

from apptest import AppTest, InteractionError
from apptest.elements._chart_states import EChartsState, PlotlyState, PydeckState, VegaLiteState


def _run(src: str) -> AppTest:
    return AppTest.from_string("import streamlit as st\n" + src).run()


def _markdown(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown]


# Stand-ins for plotting-library objects: apptest recognises them by module and class name.
_FAKES = """
class Figure:
    def __init__(self, data):
        self.data = data
        self.cleared = False
    def to_plotly_json(self):
        return {"data": self.data, "layout": {"title": "t"}}
    def clf(self):
        self.cleared = True
class Digraph:
    source = "digraph { x -> y }"
    engine = "neato"
def fake(cls, module, name):
    cls.__module__, cls.__qualname__ = module, name
    return cls
"""

_ALTAIR = """
import altair as alt
import pandas as pd
df = pd.DataFrame({"a": [1, 2, 3], "b": [4, 5, 6]})
chart = alt.Chart(df).mark_point().encode(x="a", y="b").add_params(
    alt.selection_point(name="pick"), alt.selection_interval(name="brush"))
"""


# --------------------------------------------------------------------------- display nodes


def test_simple_charts_keep_data_and_encoding() -> None:
    at = _run("""
data = {"a": [1, 2], "b": [3, 4], "c": [5, 6]}
r = st.line_chart(data, x="a", y=["b", "c"], x_label="A", color=["#f00", "#0f0"])
st.area_chart(data)
st.bar_chart(data, x="a", horizontal=True, sort="-b", stack=False)
st.scatter_chart(data, x="a", y="b", size="c")
st.write(type(r).__name__)
""")
    line, area, bar, scatter = at.chart
    assert [n.type for n in at.chart] == ["vega_lite_chart"] * 4
    assert [n.chart_type for n in at.chart] == ["line_chart", "area_chart", "bar_chart", "scatter_chart"]
    assert line.data == {"a": [1, 2], "b": [3, 4], "c": [5, 6]}
    assert (line.x, line.y, line.x_label, line.y_label, line.color) == ("a", ["b", "c"], "A", None, ["#f00", "#0f0"])
    assert area.stack == "layered" and (bar.horizontal, bar.sort, bar.stack) == (True, "-b", False)
    assert scatter.size == "c" and line.value is None and line.key is None and line.label is None
    assert at.line_chart[0] is line and len(at.vega_lite_chart) == 4 and len(at.get("vega_lite_chart")) == 4
    assert _markdown(at) == ["DeltaGenerator"]


@pytest.mark.parametrize(("call", "message"), [
    ('st.line_chart({"a": [1]}, x="zz")', 'Data does not have a column named `"zz"`'),
    ('st.bar_chart({"a": [1]}, y=["a", "q"])', 'column named `"q"`. Available columns are `a`'),
    ('st.area_chart({"a": [1]}, stack="up")', "Invalid `stack` value"),
    ('st.scatter_chart({"a": [1]}, size="big")', "Invalid `size` value"),
    ('st.line_chart({"a": [1]}, width=0)', "Invalid width value: 0"),
])
def test_simple_chart_errors(call: str, message: str) -> None:
    at = _run(call)
    assert message in at.exception[0].value


def test_map_resolves_columns_and_reports_missing_ones() -> None:
    at = _run("""
st.map({"LAT": [1.0], "longitude": [2.0]}, zoom=3, size=5, color="#0f0")
st.map()
st.map({"y": [1.0]})
""")
    first, empty = at.map
    assert first.type == "deck_gl_json_chart" and first.chart_type == "map"
    assert (first.latitude, first.longitude, first.zoom, first.size) == ("LAT", "longitude", 3, 5)
    assert empty.data is None and at.get("deck_gl_json_chart") == [first, empty]
    assert at.exception[0].value.startswith("Map data must contain a latitude column named: 'LAT'")


def test_graphviz_mermaid_and_pyplot_nodes() -> None:
    at = _run(_FAKES + """
st.graphviz_chart("digraph { a -> b }")
st.graphviz_chart(fake(Digraph, "graphviz.graphs", "Digraph")())
st.mermaid_chart("graph TD; A-->B")
fig = fake(Figure, "matplotlib.figure", "Figure")([])
st.pyplot(fig, clear_figure=True)
st.write(fig.cleared)
""")
    dot, obj = at.graphviz_chart
    assert (dot.dot, dot.engine, obj.dot, obj.engine) == ("digraph { a -> b }", "dot", "digraph { x -> y }", "neato")
    mermaid = at.mermaid_chart[0]
    assert mermaid.type == "markdown" and mermaid in list(at.markdown)
    assert mermaid.value == "````mermaid\ngraph TD; A-->B\n````" and mermaid.diagram == "graph TD; A-->B"
    plot = at.pyplot[0]
    assert plot.type == "image" and plot.clear_figure and _markdown(at)[-1] == "`True`"
    assert [n.chart_type for n in at.chart] == ["graphviz_chart", "graphviz_chart", "mermaid_chart", "pyplot"]


def test_pyplot_needs_a_figure_and_graphviz_a_graph() -> None:
    at = _run("st.pyplot(None)")
    assert "The `fig` parameter is required" in at.exception[0].value
    at = _run("st.graphviz_chart(42)")
    assert "Invalid `figure_or_dot` type" in at.exception[0].value


def test_write_dispatches_charts() -> None:
    at = _run(_FAKES + _ALTAIR + """
import pydeck as pdk
st.write(chart)
st.write(pdk.Deck())
st.write(fake(Figure, "plotly.graph_objs._figure", "Figure")([{"type": "bar", "y": [1]}]))
st.write(fake(Digraph, "graphviz.graphs", "Digraph")())
st.write(fake(Figure, "matplotlib.figure", "Figure")([]))
st.write({"data": [1]})
""")
    assert [n.chart_type for n in at.chart] == [
        "altair_chart", "pydeck_chart", "plotly_chart", "graphviz_chart", "pyplot"]
    assert at.plotly_chart[0].spec == {"data": [{"type": "bar", "y": [1]}], "layout": {"title": "t"}}
    assert at.json.values == ['{"data": [1]}']


# --------------------------------------------------------------------------- Vega-Lite selections


_ALTAIR_APP = _ALTAIR + """
def cb():
    st.session_state.log = st.session_state.get("log", 0) + 1
ev = st.altair_chart(chart, on_select=cb, key="alt")
st.write(type(ev).__name__, repr(ev.selection.pick), repr(ev.selection.brush), repr(st.session_state.get("log")))
"""


def test_altair_selection_default_select_and_callback() -> None:
    at = _run(_ALTAIR_APP)
    node = at.altair_chart(key="alt")
    assert node.selectable and node.selection_mode == ["brush", "pick"]
    assert node.selection_params == {"pick": "point", "brush": "interval"}
    assert _markdown(at) == ["VegaLiteState {} {} None"]
    assert isinstance(at.session_state["alt"], VegaLiteState)
    node.select("pick", [{"a": 2}]).select("brush", {"a": (1, 2)}).run()
    assert at.altair_chart(key="alt").value == {"selection": {"pick": [{"a": 2}], "brush": {"a": [1, 2]}}}
    assert _markdown(at) == ["VegaLiteState [{'a': 2}] {'a': [1, 2]} 1"]
    at.run()
    assert _markdown(at)[0].endswith(" 1")  # unchanged: no callback
    at.altair_chart(key="alt").clear_selection().run()
    assert at.session_state["alt"] == {"selection": {"pick": {}, "brush": {}}}
    assert _markdown(at) == ["VegaLiteState {} {} 2"]


@pytest.mark.parametrize(("param", "value", "message"), [
    ("nope", [], "selects through the parameters ['brush', 'pick'], got 'nope'"),
    ("pick", {"a": 1}, "point parameter 'pick' accepts a list"),
    ("brush", [{"a": 1}], "interval parameter 'brush' accepts {field: [lo, hi]}"),
])
def test_altair_selection_shapes_are_checked(param: str, value: object, message: str) -> None:
    at = _run(_ALTAIR_APP)
    with pytest.raises(InteractionError, match=re.escape(message)):
        at.altair_chart(key="alt").select(param, value)
    with pytest.raises(InteractionError, match=re.escape("accepts {'selection'")):
        at.altair_chart(key="alt").set_value({"pick": []})


def test_chart_without_on_select_has_no_selection() -> None:
    at = _run(_ALTAIR + "st.altair_chart(chart, key='k')\nst.vega_lite_chart({'mark': 'bar'})")
    node = at.altair_chart[0]
    assert node.key is None and node.value is None and node.selection is None
    assert node.spec["mark"] == {"type": "point"} and node.chart is not None
    with pytest.raises(InteractionError, match=r"selections need st\.altair_chart"):
        node.select("pick", [])
    assert at.vega_lite_chart[1].spec == {"mark": "bar"} and at.vega_lite_chart[1].data is None


def test_selection_key_is_read_only_and_test_side_state_is_typed() -> None:
    at = _run(_ALTAIR + """
st.session_state.alt = {"selection": {}}
st.altair_chart(chart, on_select="rerun", key="alt")
""")
    assert at.exception[0].value.startswith("`st.session_state['alt']` is read-only")
    at = AppTest.from_string("import streamlit as st\n" + _ALTAIR_APP)
    at.session_state["alt"] = {"selection": {"pick": [{"a": 3}], "brush": {}}}
    at.run()
    assert _markdown(at) == ["VegaLiteState [{'a': 3}] {} None"]
    assert at.session_state["alt"]["selection"]["pick"] == [{"a": 3}]


def test_vega_lite_selection_errors() -> None:
    at = _run("""
st.vega_lite_chart({"mark": "bar"}, on_select="rerun")
""")
    assert "does not have any selections defined" in at.exception[0].value
    at = _run("st.vega_lite_chart({'mark': 'bar'}, on_select='later')")
    assert "Invalid `on_select` value" in at.exception[0].value


def test_chart_callback_inside_form_is_an_error() -> None:
    at = _run(_ALTAIR + """
with st.form("f"):
    st.altair_chart(chart, on_select=lambda: None)
    st.form_submit_button()
""")
    assert "StreamlitInvalidFormCallbackError" in type(at.exception[0]).__name__ + repr(at.exception[0].proto.type)


# --------------------------------------------------------------------------- Plotly

_PLOTLY_APP = _FAKES + """
fig = fake(Figure, "plotly.graph_objs._figure", "Figure")(
    [{"type": "scatter", "x": [1, 2, 3, 4], "y": [1, 4, 9, 16]}, {"type": "bar", "x": [1], "y": [2]}])
def cb(): st.session_state.n = st.session_state.get("n", 0) + 1
ev = st.plotly_chart(fig, key="p", on_select=cb, selection_mode=MODES)
st.write(repr(ev.selection.point_indices), repr(st.session_state.get("n")))
"""


def _plotly(modes: str = '("points", "box", "lasso")') -> AppTest:
    return _run(_PLOTLY_APP.replace("MODES", modes))


def test_plotly_select_points_box_and_lasso() -> None:
    at = _plotly()
    node = at.plotly_chart(key="p")
    assert node.type == "plotly_chart" and node.selection_mode == ["box", "lasso", "points"]
    assert isinstance(node.value, PlotlyState) and len(node.traces) == 2
    node.select_points([{"curve_number": 0, "point_index": 2}]).run()
    point = at.session_state["p"]["selection"]["points"][0]
    assert point == {"curve_number": 0, "point_number": 2, "point_index": 2, "x": 3, "y": 9}
    assert _markdown(at) == ["[2] 1"]
    at.plotly_chart(key="p").select_box([1.5, 3.5], [0, 20]).run()
    assert _markdown(at) == ["[1, 2] 2"]
    assert at.session_state["p"]["selection"]["box"] == [{"x": [1.5, 3.5], "y": [0, 20], "xref": "x", "yref": "y"}]
    at.plotly_chart(key="p").select_lasso([0, 2.5, 2.5, 0], [0, 0, 5, 5]).run()
    assert _markdown(at) == ["[0, 1, 0] 3"]


@pytest.mark.parametrize(("action", "message"), [
    (lambda n: n.select_points([{"point_index": 4}]), "curve 0 has points 0..3, got point_index 4"),
    (lambda n: n.select_points([{"curve_number": 2, "point_index": 0}]), "has curves 0..1, got 2"),
    (lambda n: n.select_points(["x"]), "selects points as dicts"),
    (lambda n: n.select_box([1], [0, 1]), "box sides are"),
    (lambda n: n.select_lasso([0, 1], [0, 1]), "lasso needs 3 or more"),
    (lambda n: n.select_box([0, 1], [0, 1]), "cannot select by box"),
])
def test_plotly_impossible_selections(action: object, message: str) -> None:
    at = _plotly('"points"')
    with pytest.raises(InteractionError, match=re.escape(message)):
        action(at.plotly_chart(key="p"))  # type: ignore[operator]


def test_plotly_display_only_has_an_id_and_takes_dicts() -> None:
    at = _run("""
st.plotly_chart({"data": [{"type": "bar", "y": [1, 2]}]}, key="shown")
st.plotly_chart([{"type": "bar", "y": [3]}])
st.plotly_chart([{"type": "bar", "y": [3]}])
""")
    first, second = at.plotly_chart
    assert first.key == "shown" and first.value is None and second.spec["data"] == [{"type": "bar", "y": [3]}]
    assert "multiple `plotly_chart` elements with the same auto-generated ID" in at.exception[0].value


# --------------------------------------------------------------------------- pydeck

_DECK_APP = """
import pydeck as pdk
rows = [{"n": 0}, {"n": 1}, {"n": 2}]
deck = pdk.Deck(layers=[
    pdk.Layer("ScatterplotLayer", data=rows, id="pts", pickable=True),
    pdk.Layer("ScatterplotLayer", data=rows, id="other", pickable=True),
    pdk.Layer("ScatterplotLayer", data=rows, id="flat")])
ev = st.pydeck_chart(deck, on_select="rerun", key="dk", selection_mode=MODE)
st.write(ev.selection.indices, ev.selection.objects)
"""


def test_pydeck_single_object_selection() -> None:
    at = _run(_DECK_APP.replace("MODE", '"single-object"'))
    node = at.pydeck_chart(key="dk")
    assert node.type == "deck_gl_json_chart" and node.selection_mode == ["single-object"]
    assert isinstance(node.value, PydeckState) and set(node.layers) == {"pts", "other", "flat"}
    node.select_objects("pts", [1]).run()
    assert at.json.values == ['{"pts": [1]}', '{"pts": [{"n": 1}]}']
    at.pydeck_chart(key="dk").select_objects("other", [2]).run()
    assert at.json.values == ['{"other": [2]}', '{"other": [{"n": 2}]}']
    with pytest.raises(InteractionError, match="selects one object"):
        at.pydeck_chart(key="dk").select_objects("pts", [0, 1])


def test_pydeck_multi_object_and_errors() -> None:
    at = _run(_DECK_APP.replace("MODE", '"multi-object"'))
    at.pydeck_chart(key="dk").select_objects("pts", [0, 2]).select_objects("other", [1]).run()
    assert at.json.values[0] == '{"pts": [0, 2], "other": [1]}'
    node = at.pydeck_chart(key="dk")
    with pytest.raises(InteractionError, match=r"pickable layers \['other', 'pts'\], got layer 'flat'"):
        node.select_objects("flat", [0])
    with pytest.raises(InteractionError, match=r"has objects 0\.\.2, got 3"):
        node.select_objects("pts", [3])
    with pytest.raises(InteractionError, match="picks each object once"):
        node.select_objects("pts", [1, 1])


# --------------------------------------------------------------------------- ECharts

_ECHARTS_APP = """
spec = {"series": [{"type": "bar", "data": [1, 2, 3], "selectedMode": "MODE", "name": "s"},
                   {"type": "line", "data": [4, 5]}]}
ev = st.echarts_chart(spec, on_select="rerun", key="ec")
st.write(ev.selection.selected)
"""


def test_echarts_select_and_errors() -> None:
    at = _run(_ECHARTS_APP.replace("MODE", "multiple"))
    node = at.echarts_chart(key="ec")
    assert isinstance(node.value, EChartsState) and len(node.series) == 2
    node.select(0, [2, 0]).run()
    assert at.json.values == ['[{"series_index": 0, "series_id": null, "series_name": "s", '
                              '"data_type": "main", "data_indices": [0, 2]}]']
    node = at.echarts_chart(key="ec")
    with pytest.raises(InteractionError, match="series 1 has no selectedMode"):
        node.select(1, [0])
    with pytest.raises(InteractionError, match=r"has items 0\.\.2, got 3"):
        node.select(0, [3])
    with pytest.raises(InteractionError, match="has no brush"):
        node.set_value({"selection": {"selected": [], "areas": [{"brush_index": 0}]}})
    at = _run(_ECHARTS_APP.replace("MODE", "single"))
    with pytest.raises(InteractionError, match="selects one item"):
        at.echarts_chart(key="ec").select(0, [0, 1])


def test_echarts_keyed_display_only_chart_shows_its_key() -> None:
    at = _run('st.echarts_chart(\'{"series": []}\', key="e")\nst.echarts_chart({})')
    keyed, plain = at.echarts_chart
    assert (keyed.key, plain.key, keyed.value, keyed.spec) == ("e", None, None, {"series": []})
