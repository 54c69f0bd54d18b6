"""``streamlit.components.v2`` inside apps (see ``apptest.elements._components_v2``).

Its names are imported from ``apptest.elements._components_v2`` on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from apptest._lazy import lazy_getattr

if TYPE_CHECKING:
    from apptest.elements._components_v2 import ComponentRenderer as ComponentRenderer
    from apptest.elements._components_v2 import ComponentResult as ComponentResult
    from apptest.elements._components_v2 import component as component

__all__ = ["component"]
__getattr__ = lazy_getattr(globals(), dict.fromkeys(
    ("ComponentRenderer", "ComponentResult", *__all__), "apptest.elements._components_v2"))
