"""Conformance scenarios for ``st.dataframe`` (with selections) and ``st.data_editor``.

Real ``streamlit.testing.v1`` drives both only through session state: an editor's edit
state or a dataframe's selection is assigned to ``at.session_state[key]`` before a run.
The table nodes' ``value`` (a pandas DataFrame) is compared as columns, index and rows.
"""

from __future__ import annotations

from tests.conformance.scenarios import RUN, Scenario, _s

_RECORDS = '[{"a": 1, "b": "x", "c": True}, {"a": 2, "b": "y", "c": False}]'

SCENARIOS: list[Scenario] = [
    # ------------------------------------------------------------------ st.dataframe
    _s(
        "dataframe_plain_values",
        """
        import streamlit as st
        st.dataframe([{"a": 1, "b": "x"}, {"a": 2, "b": "y"}], key="ignored")
        st.dataframe({"a": [1, 2], "b": [3.5, None]})
        st.dataframe([[1, 2], [3, 4]])
        st.dataframe([1, 2, 3])
        st.dataframe({"x": 1, "y": 2})
        st.dataframe(None)
        """,
        [RUN],
    ),
    _s(
        "dataframe_pandas_values",
        """
        import streamlit as st
        import pandas as pd
        st.dataframe(pd.DataFrame({"a": [1, 2], "b": ["p", "q"]}, index=["r", "s"]))
        st.dataframe(pd.Series([1.5, 2.5], name="s"))
        st.sidebar.dataframe(pd.DataFrame({"n": [3]}))
        """,
        [RUN],
    ),
    _s(
        "dataframe_selection_default_state",
        """
        import streamlit as st
        ev = st.dataframe([{"a": 1}, {"a": 2}], key="sel", on_select="rerun")
        st.write(ev)
        st.write(ev.selection.rows, ev.selection.columns)
        req = st.dataframe([1, 2], key="req", on_select="rerun", selection_mode="single-row-required")
        st.write(req)
        """,
        [RUN, RUN],
    ),
    _s(
        "dataframe_selection_set_before_first_run",
        """
        import streamlit as st
        ev = st.dataframe(
            [{"a": 1, "b": 2}, {"a": 3, "b": 4}], key="sel", on_select="rerun",
            selection_mode=["multi-row", "single-column"],
        )
        st.write(ev)
        """,
        [
            ("session_state_set", "sel",
             {"selection": {"rows": [1, 0, 5], "columns": ["b", "a"], "cells": [[0, "a"]]}}),
            RUN,
            ("session_state_set", "sel", {"selection": {"rows": [1]}}),
            RUN,
            RUN,
        ],
    ),
    _s(
        "dataframe_selection_set_after_first_run",
        """
        import streamlit as st
        ev = st.dataframe([{"a": 1}, {"a": 2}], key="sel", on_select="rerun")
        st.write("rows", ev.selection.rows)
        """,
        [RUN, ("session_state_set", "sel", {"selection": {"rows": [1], "columns": [], "cells": []}}),
         RUN, RUN],
    ),
    # ------------------------------------------------------------------ st.data_editor
    _s(
        "data_editor_records_edits",
        f"""
        import streamlit as st
        r = st.data_editor({_RECORDS}, key="ed", num_rows="dynamic")
        st.write(repr(r))
        """,
        [
            RUN,
            ("session_state_set", "ed", {"edited_rows": {0: {"a": 10, "b": 5}},
                                         "added_rows": [{"b": "z"}], "deleted_rows": [1]}),
            RUN,
            RUN,
        ],
    ),
    _s(
        "data_editor_plain_formats",
        """
        import streamlit as st
        d = st.data_editor({"a": [1, 2], "b": [3.5, 4.5]}, key="cols")
        l = st.data_editor([[1, 2], [3, 4]], key="rows")
        v = st.data_editor([1, 2, 3], key="vals")
        t = st.data_editor((1, 2), key="tup")
        kv = st.data_editor({"x": 1, "y": 2}, key="kv")
        st.write(repr(d), repr(l), repr(v), repr(t), repr(kv))
        """,
        [
            RUN,
            ("session_state_set", "cols", {"edited_rows": {1: {"b": 9}}, "added_rows": [],
                                           "deleted_rows": []}),
            ("session_state_set", "rows", {"edited_rows": {1: {"0": 9}}, "added_rows": [],
                                           "deleted_rows": []}),
            ("session_state_set", "vals", {"edited_rows": {1: {"value": "9"}}, "added_rows": [],
                                           "deleted_rows": []}),
            ("session_state_set", "tup", {"edited_rows": {1: {"value": 2.7}}, "added_rows": [],
                                          "deleted_rows": []}),
            ("session_state_set", "kv", {"edited_rows": {1: {"value": 9}}, "added_rows": [],
                                         "deleted_rows": []}),
            RUN,
        ],
    ),
    _s(
        "data_editor_pandas_edits",
        """
        import streamlit as st
        import pandas as pd
        df = pd.DataFrame({"a": [1, 2, 3], "b": ["x", "y", "z"]})
        r = st.data_editor(df, key="ed", num_rows="dynamic")
        st.write(repr(r.to_dict("split")))
        s = st.data_editor(pd.Series([1.5, 2.5], name="s"), key="ser")
        st.write(repr(s.to_dict()), type(s).__name__)
        """,
        [
            RUN,
            ("session_state_set", "ed", {"edited_rows": {0: {"a": 10}}, "added_rows": [{"a": 9}],
                                         "deleted_rows": [1]}),
            ("session_state_set", "ser", {"edited_rows": {1: {"s": 7}}, "added_rows": [],
                                          "deleted_rows": []}),
            RUN,
        ],
    ),
    _s(
        "data_editor_missing_values_and_kinds",
        f"""
        import streamlit as st
        r = st.data_editor({_RECORDS}, key="ed", num_rows="add")
        st.write(repr(r))
        """,
        [
            RUN,
            # None in an int column makes it floats; None in a bool column is refused.
            ("session_state_set", "ed", {"edited_rows": {0: {"a": None, "c": None}},
                                         "added_rows": [{"a": 3}], "deleted_rows": []}),
            RUN,
        ],
    ),
]
