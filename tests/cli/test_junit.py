"""``apptest check --junit-xml``: a report CI systems read.

Checked against the shape of the JUnit schema that CI readers accept (the one pytest's
``junit_family=xunit2`` writes): ``testsuites`` > ``testsuite`` > ``testcase`` with
``classname``, ``name`` and ``time``; at most one ``failure``/``skipped`` child with a
``message``; counts on the suite that match its test cases.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from apptest._cli import main
from tests.cli._helpers import write

_SUITE_COUNTS = ("tests", "failures", "errors", "skipped")


def validate(path: Path) -> ET.Element:
    """Parse ``path`` and check it has the JUnit shape; returns the ``testsuite``."""
    assert path.read_text(encoding="utf-8").startswith("<?xml version='1.0' encoding='utf-8'?>")
    root = ET.parse(path).getroot()
    assert root.tag == "testsuites"
    [suite] = list(root)
    assert suite.tag == "testsuite"
    assert set(_SUITE_COUNTS) <= set(suite.attrib)
    assert {"name", "time", "timestamp"} <= set(suite.attrib)
    float(suite.get("time", ""))
    cases = list(suite)
    assert all(case.tag == "testcase" for case in cases)
    for case in cases:
        assert {"classname", "name", "time"} <= set(case.attrib)
        float(case.get("time", ""))
        children = list(case)
        assert len(children) <= 1
        for child in children:
            assert child.tag in ("failure", "skipped")
            assert child.get("message")
    counts = {
        "tests": len(cases),
        "failures": sum(1 for c in cases if c.find("failure") is not None),
        "errors": 0,
        "skipped": sum(1 for c in cases if c.find("skipped") is not None),
    }
    assert {k: int(suite.get(k, "")) for k in _SUITE_COUNTS} == counts
    assert {k: int(root.get(k, "")) for k in _SUITE_COUNTS} == counts
    return suite


def test_junit_xml_has_a_testcase_per_page_and_per_failing_path(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(in_tmp, "good.py", "import streamlit as st\nst.title('ok')\n")
    write(in_tmp, "sub/broken.py", "import streamlit as st\nraise ValueError('x < y & z')\n")
    write(in_tmp, "skip.py", "import streamlit as st\n# apptest: skip not today\n")
    write(in_tmp, "clicks.py", """
        import streamlit as st
        if st.button("Go"):
            raise RuntimeError("clicked")
        """)
    status = main(["check", ".", "--explore", "3", "--junit-xml", "reports/junit.xml"])
    capsys.readouterr()
    assert status == 1
    suite = validate(in_tmp / "reports" / "junit.xml")
    cases = {(c.get("classname"), c.get("name")): c for c in suite}
    assert sorted(cases) == [
        ("clicks", "clicks.py (explored 1)"),
        ("clicks", "clicks.py after click button 'Go'"),
        ("good", "good.py (explored 0)"),
        ("skip", "skip.py"),
        ("sub.broken", "sub/broken.py"),
    ]
    failure = cases[("sub.broken", "sub/broken.py")].find("failure")
    assert failure is not None
    assert failure.get("type") == "exception"
    assert failure.get("message") == "uncaught exception: ValueError: x < y & z"
    assert "def test_broken_exception():" in (failure.text or "")
    clicked = cases[("clicks", "clicks.py after click button 'Go'")].find("failure")
    assert clicked is not None and "at.button[0].click().run()" in (clicked.text or "")
    skipped = cases[("skip", "skip.py")].find("skipped")
    assert skipped is not None and skipped.get("message") == "not today"


def test_junit_xml_of_a_passing_run(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(in_tmp, "app.py", "import streamlit as st\nst.title('ok')\n")
    assert main(["check", "app.py", "--junit-xml", "junit.xml"]) == 0
    suite = validate(in_tmp / "junit.xml")
    assert [(c.get("classname"), c.get("name")) for c in suite] == [("app", "app.py")]
