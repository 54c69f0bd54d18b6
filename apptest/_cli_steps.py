"""The interactions ``apptest check --explore`` tries, each one a line of test code.

A :class:`Step` is the code that stages one interaction (``at.button[0].click()``). The
explorer performs a step by executing exactly that code, and the reproducing test prints
it followed by ``.run()``, so what was explored and what is printed cannot differ.

Which steps a page offers is a registry: for each ``at.<collection>`` name, a function that
lists the interactions a person could do with one widget of that kind.

Example:
    >>> at = AppTest.from_string("import streamlit as st\\nst.checkbox('On')").run()
    >>> [s.code for s in steps_of(at)]
    ['at.checkbox[0].set_value(True)']
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

#: names a value's code may use besides literals
_NAMESPACE: dict[str, Any] = {"datetime": datetime}


@dataclass(frozen=True)
class Step:
    """One interaction: the code that stages it, and a description for people."""

    code: str
    description: str

    def stage(self, at: Any) -> None:
        """Stage the interaction on ``at`` (the caller then runs the app)."""
        exec(_compiled(self.code), {**_NAMESPACE, "at": at})

    @property
    def test_line(self) -> str:
        """The line of a test that performs this step: the code and ``.run()``."""
        return f"{self.code}.run()"


@functools.lru_cache(maxsize=4096)
def _compiled(code: str) -> Any:
    return compile(code, "<apptest step>", "exec")


def literal(value: Any) -> str | None:
    """Python source for ``value`` that evaluates back to it, or None.

    Example:
        >>> literal(3), literal("a'b"), literal(datetime.date(2024, 1, 2)), literal(object())
        ('3', '"a\\'b"', 'datetime.date(2024, 1, 2)', None)
    """
    if hasattr(value, "item") and type(value).__module__ == "numpy":
        value = value.item()
    code = repr(value)
    try:
        back = eval(code, dict(_NAMESPACE))
    except Exception:
        return None
    return code if back == value and type(back) is type(value) else None


def _locator(collection: str, node: Any, index: int) -> str:
    key = node.key
    if isinstance(key, (str, int)) and not str(key).startswith("FormSubmitter:"):
        return f"at.{collection}(key={key!r})"
    return f"at.{collection}[{index}]"


def _name(node: Any) -> str:
    label = getattr(node, "label", "") or getattr(node, "title", "")
    return f"{node.type} {label!r}" if label else f"{node.type} (key={node.key!r})"


Action = tuple[str, str]  # (method call, what it does)
Actions = Callable[[Any], Iterator[Action]]


def _set(value: Any, what: str) -> Iterator[Action]:
    code = literal(value)
    if code is not None:
        yield f"set_value({code})", f"set {{name}} to {what or code}"


def _click(node: Any) -> Iterator[Action]:
    yield "click()", "click {name}"


def _switch(node: Any) -> Iterator[Action]:
    yield from _set(not node.value, "")


def _choices(node: Any) -> Iterator[Action]:
    for index, label in enumerate(node.options):
        if index != node.index:
            yield from _set(label, "")


def _group(node: Any) -> Iterator[Action]:
    chosen = set(node.indices)
    for index, label in enumerate(node.options):
        if node.selection_mode == "single" and index not in chosen:
            yield from _set(label, "")
        elif node.selection_mode != "single":
            yield from _set([label], "")


def _ends(node: Any) -> Iterator[Action]:
    low, high = node.min, node.max
    if node.type == "number_input":
        low = low if node.has_min else None
        high = high if node.has_max else None
    for end, what in ((low, "its minimum"), (high, "its maximum")):
        if end is None:
            continue
        value = (end, end) if getattr(node, "is_range", False) else end
        if value != node.value:
            yield from _set(value, what)


def _select_slider_ends(node: Any) -> Iterator[Action]:
    if node.options:
        for label in dict.fromkeys((node.options[0], node.options[-1])):
            if label != str(node.value):
                yield from _set(label, "")


def _dismiss(node: Any) -> Iterator[Action]:
    if node.dismissible:
        yield "dismiss()", "dismiss {name}"


#: what a person can do with each kind of widget (``at.<collection>`` name -> actions)
ACTIONS: dict[str, Actions] = {
    "button": _click,
    "checkbox": _switch,
    "toggle": _switch,
    "radio": _choices,
    "selectbox": _choices,
    "segmented_control": _group,
    "pills": _group,
    "slider": _ends,
    "number_input": _ends,
    "select_slider": _select_slider_ends,
    "dialog": _dismiss,
}


def steps_of(at: Any) -> list[Step]:
    """Every interaction the page shown by ``at`` offers, in page order by kind.

    Example:
        >>> [s.description for s in steps_of(at)]  # doctest: +SKIP
        ["click button 'Increment'"]
    """
    steps: list[Step] = []
    for collection, actions in ACTIONS.items():
        for index, node in enumerate(getattr(at, collection)):
            if getattr(node, "disabled", False):
                continue
            where = _locator(collection, node, index)
            for call, what in _safe(actions, node):
                steps.append(Step(f"{where}.{call}", what.format(name=_name(node))))
    return steps


def _safe(actions: Actions, node: Any) -> list[Action]:
    """A widget that cannot tell its options offers nothing (never breaks exploring)."""
    try:
        return list(actions(node))
    except Exception:
        return []


__all__ = ["ACTIONS", "Step", "literal", "steps_of"]
