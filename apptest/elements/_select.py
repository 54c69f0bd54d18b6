"""Select widgets: ``st.radio``, ``st.selectbox`` and ``st.multiselect``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from numbers import Integral
from typing import Any

from apptest.elements._dg import DeltaGenerator, element
from apptest.elements._options import (
    OptionSet,
    OptionWidget,
    check_index,
    default_indices,
    state_is_none,
    sync_many,
    sync_one,
    withdraw,
)
from apptest.elements._widget import WidgetCall, check_on_change, register_widget, to_key
from apptest.errors import (
    InteractionError,
    StreamlitIncompatibleParametersError,
    StreamlitInvalidParameterTypeError,
    StreamlitSelectionCountExceedsMaxError,
    StreamlitValueError,
)

_FILTER_MODES = ("fuzzy", "contains", "prefix", None)


class _SingleChoice(OptionWidget):
    """A widget showing one option (or none): radio and selectbox."""

    clearable: bool = False
    accept_new_options: bool = False

    @property
    def index(self) -> int | None:
        """The index of the selected option among ``options`` (None if none is).

        Example:
            >>> at.radio[0].index  # doctest: +SKIP
            1
        """
        return self._index(self.value)

    def check_value(self, v: Any) -> Any:
        """An option (or its label); None only if the widget started empty."""
        if v is None:
            if not self.clearable:
                raise InteractionError(f"{self.describe()} cannot be cleared (it has a default)")
            return None
        return self._option(v, new_text=self.accept_new_options)

    def _allowed(self) -> str:
        allowed = f"one of {self.options!r}"
        return allowed + " or new text" if self.accept_new_options else allowed


class Radio(_SingleChoice, collection="radio"):
    """A radio group; ``value`` is the selected option (or None)."""

    type = "radio"
    horizontal: bool = False
    captions: list[str] | None = None


class Selectbox(_SingleChoice, collection="selectbox"):
    """A drop-down; ``value`` is the selected option, new text, or None."""

    type = "selectbox"
    placeholder: str = ""

    def select(self, v: Any) -> Selectbox:
        """Pick the option ``v`` (or the option labelled ``v``).

        Example:
            >>> at.selectbox[0].select("Blue").run()  # doctest: +SKIP
        """
        return self.set_value(v)  # type: ignore[return-value]

    def select_index(self, index: int | None) -> Selectbox:
        """Pick the option at ``index`` of ``options`` (None clears the box).

        Example:
            >>> at.selectbox[0].select_index(2).run()  # doctest: +SKIP
        """
        if index is None:
            return self.set_value(None)  # type: ignore[return-value]
        if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < len(self.options):
            raise InteractionError(
                f"{self.describe()} has options 0..{len(self.options) - 1}, got index {index!r}"
            )
        return self.set_value(self._choices.values[index])  # type: ignore[return-value]


class Multiselect(OptionWidget, collection="multiselect"):
    """A multi-select box; ``value`` is the list of selected options."""

    type = "multiselect"
    max_selections: int = 0
    placeholder: str = ""
    accept_new_options: bool = False

    @property
    def indices(self) -> list[int]:
        """The indices of the selected options among ``options``.

        Example:
            >>> at.multiselect[0].indices  # doctest: +SKIP
            [0, 2]
        """
        return [i for i in map(self._index, self.value) if i is not None]

    @property
    def values(self) -> list[Any]:
        """The labels of the selected options.

        Example:
            >>> at.multiselect[0].values  # doctest: +SKIP
            ['Red', 'Blue']
        """
        return [self._label(v) for v in self.value]

    def check_value(self, v: Any) -> list[Any]:
        """A list of distinct options, no more than ``max_selections``."""
        return self._options_list(v, limit=self.max_selections, new_text=self.accept_new_options)

    def select(self, v: Any) -> Multiselect:
        """Add the option ``v`` to the selection (nothing happens if it is selected).

        Example:
            >>> at.multiselect[0].select("b").select("c").run()  # doctest: +SKIP
        """
        current = list(self.value)
        option = self._option(v, new_text=self.accept_new_options)
        if self._label(option) in self.values:
            return self
        return self.set_value([*current, option])  # type: ignore[return-value]

    def unselect(self, v: Any) -> Multiselect:
        """Remove the option ``v`` from the selection (nothing happens if it is not).

        Example:
            >>> at.multiselect[0].unselect("a").run()  # doctest: +SKIP
        """
        label = self._label(self._option(v, new_text=self.accept_new_options))
        kept = [x for x in self.value if self._label(x) != label]
        return self.set_value(kept)  # type: ignore[return-value]


def _check_filter_mode(filter_mode: Any, accept_new_options: bool) -> None:
    try:
        valid = filter_mode in _FILTER_MODES
    except TypeError:
        valid = False
    if not valid:
        raise StreamlitValueError("filter_mode", ["fuzzy", "contains", "prefix", "None"])
    if filter_mode is None and accept_new_options:
        raise StreamlitIncompatibleParametersError(
            "filter_mode=None",
            "accept_new_options=True",
            explanation="`filter_mode` cannot be `None` when `accept_new_options=True`. "
            "Set `filter_mode` to `fuzzy`, `contains`, or `prefix`.",
        )


@element
def radio(
    self: DeltaGenerator,
    label: str,
    options: Any,
    index: int | None = 0,
    format_func: Callable[[Any], Any] = str,
    key: Any = None,
    help: str | None = None,
    on_change: Any = "rerun",
    args: Any = None,
    kwargs: Any = None,
    *,
    disabled: bool = False,
    horizontal: bool = False,
    captions: Sequence[str] | None = None,
    label_visibility: str = "visible",
    width: Any = "content",
    bind: str | None = None,
    persist_state: str | None = None,
) -> Any:
    """``st.radio``: returns the selected option (None if ``index=None`` and none is)."""
    check_on_change(on_change)
    choices = OptionSet(options, format_func)
    id_params = {"label": label, "options": choices.labels, "index": index, "help": help,
                 "horizontal": horizontal, "captions": captions, "width": width}
    check_index(index, len(choices))
    return _single_choice(
        self, Radio(str(label), choices, horizontal=horizontal, captions=_captions(captions)),
        key, index, id_params, True, on_change, args, kwargs,
        dict(help=help, disabled=disabled, label_visibility=label_visibility, bind=bind,
             persist_state=persist_state),
    )


def _captions(captions: Sequence[Any] | None) -> list[str] | None:
    if captions is None:
        return None
    for c in captions:
        if c is not None and not isinstance(c, str):
            raise StreamlitInvalidParameterTypeError("captions", type(c).__name__, ["str", "None"])
    return ["" if c is None else c for c in captions]


def _single_choice(
    dg: DeltaGenerator,
    node: _SingleChoice,
    key: Any,
    index: int | None,
    id_params: dict[str, Any],
    keyed_identity: bool | frozenset[str],
    on_change: Any,
    args: Any,
    kwargs: Any,
    attrs: dict[str, Any],
) -> Any:
    """Register a radio or selectbox; the value is checked against the options."""
    value_given = index not in (0, None)
    if state_is_none(to_key(key)):
        index = None
    choices = node._choices
    binding = {name: attrs.pop(name) for name in ("bind", "persist_state")}
    node.__dict__.update(attrs)
    node.clearable = index is None and not attrs.get("required", False)
    default = choices.values[index] if index is not None and len(choices) else None
    call = WidgetCall(key=key, default=default, id_params=id_params, keyed_identity=keyed_identity,
                      on_change=on_change, args=args, kwargs=kwargs, value_given=value_given,
                      label_visibility=attrs["label_visibility"], **binding)
    value = register_widget(dg, node, call)
    if node.accept_new_options:
        return value
    return sync_one(choices, value, index, call.key)


@element
def selectbox(
    self: DeltaGenerator,
    label: str,
    options: Any,
    index: int | None = 0,
    format_func: Callable[[Any], Any] = str,
    key: Any = None,
    help: str | None = None,
    on_change: Any = "rerun",
    args: Any = None,
    kwargs: Any = None,
    *,
    placeholder: str | None = None,
    disabled: bool = False,
    required: bool = False,
    label_visibility: str = "visible",
    icon: str | None = None,
    accept_new_options: bool = False,
    filter_mode: str | None = "fuzzy",
    width: Any = "stretch",
    bind: str | None = None,
    persist_state: str | None = None,
) -> Any:
    """``st.selectbox``: returns the selected option, typed new text, or None."""
    check_on_change(on_change)
    choices = OptionSet(options, format_func)
    check_index(index, len(choices))
    placeholder = " " if placeholder == "" else placeholder
    _check_filter_mode(filter_mode, accept_new_options)
    id_params = {"label": label, "options": choices.labels, "index": index, "help": help,
                 "placeholder": placeholder, "accept_new_options": accept_new_options,
                 "filter_mode": filter_mode, "width": width, "required": required, "icon": icon}
    node = Selectbox(str(label), choices, placeholder=placeholder or "", icon=icon,
                     accept_new_options=accept_new_options, filter_mode=filter_mode)
    return _single_choice(
        self, node, key, index, id_params, frozenset({"accept_new_options"}), on_change, args,
        kwargs, dict(help=help, disabled=disabled, label_visibility=label_visibility,
                     required=required, bind=bind, persist_state=persist_state),
    )


def _check_max_selections(max_selections: Any) -> None:
    if max_selections is None:
        return
    if isinstance(max_selections, bool) or not isinstance(max_selections, Integral) or (
        max_selections < 1
    ):
        zero = isinstance(max_selections, Integral) and max_selections == 0
        raise StreamlitValueError(
            "max_selections", ["a positive integer"],
            detail="To disable `st.multiselect`, use `disabled=True`." if zero else None,
        )


@element
def multiselect(
    self: DeltaGenerator,
    label: str,
    options: Any,
    default: Any = None,
    format_func: Callable[[Any], Any] = str,
    key: Any = None,
    help: str | None = None,
    on_change: Any = "rerun",
    args: Any = None,
    kwargs: Any = None,
    *,
    max_selections: int | None = None,
    placeholder: str | None = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    accept_new_options: bool = False,
    filter_mode: str | None = "fuzzy",
    select_all: bool | int = 1000,
    width: Any = "stretch",
    wrap: bool | None = None,
    bind: str | None = None,
    persist_state: str | None = None,
) -> list[Any]:
    """``st.multiselect``: returns the list of selected options."""
    check_on_change(on_change)
    _check_max_selections(max_selections)
    choices = OptionSet(options, format_func)
    defaults = default_indices(choices, default)
    placeholder = " " if placeholder == "" else placeholder
    _check_filter_mode(filter_mode, accept_new_options)
    id_params = {"label": label, "options": choices.labels, "default": defaults, "help": help,
                 "max_selections": max_selections, "placeholder": placeholder,
                 "accept_new_options": accept_new_options, "filter_mode": filter_mode,
                 "select_all": select_all, "width": width}
    node = Multiselect(
        str(label), choices, help=help, disabled=disabled, label_visibility=label_visibility,
        max_selections=max_selections or 0, placeholder=placeholder or "",
        accept_new_options=accept_new_options, filter_mode=filter_mode,
    )
    call = WidgetCall(key=key, default=[choices.values[i] for i in defaults], id_params=id_params,
                      keyed_identity=frozenset({"max_selections", "accept_new_options"}),
                      on_change=on_change, args=args, kwargs=kwargs,
                      value_given=default is not None, label_visibility=label_visibility,
                      bind=bind, persist_state=persist_state)
    values = list(register_widget(self, node, call))
    if max_selections is not None and len(values) > max_selections:
        withdraw(node)
        raise StreamlitSelectionCountExceedsMaxError(len(values), max_selections)
    if accept_new_options:
        return values
    return sync_many(choices, values, call.key)
