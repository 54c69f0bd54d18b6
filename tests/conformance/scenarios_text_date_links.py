"""Conformance scenarios: text_area, date_input, datetime_input, date/time sliders,
download_button, link_button and page_link."""

from __future__ import annotations

import datetime

from tests.conformance.scenarios import RUN, Scenario, _s

D = datetime.date
DT = datetime.datetime
T = datetime.time

SCENARIOS: list[Scenario] = [
    # ------------------------------------------------------------------ text_area
    _s(
        "text_area_input_and_keyed_state",
        """
        import streamlit as st
        v = st.text_area("Bio", "hello", key="bio")
        st.write(repr(v), repr(st.session_state.bio))
        st.text_area("Notes")
        """,
        [RUN, ("text_area", 0, "input", "line one\nline two"), RUN,
         ("text_area", 1, "set_value", "n"), RUN, RUN],
    ),
    _s(
        "text_area_max_chars_and_none",
        """
        import streamlit as st
        a = st.text_area("a", max_chars=4, key="a")
        b = st.text_area("b", value=None, key="b", placeholder="type")
        st.write(repr(a), repr(b))
        """,
        [RUN, ("text_area", 0, "input", "abcd"), ("text_area", 1, "input", "x"), RUN,
         ("text_area", 1, "set_value", None), RUN],
    ),
    _s(
        "text_area_callback_and_preset_state",
        """
        import streamlit as st
        if "t" not in st.session_state:
            st.session_state.t = "preset"
        def cb(tag, *, n):
            st.session_state.log = (tag, n, st.session_state.t)
        st.text_area("t", key="t", on_change=cb, args=("x",), kwargs={"n": 2})
        st.write(repr(st.session_state.get("log")))
        """,
        [RUN, ("text_area", 0, "input", "typed"), RUN, ("session_state_set", "t", "ss"), RUN],
    ),
    # ------------------------------------------------------------------ date_input
    _s(
        "date_input_single_and_bounds",
        """
        import streamlit as st
        import datetime as dt
        d = st.date_input("Day", dt.date(2024, 1, 15), key="d")
        e = st.date_input("Bounded", dt.date(2024, 3, 1), min_value=dt.date(2024, 1, 1),
                          max_value=dt.date(2024, 12, 31))
        st.write(repr(d), repr(e))
        """,
        [RUN, ("date_input", 0, "set_value", D(2020, 5, 17)), RUN,
         ("date_input", 1, "set_value", D(2024, 12, 31)), RUN],
    ),
    _s(
        "date_input_range",
        """
        import streamlit as st
        import datetime as dt
        r = st.date_input("Trip", (dt.date(2024, 1, 1), dt.date(2024, 1, 7)), key="r")
        st.write(repr(r))
        """,
        [RUN, ("date_input", 0, "set_value", (D(2024, 2, 1), D(2024, 2, 3))), RUN,
         ("date_input", 0, "set_value", [D(2024, 3, 1)]), RUN],
    ),
    _s(
        "date_input_none_and_state",
        """
        import streamlit as st
        import datetime as dt
        if "k" not in st.session_state:
            st.session_state.k = dt.date(2023, 6, 1)
        a = st.date_input("Empty", None, min_value=dt.date(2020, 1, 1),
                          max_value=dt.date(2030, 1, 1))
        b = st.date_input("From state", key="k", min_value=dt.date(2020, 1, 1),
                          max_value=dt.date(2030, 1, 1))
        st.write(repr(a), repr(b))
        """,
        [RUN, ("date_input", 0, "set_value", D(2025, 1, 2)), RUN,
         ("date_input", 0, "set_value", None), ("date_input", 1, "set_value", D(2029, 1, 1)), RUN],
    ),
    _s(
        "date_pickers_reset_when_bounds_exclude_value",
        """
        import streamlit as st
        import datetime as dt
        hi = dt.date(2024, 1, 31) if st.session_state.get("narrow") else dt.date(2024, 12, 31)
        d = st.date_input("d", dt.date(2024, 1, 5), key="d", max_value=hi)
        t = st.datetime_input("t", dt.datetime(2024, 1, 5), key="t",
                              max_value=dt.datetime.combine(hi, dt.time()))
        st.write(repr((d, t)))
        """,
        [RUN, ("date_input", 0, "set_value", D(2024, 6, 1)),
         ("datetime_input", 0, "set_value", DT(2024, 6, 1)), RUN,
         ("session_state_set", "narrow", True), RUN, RUN],
    ),
    # ------------------------------------------------------------------ datetime_input
    _s(
        "datetime_input_value_and_set",
        """
        import streamlit as st
        import datetime as dt
        v = st.datetime_input("When", dt.datetime(2024, 1, 15, 10, 37, 22), key="w")
        st.write(repr(v))
        """,
        [RUN, ("datetime_input", 0, "set_value", DT(2025, 2, 3, 4, 5)), RUN, RUN],
    ),
    _s(
        "datetime_input_bounds_and_none",
        """
        import streamlit as st
        import datetime as dt
        a = st.datetime_input("a", None, min_value=dt.datetime(2024, 1, 1, 8, 0),
                              max_value=dt.datetime(2024, 1, 31, 18, 0))
        b = st.datetime_input("b", dt.date(2024, 5, 5), step=dt.timedelta(hours=1))
        st.write(repr(a), repr(b))
        """,
        [RUN, ("datetime_input", 0, "set_value", DT(2024, 1, 2, 9, 30)), RUN,
         ("datetime_input", 0, "set_value", None), RUN],
    ),
    _s(
        "datetime_input_callback",
        """
        import streamlit as st
        import datetime as dt
        def cb():
            st.session_state.seen = st.session_state.w
        st.datetime_input("w", dt.datetime(2024, 1, 1, 12, 0), key="w", on_change=cb)
        st.write(repr(st.session_state.get("seen")))
        """,
        [RUN, ("datetime_input", 0, "set_value", DT(2024, 6, 1, 6, 15)), RUN, RUN],
    ),
    # ------------------------------------------------------------------ date/time sliders
    _s(
        "slider_date_single",
        """
        import streamlit as st
        import datetime as dt
        v = st.slider("Day", value=dt.date(2024, 1, 15), key="day")
        st.write(repr(v))
        """,
        [RUN, ("slider", 0, "set_value", D(2024, 1, 20)), RUN],
    ),
    _s(
        "slider_time_and_datetime_range",
        """
        import streamlit as st
        import datetime as dt
        t = st.slider("Time", value=dt.time(10, 30))
        r = st.slider("Span", value=(dt.datetime(2024, 1, 15, 10), dt.datetime(2024, 1, 16)),
                      key="span")
        st.write(repr(t), repr(r))
        """,
        [RUN, ("slider", 0, "set_value", T(12, 45)),
         ("slider", 1, "set_range", DT(2024, 1, 10), DT(2024, 1, 20)), RUN],
    ),
    _s(
        "slider_date_explicit_bounds_and_step",
        """
        import streamlit as st
        import datetime as dt
        v = st.slider("Week", dt.date(2024, 1, 1), dt.date(2024, 12, 31),
                      (dt.date(2024, 3, 1), dt.date(2024, 4, 1)), step=dt.timedelta(days=7))
        st.write(repr(v))
        """,
        [RUN, ("slider", 0, "set_range", D(2024, 1, 1), D(2024, 12, 31)), RUN],
    ),
    # ------------------------------------------------------------------ download_button
    _s(
        "download_button_is_a_trigger",
        """
        import streamlit as st
        v = st.download_button("Get", "some text", file_name="a.txt", key="get")
        st.write("ret", v, "ss", st.session_state["get"])
        """,
        [RUN, ("download_button", 0, "click"), RUN, RUN],
    ),
    _s(
        "download_button_callback_args",
        """
        import streamlit as st
        st.session_state.setdefault("n", 0)
        def cb(step, *, times):
            st.session_state.n += step * times
        st.download_button("Get", b"\\x00\\x01", on_click=cb, args=(2,), kwargs={"times": 3})
        st.write("n", st.session_state.n)
        """,
        [RUN, ("download_button", 0, "click"), RUN, RUN],
    ),
    _s(
        "download_button_kinds_of_data",
        """
        import streamlit as st
        import io
        a = st.download_button("text", "abc")
        b = st.download_button("bytes", io.BytesIO(b"xyz"), mime="application/x-test")
        c = st.download_button("later", lambda: "made on click", file_name="c.txt")
        st.write(a, b, c)
        """,
        [RUN, ("download_button", 2, "click"), RUN],
    ),
    # ------------------------------------------------------------------ link_button / page_link
    _s(
        "link_button_modes",
        """
        import streamlit as st
        a = st.link_button("Docs", "https://docs.streamlit.io")
        b = st.link_button("Tracked", "https://streamlit.io", key="tracked", on_click="rerun")
        st.write(type(a).__name__, b)
        """,
        [RUN, RUN],
    ),
    _s(
        "link_button_keyed_ignore_and_disabled",
        """
        import streamlit as st
        st.link_button("Keyed", "https://a.example", key="k", help="h", icon=":material/link:")
        st.link_button("Off", "https://b.example", disabled=True, type="primary")
        st.write(sorted(st.session_state.to_dict()))
        """,
        [RUN],
    ),
    _s(
        "link_button_in_sidebar",
        """
        import streamlit as st
        st.sidebar.link_button("Side", "https://side.example")
        st.sidebar.link_button("Side cb", "https://s.example", key="scb", on_click=lambda: None)
        st.link_button("Main", "https://r.example", on_click=lambda: None)
        """,
        [RUN, RUN],
    ),
    _s(
        "page_link_external",
        """
        import streamlit as st
        st.page_link("https://streamlit.io", label="Streamlit")
        st.page_link("https://docs.streamlit.io", label="Docs", icon="📖", help="the docs")
        """,
        [RUN],
    ),
    _s(
        "page_link_in_sidebar",
        """
        import streamlit as st
        st.sidebar.page_link("http://example.com/a", label="A")
        with st.sidebar:
            st.page_link("https://example.com/b", label="B", disabled=True)
        st.page_link("https://example.com/c", label="C")
        """,
        [RUN],
    ),
    _s(
        "page_link_with_widgets",
        """
        import streamlit as st
        st.page_link("https://example.com", label="Home")
        if st.button("go"):
            st.page_link("https://example.com/go", label="Went")
        """,
        [RUN, ("button", 0, "click"), RUN, RUN],
    ),
]
