"""``AppFactory``: the ``app_test`` fixture's value, which makes, tracks and closes apps.

No pytest import here: the plugin module passes in what pytest knows (the test file's
folder, the root folder, the ini and command-line settings, the marker's arguments).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from apptest._apptest import AppTest
from apptest._clock_group import ClockGroup
from apptest.errors import ScriptNotFoundError

#: the ``AppTest.from_*`` keyword arguments the factory and the marker pass through
_OPTION_NAMES = ("query_params", "secrets", "config", "freeze_time")


@dataclass(frozen=True)
class PluginSettings:
    """The plugin's settings for one test: from the command line, the ini file, a marker.

    Example:
        >>> PluginSettings(rootdir=Path("."), timeout=5).timeout
        5
    """

    rootdir: Path
    timeout: float | None = None
    script_root: Path | None = None
    fail_on_app_exception: bool = True
    #: the ``@pytest.mark.apptest(...)`` keyword arguments other than ``script``
    defaults: Mapping[str, Any] = field(default_factory=dict)
    #: apptest plugins of the test's ``conftest.py`` files and pytest plugins
    plugins: tuple[object, ...] = ()


def plugins_for(candidates: Iterable[object], test_path: Path) -> tuple[object, ...]:
    """The pytest plugins that implement apptest hooks and apply to ``test_path``.

    A ``conftest.py`` applies to the tests in its folder and below; other plugin modules
    (``-p name``, ``pytest11`` entry points) apply everywhere. Conftests come first,
    outermost first.

    Example:
        >>> plugins_for(config.pluginmanager.get_plugins(), Path("tests/test_app.py"))  # doctest: +SKIP
        (<module 'conftest' from '/repo/tests/conftest.py'>,)
    """
    from apptest.runtime._plugin_manager import SPEC_NAMES

    conftests: list[tuple[int, str, ModuleType]] = []
    others: list[tuple[str, object]] = []
    here = str(test_path.resolve())
    for plugin in candidates:
        if not isinstance(plugin, ModuleType) or not SPEC_NAMES.intersection(vars(plugin)):
            continue
        file = getattr(plugin, "__file__", None) or ""
        if os.path.basename(file) != "conftest.py":
            others.append((plugin.__name__, plugin))
            continue
        folder = os.path.dirname(os.path.abspath(file))
        if here == folder or here.startswith(folder + os.sep):
            conftests.append((folder.count(os.sep), folder, plugin))
    return (*(p for *_, p in sorted(conftests, key=lambda c: c[:2])),
            *(p for _, p in sorted(others, key=lambda o: o[0])))


class AppFactory:
    """Makes ``AppTest`` instances for one test and closes them when it ends.

    A relative script path is looked up next to the test file, then under the
    ``apptest_script_root`` folder, then under the root folder.

    Example:
        >>> def test_counter(app_test):  # doctest: +SKIP
        ...     at = app_test("counter.py", query_params={"n": "3"}).run()
        ...     assert at.markdown[0].value == "Count =  `3`"
    """

    def __init__(self, settings: PluginSettings, test_dir: Path) -> None:
        self.settings = settings
        self.test_dir = test_dir
        #: every app made for the test, in order
        self.apps: list[AppTest] = []
        #: the time of all the test's apps (the ``apptest_clock`` fixture)
        self.clock = ClockGroup()

    def __call__(
        self, script: str | os.PathLike[str], *, timeout: float | None = None, **options: Any
    ) -> AppTest:
        """An ``AppTest`` for an app file (not run yet).

        Keyword arguments: ``timeout`` (seconds per run), ``query_params``, ``secrets``,
        ``config``, ``freeze_time``, and any other ``AppTest.from_file`` argument.

        Example:
            >>> at = app_test("app.py", freeze_time="2024-01-01 09:00").run()  # doctest: +SKIP
        """
        path = self.resolve(script)
        return self._make(AppTest.from_file, path, timeout, options)

    def from_string(self, source: str, *, timeout: float | None = None, **options: Any) -> AppTest:
        """An ``AppTest`` for app source given as a string.

        Example:
            >>> at = app_test.from_string("import streamlit as st\\nst.write(1)").run()  # doctest: +SKIP
        """
        return self._make(AppTest.from_string, source, timeout, options)

    def from_function(
        self, function: Callable[..., Any], *, timeout: float | None = None, **options: Any
    ) -> AppTest:
        """An ``AppTest`` whose app is the body of ``function`` (``args=``, ``kwargs=`` too).

        Example:
            >>> at = app_test.from_function(my_app, args=(3,)).run()  # doctest: +SKIP
        """
        return self._make(AppTest.from_function, function, timeout, options)

    def _make(
        self, make: Callable[..., AppTest], script: Any, timeout: float | None,
        options: dict[str, Any],
    ) -> AppTest:
        merged = {k: v for k, v in self.settings.defaults.items() if k in _OPTION_NAMES}
        merged.update((k, v) for k, v in options.items() if v is not None)
        chosen = timeout if timeout is not None else self.settings.defaults.get("timeout")
        if chosen is None:
            chosen = self.settings.timeout
        if chosen is not None:
            merged["default_timeout"] = float(chosen)
        if self.settings.plugins:
            merged["plugins"] = [*self.settings.plugins, *merged.get("plugins", ())]
        at = make(script, **merged)
        self.apps.append(at)
        return self.clock.add(at)

    def resolve(self, script: str | os.PathLike[str]) -> str:
        """The absolute path of an app script, or ``ScriptNotFoundError`` naming the places
        looked at.

        Example:
            >>> app_test.resolve("examples/counter.py")  # doctest: +SKIP
            '/repo/examples/counter.py'
        """
        path = Path(script)
        if path.is_absolute():
            candidates = [path]
        else:
            bases = [self.test_dir, self.settings.script_root, self.settings.rootdir]
            candidates = [base / path for base in bases if base is not None]
        for candidate in candidates:
            if candidate.is_file():
                return os.path.normpath(candidate)
        raise ScriptNotFoundError(
            f"App script {os.fspath(script)!r} not found (looked at: "
            f"{', '.join(os.path.normpath(c) for c in candidates)})"
        )

    def __repr__(self) -> str:
        names = ", ".join(os.path.basename(at._server.script.path) for at in self.apps)
        return f"<app_test: {len(self.apps)} app(s){': ' + names if names else ''}>"

    def close(self) -> None:
        """Close every app made (``AppTest.close()`` when it exists) and forget them."""
        for at in self.apps:
            close = getattr(at, "close", None)
            if callable(close):
                close()
        self.apps.clear()
