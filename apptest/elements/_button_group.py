"""Button groups: ``st.pills`` and ``st.segmented_control`` (single or multi select)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from apptest.elements._dg import DeltaGenerator, element
from apptest.elements._options import (
    OptionSet,
    OptionWidget,
    button_content,
    default_indices,
    sync_many,
    sync_one,
)
from apptest.elements._widget import WidgetCall, check_on_change, register_widget
from apptest.errors import (
    InteractionError,
    StreamlitAPIException,
    StreamlitIncompatibleParametersError,
    StreamlitValueError,
)
from apptest.tree._nodes import register_collection


class ButtonGroup(OptionWidget, collection="button_group"):
    """Pills or a segmented control; ``value`` is an option or None (single select)
    or a list of options (multi select)."""

    type = "button_group"
    style: str = "pills"
    selection_mode: str = "single"
    required: bool = False

    def __init__(self, label: str, choices: OptionSet, **attrs: Any) -> None:
        super().__init__(label, choices, **attrs)
        self.options = [button_content(str(text)) for text in choices.labels]

    @property
    def _is_single(self) -> bool:
        return self.selection_mode == "single"

    def _selected(self) -> list[Any]:
        value = self.value
        if self._is_single:
            return [] if value is None else [value]
        return list(value or [])

    @property
    def formatted_values(self) -> list[Any]:
        """The labels (``format_func``) of the selected options.

        Example:
            >>> at.pills[0].formatted_values  # doctest: +SKIP
            ['North']
        """
        return [self._label(v) for v in self._selected()]

    @property
    def indices(self) -> list[int]:
        """The indices of the selected options.

        Example:
            >>> at.segmented_control[0].indices  # doctest: +SKIP
            [1]
        """
        return [i for i in map(self._index, self._selected()) if i is not None]

    def check_value(self, v: Any) -> Any:
        """Single select: an option, or None unless ``required``; multi: a list."""
        if not self._is_single:
            return self._options_list(v)
        if v is None:
            if self.required:
                raise InteractionError(f"{self.describe()} is required and cannot be cleared")
            return None
        return self._option(v)

    def select(self, v: Any) -> ButtonGroup:
        """Click the option ``v`` on: single select picks it, multi select adds it.

        Example:
            >>> at.pills[0].select("a").select("c").run()  # doctest: +SKIP
        """
        option = self._option(v)
        if self._is_single:
            return self.set_value(option)  # type: ignore[return-value]
        if self._label(option) in self.formatted_values:
            return self
        return self.set_value([*self._selected(), option])  # type: ignore[return-value]

    def unselect(self, v: Any) -> ButtonGroup:
        """Click the option ``v`` off (nothing happens if it is not selected).

        Example:
            >>> at.pills[0].unselect("a").run()  # doctest: +SKIP
        """
        label = self._label(self._option(v))
        kept = [x for x in self._selected() if self._label(x) != label]
        if self._is_single:
            return self if kept else self.set_value(None)  # type: ignore[return-value]
        return self.set_value(kept)  # type: ignore[return-value]


register_collection("pills", ButtonGroup, lambda n: n.style == "pills")
register_collection("segmented_control", ButtonGroup, lambda n: n.style == "segmented_control")


def _check_modes(style: str, selection_mode: str, required: bool, defaults: list[int]) -> None:
    if required and selection_mode == "multi":
        raise StreamlitIncompatibleParametersError(
            "required=True", "selection_mode='multi'",
            explanation="`required` is only supported for single-select mode.",
        )
    if selection_mode not in ("single", "multi"):
        raise StreamlitValueError("selection_mode", ["'single'", "'multi'"])
    if selection_mode == "single" and len(defaults) > 1:
        raise StreamlitAPIException(
            f"The default argument to `st.{style}` must be a single value when "
            "`selection_mode='single'`.",
            error_id="button-group-single-select-multiple-defaults",
        )


def _button_group(dg: DeltaGenerator, style: str, label: str, options: Any,
                  params: dict[str, Any]) -> Any:
    """Register pills or a segmented control; ``params`` are the keyword arguments."""
    mode, required = params["selection_mode"], params["required"]
    check_on_change(params["on_change"])
    choices = OptionSet(options, params["format_func"] or str)
    defaults = default_indices(choices, params["default"])
    _check_modes(style, mode, required, defaults)
    node = ButtonGroup(
        str(label), choices, style=style, selection_mode=mode, required=required,
        help=params["help"], disabled=params["disabled"],
        label_visibility=params["label_visibility"],
    )
    click_mode = 0 if mode == "single" else 1
    id_params = {"options": choices.labels, "default": defaults, "click_mode": click_mode,
                 "style": style, "width": params["width"], "label": label, "help": params["help"]}
    single = mode == "single"
    default = [choices.values[i] for i in defaults]
    call = WidgetCall(key=params["key"], default=(default[0] if default else None) if single
                      else default, id_params=id_params, keyed_identity=frozenset({"click_mode"}),
                      on_change=params["on_change"], args=params["args"], kwargs=params["kwargs"],
                      value_given=bool(defaults), kind=style,
                      label_visibility=params["label_visibility"], bind=params["bind"],
                      persist_state=params["persist_state"])
    value = register_widget(dg, node, call)
    if single:
        return sync_one(choices, value, defaults[0] if defaults else None, call.key)
    return sync_many(choices, list(value or []), call.key)


def _command(style: str) -> Callable[..., Any]:
    """The ``st.pills`` or ``st.segmented_control`` function (same signature)."""

    def command(
        self: DeltaGenerator,
        label: str,
        options: Any,
        *,
        selection_mode: str = "single",
        default: Sequence[Any] | Any | None = None,
        required: bool = False,
        format_func: Callable[[Any], str] | None = None,
        key: Any = None,
        help: str | None = None,
        on_change: Any = "rerun",
        args: Any = None,
        kwargs: Any = None,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: Any = "content",
        wrap: bool | None = None,
        bind: str | None = None,
        persist_state: str | None = None,
    ) -> Any:
        params = dict(locals())
        del params["self"], params["label"], params["options"]
        return _button_group(self, style, label, options, params)

    command.__name__ = command.__qualname__ = style
    command.__doc__ = (
        f"``st.{style}``: the selected option or None (single select), or a list (multi)."
    )
    return command


pills = element(_command("pills"))
segmented_control = element(_command("segmented_control"))
