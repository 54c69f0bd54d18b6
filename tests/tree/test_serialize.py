"""The snapshot text: complete, deterministic, nothing volatile or secret in it."""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from apptest import AppTest
from apptest.tree import SnapshotOptions, serialize
from apptest.tree._serialize import inline, value_lines

APP = """
import streamlit as st
st.title("Report")
with st.expander("Details"):
    st.write("x" * 120)
st.session_state.data = b"\\x00" * 2048
st.session_state.tags = {"b", "a"}
st.session_state.fn = print
st.session_state.obj = object()
with st.sidebar:
    st.slider("Size", 0, 10, 3, key="size")
"""


def test_app_text_is_complete_and_stable() -> None:
    text = serialize(AppTest.from_string(APP).run())
    assert text == textwrap.dedent(f"""\
        main
          title value='Report'
          expander label='Details'
            markdown value='{"x" * 120}'
        sidebar
          slider key='size' label='Size' value=3
        session_state:
          'data': <bytes 2048 bytes sha256=e5a00aa9991a>
          'fn': <built-in function print>
          'obj': <object>
          'size': 3
          'tags': {{'a', 'b'}}""")
    assert serialize(AppTest.from_string(APP).run()) == text


def test_blocks_lists_and_mappings() -> None:
    at = AppTest.from_string(APP).run()
    assert serialize(at.sidebar) == "sidebar\n  slider key='size' label='Size' value=3"
    assert serialize(at.title) == "title value='Report'"
    assert serialize({"a": 1}) == "'a': 1"
    assert serialize({}) == "(empty)"
    assert serialize(at.session_state).splitlines()[3] == "'size': 3"


def test_exclude_and_redact_nodes_and_state_keys() -> None:
    at = AppTest.from_string(APP).run()
    options = SnapshotOptions(exclude_kinds=frozenset({"expander"}),
                              exclude_keys=frozenset({"data", "fn", "obj"}),
                              redact_keys=frozenset({"size"}), replacement="<any>")
    assert serialize(at, options) == textwrap.dedent("""\
        main
          title value='Report'
        sidebar
          slider key='size' label='Size' value=<any>
        session_state:
          'size': <any>
          'tags': {'a', 'b'}""")


def test_data_frames_are_summarised() -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame({"n": range(8), "s": list("abcdefgh")})
    lines = value_lines(frame)
    assert lines[0] == "<DataFrame 8 rows x 2 columns>"
    assert lines[1].startswith("dtypes: n=int64 s=")
    assert lines[2] == "head:"
    assert len(lines) == 3 + 6  # header row + 5 rows
    assert inline([frame]) == "[<DataFrame 8 rows x 2 columns>]"
    assert value_lines(pd.Series([1, 2], name="x"))[0] == "<Series 2 rows dtype=int64 name='x'>"


def test_values_without_addresses_or_fakes() -> None:
    class Thing:
        pass

    assert inline(Thing()).startswith("<") and "0x" not in inline(Thing())
    assert inline((1,)) == "(1,)"
    assert inline(frozenset()) == "frozenset()"
    assert inline("two\nlines") == "'two\\nlines'"
    freezegun = pytest.importorskip("freezegun")
    with freezegun.freeze_time("2024-01-01 09:00"):
        now = dt.datetime.now()
    assert type(now).__name__ == "FakeDatetime"
    assert inline({"at": now}) == "{'at': datetime.datetime(2024, 1, 1, 9, 0)}"


def test_secrets_are_masked() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nst.session_state.t = 'tok-123456'\nst.write('key tok-123456')"
    ).run()
    at._server.secrets = {"api": {"token": "tok-123456"}, "short": "ab"}  # type: ignore[attr-defined]
    text = serialize(at)
    assert "tok-123456" not in text
    assert "markdown value='key ***'" in text and "'t': '***'" in text
