"""The caches of one server: ``st.cache_data`` and ``st.cache_resource`` entries and stats.

A ``ServerCaches`` lives on a ``Server``, so every session of that server shares it and no
other server sees it. Each cached function gets a ``FunctionCache`` keyed by the
function's key (module, qualified name and source, as in Streamlit) and, for
``scope="session"``, by the session. Entries expire by the server's clock; the least
recently used entry goes first when ``max_entries`` is reached.

``persist="disk"`` is simulated without touching the disk: persisted entries live on the
server like the others, but a ``restart()`` (which wipes memory, as a crash does) keeps
them, as Streamlit's disk cache would. Nothing is pickled to disk or unpickled.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from apptest.runtime._cache_params import CacheParams

DATA, RESOURCE = "cache_data", "cache_resource"


@dataclass
class Entry:
    """One cached result: the value, the elements to replay and when it was written."""

    value: Any
    messages: tuple[Any, ...]
    stored_at: float


@dataclass(frozen=True)
class FunctionStats:
    """Hits and misses of one cached function on one server.

    ``misses`` is how many times the function body actually ran (a miss computes).
    """

    name: str
    module: str
    cache_type: str
    hits: int
    misses: int
    entries: int

    @property
    def calls(self) -> int:
        """Every call: hits plus misses."""
        return self.hits + self.misses


@dataclass
class _Counter:
    module: str
    name: str
    cache_type: str
    hits: int = 0
    misses: int = 0


class FunctionCache:
    """The entries of one cached function (for one session, if session-scoped)."""

    def __init__(self, params: CacheParams, clock: Callable[[], float],
                 on_release: Callable[[Any], None] | None = None) -> None:
        self.params = params
        self._clock = clock
        self._on_release = on_release
        self._entries: OrderedDict[str, Entry] = OrderedDict()
        self._lock = threading.RLock()
        self._compute_locks: dict[str, threading.Lock] = {}

    def get(self, key: str, validate: Callable[[Any], bool] | None = None) -> Entry | None:
        """The live entry for ``key`` (refreshing its recency), or None."""
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            if self.params.expired(entry.stored_at, self._clock()):
                self._remove(key)
                return None
            if validate is not None and not validate(entry.value):
                self._remove(key)
                return None
            self._entries.move_to_end(key)
            return entry

    def put(self, key: str, value: Any, messages: tuple[Any, ...]) -> None:
        """Store a result, evicting the least recently used entries over ``max_entries``."""
        with self._lock:
            if key in self._entries:
                self._remove(key)
            self._entries[key] = Entry(value, messages, self._clock())
            limit = self.params.max_entries
            if self.params.persist is None and limit is not None:
                while len(self._entries) > max(limit, 0):
                    self._remove(next(iter(self._entries)))

    def compute_lock(self, key: str) -> threading.Lock:
        """The lock held while computing ``key``, so two sessions compute it once."""
        with self._lock:
            return self._compute_locks.setdefault(key, threading.Lock())

    def clear(self, key: str | None = None) -> None:
        """Drop one entry, or all of them."""
        with self._lock:
            keys = list(self._entries) if key is None else [key] if key in self._entries else []
            for k in keys:
                self._remove(k)

    def live_count(self) -> int:
        """Entries that have not expired."""
        now = self._clock()
        return sum(not self.params.expired(e.stored_at, now) for e in self._entries.values())

    def _remove(self, key: str) -> None:
        entry = self._entries.pop(key)
        if self._on_release is not None:
            self._on_release(entry.value)


@dataclass
class ServerCaches:
    """Both cache types of one server, and their hit/miss counters.

    Example:
        >>> caches = ServerCaches(clock=lambda: 0.0)
        >>> caches.info()
        CacheInfo({})
    """

    clock: Callable[[], float]
    _caches: dict[tuple[str, str, Any], FunctionCache] = field(default_factory=dict)
    _counters: dict[tuple[str, str], _Counter] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def function_cache(
        self, cache_type: str, function_key: str, params: CacheParams, *,
        session: Any = None, on_release: Callable[[Any], None] | None = None,
    ) -> FunctionCache:
        """The cache of one function; a new one if its parameters changed (as in Streamlit)."""
        key = (cache_type, function_key, session if params.scope == "session" else None)
        with self._lock:
            cache = self._caches.get(key)
            if cache is None or cache.params != params:
                cache = self._caches[key] = FunctionCache(params, self.clock, on_release)
            return cache

    def counter(self, cache_type: str, module: str, name: str) -> _Counter:
        """The hit/miss counter of a function (by module and qualified name)."""
        key = (cache_type, f"{module}.{name}")
        with self._lock:
            counter = self._counters.get(key)
            if counter is None:
                counter = self._counters[key] = _Counter(module, name, cache_type)
            return counter

    def clear(self, cache_type: str) -> None:
        """``st.cache_data.clear()`` / ``st.cache_resource.clear()``: every entry of a type."""
        with self._lock:
            doomed = [k for k in self._caches if k[0] == cache_type]
            caches = [self._caches.pop(k) for k in doomed]
        for cache in caches:
            cache.clear()

    def end_session(self, session: Any) -> None:
        """A tab closed: its session-scoped caches are cleared."""
        with self._lock:
            doomed = [k for k in self._caches if k[2] is session and session is not None]
            caches = [self._caches.pop(k) for k in doomed]
        for cache in caches:
            cache.clear()

    def crash(self) -> None:
        """The server went down: memory is lost (no ``on_release``), persisted entries stay."""
        with self._lock:
            self._caches = {k: c for k, c in self._caches.items() if c.params.persist is not None}
            self._counters.clear()

    def info(self) -> CacheInfo:
        """Hits, misses and live entries per cached function."""
        with self._lock:
            counters = list(self._counters.items())
            caches = list(self._caches.items())
        stats = {}
        for (cache_type, display), c in counters:
            live = sum(
                cache.live_count()
                for (kind, fkey, _), cache in caches
                if kind == cache_type and fkey.split("|", 1)[0] == display
            )
            stats[display] = FunctionStats(c.name, c.module, cache_type, c.hits, c.misses, live)
        return CacheInfo(stats)


class CacheInfo(Mapping[str, FunctionStats]):
    """Stats per cached function, by ``module.qualname``; a plain qualname works when unique.

    Example:
        >>> info = at.cache_stats()  # doctest: +SKIP
        >>> info["load_data"].misses  # doctest: +SKIP
        1
    """

    def __init__(self, stats: dict[str, FunctionStats]) -> None:
        self._stats = stats

    def __getitem__(self, name: Any) -> FunctionStats:
        if not isinstance(name, str):
            name = f"{getattr(name, '__module__', '?')}.{getattr(name, '__qualname__', '?')}"
        if name in self._stats:
            return self._stats[name]
        found = [s for s in self._stats.values() if name in (s.name, s.name.rsplit(".", 1)[-1])]
        if len(found) == 1:
            return found[0]
        known = ", ".join(sorted(self._stats)) or "none"
        detail = "several functions have that name" if found else f"cached functions: {known}"
        raise KeyError(f"No single cached function {name!r} ({detail})")

    def __iter__(self) -> Iterator[str]:
        return iter(self._stats)

    def __len__(self) -> int:
        return len(self._stats)

    def __repr__(self) -> str:
        return f"CacheInfo({self._stats!r})"
