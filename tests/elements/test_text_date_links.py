"""text_area, date_input, datetime_input, date/time sliders, download_button, link_button
and page_link."""

from __future__ import annotations

import datetime as dt

import pytest

from apptest import AppTest, InteractionError

D, DT, T = dt.date, dt.datetime, dt.time


def _markdown(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown]


def _error(at: AppTest) -> tuple[str, str]:
    node = at.exception[0]
    return node.proto.type.rsplit(".", 1)[-1], node.value


# --------------------------------------------------------------------------- text_area


def _text_area_app() -> None:
    import streamlit as st

    def cb(tag: str, *, n: int) -> None:
        st.session_state.log = (tag, n, st.session_state.bio)

    v = st.text_area("Bio", "hi", max_chars=5, key="bio", on_change=cb, args=("t",),
                     kwargs={"n": 1}, placeholder="about you", height=200)
    w = st.text_area("Free", value=None)
    st.write(repr(v), repr(w), repr(st.session_state.get("log")))


def test_text_area_values_callbacks_and_attributes() -> None:
    at = AppTest.from_function(_text_area_app).run()
    area = at.text_area(key="bio")
    assert (area.value, area.max_chars, area.placeholder, area.height) == ("hi", 5, "about you", 200)
    assert at.text_area[1].value is None
    assert _markdown(at) == ["'hi' None None"]
    at.text_area[0].input("a\nb").run()
    assert _markdown(at) == ["'a\\nb' None ('t', 1, 'a\\nb')"]
    assert at.session_state["bio"] == "a\nb"
    at.text_area[1].input("x").run()
    assert at.text_area[1].value == "x"


def test_text_area_rejects_what_a_person_cannot_type() -> None:
    at = AppTest.from_function(_text_area_app).run()
    with pytest.raises(InteractionError, match="TextArea 'Bio' accepts at most 5 characters"):
        at.text_area[0].input("toolong")
    with pytest.raises(InteractionError, match=r"TextArea 'Bio' accepts text \(str\), got 3"):
        at.text_area[0].set_value(3)
    assert at.text_area[0].value == "hi"


def test_text_area_session_state_longer_than_max_chars_is_cut() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.t = "abcdefgh"
        st.write(st.text_area("t", key="t", max_chars=3))
        """
    ).run()
    assert _markdown(at) == ["abc"]


# --------------------------------------------------------------------------- date_input


def _date_app() -> None:
    import datetime as dt

    import streamlit as st

    a = st.date_input("Day", dt.date(2024, 1, 15), key="day")
    b = st.date_input("Trip", (dt.date(2024, 1, 1), dt.date(2024, 1, 7)), key="trip")
    c = st.date_input("Maybe", None, min_value=dt.date(2020, 1, 1), max_value=dt.date(2030, 1, 1))
    d = st.date_input("Today")
    st.write(repr((a, b, c, d)))


def test_date_input_defaults_and_bounds() -> None:
    at = AppTest.from_function(_date_app).run()
    day, trip, maybe, today = at.date_input
    assert (day.value, day.min, day.max, day.is_range) == (
        D(2024, 1, 15), D(2014, 1, 15), D(2034, 1, 15), False)
    assert (trip.value, trip.min, trip.max, trip.is_range) == (
        (D(2024, 1, 1), D(2024, 1, 7)), D(2014, 1, 1), D(2034, 1, 7), True)
    assert maybe.value is None and maybe.format == "YYYY/MM/DD"
    assert today.value == D.today()
    assert (today.min.year, today.max.year) == (D.today().year - 10, D.today().year + 10)
    assert at.session_state["trip"] == (D(2024, 1, 1), D(2024, 1, 7))


def test_date_input_set_values() -> None:
    at = AppTest.from_function(_date_app).run()
    at.date_input[0].set_value(DT(2020, 2, 29, 13, 5))
    at.date_input[1].set_value([D(2024, 2, 1)])
    at.date_input[2].set_value(D(2025, 5, 5)).run()
    assert [d.value for d in at.date_input[:3]] == [D(2020, 2, 29), (D(2024, 2, 1),), D(2025, 5, 5)]
    at.date_input[2].set_value(None).run()
    assert at.date_input[2].value is None


@pytest.mark.parametrize(
    ("index", "value", "message"),
    [
        (0, D(2040, 1, 1), "DateInput 'Day' accepts 2014-01-15..2034-01-15, got datetime.date(2040, 1, 1)"),
        (0, "2024-01-01", "DateInput 'Day' accepts a datetime.date, got '2024-01-01'"),
        (0, None, "DateInput 'Day' cannot be cleared"),
        (1, D(2024, 1, 2), "DateInput 'Trip' is a range picker and accepts a sequence of up to two"),
        (1, (D(2024, 1, 3), D(2024, 1, 2)), "accepts a range whose start is not after its end"),
        (1, [D(2024, 1, 1)] * 3, "is a range picker"),
    ],
)
def test_date_input_rejects_impossible_dates(index: int, value: object, message: str) -> None:
    at = AppTest.from_function(_date_app).run()
    before = at.date_input[index].value
    with pytest.raises(InteractionError, match=message.replace("(", r"\(").replace(")", r"\)")):
        at.date_input[index].set_value(value)
    assert at.run().date_input[index].value == before


def test_keyed_pickers_reset_when_new_bounds_exclude_their_value() -> None:
    at = AppTest.from_string(
        """
        import datetime as dt
        import streamlit as st
        hi = dt.date(2024, 1, 31) if st.session_state.get("narrow") else dt.date(2024, 12, 31)
        d = st.date_input("d", dt.date(2024, 1, 5), key="d", max_value=hi)
        t = st.datetime_input("t", dt.datetime(2024, 1, 5), key="t",
                              max_value=dt.datetime.combine(hi, dt.time()))
        st.write(repr((d, t, st.session_state.d)))
        """
    ).run()
    at.date_input[0].set_value(D(2024, 6, 1))
    at.datetime_input[0].set_value(DT(2024, 6, 1)).run()
    assert at.session_state["d"] == D(2024, 6, 1)
    at.session_state["narrow"] = True
    at.run()
    assert _markdown(at) == [repr((D(2024, 1, 5), DT(2024, 1, 5), D(2024, 1, 5)))]
    assert (at.date_input[0].value, at.datetime_input[0].value) == (D(2024, 1, 5), DT(2024, 1, 5))


def test_date_input_today_takes_range_and_bounds_from_session_state() -> None:
    # As in Streamlit, value="today" re-parses the state value with the new bounds, so a
    # state value outside them raises instead of being reset.
    at = AppTest.from_string(
        """
        import datetime as dt
        import streamlit as st
        if "r" not in st.session_state:
            st.session_state.r = (dt.date(2024, 1, 1), dt.date(2024, 1, 9))
        hi = dt.date(2024, 1, 31) if st.session_state.get("narrow") else dt.date(2024, 12, 31)
        st.write(repr(st.date_input("r", key="r", max_value=hi)))
        """
    ).run()
    assert at.date_input[0].is_range
    assert _markdown(at) == ["(datetime.date(2024, 1, 1), datetime.date(2024, 1, 9))"]
    at.date_input[0].set_value((D(2024, 6, 1), D(2024, 6, 2))).run()
    at.session_state["narrow"] = True
    assert _error(at.run()) == (
        "StreamlitValueAboveMaxError", "The `value` 2024-06-02 is greater than the `max_value` 2024-01-31.")


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        ("st.date_input('d', dt.date(2024, 1, 1), min_value=dt.date(2024, 2, 1))",
         "StreamlitValueBelowMinError", "The `value` 2024-01-01 is less than the `min_value` 2024-02-01."),
        ("st.date_input('d', min_value=dt.date(2024, 2, 1), max_value=dt.date(2024, 1, 1))",
         "StreamlitInvalidMinMaxError", "cannot be greater than the `max_value`"),
        ("st.date_input('d', format='YYYY')", "StreamlitValueError", "Invalid `format` value."),
        ("st.date_input('d', [dt.date(2024, 1, 1)] * 3)", "StreamlitInvalidParameterTypeError",
         "Invalid `value` type."),
        ("st.datetime_input('d', step=30)", "StreamlitValueOutOfRangeError",
         "The `step` parameter, set to 30 seconds, is outside the required range"),
        ("st.slider('s', value=dt.date(2024, 1, 1), min_value=0, step=dt.timedelta(days=1))",
         "StreamlitInvalidParameterTypeError", "Invalid `value` type."),
    ],
)
def test_bad_date_arguments_raise_streamlit_errors(call: str, error: str, message: str) -> None:
    at = AppTest.from_string(f"import datetime as dt\nimport streamlit as st\n{call}\n").run()
    kind, text = _error(at)
    assert kind == error
    assert message in text


# --------------------------------------------------------------------------- datetime_input


def _datetime_app() -> None:
    import datetime as dt

    import streamlit as st

    def cb() -> None:
        st.session_state.seen = st.session_state.w

    w = st.datetime_input("When", dt.datetime(2024, 1, 15, 10, 37, 22), key="w", on_change=cb,
                          min_value=dt.datetime(2024, 1, 1, 8, 0), step=dt.timedelta(hours=1))
    n = st.datetime_input("Now")
    e = st.datetime_input("Empty", None)
    st.write(repr((w, e, st.session_state.get("seen"))), n.second)


def test_datetime_input_defaults_and_attributes() -> None:
    at = AppTest.from_function(_datetime_app).run()
    when, now, empty = at.datetime_input
    assert when.type == "date_time_input" and at.get("date_time_input")[0] is not None
    assert (when.value, when.min, when.max, when.step) == (
        DT(2024, 1, 15, 10, 37), "2024-01-01T08:00", "2034-01-15T23:59", 3600)
    assert abs(now.value - DT.now()) < dt.timedelta(minutes=2) and now.value.second == 0
    assert empty.value is None
    assert _markdown(at)[0].endswith("`0`")


def test_datetime_input_set_value_runs_callback() -> None:
    at = AppTest.from_function(_datetime_app).run()
    at.datetime_input[0].set_value(DT(2025, 3, 4, 5, 6, 7)).run()
    assert at.session_state["seen"] == DT(2025, 3, 4, 5, 6)
    at.datetime_input[2].set_value(DT(2024, 1, 1)).run()
    assert at.datetime_input[2].value == DT(2024, 1, 1)


@pytest.mark.parametrize(
    ("index", "value", "message"),
    [
        (0, DT(2020, 1, 1), "DateTimeInput 'When' accepts 2024-01-01 08:00:00..2034-01-15 23:59:00"),
        (0, D(2024, 5, 1), "DateTimeInput 'When' accepts a datetime.datetime, got datetime.date"),
        (0, None, "DateTimeInput 'When' cannot be cleared"),
    ],
)
def test_datetime_input_rejects_impossible_values(index: int, value: object, message: str) -> None:
    at = AppTest.from_function(_datetime_app).run()
    with pytest.raises(InteractionError, match=message.replace("(", r"\(").replace(")", r"\)")):
        at.datetime_input[index].set_value(value)


# --------------------------------------------------------------------------- sliders


def test_date_time_and_datetime_sliders() -> None:
    at = AppTest.from_string(
        """
        import datetime as dt
        import streamlit as st
        a = st.slider("Day", value=dt.date(2024, 1, 15))
        b = st.slider("Time", value=dt.time(10, 30), key="t")
        c = st.slider("Span", value=(dt.datetime(2024, 1, 15, 10), dt.datetime(2024, 1, 16)))
        st.write(repr((a, b, c)))
        """
    ).run()
    day, time, span = at.slider
    assert (day.min, day.max, day.step, day.data_type, day.format) == (
        D(2024, 1, 1), D(2024, 1, 29), dt.timedelta(days=1), "date", "YYYY-MM-DD")
    assert (time.min, time.max, time.step, time.data_type, time.format) == (
        T.min, T.max, dt.timedelta(minutes=15), "time", "HH:mm")
    assert span.data_type == "datetime" and span.value == (DT(2024, 1, 15, 10), DT(2024, 1, 16))
    day.set_value(DT(2024, 1, 20, 5))
    time.set_value(T(23, 45))
    span.set_range(DT(2024, 1, 20), DT(2024, 1, 10)).run()
    assert at.slider[0].value == D(2024, 1, 20)
    assert at.session_state["t"] == T(23, 45)
    assert at.slider[2].value == (DT(2024, 1, 10), DT(2024, 1, 20))
    with pytest.raises(InteractionError, match=r"Slider 'Day' accepts 2024-01-01\.\.2024-01-29"):
        at.slider[0].set_value(D(2024, 3, 1))
    with pytest.raises(InteractionError, match=r"Slider 'Time' accepts a datetime\.time, got 3"):
        at.slider[1].set_value(3)


def test_numeric_sliders_are_unchanged() -> None:
    at = AppTest.from_string("import streamlit as st\nst.slider('a', 0, 10, 3)\nst.slider('b')\n")
    at.run()
    assert [(s.data_type, s.min, s.max, s.step, s.format) for s in at.slider] == [
        ("int", 0, 10, 1, "%d"), ("int", 0, 100, 1, "%d")]


# --------------------------------------------------------------------------- download_button


def _download_app() -> None:
    import io

    import streamlit as st

    st.session_state.setdefault("clicks", [])
    made = st.session_state.setdefault("made", [])

    def make() -> bytes:  # runs when the file is downloaded, outside the script run
        made.append(1)
        return b"built"

    def cb(tag: str, *, n: int) -> None:
        st.session_state.clicks.append((tag, n))

    a = st.download_button("Text", "hello", file_name="a.txt", key="a", on_click=cb,
                           args=("a",), kwargs={"n": 1})
    b = st.download_button("Bytes", io.BytesIO(b"\x00\x01"), on_click="ignore")
    c = st.download_button("Later", make, file_name="c.csv", mime="text/csv")
    d = st.download_button("Lazy", lambda: "text")
    st.write(repr((a, b, c, d)))


def test_download_button_file_and_click() -> None:
    at = AppTest.from_function(_download_app).run()
    text, raw, later, lazy = at.download_button
    assert (text.data, text.file_name, text.mime) == (b"hello", "a.txt", "text/plain")
    assert (raw.data, raw.mime) == (b"\x00\x01", "application/octet-stream")
    assert at.session_state["made"] == []  # a callable runs only when the file is wanted
    assert (later.data, later.mime) == (b"built", "text/csv")
    assert at.session_state["made"] == [1, 1]
    assert (lazy.data, lazy.mime) == (b"text", "text/plain")
    at.download_button[0].click().run()
    assert _markdown(at) == ["(True, False, False, False)"]
    assert at.download_button[0].value is True
    assert at.session_state["clicks"] == [("a", 1)]
    at.run()
    assert _markdown(at) == ["(False, False, False, False)"]


def test_download_button_ignore_mode_downloads_without_rerun() -> None:
    at = AppTest.from_function(_download_app).run()
    button = at.download_button[1]
    assert button.click() is button
    assert button.downloads == [b"\x00\x01"]
    at.run()
    assert _markdown(at) == ["(False, False, False, False)"]
    later = at.download_button[2].click()
    assert later.downloads == [b"built"]


def test_download_button_file_name_from_file_object(tmp_path: object) -> None:
    at = AppTest.from_string(
        f"""
        import streamlit as st
        with open({__file__!r}, "rb") as fh:
            st.download_button("Source", fh)
        """
    ).run()
    button = at.download_button[0]
    assert button.file_name == "test_text_date_links.py"
    assert button.mime == "text/x-python"
    assert button.data.startswith(b'"""text_area')


@pytest.mark.parametrize(
    ("src", "error", "message"),
    [
        ("with st.form('f'):\n    st.download_button('d', 'x')\n    st.form_submit_button()",
         "StreamlitInvalidLayoutContextError", "`st.download_button()` can't be used in an `st.form()`."),
        ("st.session_state.k = True\nst.download_button('d', 'x', key='k')",
         "StreamlitValueAssignmentNotAllowedError", "is read-only"),
        ("st.download_button('d', 3)", "StreamlitAPIException", "Invalid binary data format"),
        ("st.link_button('a', 'u', key='k')\nst.link_button('b', 'v', key='k')",
         "StreamlitDuplicateElementKey", "key='k'"),
        ("st.session_state.k = True\nst.link_button('a', 'u', key='k')",
         "StreamlitValueAssignmentNotAllowedError", "is read-only"),
        ("st.page_link('https://x.org')", "StreamlitMissingRequiredParameterError",
         "The `label` parameter is required."),
        ("st.page_link('nope.py')", "StreamlitPageNotFoundError", "Could not find page: `nope.py`"),
    ],
)
def test_button_and_link_errors(src: str, error: str, message: str) -> None:
    at = AppTest.from_string("import streamlit as st\n" + src + "\n").run()
    assert _error(at)[0] == error
    assert message in _error(at)[1]


# --------------------------------------------------------------------------- links


def _links_app() -> None:
    import streamlit as st

    st.session_state.runs = st.session_state.get("runs", 0) + 1
    a = st.link_button("Docs", "https://docs.streamlit.io")
    b = st.link_button("Count", "https://streamlit.io", key="count", on_click="rerun")
    st.link_button("Off", "https://off.example", disabled=True)
    st.page_link("https://example.com", label="Home", icon="🏠", help="go home")
    st.write(type(a).__name__, b)


def test_link_button_records_urls_and_reruns_only_when_asked() -> None:
    at = AppTest.from_function(_links_app).run()
    docs, count, _off = at.link_button
    assert (docs.value, docs.url, docs.key, count.key) == ("Docs", "https://docs.streamlit.io", None, "count")
    assert docs.click().opened_urls == ["https://docs.streamlit.io"]
    at.run()
    assert _markdown(at) == ["DeltaGenerator `False`"]
    at.link_button[1].click().run()
    assert _markdown(at) == ["DeltaGenerator `True`"]
    assert at.session_state["runs"] == 3
    at.run()
    assert _markdown(at) == ["DeltaGenerator `False`"]
    assert at.session_state["count"] is False
    with pytest.raises(InteractionError, match="Cannot click the disabled LinkButton 'Off'"):
        at.link_button[2].click()


def test_page_link_attributes_and_click() -> None:
    at = AppTest.from_function(_links_app).run()
    link = at.page_link[0]
    assert (link.value, link.page, link.url, link.icon, link.help, link.external) == (
        "Home", "https://example.com", "https://example.com", "🏠", "go home", True)
    assert link.click().opened_urls == ["https://example.com"]


def test_page_link_to_a_local_script(tmp_path: object) -> None:
    import pathlib

    root = pathlib.Path(str(tmp_path))
    (root / "pages").mkdir()
    (root / "pages" / "02_My_page.py").write_text("import streamlit as st\n")
    (root / "app.py").write_text(
        "import streamlit as st\n"
        "st.page_link('pages/02_My_page.py')\n"
        "st.page_link('pages/02_My_page.py', label='Custom')\n"
    )
    at = AppTest.from_file(str(root / "app.py")).run()
    assert [(p.value, p.page, p.url, p.external) for p in at.page_link] == [
        ("My page", "pages/02_My_page.py", "My_page", False),
        ("Custom", "pages/02_My_page.py", "My_page", False),
    ]
