"""``ClockGroup``: one clock for every app a test makes (the ``apptest_clock`` fixture).

Each ``AppTest`` has its own server and so its own :class:`~apptest.runtime._clock.Clock`.
A test that drives several apps usually wants them all at the same time: the group
freezes, ticks and moves the clocks of the apps added to it, and gives an app added later
the group's current time.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from apptest.runtime._clock import Clock, TimeLike

if TYPE_CHECKING:
    from apptest._apptest import AppTest


class ClockGroup:
    """The time of all the apps in a group (real time until frozen).

    Example:
        >>> group = ClockGroup()
        >>> group.freeze("2024-01-01 09:00")
        >>> group.tick(90)
        >>> group.now()
        datetime.datetime(2024, 1, 1, 9, 1, 30)
    """

    def __init__(self) -> None:
        self._clock = Clock()
        self._members: list[Clock] = []

    @property
    def frozen(self) -> bool:
        """Whether the group's time stands still."""
        return self._clock.frozen

    def add(self, at: AppTest) -> AppTest:
        """Put an app's clock in the group (at the group's time if it is frozen and the app's
        clock is not).

        Example:
            >>> at = group.add(AppTest.from_file("app.py"))  # doctest: +SKIP
        """
        if self._clock.frozen and not at.clock.frozen:
            at.clock.freeze(self._clock.time())
        self._members.append(at.clock)
        return at

    def time(self) -> float:
        """Seconds since the epoch, as the apps see ``time.time()``."""
        return self._clock.time()

    def now(self) -> dt.datetime:
        """The local time the apps see as ``datetime.datetime.now()``."""
        return self._clock.now()

    def freeze(self, when: TimeLike | None = None) -> None:
        """Stop every clock in the group at ``when`` (default: now).

        Example:
            >>> apptest_clock.freeze("2024-01-01 09:00")  # doctest: +SKIP
        """
        self._clock.freeze(when)
        for clock in self._members:
            clock.freeze(self._clock.time())

    def tick(self, seconds: float | dt.timedelta = 1.0) -> None:
        """Move every clock in the group forward (their listeners are told).

        Example:
            >>> apptest_clock.tick(dt.timedelta(minutes=5))  # doctest: +SKIP
        """
        before = self._clock.time()
        self._clock.tick(seconds)
        self._advance(self._clock.time() - before)

    def move_to(self, when: TimeLike) -> None:
        """Move every clock in the group to ``when`` (forward only).

        Example:
            >>> apptest_clock.move_to("2024-01-01 18:00")  # doctest: +SKIP
        """
        before = self._clock.time()
        self._clock.move_to(when)
        self._advance(self._clock.time() - before)

    def _advance(self, seconds: float) -> None:
        for clock in self._members:
            clock.tick(seconds)
