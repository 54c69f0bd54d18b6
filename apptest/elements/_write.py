"""``st.write``: dispatch each argument to the element Streamlit would use.

Strings (and anything shown as text) are buffered and joined with spaces into one
markdown element; other kinds flush the buffer and write their own element. The
dispatch is a table of ``(test, writer)`` pairs checked in order, so new kinds are
added by appending a row (issue by issue: data frames, charts, ...).
"""

from __future__ import annotations

import re
from collections import ChainMap, UserDict, UserList
from collections.abc import Callable, ItemsView, KeysView, ValuesView
from types import MappingProxyType
from typing import Any

from apptest.elements._dg import DeltaGenerator, element
from apptest.errors import StreamlitAPIException

_MEM_ADDRESS = re.compile(r"^<[a-zA-Z_]+[a-zA-Z0-9<>._ ]* at 0x[0-9a-f]+>$")

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
    (lambda a: isinstance(a, BaseException), lambda dg, a: dg.exception(a)),  # type: ignore[attr-defined]
    (lambda a: isinstance(a, DeltaGenerator), lambda dg, a: None),
    (_is_json_like, _write_json),
]


def _longest_run(text: str, char: str) -> int:
    longest = current = 0
    for c in text:
        current = current + 1 if c == char else 0
        longest = max(longest, current)
    return longest


def _as_text(arg: Any) -> str | None:
    """The markdown Streamlit buffers for a value shown as text (None: not text)."""
    shown = str(arg)
    if _MEM_ADDRESS.match(shown):
        return None
    if "\n" in shown:
        fence = "`" * max(3, _longest_run(shown, "`") + 1)
        return f"{fence}\n{shown}\n{fence}"
    fence = "`" * (_longest_run(shown, "`") + 1)
    return f"{fence}{shown}{fence}"


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
        for test, writer in WRITERS:
            if test(arg):
                flush()
                writer(self, arg)
                break
        else:
            shown = _as_text(arg)
            if shown is None:
                flush()
                self.text(repr(arg))  # type: ignore[attr-defined]
            else:
                buffer.append(shown)
    flush()
