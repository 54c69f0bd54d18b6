"""Conformance: ``apptest.AppTest`` must produce the same normalized view as real Streamlit.

Every scenario of ``scenarios.py`` (and every guide example app) is played through real
``streamlit.testing.v1.AppTest`` (the oracle) and through ``tests._harness.AppTest`` (our
``apptest.AppTest``; real Streamlit again under ``APPTEST_ORACLE=streamlit``). The app is
normalized after every ``run`` step and the two sequences of views must be equal.

``test_oracle_self_check`` plays every scenario on real Streamlit only and checks that the
scenarios do what they claim (spot checks of values, expected exceptions), so the table itself
stays honest even before ``apptest`` exists.
"""

from __future__ import annotations

import functools
from typing import Any

import pytest

from tests.conformance._normalize import VALUE_ERROR, normalize
from tests.conformance.scenarios import (
    EXAMPLE_APPS,
    EXAMPLES_DIR,
    SCENARIOS,
    Scenario,
    Step,
    apply_step,
)


def _more_scenarios() -> list[Scenario]:
    """Scenarios from every ``scenarios_<group>.py`` module beside this one."""
    import importlib
    import pkgutil

    import tests.conformance as package

    found: list[Scenario] = []
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        if info.name.startswith("scenarios_"):
            found.extend(importlib.import_module(f"{package.__name__}.{info.name}").SCENARIOS)
    return found


SCENARIOS = [*SCENARIOS, *_more_scenarios()]
SCENARIOS_BY_NAME = {s.name: s for s in SCENARIOS}
assert len(SCENARIOS_BY_NAME) == len(SCENARIOS), "scenario names must be unique"


def _real_apptest_class() -> Any:
    module = pytest.importorskip("streamlit.testing.v1", reason="real Streamlit not installed")
    from tests._harness import speed_up_real_apptest

    speed_up_real_apptest()
    return module.AppTest


def _our_apptest_class() -> Any:
    from tests._harness import AppTest

    return AppTest


def play(at: Any, steps: list[Step]) -> list[dict[str, Any]]:
    """Apply ``steps`` to ``at``; return the normalized view after each run step."""
    views = []
    for step in steps:
        apply_step(at, step)
        if step[0] == "run":
            views.append(normalize(at))
    return views


@functools.cache
def _real_scenario_views(name: str) -> list[dict[str, Any]]:
    scenario = SCENARIOS_BY_NAME[name]
    return play(_real_apptest_class().from_string(scenario.script), scenario.steps)


@functools.cache
def _real_example_views(path: str) -> list[dict[str, Any]]:
    steps = dict(EXAMPLE_APPS)[path]
    return play(_real_apptest_class().from_file(str(EXAMPLES_DIR / path)), steps)


def assert_same_views(ours: list[dict], real: list[dict]) -> None:
    assert len(ours) == len(real)
    for i, (o, r) in enumerate(zip(ours, real, strict=True)):
        for part in ("main", "sidebar", "session_state"):
            assert o[part] == r[part], f"{part} differs after run #{i + 1}"


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.name for s in SCENARIOS])
def test_conformance(scenario: Scenario) -> None:
    real = _real_scenario_views(scenario.name)
    ours = play(_our_apptest_class().from_string(scenario.script), scenario.steps)
    assert_same_views(ours, real)


@pytest.mark.parametrize("path", [p for p, _ in EXAMPLE_APPS])
def test_example_app_conformance(path: str) -> None:
    real = _real_example_views(path)
    steps = dict(EXAMPLE_APPS)[path]
    ours = play(_our_apptest_class().from_file(str(EXAMPLES_DIR / path)), steps)
    assert_same_views(ours, real)


# ------------------------------------------------------------------------- oracle self-check

# Scenarios that are expected to show exceptions: name -> exception classes (short names) of
# the exception nodes over all runs, in order. Every other scenario must show none.
EXPECTED_EXCEPTIONS: dict[str, list[str]] = {
    "write_exception_and_st_exception": ["ValueError", "RuntimeError", "KeyError"],
    "callback_raises": ["ValueError"],
    "uncaught_exception_keeps_state": ["ZeroDivisionError"],
    "uncaught_custom_exception": ["MyError"],
    "set_widget_key_after_creation": ["StreamlitWidgetAlreadyInstantiatedError"],
    "button_key_set_via_session_state": ["StreamlitValueAssignmentNotAllowedError"],
    "duplicate_widget_id": ["StreamlitDuplicateElementId"],
    "duplicate_key": ["StreamlitDuplicateElementKey"],
    "missing_key_item_access": ["KeyError"],
    "missing_key_attribute_access": ["AttributeError"],
    "missing_key_delete": ["KeyError"],
    "form_widget_on_change_error": ["StreamlitInvalidFormCallbackError"],
    "button_inside_form_error": ["StreamlitInvalidLayoutContextError"],
    "submit_button_outside_form_error": ["StreamlitInvalidLayoutContextError"],
    "nested_forms_error": ["StreamlitInvalidLayoutContextError"],
    "duplicate_form_key": ["StreamlitDuplicateElementKey"],
}


def _more_expected_exceptions() -> dict[str, list[str]]:
    """``EXPECTED_EXCEPTIONS`` declared by ``scenarios_<group>.py`` modules beside this one."""
    import importlib
    import pkgutil

    import tests.conformance as package

    found: dict[str, list[str]] = {}
    for info in pkgutil.iter_modules(package.__path__):
        if info.name.startswith("scenarios_"):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            found.update(getattr(module, "EXPECTED_EXCEPTIONS", {}))
    return found


EXPECTED_EXCEPTIONS.update(_more_expected_exceptions())


def _markdown(view: dict) -> list[str]:
    return [n[4] for n in view["main"] if n[1] == "markdown"]


def _nodes(view: dict, type_: str, part: str = "main") -> list[tuple]:
    return [n for n in view[part] if n[1] == type_]


def _check_counter(v: list[dict]) -> None:
    assert [_markdown(x) for x in v] == [
        ["Count =  `0`"],
        ["Count =  `1`"],
        ["Count =  `2`"],
        ["Count =  `2`"],
    ]
    assert v[1]["session_state"] == {"count": 1}


def _check_write_args(v: list[dict]) -> None:
    assert _markdown(v[0]) == [
        "hello",
        "a `1`",
        "Count =  `3`",
        "x `1.5` `True` `None` y",
        "**bold** *it*",
    ]


def _check_write_json(v: list[dict]) -> None:
    assert [n[4] for n in _nodes(v[0], "json")] == [
        '{"a": 1, "b": [1, 2], "c": {"d": null}}',
        '[1, "x", 2.5]',
        "{}",
        "[]",
        '{"k": "v"}',
    ]


def _check_form(v: list[dict]) -> None:
    assert v[0]["main"][1] == (1, "form", "f")
    # Form children are one level deeper than the form block; the write after it is not.
    assert (2, "text_input", "t", "t", "typed") in v[1]["main"]
    assert (2, "button", "FormSubmitter:f-go", "go", True) in v[1]["main"]
    assert _markdown(v[1]) == ["t= typed n= `0.01` sub= `True`"]
    assert _markdown(v[2]) == ["t= typed n= `0.01` sub= `False`"]
    assert v[1]["session_state"] == {"t": "typed", "n": 0.01, "FormSubmitter:f-go": False}


def _check_clear_on_submit(v: list[dict]) -> None:
    assert _markdown(v[1]) == ["'new' `True` `True`"]
    assert _markdown(v[2]) == ["'new' `True` `False`"]
    assert _markdown(v[3]) == ["'' `False` `True`"]


def _check_rerun(v: list[dict]) -> None:
    assert _markdown(v[1]) == ["run `3`"]
    assert v[1]["session_state"] == {"runs": 3}


def _check_cleanup(v: list[dict]) -> None:
    assert v[2]["session_state"] == {"show": True, "t": "hello"}
    assert _markdown(v[3]) == ["[('show', False), ('t', 'hello')]"]
    assert v[3]["session_state"] == {"show": False}
    assert v[4]["session_state"] == {"show": True, "t": ""}


def _check_stop(v: list[dict]) -> None:
    assert _markdown(v[2]) == ["a"]
    assert not _nodes(v[2], "text_input")
    assert v[2]["session_state"] == {"stop": True, "t": "v"}
    assert (1, "text_input", "t", "t", "v") in v[3]["main"]


def _check_callback_order(v: list[dict]) -> None:
    assert _markdown(v[1]) == ["log a, b, s, sc"]


def _check_callback_args(v: list[dict]) -> None:
    assert v[1]["session_state"]["log"] == [
        ["a", None, "x"],
        ["b", 1, True],
        ["n", "x", 0.01],
        ["c", None, 5],
        ["btn", None, True],
    ]


def _check_callback_write(v: list[dict]) -> None:
    assert _markdown(v[1]) == ["written from callback", "body"]
    assert _markdown(v[2]) == ["body"]


def _check_callback_raises(v: list[dict]) -> None:
    assert v[1]["main"][1:] == [(1, "exception", "ValueError", "in cb")]


def _check_uncaught(v: list[dict]) -> None:
    assert _markdown(v[1]) == ["pre"]
    assert v[1]["session_state"] == {"before": 2, "after": True, "boom": True}


def _check_ss_wins(v: list[dict]) -> None:
    assert _markdown(v[0]) == ["ret `5`"]
    assert _markdown(v[1]) == ["ret `6`"]


def _check_number_bounds(v: list[dict]) -> None:
    assert [_markdown(x) for x in v] == [
        ["n `5` int"],
        ["n `7` int"],
        ["n `9` int"],
        ["n `10` int"],
        ["n `8` int"],
        ["n `2` int"],
        ["n `1` int"],
    ]


def _check_number_steps(v: list[dict]) -> None:
    assert [_markdown(x) for x in v] == [
        ["n `5`"],
        ["n `3`"],
        ["n `5`"],
        ["n `10`"],
        ["n `8`"],
        ["n `0`"],
    ]


def _check_max_chars(v: list[dict]) -> None:
    assert [_markdown(x) for x in v] == [["''"], ["'abc'"], ["'abcde'"]]


def _check_unpicklable(v: list[dict]) -> None:
    assert v[0]["session_state"] == {"fn": "<function>"}


def _check_layout(v: list[dict]) -> None:
    assert [n[:3] for n in v[0]["main"]] == [
        (0, "main", None),
        (1, "markdown", None),
        (1, "form", "inner"),
        (2, "markdown", None),
        (2, "checkbox", "inf"),
        (2, "button", "FormSubmitter:inner-ok"),
        (1, "caption", None),
    ]
    assert v[0]["sidebar"] == [
        (0, "sidebar", None),
        (1, "title", None, None, "side"),
        (1, "button", None, "side button", False),
    ]


def _check_exception_outside_form(v: list[dict]) -> None:
    # Uncaught exceptions are appended at the top level of main, not inside the form.
    assert v[0]["main"][-1][:3] == (1, "exception", "StreamlitInvalidFormCallbackError")


SPOT_CHECKS = {
    "counter_clicked": _check_counter,
    "write_strings_and_args": _check_write_args,
    "write_dict_and_list": _check_write_json,
    "form_submit_with_values": _check_form,
    "form_clear_on_submit": _check_clear_on_submit,
    "rerun_from_button": _check_rerun,
    "keyed_widget_cleanup_when_not_rendered": _check_cleanup,
    "stop_keeps_later_widget_state": _check_stop,
    "callbacks_order_main_then_sidebar": _check_callback_order,
    "callbacks_args_kwargs": _check_callback_args,
    "callback_st_write_before_body": _check_callback_write,
    "callback_raises": _check_callback_raises,
    "uncaught_exception_keeps_state": _check_uncaught,
    "session_state_wins_over_value": _check_ss_wins,
    "number_input_int_bounds": _check_number_bounds,
    "number_input_in_range_steps": _check_number_steps,
    "text_input_max_chars": _check_max_chars,
    "session_state_unpicklable_value": _check_unpicklable,
    "form_and_sidebar_layout": _check_layout,
    "form_widget_on_change_error": _check_exception_outside_form,
}


def _assert_plain_view(view: dict) -> None:
    assert set(view) == {"main", "sidebar", "session_state"}
    assert view["main"][0] == (0, "main", None)
    assert view["sidebar"][0] == (0, "sidebar", None)
    marker = VALUE_ERROR.split("{")[0]
    for node in view["main"] + view["sidebar"]:
        assert isinstance(node, tuple) and isinstance(node[0], int), node
        assert not any(isinstance(x, str) and x.startswith(marker) for x in node), node


def test_scenario_table_is_large_enough() -> None:
    assert len(SCENARIOS) >= 40
    for s in SCENARIOS:
        assert s.script.startswith("import streamlit as st\n"), s.name
        assert any(step[0] == "run" for step in s.steps), s.name
    assert set(EXPECTED_EXCEPTIONS) <= set(SCENARIOS_BY_NAME)
    assert set(SPOT_CHECKS) <= set(SCENARIOS_BY_NAME)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.name for s in SCENARIOS])
def test_oracle_self_check(scenario: Scenario) -> None:
    views = _real_scenario_views(scenario.name)
    assert len(views) == sum(1 for s in scenario.steps if s[0] == "run")
    for view in views:
        _assert_plain_view(view)
    seen = [n[2] for v in views for n in v["main"] + v["sidebar"] if n[1] == "exception"]
    assert seen == EXPECTED_EXCEPTIONS.get(scenario.name, []), seen
    check = SPOT_CHECKS.get(scenario.name)
    if check is not None:
        check(views)
