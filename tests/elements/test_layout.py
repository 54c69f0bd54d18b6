"""Layout containers: tree shape and attributes, container methods, open state, errors.

The expected shapes and attribute values were read from real ``streamlit.testing.v1``
trees of the same scripts (the conformance scenarios in ``scenarios_layout.py`` compare
types, nesting and keys against it on every run).
"""

from __future__ import annotations

import pytest

from apptest import AppTest
from apptest.errors import InteractionError


def _app(body: str) -> AppTest:
    return AppTest.from_string("import streamlit as st\n" + body).run()


def _types(block: object) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []

    def walk(node: object, depth: int) -> None:
        out.append((depth, node.type))  # type: ignore[attr-defined]
        for child in getattr(node, "children", {}).values():
            walk(child, depth + 1)

    walk(block, 0)
    return out


# --------------------------------------------------------------------------- columns


def test_columns_tree_weights_and_gap() -> None:
    at = _app(
        'a, b = st.columns([1, 3], gap="large", vertical_alignment="center", border=True)\n'
        'a.button("left")\n'
        'with b:\n    st.write("right")\n'
        'st.columns(2, gap=None)\nst.columns(2, gap=12)\n'
    )
    assert _types(at.main)[:6] == [
        (0, "main"), (1, "flex_container"), (2, "column"), (3, "button"), (2, "column"),
        (3, "markdown"),
    ]
    assert [c.weight for c in at.columns][:2] == [0.25, 0.75]
    assert [c.gap for c in at.columns] == ["large", "large", None, None, None, None]
    assert at.columns[0].vertical_alignment == "center" and at.columns[0].border is True
    assert at.columns[0].button[0].label == "left"
    assert at.columns[1].markdown[0].value == "right"
    assert len(at.container) == 0  # the row of columns is not an st.container


def test_columns_return_a_list_and_nest_without_limit() -> None:
    at = _app(
        "cols = st.columns(2)\n"
        "with st.sidebar:\n"
        "    with st.columns(2)[0]:\n"
        "        st.columns(2)[1].write('deep')\n"
        "st.write(type(cols).__name__)\n"
    )
    assert at.markdown[0].value == "list"
    assert at.sidebar.markdown[0].value == "deep"
    assert len(at.sidebar.columns) == 4
    assert len(at.sidebar.columns[0].columns) == 2  # a block's own list leaves itself out


def test_widgets_in_columns_are_driven_through_the_column() -> None:
    at = _app(
        "l, r = st.columns(2)\n"
        "n = l.number_input('n', value=1)\n"
        "if r.button('go'):\n    st.write('went', n)\n"
    )
    at.columns[1].button[0].click()
    at.columns[0].number_input[0].increment().run()
    assert at.markdown[0].value == "went `2`"


@pytest.mark.parametrize(
    ("spec", "error"),
    [("0", "StreamlitInvalidColumnSpecError"), ("[1, -1]", "StreamlitInvalidColumnSpecError"),
     ("'ab'", "StreamlitInvalidParameterTypeError"), ("None", "StreamlitInvalidParameterTypeError")],
)
def test_columns_bad_spec(spec: str, error: str) -> None:
    at = _app(f"st.columns({spec})")
    assert at.exception[0].proto.type.endswith(error)


def test_element_methods_on_containers_refuse_several_write_args() -> None:
    at = _app("st.columns(1)[0].write('a', 1)")
    assert "Cannot replace a single element with multiple elements" in at.exception[0].value
    assert not _app("with st.columns(1)[0]:\n    st.write('a', 1)").exception


# --------------------------------------------------------------------------- container


def test_container_keyed_border_and_query() -> None:
    at = _app(
        "with st.container(key='box', height=100):\n    st.write('in')\n"
        "st.container(horizontal=True).button('b')\n"
    )
    box = at.container(key="box")
    assert box.type == "flex_container" and box.border is True and box.height == 100
    assert box.markdown[0].value == "in"
    assert at.get_by_key("box") is box
    assert at.container[1].button[0].label == "b" and at.container[1].border is False


def test_container_key_clashes_with_a_widget_key() -> None:
    at = _app("st.container(key='k')\nst.button('b', key='k')")
    assert at.exception[0].proto.type.endswith("StreamlitDuplicateElementKey")


# --------------------------------------------------------------------------- expander


def test_expander_attributes_and_stateless_open() -> None:
    at = _app(
        "e = st.expander('More', icon=':material/info:')\ne.write('body')\n"
        "st.write('open', e.open)\n"
    )
    exp = at.expander[0]
    assert (exp.label, exp.icon, exp.key, exp.value) == ("More", ":material/info:", None, None)
    assert exp.markdown[0].value == "body"
    assert at.markdown[1].value == "open `None`"
    with pytest.raises(InteractionError, match="does not track its state"):
        exp.expand()


def test_expander_expand_and_collapse_run_on_change() -> None:
    at = _app(
        "def cb(tag, extra=None):\n"
        "    st.session_state.log = st.session_state.get('log', []) + [(tag, extra, st.session_state.ek)]\n"
        "e = st.expander('E', key='ek', on_change=cb, args=('cb',), kwargs={'extra': 1})\n"
        "st.write('open', e.open)\n"
    )
    assert at.session_state["ek"] is False and at.expander[0].value is False
    at.expander(key="ek").expand().run()
    assert at.markdown[0].value == "open `True`"
    assert at.session_state["log"] == [("cb", 1, True)]
    at.expander[0].collapse().run()
    assert at.session_state["ek"] is False and len(at.session_state["log"]) == 2
    with pytest.raises(InteractionError, match="accepts True or False"):
        at.expander[0].set_value("yes")


def test_expander_state_from_session_state_and_expanded_default() -> None:
    at = AppTest.from_string(
        "import streamlit as st\n"
        "e = st.expander('E', key='ek', expanded=True, on_change='rerun')\n"
        "st.write(e.open)\n"
    )
    at.run()
    assert at.session_state["ek"] is True
    at.session_state["ek"] = False
    at.run()
    assert at.markdown[0].value == "`False`"


def test_expander_callback_inside_form_is_an_error() -> None:
    at = _app(
        "with st.form('f'):\n"
        "    st.expander('x', on_change=lambda: None)\n"
        "    st.form_submit_button()\n"
    )
    assert at.exception[0].proto.type.endswith("StreamlitInvalidFormCallbackError")


# --------------------------------------------------------------------------- tabs


def test_tabs_tree_and_queries() -> None:
    at = _app(
        "a, b = st.tabs(['A', 'B'])\na.markdown('in a')\nwith b:\n    st.slider('s', 0, 9)\n"
        "st.write(type(st.tabs(['X'])).__name__)\n"
    )
    assert [t.label for t in at.tabs] == ["A", "B", "X"]
    assert at.tabs[0].markdown[0].value == "in a"
    assert at.tabs[1].slider[0].value == 0
    container = at.get("tab_container")[0]
    assert container.labels == ["A", "B"] and container.value is None
    with pytest.raises(InteractionError, match="does not track its state"):
        at.tabs[1].select()


def test_tabs_select_runs_on_change_and_mirrors_the_key() -> None:
    at = _app(
        "def cb():\n    st.session_state.seen = st.session_state.tk\n"
        "tabs = st.tabs(['One', 'Two'], key='tk', default='Two', on_change=cb)\n"
        "st.write([t.open for t in tabs])\n"
    )
    assert at.session_state["tk"] == "Two"
    at.tabs[0].select().run()
    assert at.session_state["seen"] == "One"
    assert at.json[0].value == "[true, false]"
    at.get("tab_container")[0].select("Two").run()
    assert at.session_state["tk"] == "Two"
    with pytest.raises(InteractionError, match=r"accepts one of \['One', 'Two'\], got 'Three'"):
        at.get_by_key("tk").select("Three")


def test_tabs_unknown_label_in_session_state_falls_back_to_default() -> None:
    at = _app("st.tabs(['a', 'b'], key='t', on_change='rerun')")
    at.session_state["t"] = "zzz"
    at.run()
    assert at.session_state["t"] == "a"


# --------------------------------------------------------------------------- popover


def test_popover_block_and_open_close() -> None:
    at = _app(
        "p = st.popover('Menu', key='pk', on_change='rerun', help='h')\np.write('body')\n"
        "st.write('open', p.open)\n"
        "st.popover('Off', on_change='rerun', disabled=True)\n"
    )
    pop = at.get("popover")[0]
    assert (pop.type, pop.label, pop.key, pop.help, pop.value) == ("popover", "Menu", "pk", "h", False)
    pop.open().run()
    assert at.markdown[-1].value == "open `True`" and at.session_state["pk"] is True
    at.get_by_key("pk").close().run()
    assert at.session_state["pk"] is False
    with pytest.raises(InteractionError, match="disabled"):
        at.get("popover")[1].open()


# --------------------------------------------------------------------------- empty


def test_empty_placeholder_replaces_and_clears() -> None:
    at = _app(
        "p = st.empty()\np.write('one')\np.write('two')\n"
        "with st.empty():\n    st.write('a')\n    st.write('b')\n"
        "q = st.empty()\nq.write('x')\nq.empty()\n"
        "c = st.empty()\nwith c.container():\n    st.write('c1')\n    st.write('c2')\n"
        "st.empty()\n"
    )
    assert _types(at.main) == [
        (0, "main"), (1, "markdown"), (1, "markdown"), (1, "empty"), (1, "flex_container"),
        (2, "markdown"), (2, "markdown"), (1, "empty"),
    ]
    assert at.markdown.values == ["two", "b", "c1", "c2"]
    assert at.get("empty")[0].value is None


def test_element_returned_generator_replaces_its_element() -> None:
    at = _app("m = st.markdown('m1')\nm.markdown('m2')\nm.caption('m3')\nst.write('end')")
    assert [n.type for n in at.main.children.values()] == ["caption", "markdown"]


# --------------------------------------------------------------------------- chat_message


def test_chat_message_name_and_avatar() -> None:
    at = _app(
        "with st.chat_message('user'):\n    st.write('hi')\n"
        "st.chat_message('AI').write('a')\n"
        "st.chat_message('bot').write('b')\n"
        "st.chat_message('bot', avatar='🤖').write('c')\n"
        "st.chat_message('x', avatar='https://e.com/a.png').write('d')\n"
    )
    shown = [(m.name, m.avatar) for m in at.chat_message]
    assert shown == [
        ("user", "user"), ("AI", "assistant"), ("bot", ""), ("bot", "🤖"),
        ("x", "https://e.com/a.png"),
    ]
    assert at.chat_message[0].markdown[0].value == "hi"


def test_chat_message_bad_avatar() -> None:
    at = _app("st.chat_message('x', avatar='nope')")
    assert at.exception[0].value == "Failed to load the provided avatar value as an image."


# --------------------------------------------------------------------------- status


def test_status_update_and_with_block() -> None:
    at = _app(
        "s = st.status('Working')\ns.write('step')\n"
        "s.update(label='Done', state='complete', expanded=True)\n"
        "with st.status('auto') as w:\n    st.write('in')\n"
        "st.status('e', state='error')\n"
    )
    shown = [(s.label, s.state, s.icon) for s in at.status]
    assert shown == [
        ("Done", "complete", ":material/check:"), ("auto", "complete", ":material/check:"),
        ("e", "error", ":material/error:"),
    ]
    assert at.status[0].expanded is True


def test_exception_inside_status_marks_it_and_goes_to_main() -> None:
    at = _app(
        "with st.expander('E'):\n    st.write('before')\n"
        "    with st.status('boom'):\n        1 / 0\n"
    )
    assert at.status[0].state == "error"
    assert at.main.children[1].type == "exception"
    assert not at.expander[0].exception


# --------------------------------------------------------------------------- grid


def test_grid_attributes_and_cells() -> None:
    at = _app(
        "g = st.grid(3)\ng.write('direct')\n"
        "with g.cell(column_span=2, row_span=2):\n    st.write('wide')\n"
        "st.grid(key='gk', gap=(None, 5), row_height=40, min_column_width=100, dense=True)\n"
    )
    first, second = at.grid
    assert (first.type, first.column_count, first.gap, first.row_height) == (
        "grid_container", 3, "small", "content"
    )
    assert (second.key, second.gap, second.row_height, second.min_column_width, second.dense) == (
        "gk", (None, 5), 40, 100, True
    )
    cell = first.children[1]
    assert (cell.type, cell.column_span, cell.row_span) == ("flex_container", 2, 2)
    assert len(at.container) == 0  # grid cells are not st.container blocks


def test_grid_cell_wider_than_the_grid() -> None:
    at = _app("st.grid(2).cell(column_span=3)")
    assert "[1, 2]" in at.exception[0].value


# --------------------------------------------------------------------------- sidebar, bottom


def test_sidebar_queries_and_bottom_block() -> None:
    at = _app(
        "st.sidebar.slider('s', 0, 5)\nwith st.sidebar:\n    st.checkbox('c')\n"
        "st.bottom.write('pinned')\n"
    )
    assert at.sidebar.slider[0].label == "s" and at.sidebar.checkbox[0].label == "c"
    assert at.bottom.type == "unknown"  # as in real AppTest: the bottom block has no type
    assert at.bottom.markdown[0].value == "pinned"


def test_bottom_is_refused_inside_the_sidebar() -> None:
    at = _app("with st.sidebar:\n    st.bottom.write('x')")
    assert at.exception[0].value.startswith("`st.bottom` cannot be used inside `st.sidebar`.")


def test_uncaught_exception_in_nested_containers_goes_to_top_of_main() -> None:
    at = _app("col, _ = st.columns(2)\nwith col:\n    with st.expander('x'):\n        raise ValueError('deep')")
    assert [n.type for n in at.main.children.values()] == ["flex_container", "exception"]
