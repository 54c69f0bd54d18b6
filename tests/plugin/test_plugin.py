"""The pytest plugin: fixtures, marker, settings, unchecked app errors, failure reports."""

from __future__ import annotations

import textwrap

import pytest

import tests._pytester  # noqa: F401  (apptest modules shared with in-process runs)

pytest_plugins = ["pytester"]

COUNTER = """
import streamlit as st
if "count" not in st.session_state:
    st.session_state.count = 0
if st.button("Increment"):
    st.session_state.count += 1
st.write("Count = ", st.session_state.count)
"""
BROKEN = """
import streamlit as st
st.title("Broken")
total = 1 / 0
"""


@pytest.fixture
def apps(pytester: pytest.Pytester) -> pytest.Pytester:
    """A project with two apps in ``apps/`` and a test folder ``tests/``."""
    (pytester.path / "apps").mkdir()
    (pytester.path / "apps" / "counter.py").write_text(COUNTER)
    (pytester.path / "apps" / "broken.py").write_text(BROKEN)
    (pytester.path / "tests").mkdir()
    return pytester


def write_test(pytester: pytest.Pytester, source: str, name: str = "test_it.py") -> None:
    (pytester.path / "tests" / name).write_text(textwrap.dedent(source))


def test_factory_resolves_against_test_folder_then_rootdir(apps: pytest.Pytester) -> None:
    (apps.path / "tests" / "local.py").write_text("import streamlit as st\nst.write('local')")
    write_test(apps, """
        def test_paths(app_test):
            assert app_test("local.py").run().markdown[0].value == "local"
            at = app_test("apps/counter.py").run()
            at.button[0].click().run()
            assert at.session_state.count == 1
            assert len(app_test.apps) == 2

        def test_missing(app_test):
            app_test("nope.py")
    """)
    result = apps.runpytest("--strict-markers")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*ScriptNotFoundError: App script 'nope.py' not found*"])


def test_marker_runs_the_app_once(apps: pytest.Pytester) -> None:
    write_test(apps, """
        import pytest

        @pytest.mark.apptest("apps/counter.py", query_params={"x": "1"})
        def test_positional(app):
            assert app.markdown[0].value == "Count =  `0`"
            assert app.query_params == {"x": "1"}

        @pytest.mark.apptest(script="apps/counter.py")
        class TestClass:
            def test_keyword(self, app):
                app.button[0].click().run()
                assert app.session_state.count == 1

        def test_without_marker(app):
            pass
    """)
    result = apps.runpytest("--strict-markers")
    result.assert_outcomes(passed=2, errors=1)
    result.stdout.fnmatch_lines(["*the `app` fixture needs @pytest.mark.apptest(script=...)*"])


def test_timeout_precedence(apps: pytest.Pytester) -> None:
    apps.makeini("[pytest]\napptest_timeout = 7\n")
    write_test(apps, """
        import pytest

        def test_ini(app_test, request):
            expected = 9.0 if request.config.getoption("apptest_timeout") else 7.0
            assert app_test("apps/counter.py").default_timeout == expected
            assert app_test("apps/counter.py", timeout=1).default_timeout == 1.0

        @pytest.mark.apptest(timeout=2)
        def test_marker(app_test):
            assert app_test("apps/counter.py").default_timeout == 2.0
    """)
    apps.runpytest().assert_outcomes(passed=2)
    apps.runpytest("--apptest-timeout", "9").assert_outcomes(passed=2)


def test_bad_ini_timeout_is_a_usage_error(apps: pytest.Pytester) -> None:
    apps.makeini("[pytest]\napptest_timeout = soon\n")
    write_test(apps, "def test_it(app_test):\n    app_test('apps/counter.py')\n")
    result = apps.runpytest()
    result.stdout.fnmatch_lines(["*apptest_timeout must be a number of seconds, got 'soon'*"])


def test_script_root(apps: pytest.Pytester) -> None:
    apps.makeini("[pytest]\napptest_script_root = apps\n")
    write_test(apps, "def test_it(app_test):\n    assert app_test('counter.py').run().button\n")
    apps.runpytest().assert_outcomes(passed=1)


def test_unchecked_app_error_fails_the_test_with_the_app_traceback(apps: pytest.Pytester) -> None:
    write_test(apps, """
        def test_unchecked(app_test):
            app_test("apps/broken.py").run()

        def test_checked(app_test):
            at = app_test("apps/broken.py").run()
            assert at.exception[0].value == "division by zero"

        def test_fixed_by_a_later_run(app_test):
            at = app_test.from_string("import streamlit as st\\nif st.button('ok'):\\n    1/0")
            at.run().button[0].click().run()
            at.run()
    """)
    result = apps.runpytest()
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines([
        "*App apps/broken.py ended its last run with an uncaught exception that the test did "
        "not check:*",
        "Traceback (the app's frames):",
        '*broken.py", line 4, in <module>',
        "*total = 1 / 0",
        "ZeroDivisionError: division by zero",
    ])


def test_app_errors_can_be_allowed(apps: pytest.Pytester) -> None:
    apps.makeini("[pytest]\napptest_fail_on_app_exception = false\n")
    write_test(apps, "def test_it(app_test):\n    app_test('apps/broken.py').run()\n")
    apps.runpytest().assert_outcomes(passed=1)


def test_st_exception_is_not_an_unchecked_error(apps: pytest.Pytester) -> None:
    write_test(apps, """
        def test_it(app_test):
            app_test.from_string("import streamlit as st\\nst.exception(ValueError('shown'))").run()
    """)
    apps.runpytest().assert_outcomes(passed=1)


def test_failure_report_shows_tree_state_and_exceptions(apps: pytest.Pytester) -> None:
    write_test(apps, """
        def test_fails(app_test):
            at = app_test("apps/counter.py").run()
            app_test("apps/broken.py").run().exception
            assert at.session_state.count == 5
    """)
    result = apps.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([
        "*- apptest: apps/counter.py -*",
        "main",
        "  button label='Increment' value=False",
        "  markdown value='Count =  `0`'",
        "session_state:",
        "  'count': 0",
        "*- apptest: apps/broken.py -*",
        "main",
        "  title value='Broken'",
        "exceptions:",
        "  Traceback (the app's frames):",
        "  ZeroDivisionError: division by zero",
    ])


def test_passing_tests_get_no_report(apps: pytest.Pytester) -> None:
    write_test(apps, "def test_it(app_test):\n    app_test('apps/counter.py').run()\n")
    result = apps.runpytest("-rA")
    result.assert_outcomes(passed=1)
    assert "apptest: apps/counter.py" not in result.stdout.str()


def test_apps_are_closed_at_teardown(apps: pytest.Pytester) -> None:
    write_test(apps, """
        from apptest import AppTest

        closed = []

        def test_make(monkeypatch, app_test):
            monkeypatch.setattr(AppTest, "close", lambda self: closed.append(self), raising=False)
            app_test("apps/counter.py")
            app_test.from_string("import streamlit as st")
            assert closed == []

        def test_after():
            assert len(closed) == 2
    """)
    apps.runpytest().assert_outcomes(passed=2)


def test_clock_fixture_sets_the_time_of_every_app(apps: pytest.Pytester) -> None:
    write_test(apps, """
        import datetime as dt

        APP = "import datetime, streamlit as st\\nst.write(str(datetime.datetime.now()))"

        def test_clock(app_test, apptest_clock):
            first = app_test.from_string(APP)
            apptest_clock.freeze("2024-01-01 09:00")
            second = app_test.from_string(APP)
            apptest_clock.tick(dt.timedelta(minutes=5))
            for at in (first, second):
                assert at.run().markdown[0].value == "2024-01-01 09:05:00"
            assert apptest_clock.now() == dt.datetime(2024, 1, 1, 9, 5)
    """)
    apps.runpytest().assert_outcomes(passed=1)


def test_works_with_importlib_mode_and_xdist(apps: pytest.Pytester) -> None:
    pytest.importorskip("xdist")
    for i in range(4):
        write_test(apps, f"""
            import pytest

            @pytest.mark.apptest("apps/counter.py")
            def test_{i}(app):
                app.button[0].click().run()
                assert app.session_state.count == 1
        """, name=f"test_{i}.py")
    result = apps.runpytest_subprocess("-n", "2", "--import-mode=importlib", "--strict-markers")
    result.assert_outcomes(passed=4)
