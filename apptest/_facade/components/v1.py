"""``streamlit.components.v1`` inside apps (see ``apptest.elements._components``).

Its names are imported from ``apptest.elements._components`` on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from apptest._lazy import lazy_getattr

if TYPE_CHECKING:
    from apptest.elements._components import CustomComponent as CustomComponent
    from apptest.elements._components import declare_component as declare_component
    from apptest.elements._components import html as html
    from apptest.elements._components import iframe as iframe

__all__ = ["declare_component", "html", "iframe"]
__getattr__ = lazy_getattr(globals(), dict.fromkeys(
    ("CustomComponent", *__all__), "apptest.elements._components"))
