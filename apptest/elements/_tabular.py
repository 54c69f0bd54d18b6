"""Table data of ``st.dataframe`` and ``st.data_editor``, without pandas where possible.

Streamlit turns any data into a pandas DataFrame, applies the editor's edits to it and
converts the result back to the input's type (``dataframe_util``). Plain Python data
(lists, tuples, sets and dicts) takes the same path here with lists only, so apps that
never import pandas are tested without it; the quirks that show in the result are kept
(an integer column that gets a missing value turns into floats, a missing value in a
boolean column is refused, numbers typed into a text column become text).

pandas, numpy and the other data frame libraries are only imported for their own
objects (``_tabular_pandas``).
"""

from __future__ import annotations

import datetime
import math
import sys
from collections import ChainMap, UserDict
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from apptest.errors import StreamlitDataframeConversionError

#: the column name Streamlit uses for the index in edits and column configs
INDEX = "_index"

# Data formats (``streamlit.dataframe_util.DataFormat``) handled without pandas.
EMPTY, RECORDS, ROWS, VALUES, TUPLE, SET = "empty", "records", "rows", "values", "tuple", "set"
COLUMNS, COLUMN_INDEX, KEY_VALUE = "columns", "column_index", "key_value"
#: data handled by pandas (DataFrame, Series, numpy arrays, ...)
PANDAS = "pandas"

_FRAME_MODULES = frozenset({"pandas", "numpy", "pyarrow", "polars", "xarray", "dask", "modin"})
_SCALAR_KINDS = {
    bool: "boolean", int: "integer", float: "float", str: "string",
    datetime.datetime: "datetime", datetime.date: "date", datetime.time: "time",
    datetime.timedelta: "timedelta", list: "list", tuple: "list",
}


@dataclass
class Table:
    """Rows and columns of some data, with each column's kind (Streamlit's ``ColumnDataKind``)."""

    fmt: str
    columns: list[Any]
    index: list[Any]
    rows: list[list[Any]] = field(default_factory=list)
    kinds: dict[Any, str] = field(default_factory=dict)
    range_index: bool = True
    #: columns Streamlit cannot edit (turned to text)
    locked: set[Any] = field(default_factory=set)
    #: the pandas DataFrame, for pandas data
    frame: Any = None
    #: the original object's type, for pandas data (``"DataFrame"``, ``"Series"``, ...)
    source: str = ""
    #: integer columns that now hold a missing value (pandas turns them into floats)
    floated: set[int] = field(default_factory=set)

    def __len__(self) -> int:
        return len(self.index)


def is_frame_object(data: Any) -> bool:
    """True for objects of pandas, numpy and the other data frame libraries."""
    return type(data).__module__.split(".", 1)[0] in _FRAME_MODULES


def _is_missing(v: Any) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v))


def _is_container(v: Any) -> bool:
    return isinstance(v, (list, tuple, set, frozenset, dict)) or is_frame_object(v)


def plain_format(data: Any) -> str | None:
    """The data format of plain Python data, or None when pandas must handle it."""
    if data is None:
        return EMPTY
    if is_frame_object(data):
        return None
    if isinstance(data, (ChainMap, UserDict, MappingProxyType)):
        return KEY_VALUE
    if isinstance(data, (list, tuple, set, frozenset)):
        if not any(_is_container(v) for v in data):
            return TUPLE if isinstance(data, tuple) else SET if isinstance(data, (set, frozenset)) else VALUES
        first = next(iter(data))
        if isinstance(first, dict):
            return RECORDS
        return ROWS if isinstance(first, (list, tuple, set, frozenset)) else None
    if isinstance(data, Mapping):
        first = next(iter(data.values()), None)
        if isinstance(first, dict):
            return COLUMN_INDEX
        if isinstance(first, (list, tuple)):
            return COLUMNS
        return None if is_frame_object(first) else KEY_VALUE
    return None


def _records(data: list[dict[Any, Any]]) -> tuple[list[Any], list[list[Any]]]:
    columns: dict[Any, None] = {}
    for record in data:
        columns.update(dict.fromkeys(record))
    return list(columns), [[record.get(c) for c in columns] for record in data]


def _rows(data: Any) -> tuple[list[Any], list[list[Any]]]:
    rows = [list(r) for r in data]
    width = max((len(r) for r in rows), default=0)
    return list(range(width)), [r + [None] * (width - len(r)) for r in rows]


def _column_values(data: Mapping[Any, Any]) -> tuple[list[Any], list[list[Any]]]:
    columns = [list(v) for v in data.values()]
    if len({len(c) for c in columns}) > 1:
        raise StreamlitDataframeConversionError(
            f"\nUnable to convert object of type `{type(data)}` to `pandas.DataFrame`.\n"
            f"Offending object:\n```py\n{data}\n```"
        )
    return list(data), [list(r) for r in zip(*columns, strict=True)]


def _column_index(data: Mapping[Any, Mapping[Any, Any]]) -> tuple[list[Any], list[Any], list[list[Any]]]:
    labels: dict[Any, None] = {}
    for inner in data.values():
        labels.update(dict.fromkeys(inner))
    rows = [[data[c].get(label) for c in data] for label in labels]
    return list(data), list(labels), rows


def plain_table(data: Any, fmt: str) -> Table:
    """The table Streamlit's ``convert_anything_to_pandas_df`` makes of plain data."""
    index: list[Any] | None = None
    if fmt == EMPTY:
        columns: list[Any] = []
        rows: list[list[Any]] = []
    elif fmt in (VALUES, TUPLE, SET):
        values = list(data)
        columns, rows = ([0] if values else []), [[v] for v in values]
    elif fmt == RECORDS:
        columns, rows = _records(list(data))
    elif fmt == ROWS:
        columns, rows = _rows(data)
    elif fmt == COLUMNS:
        columns, rows = _column_values(data)
    elif fmt == COLUMN_INDEX:
        columns, index, rows = _column_index(data)
    else:
        data = dict(data)
        columns, index, rows = ([0] if data else []), list(data), [[v] for v in data.values()]
    if columns == [0]:
        columns = ["value"]
    table = Table(fmt, columns, index if index is not None else list(range(len(rows))), rows)
    table.range_index = index is None
    _settle_kinds(table)
    return table


def _scalar_kind(value: Any) -> str:
    kind = _SCALAR_KINDS.get(type(value))
    if kind is None:  # a Decimal exists only once decimal is imported: no need to import it
        decimal = sys.modules.get("decimal")
        is_decimal = decimal is not None and type(value) is decimal.Decimal
        kind = "decimal" if is_decimal else "object"
    return kind


def value_kind(values: list[Any]) -> str:
    """The kind of a column's values (``ColumnDataKind`` of Streamlit), ignoring missing ones."""
    kinds = {_scalar_kind(v) for v in values if not _is_missing(v)}
    if not kinds:
        return "empty"
    if kinds == {"integer", "float"}:
        return "float"
    return kinds.pop() if len(kinds) == 1 else "mixed"


def _settle_kinds(table: Table) -> None:
    """Kinds of the columns; missing values become None and make integers floats."""
    for c, name in enumerate(table.columns):
        values = [row[c] for row in table.rows]
        kind = value_kind(values)
        missing = any(_is_missing(v) for v in values)
        if (kind == "integer" and missing) or kind == "float":
            kind = "float"
            for row in table.rows:
                row[c] = None if _is_missing(row[c]) else float(row[c])
        table.kinds[name] = kind
    if table.range_index:
        table.kinds[INDEX] = "integer"
    else:
        table.kinds[INDEX] = value_kind(table.index)


def editor_columns(table: Table) -> None:
    """What ``st.data_editor`` does to the columns: names as text, odd columns as locked text."""
    if not all(isinstance(c, str) for c in table.columns):
        table.kinds = {str(k) if k != INDEX else k: v for k, v in table.kinds.items()}
        table.columns = [str(c) for c in table.columns]
    for c, name in enumerate(table.columns):
        if table.kinds[name] in ("mixed", "object"):
            table.kinds[name] = "string"
            table.locked.add(name)
            for row in table.rows:
                row[c] = None if row[c] is None else str(row[c])


# --------------------------------------------------------------------------- edits


def _as_datetime(value: Any) -> datetime.datetime | None:
    if isinstance(value, datetime.datetime):
        return value
    if isinstance(value, datetime.date):
        return datetime.datetime(value.year, value.month, value.day)
    if isinstance(value, str):
        return datetime.datetime.fromisoformat(value)
    return None


def _parse_temporal(value: Any, kind: str) -> Any:
    if kind == "time" and isinstance(value, datetime.time):
        return value
    if kind == "timedelta":
        if isinstance(value, (int, float)):
            if not math.isfinite(value):
                raise ValueError("Duration seconds must be finite.")
            return datetime.timedelta(seconds=value)
        return value
    moment = _as_datetime(value)
    if moment is None or kind == "datetime":
        return moment
    return moment.date() if kind == "date" else moment.time()


def parse_value(value: Any, kind: str) -> Any:
    """Streamlit's ``_parse_value``: an edited value in its column's kind (None if it fails)."""
    if value is None:
        return None
    listy = isinstance(value, (list, tuple, set))
    try:
        if kind == "list":
            return list(value) if listy else [value]
        if kind == "empty":
            return list(value) if listy else value
        if kind == "string":
            return str(value)
        if listy:
            raise TypeError("List values are only supported by list, string and empty columns.")
        if kind in ("integer", "float", "boolean"):
            return {"integer": int, "float": float, "boolean": bool}[kind](value)
        if kind == "decimal":
            from decimal import Decimal

            return Decimal(str(value))
        if kind in ("datetime", "date", "time", "timedelta"):
            return _parse_temporal(value, kind)
    except (ValueError, TypeError, OverflowError):
        return None
    return value


def _set_cell(table: Table, r: int, c: int, value: Any) -> None:
    kind = table.kinds[table.columns[c]]
    if value is None and kind == "boolean":
        return  # pandas refuses a missing value in a bool column: the edit is ignored
    if value is None and kind == "integer":
        table.floated.add(c)
    table.rows[r][c] = value


def _apply_cell_edits(table: Table, edited_rows: Mapping[Any, Mapping[Any, Any]]) -> None:
    for row_id, changes in edited_rows.items():
        r = int(row_id)
        for column, value in changes.items():
            if column == INDEX:
                table.index[r] = parse_value(value, table.kinds[INDEX])
                continue
            c = table.columns.index(column) if column in table.columns else _missing(column)
            _set_cell(table, r, c, parse_value(value, table.kinds[column]))


def _missing(column: Any) -> int:
    raise KeyError(column)


def _apply_deletions(table: Table, deleted: list[int]) -> None:
    labels = {table.index[p] for p in deleted}
    kept = [i for i, label in enumerate(table.index) if label not in labels]
    table.rows = [table.rows[i] for i in kept]
    table.index = [table.index[i] for i in kept]


def _next_label(table: Table) -> Any:
    if table.range_index or all(isinstance(v, int) and not isinstance(v, bool) for v in table.index):
        return max(table.index, default=-1) + 1
    return None


def _apply_additions(table: Table, added_rows: list[Mapping[Any, Any]]) -> None:
    for added in added_rows:
        row: list[Any] = [None] * len(table.columns)
        label = None
        for column, value in added.items():
            if column == INDEX:
                label = parse_value(value, table.kinds[INDEX])
                continue
            c = table.columns.index(column) if column in table.columns else _missing(column)
            row[c] = parse_value(value, table.kinds[column])
        if label is None or table.range_index:
            label = _next_label(table)
        elif label in table.index:
            continue  # Streamlit skips a row whose index value already exists
        if label is None:
            continue  # Streamlit cannot make an index value for this index
        table.floated.update(
            c for c, v in enumerate(row) if v is None and table.kinds[table.columns[c]] == "integer"
        )
        table.rows.append(row)
        table.index.append(label)


def apply_edits(table: Table, state: Mapping[str, Any]) -> None:
    """Streamlit's ``_apply_dataframe_edits`` on a plain table: edits, deletions, additions."""
    if state.get("edited_rows"):
        _apply_cell_edits(table, state["edited_rows"])
    if state.get("deleted_rows"):
        _apply_deletions(table, list(state["deleted_rows"]))
    if state.get("added_rows"):
        _apply_additions(table, list(state["added_rows"]))
    for c in table.floated:
        for row in table.rows:
            row[c] = None if row[c] is None else float(row[c])


# --------------------------------------------------------------------------- back


def _single_column(table: Table) -> list[Any]:
    if len(table.columns) > 1:
        raise StreamlitDataframeConversionError(
            f"DataFrame is expected to have a single column but has {len(table.columns)}."
        )
    return [row[0] for row in table.rows] if table.columns else []


def to_plain(table: Table) -> Any:
    """The table in its input's format (Streamlit's ``convert_pandas_df_to_data_format``)."""
    fmt, cols, rows = table.fmt, table.columns, table.rows
    if fmt == RECORDS:
        return [dict(zip(cols, row, strict=True)) for row in rows]
    if fmt == ROWS:
        return [list(row) for row in rows]
    if fmt in (VALUES, TUPLE, SET):
        values = _single_column(table)
        return tuple(values) if fmt == TUPLE else set(values) if fmt == SET else values
    if fmt == COLUMNS:
        return {c: [row[i] for row in rows] for i, c in enumerate(cols)}
    if fmt == COLUMN_INDEX:
        return {c: {label: row[i] for label, row in zip(table.index, rows, strict=True)}
                for i, c in enumerate(cols)}
    if fmt == EMPTY:
        return None
    if not cols or not rows:
        return {}
    return {label: row[0] for label, row in zip(table.index, rows, strict=True)}
