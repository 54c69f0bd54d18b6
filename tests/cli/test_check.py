"""``apptest check``: what fails an app, what it prints, and its exit status."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from apptest._cli import main
from tests.cli._helpers import ROOT, run_cli, write

CLEAN = "import streamlit as st\nst.title('Fine')\nst.button('Go')\n"
RAISES = "import streamlit as st\nst.title('Broken')\nraise ValueError('boom')\n"
DUPLICATE = "import streamlit as st\nst.button('A')\nst.button('A')\n"
SLOW = """
import time
import streamlit as st
for _ in range(100):
    time.sleep(0.01)
    st.write("tick")
"""
WARNS = """
import streamlit as st
st.session_state.x = 5
st.slider("X", 0, 10, value=3, key="x")
"""


def check(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["check", *args])
    out, err = capsys.readouterr()
    return status, out, err


# --------------------------------------------------------------------------- passing


def test_a_clean_app_passes_with_a_progress_line_and_a_summary(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(in_tmp, "app.py", CLEAN)
    status, out, err = check(capsys, ".")
    assert status == 0, out
    lines = out.splitlines()
    assert lines[0].startswith("[1/1] app.py passed (1 page) ")
    assert lines[0].endswith("s")
    assert lines[-3].split() == ["apps", "pages", "interactions", "failures", "skipped", "time"]
    assert lines[-2].split()[:5] == ["1", "1", "0", "0", "0"]
    assert lines[-1].startswith("1 passed in ")
    assert "FAILURES" not in out
    assert err == ""


def test_the_repository_examples_pass(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """The README's first command: every example passes (the guide's broken ones by design)."""
    monkeypatch.chdir(ROOT)
    status, out, _ = check(capsys, "examples/")
    assert status == 0, out
    assert "examples/session_state/uninitialized_exception.py passed (1 page, raised KeyError as expected)" in out
    assert "examples/navigation/app.py passed (3 pages)" in out


# --------------------------------------------------------------------------- failure kinds


@pytest.mark.parametrize(
    ("source", "title"),
    [
        (RAISES, "app.py: uncaught exception: ValueError: boom"),
        (DUPLICATE, "app.py: duplicate widget or element: streamlit.errors.StreamlitDuplicateElementId"),
        ("import streamlit as st\nst.rerun()\n", "app.py: too many reruns"),
        ("import streamlit as st\nst.write(\n", "app.py: uncaught exception: SyntaxError"),
    ],
)
def test_a_failing_app_exits_1_and_says_why(
    in_tmp: Path, capsys: pytest.CaptureFixture[str], source: str, title: str
) -> None:
    write(in_tmp, "app.py", source)
    status, out, _ = check(capsys, "app.py")
    assert status == 1
    assert "[1/1] app.py FAILED (1 failure) (1 page)" in out
    assert title in out
    assert out.splitlines()[-1].startswith("1 failed, 0 passed in ")


def test_an_uncaught_exception_shows_the_apps_traceback(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(in_tmp, "app.py", RAISES)
    _, out, _ = check(capsys, "app.py")
    assert "ValueError: boom" in out
    assert 'line 3, in <module>' in out
    assert "raise ValueError('boom')" in out


def test_st_exception_shown_on_purpose_is_not_a_failure(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(in_tmp, "app.py", "import streamlit as st\nst.exception(ValueError('shown'))\n")
    assert check(capsys, "app.py")[0] == 0


def test_a_timeout_fails(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(in_tmp, "slow.py", SLOW)
    status, out, _ = check(capsys, "slow.py", "--timeout", "0.2")
    assert status == 1
    assert "slow.py: timeout: AppTest script run timed out after 0.2(s)" in out
    assert check(capsys, "slow.py", "--timeout", "30")[0] == 0


def test_warnings_fail_only_with_strict(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(in_tmp, "warns.py", WARNS)
    status, out, err = check(capsys, "warns.py")
    assert status == 0
    assert "created with a default value" not in out + err  # logged, kept off the output
    status, out, _ = check(capsys, "warns.py", "--strict")
    assert status == 1
    assert ('warns.py: warning treated as an error (--strict): The widget with key "x" was '
            "created with a default value but also had its value set via the Session State API.") in out


def test_strict_fails_on_warning_exception_elements(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(in_tmp, "app.py", "import streamlit as st\nst.exception(DeprecationWarning('old'))\n")
    assert check(capsys, "app.py")[0] == 0
    status, out, _ = check(capsys, "app.py", "--strict")
    assert status == 1
    assert "warning treated as an error (--strict): DeprecationWarning: old" in out


# --------------------------------------------------------------------------- directives


@pytest.mark.parametrize(
    ("apps", "status", "shown"),
    [
        (
            {"a.py": RAISES + "# apptest: expect-exception ValueError\n",
             "b.py": RAISES + "# apptest: expect-exception\n"},
            0,
            ["a.py passed (1 page, raised ValueError as expected)"],
        ),
        (
            {"clean.py": CLEAN + "# apptest: expect-exception\n",
             "other.py": RAISES + "# apptest: expect-exception KeyError\n"},
            1,
            ["clean.py: expected exception did not happen: marked '# apptest: expect-exception' "
             "but it ran without an exception", "but it raised ValueError"],
        ),
    ],
)
def test_expect_exception_passes_only_when_the_app_raises_it(
    in_tmp: Path, capsys: pytest.CaptureFixture[str], apps: dict[str, str], status: int,
    shown: list[str],
) -> None:
    for name, source in apps.items():
        write(in_tmp, name, source)
    got, out, _ = check(capsys, ".")
    assert got == status, out
    for text in shown:
        assert text in out


def test_skip_directive(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(in_tmp, "app.py", RAISES + "# apptest: skip needs a database\n")
    status, out, _ = check(capsys, "app.py")
    assert status == 0
    assert "[1/1] app.py skipped (needs a database)" in out
    assert out.splitlines()[-1].startswith("0 passed, 1 skipped in ")


# --------------------------------------------------------------------------- pages


def test_every_page_of_a_navigation_app_is_run(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(in_tmp, "app.py", """
        import streamlit as st
        def home():
            st.title("Home")
        st.navigation([st.Page(home, title="Home"), st.Page("views/bad.py"),
                       st.Page("views/hidden.py", visibility="hidden")]).run()
        """)
    write(in_tmp, "views/bad.py", "import streamlit as st\nst.title('Bad')\nst.write(1 / 0)\n")
    write(in_tmp, "views/hidden.py", "import streamlit as st\nst.title('Hidden')\n")
    status, out, _ = check(capsys, ".")
    assert status == 1
    assert "[1/1] app.py FAILED (1 failure) (3 pages)" in out
    assert "app.py::views/bad.py: uncaught exception: ZeroDivisionError" in out
    assert "at.switch_page('views/bad.py')" in out


def test_pages_folder_pages_are_run(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(in_tmp, "home.py", CLEAN)
    write(in_tmp, "pages/1_Fine.py", CLEAN)
    write(in_tmp, "pages/2_Broken.py", RAISES)
    status, out, _ = check(capsys, ".")
    assert status == 1
    assert "home.py::pages/2_Broken.py: uncaught exception" in out
    assert "home.py::pages/1_Fine.py" not in out.split("FAILURES")[1]


# --------------------------------------------------------------------------- options


def test_query_params_secrets_and_frozen_time_reach_the_app(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(in_tmp, "app.py", """
        import datetime
        import streamlit as st
        assert st.query_params["tab"] == "sales", st.query_params.to_dict()
        assert st.query_params.get_all("id") == ["1", "2"]
        assert st.secrets["db"]["password"] == "hunter2-secret"
        assert datetime.date.today() == datetime.date(2024, 2, 29)
        """)
    write(in_tmp, "secrets.toml", '[db]\npassword = "hunter2-secret"\n')
    args = ["app.py", "--query-params", "tab=sales,id=1,id=2", "--secrets", "secrets.toml",
            "--freeze-time", "2024-02-29T12:00:00"]
    status, out, _ = check(capsys, *args)
    assert status == 0, out


def test_secrets_never_appear_in_the_output(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(in_tmp, "app.py", """
        import streamlit as st
        st.write(st.secrets["token"])
        raise RuntimeError("bad token " + st.secrets["token"])
        """)
    write(in_tmp, "secrets.toml", 'token = "tok-123456"\n')
    status, out, _ = check(capsys, "app.py", "--secrets", "secrets.toml", "--format", "json",
                           "--junit-xml", "report.xml")
    assert status == 1
    assert "tok-123456" not in out
    assert "bad token ***" in out
    assert "tok-123456" not in (in_tmp / "report.xml").read_text()


def test_json_format(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(in_tmp, "good.py", CLEAN)
    write(in_tmp, "bad.py", RAISES)
    status, out, err = check(capsys, ".", "--format", "json")
    assert status == 1
    report = json.loads(out)
    assert report["passed"] is False
    assert report["summary"]["apps"] == 2
    assert report["summary"]["failures"] == 1
    bad, good = report["apps"]
    assert (bad["path"], bad["passed"], good["path"], good["passed"]) == ("bad.py", False, "good.py", True)
    failure = bad["pages"][0]["failures"][0]
    assert failure["kind"] == "exception"
    assert failure["message"] == "ValueError: boom"
    assert "def test_bad_exception():" in failure["test"]
    assert "[1/2] bad.py FAILED" in err  # progress goes to stderr, JSON alone to stdout


def test_jobs_2_checks_apps_in_parallel_processes(in_tmp: Path) -> None:
    for i in range(3):
        write(in_tmp, f"ok{i}.py", CLEAN)
    write(in_tmp, "bad.py", RAISES)
    proc = run_cli("check", ".", "--jobs", "2", "--format", "json", cwd=in_tmp)
    assert proc.returncode == 1, proc.stderr
    report = json.loads(proc.stdout)
    assert [app["path"] for app in report["apps"]] == ["bad.py", "ok0.py", "ok1.py", "ok2.py"]
    assert [app["passed"] for app in report["apps"]] == [False, True, True, True]
    assert len([line for line in proc.stderr.splitlines() if line.startswith("[")]) == 4


def test_python_dash_m_check_in_a_child_process(in_tmp: Path) -> None:
    write(in_tmp, "app.py", CLEAN)
    proc = run_cli("check", "app.py", cwd=in_tmp)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.startswith("[1/1] app.py passed")


# --------------------------------------------------------------------------- usage errors


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nope.py"], "apptest: error: no such file or folder: nope.py"),
        (["empty"], "apptest: error: no Streamlit app found in empty"),
        (["app.py", "--secrets", "missing.toml"], "apptest: error: no secrets file at missing.toml"),
        (["app.py", "--jobs", "0"], "--jobs 1 or more"),
        (["app.py", "--timeout", "0"], "argument --timeout: expected a number above 0"),
        (["app.py", "--query-params", "novalue"], "expected KEY=VALUE, got 'novalue'"),
        (["app.py", "--freeze-time", "someday"], "--freeze-time takes an ISO date/time"),
        (["app.py", "--format", "xml"], "argument --format: invalid choice: 'xml'"),
        (["app.py", "--bogus"], "unrecognized arguments: --bogus"),
        ([], "the following arguments are required: PATH"),
    ],
)
def test_usage_errors_exit_2_with_a_message(
    in_tmp: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    write(in_tmp, "app.py", CLEAN)
    (in_tmp / "empty").mkdir()
    status, out, err = check(capsys, *args)
    assert status == 2
    assert message in err
    assert out == ""


def test_requires_skips_an_app_whose_module_is_missing(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(in_tmp, "a.py", "import streamlit as st\nimport no_such_component\n"
          "# apptest: requires no_such_component\n")
    write(in_tmp, "b.py", "import streamlit as st\nimport other_missing\n"
          "# apptest: requires no_such_component\n")
    write(in_tmp, "c.py", CLEAN + "# apptest: requires json\n")
    status, out, _ = check(capsys, ".")
    assert "a.py skipped (needs no_such_component)" in out
    assert "b.py FAILED" in out  # another module is missing: that is a failure
    assert "c.py passed" in out
    assert status == 1


def test_a_worker_process_that_dies_is_a_failure_not_a_crash(in_tmp: Path) -> None:
    write(in_tmp, "a.py", CLEAN)
    write(in_tmp, "exits.py", "import os\nimport streamlit as st\nif st.button('Quit'):\n    os._exit(3)\n")
    proc = run_cli("check", ".", "--jobs", "2", "--explore", "2", cwd=in_tmp)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "exits.py: could not be checked: checking the app failed: BrokenProcessPool" in proc.stdout
    assert "Traceback" not in proc.stderr
