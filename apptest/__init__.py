"""apptest: a fast headless testing harness for Streamlit apps.

Example:
    >>> from apptest import AppTest
    >>> at = AppTest.from_string('''
    ... import streamlit as st
    ... if "count" not in st.session_state:
    ...     st.session_state.count = 0
    ... if st.button("Increment"):
    ...     st.session_state.count += 1
    ... st.write("Count = ", st.session_state.count)
    ... ''').run()
    >>> at.button[0].click().run().markdown[0].value
    'Count =  `1`'
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from apptest._apptest import AppTest
    from apptest.errors import AppTestError, InteractionError, PluginError, ScriptTimeoutError
    from apptest.hookspecs import hookimpl
    from apptest.tree import Block, Element, ElementList, Node, Widget, WidgetList

__version__ = "0.1.0"

# Imported on first use (PEP 562), so that loading the pytest plugin
# (``apptest.pytest_plugin``) in every pytest session costs nothing.
_LAZY = {
    "AppTest": "apptest._apptest",
    "AppTestError": "apptest.errors",
    "InteractionError": "apptest.errors",
    "PluginError": "apptest.errors",
    "ScriptTimeoutError": "apptest.errors",
    "hookimpl": "apptest.hookspecs",
    **dict.fromkeys(("Block", "Element", "ElementList", "Node", "Widget", "WidgetList"),
                    "apptest.tree"),
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'apptest' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value

__all__ = [
    "AppTest",
    "AppTestError",
    "Block",
    "Element",
    "ElementList",
    "InteractionError",
    "Node",
    "PluginError",
    "ScriptTimeoutError",
    "Widget",
    "WidgetList",
    "__version__",
    "hookimpl",
]
