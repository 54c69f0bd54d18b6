"""Snapshots of apps with syrupy: create, compare, diff, update, exclude and redact."""

from __future__ import annotations

import textwrap

import pytest

import tests._pytester  # noqa: F401  (apptest modules shared with in-process runs)

pytest_plugins = ["pytester"]

APP = """
import streamlit as st
st.title("Shop")
st.text_input("Name", key="name")
st.session_state.setdefault("visits", 0)
st.session_state.visits += 1
st.write("Visits:", st.session_state.visits)
with st.sidebar:
    st.selectbox("Size", ["S", "M"], key="size")
"""

TEST = """
def test_shop(app_test, app_snapshot):
    at = app_test("app.py").run()
    assert app_snapshot == at
    assert app_snapshot(name="sidebar") == at.sidebar
    assert app_snapshot(name="state") == at.session_state
    at.text_input(key="name").input("Bo").run()
    assert at.main == app_snapshot
"""


@pytest.fixture
def shop(pytester: pytest.Pytester) -> pytest.Pytester:
    (pytester.path / "app.py").write_text(APP)
    pytester.makepyfile(test_shop=TEST)
    return pytester


def snapshot_file(pytester: pytest.Pytester) -> str:
    return (pytester.path / "__snapshots__" / "test_shop.ambr").read_text()


def test_update_creates_readable_snapshots(shop: pytest.Pytester) -> None:
    result = shop.runpytest("--snapshot-update")
    result.assert_outcomes(passed=1)
    assert snapshot_file(shop) == textwrap.dedent("""\
        # serializer version: 1
        # name: test_shop
          main
            title value='Shop'
            text_input key='name' label='Name' value=''
            markdown value='Visits: `1`'
          sidebar
            selectbox key='size' label='Size' value='S'
          session_state:
            'name': ''
            'size': 'S'
            'visits': 1
        # ---
        # name: test_shop.3
          main
            title value='Shop'
            text_input key='name' label='Name' value='Bo'
            markdown value='Visits: `2`'
        # ---
        # name: test_shop[sidebar]
          sidebar
            selectbox key='size' label='Size' value='S'
        # ---
        # name: test_shop[state]
          'name': ''
          'size': 'S'
          'visits': 1
        # ---
        """)
    shop.runpytest().assert_outcomes(passed=1)


def test_changed_app_fails_with_a_diff_until_updated(shop: pytest.Pytester) -> None:
    shop.runpytest("--snapshot-update").assert_outcomes(passed=1)
    (shop.path / "app.py").write_text(APP.replace('"Visits:"', '"Seen:"'))
    result = shop.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([
        "*assert [[]- snapshot[]] == [[]+ received[]]*",
        "*-   markdown value='Visits: `1`'",
        "*+   markdown value='Seen: `1`'",
    ])
    shop.runpytest("--snapshot-update").assert_outcomes(passed=1)
    shop.runpytest().assert_outcomes(passed=1)
    assert "Seen: `2`" in snapshot_file(shop)


def test_exclude_and_redact(pytester: pytest.Pytester) -> None:
    (pytester.path / "app.py").write_text(textwrap.dedent("""
        import random, streamlit as st
        st.session_state.token = random.random()
        st.number_input("Load", value=random.random(), key="load")
        st.write("stable")
        with st.expander("Debug"):
            st.write(random.random())
    """))
    pytester.makepyfile(test_rand="""
        from syrupy.filters import props

        def test_rand(app_test, app_snapshot):
            at = app_test("app.py").run()
            assert app_snapshot.with_exclude(kinds=["expander"]).with_redact(
                keys=["load", "token"]) == at
            assert app_snapshot.with_exclude(keys=["load", "token"], kinds=["expander"]) == at
            assert app_snapshot(exclude=props("value", "token")) == at.main
    """)
    pytester.runpytest("--snapshot-update").assert_outcomes(passed=1)
    pytester.runpytest().assert_outcomes(passed=1)
    text = (pytester.path / "__snapshots__" / "test_rand.ambr").read_text()
    assert text.split("# name: ")[1:] == [
        "test_rand\n"
        "  main\n"
        "    number_input key='load' label='Load' value=<redacted>\n"
        "    markdown value='stable'\n"
        "  session_state:\n"
        "    'load': <redacted>\n"
        "    'token': <redacted>\n"
        "# ---\n",
        "test_rand.1\n"
        "  main\n"
        "    markdown value='stable'\n"
        "  session_state:\n"
        "    (empty)\n"
        "# ---\n",
        "test_rand.2\n"
        "  main\n"
        "    number_input key='load' label='Load'\n"
        "    markdown\n"
        "    expander label='Debug'\n"
        "      markdown\n"
        "# ---\n",
    ]


def test_snapshot_extension_works_with_plain_syrupy(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_plain="""
        from apptest import AppTest
        from apptest.snapshot import AppTreeExtension

        def test_plain(snapshot):
            at = AppTest.from_string("import streamlit as st\\nst.write(b'x' * 3)").run()
            assert snapshot.use_extension(AppTreeExtension) == at
    """)
    pytester.runpytest("--snapshot-update").assert_outcomes(passed=1)
    pytester.runpytest().assert_outcomes(passed=1)
