"""What the app sees of a frozen harness clock, and the real time the harness keeps.

While a run executes with a frozen :class:`~apptest.runtime._clock.Clock`, freezegun makes
``datetime.datetime.now()``, ``datetime.date.today()``, ``time.time()`` (and the other
functions freezegun patches) return the clock's time, for the script, its callbacks and
the modules it imported. An unfrozen clock costs nothing: the run is not wrapped.

freezegun also patches ``time.perf_counter`` and ``time.monotonic``, the functions
harness timeouts are measured with. The harness therefore reads :func:`perf_counter`
from this module: the real function, captured at import (or taken from freezegun when
apptest is imported while someone else's ``freeze_time`` is active), and kept in a
closure, where freezegun's module scan cannot replace it.

A C extension imported for the first time during a frozen run (``import pandas`` in the
app) would be initialised against freezegun's ``FakeDatetime`` class and crash the
interpreter; extension modules are therefore loaded with the real ``datetime`` classes in
place (Python modules still see the frozen ones, see ``_freeze_guard``). freezegun and the
guard are imported only when a clock is frozen.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from apptest.runtime._clock import Clock

_NOT_FROZEN: contextlib.AbstractContextManager[None] = contextlib.nullcontext()


def _capture_perf_counter() -> Callable[[], float]:
    freezegun_api = sys.modules.get("freezegun.api")
    real: Callable[[], float] = getattr(freezegun_api, "real_perf_counter", time.perf_counter)
    # a method-wrapper of the real function: called in C, and freezegun (which replaces
    # module attributes that *are* ``time.perf_counter``) does not recognise it
    wrapper: Callable[[], float] = real.__call__  # type: ignore[operator]
    return wrapper


#: the real ``time.perf_counter``: harness deadlines never follow a frozen clock
perf_counter = _capture_perf_counter()


def app_time(clock: Clock) -> contextlib.AbstractContextManager[Any]:
    """A context in which the app sees ``clock``'s time (nothing to do when it runs free).

    Example:
        >>> from apptest.runtime._clock import Clock
        >>> clock = Clock()
        >>> clock.freeze("2024-01-01 09:00")
        >>> with app_time(clock):
        ...     dt.datetime.now()
        FakeDatetime(2024, 1, 1, 9, 0)
    """
    if not clock.frozen:
        return _NOT_FROZEN
    return _freezegun_at(clock.time())


@contextlib.contextmanager
def _freezegun_at(timestamp: float) -> Iterator[None]:
    import freezegun

    from apptest.runtime._freeze_guard import ExtensionGuard

    utc = dt.datetime.fromtimestamp(timestamp, tz=dt.timezone.utc)
    offset = utc.astimezone().utcoffset() or dt.timedelta(0)
    guard = ExtensionGuard()
    with freezegun.freeze_time(utc.replace(tzinfo=None), tz_offset=offset):
        sys.meta_path.insert(0, guard)
        try:
            yield
        finally:
            sys.meta_path.remove(guard)
