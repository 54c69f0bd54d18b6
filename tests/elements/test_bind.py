"""``bind="query-params"``: widgets seeded from the URL and kept in step with it."""

from __future__ import annotations

from typing import Any

import pytest

from apptest import AppTest

H = "import streamlit as st\nimport datetime\n"

# (widget call, URL value, value the app gets, URL after the run)
SEEDS: list[tuple[str, Any, str, dict[str, Any]]] = [
    ("st.checkbox('c', key='k', bind='query-params')", "TRUE", "True", {"k": "TRUE"}),
    ("st.checkbox('c', key='k', bind='query-params')", "x", "False", {}),
    ("st.checkbox('c', key='k', bind='query-params')", "false", "False", {}),
    ("st.checkbox('c', key='k', bind='query-params')", "", "False", {}),
    ("st.toggle('c', key='k', bind='query-params')", ["false", "true"], "True",
     {"k": ["false", "true"]}),
    ("st.text_input('t', key='k', bind='query-params')", "hello", "'hello'", {"k": "hello"}),
    ("st.text_input('t', key='k', max_chars=3, bind='query-params')", "hello", "'hel'",
     {"k": "hel"}),
    ("st.text_input('t', 'x', key='k', bind='query-params')", "", "''", {"k": ""}),
    ("st.text_area('t', key='k', bind='query-params')", "a\nb", "'a\\nb'", {"k": "a\nb"}),
    ("st.number_input('n', 0, 10, key='k', bind='query-params')", "5", "5", {"k": "5"}),
    ("st.number_input('n', 0, 10, key='k', bind='query-params')", "50", "0", {}),
    ("st.number_input('n', 0, 10, key='k', bind='query-params')", "2.5", "2", {"k": "2"}),
    ("st.number_input('n', 0, 10, key='k', bind='query-params')", "abc", "0", {}),
    ("st.number_input('n', 0.0, 10.0, key='k', bind='query-params')", "2.5", "2.5",
     {"k": "2.5"}),
    ("st.number_input('n', value=None, key='k', bind='query-params')", "", "None", {}),
    ("st.slider('s', 0, 10, key='k', bind='query-params')", "7", "7", {"k": "7"}),
    ("st.slider('s', 0, 10, key='k', bind='query-params')", "70", "0", {}),
    ("st.slider('s', 0, 10, (2, 4), key='k', bind='query-params')", ["3", "8"], "(3, 8)",
     {"k": ["3", "8"]}),
    ("st.slider('s', 0.0, 1.0, key='k', bind='query-params')", "0.5", "0.5", {"k": "0.5"}),
    ("st.radio('r', ['a', 'b', 'c'], key='k', bind='query-params')", "b", "'b'", {"k": "b"}),
    ("st.radio('r', ['a', 'b', 'c'], key='k', bind='query-params')", "z", "'a'", {}),
    ("st.radio('r', [1, 2, 3], key='k', bind='query-params')", "2", "2", {"k": "2"}),
    ("st.selectbox('s', ['a', 'b', 'c'], key='k', bind='query-params')", "c", "'c'",
     {"k": "c"}),
    ("st.selectbox('s', ['a', 'b'], index=None, key='k', bind='query-params')", "", "None",
     {}),
    ("st.multiselect('m', ['a', 'b', 'c'], key='k', bind='query-params')",
     ["c", "a", "z", "a"], "['c', 'a']", {"k": ["c", "a"]}),
    ("st.multiselect('m', ['a', 'b', 'c'], max_selections=1, key='k', bind='query-params')",
     ["c", "a"], "['c']", {"k": "c"}),
    ("st.select_slider('s', ['a', 'b', 'c'], key='k', bind='query-params')", "c", "'c'",
     {"k": "c"}),
    ("st.select_slider('s', ['a', 'b', 'c'], value=('a', 'b'), key='k', bind='query-params')",
     ["b", "c"], "('b', 'c')", {"k": ["b", "c"]}),
    ("st.pills('p', ['a', 'b', 'c'], key='k', bind='query-params')", "b", "'b'", {"k": "b"}),
    ("st.pills('p', ['a', 'b', 'c'], selection_mode='multi', key='k', bind='query-params')",
     ["b", "c"], "['b', 'c']", {"k": ["b", "c"]}),
    ("st.segmented_control('s', ['a', 'b', 'c'], key='k', bind='query-params')", "c", "'c'",
     {"k": "c"}),
    ("st.color_picker('c', key='k', bind='query-params')", "ff0000", "'#ff0000'",
     {"k": "#ff0000"}),
    ("st.color_picker('c', key='k', bind='query-params')", "red", "'#000000'", {}),
    ("st.date_input('d', (datetime.date(2020, 1, 1), datetime.date(2020, 1, 5)), key='k', "
     "bind='query-params')", ["2021-02-03", "2021-03-03"],
     "(datetime.date(2021, 2, 3), datetime.date(2021, 3, 3))", {"k": ["2021-02-03", "2021-03-03"]}),
    ("st.time_input('t', datetime.time(8, 0), key='k', bind='query-params')", "09:30",
     "datetime.time(9, 30)", {"k": "09:30"}),
    ("st.datetime_input('d', datetime.datetime(2020, 1, 1, 8, 0), key='k', bind='query-params')",
     "2021-01-01T09:30", "datetime.datetime(2021, 1, 1, 9, 30)", {"k": "2021-01-01T09:30"}),
    ("st.feedback('stars', key='k', bind='query-params')", "4", "4", {"k": "4"}),
    ("st.pagination(10, key='k', bind='query-params')", "4", "4", {"k": "4"}),
]


@pytest.mark.parametrize(("call", "url", "shown", "after"), SEEDS)
def test_widget_is_seeded_from_the_url(call: str, url: Any, shown: str, after: dict) -> None:
    at = AppTest.from_string(f"{H}v = {call}\nst.write(repr(v))", query_params={"k": url}).run()
    assert not at.exception
    assert [m.value for m in at.markdown] == [shown]
    assert at.query_params == after


def _app() -> AppTest:
    return AppTest.from_string(
        f"{H}v = st.slider('s', 0, 10, key='s', bind='query-params')\n"
        "st.write(repr(v), repr(st.query_params.to_dict()))"
    )


def test_a_persons_edit_is_written_to_the_url_as_a_browser_does() -> None:
    at = _app().run()
    assert at.query_params == {}
    at.slider[0].set_value(4).run()
    assert at.query_params == {"s": "4"}
    assert at.markdown[0].value == "4 {'s': '4'}"
    at.slider[0].set_value(0).run()
    assert at.query_params == {}


def test_the_url_only_seeds_a_widget_on_its_first_appearance() -> None:
    src = f"{H}st.write(repr(st.text_input('t', key='t', bind='query-params')))"
    at = AppTest.from_string(src, query_params={"t": "a"}).run()
    at.query_params["t"] = "b"
    assert at.run().markdown[0].value == "'a'"


def test_a_value_set_from_a_callback_goes_to_the_url() -> None:
    def app() -> None:
        import streamlit as st

        def bump() -> None:
            st.session_state.n += 1

        st.button("bump", on_click=bump)
        st.number_input("n", 0, 10, key="n", bind="query-params")

    at = AppTest.from_function(app, query_params={"n": "3", "other": "x"}).run()
    assert at.session_state.n == 3
    at.button[0].click().run()
    assert at.query_params == {"n": "4", "other": "x"}


def test_a_widget_leaving_the_page_takes_its_param_and_brings_it_back() -> None:
    def app() -> None:
        import streamlit as st

        if not st.checkbox("hide", key="hide"):
            st.text_input("t", key="t", bind="query-params")

    at = AppTest.from_function(app, query_params={"t": "hello"}).run()
    at.checkbox[0].check().run()
    assert at.query_params == {}
    assert at.session_state.t == "hello"
    at.checkbox[0].uncheck().run()
    assert at.query_params == {"t": "hello"}
    assert at.text_input[0].value == "hello"


def test_the_app_cannot_set_a_bound_param() -> None:
    def app() -> None:
        import streamlit as st

        st.checkbox("c", key="c", bind="query-params")
        actions = (
            lambda: st.query_params.__setitem__("c", "true"),
            lambda: st.query_params.__delitem__("c"),
            st.query_params.clear,
            lambda: st.query_params.update(c="1"),
        )
        for action in actions:
            try:
                action()
            except Exception as exc:
                st.write(str(exc))

    at = AppTest.from_function(app, query_params={"c": "true"}).run()
    assert [m.value for m in at.markdown] == [
        "Cannot directly set query parameter 'c' - it is bound to a widget. "
        "Modify the widget value instead.",
        "Cannot directly delete query parameter 'c' - it is bound to a widget. "
        "Modify the widget value instead.",
        "Cannot clear query parameters - the following are bound to widgets: 'c'. "
        "Modify the widget values instead, or remove the bind parameter.",
        "Cannot directly set query parameter 'c' - it is bound to a widget. "
        "Modify the widget value instead.",
    ]
    assert at.query_params == {"c": "true"}


def test_binding_to_embed_raises() -> None:
    at = AppTest.from_string(f"{H}st.text_input('t', key='embed', bind='query-params')").run()
    assert at.exception[0].value == (
        "Cannot bind to reserved query parameter 'embed'. 'embed' and 'embed_options' are "
        "used internally for Streamlit's embed functionality."
    )


def test_bind_needs_a_key_and_a_known_value() -> None:
    at = AppTest.from_string(f"{H}st.checkbox('c', bind='query-params')").run()
    assert "the widget must have a unique 'key'" in at.exception[0].value
    at = AppTest.from_string(f"{H}st.checkbox('c', key='c', bind='url')").run()
    assert at.exception[0].value.startswith("Invalid `bind` value.")


def test_url_beats_session_state_on_first_load_only() -> None:
    src = (f"{H}st.session_state.setdefault('r', 'c')\n"
           "st.write(repr(st.radio('r', ['a', 'b', 'c'], key='r', bind='query-params')))")
    assert AppTest.from_string(src, query_params={"r": "b"}).run().markdown[0].value == "'b'"
    at = AppTest.from_string(src).run()
    assert at.markdown[0].value == "'c'"
    assert at.query_params == {}


def test_disabled_bound_widget_is_seeded() -> None:
    src = f"{H}st.write(repr(st.checkbox('c', key='c', disabled=True, bind='query-params')))"
    at = AppTest.from_string(src, query_params={"c": "true"}).run()
    assert at.markdown[0].value == "True"
    assert at.run().markdown[0].value == "True"


def test_test_side_session_state_write_to_default_keeps_the_url() -> None:
    src = f"{H}st.write(repr(st.text_input('t', key='t', bind='query-params')))"
    at = AppTest.from_string(src, query_params={"t": "a"}).run()
    at.session_state["t"] = ""
    assert at.run().markdown[0].value == "''"
    assert at.query_params == {"t": "a"}


def test_unbinding_a_widget_removes_its_param() -> None:
    def app() -> None:
        import streamlit as st

        bound = st.session_state.get("bound", True)
        st.text_input("t", key="t", bind="query-params" if bound else None)

    at = AppTest.from_function(app, query_params={"t": "x"}).run()
    at.session_state["bound"] = False
    at.run()
    assert at.query_params == {}
    assert at.text_input[0].value == "x"


def test_form_widget_edit_reaches_the_url_on_submit() -> None:
    def app() -> None:
        import streamlit as st

        with st.form("f"):
            st.text_input("t", key="t", bind="query-params")
            st.form_submit_button("go")

    at = AppTest.from_function(app).run()
    at.text_input[0].input("hi").run()
    assert at.query_params == {}
    at.text_input[0].input("hi")
    at.button[0].click().run()
    assert at.query_params == {"t": "hi"}


@pytest.mark.parametrize(("url", "state", "after"), [
    ({"e": "true", "t": "B"}, {"e": True, "t": "B"}, {"e": "true", "t": "B"}),
    ({"e": "false", "t": "Z"}, {"e": False, "t": "A"}, {}),
    ({"e": "x"}, {"e": False, "t": "A"}, {}),
])
def test_expander_and_tabs_are_bound(url: dict, state: dict, after: dict) -> None:
    def app() -> None:
        import streamlit as st

        with st.expander("e", key="e", bind="query-params"):
            st.write("in")
        st.tabs(["A", "B", "C"], key="t", bind="query-params")

    at = AppTest.from_function(app, query_params=url).run()
    assert at.session_state.to_dict() == state
    assert at.query_params == after
