"""``print(at)`` / ``at.to_text()``: one line per node, indented by block, deterministic."""

from __future__ import annotations

from typing import Any

from apptest import AppTest
from apptest.tree import Block, Element, ElementTree
from apptest.tree._render import node_line, render, short_value


def test_tree_lines_are_indented_by_block():
    at = AppTest.from_string(
        """
        import streamlit as st
        st.title("T")
        with st.form("f"):
            st.text_input("Name", key="name")
            st.form_submit_button("Go")
        st.sidebar.checkbox("On")
        """
    ).run()
    lines = at.to_text().splitlines()
    assert lines[:3] == ["main", "  title value='T'", "  form key='f'"]
    assert lines[3] == "    text_input key='name' label='Name' value=''"
    assert lines[5:7] == ["sidebar", "  checkbox label='On' value=False"]
    assert lines[7] == "session_state:"
    assert "  'name': ''" in lines[8:]
    assert repr(at) == at.to_text() == at.to_text()


def test_empty_areas_are_left_out_but_main_is_always_there():
    at = AppTest.from_string("x = 1\n").run()
    assert at.to_text() == "main\nsession_state:\n  (empty)"


def test_layout_blocks_render():
    at = AppTest.from_string(
        """
        import streamlit as st
        a, b = st.columns(2)
        a.write("left")
        with st.expander("More"):
            st.write("inside")
        """
    ).run()
    text = render(at.main)
    assert "    column\n      markdown value='left'" in text
    assert "  expander label='More'\n    markdown value='inside'" in text


def test_session_state_values_have_no_memory_addresses():
    at = AppTest.from_string(
        """
        import streamlit as st
        def helper():
            pass
        st.session_state.f = helper
        st.session_state.o = object()
        st.session_state.s = {"b", "c", "a"}
        st.session_state.long = "x" * 200
        """
    ).run()
    text = at.to_text()
    assert " at 0x" not in text
    assert "'f': <function helper>" in text
    assert "'o': <object>" in text
    assert "'s': {'a', 'b', 'c'}" in text
    assert "'long': 'xxxx" in text and len(text.splitlines()[-1]) <= 90


def test_short_value():
    assert short_value(3) == "3"
    assert short_value("a\nb") == "'a\\nb'"
    assert short_value(frozenset({2, 1})) == "frozenset({1, 2})"
    assert short_value(set()) == "set()"
    assert len(short_value(list(range(100)))) == 80


def test_short_value_of_multiline_reprs():
    class Frame:
        shape = (3, 2)

        def __repr__(self) -> str:
            return "   a  b\n0  1  2\n1  3  4\n2  5  6"

    class Multi:
        def __repr__(self) -> str:
            return "line one\n  line two"

    class BadRepr:
        def __repr__(self) -> str:
            raise ValueError("nope")

    assert short_value(Frame()) == "<Frame shape=(3, 2)>"
    assert short_value(Multi()) == "line one line two"
    assert short_value(BadRepr()) == "<BadRepr>"


class _Odd(Element):
    type = "odd"
    key = 7
    label = "Odd"

    @property
    def value(self) -> Any:
        raise RuntimeError("cannot read")


class _Panel(Block):
    type = "panel"


def test_any_node_kind_renders():
    tree = ElementTree()
    panel = _Panel(key="p")
    tree.main.append(panel)
    panel.append(_Odd())
    tree.sidebar.append(_Panel())
    assert render(tree) == (
        "main\n  panel key='p'\n    odd key=7 label='Odd' value=<error: RuntimeError>\nsidebar\n  panel"
    )
    assert node_line(_Odd()) == "odd key=7 label='Odd' value=<error: RuntimeError>"


def test_element_lists_print_one_node_per_item():
    at = AppTest.from_string(
        "import streamlit as st\nwith st.expander('E'):\n    st.write('x')\n"
    ).run()
    assert repr(at.expander).endswith("List([expander label='E'])")
    assert repr(at.markdown) == "ElementList([markdown value='x'])"
