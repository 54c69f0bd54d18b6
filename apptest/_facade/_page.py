"""``st.Page``: a page of a multipage app (a script file, a function or an external URL).

Attributes, inference of title, icon and URL path, and errors are Streamlit 1.67's. A page
runs (``Page.run()``) only when ``st.navigation`` returned it, once per run; the widgets it
draws get the page's script hash in their ids, so they are new on every page.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from apptest.elements._media import is_url
from apptest.elements._text import help_text
from apptest.errors import (
    StreamlitAPIException,
    StreamlitIncompatibleParametersError,
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
    StreamlitPageNotFoundError,
    StreamlitValueError,
)
from apptest.runtime._context import maybe_current_run
from apptest.runtime._page_names import page_icon_and_name, sanitize_url_path
from apptest.runtime._pages import PageInfo, SessionPages, page_hash


def session_pages() -> SessionPages | None:
    """The pages of the running session, or None outside a run."""
    run = maybe_current_run()
    return None if run is None else run.session.pages  # type: ignore[no-any-return]


def check_path(page_path: str, prefix: str = "") -> None:
    """Streamlit refuses page paths with null bytes."""
    if "\x00" in page_path:
        raise StreamlitAPIException(f"{prefix}Page paths must not contain null bytes.",
                                    error_id="page-path-contains-null-bytes")


def _url_path(url_path: str | None, inferred: str, default: bool) -> str:
    if url_path is None:
        return inferred
    stripped = url_path.strip().strip("/")
    if stripped.strip() == "" and not default:
        raise StreamlitMissingRequiredParameterError(
            "url_path", detail="It can only be empty for the default page.")
    _check_not_nested(stripped)
    return stripped


def _check_not_nested(url_path: str) -> None:
    if "/" in url_path:
        raise StreamlitAPIException(
            f"The `url_path` `{url_path}` cannot include `/`. Streamlit does not support "
            "nested URL pathnames yet, so use a single path segment (e.g. `foo_bar`). To "
            "upvote support for nested pathnames, see GitHub issue "
            "[#8971](https://github.com/streamlit/streamlit/issues/8971).",
            error_id="page-nested-url-path",
        )


class Page:
    """``st.Page``: a page for ``st.navigation`` (a script file, a function or a URL).

    Example:
        >>> settings = st.Page("views/settings.py", title="Settings", url_path="config")  # doctest: +SKIP
        >>> st.navigation([home, settings]).run()  # doctest: +SKIP
    """

    def __init__(
        self,
        page: str | Path | Callable[[], None],
        *,
        title: str | None = None,
        icon: str | None = None,
        url_path: str | None = None,
        default: bool = False,
        visibility: str = "visible",
        help: str | None = None,
    ) -> None:
        self._default = default
        self._external_url: str | None = None
        if visibility not in ("visible", "hidden"):
            raise StreamlitValueError("visibility", ["visible", "hidden"])
        self._visibility = visibility
        self._help = help_text(help).strip() and help_text(help)
        self._can_be_called = False
        self._page: Path | Callable[[], None] | None = None
        if isinstance(page, str) and is_url(page):
            self._init_external(page, title, icon, url_path)
            return
        self._init_internal(page, title, icon, url_path)

    def _init_external(self, url: str, title: str | None, icon: str | None,
                       url_path: str | None) -> None:
        if title is None or title.strip() == "":
            raise StreamlitMissingRequiredParameterError(
                "title", detail="External URL pages require a non-empty title. "
                f"Please provide a title for the URL: {url}")
        if self._default:
            raise StreamlitIncompatibleParametersError(
                "page=<external URL>", "default=True",
                explanation="External URL pages cannot be set as the default page.")
        self._external_url, self._title, self._icon = url, title, (icon or "").strip()
        path = (sanitize_url_path(title) if url_path is None else url_path).strip().strip("/")
        if path == "":
            raise StreamlitMissingRequiredParameterError(
                "url_path", detail="Provide a non-empty `url_path`, or omit it and provide a "
                "`title` that can be converted to a valid URL path.")
        _check_not_nested(path)
        self._url_path = path

    def _init_internal(self, page: Any, title: str | None, icon: str | None,
                       url_path: str | None) -> None:
        inferred_icon, inferred_name = "", ""
        if isinstance(page, (str, Path)):
            check_path(str(page), "Unable to create Page. ")
            page = _page_file(Path(page))
            inferred_icon, inferred_name = page_icon_and_name(str(page))
        elif hasattr(page, "__name__"):
            inferred_name = str(page.__name__)
        elif title is None:
            raise StreamlitMissingRequiredParameterError(
                "title", detail="Streamlit cannot infer a title from this callable.")
        self._page = page
        self._title = title or inferred_name.replace("_", " ")
        self._icon = (inferred_icon if icon is None else icon).strip()
        if self._title.strip() == "":
            raise StreamlitMissingRequiredParameterError(
                "title", detail="It cannot be empty or consist of underscores/spaces only.")
        self._url_path = _url_path(url_path, inferred_name, self._default)

    # ------------------------------------------------------------------ attributes
    @property
    def title(self) -> str:
        """The page's title (inferred from the file or function name if not given)."""
        return self._title

    @property
    def icon(self) -> str:
        """The page's icon, ``""`` for none."""
        return self._icon

    @property
    def help(self) -> str:
        """The page's help text, ``""`` for none."""
        return self._help

    @property
    def url_path(self) -> str:
        """The page's URL path; ``""`` for the default page."""
        return "" if self._default else self._url_path

    @property
    def visibility(self) -> str:
        """``"visible"`` or ``"hidden"`` (not in the menu, still reachable)."""
        return self._visibility

    @property
    def is_external(self) -> bool:
        """Whether the page is an external URL."""
        return self._external_url is not None

    @property
    def external_url(self) -> str | None:
        """The external URL, or None."""
        return self._external_url

    @property
    def _script_hash(self) -> str:
        return page_hash(self._url_path)

    def __repr__(self) -> str:
        return f"Page(title={self._title!r}, url_path={self.url_path!r})"

    # ------------------------------------------------------------------ running
    def run(self) -> None:
        """Run the page (only the page ``st.navigation`` returned, once per run).

        Example:
            >>> st.navigation([home, settings]).run()  # doctest: +SKIP
        """
        if not self._can_be_called:
            raise StreamlitAPIException(
                "This page cannot be called directly. Only the page returned from "
                "st.navigation can be called once.", error_id="page-cannot-be-called-directly")
        self._can_be_called = False
        pages = session_pages()
        if self.is_external or pages is None:
            return
        session = pages.session
        run = maybe_current_run()
        before = set(run.widget_ids) if run is not None else set()
        outer, session.active_script_hash = session.active_script_hash, self._script_hash
        try:
            if isinstance(self._page, Path):
                pages.exec_page_file(str(self._page))
            elif self._page is not None:
                self._page()
        finally:
            session.active_script_hash = outer
            if run is not None:
                pages.page_widget_ids |= run.widget_ids - before

    def info(self, section: str = "") -> PageInfo:
        """This page as the registry (and ``at.pages``) keeps it."""
        pages = session_pages()
        script_path = str(self._page) if isinstance(self._page, Path) else ""
        return PageInfo(
            self._script_hash, self._title, self.url_path, script_path,
            pages.relative(script_path) if pages is not None else script_path, self._icon,
            section, self._default, self._visibility, self._help, self._external_url)


StreamlitPage = Page


def _page_file(page: Path) -> Path:
    """A page file relative to the main script's folder; raises if it does not exist."""
    pages = session_pages()
    if pages is None:
        return page
    found = pages.resolve_file(str(page))
    if found is None or not os.path.isfile(found):
        raise StreamlitPageNotFoundError(page.name)
    return Path(found)


def as_page(page: Any) -> Page:
    """A page-like value (``st.Page``, path or function) as a ``Page``."""
    if isinstance(page, Page):
        return page
    if isinstance(page, (str, Path)) or callable(page):
        return Page(page)
    raise StreamlitInvalidParameterTypeError(
        "pages", type(page).__name__, ["str", "Path", "callable", "st.Page"])


def validate_registered_page(page: Page) -> None:
    """Streamlit's check that a page object matches the page declared at its URL path."""
    pages = session_pages()
    if page.is_external or pages is None or pages.registry is None:
        return
    registered = pages.registry.get(page._script_hash)
    if registered is None:
        return
    if isinstance(page._page, Path) and str(page._page) != registered.script_path:
        raise StreamlitAPIException(
            f"The page references `{page._page}`, but a different page is registered with "
            f"`st.navigation` for URL pathname `/{page.url_path}` "
            f"(`{registered.script_path or 'a callable'}`). Pass the page object returned by "
            "`st.navigation` or re-create the page with the matching source.",
            error_id="page-source-mismatch-file")
    if not isinstance(page._page, Path) and callable(page._page) and registered.script_path:
        raise StreamlitAPIException(
            f"The page is a callable, but a file-based page (`{registered.script_path}`) is "
            f"registered with `st.navigation` for URL pathname `/{page.url_path}`. Pass the "
            "page object returned by `st.navigation` or re-create the page with the matching "
            "source.", error_id="page-source-mismatch-callable")


__all__ = ["Page", "StreamlitPage", "as_page", "check_path", "session_pages",
           "validate_registered_page"]
