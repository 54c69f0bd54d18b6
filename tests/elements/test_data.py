"""Data elements: ``st.dataframe`` (selections), ``st.data_editor`` (edits), ``st.column_config``."""

from __future__ import annotations

import pickle

import pytest

from apptest import AppTest, InteractionError
from apptest.elements._table_states import DataEditorState, DataframeState

_RECORDS = '[{"a": 1, "b": "x"}, {"a": 2, "b": "y"}, {"a": 3, "b": "z"}]'


def _markdown(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown]


def _run(src: str) -> AppTest:
    return AppTest.from_string("import streamlit as st\n" + src).run()


_SELECT = f"""
def cb(tag):
    st.session_state.log = st.session_state.get("log", []) + [tag]
ev = st.dataframe({_RECORDS}, key="sel", on_select=lambda: cb("sel"), selection_mode=MODES)
st.write(repr(ev.selection.rows), repr(ev.selection.columns), repr(ev.selection.cells))
st.write(repr(st.session_state.get("log")))
"""


def _selectable(modes: str = '["multi-row", "multi-column", "multi-cell"]') -> AppTest:
    return _run(_SELECT.replace("MODES", modes))


# --------------------------------------------------------------------------- st.dataframe


def test_dataframe_without_on_select_is_display_only() -> None:
    at = _run(f"dg = st.dataframe({_RECORDS}, key='k')\nst.write(type(dg).__name__)")
    node = at.dataframe[0]
    assert node.type == "dataframe" and node.key is None and node.editing_mode == "read_only"
    assert _markdown(at) == ["DeltaGenerator"]
    assert not at.data_editor
    with pytest.raises(InteractionError, match="selections need"):
        node.select_rows([0])
    with pytest.raises(InteractionError, match="read-only"):
        node.edit_cell(0, "a", 5)


def test_dataframe_value_is_a_pandas_frame() -> None:
    pd = pytest.importorskip("pandas", reason="value is a DataFrame only with pandas")
    at = _run("st.dataframe([1, 2])\nst.dataframe({'x': 1})\nst.dataframe([[1, 2]])")
    values = [n.value for n in at.dataframe]
    assert all(isinstance(v, pd.DataFrame) for v in values)
    assert values[0].to_dict("list") == {"value": [1, 2]}
    assert values[1].index.tolist() == ["x"]
    assert list(values[2].columns) == [0, 1]


def test_selection_default_and_state_mirroring() -> None:
    at = _selectable()
    assert _markdown(at) == ["[] [] []", "None"]
    assert isinstance(at.session_state["sel"], DataframeState)
    assert at.session_state["sel"] == {"selection": {"rows": [], "columns": [], "cells": []}}


def test_select_rows_columns_cells_run_callback_once() -> None:
    at = _selectable()
    node = at.dataframe(key="sel")
    node.select_rows([2, 0]).select_columns(["b"]).select_cells([(1, "a")])
    assert node.selection == {"rows": [2, 0], "columns": ["b"], "cells": [(1, "a")]}
    at.run()
    assert _markdown(at) == ["[2, 0] ['b'] [(1, 'a')]", "['sel']"]
    at.dataframe[0].clear_selection().run()
    assert _markdown(at) == ["[] [] []", "['sel', 'sel']"]
    at.run()
    assert _markdown(at)[1] == "['sel', 'sel']"


@pytest.mark.parametrize(
    ("modes", "action", "match"),
    [
        ('"single-row"', lambda n: n.select_rows([0, 1]), "at most one"),
        ('"multi-row"', lambda n: n.select_rows([3]), r"rows 0\.\.2"),
        ('"multi-row"', lambda n: n.select_rows([0, 0]), "once"),
        ('"multi-row"', lambda n: n.select_columns(["a"]), "cannot select columns"),
        ('"multi-column"', lambda n: n.select_columns(["nope"]), "has columns"),
        ('"single-cell"', lambda n: n.select_cells([(0, "a"), (1, "a")]), "at most one"),
        ('"multi-cell"', lambda n: n.select_cells([(9, "a")]), r"rows 0\.\.2"),
        ('"single-row-required"', lambda n: n.select_rows([]), "requires one"),
    ],
)
def test_impossible_selections_raise(modes: str, action: object, match: str) -> None:
    at = _selectable(modes)
    with pytest.raises(InteractionError, match=match):
        action(at.dataframe[0])  # type: ignore[operator]
    assert at.dataframe[0].selection == {
        "rows": [0] if "required" in modes else [], "columns": [], "cells": []}


def test_single_row_required_starts_with_first_row() -> None:
    at = _selectable('"single-row-required"')
    assert _markdown(at)[0] == "[0] [] []"
    at.dataframe[0].select_rows([2]).run()
    assert _markdown(at)[0] == "[2] [] []"


def test_selection_set_through_session_state_is_checked() -> None:
    at = AppTest.from_string("import streamlit as st\n" + _SELECT.replace("MODES", '"single-row"'))
    at.session_state["sel"] = {"selection": {"rows": [7, 1, 0], "columns": ["a"]}}
    at.run()
    assert _markdown(at) == ["[1] [] []", "None"]


def test_selection_state_is_read_only_and_picklable() -> None:
    at = _run(f"ev = st.dataframe({_RECORDS}, on_select='rerun')\nev.selection.rows.append(1)\n"
              "st.write(ev.selection.rows)\ntry:\n    ev['x'] = 1\nexcept TypeError:\n    st.write('ro')")
    assert _markdown(at)[-1] == "ro"
    state = DataframeState({"selection": {"rows": [1]}})
    assert pickle.loads(pickle.dumps(state)) == state


def test_bad_selection_mode_and_default_raise_in_app() -> None:
    at = _run("st.dataframe([1], on_select='rerun', selection_mode='nope')")
    assert "Invalid `selection_mode` value" in at.exception[0].value
    at = _run("st.dataframe([1], selection_default={'selection': {'rows': [0]}})")
    assert "cannot be used together" in at.exception[0].value


# --------------------------------------------------------------------------- st.data_editor

_EDITOR = f"""
def cb(*a, **k):
    st.session_state.log = st.session_state.get("log", []) + [(a, k)]
r = st.data_editor({_RECORDS}, key="ed", num_rows=NUM, disabled=DIS, on_change=cb,
                   args=(1,), kwargs={{"k": 2}}, column_config=CONF)
st.write(repr(r))
st.write(repr(st.session_state.get("log")))
"""


def _editor(num: str = '"dynamic"', dis: str = "False", conf: str = "None") -> AppTest:
    src = _EDITOR.replace("NUM", num).replace("DIS", dis).replace("CONF", conf)
    return _run(src)


def test_editor_defaults_and_collections() -> None:
    at = _editor()
    assert _markdown(at)[0] == f"{_RECORDS.replace(chr(34), chr(39))}"
    assert at.data_editor[0] is at.dataframe[0]
    assert at.data_editor[0].editing_mode == "dynamic"
    assert isinstance(at.session_state["ed"], DataEditorState)
    assert at.session_state["ed"] == {"edited_rows": {}, "added_rows": [], "deleted_rows": []}


def test_edit_add_delete_return_same_type_and_run_callback() -> None:
    at = _editor()
    ed = at.data_editor(key="ed")
    ed.edit_cell(0, "a", 10).add_row({"a": 4, "b": "w"}).delete_rows([1])
    at.run()
    assert _markdown(at) == [
        "[{'a': 10, 'b': 'x'}, {'a': 3, 'b': 'z'}, {'a': 4, 'b': 'w'}]",
        "[((1,), {'k': 2})]",
    ]
    assert at.session_state["ed"] == {
        "edited_rows": {0: {"a": 10}}, "added_rows": [{"a": 4, "b": "w"}], "deleted_rows": [1]}
    at.run()
    assert _markdown(at)[1] == "[((1,), {'k': 2})]"


@pytest.mark.parametrize(
    ("num", "dis", "conf", "action", "match"),
    [
        ('"fixed"', "False", "None", lambda e: e.add_row({"a": 1}), "cannot add"),
        ('"add"', "False", "None", lambda e: e.delete_rows([0]), "cannot delete"),
        ('"delete"', "False", "None", lambda e: e.add_row(), "cannot add"),
        ('"fixed"', "True", "None", lambda e: e.edit_cell(0, "a", 1), "disabled"),
        ('"fixed"', '["b"]', "None", lambda e: e.edit_cell(0, "b", "q"), "disabled"),
        ('"fixed"', "False", "None", lambda e: e.edit_cell(0, "a", "text"), "integer"),
        ('"fixed"', "False", "None", lambda e: e.edit_cell(5, "a", 1), "rows"),
        ('"fixed"', "False", "None", lambda e: e.edit_cell(0, "zz", 1), "columns"),
        ('"fixed"', "False", '{"a": st.column_config.NumberColumn(max_value=5)}',
         lambda e: e.edit_cell(0, "a", 6), r"0?\.\.5|-inf\.\.5"),
        ('"fixed"', "False", '{"b": st.column_config.TextColumn(max_chars=2)}',
         lambda e: e.edit_cell(0, "b", "abc"), "at most 2"),
        ('"fixed"', "False", '{"b": st.column_config.SelectboxColumn(options=["x", "q"])}',
         lambda e: e.edit_cell(0, "b", "r"), "one of"),
        ('"dynamic"', "False", '{"b": st.column_config.Column(required=True)}',
         lambda e: e.add_row({"a": 1}), "required"),
    ],
)
def test_impossible_edits_raise(num: str, dis: str, conf: str, action: object, match: str) -> None:
    at = _editor(num, dis, conf)
    with pytest.raises(InteractionError, match=match):
        action(at.data_editor[0])  # type: ignore[operator]
    assert at.data_editor[0].edits == {"edited_rows": {}, "added_rows": [], "deleted_rows": []}


def test_checkbox_and_selectbox_columns_accept_their_values() -> None:
    src = ("r = st.data_editor([{'ok': True, 's': 'x'}], key='e', column_config={"
           "'ok': st.column_config.CheckboxColumn(), "
           "'s': st.column_config.SelectboxColumn(options=['x', 'y'])})\nst.write(repr(r))")
    at = _run(src)
    at.data_editor[0].edit_cell(0, "ok", False).edit_cell(0, "s", "y").run()
    assert _markdown(at) == ["[{'ok': False, 's': 'y'}]"]
    with pytest.raises(InteractionError, match="True or False"):
        at.data_editor[0].edit_cell(0, "ok", 1)


def test_plain_inputs_return_their_own_type() -> None:
    src = (
        "st.write(repr(st.data_editor({'a': [1, 2]}, key='d')))\n"
        "st.write(repr(st.data_editor([1, 2], key='l')))\n"
        "st.write(repr(st.data_editor((1, 2), key='t')))\n"
        "st.write(repr(st.data_editor([[1, 'a']], key='r')))\n"
        "st.write(repr(st.data_editor({'x': 1}, key='kv')))\n"
    )
    at = _run(src)
    at.data_editor(key="d").edit_cell(1, "a", 5)
    at.data_editor(key="l").edit_cell(0, "value", 7)
    at.data_editor(key="t").edit_cell(1, "value", 3)
    at.data_editor(key="r").edit_cell(0, "1", "b")
    at.data_editor(key="kv").edit_cell(0, "value", 2)
    at.run()
    assert _markdown(at) == ["{'a': [1, 5]}", "[7, 2]", "(1, 3)", "[[1, 'b']]", "{'x': 2}"]


def test_session_state_edit_state_from_test_is_applied_without_callback() -> None:
    at = _editor('"fixed"')
    at.session_state["ed"] = {"edited_rows": {2: {"b": "Z"}}, "added_rows": [], "deleted_rows": []}
    at.run()
    assert _markdown(at) == ["[{'a': 1, 'b': 'x'}, {'a': 2, 'b': 'y'}, {'a': 3, 'b': 'Z'}]", "None"]


def test_editor_key_is_read_only_for_the_app() -> None:
    at = _run("st.session_state.e = {}\nst.data_editor([1], key='e')")
    assert at.exception[0].type.endswith("StreamlitValueAssignmentNotAllowedError") or \
        "read-only" in at.exception[0].value


def test_pandas_editor_returns_dataframe() -> None:
    pytest.importorskip("pandas", reason="editing a DataFrame needs pandas")
    src = ("import pandas as pd\nr = st.data_editor(pd.DataFrame({'a': [1.5, 2.5]}), key='e', "
           "num_rows='dynamic')\nst.write(type(r).__name__, repr(r['a'].tolist()))")
    at = _run(src)
    at.data_editor[0].edit_cell(1, "a", 4).add_row({"a": 1}).run()
    assert _markdown(at) == ["DataFrame [1.5, 4.0, 1.0]"]


def test_unsupported_editor_data_raises_in_app() -> None:
    at = _run("st.data_editor('text')")
    assert "not supported by the data editor" in at.exception[0].value
    at = _run("st.data_editor([{'_index': 1}])")
    assert "reserved for the index" in at.exception[0].value
    at = _run("st.data_editor([{'a': 1}], column_config={'a': st.column_config.TextColumn()})")
    assert "not compatible" in at.exception[0].value


# --------------------------------------------------------------------------- column_config


def test_column_config_functions_return_streamlit_dicts() -> None:
    at = _run("st.write(st.column_config.NumberColumn('N', min_value=1))\n"
              "from streamlit import column_config as cc\nst.write(cc.CheckboxColumn())")
    assert '"min_value": 1' in at.json[0].value
    assert '"type": "checkbox"' in at.json[1].value


def test_plain_data_needs_no_pandas(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "pandas", None)  # `import pandas` now fails
    monkeypatch.setitem(sys.modules, "numpy", None)
    at = _run("r = st.data_editor({'a': [1, 2]}, key='e', num_rows='dynamic')\n"
              "st.write(repr(r))\nst.dataframe([1, 2], on_select='rerun', key='s')")
    at.data_editor[0].edit_cell(0, "a", 5).add_row({}).run()
    assert _markdown(at) == ["{'a': [5.0, 2.0, None]}"]
    assert at.data_editor[0].value == {"a": [1, 2]}
    assert at.dataframe(key="s").value == [1, 2]
