"""Buttons: ``st.button`` and ``st.form_submit_button`` (triggers, true for one run)."""

from __future__ import annotations

from typing import Any

from apptest.elements._dg import DeltaGenerator, element
from apptest.elements._widget import WidgetCall, check_on_change, register_widget, to_key
from apptest.errors import (
    InteractionError,
    StreamlitInvalidLayoutContextError,
    form_context_message,
)
from apptest.runtime._context import current_run
from apptest.tree._nodes import Widget, register_collection


class Button(Widget, collection="button"):
    """A button; ``value`` is True only in the run right after a click."""

    type = "button"
    is_submitter = False
    shows_returned_value = True

    def __init__(self, label: str, help: str | None, disabled: bool, **attrs: Any) -> None:
        self.label = label
        self.help = help
        self.disabled = disabled
        self.__dict__.update(attrs)

    def click(self) -> Button:
        """Click the button (takes effect at the next run).

        Example:
            >>> at.button[0].click().run()  # doctest: +SKIP
        """
        return self.set_value(True)

    def check_value(self, v: Any) -> bool:
        """Only ``True`` (clicked) or ``False`` can be set."""
        if not isinstance(v, bool):
            raise InteractionError(f"{self.describe()} accepts True or False, got {v!r}")
        return v


register_collection("form_submit_button", Button, lambda n: n.is_submitter)


def _button(
    dg: DeltaGenerator,
    kind: str,
    label: str,
    key: Any,
    help: str | None,
    on_click: Any,
    args: Any,
    kwargs: Any,
    disabled: bool,
    extra: dict[str, Any],
) -> bool:
    if on_click is not None:
        check_on_change(on_click, param_name="on_click", modes=())
    submitter = kind == "form_submit_button"
    node = Button(str(label), help, disabled, is_submitter=submitter, **extra)
    if submitter:
        form_id = dg._target(current_run()).form_id
        key = to_key(key) or f"FormSubmitter:{form_id}-{label}"
        if not form_id:
            raise StreamlitInvalidLayoutContextError(form_context_message(kind, inside=False))
    call = WidgetCall(
        key=key,
        default=False,
        id_params={"label": label, "icon": extra.get("icon"), "help": help,
                   "is_form_submitter": submitter, "type": extra.get("button_type"),
                   "width": extra.get("width")},
        on_change=on_click,
        args=args,
        kwargs=kwargs,
        trigger=True,
        writes_allowed=False,
        is_submitter=submitter,
        kind=kind,
    )
    return bool(register_widget(dg, node, call))


@element
def button(
    self: DeltaGenerator,
    label: str,
    key: Any = None,
    help: str | None = None,
    on_click: Any = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    type: str = "secondary",
    icon: str | None = None,
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: Any = "content",
    **extra: Any,
) -> bool:
    """``st.button``: True in the run right after it is clicked."""
    return _button(self, "button", label, key, help, on_click, args, kwargs, disabled,
                   {"button_type": type, "icon": icon, "width": width})


@element
def form_submit_button(
    self: DeltaGenerator,
    label: str = "Submit",
    help: str | None = None,
    on_click: Any = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    key: Any = None,
    type: str = "secondary",
    icon: str | None = None,
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: Any = "content",
    **extra: Any,
) -> bool:
    """``st.form_submit_button``: submits its form's held values when clicked."""
    return _button(self, "form_submit_button", label, key, help, on_click, args, kwargs,
                   disabled, {"button_type": type, "icon": icon, "width": width})
