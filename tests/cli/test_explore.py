"""``apptest check --explore``: breadth-first interactions, shortest paths, printed tests."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from apptest import AppTest
from apptest._cli import main
from apptest._cli_explore import explore
from apptest._cli_probe import CheckOptions, Target
from apptest._cli_steps import literal, steps_of
from tests.cli._helpers import write

#: a bug that needs two clicks of "Go"; the other widgets are distractions
TWO_CLICKS = """
import streamlit as st

if "clicks" not in st.session_state:
    st.session_state.clicks = 0
st.checkbox("Unrelated")
st.radio("Colour", ["red", "green", "blue"])
if st.button("Go"):
    st.session_state.clicks += 1
if st.session_state.clicks >= 2:
    st.write(1 / 0)
"""
FIXED = TWO_CLICKS.replace("1 / 0", "'two clicks'")


def explored(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict]:
    status = main(["check", *args, "--format", "json"])
    return status, json.loads(capsys.readouterr().out)


def failures_of(report: dict) -> list[dict]:
    return [f for app in report["apps"] for page in app["pages"] for f in page["failures"]]


def run_pytest(folder: Path, test_source: str) -> subprocess.CompletedProcess[str]:
    (folder / "test_repro.py").write_text(test_source, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_repro.py"],
        cwd=folder, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
    )


def test_explore_finds_a_bug_after_two_clicks_and_prints_the_shortest_path(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(in_tmp, "app.py", TWO_CLICKS)
    assert main(["check", "app.py"]) == 0  # the first run alone does not see it
    capsys.readouterr()
    status, report = explored(capsys, "app.py", "--explore", "20")
    assert status == 1
    [failure] = failures_of(report)
    assert failure["kind"] == "exception"
    assert failure["message"] == "ZeroDivisionError: division by zero"
    assert failure["descriptions"] == ["click button 'Go'", "click button 'Go'"]
    assert failure["steps"] == ["at.button[0].click().run()"] * 2


def test_the_printed_test_fails_before_the_fix_and_passes_after(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(in_tmp, "app.py", TWO_CLICKS)
    _, report = explored(capsys, "app.py", "--explore", "20", "--timeout", "5")
    test = failures_of(report)[0]["test"]
    assert test.startswith("from apptest import AppTest\n")
    assert "AppTest.from_file('app.py', default_timeout=5.0)" in test
    before = run_pytest(in_tmp, test)
    assert before.returncode == 1, before.stdout
    assert "division by zero" in before.stdout
    write(in_tmp, "app.py", FIXED)
    after = run_pytest(in_tmp, test)
    assert after.returncode == 0, after.stdout
    assert "1 passed" in after.stdout


def test_printed_test_for_a_page_and_a_strict_warning_fails_then_passes(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(in_tmp, "home.py", "import streamlit as st\nst.title('Home')\n")
    page = """
        import streamlit as st
        if st.toggle("Advanced"):
            st.session_state.level = 7
            st.slider("Level", 0, 10, value=3, key="level")
        """
    write(in_tmp, "pages/1_Settings.py", page)
    status, report = explored(capsys, ".", "--explore", "5", "--strict")
    assert status == 1
    [failure] = failures_of(report)
    assert failure["kind"] == "warning"
    test = failure["test"]
    assert "at.switch_page('pages/1_Settings.py')" in test
    assert "at.toggle[0].set_value(True).run()" in test
    assert run_pytest(in_tmp, test).returncode == 1
    write(in_tmp, "pages/1_Settings.py", page.replace(", value=3", ""))
    assert run_pytest(in_tmp, test).returncode == 0


def test_explore_is_deterministic_and_seed_changes_the_order(in_tmp: Path) -> None:
    write(in_tmp, "app.py", TWO_CLICKS)
    target = Target("app.py", CheckOptions())

    def order(seed: int | None) -> list[str]:
        result = explore(target, 6, seed)
        return [" > ".join(s.description for s in path) for path, _ in result.failures] + [
            str(result.interactions)]

    assert order(None) == order(None)
    assert order(3) == order(3)
    runs = {tuple(order(seed)) for seed in range(6)}
    assert all(r[-1] == "6" for r in runs)


def test_seed_gives_the_same_report(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(in_tmp, "app.py", TWO_CLICKS)
    _, first = explored(capsys, "app.py", "--explore", "8", "--seed", "42")
    _, second = explored(capsys, "app.py", "--explore", "8", "--seed", "42")
    strip = lambda r: [(f["steps"], f["message"]) for f in failures_of(r)]  # noqa: E731
    assert strip(first) == strip(second)


def test_budget_limits_the_interactions_per_page(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(in_tmp, "app.py", "import streamlit as st\nif st.button('Add'):\n    st.session_state.n = st.session_state.get('n', 0) + 1\n")
    status, report = explored(capsys, "app.py", "--explore", "7")
    assert status == 0
    assert report["summary"]["interactions"] == 7
    assert report["apps"][0]["pages"][0]["interactions"] == 7


def test_explore_stops_when_nothing_new_happens(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(in_tmp, "app.py", "import streamlit as st\nst.checkbox('On')\n")
    status, report = explored(capsys, "app.py", "--explore", "50")
    assert status == 0
    assert report["summary"]["interactions"] == 2  # check, then uncheck back to the start


def test_explore_submits_forms_picks_options_and_uses_slider_ends(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(in_tmp, "app.py", """
        import streamlit as st
        with st.form("f"):
            size = st.slider("Size", 1, 9, 5)
            kind = st.selectbox("Kind", ["a", "b"])
            sent = st.form_submit_button("Send")
        if sent and size == 9 and kind == "b":
            raise RuntimeError("big b")
        """)
    status, report = explored(capsys, "app.py", "--explore", "60")
    assert status == 1
    [failure] = failures_of(report)
    assert failure["message"] == "RuntimeError: big b"
    assert sorted(failure["steps"][:2]) == [
        "at.selectbox[0].set_value('b').run()", "at.slider[0].set_value(9).run()"]
    assert failure["steps"][2] == "at.button[0].click().run()"


def test_explore_opens_and_uses_dialogs(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(in_tmp, "app.py", """
        import streamlit as st

        @st.dialog("Confirm")
        def confirm():
            if st.button("Really delete"):
                raise RuntimeError("deleted everything")

        if st.button("Delete"):
            confirm()
        """)
    status, report = explored(capsys, "app.py", "--explore", "10")
    assert status == 1
    [failure] = failures_of(report)
    assert failure["descriptions"] == ["click button 'Delete'", "click button 'Really delete'"]


def test_steps_use_keys_and_skip_disabled_widgets() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        st.button("Off", disabled=True)
        st.toggle("T", key="t")
        st.segmented_control("Mode", ["x", "y"], default="x")
        st.pills("Tags", ["p", "q"], selection_mode="multi")
        st.number_input("N", min_value=1, max_value=3)
        st.number_input("Free", value=1)
        """).run()
    assert [s.code for s in steps_of(at)] == [
        "at.toggle(key='t').set_value(True)",
        "at.segmented_control[0].set_value('y')",
        "at.pills[0].set_value(['p'])",
        "at.pills[0].set_value(['q'])",
        "at.number_input[0].set_value(3)",
    ]


def test_literal_round_trips_values() -> None:
    import datetime

    assert literal(datetime.time(8, 30)) == "datetime.time(8, 30)"
    assert literal((1, 2)) == "(1, 2)"
    assert literal(float("nan")) is None
    assert literal(object()) is None
