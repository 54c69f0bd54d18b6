"""A run that takes longer than its timeout raises from ``AppTest.run`` (real Streamlit's behaviour).

Real ``streamlit.testing.v1.AppTest.run`` raises
``RuntimeError("AppTest script run timed out after 0.3(s)")``; apptest has
``ScriptTimeoutError(AppTestError, RuntimeError)`` with the same message for it.

KNOWN BUG (apptest 0.1.0): ``ScriptRun.check_deadline`` raises ``ScriptTimeoutError`` inside
the script, where ``Session._run_once`` catches it as an app exception; the run ends quietly
with an exception element ``'AppTest script run timed out after 0.3(s)'`` instead.

Run against real Streamlit with ``APPTEST_ORACLE=streamlit pytest tests/test_script_timeout.py``.
"""

from __future__ import annotations

import pytest

from tests._harness import AppTest

# Ends by itself after ~3 s, so real Streamlit's script thread does not outlive the test.
SLOW_APP = """
import time
import streamlit as st
for _ in range(300):
    time.sleep(0.01)
    st.write("tick")
"""


def test_run_over_its_timeout_raises_runtime_error() -> None:
    at = AppTest.from_string(SLOW_APP, default_timeout=0.3)
    with pytest.raises(RuntimeError, match=r"AppTest script run timed out after 0\.3\(s\)"):
        at.run()


def test_run_timeout_argument_overrides_default() -> None:
    at = AppTest.from_string(SLOW_APP, default_timeout=30)
    with pytest.raises(RuntimeError, match=r"timed out after 0\.2\(s\)"):
        at.run(timeout=0.2)
