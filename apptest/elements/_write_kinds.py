"""Tests and writers of the ``st.write`` dispatch rows for display elements.

``apptest.elements._write.WRITERS`` lists ``(test, writer)`` rows in Streamlit's order;
this module holds the rows for data frames, SymPy, PIL images, ``StringIO``, streams,
help targets, replayed ``write_stream`` output, and the tests of chart objects. Optional
libraries are never imported to test a value: types are recognised by their qualified names.
"""

from __future__ import annotations

import dataclasses
import functools
import inspect
import io
import re
import types
from typing import Any

from apptest.elements._dg import DeltaGenerator
from apptest.elements._text import is_sympy_expression
from apptest.elements._write_stream import StreamingOutput, is_stream

#: library -> class names (anywhere in the type's MRO) that Streamlit shows as a data frame
_FRAME_CLASSES = {
    "pandas": frozenset({"DataFrame", "Series", "Index", "Styler", "ExtensionArray"}),
    "numpy": frozenset({"ndarray"}),
    "pyarrow": frozenset({"Table", "Array"}),
    "polars": frozenset({"DataFrame", "Series", "LazyFrame"}),
    "xarray": frozenset({"Dataset", "DataArray"}),
    **dict.fromkeys(("dask", "modin", "pyspark", "snowflake"),
                    frozenset({"DataFrame", "Series", "Index", "Table"})),
}

#: how Python shows an object with no ``__repr__`` of its own (``st.write`` then uses help)
MEM_ADDRESS = re.compile(r"^<[a-zA-Z_]+[a-zA-Z0-9<>._ ]* at 0x[0-9a-f]+>$")

HELP_TYPES = (types.BuiltinFunctionType, types.BuiltinMethodType, types.FunctionType,
              types.MethodType, types.ModuleType)


def _is_frame_class(obj: Any) -> bool:
    for cls in type(obj).__mro__:
        names = _FRAME_CLASSES.get(cls.__module__.split(".", 1)[0])
        if names is not None and cls.__name__ in names:
            return True
    return False


def _is_dbapi_cursor(obj: Any) -> bool:
    return all(hasattr(obj, a) for a in ("description", "fetchmany", "fetchall"))


def is_dataframe_like(obj: Any) -> bool:
    """Streamlit's ``is_dataframe_like``: frames, series, arrays, cursors, dicts of Series."""
    if obj is None or isinstance(obj, (tuple, set, str, bytes, int, float, bool, list)):
        return False
    if _is_frame_class(obj):
        return True
    if isinstance(obj, dict):
        first = next(iter(obj.values()), None)
        return any(c.__name__ == "Series" and c.__module__.startswith("pandas")
                   for c in type(first).__mro__)
    return _is_dbapi_cursor(obj)


def write_dataframe(dg: DeltaGenerator, arg: Any) -> None:
    """``st.dataframe(arg)``; a DB-API cursor's rows become records first."""
    if _is_dbapi_cursor(arg) and not hasattr(arg, "to_pandas"):
        columns = [d[0] for d in arg.description or []]
        arg = [dict(zip(columns, row, strict=False)) for row in arg.fetchall()]
    dg.dataframe(arg)  # type: ignore[attr-defined]


def has_repr_html(obj: Any) -> bool:
    """Streamlit's ``has_callable_attr(obj, "_repr_html_")`` (never true for a generator)."""
    return not isinstance(obj, DeltaGenerator) and callable(getattr(obj, "_repr_html_", None))


def has_to_pandas(obj: Any) -> bool:
    """Objects Streamlit converts to a DataFrame: ``to_pandas`` or ``__dataframe__``."""
    return not isinstance(obj, DeltaGenerator) and (
        callable(getattr(obj, "to_pandas", None)) or callable(getattr(obj, "__dataframe__", None)))


#: qualified type names of chart objects, by library (compiled on first use)
_FQN_PATTERNS = {
    "altair": r"^altair\.vegalite\.v\d+\.api\.\w*Chart$",
    "matplotlib": r"^matplotlib\.figure\.Figure$",
    "plotly": r"^plotly\.graph_objs\._figure\.Figure$",
    "graphviz": r"^graphviz\.(dot\.(Graph|Digraph)|graphs\.(Graph|Digraph)|sources\.Source)$",
    "pydeck": r"^pydeck\.bindings\.deck\.Deck$",
}


@functools.cache
def _fqn_pattern(library: str) -> re.Pattern[str]:
    return re.compile(_FQN_PATTERNS[library])


def is_chart_object(obj: Any, library: str) -> bool:
    """Streamlit's ``type_util`` checks, by module and class name (nothing is imported).

    Example:
        >>> is_chart_object("digraph {}", "graphviz")
        False
    """
    cls = type(obj)
    return _fqn_pattern(library).match(f"{cls.__module__}.{cls.__qualname__}") is not None


def _is_plotly_obj(obj: Any) -> bool:
    return type(obj).__module__.startswith("plotly.graph_objs")


def is_plotly_chart(obj: Any) -> bool:
    """Streamlit's ``is_plotly_chart``: a Figure, a list of traces or a figure dict of them."""
    if is_chart_object(obj, "plotly"):
        return True
    if isinstance(obj, list):
        return bool(obj) and all(_is_plotly_obj(v) for v in obj)
    if not isinstance(obj, dict) or not obj or any(
            k not in {"config", "data", "frames", "layout"} for k in obj):
        return False
    return any(_is_plotly_obj(v) or (isinstance(v, list) and is_plotly_chart(v))
               for v in obj.values())


def is_pil_image(obj: Any) -> bool:
    """Streamlit's ``is_pillow_image``: a type from the ``PIL`` package."""
    return type(obj).__module__.startswith("PIL.")


def is_help_target(obj: Any) -> bool:
    """Functions, methods, modules, dataclasses (and their instances) and classes."""
    return isinstance(obj, HELP_TYPES) or dataclasses.is_dataclass(obj) or inspect.isclass(obj)


def write_streaming_output(dg: DeltaGenerator, arg: StreamingOutput) -> None:
    """Replay what ``st.write_stream`` returned: call callables, write the rest."""
    for item in arg:
        if callable(item):
            item()
        else:
            dg.write(item)  # type: ignore[attr-defined]


#: (test, writer) rows of ``st.write`` for display elements, each placed in ``WRITERS``
#: at Streamlit's position; see ``apptest.elements._write``.
STREAMING_ROW = (lambda a: isinstance(a, StreamingOutput), write_streaming_output)
DATAFRAME_ROW = (is_dataframe_like, write_dataframe)
SYMPY_ROW = (is_sympy_expression, lambda dg, a: dg.latex(a))
PIL_ROW = (is_pil_image, lambda dg, a: dg.image(a))
STRINGIO_ROW = (lambda a: isinstance(a, io.StringIO), lambda dg, a: dg.markdown(a.getvalue()))
STREAM_ROW = (is_stream, lambda dg, a: dg.write_stream(a))
HELP_ROW = (is_help_target, lambda dg, a: dg.help(a))
TO_PANDAS_ROW = (has_to_pandas, write_dataframe)
