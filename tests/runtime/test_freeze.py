"""A frozen harness clock is what the app sees (via freezegun); harness timeouts stay real."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap
import time

import pytest

from apptest import AppTest
from apptest.errors import ScriptTimeoutError
from apptest.runtime._clock import Clock
from apptest.runtime._freeze import app_time, perf_counter

SHOW_TIME = """
import datetime, time
from datetime import date
import streamlit as st
st.write(str(datetime.datetime.now()))
st.write(str(date.today()))
st.write(str(time.time()))
st.time_input("When", key="when")
"""
LOOP = """
import streamlit as st
while True:
    st.write("tick")
"""


def shown(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown]


def test_app_sees_the_frozen_clock_and_its_ticks() -> None:
    at = AppTest.from_string(SHOW_TIME, freeze_time="2024-01-01 09:00").run()
    stamp = dt.datetime(2024, 1, 1, 9, 0).timestamp()
    assert shown(at) == ["2024-01-01 09:00:00", "2024-01-01", str(stamp)]
    assert at.time_input(key="when").value == dt.time(9, 0)
    at.clock.tick(dt.timedelta(days=1, minutes=30))
    assert shown(at.run()) == ["2024-01-02 09:30:00", "2024-01-02", str(stamp + 88200)]


def test_unfrozen_clock_follows_real_time_at_no_cost() -> None:
    assert app_time(Clock()) is app_time(Clock())
    before = dt.datetime.now()
    at = AppTest.from_string(SHOW_TIME).run()
    assert before <= dt.datetime.fromisoformat(shown(at)[0]) <= dt.datetime.now()


def test_nothing_stays_frozen_after_a_run() -> None:
    real = dt.datetime, dt.date, time.time, time.perf_counter
    AppTest.from_string(SHOW_TIME, freeze_time="2001-01-01").run()
    assert (dt.datetime, dt.date, time.time, time.perf_counter) == real
    assert dt.datetime.now().year > 2001


def test_frozen_time_in_another_timezone(monkeypatch: pytest.MonkeyPatch) -> None:
    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset is not available")
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        at = AppTest.from_string(SHOW_TIME, freeze_time="2024-07-01 09:00").run()
        stamp = dt.datetime(2024, 7, 1, 9, 0).timestamp()
    finally:
        monkeypatch.undo()
        time.tzset()
    assert shown(at) == ["2024-07-01 09:00:00", "2024-07-01", str(stamp)]


def test_timeouts_use_real_time_while_frozen() -> None:
    at = AppTest.from_string(LOOP, freeze_time="2024-01-01", default_timeout=0.2)
    start = perf_counter()
    with pytest.raises(ScriptTimeoutError, match=r"timed out after 0\.2\(s\)"):
        at.run()
    assert 0.2 <= perf_counter() - start < 5


def test_timeouts_use_real_time_under_a_tests_own_freezegun() -> None:
    freezegun = pytest.importorskip("freezegun")
    with freezegun.freeze_time("2020-01-01"):
        at = AppTest.from_string(LOOP, default_timeout=0.2)
        with pytest.raises(ScriptTimeoutError):
            at.run()
        assert AppTest.from_string(SHOW_TIME).run().markdown[0].value == "2020-01-01 00:00:00"


def test_helper_module_imported_earlier_sees_the_frozen_clock(tmp_path, monkeypatch) -> None:
    (tmp_path / "stamp_helper.py").write_text(
        "from datetime import datetime\n\ndef stamp():\n    return str(datetime.now())\n"
    )
    (tmp_path / "app.py").write_text(
        "import streamlit as st\nfrom stamp_helper import stamp\nst.write(stamp())\n"
    )
    at = AppTest.from_file(str(tmp_path / "app.py")).run()
    assert not at.markdown[0].value.startswith("2024")
    at.clock.freeze("2024-05-05 05:05")
    assert at.run().markdown[0].value == "2024-05-05 05:05:00"
    monkeypatch.delitem(sys.modules, "stamp_helper", raising=False)


def test_first_import_of_a_c_extension_during_a_frozen_run_is_safe() -> None:
    """Cython modules check ``datetime.datetime``'s size on import; freezegun's class is
    bigger, and pandas imported under freezegun crashes the interpreter."""
    pytest.importorskip("pandas")
    code = textwrap.dedent("""
        from apptest import AppTest
        at = AppTest.from_string('''
        import pandas as pd, datetime, streamlit as st
        st.write(str(datetime.datetime.now()), len(pd.DataFrame({"a": [1]})))
        ''', freeze_time="2024-01-01").run()
        print(at.markdown[0].value)
    """)
    done = subprocess.run([sys.executable, "-W", "error::RuntimeWarning", "-c", code],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "2024-01-01 00:00:00 `1`"
