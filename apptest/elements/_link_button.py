"""Links: ``st.link_button`` (opens a URL) and ``st.page_link`` (goes to a page).

A browser opens the URL of a link button in a new tab; apptest records it in the
element's ``opened_urls`` instead. With ``on_click="rerun"`` or a callback the button is
also a trigger widget, as in Streamlit, and a click reruns the app.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from typing import Any

from apptest.elements._dg import DeltaGenerator, element
from apptest.elements._download_button import ClickButton
from apptest.elements._widget import WidgetCall, check_on_change, compute_id, register_widget
from apptest.errors import (
    AppTestError,
    StreamlitAPIException,
    StreamlitDuplicateElementId,
    StreamlitDuplicateElementKey,
    StreamlitMissingRequiredParameterError,
    StreamlitValueAssignmentNotAllowedError,
)
from apptest.runtime._context import current_run
from apptest.tree._nodes import Element


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
    wid = compute_id("link_button", call, block.form_id, block.root_name, run.session.page_hash)
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


# --------------------------------------------------------------------------- page_link


class PageLink(Element, collection="page_link"):
    """A link to a page of the app (or an external URL); ``value`` is its label.

    ``page`` is what the app passed (a script path, URL or page's URL path); ``url`` is
    the external URL, or the page's URL path for a page of the app.
    """

    type = "page_link"

    def __init__(self, label: str, page: str, url: str, **attrs: Any) -> None:
        self.label = label
        self.page = page
        self.url = url
        self.__dict__.update(attrs)

    @property
    def value(self) -> str:
        """The link's label."""
        return self.label

    def click(self) -> PageLink:
        """Not supported yet: following a page link needs multipage support.

        Example:
            >>> at.page_link[0].click()  # doctest: +SKIP
            Traceback (most recent call last):
            AppTestError: ...
        """
        raise AppTestError(
            f"click() is not supported for page_link {self.label!r} yet: switching pages "
            "arrives with apptest's multipage support."
        )


_URL = re.compile(r"^https?://", re.IGNORECASE)
_PAGE_NAME = re.compile(r"^[_ ]*(\d*)[_ -]*(.*)\.py$")


def _page_name(path: str) -> str:
    """Streamlit's page name for a script file: ``02_My_page.py`` -> ``My page``."""
    match = _PAGE_NAME.match(os.path.basename(path))
    if match is None:
        return ""
    name = re.sub(r"[_ ]+", "_", match.group(2)).strip() or match.group(1)
    return name.replace("_", " ")


def _local_page(page: str, label: str | None) -> tuple[str, str]:
    """``(label, url path)`` for a script path next to the app; raises if there is none."""
    script_dir = current_run().session.script.directory
    path = os.path.realpath(os.path.join(script_dir, page)) if script_dir else ""
    if not path or not os.path.isfile(path):
        raise StreamlitAPIException(
            f"Could not find page: `{page}`. You must provide a `Page` object or file path "
            "relative to the entrypoint file. Only pages previously defined by `st.Page` "
            "and passed to `st.navigation` are allowed."
        )
    name = _page_name(path)
    return (name if label is None else label), name.replace(" ", "_")


@element
def page_link(
    self: DeltaGenerator,
    page: Any,
    *,
    label: str | None = None,
    icon: str | None = None,
    icon_position: str = "left",
    help: str | None = None,
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: Any = "content",
    query_params: Any = None,
) -> DeltaGenerator:
    """``st.page_link``: a link to a page of the app or to an external URL."""
    label = None if label is None else str(label)
    if hasattr(page, "url_path") and hasattr(page, "title"):
        external = bool(getattr(page, "is_external", False))
        url = (getattr(page, "external_url", "") or "") if external else page.url_path
        shown, page = (page.title if label is None else label), url
    else:
        page = os.fspath(page)
        external = bool(_URL.match(page))
        if external and not label:
            raise StreamlitMissingRequiredParameterError(
                "label", detail="Streamlit cannot infer a label for an external URL."
            )
        shown, url = (label or "", page) if external else _local_page(page, label)
    node = PageLink(shown, page, url, external=external, icon=icon, help=help,
                    disabled=disabled, query_params=query_params)
    return self._add(node)
