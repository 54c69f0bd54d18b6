"""The sales data app: its slow loader runs once for every tab of a server."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from apptest import AppTest

APP = str(Path(__file__).parents[2] / "examples" / "data_app" / "app.py")


@pytest.fixture(autouse=True)
def _forget_helper_module() -> Iterator[None]:
    """The app imports ``sales`` during its runs; leave no module behind."""
    yield
    sys.modules.pop("sales", None)


def test_two_tabs_load_the_data_once() -> None:
    first = AppTest.from_file(APP).run()
    second = first.new_session().run()
    second.selectbox[0].select("south").run()
    assert first.metric[0].value == "280"
    assert second.metric[0].value == "80"
    stats = first.cache_stats()["load_sales"]
    assert (stats.misses, stats.hits) == (1, 2)


def test_each_test_gets_a_cold_cache() -> None:
    at = AppTest.from_file(APP).run()
    assert at.cache_stats()["load_sales"].misses == 1


def test_data_is_reloaded_after_an_hour() -> None:
    at = AppTest.from_file(APP)
    at.clock.freeze("2024-06-01 09:00")
    at.run()
    at.clock.tick(59 * 60)
    at.run()
    assert at.cache_stats()["load_sales"].misses == 1
    at.clock.tick(60)
    at.run()
    assert at.cache_stats()["load_sales"].misses == 2


def test_reload_button_clears_the_cache_for_every_tab() -> None:
    first = AppTest.from_file(APP).run()
    second = first.new_session().run()
    first.button[0].click().run()
    second.run()
    stats = second.cache_stats()["load_sales"]
    assert (stats.misses, stats.hits) == (2, 3)


def test_a_server_restart_loads_again_and_resets_the_tabs() -> None:
    at = AppTest.from_file(APP).run()
    at.selectbox[0].select("north").run()
    at.restart_server()
    at.run()
    assert at.selectbox[0].value == "all"
    assert at.cache_stats()["load_sales"].misses == 1
