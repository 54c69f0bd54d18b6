"""Small choice widgets: ``st.toggle``, ``st.color_picker``, ``st.feedback``, ``st.pagination``."""

from __future__ import annotations

import re
from typing import Any

from apptest.elements._dg import DeltaGenerator, element
from apptest.elements._options import reset_value
from apptest.elements._widget import WidgetCall, check_on_change, register_widget
from apptest.errors import (
    InteractionError,
    StreamlitAPIException,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
    StreamlitValueOutOfRangeError,
)
from apptest.tree._nodes import Widget

_HEX_COLOR = re.compile(r"^#(?:[0-9a-fA-F]{3}){1,2}$")
_FEEDBACK_OPTIONS = {"thumbs": 2, "faces": 5, "stars": 5}


class _Choice(Widget):
    """A widget node whose attributes are all given at creation."""

    def __init__(self, label: str, **attrs: Any) -> None:
        self.label = label
        self.__dict__.update(attrs)


class _Unlabelled(Widget):
    """A widget without a label (feedback, pagination): ``.label`` does not exist."""

    def __init__(self, **attrs: Any) -> None:
        self.__dict__.update(attrs)

    @property
    def label(self) -> str:  # type: ignore[override]
        """Not there, as in Streamlit's proto (raises AttributeError)."""
        raise AttributeError(f"{type(self).__name__!r} object has no attribute 'label'")

    def describe(self) -> str:
        """``Feedback (key='rating')``."""
        return f"{type(self).__name__} (key={self.key!r})"


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


# --------------------------------------------------------------------------- color_picker


class ColorPicker(_Choice, collection="color_picker"):
    """A color picker; ``value`` is a hex color such as ``"#ff0000"``."""

    type = "color_picker"

    def check_value(self, v: Any) -> str:
        """A hex color ``#rgb`` or ``#rrggbb`` (the ``#`` may be left out)."""
        if isinstance(v, str) and not v.startswith("#"):
            v = f"#{v}"
        if not isinstance(v, str) or not _HEX_COLOR.match(v):
            raise InteractionError(
                f"{self.describe()} accepts a hex color like '#ff0000', got {v!r}"
            )
        return v

    def pick(self, v: str) -> ColorPicker:
        """Pick the color ``v``, as ``"ff0000"`` or ``"#ff0000"``.

        Example:
            >>> at.color_picker[0].pick("00ff00").run()  # doctest: +SKIP
        """
        return self.set_value(v)  # type: ignore[return-value]


@element
def color_picker(
    self: DeltaGenerator,
    label: str,
    value: str | None = None,
    key: Any = None,
    help: str | None = None,
    on_change: Any = "rerun",
    args: Any = None,
    kwargs: Any = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: Any = "content",
    bind: str | None = None,
    persist_state: str | None = None,
) -> str:
    """``st.color_picker``: returns the picked color as a hex string."""
    check_on_change(on_change)
    if isinstance(width, int) and width < 40:
        width = 40
    params = {"label": label, "value": str(value), "help": help, "width": width}
    value_given = value is not None
    value = "#000000" if value is None else value
    if not isinstance(value, str):
        raise StreamlitInvalidParameterTypeError(
            "value", type(value).__name__, ["str"],
            detail="Pass a hex string like `'#00FFAA'` or `'#000'`.",
        )
    if not _HEX_COLOR.match(value):
        raise StreamlitAPIException(
            f"'{value}' is not a valid hex code for colors. Valid ones are like "
            "'#00FFAA' or '#000'.",
            error_id="color-picker-invalid-hex",
        )
    node = ColorPicker(str(label), help=help, disabled=disabled, label_visibility=label_visibility)
    call = WidgetCall(key=key, default=value, id_params=params, on_change=on_change, args=args,
                      kwargs=kwargs, value_given=value_given, label_visibility=label_visibility,
                      bind=bind, persist_state=persist_state)
    return str(register_widget(self, node, call))


# --------------------------------------------------------------------------- feedback


class Feedback(_Unlabelled, collection="feedback"):
    """Thumbs, faces or stars; ``value`` is the chosen index (from 0) or None."""

    type = "feedback"
    num_options: int = 2

    def check_value(self, v: Any) -> int | None:
        """An int from 0 to ``num_options - 1``, or None (cleared)."""
        if v is not None and not (_is_int(v) and 0 <= v < self.num_options):
            raise InteractionError(
                f"{self.describe()} accepts 0..{self.num_options - 1} or None, got {v!r}"
            )
        return v  # type: ignore[no-any-return]


@element
def feedback(
    self: DeltaGenerator,
    options: str = "thumbs",
    *,
    key: Any = None,
    default: int | None = None,
    disabled: bool = False,
    on_change: Any = "rerun",
    args: Any = None,
    kwargs: Any = None,
    width: Any = "content",
    bind: str | None = None,
    persist_state: str | None = None,
) -> int | None:
    """``st.feedback``: the chosen index (thumbs: 0 down, 1 up; faces/stars: 0..4) or None."""
    if options not in _FEEDBACK_OPTIONS:
        raise StreamlitValueError("options", ["'thumbs'", "'faces'", "'stars'"])
    count = _FEEDBACK_OPTIONS[options]
    if default is not None and not 0 <= default < count:
        raise StreamlitValueOutOfRangeError("default", default, 0, count - 1)
    check_on_change(on_change)
    node = Feedback(disabled=disabled, options=options, num_options=count)
    call = WidgetCall(key=key, default=default, on_change=on_change, args=args, kwargs=kwargs,
                      id_params={"options": options, "default": default, "width": width},
                      keyed_identity=frozenset({"options"}), value_given=default is not None,
                      bind=bind, persist_state=persist_state)
    value = register_widget(self, node, call)
    if value is not None and not (_is_int(value) and 0 <= value < count):
        value = default
        reset_value(call.key, value)
    return value  # type: ignore[no-any-return]


# --------------------------------------------------------------------------- pagination


class Pagination(_Unlabelled, collection="pagination"):
    """Page buttons; ``value`` is the current page, from 1 to ``num_pages``."""

    type = "pagination"
    num_pages: int = 1
    default: int = 1

    def check_value(self, v: Any) -> int:
        """A page number from 1 to ``num_pages``."""
        if not (_is_int(v) and 1 <= v <= self.num_pages):
            raise InteractionError(
                f"{self.describe()} accepts a page 1..{self.num_pages}, got {v!r}"
            )
        return v  # type: ignore[no-any-return]

    def select(self, page: int) -> Pagination:
        """Go to ``page`` (from 1), as a click on that page's button.

        Example:
            >>> at.pagination[0].select(3).run()  # doctest: +SKIP
        """
        return self.set_value(page)  # type: ignore[return-value]


def _check_pagination(num_pages: Any, default: Any, max_visible_pages: Any) -> None:
    if not _is_int(num_pages) or num_pages < 1:
        raise StreamlitAPIException(
            f"`num_pages` must be an integer of at least 1. Got {num_pages}.",
            error_id="pagination-invalid-num-pages",
        )
    if not _is_int(default):
        raise StreamlitInvalidParameterTypeError("default", type(default).__name__, ["int"])
    if not 1 <= default <= num_pages:
        raise StreamlitValueOutOfRangeError("default", default, 1, num_pages)
    if max_visible_pages is not None and not (_is_int(max_visible_pages) and max_visible_pages >= 0):
        raise StreamlitAPIException(
            "`max_visible_pages` must be a non-negative integer or None. "
            f"Got {max_visible_pages}.",
            error_id="pagination-invalid-max-visible-pages",
        )


@element
def pagination(
    self: DeltaGenerator,
    num_pages: int,
    *,
    default: int = 1,
    max_visible_pages: int | None = 7,
    width: Any = "content",
    key: Any = None,
    on_change: Any = "rerun",
    args: Any = None,
    kwargs: Any = None,
    disabled: bool = False,
    bind: str | None = None,
    persist_state: str | None = None,
) -> int:
    """``st.pagination``: the current page, from 1 to ``num_pages``."""
    check_on_change(on_change)
    _check_pagination(num_pages, default, max_visible_pages)
    node = Pagination(disabled=disabled, num_pages=num_pages, default=default,
                      max_visible_pages=max_visible_pages)
    params = {"num_pages": num_pages, "default": default,
              "max_visible_pages": max_visible_pages, "width": width}
    call = WidgetCall(key=key, default=default, id_params=params, on_change=on_change,
                      args=args, kwargs=kwargs, value_given=True, bind=bind,
                      persist_state=persist_state)
    value = register_widget(self, node, call)
    if not (_is_int(value) and 1 <= value <= num_pages):
        value = default
        reset_value(call.key, value)
    return value  # type: ignore[no-any-return]
