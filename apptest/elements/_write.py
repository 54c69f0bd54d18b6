"""``st.write``: dispatch each argument to the element Streamlit would use.

Strings (and anything shown as text) are buffered and joined with spaces into one
markdown element; other kinds flush the buffer and write their own element. The
dispatch is a table of ``(test, writer)`` pairs checked in order, so new kinds are
added by appending a row (issue by issue: data frames, charts, ...).
"""

from __future__ import annotations

import datetime
from collections import ChainMap, UserDict, UserList
from collections.abc import Callable, ItemsView, KeysView, ValuesView
from types import MappingProxyType
from typing import Any

from apptest.elements import _write_kinds as kinds
from apptest.elements._dg import DeltaGenerator, element
from apptest.elements._write_kinds import MEM_ADDRESS as _MEM_ADDRESS
from apptest.elements._write_kinds import has_repr_html, is_chart_object, is_plotly_chart
from apptest.errors import StreamlitAPIException

_JSON_TYPES = (
    dict,
    list,
    map,
    enumerate,
    MappingProxyType,
    UserDict,
    ChainMap,
    UserList,
    ItemsView,
    KeysView,
    ValuesView,
)


def _is_json_like(arg: Any) -> bool:
    from apptest._facade._session_state import SessionStateProxy

    return isinstance(arg, (*_JSON_TYPES, SessionStateProxy)) or (
        isinstance(arg, tuple) and hasattr(arg, "_fields")
    )


def _write_json(dg: DeltaGenerator, arg: Any) -> None:
    if isinstance(arg, (map, enumerate, ItemsView, KeysView, ValuesView)):
        arg = list(arg)
    elif isinstance(arg, tuple) and hasattr(arg, "_fields"):
        arg = arg._asdict()  # type: ignore[attr-defined]
    elif not isinstance(arg, (dict, list)) and hasattr(arg, "to_dict"):
        arg = arg.to_dict()
    elif isinstance(arg, (MappingProxyType, UserDict, ChainMap)):
        arg = dict(arg)
    elif isinstance(arg, UserList):
        arg = list(arg)
    dg.json(arg)  # type: ignore[attr-defined]


#: (test, writer) rows, checked in order; strings never reach this table.
WRITERS: list[tuple[Callable[[Any], bool], Callable[[DeltaGenerator, Any], None]]] = [
    kinds.STREAMING_ROW,
    (lambda a: isinstance(a, BaseException), lambda dg, a: dg.exception(a)),  # type: ignore[attr-defined]
    (lambda a: isinstance(a, DeltaGenerator), lambda dg, a: dg.help(a)),  # type: ignore[attr-defined]
    kinds.DATAFRAME_ROW,
    # charts: checked by module and class name, as Streamlit's type_util does
    (lambda a: is_chart_object(a, "altair"), lambda dg, a: dg.altair_chart(a)),  # type: ignore[attr-defined]
    (lambda a: is_chart_object(a, "matplotlib"), lambda dg, a: dg.pyplot(a)),  # type: ignore[attr-defined]
    (is_plotly_chart, lambda dg, a: dg.plotly_chart(a)),  # type: ignore[attr-defined]
    (lambda a: is_chart_object(a, "graphviz"), lambda dg, a: dg.graphviz_chart(a)),  # type: ignore[attr-defined]
    kinds.SYMPY_ROW,
    kinds.PIL_ROW,
    (_is_json_like, _write_json),
    (lambda a: is_chart_object(a, "pydeck"), lambda dg, a: dg.pydeck_chart(a)),  # type: ignore[attr-defined]
    kinds.STRINGIO_ROW,
    kinds.STREAM_ROW,
    kinds.HELP_ROW,
]
#: rows checked after the ``_repr_html_`` test (which only applies with ``unsafe_allow_html``)
LATE_WRITERS: list[tuple[Callable[[Any], bool], Callable[[DeltaGenerator, Any], None]]] = [
    kinds.TO_PANDAS_ROW,
]


def _longest_run(text: str, char: str) -> int:
    if char not in text:
        return 0
    longest = current = 0
    for c in text:
        current = current + 1 if c == char else 0
        longest = max(longest, current)
    return longest


def _as_text(arg: Any) -> str | None:
    """The markdown Streamlit buffers for a value shown as text (None: not text)."""
    shown = str(arg)
    if shown[:1] == "<" and _MEM_ADDRESS.match(shown):
        return None
    if "\n" in shown:
        fence = "`" * max(3, _longest_run(shown, "`") + 1)
        return f"{fence}\n{shown}\n{fence}"
    fence = "`" * (_longest_run(shown, "`") + 1)
    return f"{fence}{shown}{fence}"


#: exact types no row matches: shown as text without walking the table (the hot path)
_PLAIN_TYPES = frozenset({int, float, bool, type(None), complex, bytes, datetime.date,
                          datetime.time, datetime.datetime, datetime.timedelta})


def _dispatch(dg: DeltaGenerator, arg: Any, flush: Callable[[], None], unsafe: bool) -> bool:
    """Write ``arg`` with the first matching row; False if it is to be shown as text."""
    if type(arg) in _PLAIN_TYPES:
        return False
    for test, writer in WRITERS:
        if test(arg):
            flush()
            writer(dg, arg)
            return True
    if unsafe and has_repr_html(arg):  # Streamlit writes it before the buffered text
        dg.html(arg._repr_html_())  # type: ignore[attr-defined]
        return True
    for test, writer in LATE_WRITERS:
        if test(arg):
            flush()
            writer(dg, arg)
            return True
    return False


@element
def write(self: DeltaGenerator, *args: Any, unsafe_allow_html: bool = False) -> None:
    """``st.write``: write any number of values, each as the fitting element."""
    if len(args) == 1 and isinstance(args[0], str):
        self.markdown(args[0], unsafe_allow_html=unsafe_allow_html)  # type: ignore[attr-defined]
        return
    if not self._is_top_level and len(args) > 1:
        raise StreamlitAPIException(
            "Cannot replace a single element with multiple elements.\n\n"
            "The `write()` method only supports multiple elements when "
            "inserting elements rather than replacing. That is, only "
            "when called as `st.write()` or `st.sidebar.write()`."
        )
    buffer: list[str] = []

    def flush() -> None:
        if buffer:
            self.markdown(" ".join(buffer), unsafe_allow_html=unsafe_allow_html)  # type: ignore[attr-defined]
            buffer.clear()

    for arg in args:
        if isinstance(arg, str):
            buffer.append(arg)
            continue
        if not _dispatch(self, arg, flush, unsafe_allow_html):
            shown = _as_text(arg)
            if shown is None:
                flush()
                self.help(arg)  # type: ignore[attr-defined]
            else:
                buffer.append(shown)
    flush()
