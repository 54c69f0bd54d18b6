"""No leaks into the process, sessions in parallel threads, and threads the app starts."""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor

import pytest

from apptest import AppTest
from apptest.errors import ScriptTimeoutError
from tests.reliability._isolation import ProcessState

RUNS = {
    "ok": "import streamlit as st\nimport json\nst.write('ok')",
    "error": "import streamlit as st\nimport json\nraise ValueError('x')",
    "exit": "import streamlit as st\nimport sys\nsys.exit(1)",
    "timeout": "import streamlit as st\nimport time\ntime.sleep(60)",
    "timeout_inside_with": (
        "import os, contextlib, time, warnings\nimport streamlit as st\n"
        "with contextlib.chdir('/'), warnings.catch_warnings():\n"
        "    warnings.simplefilter('ignore')\n    time.sleep(60)"
    ),
}


@pytest.mark.parametrize("name", list(RUNS))
def test_process_state_is_as_before_after_any_run(name: str) -> None:
    before = ProcessState.take()
    at = AppTest.from_string(RUNS[name])
    try:
        at.run(timeout=0.3)
    except ScriptTimeoutError:
        assert name.startswith("timeout")
    before.assert_unchanged(app_modules={"json", "contextlib"})


def test_real_streamlit_apptest_works_after_a_timed_out_run() -> None:
    testing = pytest.importorskip("streamlit.testing.v1")
    with pytest.raises(ScriptTimeoutError):
        AppTest.from_string(RUNS["timeout"]).run(timeout=0.2)
    real = testing.AppTest.from_string("import streamlit as st\nst.title('real')").run()
    assert real.title[0].value == "real"


def test_sessions_in_eight_threads_do_not_see_each_other() -> None:
    src = (
        "import streamlit as st\n"
        "me = st.query_params['me']\n"
        "st.session_state.setdefault('seen', [])\n"
        "st.session_state.seen.append(me)\n"
        "n = st.number_input('n', value=0, key='n')\n"
        "st.write(f'{me}:{n}')\n"
    )

    def one(i: int) -> tuple[list[str], list[str]]:
        at = AppTest.from_string(src, query_params={"me": str(i)}).run()
        for step in range(1, 20):
            at.number_input[0].set_value(step).run()
        return at.session_state.seen, [m.value for m in at.markdown]

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(one, range(32)))
    for i, (seen, markdown) in enumerate(results):
        assert seen == [str(i)] * 20
        assert markdown == [f"{i}:19"]


THREAD_APP = """
import threading
import streamlit as st
from streamlit.runtime.scriptrunner import add_script_run_ctx, get_script_run_ctx
st.write("main")
result = {}
def work(tag):
    st.write("from thread " + tag)
    result[tag] = (st.checkbox("box " + tag, value=True), get_script_run_ctx() is None)
for tag, with_ctx in (("bare", False), ("ctx", True)):
    thread = threading.Thread(target=work, args=(tag,))
    if with_ctx:
        add_script_run_ctx(thread)
    thread.start()
    thread.join()
st.write(repr(sorted(result.items())))
"""


def test_threads_started_by_the_app_behave_as_in_streamlit(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING):
        at = AppTest.from_string(THREAD_APP).run()
    # Streamlit 1.67: without a context the calls are no-ops (widgets give their default)
    assert [m.value for m in at.markdown] == [
        "main", "from thread ctx", "[('bare', (True, True)), ('ctx', (True, False))]",
    ]
    assert [c.label for c in at.checkbox] == ["box ctx"]
    assert "missing ScriptRunContext!" in caplog.text
    assert not at.exception


def test_streamlit_agrees_about_app_threads() -> None:
    testing = pytest.importorskip("streamlit.testing.v1")
    real = testing.AppTest.from_string(THREAD_APP).run()
    ours = AppTest.from_string(THREAD_APP).run()
    assert [m.value for m in real.markdown] == [m.value for m in ours.markdown]
    assert [c.label for c in real.checkbox] == [c.label for c in ours.checkbox]
