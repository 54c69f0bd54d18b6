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

from apptest._apptest import AppTest
from apptest.errors import AppTestError, InteractionError, ScriptTimeoutError
from apptest.tree import Block, Element, ElementList, Node, Widget, WidgetList

__version__ = "0.1.0"

__all__ = [
    "AppTest",
    "AppTestError",
    "Block",
    "Element",
    "ElementList",
    "InteractionError",
    "Node",
    "ScriptTimeoutError",
    "Widget",
    "WidgetList",
    "__version__",
]
