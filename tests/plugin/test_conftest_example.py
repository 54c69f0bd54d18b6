"""``examples/plugins/sql``: hooks in a conftest.py reach the fixtures' apps."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas  # noqa: F401  (imported once, outside the in-process runs)
import pytest

import tests._pytester  # noqa: F401  (apptest modules shared with in-process runs)

pytest_plugins = ["pytester"]

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "plugins" / "sql"


def copy_example(pytester: pytest.Pytester, *, conftest: bool = True) -> None:
    """The example as a user's project has it: ``plugin_conftest.py`` is their conftest."""
    shutil.copytree(EXAMPLE, pytester.path / "orders")
    plugin = pytester.path / "orders" / "plugin_conftest.py"
    if conftest:
        plugin.rename(plugin.with_name("conftest.py"))


def test_conftest_connection_hook_serves_the_example_app(pytester: pytest.Pytester) -> None:
    copy_example(pytester)
    result = pytester.runpytest("orders/check_orders.py", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=2)


def test_without_the_conftest_the_connection_is_not_simulated(pytester: pytest.Pytester) -> None:
    copy_example(pytester, conftest=False)
    result = pytester.runpytest("orders/check_orders.py", "-p", "no:cacheprovider")
    result.assert_outcomes(failed=2)
    result.stdout.fnmatch_lines(["*st.connection('orders_db') is not simulated*"])
