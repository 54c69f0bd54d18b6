"""examples/data_explorer: upload a CSV, edit a cell, chart a column (needs pandas)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pandas")

APP = "examples/data_explorer/app.py"
CSV = (Path(__file__).resolve().parents[2] / "examples" / "data_explorer" / "sales.csv").read_bytes()


def test_asks_for_a_file_first(app_test) -> None:
    at = app_test(APP).run()
    assert at.info[0].value == "Upload a CSV file to start."
    assert len(at.data_editor) == 0           # st.stop() ended the run


def test_upload_edit_and_chart(app_test) -> None:
    at = app_test(APP).run()
    at.file_uploader[0].upload("sales.csv", CSV, mime="text/csv").run()
    assert at.caption[0].value == "3 rows, 3 columns"
    assert at.selectbox[0].options == ["sales", "returns"]
    assert at.metric[0].value == "250.0"
    at.data_editor[0].edit_cell(0, "sales", 200).run()
    assert at.metric[0].value == "330.0"      # the chart and total see the edited data
    assert at.bar_chart[0].y == "sales"
    at.selectbox[0].select("returns").run()
    assert (at.metric[0].label, at.bar_chart[0].y) == ("Total returns", "returns")


def test_the_parsed_file_is_cached(app_test) -> None:
    at = app_test(APP).run()
    at.file_uploader[0].upload("sales.csv", CSV, mime="text/csv").run()
    at.selectbox[0].select("returns").run()
    stats = at.cache_stats()["load"]
    assert (stats.misses, stats.hits) == (1, 1)  # parsed once, reused on the rerun


def test_a_wrong_file_type_is_refused(app_test) -> None:
    from apptest.errors import InteractionError

    at = app_test(APP).run()
    with pytest.raises(InteractionError):
        at.file_uploader[0].upload("notes.txt", b"hello", mime="text/plain")
