"""``st.select_slider``: a slider over options, single or range."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from apptest.elements._dg import DeltaGenerator, element
from apptest.elements._options import OptionSet, OptionWidget, reset_value, sync_one
from apptest.elements._widget import WidgetCall, check_on_change, register_widget
from apptest.errors import InteractionError, StreamlitMissingRequiredParameterError


class SelectSlider(OptionWidget, collection="select_slider"):
    """A select slider; ``value`` is an option, or a pair of them for a range."""

    type = "select_slider"
    is_range: bool = False

    def check_value(self, v: Any) -> Any:
        """An option, or for a range slider a pair (low, high) of options."""
        if not self.is_range:
            if isinstance(v, (tuple, list)) and self._choices.find(v) is None:
                raise InteractionError(f"{self.describe()} accepts a single option, got {v!r}")
            return self._option(v)
        if not isinstance(v, (tuple, list)) or len(v) != 2:
            raise InteractionError(
                f"{self.describe()} is a range slider and accepts a pair (low, high), got {v!r}"
            )
        ends = sorted((self._option(x) for x in v), key=self._choices.find)  # type: ignore[arg-type]
        return (ends[0], ends[1])

    def set_range(self, lower: Any, upper: Any) -> SelectSlider:
        """Set both ends of a range select slider.

        Example:
            >>> at.select_slider[0].set_range("b", "d").run()  # doctest: +SKIP
        """
        return self.set_value((lower, upper))  # type: ignore[return-value]


def _default_indices(choices: OptionSet, value: Any) -> list[int]:
    """Streamlit's ``as_index_list``: the indices of ``value`` (sorted for a range)."""
    if isinstance(value, (list, tuple)):
        start, end = (choices.index(v) for v in value)
        return [end, start] if start > end else [start, end]
    try:
        return [choices.index(value)]
    except ValueError:
        if value is not None:
            raise
        return [0]


def _sync_range(choices: OptionSet, value: Any, indices: list[int], key: Any) -> Any:
    """A range whose ends are both options; otherwise the default range."""
    ok_low, low = choices.current(value[0])
    ok_high, high = choices.current(value[1])
    if ok_low and ok_high:
        return (low, high)
    end = indices[1] if len(indices) > 1 else len(choices) - 1
    new = (choices.values[indices[0]], choices.values[end])
    reset_value(key, new)
    return new


@element
def select_slider(
    self: DeltaGenerator,
    label: str,
    options: Any = (),
    value: Any = None,
    format_func: Callable[[Any], Any] = str,
    key: Any = None,
    help: str | None = None,
    on_change: Any = "rerun",
    args: Any = None,
    kwargs: Any = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: Any = "stretch",
    bind: str | None = None,
    persist_state: str | None = None,
) -> Any:
    """``st.select_slider``: the selected option, or a tuple of two for a range."""
    check_on_change(on_change)
    choices = OptionSet(options, format_func)
    if not len(choices):
        raise StreamlitMissingRequiredParameterError("options", detail="Provide at least one option.")
    indices = _default_indices(choices, value)
    is_range = len(indices) == 2
    node = SelectSlider(str(label), choices, help=help, disabled=disabled,
                        label_visibility=label_visibility, is_range=is_range)
    picked = [choices.values[i] for i in indices]
    call = WidgetCall(
        key=key, default=tuple(picked) if is_range else picked[0],
        id_params={"label": label, "options": choices.labels, "value": indices, "help": help,
                   "width": width},
        on_change=on_change, args=args, kwargs=kwargs, value_given=value is not None,
        label_visibility=label_visibility, bind=bind, persist_state=persist_state,
    )
    current = register_widget(self, node, call)
    if isinstance(current, tuple) and len(current) == 2:
        return _sync_range(choices, current, indices, call.key)
    return sync_one(choices, current, indices[0], call.key)
