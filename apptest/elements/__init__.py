"""Element kinds: each declared once (its ``st`` function and its tree node).

Every private module of this package declares kinds with ``@element`` and node classes.
A module is imported the first time one of its kinds is used (``_kinds`` lists which
module declares which kind); ``ELEMENTS`` here imports them all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from apptest._lazy import lazy_getattr
from apptest.elements._dg import DeltaGenerator, element

if TYPE_CHECKING:
    from collections.abc import Callable

    from apptest.elements._components import ComponentInstance
    from apptest.elements._widget import WidgetCall, register_widget

    ELEMENTS: dict[str, Callable[..., Any]]

# what plugins use to declare their own kinds (see docs/plugins.md), imported on first use
_lazy = lazy_getattr(globals(), {
    "ComponentInstance": "apptest.elements._components",
    "WidgetCall": "apptest.elements._widget",
    "register_widget": "apptest.elements._widget",
})


def __getattr__(name: str) -> Any:
    if name == "ELEMENTS":  # every built-in kind: load them all
        from apptest.elements._dg import ELEMENTS
        from apptest.elements._kinds import load_all

        load_all()
        globals()[name] = ELEMENTS
        return ELEMENTS
    return _lazy(name)


__all__ = ["ELEMENTS", "ComponentInstance", "DeltaGenerator", "WidgetCall", "element",
           "register_widget"]
