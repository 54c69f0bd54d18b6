"""Hashing the arguments of a cached function into a cache key, as Streamlit does.

A port of ``streamlit/runtime/caching/hashing.py``: the same types hash the same way
(two arguments share a cache entry exactly when they would in Streamlit), cycles are
broken, ``hash_funcs`` (keyed by type or fully-qualified name) come first, and anything
else is hashed through its ``__reduce__``. An object that cannot be reduced raises
``UnhashableTypeError``, which the caller turns into Streamlit's ``UnhashableParamError``.
Nothing is imported from pandas, numpy or PIL: their objects are recognised by type name.
"""

from __future__ import annotations

import collections.abc
import dataclasses
import datetime
import enum
import functools
import inspect
import io
import os
import re
import struct
import sys
from collections.abc import Callable
from types import MappingProxyType
from typing import Any

from apptest._digest import md5
from apptest.errors import UserHashError

HashFuncs = dict[Any, Callable[[Any], Any]]

_CYCLE = b"apptest-cycle-placeholder"
_PANDAS_ROWS_LARGE, _PANDAS_SAMPLE_SIZE = 50_000, 10_000
_NP_SIZE_LARGE, _NP_SAMPLE_SIZE = 500_000, 100_000


class UnhashableTypeError(Exception):
    """An object the hasher cannot turn into bytes (internal; see ``UnhashableParamError``)."""


def fqn(cls: type) -> str:
    """``module.QualName`` of a type, the key form of ``hash_funcs``."""
    return f"{cls.__module__}.{cls.__qualname__}"


def _type_is(obj: Any, *names: str) -> bool:
    return fqn(type(obj)) in names


class Hasher:
    """Turns values into bytes for one cache key (one per call: it memoizes and tracks cycles).

    Example:
        >>> Hasher("cache_data").digest([1, "a", None]) == Hasher("cache_data").digest([1, "a", None])
        True
    """

    def __init__(self, cache_type: str, hash_funcs: HashFuncs | None = None, source: Any = None) -> None:
        self.cache_type = cache_type
        self.source = source
        self.hash_funcs = {
            k if isinstance(k, str) else fqn(k): v for k, v in (hash_funcs or {}).items()
        }
        self._stack: dict[int, Any] = {}

    def digest(self, *values: Any) -> str:
        """The hex digest of ``values``."""
        h = md5(usedforsecurity=False)
        for value in values:
            h.update(self.to_bytes(value))
        return h.hexdigest()

    def to_bytes(self, obj: Any) -> bytes:
        """Bytes standing for ``obj``: its type's name and its content."""
        if id(obj) in self._stack:
            return _CYCLE
        self._stack[id(obj)] = obj
        try:
            return b"%s:%s" % (type(obj).__qualname__.encode(), self._content(obj))
        finally:
            self._stack.pop(id(obj), None)

    def _many(self, *items: Any) -> bytes:
        h = md5(usedforsecurity=False)
        for item in items:
            h.update(self.to_bytes(item))
        return h.digest()

    def _content(self, obj: Any) -> bytes:
        name = fqn(type(obj))
        if name in ("unittest.mock.Mock", "unittest.mock.MagicMock"):
            return self.to_bytes(id(obj))
        if isinstance(obj, (bytes, bytearray)):
            return bytes(obj)
        if name in self.hash_funcs:
            return self._user_hash(obj, self.hash_funcs[name])
        for kind, hash_kind in _SIMPLE:
            if isinstance(obj, kind):
                return hash_kind(self, obj)
        if isinstance(obj, _loaded_types(("uuid", "UUID"))):
            return obj.bytes  # type: ignore[no-any-return]
        if obj is None:
            return b"0"
        if not isinstance(obj, type) and dataclasses.is_dataclass(obj):
            return self.to_bytes(dataclasses.asdict(obj))  # type: ignore[arg-type]
        if isinstance(obj, enum.Enum):
            return str(obj).encode()
        by_name = _BY_TYPE_NAME.get(name)
        if by_name is not None:
            return by_name(self, obj)
        return _fallback(self, obj)

    def _user_hash(self, obj: Any, func: Callable[[Any], Any]) -> bytes:
        try:
            output = func(obj)
        except Exception as exc:
            raise UserHashError(exc, obj, func, self.cache_type, self.source,
                                self.stack_text()) from exc
        return self.to_bytes(output)

    def stack_text(self) -> str:
        """What is being hashed, innermost first (Streamlit's "hash chain")."""
        lines = []
        for value in reversed(list(self._stack.values())):
            try:
                lines.append(f"Object of type {fqn(type(value))}: {value}")
            except Exception:
                lines.append("<Unable to convert item to string>")
        return "\n".join(lines)


def _loaded_types(*names: tuple[str, str]) -> tuple[Any, ...]:
    """The classes ``(module, name)`` of modules already imported (no instance exists else)."""
    found = (getattr(sys.modules.get(module), name, None) for module, name in names)
    return tuple(cls for cls in found if isinstance(cls, type))


def _pickled(obj: Any) -> bytes:
    import pickle

    return pickle.dumps(obj, pickle.HIGHEST_PROTOCOL)


def _float(_: Hasher, obj: float) -> bytes:
    return struct.pack("<d", obj)


def _int(_: Hasher, obj: int) -> bytes:
    return obj.to_bytes((obj.bit_length() + 8) // 8, "little", signed=True)


def _sequence(h: Hasher, obj: Any) -> bytes:
    return h._many(*obj)


def _mapping(h: Hasher, obj: Any) -> bytes:
    return h._many(*obj.items())


_SIMPLE: tuple[tuple[type | tuple[type, ...], Callable[[Hasher, Any], bytes]], ...] = (
    (str, lambda _, o: o.encode()),
    (float, _float),
    (int, _int),
    (datetime.datetime, lambda _, o: o.isoformat().encode()),
    ((list, tuple), _sequence),
    (dict, _mapping),
)


def _series(h: Hasher, obj: Any) -> bytes:
    from pandas.util import hash_pandas_object

    if len(obj) >= _PANDAS_ROWS_LARGE:
        obj = obj.sample(n=_PANDAS_SAMPLE_SIZE, random_state=0)
    try:
        return h._many(obj.size, obj.dtype.name, hash_pandas_object(obj).to_numpy().tobytes())
    except TypeError:
        return _pickled(obj)


def _frame(h: Hasher, obj: Any) -> bytes:
    from pandas.util import hash_pandas_object

    shape = obj.shape
    if len(obj) >= _PANDAS_ROWS_LARGE:
        obj = obj.sample(n=_PANDAS_SAMPLE_SIZE, random_state=0)
    try:
        return h._many(shape, hash_pandas_object(obj.dtypes), hash_pandas_object(obj))
    except TypeError:
        return _pickled(obj)


def _ndarray(h: Hasher, obj: Any) -> bytes:
    shape, dtype = obj.shape, str(obj.dtype)
    if obj.size >= _NP_SIZE_LARGE:
        import numpy as np

        obj = np.random.RandomState(0).choice(obj.flat, size=_NP_SAMPLE_SIZE)
    return h._many(shape, dtype, obj.tobytes())


def _polars(h: Hasher, obj: Any) -> bytes:
    return h._many(obj.shape, _pickled(obj))


def _image(h: Hasher, obj: Any) -> bytes:
    pixels = obj.tobytes()
    if obj.mode == "P" and obj.getpalette() is not None:
        pixels = bytes(obj.getpalette()) + pixels
    return h._many(pixels)


def _named(_: Hasher, obj: Any) -> bytes:
    return str(obj.__name__).encode()


_BY_TYPE_NAME: dict[str, Callable[[Hasher, Any], bytes]] = {
    "pandas.core.series.Series": _series,
    "pandas.Series": _series,
    "pandas.core.frame.DataFrame": _frame,
    "pandas.DataFrame": _frame,
    "polars.series.series.Series": _polars,
    "polars.dataframe.frame.DataFrame": _polars,
    "numpy.ndarray": _ndarray,
    "numpy.ufunc": _named,
    "builtins.getset_descriptor": lambda _, o: o.__qualname__.encode(),
    "apptest.elements._uploaded_file.UploadedFile": lambda h, o: h._many(
        o.name, o.tell(), o.getvalue()
    ),
}


def _fallback(h: Hasher, obj: Any) -> bytes:
    """The rest of Streamlit's chain: images, builtins, files, patterns, modules, classes."""
    if any(fqn(c) == "PIL.Image.Image" for c in type(obj).__mro__):
        return _image(h, obj)
    if inspect.isbuiltin(obj):
        return _named(h, obj)
    if isinstance(obj, (MappingProxyType, collections.abc.ItemsView)):
        return h.to_bytes(dict(obj))
    files = (io.IOBase, *_loaded_types(("tempfile", "_TemporaryFileWrapper")))
    if hasattr(obj, "name") and isinstance(obj, files):
        name = obj.name  # type: ignore[union-attr]
        return h._many(name, os.path.getmtime(name), obj.tell())
    if isinstance(obj, re.Pattern):
        return h.to_bytes([obj.pattern, obj.flags])
    if isinstance(obj, (io.StringIO, io.BytesIO)):
        return h._many(obj.tell(), obj.getvalue())
    if inspect.ismodule(obj) or inspect.isclass(obj):
        return h.to_bytes(obj.__name__)
    if isinstance(obj, functools.partial):
        return h._many(obj.args, obj.func, obj.keywords)
    if hasattr(type(obj), "model_dump_json"):
        try:
            return h._many(obj.model_dump_json())
        except Exception as exc:
            raise UnhashableTypeError("Pydantic object contains unhashable members") from exc
    try:
        reduced = obj.__reduce__()
    except Exception as exc:
        raise UnhashableTypeError() from exc
    return h._many(*reduced)
