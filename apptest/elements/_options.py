"""What every option widget shares: options, labels, defaults, lookups and checks.

Streamlit's select widgets (``radio``, ``selectbox``, ``multiselect``, ``pills``,
``segmented_control``, ``select_slider``) all turn ``options`` into a list the same way
(``convert_anything_to_list``), label each option with ``format_func``, find a value by
its label, and validate ``index`` / ``default`` with the same errors. That logic lives
here once; the widget modules only add what is particular to each widget.

pandas and numpy are never imported here: their objects are recognised by the module
their type comes from.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from enum import Enum, EnumMeta
from typing import Any

from apptest.errors import (
    InteractionError,
    StreamlitAPIException,
    StreamlitDefaultNotInOptionsError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueOutOfRangeError,
)
from apptest.runtime._context import current_run
from apptest.tree._nodes import Widget

_FLOAT_EPSILON = 0.000000000005


# --------------------------------------------------------------------------- options


def to_option_list(options: Any) -> list[Any]:
    """Streamlit's ``convert_anything_to_list``: any options argument as a new list.

    Example:
        >>> to_option_list({"a": 1, "b": 2}), to_option_list(range(3)), to_option_list("x")
        (['a', 'b'], [0, 1, 2], ['x'])
    """
    if options is None:
        return []
    if isinstance(options, (str, int, float, bool)):
        return [options]
    if isinstance(options, EnumMeta):
        members: list[Enum] = list(options)
        return [m.value if isinstance(m, str) else m for m in members]
    module = type(options).__module__.split(".", 1)[0]
    if module in ("pandas", "numpy"):
        return _first_column(options)
    if isinstance(options, Mapping):
        return list(options.keys())
    if isinstance(options, Iterable):
        return list(options)
    return [options]


def _first_column(data: Any) -> list[Any]:
    """A pandas or numpy object's first column, as Python values (as Streamlit does)."""
    if hasattr(data, "iloc") and getattr(data, "ndim", 1) == 2:  # a DataFrame
        return [] if data.empty else list(data.iloc[:, 0].to_list())
    values = data.tolist() if hasattr(data, "tolist") else list(data)
    if getattr(data, "ndim", 1) == 2:
        return [row[0] for row in values]
    return list(values)


def check_comparable(values: list[Any]) -> None:
    """Streamlit's ``check_python_comparable``: ``==`` must give a bool."""
    try:
        bool(values[0] == values[0])
    except LookupError:
        pass
    except ValueError:
        raise StreamlitAPIException(
            "Invalid option type provided. Options must be comparable, returning a "
            f"boolean when used with *==*. \n\nGot **{type(values[0]).__name__}**, "
            "which cannot be compared. Refactor your code to use elements of "
            "comparable types as options, e.g. use indices instead.",
            error_id="incomparable-select-options",
        ) from None


class OptionSet:
    """A widget's options with their labels (``format_func`` of each option)."""

    __slots__ = ("format_func", "index_by_label", "labels", "values")

    def __init__(self, options: Any, format_func: Callable[[Any], Any] = str) -> None:
        self.values = to_option_list(options)
        check_comparable(self.values)
        self.format_func = format_func
        self.labels: list[Any] = [format_func(v) for v in self.values]
        #: a duplicated label maps to its last option, as in Streamlit
        self.index_by_label = {label: i for i, label in enumerate(self.labels)}

    def __len__(self) -> int:
        return len(self.values)

    def label_of(self, value: Any) -> Any:
        """``format_func(value)``, or None when ``format_func`` cannot format it."""
        try:
            return self.format_func(value)
        except Exception:
            return None

    def find(self, value: Any) -> int | None:
        """The index of the option ``value`` stands for: by its label, or as a label."""
        label = self.label_of(value)
        if label is not None and label in self.index_by_label:
            return self.index_by_label[label]
        if isinstance(value, str) and value in self.index_by_label:
            return self.index_by_label[value]
        return None

    def current(self, value: Any) -> tuple[bool, Any]:
        """Whether a stored value is still an option, and that value for this run.

        Streamlit keeps values by label, so a value is still valid when its label is
        among the options; an Enum member of a class the script redefined is coerced
        to the member of the current class (``runner.enumCoercion = "nameOnly"``).
        """
        label = self.label_of(value)
        if label is None or label not in self.index_by_label:
            return False, value
        option = self.values[self.index_by_label[label]]
        if isinstance(value, Enum) and isinstance(option, Enum) and _same_enum(value, option):
            return True, option
        return True, value

    def index(self, value: Any) -> int:
        """Streamlit's ``index_``: the first option equal to ``value`` (floats nearly).

        Raises:
            ValueError: ``value`` is not an option (Streamlit's own message).
        """
        for i, option in enumerate(self.values):
            if value == option:
                return i
            if isinstance(option, float) and isinstance(value, float):
                if abs(value - option) < _FLOAT_EPSILON:
                    return i
        raise ValueError(f"{value} is not in iterable")


def _same_enum(value: Enum, option: Enum) -> bool:
    a, b = type(value), type(option)
    return a.__qualname__ == b.__qualname__ and set(a._member_names_) == set(b._member_names_)


# --------------------------------------------------------------------------- arguments


def check_index(index: Any, count: int) -> None:
    """Validate ``index=`` of a radio or selectbox as Streamlit does."""
    if index is not None and not isinstance(index, int):
        raise StreamlitInvalidParameterTypeError("index", type(index).__name__, ["int", "None"])
    if index is not None and count > 0 and not 0 <= index < count:
        raise StreamlitValueOutOfRangeError("index", index, 0, count - 1)


def default_indices(options: OptionSet, default: Any) -> list[int]:
    """The indices of ``default`` (one value or several) among the options."""
    if default is None:
        return []
    defaults = to_option_list(default)
    for value in defaults:
        if value not in options.values:
            raise StreamlitDefaultNotInOptionsError(value)
    return [options.values.index(value) for value in defaults]


def state_is_none(key: Any) -> bool:
    """True when the user key is in session state and set to None (clears a default)."""
    if key is None:
        return False
    state = current_run().session.state
    return key in state and state[key] is None


def reset_value(key: Any, value: Any) -> None:
    """Write a corrected widget value to session state (Streamlit's ``reset_state_value``)."""
    if key is not None:
        current_run().session.state[str(key)] = value


def sync_one(options: OptionSet, value: Any, default: int | None, key: Any) -> Any:
    """A single value after the options changed: kept if still an option, else the default."""
    if value is None:
        return None
    ok, value = options.current(value)
    if ok:
        return value
    new = options.values[default] if default is not None and len(options) else None
    reset_value(key, new)
    return new


def sync_many(options: OptionSet, values: list[Any], key: Any) -> list[Any]:
    """A list of values after the options changed: those that are no longer options go."""
    if not values:
        return values
    kept = [v for ok, v in map(options.current, values) if ok]
    if len(kept) != len(values):
        reset_value(key, kept)
    return kept


def withdraw(node: Widget) -> None:
    """Take a just-placed node off the page (Streamlit raised before drawing it)."""
    parent = node.parent
    if parent is not None:
        for index, child in list(parent.children.items()):
            if child is node:
                del parent.children[index]


# --------------------------------------------------------------------------- tree node


class OptionWidget(Widget):
    """Base of the option widgets' nodes: ``options`` (labels) and ``format_func``."""

    options: list[str]
    format_func: Callable[[Any], Any] = str
    _choices: OptionSet

    def __init__(self, label: str, choices: OptionSet, **attrs: Any) -> None:
        self.label = label
        self._choices = choices
        self.options = list(choices.labels)
        self.format_func = choices.format_func
        self.__dict__.update(attrs)

    def _allowed(self) -> str:
        return f"one of {self.options!r}"

    def _option(self, v: Any, *, new_text: bool = False) -> Any:
        """The option a person picks to send ``v`` (an option, or its label)."""
        index = self._choices.find(v)
        if index is not None:
            return self._choices.values[index]
        if new_text and isinstance(v, str):
            return v
        raise InteractionError(f"{self.describe()} accepts {self._allowed()}, got {v!r}")

    def _options_list(self, v: Any, *, limit: int = 0, new_text: bool = False) -> list[Any]:
        """A list of distinct options, at most ``limit`` of them (0: no limit)."""
        if isinstance(v, (str, bytes)) or not isinstance(v, Iterable):
            raise InteractionError(f"{self.describe()} accepts a list of options, got {v!r}")
        picked = [self._option(x, new_text=new_text) for x in v]
        labels = [self._label(x) for x in picked]
        if len(set(labels)) != len(labels):
            raise InteractionError(f"{self.describe()} can select each option once, got {v!r}")
        if limit and len(picked) > limit:
            raise InteractionError(
                f"{self.describe()} accepts at most {limit} selections, got {len(picked)}: {v!r}"
            )
        return picked

    def _label(self, v: Any) -> Any:
        label = self._choices.label_of(v)
        return v if label is None else label

    def _index(self, v: Any) -> int | None:
        return None if v is None else self._choices.find(v)


# --------------------------------------------------------------------------- icons

_MATERIAL = re.compile(r"^:material/([a-z0-9_]+):$")
_EMOJI_CATEGORIES = frozenset({"So", "Sk", "Mn", "Me", "Cf"})


def _is_icon(token: str) -> bool:
    if _MATERIAL.match(token):
        return True
    if not token or token.isascii():
        return False
    import unicodedata

    return all(unicodedata.category(ch) in _EMOJI_CATEGORIES for ch in token)


def button_content(label: str) -> str:
    """A button group option's text once a leading icon (``:material/x:``, emoji) is split off."""
    parts = label.split(" ", 1)
    if _is_icon(parts[0].strip()):
        return parts[1] if len(parts) > 1 else ""
    return label
