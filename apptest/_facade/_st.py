"""The module a script gets from ``import streamlit as st`` while apptest runs it.

Its element functions are not listed here: they are the registered element functions
bound to the cursor generator, so every kind declared in ``apptest.elements`` (or by a
plugin) is on ``st`` too.
"""

from __future__ import annotations

from types import MethodType
from typing import Any, NoReturn

from apptest._facade import column_config as column_config
from apptest._facade import components as components
from apptest._facade import errors
from apptest._facade._caching import cache_data as cache_data
from apptest._facade._caching import cache_resource as cache_resource
from apptest._facade._config import connection as connection
from apptest._facade._config import get_option as get_option
from apptest._facade._config import set_option as set_option
from apptest._facade._context import ContextProxy
from apptest._facade._navigation import navigation as navigation
from apptest._facade._navigation import switch_page as switch_page
from apptest._facade._page import Page as Page
from apptest._facade._query_params import QueryParamsProxy
from apptest._facade._secrets import SecretsProxy
from apptest._facade._session_state import SessionStateProxy
from apptest._facade._user import UserInfoProxy
from apptest._facade._user import login as login
from apptest._facade._user import logout as logout
from apptest.elements import ELEMENTS, DeltaGenerator
from apptest.elements._dg import plugin_element
from apptest.elements._dialog import dialog as dialog
from apptest.elements._echo import echo as echo
from apptest.elements._fragment import fragment as fragment
from apptest.elements._fragment import rerun as rerun
from apptest.elements._layout import bottom as bottom
from apptest.elements._page import logo as logo
from apptest.elements._page import set_page_config as set_page_config
from apptest.runtime._context import StopRequest, current_run

__version__ = "1.67.0"

_main = DeltaGenerator()
sidebar = DeltaGenerator(root="sidebar")
session_state = SessionStateProxy()
query_params = QueryParamsProxy()
secrets = SecretsProxy()
context = ContextProxy()
user = UserInfoProxy()


def stop() -> NoReturn:
    """``st.stop``: end this run quietly."""
    current_run()
    raise StopRequest


def _bind_elements(namespace: dict[str, Any]) -> None:
    for name in ELEMENTS:
        namespace[name] = getattr(_main, name)


_bind_elements(globals())

__all__ = ["bottom", "cache_data", "cache_resource", "dialog", "errors", "fragment", "query_params", "rerun", "session_state", "sidebar", "stop", *ELEMENTS]
__all__ += ["components", "connection", "context", "get_option", "login", "logout", "secrets", "set_option", "user"]
__all__ += ["Page", "navigation", "switch_page"]


def __getattr__(name: str) -> Any:
    """A clear error for a Streamlit command apptest does not simulate (yet)."""
    if name.startswith("__"):
        raise AttributeError(name)
    func = plugin_element(name)  # a kind a plugin of this app's server registered
    if func is not None:
        return MethodType(func, _main)
    raise AttributeError(
        f"module 'streamlit' has no attribute {name!r}: apptest does not simulate "
        f"st.{name} (yet)"
    )
