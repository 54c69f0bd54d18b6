"""``st.table``: a static table.

The node is ``Table`` (``.type`` ``"table"``). As for ``st.dataframe``, its ``value`` is the
data the app gave as a pandas DataFrame when pandas can be imported, else the plain data
(lists and dicts are converted without pandas). ``border``, ``hide_index`` and
``hide_header`` are resolved as Streamlit resolves them.
"""

from __future__ import annotations

import copy
from typing import Any

from apptest.elements._dataframe import make_table
from apptest.elements._dg import DeltaGenerator, element
from apptest.elements._tabular import KEY_VALUE, ROWS, SET, TUPLE, VALUES, to_plain
from apptest.elements._tabular import Table as TableData
from apptest.errors import StreamlitValueError
from apptest.tree._nodes import Element

#: data formats whose header Streamlit hides unless told otherwise
_HEADERLESS = frozenset({KEY_VALUE, ROWS, VALUES, SET, TUPLE, "ndarray1", "ndarray2", "Index"})


class Table(Element, collection="table"):
    """``st.table``: ``value`` is the data given; ``border``, ``hide_index``, ``hide_header``."""

    type = "table"

    def __init__(self, table: TableData, **attrs: Any) -> None:
        self._table = table
        self.__dict__.update(attrs)

    @property
    def value(self) -> Any:
        """The data (a DataFrame if pandas is installed, else plain data)."""
        try:
            from apptest.elements._tabular_pandas import plain_to_frame

            return plain_to_frame(self._table)
        except ImportError:
            return to_plain(copy.deepcopy(self._table))

    @property
    def columns(self) -> list[Any]:
        """The column names."""
        return list(self._table.columns)


def _border(border: Any) -> str:
    if isinstance(border, bool):
        return "all" if border else "none"
    if border == "horizontal":
        return "horizontal"
    raise StreamlitValueError("border", ["True", "False", "'horizontal'"])


@element
def table(
    self: DeltaGenerator,
    data: Any = None,
    *,
    border: bool | str = True,
    width: Any = "stretch",
    height: Any = "content",
    hide_index: bool | None = None,
    hide_header: bool | None = None,
    alt: str | None = None,
) -> DeltaGenerator:
    """``st.table``: a static table of any data ``st.dataframe`` accepts."""
    mode = _border(border)
    table = make_table(data, editor=False)
    fmt = table.source or table.fmt
    node = Table(
        table,
        border=mode,
        hide_index=table.range_index if hide_index is None else hide_index,
        hide_header=fmt in _HEADERLESS if hide_header is None else hide_header,
        alt=alt,
    )
    return self._add(node)
