"""Layout containers without state: container, columns, grid, empty, chat_message, bottom.

The tree has the shape real ``streamlit.testing.v1`` shows: ``st.container`` and the row of
``st.columns`` are ``flex_container`` blocks (the row holds one ``column`` block per
column), ``st.grid`` is a ``grid_container`` block whose ``cell()`` blocks are
``flex_container`` blocks too, an ``st.empty`` never filled is an ``empty`` element, and
``st.bottom`` writes to the root bottom area. Streamlit 1.67 puts no limit on nesting
columns (columns in columns in the sidebar are allowed), so neither does apptest.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from numbers import Integral
from typing import Any

from apptest.elements._dg import DeltaGenerator, element
from apptest.elements._layout_params import (
    HORIZONTAL_ALIGNMENTS,
    VERTICAL_ALIGNMENTS,
    check_bool,
    check_choice,
    check_height,
    check_layout_width,
    check_uint32,
    check_wrap,
    gap_value,
    is_int,
    register_block_key,
)
from apptest.elements._options import _is_icon
from apptest.errors import (
    StreamlitAPIException,
    StreamlitIncompatibleParametersError,
    StreamlitInvalidColumnSpecError,
    StreamlitInvalidLayoutContextError,
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
    StreamlitValueOutOfRangeError,
)
from apptest.runtime._context import ScriptRun
from apptest.tree._nodes import Block, Element, Node

_GRID_COLUMNS_MAX = 24


class Container(Block, collection="container"):
    """``st.container`` (``at.container``, ``at.container(key=...)``)."""

    type = "flex_container"

    def __init__(self, key: Any, **attrs: Any) -> None:
        super().__init__(key=key)
        self.__dict__.update(attrs)


class ColumnsRow(Block):
    """The row ``st.columns`` puts its columns in (not listed by ``at.container``)."""

    type = "flex_container"


class Column(Block, collection="columns"):
    """One column of ``st.columns``: ``weight`` is its share of the row's width.

    ``gap`` is the gap's name, None for no gap or a gap in pixels (as AppTest shows it).
    """

    type = "column"

    def __init__(self, weight: float, gap: Any, vertical_alignment: str, border: bool) -> None:
        super().__init__()
        self.weight = weight
        self.gap = gap if isinstance(gap, str) else None
        self.vertical_alignment = vertical_alignment
        self.border = border


class Grid(Block, collection="grid"):
    """``st.grid`` (``grid_container``); its ``cell()`` blocks are ``GridCell``."""

    type = "grid_container"

    def __init__(self, key: Any, **attrs: Any) -> None:
        super().__init__(key=key)
        self.__dict__.update(attrs)


class GridCell(Block):
    """A ``grid.cell()``: a flex container spanning ``column_span`` x ``row_span`` tracks."""

    type = "flex_container"

    def __init__(self, column_span: int | str, row_span: int) -> None:
        super().__init__()
        self.column_span = column_span
        self.row_span = row_span


class Empty(Element):
    """An ``st.empty()`` placeholder nothing was written to (``at.get("empty")``)."""

    type = "empty"


class ChatMessage(Block, collection="chat_message"):
    """``st.chat_message``: ``name`` and ``avatar`` as AppTest shows them."""

    type = "chat_message"

    def __init__(self, name: str, avatar: str) -> None:
        super().__init__()
        self.name = name
        self.avatar = avatar


# --------------------------------------------------------------------------- container


@element
def container(
    self: DeltaGenerator,
    *,
    border: bool | None = None,
    key: Any = None,
    width: Any = "stretch",
    height: Any = "content",
    horizontal: bool = False,
    wrap: bool = True,
    horizontal_alignment: str = "left",
    vertical_alignment: str = "top",
    gap: Any = "small",
    autoscroll: bool | None = None,
) -> DeltaGenerator:
    """``st.container``: a block of elements; keyed ones are found by ``at.container(key=)``."""
    gap = gap_value(gap)
    check_choice("horizontal_alignment", horizontal_alignment, HORIZONTAL_ALIGNMENTS)
    check_choice("vertical_alignment", vertical_alignment, VERTICAL_ALIGNMENTS)
    if wrap is False and not horizontal:
        raise StreamlitIncompatibleParametersError(
            "wrap=False",
            "horizontal=False",
            explanation="A vertical container has no horizontal row of elements to keep in a "
            "single, scrolling row. Set `horizontal=True` to use `wrap=False`, or remove the "
            "`wrap` argument.",
        )
    check_layout_width(width, allow_content=True)
    check_height(height)
    if border is None:
        border = isinstance(height, int)
    node = Container(
        register_block_key("container", self, key), border=bool(border), width=width,
        height=height, horizontal=horizontal, gap=gap,
    )
    return self._add_block(node)


# --------------------------------------------------------------------------- columns


def _weights(spec: Any) -> Sequence[Any]:
    weights = (1,) * int(spec) if isinstance(spec, Integral) else spec
    try:
        invalid = len(weights) == 0 or any(w <= 0 for w in weights)
    except TypeError as exc:
        raise StreamlitInvalidParameterTypeError(
            "spec", type(spec).__name__, ["int", "sequence of numbers"]
        ) from exc
    if invalid:
        raise StreamlitInvalidColumnSpecError()
    return weights


@element
def columns(
    self: DeltaGenerator,
    spec: Any,
    *,
    gap: Any = "small",
    vertical_alignment: str = "top",
    border: bool = False,
    width: Any = "stretch",
    wrap: bool = True,
) -> list[DeltaGenerator]:
    """``st.columns``: side-by-side columns; ``spec`` is a count or a list of weights."""
    weights = _weights(spec)
    check_wrap(wrap)
    check_choice("vertical_alignment", vertical_alignment, ("top", "center", "bottom"))
    gap = gap_value(gap)
    check_layout_width(width, allow_content=False)
    row = self._add_block(ColumnsRow())
    total = sum(weights)
    return [
        row._add_block(Column(w / total, gap, vertical_alignment, border)) for w in weights
    ]


# --------------------------------------------------------------------------- grid


def _positive_or(parameter: str, value: Any, word: str) -> Any:
    """``"auto"``/``"content"`` (``word``) or a positive int, with Streamlit's errors."""
    if isinstance(value, str) and value == word:
        return value
    if isinstance(value, str):
        raise StreamlitValueError(
            parameter, [f'"{word}"', "a positive integer"], detail=f"Got {value!r}."
        )
    if not is_int(value):
        raise StreamlitInvalidParameterTypeError(
            parameter, type(value).__name__, ["int", f'"{word}"']
        )
    if value < 1:
        raise StreamlitValueError(
            parameter, [f'"{word}"', "a positive integer"], detail=f"Got {value!r}."
        )
    check_uint32(parameter, value)
    return value


def _grid_columns(columns: Any, wrap: bool) -> Any:
    if isinstance(columns, str) and columns != "auto":
        raise StreamlitValueError(
            "columns", ['"auto"', "an integer from 1 to 24"], detail=f"Got {columns!r}."
        )
    if not isinstance(columns, str):
        if not is_int(columns):
            raise StreamlitInvalidParameterTypeError(
                "columns", type(columns).__name__, ["int", '"auto"']
            )
        if not 1 <= columns <= _GRID_COLUMNS_MAX:
            raise StreamlitValueOutOfRangeError("columns", columns, 1, _GRID_COLUMNS_MAX)
    if columns == "auto" and wrap is False:
        raise StreamlitIncompatibleParametersError(
            'columns="auto"',
            "wrap=False",
            explanation="`wrap=False` requires an explicit column count. Pass an integer, "
            "such as `st.grid(3, wrap=False)`.",
        )
    return columns


def _grid_gap(gap: Any) -> Any:
    if not isinstance(gap, (tuple, list)):
        return gap_value(gap)
    if len(gap) != 2:
        raise StreamlitValueError(
            "gap",
            ["a gap size", "a 2-tuple or 2-list of (row_gap, column_gap)"],
            detail=f"Got a sequence with {len(gap)} elements.",
        )
    row = gap_value(gap[0], detail=f"Got {gap[0]!r} for the row gap in `gap`.")
    col = gap_value(gap[1], detail=f"Got {gap[1]!r} for the column gap in `gap`.")
    return row if row == col else (row, col)


class GridContainer(DeltaGenerator):
    """What ``st.grid`` returns: write to it directly, or group elements with ``cell()``."""

    __slots__ = ("_declared_columns",)

    def __init__(self, block: Grid, declared_columns: int | str) -> None:
        super().__init__(block=block)
        self._declared_columns = declared_columns

    def cell(self, *, column_span: int | str = 1, row_span: int = 1) -> DeltaGenerator:
        """The next grid cell, spanning ``column_span`` columns (or ``"all"``) and ``row_span`` rows."""
        if column_span != "all":
            column_span = _positive_or("column_span", column_span, "all")
            declared = self._declared_columns
            if isinstance(column_span, int) and isinstance(declared, int) and column_span > declared:
                raise StreamlitValueOutOfRangeError("column_span", column_span, 1, declared)
        if not is_int(row_span):
            raise StreamlitInvalidParameterTypeError("row_span", type(row_span).__name__, ["int"])
        if row_span < 1:
            raise StreamlitValueError("row_span", ["a positive integer"], detail=f"Got {row_span!r}.")
        check_uint32("row_span", row_span)
        return self._add_block(GridCell(column_span, row_span))


@element
def grid(
    self: DeltaGenerator,
    columns: Any = "auto",
    *,
    min_column_width: Any = "auto",
    wrap: bool = True,
    gap: Any = "small",
    vertical_alignment: str = "top",
    border: bool = False,
    row_height: Any = "content",
    width: Any = "stretch",
    height: Any = "content",
    key: Any = None,
    dense: bool = False,
) -> GridContainer:
    """``st.grid``: a responsive grid; direct children and ``cell()`` blocks are its cells."""
    check_wrap(wrap)
    check_bool("border", border)
    check_bool("dense", dense)
    columns = _grid_columns(columns, wrap)
    min_column_width = _positive_or("min_column_width", min_column_width, "auto")
    gap = _grid_gap(gap)
    check_choice("vertical_alignment", vertical_alignment, ("top", "center", "bottom"))
    row_height = _positive_or("row_height", row_height, "content")
    check_layout_width(width, allow_content=False)
    check_height(height)
    node = Grid(
        register_block_key("grid", self, key), column_count=columns, wrap=wrap, border=border,
        row_height=row_height, min_column_width=min_column_width, gap=gap,
        vertical_alignment=vertical_alignment, dense=dense, width=width, height=height,
    )
    self._add_block(node)
    return GridContainer(node, columns)


# --------------------------------------------------------------------------- empty


@element
def empty(self: DeltaGenerator) -> DeltaGenerator:
    """``st.empty``: a one-element placeholder; each write to it replaces the last."""
    return self._add(Empty())


# --------------------------------------------------------------------------- chat_message

_PRESET_AVATARS = {"user": "user", "human": "user", "assistant": "assistant", "ai": "assistant"}


def _avatar(avatar: Any) -> str:
    """The avatar AppTest shows: a preset icon name, an emoji or icon, or an image URL.

    An image given as a URL or an existing file path is shown as given (Streamlit shows
    a media URL for files); other image objects are shown as ``<TypeName>``.
    """
    if avatar is None:
        return ""
    if not isinstance(avatar, str):
        return f"<{type(avatar).__name__}>"
    if avatar in _PRESET_AVATARS:
        return _PRESET_AVATARS[avatar]
    if _is_icon(avatar) or avatar.startswith(("http://", "https://", "data:")):
        return avatar
    if os.path.isfile(avatar):
        return avatar
    raise StreamlitAPIException(
        "Failed to load the provided avatar value as an image.",
        error_id="chat-failed-loading-avatar-image",
    )


@element
def chat_message(
    self: DeltaGenerator, name: str, *, avatar: Any = None, width: Any = "stretch"
) -> DeltaGenerator:
    """``st.chat_message``: a message container; preset names and emoji set the avatar."""
    if name is None:
        raise StreamlitMissingRequiredParameterError("name")
    if avatar is None and (name.lower() in _PRESET_AVATARS or (_is_icon(name) and name[0] != ":")):
        avatar = name.lower()
    shown = _avatar(avatar)
    check_layout_width(width, allow_content=True)
    return self._add_block(ChatMessage(name, shown))


# --------------------------------------------------------------------------- bottom


def _ancestor_types(block: Node | None) -> set[str]:
    types = set()
    while block is not None:
        types.add(block.type)
        block = block.parent
    return types


class BottomContainer(DeltaGenerator):
    """``st.bottom``: the area pinned below the main area, only usable from the main area."""

    __slots__ = ()

    def __init__(self) -> None:
        super().__init__(root="bottom")

    def _target(self, run: ScriptRun) -> Block:
        where = run.stack[-1]
        place = None
        if where.root_name == "sidebar":
            place = "`st.sidebar`"
        elif "dialog" in _ancestor_types(where):
            place = "a dialog"
        elif where.root_name == "event":
            place = "event containers"
        if place is not None:
            raise StreamlitInvalidLayoutContextError(
                f"`st.bottom` cannot be used inside {place}. "
                "The bottom container is only available in the main app area."
            )
        return super()._target(run)

    def __repr__(self) -> str:
        return "DeltaGenerator(root='bottom')"


bottom = BottomContainer()
