"""``st.cache_data`` and ``st.cache_resource``: Streamlit's caching decorators.

A decorated function is created when the script (or a helper module) runs, and may
outlive that run (helper modules stay in ``sys.modules``), so it holds no entries
itself: each call finds the cache of the *current run's server*
(``current_run().session.server.caches``). Every session of a server shares it; another
server (another ``AppTest``) never sees it. Called outside a run, a cached function
simply runs.

``cache_data`` checks that a result pickles (Streamlit's ``UnserializableReturnValueError``
otherwise), then keeps a ``copy.deepcopy`` of it and hands out a fresh deep copy on
every hit: mutating a result never changes the cache, as with Streamlit's pickle round
trip, and nothing is ever unpickled. ``cache_resource`` hands every session the same
object. ``refresh_mode="background"`` is accepted and checked but behaves as
``"foreground"``; ``max_size`` is accepted and checked but not enforced.
"""

from __future__ import annotations

import copy
import functools
import inspect
from collections.abc import Callable
from contextlib import nullcontext
from typing import Any

from apptest._digest import md5
from apptest.elements._cache_replay import capturing, in_cached_function, replay
from apptest.elements._dg import DeltaGenerator
from apptest.errors import UnhashableParamError, UnserializableReturnValueError
from apptest.runtime._cache_params import (
    CacheParams,
    check_max_size,
    check_refresh_mode,
    check_scope,
    check_sync_callback,
    persist_value,
    ttl_seconds,
)
from apptest.runtime._cache_store import DATA, RESOURCE, FunctionCache, ServerCaches
from apptest.runtime._context import ScriptRun, current_run, maybe_current_run

_LOG_TTL_IGNORED = (
    "The cached function '%s' has a TTL that will be ignored. "
    "Persistent cached functions currently don't support TTL."
)


@functools.lru_cache(maxsize=1024)
def _function_key(module: str, qualname: str, code: Any) -> str:
    return f"{module}.{qualname}|{md5(code, usedforsecurity=False).hexdigest()}"


def function_key(func: Callable[..., Any]) -> str:
    """Streamlit's ``_make_function_key``: module, qualified name and source code."""
    try:
        source: bytes = inspect.getsource(func).encode()
    except (OSError, TypeError):
        source = getattr(getattr(func, "__code__", None), "co_code", repr(func).encode())
    return _function_key(func.__module__, func.__qualname__, source)


def _positional_names(func: Callable[..., Any]) -> list[str | None]:
    try:
        params = inspect.signature(func).parameters.values()
    except (TypeError, ValueError):
        return []
    positional = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    return [p.name if p.kind in positional else None for p in params]


class CachedFunc:
    """A function decorated with ``st.cache_data`` or ``st.cache_resource``."""

    def __init__(self, func: Callable[..., Any], cache_type: str, params: CacheParams, *,
                 show_spinner: bool | str = True, hash_funcs: dict[Any, Any] | None = None,
                 validate: Callable[[Any], bool] | None = None,
                 on_release: Callable[[Any], None] | None = None) -> None:
        self._func = func
        self._type = cache_type
        self._params = params
        self._show_spinner = show_spinner
        self._hash_funcs = hash_funcs
        self._validate = validate
        self._on_release = on_release
        self._key = function_key(func)
        self._names = _positional_names(func)
        self._is_async = inspect.iscoroutinefunction(func)
        functools.update_wrapper(self, func)

    def __repr__(self) -> str:
        return f"<CachedFunc: {self._func}>"

    def __get__(self, instance: Any, owner: Any = None) -> Any:
        return self if instance is None else BoundCachedFunc(self, instance)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        run = maybe_current_run()
        if run is None:
            return self._func(*args, **kwargs)
        if self._is_async:
            return self._call_async(run, args, kwargs)
        cache, key = self._lookup(run, args, kwargs)
        entry = self._read(run, cache, key)
        if entry is not None:
            return self._hit(entry)
        with self._spinner(args, kwargs), cache.compute_lock(key):
            entry = cache.get(key, self._validate)
            if entry is not None:
                return self._hit(entry)
            with capturing() as capture:
                value = self._func(*args, **kwargs)
            return self._store(cache, key, value, tuple(capture.records))

    async def _call_async(self, run: ScriptRun, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        cache, key = self._lookup(run, args, kwargs)
        entry = self._read(run, cache, key)
        if entry is not None:
            return self._hit(entry)
        with capturing() as capture:
            value = await self._func(*args, **kwargs)
        return self._store(cache, key, value, tuple(capture.records))

    def _caches(self, run: ScriptRun) -> ServerCaches:
        return run.session.server.caches  # type: ignore[no-any-return]

    def _lookup(self, run: ScriptRun, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[FunctionCache, str]:
        cache = self._caches(run).function_cache(
            self._type, self._key, self._params, session=run.session, on_release=self._on_release
        )
        return cache, self.value_key(args, kwargs)

    def _read(self, run: ScriptRun, cache: FunctionCache, key: str) -> Any:
        """One lookup, counted as a hit or a miss (a miss is a run of the function body)."""
        entry = cache.get(key, self._validate)
        counter = self._caches(run).counter(self._type, self._func.__module__, self._func.__qualname__)
        if entry is None:
            counter.misses += 1
        else:
            counter.hits += 1
        return entry

    def value_key(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> str:
        """Streamlit's ``_make_value_key``: every argument but those named ``_...``."""
        from apptest.runtime._cache_hashing import Hasher, UnhashableTypeError

        hasher = Hasher(self._type, self._hash_funcs, self._func)
        digest = md5(usedforsecurity=False)
        names = self._names
        pairs = [(names[i] if i < len(names) else None, a) for i, a in enumerate(args)]
        for name, value in [*pairs, *kwargs.items()]:
            if name is not None and name.startswith("_"):
                continue
            try:
                digest.update(hasher.to_bytes(name))
                digest.update(hasher.to_bytes(value))
            except UnhashableTypeError as exc:
                raise UnhashableParamError(self._type, self._func, name, value) from exc
        return digest.hexdigest()

    def _spinner(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        show = self._show_spinner
        if not show or in_cached_function():
            return nullcontext()
        if not isinstance(show, str):
            show = f"Running `{self._func.__qualname__}({'...' if args or kwargs else ''})`."
        return DeltaGenerator().spinner(show)  # type: ignore[attr-defined]

    def _hit(self, entry: Any) -> Any:
        replay(entry.messages, self._type, self._func)
        return copy.deepcopy(entry.value) if self._type == DATA else entry.value

    def _store(self, cache: FunctionCache, key: str, value: Any, messages: tuple[Any, ...]) -> Any:
        stored = value
        if self._type == DATA:
            import pickle

            try:
                pickle.dumps(value)
                stored = copy.deepcopy(value)
            except (pickle.PicklingError, TypeError) as exc:
                raise UnserializableReturnValueError(self._func, value) from exc
        cache.put(key, stored, messages)
        return value

    def clear(self, *args: Any, **kwargs: Any) -> None:
        """Clear this function's cache, or only the entry for these arguments.

        Example:
            >>> load.clear()  # doctest: +SKIP
            >>> load.clear("sales.csv")  # doctest: +SKIP
        """
        run = maybe_current_run()
        if run is None:
            return
        cache, key = self._lookup(run, args, kwargs)
        cache.clear(key if args or kwargs else None)


class BoundCachedFunc:
    """A cached method bound to its instance (``self`` is hashed unless named ``_self``)."""

    def __init__(self, cached: CachedFunc, instance: Any) -> None:
        self._cached = cached
        self._instance = instance
        functools.update_wrapper(self, cached)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._cached(self._instance, *args, **kwargs)

    def __repr__(self) -> str:
        return f"<BoundCachedFunc: {self._cached._func} of {self._instance}>"

    def clear(self, *args: Any, **kwargs: Any) -> None:
        """Clear the method's cache, or only the entry for these arguments."""
        if args or kwargs:
            self._cached.clear(self._instance, *args, **kwargs)
        else:
            self._cached.clear()


def _decorate(func: Callable[..., Any] | None, make: Callable[[Callable[..., Any]], CachedFunc]) -> Any:
    return make if func is None else make(func)


class CacheDataAPI:
    """``st.cache_data``: a decorator (with or without arguments) and ``.clear()``."""

    def __call__(self, func: Callable[..., Any] | None = None, *, ttl: Any = None,
                 max_entries: int | None = None, max_size: Any = None,
                 show_spinner: bool | str = True, show_time: bool = False, persist: Any = None,
                 hash_funcs: dict[Any, Any] | None = None, scope: str = "global",
                 refresh_mode: str = "foreground") -> Any:
        persist_string = persist_value(persist)
        check_scope(scope)
        check_max_size(max_size)
        seconds = ttl_seconds(ttl)
        check_refresh_mode(refresh_mode, seconds, persist_string)
        params = CacheParams(seconds, max_entries, persist_string, scope)

        def make(f: Callable[..., Any]) -> CachedFunc:
            if persist_string is not None and seconds is not None:
                import logging

                logging.getLogger("apptest.caching").warning(_LOG_TTL_IGNORED, f.__name__)
            return CachedFunc(f, DATA, params, show_spinner=show_spinner, hash_funcs=hash_funcs)

        return _decorate(func, make)

    def clear(self) -> None:
        """Clear every ``st.cache_data`` entry of this server (and the simulated disk)."""
        current_run().session.server.caches.clear(DATA)


class CacheResourceAPI:
    """``st.cache_resource``: a decorator (with or without arguments) and ``.clear()``."""

    def __call__(self, func: Callable[..., Any] | None = None, *, ttl: Any = None,
                 max_entries: int | None = None, show_spinner: bool | str = True,
                 show_time: bool = False, validate: Callable[[Any], bool] | None = None,
                 hash_funcs: dict[Any, Any] | None = None,
                 on_release: Callable[[Any], None] | None = None, scope: str = "global",
                 refresh_mode: str = "foreground") -> Any:
        check_scope(scope)
        seconds = ttl_seconds(ttl)
        check_refresh_mode(refresh_mode, seconds)
        check_sync_callback(validate, "validate")
        check_sync_callback(on_release, "on_release")
        params = CacheParams(seconds, max_entries, None, scope, validate is not None)
        return _decorate(func, lambda f: CachedFunc(
            f, RESOURCE, params, show_spinner=show_spinner, hash_funcs=hash_funcs,
            validate=validate, on_release=on_release,
        ))

    def clear(self) -> None:
        """Clear every ``st.cache_resource`` entry of this server."""
        current_run().session.server.caches.clear(RESOURCE)


cache_data = CacheDataAPI()
cache_resource = CacheResourceAPI()
