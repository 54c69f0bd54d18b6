"""apptest never unpickles, never shows secrets, never mixes tests' data."""

from __future__ import annotations

import json
import re
from pathlib import Path

import apptest
from apptest import AppTest

PACKAGE = Path(apptest.__file__).parent
UNPICKLE = re.compile(r"\b(pickle|cPickle|dill|cloudpickle|_pickle)\.(loads?|Unpickler)\b"
                      r"|\bfrom\s+pickle\s+import\s+[^\n]*\b(loads?|Unpickler)\b"
                      r"|\b(shelve\.open|marshal\.loads?)\b")


def test_the_package_never_unpickles() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)}:{n}"
        for path in PACKAGE.rglob("*.py")
        for n, line in enumerate(path.read_text().splitlines(), 1)
        if UNPICKLE.search(line)
    ]
    assert offenders == []


def test_the_unpickle_check_can_fail() -> None:
    assert UNPICKLE.search("data = pickle.loads(blob)")
    assert UNPICKLE.search("from pickle import load")
    assert not UNPICKLE.search("pickle.dumps(value)")


SECRET_APP = """
import streamlit as st
st.write("token is", st.secrets["token"])
st.text_input("api key", value=st.secrets["token"], key="key")
st.session_state["copy"] = st.secrets["token"]
"""
SECRET = "s3cr3t-value-123"


def test_secrets_are_masked_in_printed_trees_and_snapshots() -> None:
    from apptest.tree._serialize import serialize

    at = AppTest.from_string(SECRET_APP, secrets={"token": SECRET}).run()
    assert SECRET in at.markdown[0].value  # the app sees the real secret
    assert at.session_state["copy"] == SECRET
    for shown in (repr(at), str(at), serialize(at), serialize(at.session_state), str(at.main)):
        assert SECRET not in shown


def test_a_snapshot_never_contains_another_tests_data() -> None:
    from apptest.tree._serialize import serialize

    src = "import streamlit as st\nst.session_state.who = st.query_params['who']\nst.write(st.session_state.who)"
    first = AppTest.from_string(src, query_params={"who": "alice-data"}).run()
    second = AppTest.from_string(src, query_params={"who": "bob-data"}).run()
    assert "alice-data" not in serialize(second) and "bob-data" in serialize(second)
    assert "bob-data" not in serialize(first)
    assert "alice-data" not in json.dumps(second.session_state.to_dict())
