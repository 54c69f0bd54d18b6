"""Property-based tests: session state, interaction sequences and widget values."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from apptest import AppTest, InteractionError

FAST = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                HealthCheck.function_scoped_fixture])

KEYS = st.sampled_from(["a", "b", "c"])
OPS = st.lists(st.one_of(
    st.tuples(st.just("set"), KEYS, st.integers()),
    st.tuples(st.just("setattr"), KEYS, st.integers()),
    st.tuples(st.just("del"), KEYS, st.none()),
    st.tuples(st.just("get"), KEYS, st.none()),
    st.tuples(st.just("getattr"), KEYS, st.none()),
), max_size=12)

def _state_app(ops, result):  # type: ignore[no-untyped-def]  # runs as the app: no annotations
    import streamlit as st

    ss = st.session_state
    log = []
    for op, key, value in ops:
        try:
            if op == "set":
                ss[key] = value
            elif op == "setattr":
                setattr(ss, key, value)
            elif op == "del":
                del ss[key]
            elif op == "get":
                log.append(ss[key])
            else:
                log.append(getattr(ss, key))
        except (KeyError, AttributeError) as exc:
            log.append(type(exc).__name__)
    result.extend([log, ss.to_dict(), len(ss), sorted(ss)])


def _model(ops: list[tuple[str, str, Any]]) -> tuple[list[Any], dict[str, Any]]:
    state: dict[str, Any] = {}
    log: list[Any] = []
    for op, key, value in ops:
        if op in ("set", "setattr"):
            state[key] = value
        elif key not in state:
            log.append("AttributeError" if op == "getattr" else "KeyError")
        elif op == "del":
            del state[key]
        else:
            log.append(state[key])
    return log, state


@FAST
@given(ops=OPS)
def test_session_state_behaves_like_a_dict(ops: list[tuple[str, str, Any]]) -> None:
    result: list[Any] = []
    at = AppTest.from_function(_state_app, args=(ops, result)).run()
    assert not at.exception
    log, state = _model(ops)
    assert result == [log, state, len(state), sorted(state)]
    assert at.session_state.to_dict() == state


COUNTER = """
import streamlit as st
st.session_state.setdefault("count", 0)
def add(n): st.session_state.count += n
st.button("plus", on_click=add, args=(1,))
st.button("minus", on_click=add, args=(-1,))
step = st.number_input("step", 0, 5, 1, key="step")
if st.button("jump"):
    st.session_state.count += step
st.write(st.session_state.count)
"""
ACTIONS = st.lists(st.one_of(
    st.tuples(st.sampled_from(["plus", "minus", "jump"]), st.none()),
    st.tuples(st.just("step"), st.integers(-2, 7)),
), max_size=10)


@FAST
@given(actions=ACTIONS)
def test_interaction_sequences_match_a_model(actions: list[tuple[str, Any]]) -> None:
    at = AppTest.from_string(COUNTER).run()
    count, step = 0, 1
    for name, value in actions:
        if name == "step":
            if 0 <= value <= 5:
                at.number_input(key="step").set_value(value).run()
                step = value
            else:
                with pytest.raises(InteractionError):
                    at.number_input(key="step").set_value(value)
            continue
        next(b for b in at.button if b.label == name).click().run()
        count += {"plus": 1, "minus": -1, "jump": step}[name]
        assert at.markdown[0].value == f"`{count}`"
    assert at.session_state.count == count


VALUES = st.one_of(st.none(), st.booleans(), st.integers(-5, 15), st.floats(-5, 15, allow_nan=False),
                   st.text(max_size=6), st.lists(st.sampled_from(["a", "b", "c"]), max_size=3),
                   st.sampled_from(["a", "b", "c"]))
WIDGET_APP = """
import streamlit as st
st.slider("s", 0, 10, 5, key="slider")
st.number_input("n", 0, 10, 5, key="number_input")
st.text_input("t", max_chars=4, key="text_input")
st.checkbox("c", key="checkbox")
st.radio("r", ["a", "b"], key="radio")
st.selectbox("sb", ["a", "b"], key="selectbox")
st.multiselect("m", ["a", "b"], key="multiselect")
st.toggle("tg", key="toggle")
"""
KINDS = ["slider", "number_input", "text_input", "checkbox", "radio", "selectbox",
         "multiselect", "toggle"]


@FAST
@given(kind=st.sampled_from(KINDS), value=VALUES)
def test_set_value_is_accepted_and_returned_or_rejected(kind: str, value: Any) -> None:
    at = AppTest.from_string(WIDGET_APP).run()
    before = at.session_state.to_dict()
    try:
        getattr(at, kind)(key=kind).set_value(value)
    except InteractionError:
        assert at.session_state.to_dict() == before
        return
    at.run()
    assert not at.exception
    assert at.session_state[kind] == value
    assert getattr(at, kind)(key=kind).value == value
