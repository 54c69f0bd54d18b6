"""``streamlit.components.v1`` and ``st.components.v2``: nodes, default values, test-set values."""

from __future__ import annotations

import pytest

from apptest import AppTest
from apptest.errors import AppTestError

V1_APP = """
import streamlit as st
import streamlit.components.v1 as components

rating = components.declare_component("rating", url="http://localhost:3001")
def changed():
    st.session_state.changes = st.session_state.get("changes", 0) + 1
stars = rating(max_stars=5, label="Rate", key="stars", default=0, on_change=changed)
st.write("stars", stars)
with st.sidebar:
    other = rating(max_stars=3)
st.write("other", repr(other))
"""


def _md(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown]


def test_declared_component_node_and_default() -> None:
    at = AppTest.from_string(V1_APP).run()
    assert not at.exception
    assert _md(at) == ["stars `0`", "other None"]
    node = at.component("rating")[0]
    assert node.type == "component_instance"
    assert node.name == "rating" and node.component_name.endswith(".rating")
    assert node.args == {"max_stars": 5, "label": "Rate"} and node.default == 0
    assert node.url == "http://localhost:3001"
    assert node.value is None and node.key == "stars"
    assert at.session_state.stars is None
    assert len(at.component("rating")) == 2 and len(at.sidebar.component) == 1
    assert at.get("component_instance") == list(at.component)


def test_test_sets_the_value_and_on_change_runs() -> None:
    at = AppTest.from_string(V1_APP).run()
    at.component("rating")[0].set_value(4).run()
    assert _md(at)[0] == "stars `4`"
    assert at.session_state.stars == 4 and at.session_state.changes == 1
    at.run()
    assert _md(at)[0] == "stars `4`" and at.session_state.changes == 1
    at.component(key="stars").set_value({"a": [1, 2]}).run()
    assert at.session_state.stars == {"a": [1, 2]}
    at.sidebar.component[0].set_value("x").run()
    assert _md(at)[1] == "other 'x'"


def test_keyed_component_value_from_session_state() -> None:
    at = AppTest.from_string(V1_APP)
    at.session_state["stars"] = 3
    assert _md(at.run())[0] == "stars `3`"


def test_component_errors() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        from streamlit.components.v1 import declare_component
        calls = [lambda: declare_component("c"),
                 lambda: declare_component("c", path="build")("positional"),
                 lambda: declare_component("c", path="build")(obj=object())]
        for call in calls:
            try:
                call()
            except Exception as exc:
                st.write(type(exc).__name__, str(exc).split(",")[0])
        """
    ).run()
    assert _md(at) == [
        "StreamlitAPIException Either 'path' or 'url' must be set.",
        "MarshallComponentException Argument 'positional' needs a label",
        "MarshallComponentException ('Could not convert component args to JSON'",
    ]


def test_html_and_iframe_draw_iframe_nodes() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        import streamlit.components.v1 as components
        components.html("<b>hi</b>", height=100, scrolling=True)
        components.iframe("https://example.com")
        st.components.v1.iframe("https://example.org", width=300)
        """
    ).run()
    frames = at.get("iframe")
    assert [(f.srcdoc, f.src, f.height) for f in frames] == [
        ("<b>hi</b>", "", 100), ("", "https://example.com", 150), ("", "https://example.org", 150)]
    assert frames[0].scrolling is True and frames[2].width == 300


V2_APP = """
import streamlit as st
counter = st.components.v2.component("counter", html="<button>+</button>", js="export default () => {}")
def on_count():
    st.session_state.count_changes = st.session_state.get("count_changes", 0) + 1
def on_clicked():
    st.session_state.clicks = st.session_state.get("clicks", 0) + 1
result = counter(key="c", data={"step": 2}, default={"count": 0},
                 on_count_change=on_count, on_clicked_change=on_clicked)
st.write(repr(dict(result)), result.count)
plain = counter()
st.write(repr(dict(plain)))
"""


def test_v2_component_default_state_and_node() -> None:
    at = AppTest.from_string(V2_APP).run()
    assert not at.exception
    assert _md(at) == ["{'count': 0, 'clicked': None} `0`", "{}"]
    node = at.component("counter")[0]
    assert node.type == "bidi_component" and node.data == {"step": 2}
    assert node.events == ["count", "clicked"] and node.html == "<button>+</button>"
    assert at.session_state.c == {"count": 0}


def test_v2_state_and_triggers_from_the_test() -> None:
    at = AppTest.from_string(V2_APP).run()
    at.component("counter")[0].set_state(count=5).run()
    assert _md(at)[0] == "{'count': 5, 'clicked': None} `5`"
    assert at.session_state.count_changes == 1 and "clicks" not in at.session_state
    at.component("counter")[0].trigger("clicked", "yes").run()
    assert _md(at)[0] == "{'count': 5, 'clicked': 'yes'} `5`"
    assert at.session_state.clicks == 1 and at.session_state.count_changes == 1
    at.run()
    assert _md(at)[0] == "{'count': 5, 'clicked': None} `5`"
    with pytest.raises(AppTestError, match="has no state or event 'nope'"):
        at.component("counter")[0].set_state(nope=1)


def test_v2_errors() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        c = st.components.v2.component("c", html="<p>")
        calls = [lambda: c(default={"x": 1}), lambda: c(on__change=lambda: None),
                 lambda: st.components.v2.component("d", css=1)]
        for call in calls:
            try:
                call()
            except Exception as exc:
                st.write(type(exc).__name__, str(exc)[:40])
        """
    ).run()
    assert _md(at) == [
        "BidiComponentInvalidDefaultKeyError Key `'x'` in `default` is not a valid st",
        "BidiComponentInvalidCallbackNameError The callback name `'on__change'` is not",
        "StreamlitInvalidParameterTypeError Invalid `css` type. Expected one of: str",
    ]
