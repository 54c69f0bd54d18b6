"""The states of tables: dataframe selections and data editor edits, as Streamlit returns them.

``DataframeState`` (``{"selection": {"rows": [], "columns": [], "cells": []}}``) and
``DataEditorState`` (``{"edited_rows": {}, "added_rows": [], "deleted_rows": []}``) are
read-only dicts with attribute access, like Streamlit's ``ReadOnlyAttributeDictionary``.
The selection modes and the check of a selection set through session state follow
``streamlit.elements.arrow``.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from typing import Any

from apptest.errors import (
    StreamlitAPIException,
    StreamlitIncompatibleParametersError,
    StreamlitValueError,
)

SELECTION_MODES = frozenset({
    "single-row", "single-row-required", "multi-row", "single-column", "multi-column",
    "single-cell", "multi-cell",
})
ROW_MODES = frozenset({"single-row", "single-row-required", "multi-row"})
COLUMN_MODES = frozenset({"single-column", "multi-column"})
CELL_MODES = frozenset({"single-cell", "multi-cell"})

_READ_ONLY = (
    "Widget state is read-only because modifying nested values has no effect "
    "on the app. For widget states that support programmatic updates "
    "(e.g. st.dataframe selections), assign a new dictionary to the Session "
    "State key instead, for example:\n"
    "    st.session_state['my_key'] = {'selection': {'rows': [0]}}"
)


class ReadOnlyAttributeDictionary(dict[Any, Any]):
    """A dict that cannot be changed, with attribute access (nested dicts wrapped too)."""

    def __getitem__(self, key: Any) -> Any:
        item = super().__getitem__(key)
        return ReadOnlyAttributeDictionary(item) if isinstance(item, dict) else item

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError as err:
            raise AttributeError(f"'{type(self).__name__}' object has no attribute '{key}'") from err

    def _refuse(self, *args: Any, **kwargs: Any) -> Any:
        raise TypeError(_READ_ONLY)

    __setattr__ = __setitem__ = __delitem__ = __ior__ = _refuse  # type: ignore[assignment]
    clear = pop = popitem = setdefault = update = _refuse  # type: ignore[assignment]

    def __copy__(self) -> ReadOnlyAttributeDictionary:
        return type(self)(dict.copy(self))

    def __deepcopy__(self, memo: dict[int, Any]) -> ReadOnlyAttributeDictionary:
        return type(self)({copy.deepcopy(k, memo): copy.deepcopy(v, memo) for k, v in self.items()})

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (dict(self),))


class DataframeSelectionState(ReadOnlyAttributeDictionary):
    """``rows`` (positions), ``columns`` (names) and ``cells`` (``(row, column)`` tuples)."""


class DataframeState(ReadOnlyAttributeDictionary):
    """What ``st.dataframe`` returns with ``on_select``: ``{"selection": {...}}``."""

    def __getitem__(self, key: Any) -> Any:
        if key == "selection":
            item = dict.__getitem__(self, key)
            if not isinstance(item, DataframeSelectionState):
                item = DataframeSelectionState(item)
                dict.__setitem__(self, key, item)
            return item
        return super().__getitem__(key)


class DataEditorState(ReadOnlyAttributeDictionary):
    """The edits of a data editor: ``edited_rows``, ``added_rows``, ``deleted_rows``."""


def empty_selection(required_row: bool = False) -> DataframeState:
    """No selection (the first row in ``single-row-required`` mode)."""
    rows = [0] if required_row else []
    return DataframeState({"selection": DataframeSelectionState(
        {"rows": rows, "columns": [], "cells": []})})


def empty_edits() -> DataEditorState:
    """A data editor without edits."""
    return DataEditorState({"edited_rows": {}, "added_rows": [], "deleted_rows": []})


def normalize_selection_mode(selection_mode: str | Iterable[str]) -> set[str]:
    """Streamlit's ``_normalize_selection_mode``: a valid set of selection modes."""
    modes = {selection_mode} if isinstance(selection_mode, str) else set(selection_mode)
    if not modes <= SELECTION_MODES:
        raise StreamlitValueError("selection_mode", [f"'{m}'" for m in sorted(SELECTION_MODES)])
    rows = modes & ROW_MODES
    if len(rows) > 1:
        raise StreamlitIncompatibleParametersError(
            *[f"selection_mode='{m}'" for m in sorted(rows)],
            explanation="Only one row selection mode can be specified.",
        )
    for single, multi in (("single-column", "multi-column"), ("single-cell", "multi-cell")):
        if {single, multi} <= modes:
            raise StreamlitIncompatibleParametersError(
                f"selection_mode='{single}'", f"selection_mode='{multi}'"
            )
    return modes


def _distinct(values: Iterable[Any]) -> list[Any]:
    return list(dict.fromkeys(values))


def validate_selection_state(
    value: Any, num_rows: int, column_names: list[str], modes: set[str]
) -> dict[str, Any]:
    """Streamlit's ``_validate_selection_state``: invalid entries of a set selection dropped."""
    if not isinstance(value, dict) or not isinstance(value.get("selection"), dict):
        raise StreamlitAPIException(
            "Selection state must be a dictionary with a 'selection' key "
            "containing 'rows', 'columns', and 'cells' arrays.",
            error_id="dataframe-invalid-selection-state",
        )
    selection = value["selection"]
    names = set(column_names)
    rows: list[Any] = []
    raw = selection.get("rows")
    if isinstance(raw, list) and modes & ROW_MODES:
        rows = _distinct(r for r in raw if isinstance(r, int) and 0 <= r < num_rows)
        rows = rows if "multi-row" in modes else rows[:1]
    if "single-row-required" in modes and num_rows > 0 and not rows:
        rows = [0]
    columns: list[Any] = []
    raw = selection.get("columns")
    if isinstance(raw, list) and modes & COLUMN_MODES:
        columns = _distinct(c for c in raw if isinstance(c, str) and c in names)
        columns = columns if "multi-column" in modes else columns[:1]
    cells: list[Any] = []
    raw = selection.get("cells")
    if isinstance(raw, list) and "single-cell" in modes:
        cells = _distinct(
            (c[0], c[1]) for c in raw
            if isinstance(c, (list, tuple)) and len(c) == 2 and isinstance(c[0], int)
            and 0 <= c[0] < num_rows and isinstance(c[1], str) and c[1] in names
        )[:1]
    return {"selection": {"rows": rows, "columns": columns, "cells": cells}}
