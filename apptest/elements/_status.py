"""Status elements: progress, spinner, toast, balloons and snow.

``st.progress`` returns a generator for its slot, so ``bar = st.progress(0)`` then
``bar.progress(50)`` updates the bar in place. ``st.spinner`` is a context manager that
leaves no node (Streamlit sends it as a transient delta, which AppTest skips); the text
shown while its block runs is ``at``-invisible, as in Streamlit. ``st.toast`` goes to the
root ``event`` block (``at.toast`` finds it, ``at.main`` does not).
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Iterator
from typing import Any

from apptest.elements._dg import DeltaGenerator, element
from apptest.elements._layout_params import icon_text
from apptest.elements._text import _str
from apptest.errors import (
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
    StreamlitValueOutOfRangeError,
)
from apptest.tree._nodes import Element

_DURATIONS = {"short": 4, "long": 10, "infinite": 0}


class Progress(Element, collection="progress"):
    """``st.progress``: ``value`` 0-100 (a float 0.0-1.0 is stored as ``int(v * 100)``), ``text``."""

    type = "progress"

    def __init__(self, value: int, text: str) -> None:
        self._value = value
        self.text = text

    @property
    def value(self) -> int:
        """Progress from 0 to 100."""
        return self._value


class Toast(Element, collection="toast"):
    """``st.toast``: ``body``, ``icon`` (``""`` if none), ``duration`` in seconds (0: infinite)."""

    type = "toast"

    def __init__(self, body: str, icon: str, duration: int) -> None:
        self.body = body
        self.icon = icon
        self.duration = duration

    @property
    def value(self) -> str:
        """The message."""
        return self.body


class Effect(Element):
    """A one-shot animation; its value is None, as in ``streamlit.testing.v1``."""


class Balloons(Effect, collection="balloons"):
    """``st.balloons``."""

    type = "balloons"


class Snow(Effect, collection="snow"):
    """``st.snow``."""

    type = "snow"


def _close_to(value: float, bound: float) -> bool:
    return math.isclose(value, bound, rel_tol=1e-9, abs_tol=1e-9)


def progress_value(value: Any) -> int:
    """Streamlit's ``_get_value``: an int 0..100 or a float 0.0..1.0, as an int 0..100."""
    if isinstance(value, bool):  # protobuf refuses it
        raise TypeError("Field Progress.value: Expected an int, got a boolean.")
    if isinstance(value, int):
        if not 0 <= value <= 100:
            raise StreamlitValueOutOfRangeError("value", value, 0, 100)
        return value
    if isinstance(value, float):
        if not (0.0 <= value <= 1.0 or _close_to(value, 0.0) or _close_to(value, 1.0)):
            raise StreamlitValueOutOfRangeError("value", value, 0.0, 1.0)
        return int(value * 100)
    raise StreamlitInvalidParameterTypeError("value", type(value).__name__, ["int", "float"])


@element
def progress(
    self: DeltaGenerator, value: int | float, text: str | None = None, width: Any = "stretch"
) -> DeltaGenerator:
    """``st.progress``: a progress bar; call ``.progress()`` on the result to update it."""
    shown = progress_value(value)
    if text is not None and not isinstance(text, str):
        raise StreamlitInvalidParameterTypeError("text", type(text).__name__, ["str"])
    return self._add(Progress(shown, "" if text is None else _str(text)))


@element
@contextlib.contextmanager
def spinner(
    self: DeltaGenerator,
    text: str = "In progress...",
    *,
    show_time: bool = False,
    width: Any = "content",
) -> Iterator[None]:
    """``st.spinner``: a context manager; the spinner leaves no node in the tree."""
    _str(text)
    yield


def _duration(duration: Any) -> int:
    if isinstance(duration, str) and duration in _DURATIONS:
        return _DURATIONS[duration]
    if isinstance(duration, int) and not isinstance(duration, bool) and duration > 0:
        return duration
    raise StreamlitValueError("duration", ["short", "long", "infinite", "a positive integer"])


def _event_target(dg: DeltaGenerator) -> DeltaGenerator:
    """``st.toast`` writes to the event block; ``st.sidebar.toast`` and the like stay put."""
    if dg._root is None and dg._block is None and dg._slot is None:
        return DeltaGenerator(root="event")
    return dg


@element
def toast(
    self: DeltaGenerator,
    body: Any,
    *,
    icon: str | None = None,
    duration: str | int = "short",
) -> DeltaGenerator:
    """``st.toast``: a short message in the corner (in the root event block)."""
    if str(body) == "":
        raise StreamlitMissingRequiredParameterError("body", detail="Please provide a message.")
    node = Toast(_str(body), icon_text(icon), _duration(duration))
    return _event_target(self)._add(node)


@element
def balloons(self: DeltaGenerator) -> DeltaGenerator:
    """``st.balloons``: a celebration (a ``balloons`` node)."""
    return self._add(Balloons())


@element
def snow(self: DeltaGenerator) -> DeltaGenerator:
    """``st.snow``: a winter celebration (a ``snow`` node)."""
    return self._add(Snow())
