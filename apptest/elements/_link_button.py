"""``st.link_button``: a button that opens a URL (``st.page_link`` is in ``_page_link``).

A browser opens the URL of a link button in a new tab; apptest records it in the
element's ``opened_urls`` instead. With ``on_click="rerun"`` or a callback the button is
also a trigger widget, as in Streamlit, and a click reruns the app.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from apptest.elements._dg import DeltaGenerator, element
from apptest.elements._download_button import ClickButton
from apptest.elements._widget import WidgetCall, check_on_change, compute_id, register_widget
from apptest.errors import (
    StreamlitDuplicateElementId,
    StreamlitDuplicateElementKey,
    StreamlitValueAssignmentNotAllowedError,
)
from apptest.runtime._context import current_run


class LinkButton(ClickButton, collection="link_button"):
    """A button that opens ``url``; ``value`` is its label, as in ``streamlit.testing``.

    ``opened_urls`` lists the URLs this element's clicks opened.
    """

    type = "link_button"
    url: str = ""

    def __init__(self, label: str, **attrs: Any) -> None:
        super().__init__(label, **attrs)
        self.opened_urls: list[str] = []

    @property
    def value(self) -> str:
        """The button's label."""
        return self.label

    def click(self) -> LinkButton:
        """Click: open ``url`` (recorded in ``opened_urls``); reruns only if ``on_click`` asks.

        Example:
            >>> at.link_button[0].click()  # doctest: +SKIP
            >>> at.link_button[0].opened_urls  # doctest: +SKIP
            ['https://streamlit.io']
        """
        self._press()
        self.opened_urls.append(self.url)
        return self


def _register_id_only(dg: DeltaGenerator, node: LinkButton, call: WidgetCall) -> DeltaGenerator:
    """An ``on_click="ignore"`` button with a key: an element id, but no widget state."""
    run = current_run()
    block = dg._target(run)
    key = call.key
    if key is not None:
        if run.session.state.is_new_state_value(key):
            raise StreamlitValueAssignmentNotAllowedError(key)
        if key in run.user_keys:
            raise StreamlitDuplicateElementKey(key)
        run.user_keys.add(key)
    wid = compute_id("link_button", call, block.form_id, block.root_name, run.session.active_script_hash)
    if wid in run.widget_ids:
        raise StreamlitDuplicateElementId("link_button")
    run.widget_ids.add(wid)
    node.id, node.key = wid, key
    return dg._add(node)


@element
def link_button(
    self: DeltaGenerator,
    label: str,
    url: str,
    *,
    key: Any = None,
    on_click: Callable[..., Any] | str = "ignore",
    args: Any = None,
    kwargs: Any = None,
    help: str | None = None,
    type: str = "secondary",
    icon: str | None = None,
    icon_position: str = "left",
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: Any = "content",
    shortcut: str | None = None,
    wrap: bool | None = None,
) -> bool | DeltaGenerator:
    """``st.link_button``: a DeltaGenerator, or with ``on_click`` a trigger's bool."""
    check_on_change(on_click, param_name="on_click")
    label = "" if label is None else str(label)
    ignore = on_click == "ignore"
    node = LinkButton(label, url=url, help=help, disabled=disabled, ignore_rerun=ignore,
                      button_type=type, icon=icon)
    call = WidgetCall(
        key=None if key is None else str(key),
        default=False,
        id_params={"label": label, "icon": icon, "url": url, "help": help, "type": type,
                   "width": width, "icon_position": icon_position, "shortcut": shortcut},
        on_change=None if ignore else on_click,
        args=args,
        kwargs=kwargs,
        trigger=True,
        writes_allowed=False,
        kind="link_button",
    )
    if not ignore:
        return bool(register_widget(self, node, call))
    if key is not None or shortcut is not None:
        return _register_id_only(self, node, call)
    return self._add(node)
