"""The module a script gets from ``import streamlit as st`` while apptest runs it.

Its element functions are not listed here: they are the registered element functions
bound to the cursor generator, so every kind declared in ``apptest.elements`` (or by a
plugin) is on ``st`` too. They, and the other commands that need more than a few
modules, are imported when the app first uses them (module ``__getattr__``).
"""

from __future__ import annotations

from importlib import import_module
from types import MethodType
from typing import TYPE_CHECKING, Any, NoReturn

from apptest._facade import column_config as column_config
from apptest._facade import components as components
from apptest._facade import errors
from apptest._facade._config import connection as connection
from apptest._facade._config import get_option as get_option
from apptest._facade._config import set_option as set_option
from apptest._facade._context import ContextProxy
from apptest._facade._query_params import QueryParamsProxy
from apptest._facade._secrets import SecretsProxy
from apptest._facade._session_state import SessionStateProxy
from apptest._facade._user import UserInfoProxy
from apptest._facade._user import login as login
from apptest._facade._user import logout as logout
from apptest.elements._dg import DeltaGenerator, builtin_element, plugin_element
from apptest.elements._kinds import ELEMENT_MODULES
from apptest.runtime._context import StopRequest, current_run

if TYPE_CHECKING:
    from apptest._facade._caching import cache_data as cache_data
    from apptest._facade._caching import cache_resource as cache_resource
    from apptest._facade._navigation import navigation as navigation
    from apptest._facade._navigation import switch_page as switch_page
    from apptest._facade._page import Page as Page
    from apptest.elements._dialog import dialog as dialog
    from apptest.elements._echo import echo as echo
    from apptest.elements._fragment import fragment as fragment
    from apptest.elements._fragment import rerun as rerun
    from apptest.elements._layout import bottom as bottom
    from apptest.elements._page import logo as logo
    from apptest.elements._page import set_page_config as set_page_config

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


#: the rest of ``st`` that is imported on first use: name -> module
_LAZY = {
    "cache_data": "apptest._facade._caching",
    "cache_resource": "apptest._facade._caching",
    "dialog": "apptest.elements._dialog",
    "echo": "apptest.elements._echo",
    "fragment": "apptest.elements._fragment",
    "rerun": "apptest.elements._fragment",
    "bottom": "apptest.elements._layout",
    "logo": "apptest.elements._page",
    "set_page_config": "apptest.elements._page",
    "Page": "apptest._facade._page",
    "navigation": "apptest._facade._navigation",
    "switch_page": "apptest._facade._navigation",
}

__all__ = ["bottom", "cache_data", "cache_resource", "dialog", "errors", "fragment", "query_params", "rerun", "session_state", "sidebar", "stop", *ELEMENT_MODULES]
__all__ += ["components", "connection", "context", "get_option", "login", "logout", "secrets", "set_option", "user"]
__all__ += ["Page", "navigation", "switch_page"]


def _load(name: str) -> Any:
    """A built-in name's value (importing its module), or None."""
    func = builtin_element(name)  # the element function bound to the cursor, as st.<name>
    if func is not None:
        return MethodType(func, _main)
    module = _LAZY.get(name)
    return None if module is None else getattr(import_module(module), name)


def __getattr__(name: str) -> Any:
    """A built-in name on first use; a clear error for a command apptest does not simulate."""
    if name.startswith("__"):
        raise AttributeError(name)
    value = _load(name)
    if value is not None:
        globals()[name] = value
        return value
    func = plugin_element(name)  # a kind a plugin of this app's server registered
    if func is not None:
        return MethodType(func, _main)
    raise AttributeError(
        f"module 'streamlit' has no attribute {name!r}: apptest does not simulate "
        f"st.{name} (yet)"
    )


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
