"""The pages of one tab: which pages the app has, which one is shown, and page switches.

The model is Streamlit's ``PagesManager`` and the page handling of its script runner:

* An app has pages once it calls ``st.navigation`` (each run may declare them again), or,
  until some tab calls ``st.navigation``, when a ``pages/`` folder sits beside the main
  script: then the main script is the first page and every ``pages/*.py`` file a page.
* The tab asks for a page by its script hash (Streamlit's hash of the page's URL path); a
  page that is not (or no longer) declared falls back to the default page.
* ``session.page_hash`` is the page shown (Streamlit's ``ctx.page_script_hash``): widgets
  persisted with ``persist_state="page"`` belong to it. ``session.active_script_hash``
  is the script that is drawing (the main script, or a page inside ``Page.run()``): it is
  part of every widget id, so a widget drawn by the main script keeps its identity on all
  pages while a page's own widgets are new on every page.
* Leaving a page drops the state of the widgets the browser does not send: a person's
  navigation (a page link, ``at.switch_page``) sends the main script's widgets only, an
  ``st.switch_page`` call sends none.

Example:
    >>> at = AppTest.from_file("app.py").run()  # doctest: +SKIP
    >>> at.switch_page("pages/settings.py").run()  # doctest: +SKIP
    >>> at.page.title  # doctest: +SKIP
    'settings'
"""

from __future__ import annotations

import builtins
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from apptest._digest import md5
from apptest.errors import PageNotFoundError
from apptest.runtime._magic import MAGIC_NAME, MagicOptions, magic_write
from apptest.runtime._page_names import page_icon_and_name, page_sort_key
from apptest.runtime._script import Script

if TYPE_CHECKING:
    from types import CodeType

    from apptest.runtime._session import Session


def page_hash(url_path: str) -> str:
    """The script hash of a page: Streamlit hashes the page's (inferred) URL path."""
    return md5(url_path.encode(), usedforsecurity=False).hexdigest()


@dataclass(frozen=True)
class PageInfo:
    """A page of the app as the test sees it (``at.page``, ``at.pages``).

    ``script_path`` is the page's file (absolute; ``""`` for a function page), ``path`` the
    same relative to the main script's folder. ``url_path`` is ``""`` for the default page.
    """

    script_hash: str
    title: str
    url_path: str
    script_path: str = ""
    path: str = ""
    icon: str = ""
    section: str = ""
    default: bool = False
    visibility: str = "visible"
    help: str = ""
    external_url: str | None = None

    def describe(self) -> str:
        """One line for error messages: path (or title), URL path and title."""
        source = self.path or self.external_url or f"function page {self.title!r}"
        return f"{source} (url_path {self.url_path!r}, title {self.title!r})"


@dataclass(frozen=True)
class Navigation:
    """What the last ``st.navigation`` call declared (``position``, ``expanded``, sections)."""

    pages: tuple[PageInfo, ...]
    sections: tuple[str, ...]
    position: str = "sidebar"
    expanded: bool | int = False


@dataclass(frozen=True)
class PageRequest:
    """A page asked for by path or URL path before the app declared its pages."""

    shown: str
    script_path: str = ""
    url_path: str | None = None


class SessionPages:
    """The pages of one session (one tab)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        script = session.script
        self.main_path = script.path
        self.main_hash = script.page_hash
        self.main_dir = script.directory
        #: looked at once per tab, as Streamlit's ``PagesManager`` does
        self.has_pages_folder = self.main_dir is not None and os.path.exists(
            os.path.join(self.main_dir, "pages"))
        #: pages declared by the last ``st.navigation`` call (None: never called)
        self.registry: dict[str, PageInfo] | None = None
        self.navigation: Navigation | None = None
        #: a page the test asked for before the app declared its pages
        self.wanted: PageRequest | None = None
        #: a wanted page the app's ``st.navigation`` call did not declare
        self.unresolved: PageRequest | None = None
        #: whether the app called ``st.navigation`` (a ``pages/`` folder is then ignored)
        self.navigation_called = False
        #: the page switch a person staged (page link, ``at.switch_page``) for the next run
        self.staged: str | None = None
        #: widget ids drawn inside ``Page.run()`` in the last run (not the main script's)
        self.page_widget_ids: set[str] = set()
        #: ``os.path.realpath`` results of the current run (each costs several ``lstat``)
        self._real: dict[str, str] = {}

    # ------------------------------------------------------------------ the app's pages
    @property
    def uses_pages_directory(self) -> bool:
        """A ``pages/`` folder beside the main script, until a tab calls ``st.navigation``."""
        if not self.has_pages_folder:
            return False
        return not any(getattr(s, "pages", self).navigation_called
                       for s in self.session.server.sessions)

    def pages(self) -> dict[str, PageInfo]:
        """The app's pages by script hash (the main page alone for a one-page app)."""
        if self.registry is not None:
            return self.registry
        if self.uses_pages_directory:
            return {p.script_hash: p for p in self.directory_pages()}
        title = page_icon_and_name(self.main_path)[1].replace("_", " ")
        return {self.main_hash: PageInfo(self.main_hash, title, "", self.main_path,
                                         os.path.basename(self.main_path), default=True)}

    def directory_pages(self) -> list[PageInfo]:
        """The pages of a ``pages/`` folder app: the main script, then the folder in order."""
        assert self.main_dir is not None
        folder = os.path.join(self.main_dir, "pages")
        names = sorted(
            (n for n in os.listdir(folder)
             if n.endswith(".py") and not n.startswith(".") and n != "__init__.py"),
            key=page_sort_key,
        )
        paths = [self.realpath(self.main_path)]
        paths += [self.realpath(os.path.join(folder, n)) for n in names]
        return [self.file_page(p, default=i == 0) for i, p in enumerate(paths)]

    def file_page(self, script_path: str, *, default: bool = False) -> PageInfo:
        """The page Streamlit infers for a script file (no title, icon or URL path given)."""
        icon, name = page_icon_and_name(script_path)
        return PageInfo(page_hash(name), name.replace("_", " "), "" if default else name,
                        script_path, self.relative(script_path), icon, default=default)

    def relative(self, script_path: str) -> str:
        """A page file's path relative to the main script's folder."""
        if not script_path or self.main_dir is None:
            return script_path
        return os.path.relpath(script_path, self.realpath(self.main_dir))

    def resolve_file(self, page: str) -> str | None:
        """The real path of a page file given relative to the main script, or None."""
        if os.path.isabs(page):
            return self.realpath(page)
        if self.main_dir is None:
            return None
        return self.realpath(os.path.join(self.main_dir, page))

    def realpath(self, path: str) -> str:
        """``os.path.realpath(path)``, resolved once per run (a run starts afresh)."""
        real = self._real.get(path)
        if real is None:
            real = self._real[path] = os.path.realpath(path)
        return real

    @property
    def current(self) -> PageInfo:
        """The page shown (the default page when the page asked for is unknown)."""
        pages = self.pages()
        found = pages.get(self.session.page_hash)
        if found is not None:
            return found
        return next((p for p in pages.values() if p.default), next(iter(pages.values())))

    # ------------------------------------------------------------------ running
    def exec_main(self, code: CodeType, namespace: dict[str, Any]) -> None:
        """Run the main script, or the page a ``pages/`` folder app is on."""
        self.page_widget_ids = set()
        self.session.active_script_hash = self.main_hash
        if self.uses_pages_directory:
            from apptest._facade._navigation import run_pages_directory

            run_pages_directory()
        else:
            exec(code, namespace)

    def exec_page_file(self, script_path: str) -> None:
        """Run a page file as ``Page.run()`` does: a fresh ``__main__`` namespace."""
        magic = MagicOptions.from_config(self.session.server.config)
        code = Script.from_path(script_path).compile(magic)
        namespace = {"__name__": "__main__", "__file__": script_path,
                     "__builtins__": builtins, MAGIC_NAME: magic_write}
        exec(code, namespace)

    def declare(self, navigation: Navigation) -> None:
        """Record what ``st.navigation`` declared."""
        self.navigation = navigation
        self.registry = {p.script_hash: p for p in navigation.pages}

    def choose(self, default_hash: str) -> PageInfo | None:
        """The declared page to show: the one asked for, else the default page."""
        registry = self.registry or {}
        wanted, self.wanted = self.wanted, None
        if wanted is not None:
            found = self._match(wanted, registry.values())
            if found is not None:
                return found
            self.unresolved = wanted
        return registry.get(self.session.page_hash, registry.get(default_hash))

    @staticmethod
    def _match(request: PageRequest, pages: Any) -> PageInfo | None:
        for page in pages:
            if request.script_path and page.script_path == request.script_path:
                return page
        for page in pages:
            if request.url_path is not None and page.url_path == request.url_path:
                return page
        return None

    # ------------------------------------------------------------------ switching
    def leave(self, target: str, sent: set[str]) -> None:
        """Switch to the page ``target``; only the widgets in ``sent`` keep their state."""
        session = self.session
        if target != session.page_hash:
            session.state.reset_triggers()
            session.state.remove_stale_widgets(sent, session.page_hash)
            session.query_params.remove_stale_bindings(sent)
        session.page_hash = target

    def navigate(self, values: dict[str, Any]) -> dict[str, Any]:
        """Apply a staged page switch to the values a browser sends with it."""
        target, self.staged = self.staged, None
        self._real.clear()  # links may have changed between runs
        if target is None or target == self.session.page_hash:
            return values
        sent = {wid: v for wid, v in values.items() if wid not in self.page_widget_ids}
        self.leave(target, set(sent))
        return sent

    def follow(self, script_hash: str) -> None:
        """A person follows a link to a page: switch to it at the next run."""
        self.staged, self.wanted = script_hash, None

    def stage(self, page: Any) -> PageInfo | None:
        """The test's page switch for the next run; raises ``PageNotFoundError``.

        Returns the page, or None when the app has not declared its pages yet (the page
        is then looked up when it does).
        """
        self._real.clear()
        known = (self.registry is not None or self.uses_pages_directory
                 or self.session.run_count > 0)
        found = self.find(page)
        if found is not None:
            self.staged, self.wanted = found.script_hash, None
            return found
        if known or isinstance(page, PageInfo):
            raise self.not_found(page)
        self.wanted = self._request(page)
        return None

    def find(self, page: Any) -> PageInfo | None:
        """The page the test means: a path, a URL path, a page object or ``PageInfo``."""
        pages = self.pages()
        if isinstance(page, PageInfo):
            return pages.get(page.script_hash)
        if hasattr(page, "_script_hash") and hasattr(page, "url_path"):
            return pages.get(page._script_hash)
        return self._match(self._request(page), pages.values())

    def _request(self, page: Any) -> PageRequest:
        shown = os.fspath(page) if isinstance(page, (str, os.PathLike)) else repr(page)
        if hasattr(page, "_script_hash"):
            return PageRequest(shown, url_path=getattr(page, "_url_path", None))
        path = self.resolve_file(shown)
        script_path = path if path is not None and os.path.isfile(path) else ""
        return PageRequest(shown, script_path, shown.strip("/"))

    def not_found(self, page: Any) -> PageNotFoundError:
        """The error for a page the app does not have, listing the pages it has."""
        shown = page.shown if isinstance(page, PageRequest) else (
            os.fspath(page) if isinstance(page, (str, os.PathLike)) else repr(page))
        listed = "\n".join(f"  - {p.describe()}" for p in self.pages().values())
        return PageNotFoundError(
            f"Could not find page {shown!r} in the app {self.main_path!r}. A page is given "
            "by its file path relative to the main script, its url_path, or a page object. "
            f"The app's pages:\n{listed}"
        )

    def raise_if_not_found(self) -> None:
        """After a run: raise for a page the test asked for that the app never declared."""
        missing, self.unresolved = self.unresolved, None
        wanted, self.wanted = self.wanted, None
        if missing is None and wanted is not None:
            found = self._match(wanted, self.pages().values())
            missing = None if found is not None else wanted
        if missing is not None:
            raise self.not_found(missing)


__all__ = ["Navigation", "PageInfo", "PageRequest", "SessionPages", "page_hash"]
