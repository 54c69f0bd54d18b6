"""``streamlit.components.v1`` inside apps (see ``apptest.elements._components``)."""

from __future__ import annotations

from apptest.elements._components import CustomComponent as CustomComponent
from apptest.elements._components import declare_component as declare_component
from apptest.elements._components import html as html
from apptest.elements._components import iframe as iframe

__all__ = ["declare_component", "html", "iframe"]
