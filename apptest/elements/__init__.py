"""Element kinds: each declared once (its ``st`` function and its tree node).

Every private module of this package declares kinds with ``@element`` and node classes;
importing the package imports them all, so a new kind needs only its own module.
"""

from __future__ import annotations

import importlib
import pkgutil

from apptest.elements._dg import ELEMENTS, DeltaGenerator, element


def _import_kinds() -> None:
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("_") and info.name not in ("_dg", "_widget"):
            importlib.import_module(f"{__name__}.{info.name}")


_import_kinds()

# what plugins use to declare their own kinds (see docs/plugins.md)
from apptest.elements._components import ComponentInstance  # noqa: E402
from apptest.elements._widget import WidgetCall, register_widget  # noqa: E402

__all__ = ["ELEMENTS", "ComponentInstance", "DeltaGenerator", "WidgetCall", "element",
           "register_widget"]
