"""Which module declares each built-in kind, so that it is imported on first use.

Importing all element modules would cost more than the rest of a first run, and an app
uses a few kinds. ``st.<name>``, ``container.<name>`` and ``at.<name>`` therefore look
their name up here and import the module then; the module declares the kind as before
(``@element``, a node class's ``collection=``, ``register_collection``). A new kind's
names go here too: ``tests/elements/test_kinds.py`` checks that these tables match what
the modules declare.
"""

from __future__ import annotations

import importlib

#: ``st.<name>`` -> the module that declares it with ``@element``
ELEMENT_MODULES: dict[str, str] = {
    "error": "_alerts", "exception": "_alerts", "info": "_alerts", "success": "_alerts",
    "warning": "_alerts",
    "button": "_button", "form_submit_button": "_button",
    "pills": "_button_group", "segmented_control": "_button_group",
    "graphviz_chart": "_charts", "mermaid_chart": "_charts", "pyplot": "_charts",
    "chat_input": "_chat_input",
    "checkbox": "_checkbox", "toggle": "_checkbox",
    "data_editor": "_data_editor",
    "dataframe": "_dataframe",
    "date_input": "_date_input", "datetime_input": "_date_input",
    "download_button": "_download_button",
    "echarts_chart": "_echarts_chart",
    "expander": "_expandable", "popover": "_expandable", "tabs": "_expandable",
    "audio_input": "_file_inputs", "camera_input": "_file_inputs", "file_uploader": "_file_inputs",
    "form": "_form",
    "help": "_help",
    "html": "_html",
    "chat_message": "_layout", "columns": "_layout", "container": "_layout", "empty": "_layout",
    "grid": "_layout",
    "link_button": "_link_button",
    "audio": "_media", "iframe": "_media", "image": "_media", "pdf": "_media", "video": "_media",
    "menu_button": "_menu_button",
    "metric": "_metric",
    "number_input": "_number", "slider": "_number",
    "page_link": "_page_link",
    "color_picker": "_pickers", "feedback": "_pickers", "pagination": "_pickers",
    "plotly_chart": "_plotly_chart",
    "map": "_pydeck_chart", "pydeck_chart": "_pydeck_chart",
    "multiselect": "_select", "radio": "_select", "selectbox": "_select",
    "select_slider": "_select_slider",
    "area_chart": "_simple_charts", "bar_chart": "_simple_charts", "line_chart": "_simple_charts",
    "scatter_chart": "_simple_charts",
    "balloons": "_status", "progress": "_status", "snow": "_status", "spinner": "_status",
    "toast": "_status",
    "status": "_status_container",
    "table": "_table",
    "badge": "_text", "caption": "_text", "code": "_text", "divider": "_text", "header": "_text",
    "json": "_text", "latex": "_text", "markdown": "_text", "space": "_text", "subheader": "_text",
    "text": "_text", "title": "_text",
    "text_area": "_text_area",
    "text_input": "_text_input",
    "time_input": "_time_input",
    "altair_chart": "_vega_charts", "vega_lite_chart": "_vega_charts",
    "write": "_write",
    "write_stream": "_write_stream",
}

#: element functions whose nodes no collection of the same name lists
_NO_COLLECTION = frozenset({"badge", "empty", "popover", "spinner", "write", "write_stream"})
#: the chart collections, all registered by ``_charts``
_CHARTS = (
    "altair_chart", "area_chart", "bar_chart", "chart", "echarts_chart", "graphviz_chart",
    "line_chart", "map", "mermaid_chart", "plotly_chart", "pydeck_chart", "pyplot",
    "scatter_chart", "vega_lite_chart",
)
#: ``at.<name>`` -> the module that registers the collection (mostly the element's)
COLLECTION_MODULES: dict[str, str] = {
    **{name: module for name, module in ELEMENT_MODULES.items() if name not in _NO_COLLECTION},
    **dict.fromkeys(_CHARTS, "_charts"),
    "button_group": "_button_group", "component": "_components", "data_editor": "_dataframe",
    "dialog": "_dialog",
}

_PACKAGE = "apptest.elements"
#: the package's modules that declare no kind
_HELPERS = frozenset({"_dg", "_kinds", "_widget"})


def load(module: str) -> None:
    """Import ``apptest.elements.<module>`` (its kinds register themselves)."""
    importlib.import_module(f"{_PACKAGE}.{module}")


def load_all() -> None:
    """Import every element module, so every built-in kind is registered.

    Example:
        >>> load_all()
        >>> from apptest.elements._dg import ELEMENTS
        >>> sorted(ELEMENTS) == sorted(ELEMENT_MODULES)
        True
    """
    import pkgutil

    import apptest.elements as package

    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        if info.name.startswith("_") and info.name not in _HELPERS:
            load(info.name)
