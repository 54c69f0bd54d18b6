"""Conformance scenarios for the charts and their selections.

Real ``streamlit.testing.v1`` shows charts as ``UnknownElement`` nodes (``.type`` the proto
name: ``vega_lite_chart``, ``deck_gl_json_chart``, ``graphviz_chart``, ``echarts_chart``;
``mermaid_chart`` is a Markdown node) whose value is the selection state of a chart drawn
with ``on_select``, else None. Selections can only be set there through
``at.session_state[key]``. Only charts whose libraries ship with Streamlit (altair, pydeck)
or need none are used; plotly and matplotlib are not installed. Errors are caught by the app
and written out, so their class and message are compared without an exception element.
"""

from __future__ import annotations

import textwrap

from tests.conformance.scenarios import RUN, Scenario, _s
from tests.conformance.scenarios_options import _CATCH, _catching


def _app(*parts: str) -> str:
    """An app made of a shared preamble and an (indented) body."""
    return "".join(textwrap.dedent(p) for p in parts)


_ALTAIR = """
import streamlit as st
import altair as alt
import pandas as pd
df = pd.DataFrame({"a": [1, 2, 3], "b": [4, 5, 6]})
chart = alt.Chart(df).mark_point().encode(x="a", y="b").add_params(
    alt.selection_point(name="pick"), alt.selection_interval(name="brush"))
"""

_DECK = """
import streamlit as st
import pydeck as pdk
rows = [{"lat": 1.0, "lon": 2.0}, {"lat": 3.0, "lon": 4.0}]
deck = pdk.Deck(layers=[pdk.Layer("ScatterplotLayer", data=rows, id="pts",
                                  get_position=["lon", "lat"], pickable=True)])
"""

_ECHARTS = '{"xAxis": {"data": ["a", "b", "c"]}, "yAxis": {}, "series": [{"type": "bar", "data": [1, 2, 3], "selectedMode": "multiple"}]}'

SCENARIOS: list[Scenario] = [
    # ------------------------------------------------------------------ simple charts
    _s(
        "charts_simple_display",
        """
        import streamlit as st
        data = {"a": [1, 2, 3], "b": [4, 5, 6], "c": [7, 8, 9]}
        r = st.line_chart(data)
        st.area_chart(data, x="a", y=["b", "c"], stack="center")
        st.bar_chart(data, x="a", y="b", horizontal=True, sort="-b")
        st.scatter_chart(data, x="a", y="b", size="c", color="#ff0000")
        st.sidebar.line_chart([1, 2, 3])
        st.write(type(r).__name__)
        """,
        [RUN, RUN],
    ),
    _s(
        "charts_simple_pandas_and_empty",
        """
        import streamlit as st
        import pandas as pd
        df = pd.DataFrame({"x": [1, 2], "y": [3.5, 4.5]}, index=["r", "s"])
        st.line_chart(df, x="x", y="y", x_label="X", y_label="Y")
        st.bar_chart(df, stack=False)
        st.area_chart(None)
        st.scatter_chart(pd.DataFrame())
        """,
        [RUN],
    ),
    _s(
        "charts_simple_errors",
        _catching("""
        data = {"a": [1, 2], "b": [3, 4]}
        show_error(lambda: st.line_chart(data, x="zz"))
        show_error(lambda: st.line_chart(data, y=["b", "nope"]))
        show_error(lambda: st.bar_chart(data, sort="-zz"))
        show_error(lambda: st.area_chart(data, stack="sideways"))
        show_error(lambda: st.scatter_chart(data, size="big"))
        show_error(lambda: st.line_chart(data, x=3))
        show_error(lambda: st.line_chart(data, width=-1))
        st.write("done")
        """),
        [RUN],
    ),
    # ------------------------------------------------------------------ map, graphviz, mermaid
    _s(
        "charts_map_graphviz_mermaid",
        """
        import streamlit as st
        st.map({"lat": [1.0, 2.0], "lon": [3.0, 4.0]})
        st.map({"latitude": [1.0], "LON": [3.0]}, zoom=4, size=10, color="#00ff00")
        st.map({"y": [1.0], "x": [2.0]}, latitude="y", longitude="x")
        st.map()
        st.graphviz_chart("digraph { a -> b }")
        st.mermaid_chart("graph TD; A-->B")
        st.mermaid_chart("graph LR\\n  A[```x```] --> B")
        """,
        [RUN],
    ),
    _s(
        "charts_map_and_graphviz_errors",
        _catching("""
        show_error(lambda: st.map({"a": [1.0], "lon": [2.0]}))
        show_error(lambda: st.map({"lat": [1.0], "b": [2.0]}))
        show_error(lambda: st.graphviz_chart(42))
        show_error(lambda: st.map({"lat": [1.0], "lon": [2.0]}, width="content"))
        st.write("done")
        """),
        [RUN],
    ),
    # ------------------------------------------------------------------ altair / vega-lite
    _s(
        "charts_altair_display_and_selection_state",
        _app(_ALTAIR, """
        st.altair_chart(chart, key="plain")
        ev = st.altair_chart(chart, on_select="rerun", key="alt")
        st.write(ev)
        st.write(ev.selection.pick, ev["selection"]["brush"])
        one = st.altair_chart(chart, on_select="rerun", selection_mode="brush")
        st.write(one)
        """),
        [RUN, RUN],
    ),
    _s(
        "charts_altair_selection_set_through_session_state",
        _app(_ALTAIR, """
        def cb():
            st.session_state.log = st.session_state.get("log", 0) + 1
        ev = st.altair_chart(chart, on_select=cb, key="alt")
        st.write(ev["selection"], st.session_state.get("log"))
        """),
        [
            ("session_state_set", "alt", {"selection": {"pick": [{"a": 1}], "brush": {}}}),
            RUN,
            ("session_state_set", "alt", {"selection": {"pick": [], "brush": {"a": [1, 2]}}}),
            RUN,
            RUN,
        ],
    ),
    _s(
        "charts_vega_lite_spec_and_errors",
        _catching("""
        import pandas as pd
        df = pd.DataFrame({"a": [1, 2, 3]})
        spec = {"mark": "bar", "encoding": {"x": {"field": "a", "type": "ordinal"}}}
        st.vega_lite_chart(df, spec)
        st.vega_lite_chart({"data": {"values": [{"a": 1}]}, **spec})
        sel = {**spec, "params": [{"name": "p", "select": "point"}]}
        st.write(st.vega_lite_chart(df, sel, on_select="rerun", key="v"))
        show_error(lambda: st.vega_lite_chart(df, spec, on_select="rerun"))
        show_error(lambda: st.vega_lite_chart(df, sel, on_select="rerun", selection_mode="q"))
        show_error(lambda: st.vega_lite_chart(df, sel, on_select="sometimes"))
        show_error(lambda: st.vega_lite_chart(df, sel, theme="dark"))
        show_error(lambda: st.vega_lite_chart(df, {}))
        st.write("done")
        """),
        [RUN, ("session_state_set", "v", {"selection": {"p": [{"a": 2}]}}), RUN],
    ),
    _s(
        "charts_selection_key_is_read_only",
        _app(_CATCH, _ALTAIR, """
        st.session_state.alt = {"selection": {"pick": []}}
        show_error(lambda: st.altair_chart(chart, on_select="rerun", key="alt"))
        st.altair_chart(chart, on_select="rerun")
        show_error(lambda: st.altair_chart(chart, on_select="rerun"))
        """),
        [RUN],
    ),
    # ------------------------------------------------------------------ pydeck
    _s(
        "charts_pydeck_display_and_state",
        _app(_DECK, """
        st.pydeck_chart(deck)
        st.pydeck_chart()
        ev = st.pydeck_chart(deck, on_select="rerun", key="dk")
        st.write(ev, ev.selection.indices)
        multi = st.pydeck_chart(deck, on_select="rerun", selection_mode="multi-object", key="m")
        st.write(multi)
        """),
        [RUN, RUN],
    ),
    _s(
        "charts_pydeck_selection_set_through_session_state",
        _app(_DECK, """
        ev = st.pydeck_chart(deck, on_select="rerun", key="dk")
        st.write(ev["selection"])
        """),
        [
            RUN,
            ("session_state_set", "dk", {"selection": {"indices": {"pts": [1]},
                                                       "objects": {"pts": [{"lat": 3.0, "lon": 4.0}]}}}),
            RUN,
            RUN,
        ],
    ),
    _s(
        "charts_pydeck_errors",
        _app(_CATCH, _DECK, """
        show_error(lambda: st.pydeck_chart(deck, on_select="rerun", selection_mode="many"))
        show_error(lambda: st.pydeck_chart(deck, on_select="rerun", selection_mode=["single-object"]))
        show_error(lambda: st.pydeck_chart(deck, width="content"))
        st.pydeck_chart(deck, on_select="rerun", key="k")
        show_error(lambda: st.pydeck_chart(deck, on_select="rerun", key="k"))
        st.write("done")
        """),
        [RUN],
    ),
    # ------------------------------------------------------------------ echarts
    _s(
        "charts_echarts_display_and_state",
        f"""
        import streamlit as st
        import json
        spec = json.loads('{_ECHARTS}')
        st.echarts_chart(spec)
        st.echarts_chart(json.dumps(spec), key="shown")
        ev = st.echarts_chart(spec, on_select="rerun", key="ec", renderer="svg")
        st.write(ev, ev.selection.selected)
        """,
        [RUN, RUN],
    ),
    _s(
        "charts_echarts_selection_set_through_session_state",
        f"""
        import streamlit as st
        import json
        ev = st.echarts_chart(json.loads('{_ECHARTS}'), on_select="rerun", key="ec")
        st.write(ev["selection"])
        """,
        [
            ("session_state_set", "ec", {"selection": {"selected": [
                {"series_index": 0, "series_id": None, "series_name": None,
                 "data_type": "main", "data_indices": [1]}], "areas": []}}),
            RUN,
            RUN,
        ],
    ),
    _s(
        "charts_echarts_errors",
        _catching("""
        show_error(lambda: st.echarts_chart(42))
        show_error(lambda: st.echarts_chart("[1, 2]"))
        show_error(lambda: st.echarts_chart("{not json"))
        show_error(lambda: st.echarts_chart({}, renderer="webgl"))
        show_error(lambda: st.echarts_chart({}, theme="dark"))
        st.echarts_chart({}, key="dup")
        show_error(lambda: st.echarts_chart({}, key="dup"))
        st.write("done")
        """),
        [RUN],
    ),
    # ------------------------------------------------------------------ st.write
    _s(
        "charts_write_dispatch",
        _app(_ALTAIR, _DECK.replace("import streamlit as st\n", ""), """
        st.write(chart)
        st.write(deck)
        st.write("text", chart)
        """),
        [RUN],
    ),
]
