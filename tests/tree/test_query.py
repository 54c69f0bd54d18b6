"""Finding nodes by kind, key, label and shown text, in any block; errors that say what is there."""

from __future__ import annotations

import re
from typing import Any

import pytest

from apptest import AppTest
from apptest.errors import AppTestError, ElementNotFoundError
from apptest.tree import Block, Element, ElementList, ElementTree, WidgetList
from apptest.tree._query import Query, plain_text, shown_texts, text_matches

COUNTER = """
import streamlit as st
st.title("Counter")
if "count" not in st.session_state:
    st.session_state.count = 3
if st.button("Increment", key="inc"):
    st.session_state.count += 1
st.button("**Reset**")
st.write("Count = ", st.session_state.count)
st.sidebar.text_input("Name", key="name", value="Bo")
st.sidebar.radio("Pick", ["alpha", "beta"])
st.sidebar.markdown("Sidebar *note*")
"""


@pytest.fixture
def at() -> AppTest:
    return AppTest.from_string(COUNTER).run()


# ---------------------------------------------------------------------- text matching
@pytest.mark.parametrize(
    ("markdown", "plain"),
    [
        ("Count =  `3`", "Count = 3"),
        ("**bold** and *it* and _it_ and ~~gone~~", "bold and it and it and gone"),
        ("[docs](https://x.org) ![alt](a.png)", "docs alt"),
        ("# Title\n- item\n> quote", "Title item quote"),
        (":red[warm] :material/home: text", "warm text"),
        ("snake_case_name and 2*3*4", "snake_case_name and 2*3*4"),
        (r"\*not italic\*", "*not italic*"),
    ],
)
def test_plain_text(markdown, plain):
    assert plain_text(markdown) == plain


def test_text_matching_modes():
    assert text_matches("Count = 3", "Count =  `3`")
    assert text_matches("Count =  `3`", "Count =  `3`")
    assert not text_matches("Count", "Count = `3`")
    assert text_matches("Count", "Count = `3`", exact=False)
    assert text_matches("= 3", "Count = `3`", exact=False)
    assert text_matches(re.compile(r"^Count = \d$"), "Count = `3`")
    assert not text_matches(re.compile("count"), "Count = `3`")
    assert text_matches(re.compile("count", re.I), "Count = `3`")


def test_query_description():
    assert Query(kind="button", key="go").describe() == "button with key 'go'"
    assert Query(label="A", text="b", exact=False).describe() == (
        "element with label containing 'A' and text containing 'b'"
    )
    assert Query(text=re.compile("x+")).describe() == "element with text matching 'x+'"
    assert Query(key="k", exact=False).describe() == "element with key 'k'"


# ---------------------------------------------------------------------- find / one
def test_find_by_text(at):
    found = at.find(text="Count = 3")
    assert isinstance(found, ElementList)
    assert [n.type for n in found] == ["markdown"]
    assert at.find(text="Count =  `3`")[0] is found[0]


def test_find_by_substring_and_regex(at):
    assert [n.type for n in at.find(text="Count", exact=False)] == ["title", "markdown"]
    assert [n.label for n in at.find("button", label=re.compile("^Inc"))] == ["Increment"]


def test_find_by_kind_returns_the_collection_list_type(at):
    assert isinstance(at.find("button"), WidgetList)
    assert len(at.find("button")) == 2
    assert isinstance(at.find("markdown"), ElementList)


def test_find_by_label_reads_markdown_labels(at):
    assert at.find(label="Reset")[0].label == "**Reset**"
    assert at.find(label="**Reset**")[0].label == "**Reset**"


def test_find_by_key_and_label_together(at):
    assert len(at.find(key="inc", label="Increment")) == 1
    assert len(at.find(key="inc", label="Reset")) == 0


def test_text_covers_labels_values_and_options(at):
    assert at.one(text="Name").key == "name"  # a label
    assert at.one(text="Bo").key == "name"  # a text value
    assert at.one(text="beta").type == "radio"  # an option label
    assert at.one(text="Sidebar note").type == "markdown"


def test_find_is_scoped_to_a_block(at):
    assert len(at.sidebar.find(text="Count = 3")) == 0
    assert len(at.main.find(text="Count = 3")) == 1
    assert at.sidebar.one("radio").label == "Pick"


def test_one_and_get_by(at):
    assert at.one("button", label="Increment").key == "inc"
    assert at.get_by_label("Increment").key == "inc"
    assert at.get_by_label("Name", "text_input").value == "Bo"
    assert at.get_by_text("Count = 3").type == "markdown"
    assert at.get_by_text("Count", exact=False, kind="markdown").type == "markdown"


def test_one_raises_when_several_match(at):
    with pytest.raises(AppTestError, match="2 nodes match button in the app; expected one"):
        at.one("button")


def test_found_widget_can_be_clicked(at):
    at.one("button", label="Increment").click().run()
    assert at.contains_text("Count = 4")


def test_contains_text(at):
    assert at.contains_text("Count = 3")
    assert at.contains_text("Count")  # substring by default
    assert not at.contains_text("Count", exact=True)
    assert at.contains_text(re.compile(r"Count = \d"))
    assert not at.contains_text("nowhere")
    assert at.sidebar.contains_text("note")
    assert not at.sidebar.contains_text("Counter")


# ---------------------------------------------------------------------- ElementList.__call__
def test_element_list_call_by_key_label_and_text(at):
    assert at.button("inc").label == "Increment"
    assert at.button(key="inc").label == "Increment"
    assert at.button(label="Reset").label == "**Reset**"
    assert at.markdown(text=re.compile("Count")).value == "Count =  `3`"
    assert at.button().key == "inc"  # no criteria: the first one


def test_element_list_call_error_lists_the_candidates(at):
    with pytest.raises(ElementNotFoundError) as info:
        at.button(key="nope")
    message = str(info.value)
    assert message.startswith("No button with key 'nope' in the app. The 2 button(s) there:")
    assert "button key='inc' label='Increment' value=False" in message
    assert "button label='**Reset**' value=False" in message
    assert isinstance(info.value, KeyError)


def test_error_for_a_missing_kind_lists_the_block(at):
    with pytest.raises(ElementNotFoundError) as info:
        at.sidebar.slider(key="x")
    message = str(info.value)
    assert message.startswith("No slider with key 'x' in sidebar. There is no slider there; there is:")
    assert "    text_input key='name' label='Name' value='Bo'" in message
    assert "title" not in message


def test_get_by_key_error_lists_the_keys(at):
    with pytest.raises(ElementNotFoundError) as info:
        at.get_by_key("zzz")
    message = str(info.value)
    assert "No element with key 'zzz' in the app. The 2 keyed element(s) there:" in message
    assert "key='inc'" in message and "key='name'" in message


def test_one_error_lists_everything_when_nothing_is_of_that_kind(at):
    with pytest.raises(ElementNotFoundError, match=r"No element with text 'zzz' in main\. There is:\n  main\n    title"):
        at.main.one(text="zzz")


def test_error_listing_is_capped():
    at = AppTest.from_string("import streamlit as st\nfor i in range(50):\n    st.text(str(i))\n").run()
    with pytest.raises(ElementNotFoundError) as info:
        at.text(text="none")
    assert str(info.value).endswith("  ... and 20 more")


def test_streamlit_testing_names_still_work(at):
    assert at.get("button")[0].key == "inc"
    assert at.get_by_key("inc").label == "Increment"
    assert at.sidebar.text_input(key="name").value == "Bo"
    assert at.button.values == [False, False]


# ---------------------------------------------------------------------- any node kind
class _Panel(Block):
    type = "panel"

    def __init__(self, label: str, key: Any = None) -> None:
        super().__init__(key)
        self.label = label


class _Gauge(Element):
    type = "gauge"

    def __init__(self, label: str, value: Any) -> None:
        self.label = label
        self._value = value

    @property
    def value(self) -> Any:
        return self._value


class _Broken(Element):
    type = "broken"

    @property
    def value(self) -> Any:
        raise RuntimeError("no value")


def _tree() -> ElementTree:
    tree = ElementTree()
    panel = _Panel("Engine", key="engine")
    tree.main.append(panel)
    panel.append(_Gauge("Speed", 88.5))
    panel.append(_Gauge("Mode", ["eco", "sport"]))
    tree.main.append(_Broken())
    tree.freeze()
    return tree


def test_queries_work_on_node_kinds_they_do_not_know():
    tree = _tree()
    assert tree.one(text="Engine").key == "engine"
    assert tree.one("gauge", text="88.5").label == "Speed"
    assert tree.one(text="sport").label == "Mode"
    panel = tree.get_by_key("engine")
    assert [n.label for n in panel.find("gauge")] == ["Speed", "Mode"]
    assert not tree.contains_text("no value")


def test_shown_texts_of_blocks_are_their_labels():
    tree = _tree()
    assert shown_texts(tree.get_by_key("engine")) == ["Engine"]
    assert shown_texts(tree.find("gauge")[1]) == ["Mode", "eco", "sport"]
    assert shown_texts(tree.find("broken")[0]) == []


def test_layout_blocks_can_be_searched():
    at = AppTest.from_string(
        """
        import streamlit as st
        c1, c2 = st.columns(2)
        c1.button("A")
        with c2:
            st.markdown("in col 2")
        with st.expander("More"):
            st.write("hidden text")
        """
    ).run()
    assert at.columns[1].one(text="in col 2").type == "markdown"
    assert not at.columns[0].contains_text("in col 2")
    assert at.expander[0].contains_text("hidden")
    assert at.one(text="More").type == "expander"
