"""Fragment runs: what a browser does where real AppTest reruns the whole app (L4)."""

from __future__ import annotations

import pytest

from apptest import AppTest
from apptest.errors import StreamlitInvalidLayoutContextError

COUNTER = """
import streamlit as st
st.session_state.full = st.session_state.get("full", 0) + 1

@st.fragment
def panel():
    st.session_state.frag = st.session_state.get("frag", 0) + 1
    if st.button("inner"):
        st.write("clicked")
    st.write("frag", st.session_state.frag)

panel()
st.write("full", st.session_state.full)
st.button("outer")
"""


def test_a_widget_in_a_fragment_reruns_only_the_fragment() -> None:
    at = AppTest.from_string(COUNTER).run()
    at.button[0].click().run()
    assert (at.session_state.full, at.session_state.frag) == (1, 2)
    assert [m.value for m in at.markdown] == ["clicked", "frag `2`", "full `1`"]
    assert at.main[0].type == "flex_container"


def test_a_widget_outside_reruns_the_app_and_the_fragment() -> None:
    at = AppTest.from_string(COUNTER).run()
    at.button[1].click().run()
    assert (at.session_state.full, at.session_state.frag) == (2, 2)


def test_fragment_callbacks_run_before_the_fragment() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        def cb():
            st.session_state.log = st.session_state.get("log", []) + ["cb"]
        @st.fragment
        def f():
            st.session_state.log = st.session_state.get("log", []) + ["body"]
            st.button("b", on_click=cb)
        f()
    """).run()
    at.button[0].click().run()
    assert at.session_state.log == ["body", "cb", "body"]


def test_stale_cleanup_covers_only_the_fragment_widgets() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        show = st.session_state.get("show", True)
        if show:
            st.text_input("outside", key="outside")
        @st.fragment
        def f():
            if st.checkbox("hide inner", key="hide"):
                return
            st.text_input("inner", key="inner")
        f()
    """).run()
    at.text_input(key="outside").input("kept")
    at.text_input(key="inner").input("dropped")
    at.run()
    at.session_state["show"] = False
    at.checkbox(key="hide").check().run()
    assert at.session_state["outside"] == "kept"
    assert "inner" not in at.session_state
    assert [t.key for t in at.text_input] == ["outside"]


def test_rerun_scope_fragment_and_app() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        st.session_state.full = st.session_state.get("full", 0) + 1
        @st.fragment
        def f():
            st.session_state.n = st.session_state.get("n", 0) + 1
            if st.button("again"):
                st.rerun(scope="fragment")
            if st.button("app"):
                st.rerun()
        f()
    """).run()
    at.button[0].click().run()
    assert (at.session_state.full, at.session_state.n) == (1, 3)
    at.button[1].click().run()
    assert (at.session_state.full, at.session_state.n) == (2, 5)


def test_rerun_scope_fragment_outside_a_fragment_run_is_an_error() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        @st.fragment
        def f():
            st.rerun(scope="fragment")
        f()
        st.write("not reached")
    """).run()
    [error] = at.exception
    assert error.proto.type == "streamlit.errors.StreamlitInvalidLayoutContextError"
    assert error.value.startswith('scope="fragment" can only be specified')
    assert error.parent is at.main[0]
    assert not at.markdown
    assert issubclass(StreamlitInvalidLayoutContextError, Exception)


def test_an_error_in_a_fragment_run_stays_in_the_fragment() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        @st.fragment
        def f():
            if st.button("boom"):
                1 / 0
            st.write("fine")
        f()
        st.write("after")
    """).run()
    at.button[0].click().run()
    assert at.exception[0].parent is at.main[0]
    assert [m.value for m in at.markdown] == ["after"]
    at.run()
    assert not at.exception


def test_fragments_called_several_times_are_separate() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        @st.fragment
        def counter(name):
            k = f"n_{name}"
            st.session_state[k] = st.session_state.get(k, 0) + 1
            st.button(f"bump {name}")
            st.write(name, st.session_state[k])
        counter("a")
        counter("b")
    """).run()
    at.button[1].click().run()
    assert (at.session_state.n_a, at.session_state.n_b) == (1, 2)


def test_nested_fragments_rerun_on_their_own() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        def bump(k):
            st.session_state[k] = st.session_state.get(k, 0) + 1
        @st.fragment
        def inner():
            bump("inner")
            st.button("in")
        @st.fragment
        def outer():
            bump("outer")
            st.button("out")
            inner()
        outer()
    """).run()
    at.button[1].click().run()
    assert (at.session_state.outer, at.session_state.inner) == (1, 2)
    at.button[0].click().run()
    assert (at.session_state.outer, at.session_state.inner) == (2, 3)
    assert at.main[0].children[1].type == "flex_container"


def test_writes_to_outside_containers_are_replaced_in_place() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        box = st.container()
        box.write("main script")
        @st.fragment
        def f():
            n = st.session_state.n = st.session_state.get("n", 0) + 1
            box.write(f"from fragment {n}")
            st.sidebar.button("side")
        f()
    """).run()
    at.sidebar.button[0].click().run()
    box = at.main[0]
    assert [c.type for c in box.children.values()] == ["markdown", "transparent"]
    assert box.children[1].markdown[0].value == "from fragment 2"
    assert len(at.sidebar.children) == 1


def test_a_fragment_needs_its_outside_container_from_the_full_run() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        box = st.container()
        @st.fragment
        def f():
            if st.button("write outside"):
                box.write("late")
        f()
    """).run()
    at.button[0].click().run()
    assert "could not reserve a stable position" in at.exception[0].value


def _counted(decorator_args: str, name: str, extra: str = "") -> str:
    """An app counting full runs (``full``) and runs of fragment ``name`` (``name``)."""
    return (
        "import streamlit as st\n"
        "st.session_state.full = st.session_state.get('full', 0) + 1\n"
        f"@st.fragment({decorator_args})\n"
        f"def {name}():\n"
        f"    st.session_state.{name} = st.session_state.get('{name}', 0) + 1\n"
        f"{name}()\n{extra}\n"
    )


def test_keyed_fragment_rerun_from_a_callback() -> None:
    extra = "st.button('refresh', on_click=lambda: st.rerun('charts'))"
    at = AppTest.from_string(_counted("key='charts'", "charts", extra)).run()
    at.button[0].click().run()
    assert (at.session_state.full, at.session_state.charts) == (1, 2)


def test_run_every_follows_the_clock() -> None:
    at = AppTest.from_string(_counted("run_every='5s'", "ticks"))
    at.clock.freeze("2024-01-01 09:00")
    at.run()
    at.clock.tick(4)
    assert at.session_state.ticks == 1
    at.clock.tick(1)
    assert at.session_state.ticks == 2
    at.clock.tick(12)
    assert at.session_state.ticks == 4
    at.clock.tick(3)
    assert (at.session_state.ticks, at.session_state.full) == (5, 1)


@pytest.mark.parametrize("run_every", [None, 0])
def test_without_run_every_time_does_not_rerun(run_every: object) -> None:
    at = AppTest.from_string(f"""
        import streamlit as st
        @st.fragment(run_every={run_every!r})
        def f():
            st.session_state.n = st.session_state.get("n", 0) + 1
        f()
    """).run()
    at.clock.tick(3600)
    assert at.session_state.n == 1
