"""``st.query_params`` inside an app and ``at.query_params`` on the test side."""

from __future__ import annotations

import pytest

from apptest import AppTest
from apptest.errors import StreamlitAPIException, StreamlitQueryParamDictValueError


def _lines(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown]


def test_reads_last_value_and_get_all() -> None:
    def app() -> None:
        import streamlit as st

        qp = st.query_params
        st.write(repr(qp.to_dict()))
        st.write(repr(qp.get_all("multi")), repr(qp.get_all("nope")), repr(qp["multi"]))
        st.write(repr(qp.a), repr(len(qp)), repr("a" in qp), repr(qp.get("zz", 5)))
        st.write(repr(list(qp.keys())), repr(list(qp.values())), repr(list(qp.items())))

    at = AppTest.from_function(app, query_params={"a": "x", "multi": ["1", "2"], "e": ""}).run()
    assert _lines(at) == [
        "{'a': 'x', 'multi': '2', 'e': ''}",
        "['1', '2'] [] '2'",
        "'x' 3 True 5",
        "['a', 'multi', 'e'] ['x', '2', ''] [('a', 'x'), ('multi', '2'), ('e', '')]",
    ]


def test_writes_are_strings_and_show_up_in_at_query_params() -> None:
    def app() -> None:
        import streamlit as st

        st.query_params["n"] = 5
        st.query_params.lst = [1, "x"]
        st.query_params.update({"u": "1"}, v=("a", "b"))
        st.query_params.none = []
        st.write(repr(st.query_params.to_dict()), repr(st.query_params.get_all("lst")))

    at = AppTest.from_function(app).run()
    assert _lines(at) == [
        "{'n': '5', 'lst': 'x', 'u': '1', 'v': 'b', 'none': ''} ['1', 'x']"
    ]
    assert at.query_params == {"n": "5", "lst": ["1", "x"], "u": "1", "v": ["a", "b"]}


def test_pop_popitem_setdefault_delete() -> None:
    def app() -> None:
        import streamlit as st

        qp = st.query_params
        st.write(repr(qp.pop("a")), repr(qp.setdefault("b", "new")), repr(qp.setdefault("c", "z")))
        del qp["c"]
        del qp.b
        st.write(repr(qp.popitem()), repr(qp.to_dict()))

    at = AppTest.from_function(app, query_params={"a": "1", "c": "3", "d": "4"}).run()
    assert _lines(at) == ["'1' 'new' '3'", "('d', '4') {}"]
    assert at.query_params == {}


def test_missing_keys_raise_streamlit_messages() -> None:
    def app() -> None:
        import streamlit as st

        for action in (lambda: st.query_params["zz"], lambda: st.query_params.zz,
                       lambda: st.query_params.__delitem__("zz"),
                       lambda: st.query_params.__delattr__("zz")):
            try:
                action()
            except (KeyError, AttributeError) as exc:
                st.write(type(exc).__name__, exc.args[0])

    assert _lines(AppTest.from_function(app).run()) == [
        'KeyError st.query_params has no key "zz".',
        'AttributeError st.query_params has no attribute "zz".',
        'KeyError st.query_params has no key "zz".',
        'AttributeError st.query_params has no key "zz".',
    ]


def test_dict_value_raises() -> None:
    at = AppTest.from_string(
        'import streamlit as st\nst.query_params["a"] = {"x": 1}'
    ).run()
    assert at.exception[0].value == (
        "Query param value for `a` cannot be set to a dictionary. "
        "Provide a string or iterable of strings instead."
    )
    assert issubclass(StreamlitQueryParamDictValueError, StreamlitAPIException)


def test_from_dict_replaces_and_clear_empties() -> None:
    def app() -> None:
        import streamlit as st

        st.query_params.from_dict({"foo": "bar", "baz": ["one", "two"]})
        st.write(repr(st.query_params.to_dict()))
        if st.button("clear"):
            st.query_params.clear()

    at = AppTest.from_function(app, query_params={"old": "1"}).run()
    assert _lines(at) == ["{'foo': 'bar', 'baz': 'two'}"]
    assert at.query_params == {"foo": "bar", "baz": ["one", "two"]}
    at.button[0].click().run()
    assert at.query_params == {}


def test_embed_params_are_hidden_from_the_app_and_cannot_be_set() -> None:
    def app() -> None:
        import streamlit as st

        st.write(repr(st.query_params.to_dict()), repr("embed" in st.query_params))
        try:
            st.query_params["EMBED"] = "true"
        except Exception as exc:
            st.write(type(exc).__name__, str(exc))

    at = AppTest.from_function(app, query_params={"embed": "true", "a": "1"}).run()
    assert _lines(at) == [
        "{'a': '1'} False",
        "StreamlitAPIException Query param embed and embed_options (case-insensitive) "
        "cannot be set programmatically.",
    ]
    assert at.query_params == {"embed": "true", "a": "1"}


def test_test_side_writes_reach_the_next_run() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nst.write(repr(st.query_params.to_dict()))"
    ).run()
    assert _lines(at) == ["{}"]
    at.query_params["page"] = "2"
    at.query_params["tag"] = ["a", "b"]
    assert _lines(at.run()) == ["{'page': '2', 'tag': 'b'}"]
    assert at.query_params == {"page": "2", "tag": ["a", "b"]}
    at.query_params = {}
    assert _lines(at.run()) == ["{}"]


def test_write_then_rerun_sees_the_new_url() -> None:
    def app() -> None:
        import streamlit as st

        if "x" not in st.query_params:
            st.query_params["x"] = "1"
            st.rerun()
        st.write(repr(st.query_params.to_dict()))

    at = AppTest.from_function(app).run()
    assert _lines(at) == ["{'x': '1'}"]
    assert at.query_params == {"x": "1"}


def test_query_params_belong_to_the_session() -> None:
    src = "import streamlit as st\nst.query_params['seen'] = 'yes'"
    first = AppTest.from_string(src).run()
    second = AppTest.from_string("import streamlit as st\nst.write(repr(len(st.query_params)))").run()
    assert first.query_params == {"seen": "yes"}
    assert second.query_params == {}
    assert _lines(second) == ["0"]


def test_str_of_the_proxy_shows_the_url_values() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nst.write(str(st.query_params))", query_params={"m": ["1", "2"]}
    ).run()
    assert _lines(at) == ["{'m': ['1', '2']}"]


@pytest.mark.parametrize("blank", ["", [""]])
def test_blank_value_round_trips(blank: object) -> None:
    at = AppTest.from_string(
        "import streamlit as st\nst.write(repr(st.query_params['b']))", query_params={"b": blank}
    ).run()
    assert _lines(at) == ["''"]
    assert at.query_params == {"b": ""}


def test_the_doc_example_passes() -> None:
    import re
    from pathlib import Path

    doc = Path(__file__).resolve().parents[2] / "docs" / "query-params.md"
    (code,) = re.findall(r"```python\n(.*?)```", doc.read_text(), re.S)
    namespace: dict[str, object] = {}
    exec(compile(code, str(doc), "exec"), namespace)
    namespace["test_paging"]()  # type: ignore[operator]
