"""``st.data_editor``: a table a person can edit; returns the edited data in the input's type.

Its state (``st.session_state[key]``) is Streamlit's ``{"edited_rows": {row: {column:
value}}, "added_rows": [{column: value}], "deleted_rows": [row]}``; the key is read-only
for the app, while a test may assign it before a run (as with ``streamlit.testing.v1``)
or use the node's ``edit_cell``, ``add_row`` and ``delete_rows``. Plain Python data is
edited without pandas; pandas objects with pandas, as Streamlit does.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from typing import Any

from apptest.elements._dataframe import (
    Dataframe,
    check_callback,
    fingerprint,
    make_table,
    process_config_mapping,
)
from apptest.elements._dg import DeltaGenerator, element
from apptest.elements._table_states import empty_edits
from apptest.elements._tabular import EMPTY, INDEX, Table, apply_edits, is_frame_object, to_plain
from apptest.elements._widget import WidgetCall, register_widget
from apptest.errors import StreamlitAPIException, StreamlitDataframeConversionError

#: data kinds each editable column type can edit (Streamlit's ``_EDITING_COMPATIBILITY_MAPPING``)
_COMPATIBLE = {
    "text": {"string", "empty"},
    "number": {"integer", "float", "decimal", "string", "timedelta", "empty"},
    "checkbox": {"boolean", "string", "integer", "empty"},
    "selectbox": {"string", "boolean", "integer", "float", "empty"},
    "date": {"date", "datetime", "empty"},
    "time": {"time", "datetime", "empty"},
    "datetime": {"datetime", "date", "time", "empty"},
    "link": {"string", "empty"},
    "list": {"list", "string", "empty"},
    "multiselect": {"list", "string", "empty"},
}
_NUM_ROWS = {"fixed", "dynamic", "add", "delete"}


def _editor_table(data: Any) -> Table:
    if data is not None and not is_frame_object(data) and not isinstance(
        data, (list, tuple, set, frozenset, dict)
    ):
        raise StreamlitDataframeConversionError(
            f"The data type ({type(data).__name__}) or format is not supported by the data "
            "editor. Please convert your data into a Pandas Dataframe or another supported "
            "data format.")
    table = make_table(data, editor=True)
    duplicated = [c for i, c in enumerate(table.columns) if c in table.columns[:i]]
    if duplicated:
        raise StreamlitAPIException(
            "All column names are required to be unique for usage with data editor. "
            f"The following column names are duplicated: {duplicated}. "
            "Please rename the duplicated columns in the provided data.",
            error_id="data-editor-duplicate-column-names")
    if INDEX in table.columns:
        raise StreamlitAPIException(
            f"The column name '{INDEX}' is reserved for the index column and can't be used "
            "for data columns. Please rename the column in the provided data.",
            error_id="data-editor-reserved-index-column-name")
    return table


def _column_settings(table: Table, column_config: Any, disabled: Any) -> dict[Any, Any]:
    """The column config with the ``disabled`` columns, checked against the data kinds."""
    mapping = process_config_mapping(column_config)
    for column in table.locked:
        mapping.setdefault(column, {})["disabled"] = True
    if not isinstance(disabled, bool):
        for column in disabled:
            name = table.columns[column] if isinstance(column, int) else column
            mapping.setdefault(name, {})["disabled"] = True
    for column in [INDEX, *table.columns]:
        config = mapping.get(column) or {}
        kind = table.kinds.get(column, "empty")
        column_type = (config.get("type_config") or {}).get("type")
        if config.get("disabled") is True or column_type not in _COMPATIBLE:
            continue
        if kind not in _COMPATIBLE[column_type]:
            raise StreamlitAPIException(
                f"The configured column type `{column_type}` for column `{column}` is not "
                f"compatible for editing the underlying data type `{kind}`.\n\nYou have "
                "following options to fix this: 1) choose a compatible type 2) disable the "
                "column 3) convert the column into a compatible data type.",
                error_id="data-editor-incompatible-column-type")
    return mapping


def edited_data(table: Table, state: Any) -> Any:
    """The data with the editor's edits applied, in the input's type."""
    state = state if isinstance(state, dict) else {}
    if table.frame is not None:
        from apptest.elements._tabular_pandas import apply_frame_edits, frame_result

        return frame_result(table, apply_frame_edits(table, state))
    if table.fmt == EMPTY:
        try:
            import pandas as pd
        except ImportError:
            return None
        return pd.DataFrame()
    work = copy.copy(table)
    work.rows, work.index, work.floated = [list(r) for r in table.rows], list(table.index), set()
    apply_edits(work, state)
    return to_plain(work)


def _signature(table: Table, disabled: Any, mapping: dict[Any, Any]) -> str:
    locked = sorted(repr(c) for c, conf in mapping.items() if conf.get("disabled") is True)
    spec = "all" if disabled is True else sorted(map(repr, disabled)) if disabled else "none"
    kinds = sorted((repr(k), v) for k, v in table.kinds.items())
    return repr((table.fmt, table.source, table.columns, table.range_index, kinds,
                 len(table), spec, locked))


@element
def data_editor(
    self: DeltaGenerator,
    data: Any,
    *,
    width: Any = "stretch",
    height: Any = "auto",
    use_container_width: bool | None = None,
    hide_index: bool | None = None,
    column_order: Iterable[str] | None = None,
    column_config: Any = None,
    num_rows: str = "fixed",
    disabled: bool | Iterable[str | int] = False,
    key: Any = None,
    on_change: Any = "rerun",
    args: Any = None,
    kwargs: Any = None,
    row_height: int | None = None,
    placeholder: str | None = None,
    alt: str | None = None,
) -> Any:
    """``st.data_editor``: the edited data, of the same type as ``data``."""
    check_callback(on_change, "on_change", none_ok=True)
    table = _editor_table(data)
    disabled = disabled if isinstance(disabled, bool) else list(disabled)
    mapping = _column_settings(table, column_config, disabled)
    locked = frozenset(c for c, conf in mapping.items() if conf.get("disabled") is True)
    mode = num_rows if num_rows in _NUM_ROWS else "fixed"
    order = list(column_order) if column_order is not None else None
    node = Dataframe(table, editing_mode=mode, disabled=disabled is True, hide_index=hide_index,
                     column_order=order, column_config=mapping, _locked=locked)
    id_params = {"data": fingerprint(table), "width": width, "height": height,
                 "use_container_width": use_container_width, "column_order": order,
                 "column_config_mapping": str(mapping), "num_rows": num_rows,
                 "row_height": row_height, "placeholder": placeholder, "alt": alt}
    keyed: bool | frozenset[str] = False
    if key is not None and num_rows == "fixed":
        keyed = frozenset({"data_signature", "num_rows"})
        id_params["data_signature"] = _signature(table, disabled, mapping)
    call = WidgetCall(key=key, default=empty_edits(), id_params=id_params, keyed_identity=keyed,
                      on_change=on_change, args=args, kwargs=kwargs, writes_allowed=False,
                      kind="data_editor")
    return edited_data(table, register_widget(self, node, call))
