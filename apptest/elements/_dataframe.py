"""``st.dataframe``, and the table node it shares with ``st.data_editor``.

The node is ``Dataframe`` (``.type`` ``"dataframe"``, in ``at.dataframe``; editors are
also in ``at.data_editor``), as in ``streamlit.testing.v1``. Its ``value`` is the data
the app gave, without edits: a pandas DataFrame when pandas can be imported, else the
plain data. A dataframe with ``on_select`` is a widget: it returns a ``DataframeState``
and a test selects rows, columns or cells; the selection modes limit what can be
selected, as in the browser.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from typing import Any

from apptest._digest import md5
from apptest.elements._dg import DeltaGenerator, element
from apptest.elements._table_edits import EditableTable
from apptest.elements._table_states import (
    CELL_MODES,
    COLUMN_MODES,
    ROW_MODES,
    DataframeSelectionState,
    DataframeState,
    empty_selection,
    normalize_selection_mode,
    validate_selection_state,
)
from apptest.elements._tabular import Table, plain_format, plain_table, to_plain
from apptest.elements._widget import WidgetCall, register_widget
from apptest.errors import (
    InteractionError,
    StreamlitIncompatibleParametersError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
)
from apptest.runtime._context import current_run
from apptest.tree._nodes import register_collection


class Dataframe(EditableTable, collection="dataframe"):
    """A table from ``st.dataframe`` or ``st.data_editor``; ``value`` is the data given."""

    type = "dataframe"
    label = None  # type: ignore[assignment]
    #: the selection modes of a dataframe with ``on_select`` (sorted), else empty
    selection_mode: list[str]
    hide_index: bool | None = None
    column_order: list[Any] | None = None

    def __init__(self, table: Table, **attrs: Any) -> None:
        self._table = table
        self.selection_mode = []
        self.column_config = {}
        self.__dict__.update(attrs)

    @property
    def value(self) -> Any:
        """The data the app gave (a DataFrame if pandas is installed), without edits."""
        try:
            from apptest.elements._tabular_pandas import plain_to_frame

            return plain_to_frame(self._table)
        except ImportError:
            return to_plain(copy.deepcopy(self._table))

    @property
    def columns(self) -> list[Any]:
        """The column names."""
        return list(self._table.columns)

    @property
    def selection(self) -> DataframeSelectionState | None:
        """The selection (staged or committed) of a dataframe with ``on_select``, else None."""
        if not self.selection_mode or self._session is None:
            return None
        return DataframeState(self._session.widget_value(self.id))["selection"]

    @property
    def edits(self) -> Any:
        """The editor's state (staged or committed): ``edited_rows``, ``added_rows``, ``deleted_rows``."""
        if self.editing_mode == "read_only" or self._session is None:
            return None
        return self._session.widget_value(self.id)

    def describe(self) -> str:
        """``Dataframe (key='k')`` or ``DataEditor (key='k')`` for messages."""
        name = "Dataframe" if self.editing_mode == "read_only" else "DataEditor"
        return f"{name} (key={self.key!r})"

    # ------------------------------------------------------------------ selections
    def select_rows(self, rows: Iterable[int]) -> Dataframe:
        """Select rows by position (replaces the row selection).

        Example:
            >>> at.dataframe(key="df").select_rows([0, 2]).run()  # doctest: +SKIP
        """
        return self._select("rows", list(rows))

    def select_columns(self, columns: Iterable[str]) -> Dataframe:
        """Select columns by name (replaces the column selection).

        Example:
            >>> at.dataframe(key="df").select_columns(["price"]).run()  # doctest: +SKIP
        """
        return self._select("columns", list(columns))

    def select_cells(self, cells: Iterable[tuple[int, str]]) -> Dataframe:
        """Select cells as ``(row position, column name)`` pairs (replaces the cell selection).

        Example:
            >>> at.dataframe(key="df").select_cells([(0, "price")]).run()  # doctest: +SKIP
        """
        return self._select("cells", [tuple(c) for c in cells])

    def clear_selection(self) -> Dataframe:
        """Deselect everything (``single-row-required`` keeps its one row).

        Example:
            >>> at.dataframe(key="df").clear_selection().run()  # doctest: +SKIP
        """
        self._selectable()
        required = "single-row-required" in self.selection_mode and len(self._table) > 0
        return self.set_value(empty_selection(required))

    def check_value(self, v: Any) -> Any:
        """A whole selection state, or (for an editor) a whole edit state."""
        if self.editing_mode != "read_only":
            return self._check_edit_state(v)
        self._selectable()
        if not isinstance(v, dict) or not isinstance(v.get("selection"), dict):
            raise InteractionError(f"{self.describe()} accepts {{'selection': {{...}}}}, got {v!r}")
        sel = v["selection"]
        parts = {"rows": ROW_MODES, "columns": COLUMN_MODES, "cells": CELL_MODES}
        checked = {p: self._check_part(p, list(sel.get(p) or []), m) for p, m in parts.items()}
        return DataframeState({"selection": DataframeSelectionState(checked)})

    def _selectable(self) -> None:
        if not self.selection_mode:
            raise InteractionError(
                f"{self.describe()} has no selections: selections need st.dataframe(..., "
                "on_select='rerun' or a callback)")

    def _select(self, part: str, values: list[Any]) -> Dataframe:
        self._selectable()
        current = self._session.widget_value(self.id) if self._session is not None else None
        sel = dict(DataframeState(current or empty_selection())["selection"])
        sel[part] = values
        return self.set_value({"selection": sel})

    def _check_part(self, part: str, values: list[Any], modes: frozenset[str]) -> list[Any]:
        allowed = set(self.selection_mode) & modes
        if values and not allowed:
            raise InteractionError(
                f"{self.describe()} cannot select {part} with selection_mode {self.selection_mode!r}")
        multi = any(m.startswith("multi") for m in allowed)
        if len(values) > 1 and not multi:
            raise InteractionError(
                f"{self.describe()} selects at most one of its {part} ({sorted(allowed)}), got {values!r}")
        if part == "rows" and "single-row-required" in allowed and not values and len(self._table):
            raise InteractionError(f"{self.describe()} requires one selected row (single-row-required)")
        check = {"rows": self._check_row, "columns": self._check_column_name,
                 "cells": self._check_cell_ref}[part]
        for v in values:
            check(v)
        if len(set(values)) != len(values):
            raise InteractionError(f"{self.describe()} can select each of its {part} once, got {values!r}")
        return values

    def _check_row(self, row: Any) -> None:
        n = len(self._table)
        if not isinstance(row, int) or isinstance(row, bool) or not 0 <= row < n:
            raise InteractionError(f"{self.describe()} has rows 0..{n - 1}, got {row!r}")

    def _check_column_name(self, name: Any) -> None:
        names = [str(c) for c in self._table.columns]
        if name not in names:
            raise InteractionError(f"{self.describe()} has columns {names!r}, got {name!r}")

    def _check_cell_ref(self, cell: Any) -> None:
        if not isinstance(cell, tuple) or len(cell) != 2:
            raise InteractionError(f"{self.describe()} selects cells as (row, column), got {cell!r}")
        self._check_row(cell[0])
        self._check_column_name(cell[1])


register_collection("data_editor", Dataframe, lambda n: n.editing_mode != "read_only")


# --------------------------------------------------------------------------- shared


def make_table(data: Any, *, editor: bool) -> Table:
    """The table of ``data``: plain Python data without pandas, anything else with it."""
    fmt = plain_format(data)
    if fmt is not None:
        table = plain_table(data, fmt)
        if editor:
            from apptest.elements._tabular import editor_columns

            editor_columns(table)
        return table
    from apptest.elements._tabular_pandas import frame_table

    return frame_table(data, editor=editor)


def fingerprint(table: Table) -> str:
    """A short hash of the table's contents (part of a widget's identity)."""
    body = table.frame.to_dict("split") if table.frame is not None else (table.index, table.rows)
    text = repr((table.columns, body))
    return md5(text.encode(), usedforsecurity=False).hexdigest()


def process_config_mapping(column_config: Any) -> dict[Any, Any]:
    """Streamlit's ``process_config_mapping``: None hides a column, a string is its label."""
    mapping: dict[Any, Any] = {}
    for column, config in (column_config or {}).items():
        if config is None:
            mapping[column] = {"hidden": True}
        elif isinstance(config, str):
            mapping[column] = {"label": config}
        elif isinstance(config, dict):
            mapping[column] = copy.deepcopy(config)
        else:
            raise StreamlitInvalidParameterTypeError(
                "column_config", type(config).__name__, ["None", "str", "dict"],
                detail=f"Invalid configuration for column `{column}`.")
    return mapping


def check_callback(value: Any, param: str, *, none_ok: bool) -> None:
    """Streamlit's ``validate_on_change_mode`` with the modes "rerun" and "ignore"."""
    if (value is None and none_ok) or callable(value) or value in ("rerun", "ignore"):
        return
    raise StreamlitValueError(param, ["'rerun'", "'ignore'", "a callback function"])


# --------------------------------------------------------------------------- st.dataframe


def _selection_value(value: Any, key: Any, table: Table, modes: set[str]) -> DataframeState:
    """The selection the script gets; one set through session state is checked first."""
    state = current_run().session.state
    if key is not None and (state.is_new_state_value(str(key)) or str(key) in state.old_state):
        names = [str(c) for c in table.columns]
        checked = validate_selection_state(value, len(table), names, modes)
        return DataframeState({"selection": DataframeSelectionState(checked["selection"])})
    return value if isinstance(value, DataframeState) else DataframeState(value)


@element
def dataframe(
    self: DeltaGenerator,
    data: Any = None,
    width: Any = "stretch",
    height: Any = "auto",
    *,
    use_container_width: bool | None = None,
    hide_index: bool | None = None,
    column_order: Iterable[str] | None = None,
    column_config: Any = None,
    key: Any = None,
    on_select: Any = "ignore",
    selection_mode: str | Iterable[str] = "multi-row",
    selection_default: Any = None,
    row_height: int | None = None,
    placeholder: str | None = None,
    lazy: bool | None = None,
    alt: str | None = None,
) -> Any:
    """``st.dataframe``: a ``DataframeState`` with ``on_select``, else a container handle."""
    check_callback(on_select, "on_select", none_ok=False)
    selectable = on_select != "ignore"
    if selection_default is not None and not selectable:
        raise StreamlitIncompatibleParametersError(
            "selection_default", "on_select='ignore'",
            explanation="Set `on_select` to `'rerun'` or a callback to use `selection_default`.")
    modes = normalize_selection_mode(selection_mode) if selectable else set()
    table = make_table(data, editor=False)
    order = list(column_order) if column_order is not None else None
    node = Dataframe(table, selection_mode=sorted(modes), hide_index=hide_index,
                     column_order=order, column_config=process_config_mapping(column_config))
    if not selectable:
        return self._add(node)
    names = [str(c) for c in table.columns]
    required = "single-row-required" in modes and len(table) > 0
    default = empty_selection(required)
    if selection_default is not None:
        checked = validate_selection_state(selection_default, len(table), names, modes)
        default = DataframeState({"selection": DataframeSelectionState(checked["selection"])})
    id_params = {"data": fingerprint(table), "width": width, "height": height,
                 "use_container_width": use_container_width, "column_order": order,
                 "column_config": node.column_config, "selection_mode": tuple(sorted(modes)),
                 "is_selection_activated": True, "selection_default": selection_default,
                 "row_height": row_height, "placeholder": placeholder, "alt": alt}
    call = WidgetCall(key=key, default=default, id_params=id_params, on_change=on_select,
                      keyed_identity=frozenset({"selection_mode", "is_selection_activated"}))
    value = register_widget(self, node, call)
    return _selection_value(value, key, table, modes)
