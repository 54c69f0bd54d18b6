"""Charts: the node every chart shares, its collections, and the charts without selections.

A chart is never rendered. Its node keeps what the app gave (data, spec, figure, ...)
so a test can assert on it. ``.type`` is the element type real ``streamlit.testing.v1``
reports (``vega_lite_chart`` for the simple charts and Altair, ``deck_gl_json_chart``
for ``map`` and pydeck, ``image`` for ``pyplot``, ``markdown`` for ``mermaid_chart``);
``.chart_type`` names the ``st`` function that drew it. Collections: ``at.chart`` (every
chart) and one per function (``at.line_chart``, ``at.plotly_chart``, ...), except that
``at.vega_lite_chart`` is every node of type ``vega_lite_chart``, as
``at.get("vega_lite_chart")`` is in real AppTest.

A chart drawn with ``on_select`` set is a widget (see ``SelectableChart``); plotting
libraries (altair, plotly, pydeck, matplotlib, graphviz) are only touched when the app
passed one of their objects.
"""

from __future__ import annotations

import re
from typing import Any

from apptest.elements._chart_states import as_state
from apptest.elements._dataframe import check_callback
from apptest.elements._dg import DeltaGenerator, element
from apptest.elements._text import Markdown
from apptest.elements._widget import WidgetCall, _place, check_width, register_widget
from apptest.elements._write_kinds import is_chart_object
from apptest.errors import (
    InteractionError,
    StreamlitInvalidParameterTypeError,
    StreamlitInvalidWidthError,
    StreamlitMissingRequiredParameterError,
)
from apptest.runtime._context import current_run
from apptest.tree._nodes import Widget, register_collection

CHART_FUNCTIONS = (
    "line_chart", "area_chart", "bar_chart", "scatter_chart", "map", "altair_chart",
    "plotly_chart", "pydeck_chart", "graphviz_chart", "echarts_chart", "pyplot",
    "mermaid_chart",
)


class Chart(Widget):
    """A chart; a widget only when drawn with ``on_select`` (its value is then the selection).

    Attributes:
        chart_type: the ``st`` function that drew it (``"line_chart"``, ``"map"``, ...).
        selectable: True if it was drawn with ``on_select`` ("rerun" or a callback).
        selection_mode: the activated selection modes (empty without ``on_select``).
    """

    label = None  # type: ignore[assignment]
    chart_type: str = ""
    selectable: bool = False
    width: Any = None
    height: Any = None

    def __init__(self, chart_type: str, **attrs: Any) -> None:
        self.chart_type = chart_type
        self.selection_mode: list[str] = []
        self.__dict__.update(attrs)

    @property
    def value(self) -> Any:
        """The selection state (staged or committed) with ``on_select``, else None."""
        if not self.selectable or self._session is None:
            return None
        return self._session.widget_value(self.id)

    @property
    def selection(self) -> Any:
        """The ``selection`` part of the value, or None without ``on_select``."""
        value = self.value
        return value["selection"] if isinstance(value, dict) and "selection" in value else None

    def describe(self) -> str:
        """``PlotlyChart 'plotly_chart' (key='k')`` for messages."""
        return f"{type(self).__name__} {self.chart_type!r} (key={self.key!r})"

    def check_value(self, v: Any) -> Any:
        """A whole selection state; each chart kind checks its own shape."""
        self._require_selectable()
        return self.check_selection(v)

    def check_selection(self, v: Any) -> Any:
        """Validate and normalise a whole selection state; overridden per chart kind."""
        raise InteractionError(f"{self.describe()} has no selections")

    def clear_selection(self) -> Chart:
        """Deselect everything.

        Example:
            >>> at.plotly_chart(key="p").clear_selection().run()  # doctest: +SKIP
        """
        self._require_selectable()
        return self.set_value(self.empty_selection())

    def empty_selection(self) -> Any:
        """The state with nothing selected; overridden per chart kind."""
        return None

    def _current(self) -> dict[str, Any]:
        """The current selection as a plain dict (to change one part of it)."""
        self._require_selectable()
        value = self.value
        if not isinstance(value, dict) or not isinstance(value.get("selection"), dict):
            value = self.empty_selection()
        return {k: dict(v) if isinstance(v, dict) else v for k, v in value["selection"].items()}

    def _require_selectable(self) -> None:
        if not self.selectable:
            raise InteractionError(
                f"{self.describe()} has no selections: selections need "
                f"st.{self.chart_type}(..., on_select='rerun' or a callback)")


def _of_function(name: str) -> Any:
    return lambda n: getattr(n, "chart_type", None) == name


register_collection("chart", Chart)
for _name in CHART_FUNCTIONS:
    register_collection(_name, Chart, _of_function(_name))
register_collection("vega_lite_chart", Chart, lambda n: n.type == "vega_lite_chart")


# --------------------------------------------------------------------------- shared helpers


def check_chart_width(width: Any, *, allow_content: bool) -> None:
    """Streamlit's ``validate_width`` for a chart (``"content"`` where the chart allows it)."""
    if allow_content and width == "content":
        return
    try:
        check_width(width, "chart")
    except StreamlitInvalidWidthError:
        raise StreamlitInvalidWidthError(width, allow_content) from None


def add_chart(
    dg: DeltaGenerator,
    node: Chart,
    *,
    on_select: Any = "ignore",
    key: Any = None,
    default: Any = None,
    id_params: dict[str, Any] | None = None,
    keyed_identity: bool | frozenset[str] = True,
    with_id: bool = False,
) -> Any:
    """Put a chart on the page; with ``on_select`` it is a widget and returns its selection.

    ``with_id`` gives a display-only chart an element id too (Plotly always, ECharts with
    a key), so its key is checked for duplicates and shown on the node.
    """
    call = WidgetCall(key=key, default=default, id_params=dict(id_params or {}),
                      on_change=on_select, writes_allowed=False,
                      keyed_identity=keyed_identity, kind=node.type)
    if on_select == "ignore":
        if with_id:
            call.writes_allowed = True
            call.on_change = None
            run = current_run()
            _place(run, dg._target(run), node, call, node.type)
        return dg._add(node)
    node.selectable = True
    value = register_widget(dg, node, call)
    return as_state(type(default), value)


def check_on_select(on_select: Any) -> None:
    """``on_select`` is "ignore", "rerun" or a callback (Streamlit's message otherwise)."""
    check_callback(on_select, "on_select", none_ok=False)


# --------------------------------------------------------------------------- graphviz


class GraphvizChart(Chart):
    """``st.graphviz_chart``: ``dot`` (the DOT source), ``engine``, ``figure`` (as given)."""

    type = "graphviz_chart"
    dot: str = ""
    engine: str = "dot"
    figure: Any = None


@element
def graphviz_chart(
    self: DeltaGenerator,
    figure_or_dot: Any,
    use_container_width: bool | None = None,
    *,
    width: Any = "content",
    height: Any = "content",
    alt: str | None = None,
) -> DeltaGenerator:
    """``st.graphviz_chart``: a DOT string or a graphviz ``Graph``/``Digraph``/``Source``."""
    if is_chart_object(figure_or_dot, "graphviz"):
        dot, engine = figure_or_dot.source, figure_or_dot.engine
    elif isinstance(figure_or_dot, str):
        dot, engine = figure_or_dot, "dot"
    else:
        raise StreamlitInvalidParameterTypeError(
            "figure_or_dot", type(figure_or_dot).__name__,
            ["graphviz.Graph", "graphviz.Digraph", "graphviz.Source", "str"])
    check_chart_width(width, allow_content=True)
    node = GraphvizChart("graphviz_chart", dot=dot, engine=engine, figure=figure_or_dot,
                         width=width, height=height, alt=alt)
    return self._add(node)


# --------------------------------------------------------------------------- mermaid


class MermaidChart(Markdown, Chart):  # type: ignore[misc]
    """``st.mermaid_chart``: a Markdown node (as in real AppTest) with the diagram in ``diagram``.

    Its ``value`` is the fenced markdown block Streamlit sends (a ``mermaid`` code fence).
    """

    type = "markdown"


def _longest_run(text: str, char: str) -> int:
    runs = re.findall(f"{re.escape(char)}+", text)
    return max((len(r) for r in runs), default=0)


@element
def mermaid_chart(
    self: DeltaGenerator, body: str, *, width: Any = "stretch", alt: str | None = None
) -> DeltaGenerator:
    """``st.mermaid_chart``: the diagram as a fenced ``mermaid`` markdown block."""
    fence = "`" * max(4, _longest_run(body, "`") + 1)
    node = MermaidChart(f"{fence}mermaid\n{body}\n{fence}", chart_type="mermaid_chart",
                        diagram=body, selection_mode=[], allow_html=False, help=None,
                        width=width, alt=alt)
    return self._add(node)


# --------------------------------------------------------------------------- pyplot

_FIG_REQUIRED = """Passing `None` is not supported because Matplotlib's global figure object
is not thread-safe.

Pass a figure explicitly:

```python
fig, ax = plt.subplots()
ax.scatter([1, 2, 3], [1, 2, 3])
st.pyplot(fig)
```"""


class PyplotChart(Chart):
    """``st.pyplot``: an image node in real AppTest; ``figure`` is the matplotlib figure."""

    type = "image"
    figure: Any = None
    clear_figure: bool = False


@element
def pyplot(
    self: DeltaGenerator,
    fig: Any,
    clear_figure: bool = False,
    *,
    width: Any = "stretch",
    use_container_width: bool | None = None,
    alt: str | None = None,
    **kwargs: Any,
) -> DeltaGenerator:
    """``st.pyplot``: the figure is kept, not drawn; ``clear_figure=True`` clears it after."""
    if fig is None:
        raise StreamlitMissingRequiredParameterError("fig", detail=_FIG_REQUIRED)
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    check_chart_width(width, allow_content=True)
    node = PyplotChart("pyplot", figure=fig, clear_figure=clear_figure, width=width,
                       alt=alt, savefig_kwargs=dict(kwargs))
    result = self._add(node)
    if clear_figure:
        fig.clf()
    return result
