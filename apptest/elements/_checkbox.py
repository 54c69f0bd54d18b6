"""``st.checkbox`` and ``st.toggle``: two-state widgets."""

from __future__ import annotations

from typing import Any

from apptest.elements._dg import DeltaGenerator, element
from apptest.elements._widget import WidgetCall, check_on_change, register_widget
from apptest.errors import InteractionError
from apptest.tree._nodes import Widget


class _Switch(Widget):
    """A two-state widget (checkbox or toggle); ``value`` is a bool."""

    def __init__(self, label: str, **attrs: Any) -> None:
        self.label = label
        self.__dict__.update(attrs)

    def check_value(self, v: Any) -> bool:
        """Only True or False."""
        if not isinstance(v, bool):
            raise InteractionError(f"{self.describe()} accepts True or False, got {v!r}")
        return v


class Checkbox(_Switch, collection="checkbox"):
    """A checkbox; ``value`` is a bool."""

    type = "checkbox"

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


class Toggle(_Switch, collection="toggle"):
    """A toggle switch; ``value`` is a bool."""

    type = "toggle"


def _switch(
    dg: DeltaGenerator,
    cls: type[_Switch],
    label: str,
    value: bool,
    key: Any,
    help: str | None,
    on_change: Any,
    args: Any,
    kwargs: Any,
    opts: dict[str, Any],
) -> bool:
    check_on_change(on_change)
    node = cls(str(label), help=help, disabled=opts["disabled"],
               label_visibility=opts["label_visibility"])
    call = WidgetCall(
        key=key,
        default=bool(value),
        id_params={"label": label, "value": bool(value), "help": help, "width": opts["width"]},
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        value_given=value is not False,
        label_visibility=opts["label_visibility"],
        bind=opts["bind"],
        persist_state=opts["persist_state"],
    )
    return bool(register_widget(dg, node, call))


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
    opts = {"disabled": disabled, "label_visibility": label_visibility, "width": width,
            "bind": bind, "persist_state": persist_state}
    return _switch(self, Checkbox, label, value, key, help, on_change, args, kwargs, opts)


@element
def toggle(
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
    """``st.toggle``: returns whether the switch is on."""
    opts = {"disabled": disabled, "label_visibility": label_visibility, "width": width,
            "bind": bind, "persist_state": persist_state}
    return _switch(self, Toggle, label, value, key, help, on_change, args, kwargs, opts)
