"""Element kinds: each declared once (its ``st`` function and its tree node)."""

from __future__ import annotations

from apptest.elements import (  # noqa: F401 - importing registers the kinds
    _alerts,
    _button,
    _checkbox,
    _form,
    _number,
    _text,
    _text_input,
    _time_input,
    _write,
)
from apptest.elements._dg import ELEMENTS, DeltaGenerator, element

__all__ = ["ELEMENTS", "DeltaGenerator", "element"]
