"""The pandas side of table data: DataFrames, Series, numpy arrays and other frame objects.

pandas is imported inside the functions, so only apps (and tests) that use such objects,
or read a table's ``value`` as a DataFrame, pay for it. The edit logic follows
Streamlit's ``_apply_dataframe_edits``.
"""

from __future__ import annotations

import warnings
from typing import Any

from apptest.elements._tabular import INDEX, PANDAS, Table, parse_value, value_kind
from apptest.errors import StreamlitDataframeConversionError

_DTYPE_KINDS = {
    "integer": "integer", "floating": "float", "mixed-integer-float": "float",
    "boolean": "boolean", "string": "string", "empty": "empty", "decimal": "decimal",
    "datetime64": "datetime", "datetime": "datetime", "date": "date", "time": "time",
    "timedelta64": "timedelta", "timedelta": "timedelta",
}


def _conversion_error(data: Any) -> StreamlitDataframeConversionError:
    return StreamlitDataframeConversionError(
        f"\nUnable to convert object of type `{type(data)}` to `pandas.DataFrame`.\n"
        f"Offending object:\n```py\n{data}\n```"
    )


def _fix_column_naming(df: Any) -> Any:
    if len(df.columns) == 1 and df.columns[0] == 0:
        return df.rename(columns={0: "value"})
    return df


def to_frame_copy(data: Any) -> Any:
    """Streamlit's ``convert_anything_to_pandas_df(data, ensure_copy=True)``."""
    try:
        import pandas as pd
    except ImportError:
        raise _conversion_error(data) from None
    if isinstance(data, pd.DataFrame):
        return data.copy()
    if isinstance(data, (pd.Series, pd.Index, pd.api.extensions.ExtensionArray)):
        return pd.DataFrame(data)
    if type(data).__name__ == "Styler" and hasattr(data, "data"):
        return data.data.copy()
    if type(data).__name__ == "ndarray":
        return pd.DataFrame([]) if len(data.shape) == 0 else _fix_column_naming(pd.DataFrame(data))
    if callable(getattr(data, "to_pandas", None)):
        return pd.DataFrame(data.to_pandas())
    try:
        return _fix_column_naming(pd.DataFrame(data))
    except (ValueError, TypeError):
        if isinstance(data, dict):
            return _fix_column_naming(pd.DataFrame.from_dict(data, orient="index"))
        raise _conversion_error(data) from None


def _source(data: Any) -> str:
    name = type(data).__name__
    if name == "ndarray":
        return "ndarray1" if len(data.shape) == 1 else "ndarray2"
    if name in ("Series", "DataFrame", "Styler", "Index"):
        return name
    if isinstance(data, dict):
        return "series_mapping"
    return "DataFrame"


def _kind(series: Any) -> str:
    import pandas as pd

    inferred = pd.api.types.infer_dtype(series, skipna=True)
    return _DTYPE_KINDS.get(inferred) or value_kind(list(series))


def frame_table(data: Any, *, editor: bool) -> Table:
    """A table over a copy of ``data`` as a DataFrame (column names as text for the editor)."""
    import pandas as pd

    df = to_frame_copy(data)
    if editor:
        if isinstance(df.columns, pd.MultiIndex):
            df.columns = ["_".join(map(str, h)) for h in df.columns.to_flat_index()]
        elif not all(isinstance(c, str) for c in df.columns):
            df.columns = pd.Index([str(c) for c in df.columns], name=df.columns.name)
    kinds = {name: _kind(df[name]) for name in df.columns}
    kinds[INDEX] = _kind(df.index)
    table = Table(PANDAS, list(df.columns), df.index.tolist(), kinds=kinds, frame=df)
    table.range_index = isinstance(df.index, pd.RangeIndex)
    table.source = _source(data)
    return table


def plain_to_frame(table: Table) -> Any:
    """A plain table as the DataFrame Streamlit would have made of it."""
    import pandas as pd

    if table.frame is not None:
        return table.frame.copy()
    index = None if table.range_index else table.index
    return pd.DataFrame(table.rows, columns=table.columns, index=index)


def _assign_row(df: Any, label: Any, row: list[Any]) -> bool:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", FutureWarning)
            df.loc[label] = dict(zip(df.columns, row, strict=True))
    except (TypeError, ValueError, OverflowError):
        return False
    return True


def _edit_cells(df: Any, table: Table, edited_rows: Any) -> None:
    for row_id, changes in edited_rows.items():
        r = int(row_id)
        for column, value in changes.items():
            try:
                parsed = parse_value(value, table.kinds[column])
                if column == INDEX:
                    df.index = df.index.delete(r).insert(r, parsed)
                else:
                    df.iat[r, df.columns.get_loc(column)] = parsed
            except (TypeError, ValueError, OverflowError):
                pass  # Streamlit logs and ignores an edit pandas rejects


def _label_counter(df: Any) -> tuple[str, Any, Any]:
    import pandas as pd

    if isinstance(df.index, pd.RangeIndex):
        return "range", df.index.stop, df.index.step
    if pd.api.types.is_integer_dtype(df.index.dtype):
        return "integer", 0 if df.index.empty else df.index.max() + 1, 1
    return "other", None, None


def _add_rows(df: Any, table: Table, added_rows: list[Any]) -> None:
    index_type, stop, step = _label_counter(df)
    for added in added_rows:
        label, row = None, [None] * df.shape[1]
        for column, value in added.items():
            if column == INDEX:
                label = parse_value(value, table.kinds[INDEX])
            else:
                row[df.columns.get_loc(column)] = parse_value(value, table.kinds[column])
        if label is not None and index_type != "range":
            if label not in df.index:
                _assign_row(df, label, row)
        elif stop is not None and _assign_row(df, stop, row):
            stop += step


def apply_frame_edits(table: Table, state: Any) -> Any:
    """The edited copy of the table's DataFrame."""
    df = table.frame.copy()
    if state.get("edited_rows"):
        _edit_cells(df, table, state["edited_rows"])
    if state.get("deleted_rows"):
        df = df.drop(df.index[list(state["deleted_rows"])])
    if state.get("added_rows"):
        _add_rows(df, table, list(state["added_rows"]))
    return df


def frame_result(table: Table, df: Any) -> Any:
    """The edited DataFrame in the input's type (Series, numpy array, ...)."""
    source = table.source
    if source in ("Series", "ndarray1") and len(df.columns) != 1:
        raise StreamlitDataframeConversionError(
            f"DataFrame is expected to have a single column but has {len(df.columns)}."
        )
    if source == "Series":
        return df.iloc[:, 0]
    if source in ("ndarray1", "ndarray2"):
        import numpy as np

        if df.empty:
            return np.ndarray(0)
        return df.iloc[:, 0].to_numpy() if source == "ndarray1" else df.to_numpy()
    if source == "series_mapping":
        return df.to_dict(orient="series")
    return df
