"""``st.text_input``."""

from __future__ import annotations

from typing import Any

from apptest.elements._dg import DeltaGenerator, element
from apptest.elements._widget import WidgetCall, check_on_change, register_widget
from apptest.errors import InteractionError
from apptest.tree._nodes import Widget


class TextInput(Widget, collection="text_input"):
    """A one-line text box; ``value`` is a str (or None when cleared)."""

    type = "text_input"
    max_chars: int | None = None

    def __init__(self, label: str, **attrs: Any) -> None:
        self.label = label
        self.__dict__.update(attrs)

    def input(self, v: str) -> TextInput:
        """Type ``v`` into the box (replacing its content).

        Example:
            >>> at.text_input(key="name").input("Bo").run()  # doctest: +SKIP
        """
        return self.set_value(v)  # type: ignore[return-value]

    def check_value(self, v: Any) -> Any:
        """A str no longer than ``max_chars`` (or None)."""
        if v is None:
            return None
        if not isinstance(v, str):
            raise InteractionError(f"{self.describe()} accepts text (str), got {v!r}")
        if self.max_chars is not None and len(v) > self.max_chars:
            raise InteractionError(
                f"{self.describe()} accepts at most {self.max_chars} characters, "
                f"got {len(v)}: {v!r}"
            )
        return v


@element
def text_input(
    self: DeltaGenerator,
    label: str,
    value: str | None = "",
    max_chars: int | None = None,
    key: Any = None,
    type: str = "default",
    help: str | None = None,
    autocomplete: str | None = None,
    on_change: Any = "rerun",
    args: Any = None,
    kwargs: Any = None,
    *,
    placeholder: str | None = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    icon: str | None = None,
    width: Any = "stretch",
    bind: str | None = None,
    persist_state: str | None = None,
    **extra: Any,
) -> str | None:
    """``st.text_input``: returns the text typed (``value`` until then)."""
    check_on_change(on_change)
    default = None if value is None else str(value)
    node = TextInput(
        str(label), help=help, disabled=disabled, label_visibility=label_visibility,
        max_chars=max_chars, placeholder=placeholder or "", input_type=type,
        autocomplete=autocomplete,
    )
    call = WidgetCall(
        key=key,
        default=default,
        id_params={"label": label, "value": default, "max_chars": max_chars, "type": type,
                   "help": help, "autocomplete": autocomplete, "placeholder": placeholder,
                   "icon": icon, "width": width},
        keyed_identity=frozenset({"max_chars", "validate"}),
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        value_given=bool(default),
        label_visibility=label_visibility,
        bind=bind,
        persist_state=persist_state,
    )
    result = register_widget(self, node, call)
    if result is not None and max_chars is not None:
        result = str(result)[:max_chars]
    return result  # type: ignore[no-any-return]
