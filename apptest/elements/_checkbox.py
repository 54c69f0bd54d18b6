"""``st.checkbox``."""

from __future__ import annotations

from typing import Any

from apptest.elements._dg import DeltaGenerator, element
from apptest.elements._widget import WidgetCall, check_on_change, register_widget
from apptest.errors import InteractionError
from apptest.tree._nodes import Widget


class Checkbox(Widget, collection="checkbox"):
    """A checkbox; ``value`` is a bool."""

    type = "checkbox"

    def __init__(self, label: str, **attrs: Any) -> None:
        self.label = label
        self.__dict__.update(attrs)

    def check(self) -> Checkbox:
        """Tick the box.

        Example:
            >>> at.checkbox[0].check().run()  # doctest: +SKIP
        """
        return self.set_value(True)

    def uncheck(self) -> Checkbox:
        """Untick the box.

        Example:
            >>> at.checkbox[0].uncheck().run()  # doctest: +SKIP
        """
        return self.set_value(False)

    def check_value(self, v: Any) -> bool:
        """A checkbox takes True or False."""
        if not isinstance(v, bool):
            raise InteractionError(f"{self.describe()} accepts True or False, got {v!r}")
        return v


@element
def checkbox(
    self: DeltaGenerator,
    label: str,
    value: bool = False,
    key: Any = None,
    help: str | None = None,
    on_change: Any = "rerun",
    args: Any = None,
    kwargs: Any = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: Any = "content",
    wrap: bool | None = None,
    bind: str | None = None,
    persist_state: str | None = None,
) -> bool:
    """``st.checkbox``: returns whether the box is ticked."""
    check_on_change(on_change)
    node = Checkbox(str(label), help=help, disabled=disabled, label_visibility=label_visibility)
    call = WidgetCall(
        key=key,
        default=bool(value),
        id_params={"label": label, "value": bool(value), "help": help, "width": width},
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        value_given=bool(value),
        label_visibility=label_visibility,
        bind=bind,
        persist_state=persist_state,
    )
    return bool(register_widget(self, node, call))
