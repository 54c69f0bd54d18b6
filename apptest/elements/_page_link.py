"""``st.page_link``: a link to a page of the app or to an external URL.

A link to a page is resolved as Streamlit resolves it: a script path must be one of the
app's pages (``st.navigation``, a ``pages/`` folder, or the main script), a page object
must match the page declared at its URL path. Its label, icon and help default to the
page's.

``click()`` does what the browser does: a link to a page of the app switches to that page
at the next ``run()`` (the URL's query string becomes the link's ``query_params``); a link
to an external URL opens it in a new tab, recorded in ``opened_urls``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from typing import Any

from apptest.elements._dg import DeltaGenerator, element
from apptest.elements._text import help_text
from apptest.errors import AppTestError, InteractionError, StreamlitMissingRequiredParameterError
from apptest.runtime._context import current_run
from apptest.tree._nodes import Element

_URL = re.compile(r"^https?://", re.IGNORECASE)
_EMBED_KEYS = ("embed", "embed_options")


class PageLink(Element, collection="page_link"):
    """A link to a page of the app (or an external URL); ``value`` is its label.

    ``page`` is what the app passed (a script path or URL, or the page's URL path for a
    page object); ``url`` is the external URL, or the page's URL path for a page of the
    app; ``page_hash`` identifies the page; ``opened_urls`` lists external URLs opened.
    """

    type = "page_link"

    def __init__(self, label: str, page: str, url: str, **attrs: Any) -> None:
        self.label = label
        self.page = page
        self.url = url
        self.page_hash = ""
        self.external = False
        self.disabled = False
        self.query_params: Any = None
        self.__dict__.update(attrs)
        self.opened_urls: list[str] = []

    @property
    def value(self) -> str:
        """The link's label."""
        return self.label

    def click(self) -> PageLink:
        """Follow the link: switch page at the next ``run()``, or open an external URL.

        Example:
            >>> at.page_link[0].click().run()  # doctest: +SKIP
            >>> at.page.title  # doctest: +SKIP
            'Settings'
        """
        if self.disabled:
            raise InteractionError(
                f"Cannot click the disabled page_link {self.label!r}. "
                "A browser user cannot interact with a disabled link.")
        if self.external:
            self.opened_urls.append(self.url)
            return self
        session = self._session
        if session is None or session.driver is None:
            raise AppTestError(f"page_link {self.label!r} is not attached to an AppTest")
        session.pages.follow(self.page_hash)
        driver = session.driver
        kept = {k: v for k, v in driver.query_params.items() if k.lower() in _EMBED_KEYS}
        driver.query_params = {**kept, **_link_params(self.query_params)}
        return self


def _link_params(params: Any) -> dict[str, Any]:
    """A link's ``query_params`` as ``at.query_params`` shows them."""
    if not params:
        return {}
    pairs = params.items() if isinstance(params, Mapping) else params
    shown: dict[str, Any] = {}
    for key, value in pairs:
        value = [str(v) for v in value] if isinstance(value, (list, tuple)) else str(value)
        shown[str(key)] = value[0] if isinstance(value, list) and len(value) == 1 else value
    return shown


def _app_page(page: Any) -> tuple[str, Any]:
    """``(page_hash, page info)`` for a page object or a script path of the app."""
    from apptest._facade._navigation import find_file_page
    from apptest._facade._page import validate_registered_page

    if hasattr(page, "_script_hash") and hasattr(page, "url_path"):
        validate_registered_page(page)
        return page._script_hash, page
    info = find_file_page(current_run().session.pages, page)
    return info.script_hash, info


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
    attrs: dict[str, Any] = {"icon": icon, "help": help, "disabled": disabled,
                             "query_params": query_params}
    if hasattr(page, "url_path") and hasattr(page, "title"):
        return self._add(_object_link(page, label, attrs))
    page = os.fspath(page)
    if _URL.match(page):
        if not label:
            raise StreamlitMissingRequiredParameterError(
                "label", detail="Streamlit cannot infer a label for an external URL.")
        return self._add(PageLink(label, page, page, external=True, **attrs))
    page_hash, info = _app_page(page)
    attrs["help"] = info.help if help is None else help_text(help)
    return self._add(PageLink(info.title if label is None else label, page, info.url_path,
                              page_hash=page_hash, **attrs))


def _object_link(page: Any, label: str | None, attrs: dict[str, Any]) -> PageLink:
    """A link to an ``st.Page`` object: label, icon and help default to the page's."""
    shown = page.title if label is None else label
    attrs["icon"] = page.icon if attrs["icon"] is None else attrs["icon"]
    attrs["help"] = page.help if attrs["help"] is None else help_text(attrs["help"])
    if page.is_external:
        url = page.external_url or ""
        return PageLink(shown, url, url, external=True, **attrs)
    page_hash, _ = _app_page(page)
    return PageLink(shown, page.url_path, page.url_path, page_hash=page_hash, **attrs)
