"""``st.navigation`` and ``st.switch_page``, and how a ``pages/`` folder app runs.

The pages themselves (which the tab has, which it shows, what a switch cleans up) are kept
by ``apptest.runtime._pages``; this module is what an app calls. A ``pages/`` folder app is
run as Streamlit runs it: as if its main script called ``st.navigation`` with the main
script and every ``pages/*.py`` file (``run_pages_directory``).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, NoReturn

from apptest._facade._page import Page, as_page, check_path, validate_registered_page
from apptest.errors import (
    StreamlitAPIException,
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
    StreamlitPageNotFoundError,
    StreamlitValueError,
)
from apptest.runtime._context import RerunRequest, current_run
from apptest.runtime._pages import Navigation, PageInfo, SessionPages

Sections = dict[str, list[Page]]


def navigation(pages: Any, *, position: str = "sidebar", expanded: bool | int = False) -> Page:
    """``st.navigation``: declare the app's pages; returns the page to show (call ``.run()``).

    Example:
        >>> st.navigation({"Main": [home], "Admin": [settings]}).run()  # doctest: +SKIP
    """
    if not isinstance(position, str) or position not in ("sidebar", "hidden", "top"):
        raise StreamlitValueError("position", ["'sidebar'", "'hidden'", "'top'"])
    current_run().session.pages.navigation_called = True
    return declare_navigation(pages, position=position, expanded=expanded)


def declare_navigation(pages: Any, *, position: str, expanded: bool | int) -> Page:
    """Streamlit's ``_navigation``: register the pages and pick the one to run."""
    sections = _sections(pages)
    page_list = [page for section in sections.values() for page in section]
    if not page_list:
        raise StreamlitMissingRequiredParameterError(
            "pages", detail="Provide at least one `st.Page`.")
    default = _default_page(page_list)
    session = current_run().session
    tab: SessionPages = session.pages
    infos = _registry(sections, tab)
    _check_expanded(expanded)
    if position == "sidebar" and session.server.config.get("client.showSidebarNavigation") is False:
        position = "hidden"
    tab.declare(Navigation(tuple(infos), tuple(sections), position, expanded))
    found = tab.choose(default._script_hash)
    page = next((p for p in page_list if found is not None
                 and p._script_hash == found.script_hash and not p.is_external), default)
    page._can_be_called = True
    session.page_hash = page._script_hash
    session.active_script_hash = tab.main_hash
    return page


def _sections(pages: Any) -> Sections:
    if isinstance(pages, Sequence):
        return {"": [as_page(p) for p in pages]}
    return {section: [as_page(p) for p in group] for section, group in pages.items()}


def _default_page(page_list: list[Page]) -> Page:
    defaults = [p for p in page_list if p._default]
    if len(defaults) > 1:
        raise StreamlitAPIException(
            "Multiple Pages specified with `default=True`. At most one Page can be set to "
            "default.", error_id="navigation-multiple-default-pages")
    if defaults:
        return defaults[0]
    internal = [p for p in page_list if not p.is_external]
    if not internal:
        raise StreamlitAPIException(
            "At least one non-external page is required. External URL pages cannot be the "
            "default page.", error_id="navigation-external-only-pages")
    internal[0]._default = True
    return internal[0]


def _registry(sections: Sections, tab: SessionPages) -> list[PageInfo]:
    """The declared pages in menu order; raises for two pages with one URL path."""
    seen: dict[str, tuple[str, Page]] = {}
    infos = []
    for section, group in sections.items():
        for page in group:
            if page._script_hash in seen:
                raise _duplicate_url_path(seen[page._script_hash], (section, page), tab)
            seen[page._script_hash] = (section, page)
            infos.append(page.info(section))
    return infos


def _describe(page: Page, section: str, tab: SessionPages) -> str:
    if page.external_url is not None:
        text = f"external URL `{page.external_url}`"
    elif isinstance(page._page, Path):
        text = f"`{tab.relative(str(page._page))}`"
    else:
        text = f'callable titled "{page.title}"'
    context = [f'section "{section}"'] if section else []
    context += ["hidden"] if page.visibility == "hidden" else []
    context += ["default page"] if page._default else []
    return f"{text} ({', '.join(context)})" if context else text


def _duplicate_url_path(first: tuple[str, Page], second: tuple[str, Page],
                        tab: SessionPages) -> StreamlitAPIException:
    note = (" The default page is served at the app root, but it still reserves this pathname."
            if first[1]._default or second[1]._default else "")
    return StreamlitAPIException(
        f"Two pages resolve to the URL pathname `/{second[1]._url_path}`: "
        f"{_describe(first[1], first[0], tab)} and {_describe(second[1], second[0], tab)}. "
        "Each page passed to `st.navigation` needs a unique URL pathname, including pages in "
        "different sections, hidden pages, and external URL pages. Streamlit infers the "
        "pathname from the filename, callable name, or the title of an external URL page."
        f"{note} Set a unique `url_path` in `st.Page` for one of these pages.",
        error_id="navigation-duplicate-url-pathname")


def _check_expanded(expanded: Any) -> None:
    if isinstance(expanded, bool):
        return
    if not isinstance(expanded, int):
        raise StreamlitInvalidParameterTypeError("expanded", type(expanded).__name__,
                                                 ["bool", "int"])
    if expanded < 0:
        raise StreamlitValueError("expanded", ["True", "False", "a non-negative integer"],
                                  detail=f"Provided value: {expanded!r}.")


def switch_page(page: str | Path | Page, *, query_params: Any = None) -> NoReturn:
    """``st.switch_page``: rerun at once on another page (like ``st.rerun``).

    Example:
        >>> if st.button("Settings"):  # doctest: +SKIP
        ...     st.switch_page("pages/settings.py")
    """
    pages: SessionPages = current_run().session.pages
    target = _switch_target(pages, page)
    _set_query_params_for_switch(pages.session.query_params, query_params)
    pages.leave(target, set())
    raise RerunRequest


def _switch_target(pages: SessionPages, page: Any) -> str:
    if isinstance(page, Page):
        if page.is_external:
            raise StreamlitAPIException(
                "Cannot use st.switch_page with external URL pages. Use st.page_link instead "
                "to create a link to external pages.",
                error_id="switch-page-external-url-not-supported")
        validate_registered_page(page)
        return page._script_hash
    return find_file_page(pages, page).script_hash


def find_file_page(pages: SessionPages, page: Any) -> PageInfo:
    """The declared page of a script path (``st.switch_page``, ``st.page_link``)."""
    path = os.fspath(page)
    check_path(path)
    requested = pages.resolve_file(path)
    for info in pages.pages().values():
        if requested is not None and info.script_path == requested:
            return info
    raise StreamlitPageNotFoundError(
        page=path, main_script_directory=pages.main_dir or "",
        uses_pages_directory=pages.uses_pages_directory)


def _set_query_params_for_switch(params: Any, new: Any) -> None:
    if new is None:
        params.clear()
    elif isinstance(new, Mapping) or (isinstance(new, Iterable) and not isinstance(new, (str, bytes))):
        params.from_dict(new)
    else:
        raise StreamlitInvalidParameterTypeError(
            "query_params", type(new).__name__, ["mapping", "iterable of (key, value) pairs"])


def run_pages_directory() -> None:
    """Run a ``pages/`` folder app: the main script and its pages, as one navigation."""
    pages: SessionPages = current_run().session.pages
    all_pages = [Page(Path(info.script_path), default=info.default)
                 for info in pages.directory_pages()]
    declare_navigation(all_pages, position="sidebar", expanded=False).run()


__all__ = ["declare_navigation", "find_file_page", "navigation", "run_pages_directory",
           "switch_page"]
