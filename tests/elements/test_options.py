"""Option widgets: toggle, radio, selectbox, multiselect, pills, segmented_control,
select_slider, color_picker, feedback and pagination."""

from __future__ import annotations

from typing import Any

import pytest

from apptest import AppTest, InteractionError


def _markdown(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown]


def _run(src: str) -> AppTest:
    return AppTest.from_string("import streamlit as st\n" + src).run()


# --------------------------------------------------------------------------- options


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ("['a', 'b']", ["a", "b"]),
        ("('a', 'b')", ["a", "b"]),
        ("{'a': 1, 'b': 2}", ["a", "b"]),
        ("{'a': 1, 'b': 2}.keys()", ["a", "b"]),
        ("range(2)", [0, 1]),
        ("(x for x in 'ab')", ["a", "b"]),
        ("'solo'", ["solo", "solo"]),
        ("__import__('pandas').Series(['a', 'b'])", ["a", "b"]),
        ("__import__('pandas').DataFrame({'c': [1, 2], 'd': [3, 4]})", [1, 2]),
        ("__import__('numpy').array([1, 2])", [1, 2]),
    ],
)
def test_any_iterable_is_options(options: str, expected: list[Any]) -> None:
    at = _run(f"v = st.radio('R', {options})\nst.write(repr(v), type(v).__name__)")
    assert at.radio[0].options == [str(x) for x in dict.fromkeys(expected)]
    assert at.radio[0].value == expected[0]
    at.radio[0].set_value(expected[1]).run()
    assert _markdown(at) == [f"{expected[1]!r} {type(expected[1]).__name__}"]


def test_enum_options_survive_reruns() -> None:
    src = """
import enum
class Color(enum.Enum):
    RED = 1
    BLUE = 2
v = st.selectbox("C", Color, key="c")
st.write(v is Color.BLUE, str(v))
"""
    at = _run(src)
    at.selectbox[0].select("Color.BLUE").run()
    assert _markdown(at) == ["`True` Color.BLUE"]
    at.run()
    assert _markdown(at) == ["`True` Color.BLUE"]


# --------------------------------------------------------------------------- toggle


def test_toggle_value_callback_and_state() -> None:
    def app() -> None:
        import streamlit as st

        def cb(tag: str, n: int = 0) -> None:
            st.session_state.log = [tag, n, st.session_state.t]

        v = st.toggle("Switch", key="t", on_change=cb, args=("x",), kwargs={"n": 2})
        st.write(repr(v), st.session_state.get("log"))

    at = AppTest.from_function(app).run()
    assert at.toggle[0].value is False and at.toggle[0].type == "toggle"
    assert not at.checkbox
    at.toggle[0].set_value(True).run()
    assert at.session_state["t"] is True
    assert at.session_state["log"] == ["x", 2, True]
    with pytest.raises(InteractionError, match="Toggle 'Switch' accepts True or False, got 1"):
        at.toggle[0].set_value(1)


# --------------------------------------------------------------------------- radio


def test_radio_values_index_and_format_func() -> None:
    at = _run(
        "r = st.radio('Pick', [1, 2, 3], index=1, format_func=lambda x: f'n{x}', key='r',"
        " horizontal=True, captions=['one', None])\nst.write(repr(r))"
    )
    radio = at.radio[0]
    assert (radio.value, radio.index, radio.options) == (2, 1, ["n1", "n2", "n3"])
    assert radio.horizontal is True and radio.captions == ["one", ""]
    assert radio.format_func(5) == "n5"
    radio.set_value("n3").run()  # a label picks its option
    assert (at.radio[0].value, at.session_state["r"]) == (3, 3)
    with pytest.raises(InteractionError, match=r"Radio 'Pick' accepts one of \['n1', 'n2', 'n3'\], got 9"):
        at.radio[0].set_value(9)
    with pytest.raises(InteractionError, match="cannot be cleared"):
        at.radio[0].set_value(None)


def test_radio_index_none_and_errors() -> None:
    at = _run("st.write(repr(st.radio('R', ['a', 'b'], index=None)))")
    assert at.radio[0].value is None and at.radio[0].index is None
    at.radio[0].set_value("b").run()
    assert _markdown(at) == ["'b'"]
    at.radio[0].set_value(None).run()
    assert _markdown(at) == ["None"]
    at = _run("st.radio('R', ['a', 'b'], index=2)")
    assert at.exception[0].value == (
        "The `index` parameter, set to 2, is outside the required range [0, 1]."
    )


def test_radio_value_not_in_new_options_resets_to_default() -> None:
    src = """
opts = ["x", "y", "z"] if st.session_state.get("big", True) else ["x", "y"]
st.write(repr(st.radio("R", opts, index=1, key="r")))
"""
    at = _run(src)
    at.radio[0].set_value("z").run()
    at.session_state["big"] = False
    at.run()
    assert _markdown(at) == ["'y'"]
    assert at.session_state["r"] == "y"


# --------------------------------------------------------------------------- selectbox


def test_selectbox_select_and_select_index() -> None:
    at = _run("s = st.selectbox('Size', ['S', 'M', 'L'], key='s')\nst.write(repr(s))")
    assert at.selectbox[0].value == "S" and at.selectbox[0].index == 0
    at.selectbox[0].select("L").run()
    assert _markdown(at) == ["'L'"]
    at.selectbox[0].select_index(1).run()
    assert at.session_state["s"] == "M"
    with pytest.raises(InteractionError, match=r"has options 0\.\.2, got index 3"):
        at.selectbox[0].select_index(3)
    with pytest.raises(InteractionError, match="cannot be cleared"):
        at.selectbox[0].select_index(None)


def test_selectbox_placeholder_clearing_and_new_options() -> None:
    at = _run(
        "a = st.selectbox('A', ['x'], index=None, placeholder='pick one')\n"
        "b = st.selectbox('B', ['x', 'y'], accept_new_options=True)\n"
        "st.write(repr(a), repr(b))"
    )
    assert at.selectbox[0].placeholder == "pick one"
    at.selectbox[0].select("x")
    at.selectbox[1].set_value("typed").run()
    assert _markdown(at) == ["'x' 'typed'"]
    at.selectbox[0].select_index(None).run()
    assert _markdown(at) == ["None 'typed'"]


def test_selectbox_index_errors_match_streamlit() -> None:
    at = _run("st.selectbox('S', ['a'], index='0')")
    assert at.exception[0].value == (
        "Invalid `index` type. Expected one of: int, None. Provided type: str."
    )
    at = _run("st.selectbox('S', [], index=4)\nst.write('ok')")
    assert at.selectbox[0].value is None and _markdown(at) == ["ok"]


# --------------------------------------------------------------------------- multiselect


def test_multiselect_select_unselect_and_views() -> None:
    def app() -> None:
        import streamlit as st

        def cb(*args, **kwargs):  # type: ignore[no-untyped-def]
            st.session_state.calls = [list(args), kwargs]

        m = st.multiselect(
            "Pick", ["a", "b", "c"], default=["b"], format_func=str.upper, key="m",
            on_change=cb, args=(1,), kwargs={"k": 2},
        )
        st.write(repr(m))

    at = AppTest.from_function(app).run()
    ms = at.multiselect[0]
    assert (ms.value, ms.indices, ms.values, ms.options) == (["b"], [1], ["B"], ["A", "B", "C"])
    ms.select("c").select("c").run()
    assert at.session_state["m"] == ["b", "c"]
    assert at.session_state["calls"] == [[1], {"k": 2}]
    at.multiselect[0].unselect("b").unselect("a").run()
    assert _markdown(at) == ["['c']"]


def test_multiselect_limits() -> None:
    at = _run("st.multiselect('M', ['a', 'b', 'c'], max_selections=2)")
    assert at.multiselect[0].max_selections == 2
    with pytest.raises(InteractionError, match="accepts at most 2 selections, got 3"):
        at.multiselect[0].set_value(["a", "b", "c"])
    with pytest.raises(InteractionError, match="can select each option once"):
        at.multiselect[0].set_value(["a", "a"])
    with pytest.raises(InteractionError, match="accepts a list of options, got 'a'"):
        at.multiselect[0].set_value("a")
    with pytest.raises(InteractionError, match=r"accepts one of \['a', 'b', 'c'\], got 'z'"):
        at.multiselect[0].select("z")


def test_multiselect_errors_match_streamlit() -> None:
    at = _run("st.multiselect('M', ['a'], default='q')")
    assert at.exception[0].value == (
        "The default value 'q' is not part of the options. "
        "Please make sure that every default value also exists in the options."
    )
    at = _run("st.multiselect('M', ['a', 'b'], default=['a', 'b'], max_selections=1)")
    assert not at.multiselect
    assert at.exception[0].value.startswith("Multiselect has 2 options selected but")


# --------------------------------------------------------------------------- button groups


def test_pills_single_and_segmented_control_multi() -> None:
    at = _run(
        "a = st.pills('P', ['x', ':material/star: y', '🚀 z'], key='p')\n"
        "b = st.segmented_control('S', [1, 2, 3], selection_mode='multi', default=[3])\n"
        "st.write(repr(a), repr(b))"
    )
    assert len(at.button_group) == 2 and at.pills[0].type == "button_group"
    assert at.pills[0].options == ["x", "y", "z"]
    assert at.segmented_control[0].value == [3] and at.segmented_control[0].indices == [2]
    at.pills[0].select(":material/star: y")
    at.segmented_control[0].select(1).unselect(3).run()
    assert _markdown(at) == ["':material/star: y' [1]"]
    assert at.pills[0].formatted_values == [":material/star: y"] and at.pills[0].indices == [1]
    at.pills[0].unselect(":material/star: y").run()
    assert at.session_state["p"] is None


def test_button_group_required_and_errors() -> None:
    at = _run("st.pills('P', ['a', 'b'], default='a', required=True)")
    with pytest.raises(InteractionError, match="is required and cannot be cleared"):
        at.pills[0].set_value(None)
    at = _run("st.segmented_control('S', ['a', 'b'], default=['a', 'b'])")
    assert at.exception[0].value == (
        "The default argument to `st.segmented_control` must be a single value when "
        "`selection_mode='single'`."
    )
    at = _run("st.pills('P', ['a'], selection_mode='many')")
    assert at.exception[0].value == (
        "Invalid `selection_mode` value. Supported values: 'single', 'multi'."
    )


# --------------------------------------------------------------------------- select_slider


def test_select_slider_single_and_range() -> None:
    at = _run(
        "a = st.select_slider('A', ['s', 'm', 'l'], value='m', key='a')\n"
        "b = st.select_slider('B', range(10), value=(7, 2))\n"
        "st.write(repr(a), repr(b))"
    )
    assert _markdown(at) == ["'m' (2, 7)"]
    at.select_slider[0].set_value("l")
    at.select_slider[1].set_range(9, 4).run()
    assert _markdown(at) == ["'l' (4, 9)"]
    with pytest.raises(InteractionError, match="range slider and accepts a pair"):
        at.select_slider[1].set_value(3)
    with pytest.raises(InteractionError, match="accepts a single option"):
        at.select_slider[0].set_range("s", "m")
    at = _run("st.select_slider('X', ['a'], value='q')")
    assert at.exception[0].value == "q is not in iterable"


# --------------------------------------------------------------------------- color_picker


def test_color_picker_pick_and_validation() -> None:
    at = _run("c = st.color_picker('Color', key='c')\nst.write(c)")
    assert at.color_picker[0].value == "#000000"
    at.color_picker[0].pick("ff0000").run()
    assert at.session_state["c"] == "#ff0000" and _markdown(at) == ["#ff0000"]
    for bad in ("red", "#12345", 5):
        with pytest.raises(InteractionError, match="accepts a hex color like '#ff0000'"):
            at.color_picker[0].set_value(bad)
    at = _run("st.color_picker('C', 'blue')")
    assert at.exception[0].value.startswith("'blue' is not a valid hex code for colors.")


# --------------------------------------------------------------------------- feedback


def test_feedback_values_and_validation() -> None:
    at = _run("f = st.feedback('faces', default=1, key='f')\nst.write(repr(f))")
    fb = at.feedback[0]
    assert fb.value == 1 and fb.num_options == 5
    fb.set_value(4).run()
    assert at.session_state["f"] == 4
    at.feedback[0].set_value(None).run()
    assert _markdown(at) == ["None"]
    with pytest.raises(InteractionError, match=r"Feedback \(key='f'\) accepts 0..4 or None, got 5"):
        at.feedback[0].set_value(5)
    with pytest.raises(InteractionError, match="got True"):
        at.feedback[0].set_value(True)


# --------------------------------------------------------------------------- pagination


def test_pagination_select_and_validation() -> None:
    at = _run("p = st.pagination(5, default=2, key='p')\nst.write('page', p)")
    pg = at.pagination[0]
    assert (pg.value, pg.num_pages, pg.default) == (2, 5, 2)
    pg.select(5).run()
    assert at.session_state["p"] == 5
    for bad in (0, 6, True, "2"):
        with pytest.raises(InteractionError, match=r"Pagination \(key='p'\) accepts a page 1..5"):
            at.pagination[0].set_value(bad)


def test_disabled_option_widget_cannot_be_changed() -> None:
    at = _run("st.radio('R', ['a', 'b'], disabled=True, key='r')")
    with pytest.raises(InteractionError, match="Cannot update a disabled radio widget"):
        at.radio[0].set_value("b")
