"""apptest's pytest plugin (entry point ``pytest11``: loaded once apptest is installed).

Fixtures:

- ``app_test``: a factory, ``app_test("app.py", query_params=..., secrets=..., timeout=...,
  config=..., freeze_time=...)``; every app it made is closed when the test ends.
- ``app``: the app of ``@pytest.mark.apptest(script=..., ...)``, already run once.
- ``app_snapshot``: syrupy's ``snapshot`` storing apps as text (``apptest.snapshot``).
- ``apptest_clock``: one clock for all the test's apps (``freeze``, ``tick``, ``move_to``).

Settings: ini ``apptest_timeout``, ``apptest_script_root``,
``apptest_fail_on_app_exception`` (default true); command line ``--apptest-timeout``.
Apps made by the fixtures get the apptest plugins (``apptest_*`` hooks) of the test's
``conftest.py`` files and of pytest plugins. See ``docs/pytest-plugin.md``. This module imports nothing from apptest until a fixture
is used, so the plugin costs nothing in a test session that does not use it.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from apptest._apptest import AppTest
    from apptest._clock_group import ClockGroup
    from apptest._pytest_apps import AppFactory, PluginSettings
    from apptest.snapshot import AppSnapshot

MARKER = (
    "apptest(script=None, *, timeout=None, query_params=None, secrets=None, config=None, "
    "freeze_time=None): the app the `app` fixture runs, and defaults for `app_test`"
)
_FACTORY = pytest.StashKey["AppFactory"]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("apptest", "apptest: Streamlit app tests")
    group.addoption(
        "--apptest-timeout", type=float, default=None, dest="apptest_timeout",
        metavar="SECONDS", help="Seconds an app run may take (overrides apptest_timeout).",
    )
    parser.addini("apptest_timeout", "Seconds an app run may take (default 3).", default="")
    parser.addini(
        "apptest_script_root",
        "Folder (relative to the root folder) where app scripts are also looked up.",
        default="",
    )
    parser.addini(
        "apptest_fail_on_app_exception",
        "Fail a test whose app's last run ended in an error the test did not read.",
        type="bool", default=True,
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", MARKER)


def _timeout(config: pytest.Config) -> float | None:
    given = config.getoption("apptest_timeout")
    if given is not None:
        return float(given)
    text = str(config.getini("apptest_timeout")).strip()
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        raise pytest.UsageError(f"apptest_timeout must be a number of seconds, got {text!r}")


def _settings(request: pytest.FixtureRequest) -> PluginSettings:
    from apptest._pytest_apps import PluginSettings, plugins_for

    config = request.config
    root = str(config.getini("apptest_script_root")).strip()
    marker = request.node.get_closest_marker("apptest")
    defaults = {k: v for k, v in (marker.kwargs if marker else {}).items() if k != "script"}
    return PluginSettings(
        rootdir=config.rootpath,
        timeout=_timeout(config),
        script_root=config.rootpath / root if root else None,
        fail_on_app_exception=bool(config.getini("apptest_fail_on_app_exception")),
        defaults=defaults,
        plugins=plugins_for(config.pluginmanager.get_plugins(), Path(request.path)),
    )


@pytest.fixture
def app_test(request: pytest.FixtureRequest) -> Iterator[AppFactory]:
    """Make apps for this test: ``app_test("app.py", ...)``, ``app_test.from_string(...)``.

    Example:
        >>> def test_counter(app_test):  # doctest: +SKIP
        ...     at = app_test("counter.py").run()
        ...     at.button[0].click().run()
    """
    from apptest._pytest_apps import AppFactory

    factory = AppFactory(_settings(request), Path(request.path).parent)
    request.node.stash[_FACTORY] = factory
    yield factory
    factory.close()


@pytest.fixture
def app(request: pytest.FixtureRequest, app_test: AppFactory) -> AppTest:
    """The app of ``@pytest.mark.apptest(script=...)``, run once.

    Example:
        >>> @pytest.mark.apptest("counter.py")  # doctest: +SKIP
        ... def test_starts_at_zero(app):
        ...     assert app.session_state.count == 0
    """
    marker = request.node.get_closest_marker("apptest")
    script = None
    if marker is not None:
        script = marker.args[0] if marker.args else marker.kwargs.get("script")
    if script is None:
        raise pytest.UsageError(
            f"{request.node.nodeid}: the `app` fixture needs @pytest.mark.apptest(script=...)"
        )
    return app_test(script).run()


@pytest.fixture
def app_snapshot(snapshot: Any) -> AppSnapshot:
    """syrupy's ``snapshot`` for apps: ``assert app_snapshot == at``.

    Example:
        >>> def test_page(app, app_snapshot):  # doctest: +SKIP
        ...     assert app_snapshot == app
    """
    from apptest.snapshot import app_snapshot_of

    return app_snapshot_of(snapshot)


@pytest.fixture
def apptest_clock(app_test: AppFactory) -> ClockGroup:
    """The time of every app the test makes: ``apptest_clock.freeze(...)``, ``.tick(60)``.

    Example:
        >>> def test_greeting(app_test, apptest_clock):  # doctest: +SKIP
        ...     apptest_clock.freeze("2024-01-01 09:00")
        ...     at = app_test("greeting.py").run()
    """
    return app_test.clock


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, object, object]:
    result = yield
    factory = item.stash.get(_FACTORY, None)
    if factory is not None and factory.settings.fail_on_app_exception:
        from apptest._pytest_report import unchecked_error

        message = unchecked_error(factory.apps, str(item.config.rootpath))
        if message is not None:
            pytest.fail(message, pytrace=False)
    return result


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    factory = item.stash.get(_FACTORY, None)
    if report.failed and factory is not None and factory.apps:
        from apptest._pytest_report import app_report

        for at in factory.apps:
            report.sections.append(app_report(at, str(item.config.rootpath)))
    return report
