"""``streamlit.components`` inside apps: the ``v1`` and ``v2`` custom component APIs."""

from __future__ import annotations

from apptest._facade.components import v1 as v1
from apptest._facade.components import v2 as v2

__all__ = ["v1", "v2"]
