"""``streamlit.components.v2`` inside apps (see ``apptest.elements._components_v2``)."""

from __future__ import annotations

from apptest.elements._components_v2 import ComponentRenderer as ComponentRenderer
from apptest.elements._components_v2 import ComponentResult as ComponentResult
from apptest.elements._components_v2 import component as component

__all__ = ["component"]
