"""``st.text_area``: a multi-line text box."""

from __future__ import annotations

from typing import Any

from apptest.elements._dg import DeltaGenerator, element
from apptest.elements._text_input import TextInput
from apptest.elements._widget import WidgetCall, check_on_change, register_widget
from apptest.tree._nodes import Widget


class TextArea(Widget, collection="text_area"):
    """A multi-line text box; ``value`` is a str (or None when cleared)."""

    type = "text_area"
    max_chars: int | None = None
    placeholder: str = ""
    height: Any = None

    def __init__(self, label: str, **attrs: Any) -> None:
        self.label = label
        self.__dict__.update(attrs)

    def input(self, v: str) -> TextArea:
        """Type ``v`` into the box (replacing its content).

        Example:
            >>> at.text_area(key="bio").input("line one\\nline two").run()  # doctest: +SKIP
        """
        return self.set_value(v)  # type: ignore[return-value]

    def check_value(self, v: Any) -> Any:
        """A str no longer than ``max_chars`` (or None), as for ``st.text_input``."""
        return TextInput.check_value(self, v)  # type: ignore[arg-type]


@element
def text_area(
    self: DeltaGenerator,
    label: str,
    value: Any = "",
    height: Any = None,
    max_chars: int | None = None,
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
    width: Any = "stretch",
    bind: str | None = None,
    persist_state: Any = None,
) -> str | None:
    """``st.text_area``: returns the text typed (``value`` until then), cut to ``max_chars``."""
    check_on_change(on_change)
    default = None if value is None else str(value)
    id_params = {"label": label, "value": default, "height": height, "max_chars": max_chars,
                 "help": help, "placeholder": str(placeholder), "width": width,
                 "required": required}
    if height is None:
        height = 122 if label_visibility != "collapsed" else 94
    node = TextArea(
        str(label), help=help, disabled=disabled, label_visibility=label_visibility,
        max_chars=max_chars, placeholder="" if placeholder is None else str(placeholder),
        height=height, required=required,
    )
    call = WidgetCall(
        key=key,
        default=default,
        id_params=id_params,
        keyed_identity=frozenset({"max_chars"}),
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        value_given=value not in ("", None),
        label_visibility=label_visibility,
        bind=bind,
        persist_state=persist_state,
    )
    result = register_widget(self, node, call)
    if result is not None and max_chars is not None:
        result = str(result)[:max_chars]
    return result  # type: ignore[no-any-return]
