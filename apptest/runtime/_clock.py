"""The harness clock: the time apps and time-based features (TTL, ``run_every``) see.

Unfrozen, it follows real time. Frozen, it stands still until a test moves it with
``tick`` or ``move_to``. Features that wait on time register with ``on_advance`` and are
told how far the clock moved. Harness timeouts never use this clock: they use
``time.perf_counter``, so a frozen clock can neither hang a run nor fire a timeout early.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

Listener = Callable[[float], None]
#: what ``freeze``/``move_to`` accept: a datetime, a date, an ISO string or a timestamp
TimeLike = dt.datetime | dt.date | str | float


class Clock:
    """A server's clock (real time until frozen).

    Example:
        >>> clock = Clock()
        >>> clock.freeze(dt.datetime(2024, 1, 1, 9, 0))
        >>> clock.tick(60)
        >>> clock.now()
        datetime.datetime(2024, 1, 1, 9, 1)
    """

    def __init__(self) -> None:
        self._frozen_at: float | None = None
        self._listeners: list[Listener] = []

    @property
    def frozen(self) -> bool:
        """Whether the clock stands still."""
        return self._frozen_at is not None

    def time(self) -> float:
        """Seconds since the epoch, as ``time.time()``."""
        return time.time() if self._frozen_at is None else self._frozen_at

    def now(self) -> dt.datetime:
        """The current local time, as ``datetime.datetime.now()``."""
        return dt.datetime.fromtimestamp(self.time())

    def freeze(self, when: TimeLike | None = None) -> None:
        """Stop the clock at ``when`` (default: now).

        Example:
            >>> clock.freeze("2024-01-01 09:00")  # doctest: +SKIP
        """
        self._frozen_at = _to_timestamp(when) if when is not None else time.time()

    def unfreeze(self) -> None:
        """Follow real time again."""
        self._frozen_at = None

    def tick(self, seconds: float | dt.timedelta = 1.0) -> None:
        """Move a frozen clock forward (freezing it now if it runs); tells the listeners.

        Example:
            >>> clock.tick(3600)  # doctest: +SKIP
        """
        delta = seconds.total_seconds() if isinstance(seconds, dt.timedelta) else float(seconds)
        if delta < 0:
            raise ValueError(f"Clock.tick() moves forward only, got {delta} seconds")
        self._frozen_at = self.time() + delta
        for listener in list(self._listeners):
            listener(delta)

    def move_to(self, when: TimeLike) -> None:
        """Move the clock to ``when`` (forward only).

        Example:
            >>> clock.move_to("2024-01-01 10:00")  # doctest: +SKIP
        """
        self.tick(_to_timestamp(when) - self.time())

    def on_advance(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener(seconds)`` whenever the clock is moved; returns an unsubscribe."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)


def _to_timestamp(when: dt.datetime | dt.date | str | float) -> float:
    if isinstance(when, (int, float)):
        return float(when)
    if isinstance(when, str):
        when = dt.datetime.fromisoformat(when)
    if isinstance(when, dt.datetime):
        return when.timestamp()
    if isinstance(when, dt.date):
        return dt.datetime(when.year, when.month, when.day).timestamp()
    raise TypeError(f"Cannot use {when!r} as a time")
