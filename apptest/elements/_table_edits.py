"""Edits a person can make in ``st.data_editor``: change a cell, add rows, delete rows.

The table node of ``st.dataframe`` and ``st.data_editor`` inherits these interactions
from ``EditableTable``. Each one builds the editor's next state
(``{"edited_rows": ..., "added_rows": ..., "deleted_rows": ...}``, as the browser sends it)
and stages it; what a person could not do raises ``InteractionError``: editing a
disabled editor or column, adding or deleting rows that ``num_rows`` does not allow,
values of the wrong type or outside the column's ``column_config``.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any

from apptest.elements._table_states import DataEditorState
from apptest.elements._tabular import INDEX, Table
from apptest.errors import InteractionError
from apptest.tree._nodes import Widget

_ADDS = ("dynamic", "add")
_DELETES = ("dynamic", "delete")
_KIND_TYPES: dict[str, tuple[type, ...]] = {
    "integer": (int,), "float": (int, float), "boolean": (bool,), "string": (str,),
    "list": (list, tuple), "timedelta": (int, float),
    "date": (datetime.date, str), "datetime": (datetime.date, str), "time": (datetime.time, str),
}


def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _as_json(v: Any) -> Any:
    """A value as the browser sends it (dates and times as ISO text)."""
    if isinstance(v, (datetime.date, datetime.time)):
        return v.isoformat()
    return list(v) if isinstance(v, tuple) else v


class EditableTable(Widget):
    """A table node; with ``editing_mode`` other than ``"read_only"`` it can be edited."""

    editing_mode: str = "read_only"
    column_config: dict[Any, Any]
    _table: Table
    _locked: frozenset[Any] = frozenset()

    # ------------------------------------------------------------------ interactions
    def edit_cell(self, row: int, column: str, value: Any) -> EditableTable:
        """Type ``value`` into one cell (``row`` is a position, ``column`` a name).

        Positions count the rows the editor was given; rows added since follow them.

        Example:
            >>> at.data_editor[0].edit_cell(0, "price", 12).run()  # doctest: +SKIP
        """
        state = self._edits()
        value = self._check_cell(self._editable_column(column), value)
        n = len(self._table)
        if not isinstance(row, int) or isinstance(row, bool) or not 0 <= row < n + len(state["added_rows"]):
            raise InteractionError(
                f"{self.describe()} has rows 0..{n + len(state['added_rows']) - 1}, got {row!r}")
        if row >= n:
            state["added_rows"][row - n][column] = value
        elif row in state["deleted_rows"]:
            raise InteractionError(f"{self.describe()} row {row} was deleted")
        else:
            state["edited_rows"].setdefault(row, {})[column] = value
        return self._stage_edits(state)

    def add_row(self, values: Mapping[str, Any] | None = None) -> EditableTable:
        """Add a row at the end with the given cell values (``num_rows`` "dynamic" or "add").

        Example:
            >>> at.data_editor[0].add_row({"name": "Bo", "age": 3}).run()  # doctest: +SKIP
        """
        self._require_rows("add", _ADDS)
        state = self._edits()
        state["added_rows"].append(self._check_new_row(values or {}, state["added_rows"]))
        return self._stage_edits(state)

    def delete_rows(self, rows: Iterable[int]) -> EditableTable:
        """Delete rows by position (``num_rows`` "dynamic" or "delete").

        Example:
            >>> at.data_editor[0].delete_rows([0, 2]).run()  # doctest: +SKIP
        """
        self._require_rows("delete", _DELETES)
        state = self._edits()
        n, added = len(self._table), state["added_rows"]
        gone: list[int] = []
        for row in rows:
            if not isinstance(row, int) or isinstance(row, bool) or not 0 <= row < n + len(added):
                raise InteractionError(f"{self.describe()} has rows 0..{n + len(added) - 1}, got {row!r}")
            if row in state["deleted_rows"] or row in gone:
                raise InteractionError(f"{self.describe()} row {row} is already deleted")
            gone.append(row)
        state["deleted_rows"].extend(r for r in gone if r < n)
        state["added_rows"] = [r for i, r in enumerate(added) if n + i not in gone]
        return self._stage_edits(state)

    # ------------------------------------------------------------------ state
    def _edits(self) -> dict[str, Any]:
        """The editor's current state (staged, else committed) as plain, changeable data."""
        if self.editing_mode == "read_only":
            raise InteractionError(f"{self.describe()} is read-only; use st.data_editor to edit")
        state = self._session.widget_value(self.id) if self._session is not None else None
        state = state if isinstance(state, Mapping) else {}
        return {
            "edited_rows": {int(k): dict(v) for k, v in dict(state.get("edited_rows") or {}).items()},
            "added_rows": [dict(r) for r in state.get("added_rows") or []],
            "deleted_rows": list(state.get("deleted_rows") or []),
        }

    def _stage_edits(self, state: dict[str, Any]) -> EditableTable:
        self._stage(DataEditorState(state))
        return self

    def _check_edit_state(self, v: Any) -> DataEditorState:
        """A whole editor state given to ``set_value``: every part checked."""
        if not isinstance(v, Mapping) or not set(v) <= {"edited_rows", "added_rows", "deleted_rows"}:
            raise InteractionError(
                f"{self.describe()} accepts a dict of edited_rows, added_rows and deleted_rows, got {v!r}")
        for row, changes in dict(v.get("edited_rows") or {}).items():
            if not 0 <= int(row) < len(self._table):
                raise InteractionError(f"{self.describe()} has rows 0..{len(self._table) - 1}, got {row!r}")
            for column, value in changes.items():
                self._check_cell(self._editable_column(column), value)
        if v.get("added_rows"):
            self._require_rows("add", _ADDS)
        for row in v.get("added_rows") or []:
            self._check_new_row(row, [])
        if v.get("deleted_rows"):
            self._require_rows("delete", _DELETES)
        return DataEditorState({"edited_rows": dict(v.get("edited_rows") or {}),
                                "added_rows": list(v.get("added_rows") or []),
                                "deleted_rows": list(v.get("deleted_rows") or [])})

    # ------------------------------------------------------------------ checks
    def _require_rows(self, action: str, modes: tuple[str, ...]) -> None:
        if self.editing_mode not in modes:
            raise InteractionError(
                f"{self.describe()} cannot {action} rows with num_rows={self.editing_mode!r} "
                f"(allowed with {' or '.join(repr(m) for m in modes)})")

    def _editable_column(self, column: Any) -> Any:
        table = self._table
        if column == INDEX and not table.range_index:
            return column
        if column not in table.columns:
            raise InteractionError(f"{self.describe()} has columns {table.columns!r}, got {column!r}")
        if column in self._locked:
            raise InteractionError(f"{self.describe()} column {column!r} is disabled")
        return column

    def _check_cell(self, column: Any, value: Any) -> Any:
        config = self.column_config.get(column) or {}
        if value is None:
            if config.get("required"):
                raise InteractionError(f"{self.describe()} column {column!r} is required, got None")
            return None
        type_config = config.get("type_config") or {}
        check = _TYPE_CHECKS.get(str(type_config.get("type")))
        problem = check(value, type_config) if check else self._kind_problem(column, value)
        if problem:
            raise InteractionError(f"{self.describe()} column {column!r} accepts {problem}, got {value!r}")
        return _as_json(value)

    def _kind_problem(self, column: Any, value: Any) -> str | None:
        kind = self._table.kinds.get(column, "empty")
        types = _KIND_TYPES.get(kind)
        if types is None or (isinstance(value, types) and (kind == "boolean" or not isinstance(value, bool))):
            return None
        return f"{kind} values"

    def _check_new_row(self, values: Mapping[Any, Any], added: list[dict[str, Any]]) -> dict[str, Any]:
        if not isinstance(values, Mapping):
            raise InteractionError(f"{self.describe()} adds a row from a dict of cells, got {values!r}")
        row = {c: self._check_cell(self._editable_column(c), v) for c, v in values.items()}
        for column, config in self.column_config.items():
            if isinstance(config, dict) and config.get("required") and row.get(column) is None \
                    and column in [*self._table.columns, INDEX]:
                raise InteractionError(f"{self.describe()} column {column!r} is required")
        if not self._table.range_index:
            label = row.get(INDEX)
            if label is None or label in self._table.index or label in [r.get(INDEX) for r in added]:
                raise InteractionError(
                    f"{self.describe()} needs a new, unique '_index' value for an added row, got {label!r}")
        return row


def _check_number(value: Any, config: Mapping[str, Any]) -> str | None:
    lo, hi = config.get("min_value"), config.get("max_value")
    allowed = f"numbers in {lo if lo is not None else '-inf'}..{hi if hi is not None else 'inf'}"
    if not _is_number(value) or (lo is not None and value < lo) or (hi is not None and value > hi):
        return allowed
    return None


def _check_checkbox(value: Any, config: Mapping[str, Any]) -> str | None:
    return None if isinstance(value, bool) else "True or False"


def _check_selectbox(value: Any, config: Mapping[str, Any]) -> str | None:
    options = [o["value"] if isinstance(o, dict) else o for o in config.get("options") or []]
    return None if value in options else f"one of {options!r}"


def _check_text(value: Any, config: Mapping[str, Any]) -> str | None:
    limit = config.get("max_chars")
    if not isinstance(value, str):
        return "text"
    return f"text of at most {limit} characters" if limit and len(value) > limit else None


_TYPE_CHECKS = {"number": _check_number, "checkbox": _check_checkbox,
                "selectbox": _check_selectbox, "text": _check_text}
