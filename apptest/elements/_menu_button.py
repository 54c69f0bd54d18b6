"""``st.menu_button``: a button with a drop-down; returns the chosen option for one run."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from apptest.elements._dg import DeltaGenerator, element
from apptest.elements._widget import WidgetCall, check_on_change, register_widget
from apptest.errors import (
    InteractionError,
    StreamlitAPIException,
    StreamlitInvalidFormCallbackError,
    StreamlitInvalidLayoutContextError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)
from apptest.runtime._context import current_run
from apptest.tree._nodes import Widget

_FORM_DOCS_INFO = (
    "\n\nFor more information, refer to the\n[documentation for forms]"
    "(https://docs.streamlit.io/develop/api-reference/execution-flow/st.form).\n"
)


class MenuButton(Widget, collection="menu_button"):
    """A menu button; ``value`` is the option chosen, for the run after the click."""

    type = "menu_button"
    shows_returned_value = True
    options: list[str]
    format_func: Callable[[Any], Any]

    def __init__(self, label: str, raw_options: list[Any], **attrs: Any) -> None:
        self.label = label
        self._raw_options = raw_options
        self.__dict__.update(attrs)

    def click(self, option: Any) -> MenuButton:  # type: ignore[override]
        """Open the menu and choose ``option`` (a value from ``options``).

        Example:
            >>> at.menu_button[0].click("Export").run()  # doctest: +SKIP
        """
        return self.set_value(option)  # type: ignore[return-value]

    def click_index(self, index: int) -> MenuButton:
        """Choose the option at ``index``.

        Example:
            >>> at.menu_button[0].click_index(1).run()  # doctest: +SKIP
        """
        n = len(self._raw_options)
        if isinstance(index, bool) or not isinstance(index, int) or not -n <= index < n:
            raise InteractionError(
                f"{self.describe()} accepts an option index 0..{n - 1}, got {index!r}"
            )
        return self.set_value(self._raw_options[index])  # type: ignore[return-value]

    def check_value(self, v: Any) -> Any:
        """One of the options (matched by its shown label, as the browser sends it), or None."""
        if v is None:
            return None
        try:
            shown = self.format_func(v)
        except Exception:
            shown = str(v)
        if shown in self.options:
            return self._raw_options[self.options.index(shown)]
        raise InteractionError(
            f"{self.describe()} accepts one of {self._raw_options!r}, got {v!r}"
        )


def _options_list(options: Any) -> list[Any]:
    if options is None:
        return []
    if isinstance(options, dict):
        return list(options.keys())
    return list(options)


def _check_menu_args(
    dg: DeltaGenerator, on_click: Any, button_type: str, options: list[Any]
) -> None:
    check_on_change(on_click, param_name="on_click", modes=())
    if dg._target(current_run()).form_id:
        if callable(on_click):
            raise StreamlitInvalidFormCallbackError()
        raise StreamlitInvalidLayoutContextError(
            f"`st.menu_button()` can't be used in an `st.form()`.{_FORM_DOCS_INFO}"
        )
    if button_type not in {"primary", "secondary", "tertiary"}:
        raise StreamlitValueError("type", ["'primary'", "'secondary'", "'tertiary'"])
    if not options:
        raise StreamlitMissingRequiredParameterError(
            "options", detail="Provide at least one option."
        )


@element
def menu_button(
    self: DeltaGenerator,
    label: str,
    options: Any,
    *,
    key: Any = None,
    help: str | None = None,
    on_click: Any = None,
    args: Any = None,
    kwargs: Any = None,
    type: str = "secondary",
    icon: str | None = None,
    disabled: bool = False,
    width: Any = "content",
    format_func: Callable[[Any], Any] = str,
    wrap: bool | None = None,
) -> Any:
    """``st.menu_button``: the option chosen in the run right after the choice, else None."""
    opts = _options_list(options)
    _check_menu_args(self, on_click, type, opts)
    formatted = [format_func(o) for o in opts]
    if len(set(formatted)) != len(formatted):
        raise StreamlitAPIException(
            "The `format_func` produced duplicate labels for the menu button "
            "options. Each formatted option label must be unique.",
            error_id="menu-button-duplicate-format-labels",
        )
    label = "" if label is None else str(label)
    node = MenuButton(
        label, opts, options=[str(f) for f in formatted], format_func=format_func, help=help,
        disabled=disabled, button_type=type, icon=icon, wrap=wrap,
    )
    call = WidgetCall(
        key=key, default=None, trigger=True, writes_allowed=False,
        id_params={"label": label, "options": formatted, "help": help, "type": type,
                   "icon": icon, "width": width},
        on_change=on_click, args=args, kwargs=kwargs, kind="menu_button",
    )
    return register_widget(self, node, call)
