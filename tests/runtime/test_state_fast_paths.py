"""The run cycle's fast paths give what the plain definitions give.

``SessionState.compact`` writes only the keys whose value can change, instead of
``old[k] = self[k]`` for every key; ``remove_stale_widgets`` skips rebuilding what has
nothing stale. Random states are checked against the plain definitions.
"""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from apptest.runtime._state import SessionState, WidgetMeta, is_element_id

USER_KEYS = ["a", "b"]
WIDGET_IDS = ["$$ID-1-a", "$$ID-2-b", "$$ID-3-None"]
VALUES = st.integers(min_value=0, max_value=3)


def reference_compact(state: SessionState) -> None:
    """The definition: every key of every layer is folded into ``old_state``."""
    old = state.old_state
    for k in state._keys():
        try:
            old[k] = state[k]
        except KeyError:
            pass
    state.new_session_state.clear()
    state.new_widget_state.clear()


def reference_remove_stale(state: SessionState, active: set[str]) -> None:
    """The definition without ``persist_state`` widgets: drop every inactive widget id."""
    state.new_widget_state = {k: v for k, v in state.new_widget_state.items() if k in active}
    state.old_state = {k: v for k, v in state.old_state.items()
                       if not is_element_id(k) or k in active}


@st.composite
def states(draw: Any) -> SessionState:
    state = SessionState()
    for wid in draw(st.lists(st.sampled_from(WIDGET_IDS), unique=True)):
        key = draw(st.sampled_from([None, *USER_KEYS]))
        state.register_widget(WidgetMeta(id=wid, kind="slider", default=0, user_key=key,
                                         trigger=draw(st.booleans())))
    # registration leaves defaults in new_widget_state; a later run may have moved them
    for wid in draw(st.lists(st.sampled_from(WIDGET_IDS), unique=True)):
        state.new_widget_state.pop(wid, None)
    # a user key may now name a different widget than its old id (a stale mapping)
    keys = st.sampled_from(USER_KEYS + WIDGET_IDS)
    state.old_state.update(draw(st.dictionaries(keys, VALUES, max_size=5)))
    state.new_widget_state.update(draw(st.dictionaries(st.sampled_from(WIDGET_IDS), VALUES,
                                                       max_size=4)))
    state.new_session_state.update(draw(st.dictionaries(keys, VALUES, max_size=4)))
    return state


def layers(state: SessionState) -> tuple[dict[Any, Any], ...]:
    return state.old_state, state.new_session_state, state.new_widget_state


@settings(max_examples=600, deadline=None)
@given(states())
def test_compact_matches_its_definition(state: SessionState) -> None:
    expected = copy.deepcopy(state)
    reference_compact(expected)
    state.compact()
    assert layers(state) == layers(expected)


@settings(max_examples=300, deadline=None)
@given(states(), st.sets(st.sampled_from(WIDGET_IDS)))
def test_remove_stale_widgets_matches_its_definition(state: SessionState, active: set[str]) -> None:
    expected = copy.deepcopy(state)
    reference_remove_stale(expected, active)
    state.remove_stale_widgets(active)
    assert layers(state) == layers(expected)


def test_reset_triggers_resets_only_trigger_widgets() -> None:
    state = SessionState()
    state.register_widget(WidgetMeta(id="$$ID-1-None", kind="button", default=False,
                                     trigger=True))
    state.register_widget(WidgetMeta(id="$$ID-2-None", kind="checkbox", default=False))
    state.new_widget_state.update({"$$ID-1-None": True, "$$ID-2-None": True})
    state.reset_triggers()
    assert state.new_widget_state == {"$$ID-1-None": False, "$$ID-2-None": True}
    # a widget id drawn again as a non-trigger is no longer reset
    state.register_widget(WidgetMeta(id="$$ID-1-None", kind="checkbox", default=False))
    state.new_widget_state["$$ID-1-None"] = True
    state.reset_triggers()
    assert state.new_widget_state["$$ID-1-None"] is True
