"""The module a script gets from ``import streamlit as st`` while apptest runs it.

Its element functions are not listed here: they are the registered element functions
bound to the cursor generator, so every kind declared in ``apptest.elements`` (or by a
plugin) is on ``st`` too.
"""

from __future__ import annotations

from typing import Any, NoReturn

from apptest._facade import column_config as column_config
from apptest._facade import errors
from apptest._facade._query_params import QueryParamsProxy
from apptest._facade._session_state import SessionStateProxy
from apptest.elements import ELEMENTS, DeltaGenerator
from apptest.elements._echo import echo as echo
from apptest.elements._layout import bottom as bottom
from apptest.elements._page import logo as logo
from apptest.elements._page import set_page_config as set_page_config
from apptest.errors import StreamlitAPIException
from apptest.runtime._context import RerunRequest, StopRequest, current_run

__version__ = "1.67.0"

_main = DeltaGenerator()
sidebar = DeltaGenerator(root="sidebar")
session_state = SessionStateProxy()
query_params = QueryParamsProxy()


def rerun(*, scope: str = "app") -> NoReturn:
    """``st.rerun``: end this run and start a new one at once."""
    if scope not in ("app", "fragment"):
        raise StreamlitAPIException(f"'{scope}'is not a valid rerun scope. Valid scopes are 'app' and 'fragment'.")
    current_run()
    raise RerunRequest


def stop() -> NoReturn:
    """``st.stop``: end this run quietly."""
    current_run()
    raise StopRequest


def _bind_elements(namespace: dict[str, Any]) -> None:
    for name in ELEMENTS:
        namespace[name] = getattr(_main, name)


_bind_elements(globals())

__all__ = ["bottom", "errors", "query_params", "rerun", "session_state", "sidebar", "stop", *ELEMENTS]


def __getattr__(name: str) -> Any:
    """A clear error for a Streamlit command apptest does not simulate (yet)."""
    if name.startswith("__"):
        raise AttributeError(name)
    raise AttributeError(
        f"module 'streamlit' has no attribute {name!r}: apptest does not simulate "
        f"st.{name} (yet)"
    )
