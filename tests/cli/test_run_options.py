"""``apptest run APP`` with ``--click``, ``--set``, ``--query`` and ``--format json``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from apptest._cli import main
from apptest._cli_run import json_value
from tests.cli._helpers import ROOT, run_cli, write

FORM_APP = """
import streamlit as st
st.title(f"Hello {st.query_params.get('name', 'nobody')}")
age = st.slider("Age", 0, 100, 30, key="age")
st.checkbox("Member", key="member")
if st.button("Save"):
    st.session_state.saved = age
"""


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["run", *args])
    out, err = capsys.readouterr()
    return status, out, err


def test_click_twice_runs_after_each_click(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    status, out, _ = run(capsys, "examples/counter.py", "--click", "Increment", "--click", "Increment")
    assert status == 0
    assert "markdown value='Count =  `2`'" in out
    assert "'count': 2" in out


def test_set_and_click_in_the_order_given(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(in_tmp, "app.py", FORM_APP)
    status, out, _ = run(capsys, "app.py", "--set", "age=42", "--set", "member=true",
                         "--click", "Save", "--query", "name=Ann")
    assert status == 0
    assert "title value='Hello Ann'" in out
    assert "'saved': 42" in out
    assert "'member': True" in out
    _, out, _ = run(capsys, "app.py", "--click", "Save", "--set", "age=42")
    assert "'saved': 30" in out


def test_format_json(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(in_tmp, "app.py", FORM_APP + "st.write(b'raw')\nst.session_state.when = {1, 2}\n")
    status, out, _ = run(capsys, "app.py", "--format", "json", "--query", "name=Bo",
                         "--query", "tag=a", "--query", "tag=b")
    assert status == 0
    data = json.loads(out)
    assert data["query_params"] == {"name": "Bo", "tag": ["a", "b"]}
    main_area = data["tree"][0]
    assert main_area["type"] == "main"
    assert main_area["children"][0] == {"type": "title", "value": "Hello Bo"}
    assert main_area["children"][1] == {"type": "slider", "key": "age", "label": "Age", "value": 30}
    assert data["session_state"]["age"] == 30
    assert data["session_state"]["when"] == "{1, 2}"  # not JSON: the snapshot text
    assert data["exceptions"] == []


def test_format_json_lists_exceptions_and_exits_1(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(in_tmp, "app.py", "import streamlit as st\nraise KeyError('k')\n")
    status, out, _ = run(capsys, "app.py", "--format", "json")
    assert status == 1
    [exc] = json.loads(out)["exceptions"]
    assert exc["type"] == "KeyError"
    assert exc["stack_trace"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--click", "Nope"], "no button labelled 'Nope' (buttons: 'Save')"),
        (["--set", "missing=1"], "no widget with key 'missing' (keys: age, member)"),
        (["--set", "age=500"], "Slider 'Age' accepts 0..100, got 500"),
        (["--set", "noequals"], "expected KEY=VALUE, got 'noequals'"),
        (["--query", "x"], "expected KEY=VALUE, got 'x'"),
        (["--format", "yaml"], "invalid choice: 'yaml'"),
    ],
)
def test_bad_interactions_are_usage_errors(
    in_tmp: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    write(in_tmp, "app.py", FORM_APP)
    status, out, err = run(capsys, "app.py", *args)
    assert status == 2
    assert message in err
    assert out == ""


def test_json_in_a_child_process() -> None:
    proc = run_cli("run", "examples/counter.py", "--click", "Increment", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["session_state"] == {"count": 1}


def test_json_value() -> None:
    assert json_value({"a": [1, (2, None)]}) == {"a": [1, [2, None]]}
    assert json_value(float("inf")) == "inf"
    assert json_value({1: "x"}) == "{1: 'x'}"
