"""Conformance of ``at.query_params``: the URL before and after each run, real vs apptest.

The main conformance runner compares the page and session state only; here the URL a test
sets and reads back is compared too, for apps that start with query parameters. A person's
edit of a bound widget is left out: apptest writes it to the URL as a browser does
(see docs/architecture.md).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conformance.scenarios import RUN, Step, apply_step

# (name, app source, URL before the first run, steps; ("url", key, value) sets a param)
CASES: list[tuple[str, str, dict[str, Any], list[Step]]] = [
    ("script_writes", """
import streamlit as st
st.query_params["out"] = "1"
st.query_params.many = ["a", "b"]
st.query_params.blank = ""
st.query_params.gone = []
st.write(repr(st.query_params.to_dict()))
""", {"a": "x", "multi": ["1", "2"], "e": "", "embed": "true"}, [RUN, ("url", "in", "2"), RUN]),
    ("bound_widgets_seeded", """
import streamlit as st
import datetime
vals = [
    st.checkbox("c", key="c", bind="query-params"),
    st.number_input("n", 0, 10, key="n", bind="query-params"),
    st.slider("s", 0, 10, (2, 4), key="s", bind="query-params"),
    st.multiselect("m", ["a", "b", "c"], key="m", bind="query-params"),
    st.radio("r", ["a", "b"], key="r", bind="query-params"),
    st.color_picker("p", key="p", bind="query-params"),
    st.time_input("t", datetime.time(8, 0), key="t", bind="query-params"),
]
st.write(repr(vals), repr(st.query_params.to_dict()))
""", {"c": "true", "n": "2.5", "s": ["3", "8"], "m": ["c", "z", "c"], "r": "nope",
      "p": "abc", "t": "9:05", "free": "1"}, [RUN, RUN]),
    ("bound_widget_set_from_callback", """
import streamlit as st
def bump():
    st.session_state.n += 1
st.button("bump", on_click=bump)
st.write(repr(st.number_input("n", 0, 10, key="n", bind="query-params")))
""", {"n": "3"}, [RUN, ("button", 0, "click"), RUN, ("button", 0, "click"), RUN]),
    ("bound_widget_off_the_page_and_back", """
import streamlit as st
if not st.checkbox("hide", key="hide"):
    st.text_input("t", key="t", bind="query-params")
""", {"t": "hello"}, [RUN, ("checkbox", 0, "check"), RUN, ("checkbox", 0, "uncheck"), RUN]),
    ("url_edit_after_first_load_is_ignored", """
import streamlit as st
st.write(repr(st.text_input("t", key="t", bind="query-params")))
""", {"t": "a"}, [RUN, ("url", "t", "b"), RUN, ("session_state_set", "t", "zz"), RUN,
                  ("session_state_set", "t", ""), RUN]),
    ("bound_expander_and_tabs", """
import streamlit as st
with st.expander("e", key="e", bind="query-params"):
    st.write("inside")
st.tabs(["A", "B", "C"], key="t", bind="query-params")
st.write(repr(st.session_state.e), repr(st.session_state.t), repr(st.query_params.to_dict()))
""", {"e": "TRUE", "t": "C"}, [RUN, RUN]),
    ("session_state_before_first_run", """
import streamlit as st
st.write(repr(st.selectbox("s", ["a", "b", "c"], key="s", bind="query-params")))
""", {}, [("session_state_set", "s", "c"), RUN, RUN]),
]


def _play(cls: Any, source: str, url: dict[str, Any], steps: list[Step]) -> list[Any]:
    at = cls.from_string(source)
    at.query_params = dict(url)
    views = []
    for step in steps:
        if step[0] == "url":
            at.query_params[step[1]] = step[2]
            continue
        apply_step(at, step)
        if step[0] == "run":
            views.append(([m.value for m in at.markdown], [e.value for e in at.exception],
                          dict(at.query_params)))
    return views


@pytest.mark.parametrize(("name", "source", "url", "steps"), CASES, ids=[c[0] for c in CASES])
def test_query_params_match_real_apptest(name: str, source: str, url: dict, steps: list) -> None:
    real = pytest.importorskip("streamlit.testing.v1", reason="real Streamlit not installed")
    from tests._harness import AppTest, speed_up_real_apptest

    speed_up_real_apptest()
    expected = _play(real.AppTest, source, url, steps)
    assert _play(AppTest, source, url, steps) == expected
