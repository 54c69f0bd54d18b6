"""The harness clock: frozen time, ticks and listeners."""

from __future__ import annotations

import datetime as dt

import pytest

from apptest import AppTest
from apptest.runtime._clock import Clock


def test_frozen_clock_moves_only_when_told() -> None:
    clock = Clock()
    assert not clock.frozen
    clock.freeze("2024-01-01 09:00")
    assert clock.now() == dt.datetime(2024, 1, 1, 9, 0)
    moved: list[float] = []
    unsubscribe = clock.on_advance(moved.append)
    clock.tick(dt.timedelta(minutes=1))
    clock.move_to("2024-01-01 10:00")
    assert clock.now() == dt.datetime(2024, 1, 1, 10, 0)
    assert moved == [60.0, 3540.0]
    unsubscribe()
    clock.tick(1)
    assert moved == [60.0, 3540.0]
    with pytest.raises(ValueError, match="forward only"):
        clock.tick(-1)


def test_each_app_test_has_its_own_clock() -> None:
    a = AppTest.from_string("import streamlit as st")
    b = AppTest.from_string("import streamlit as st")
    a.clock.freeze("2024-01-01")
    assert a.clock.frozen and not b.clock.frozen
