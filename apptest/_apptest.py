"""``AppTest``: the driver a test uses, API-compatible with ``streamlit.testing.v1``."""

from __future__ import annotations

import os
import sys
import textwrap
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from apptest._lazy import lazy_function
from apptest._services import AppServicesMixin, SecretsSource
from apptest._sessions import SessionsMixin
from apptest._state_view import SessionStateView
from apptest.errors import ScriptNotFoundError
from apptest.runtime import Script, Server
from apptest.runtime._query_params import from_test_dict

if TYPE_CHECKING:
    from apptest.runtime._clock import Clock, TimeLike
    from apptest.runtime._pages import Navigation, PageInfo
    from apptest.tree import ElementList, ElementTree, Node

# the element tree's text (``repr(at)``) and the tree itself load with the first app
render = lazy_function("apptest.tree._render", "render")
short_value = lazy_function("apptest.tree._render", "short_value")


def _caller_dir(depth: int) -> str:
    filename = sys._getframe(depth).f_code.co_filename
    return os.path.dirname(os.path.abspath(filename))


def _resolve(script_path: str | os.PathLike[str], base_dir: str) -> str:
    path = os.fspath(script_path)
    if os.path.isabs(path):
        candidates = [path]
    else:
        candidates = [os.path.join(base_dir, path), os.path.abspath(path)]
    for candidate in candidates:
        if os.path.isfile(candidate):
            return os.path.normpath(candidate)
    raise ScriptNotFoundError(
        f"App script {path!r} not found (looked at: {', '.join(map(os.path.normpath, candidates))})"
    )


class AppTest(SessionsMixin, AppServicesMixin):
    """A headless browser tab on a Streamlit app: run it, interact, inspect.

    Example:
        >>> at = AppTest.from_file("counter.py").run()  # doctest: +SKIP
        >>> at.button[0].click().run()  # doctest: +SKIP
        >>> at.session_state.count  # doctest: +SKIP
        1
    """

    def __init__(
        self,
        script: Script,
        *,
        default_timeout: float = 3,
        args: tuple[Any, ...] | None = None,
        kwargs: Mapping[str, Any] | None = None,
        config: Mapping[str, Any] | None = None,
        query_params: Mapping[str, Any] | None = None,
        secrets: SecretsSource | None = None,
        context: Mapping[str, Any] | None = None,
        connections: Mapping[str, Any] | None = None,
        freeze_time: TimeLike | None = None,
        server: Server | None = None,
        plugins: Iterable[object] | None = None,
    ) -> None:
        #: each AppTest has its own server unless it is another tab of one (``new_session``)
        self._server = (Server(script, config=config, plugins=plugins or ())
                        if server is None else server)
        if freeze_time is not None:
            self._server.clock.freeze(freeze_time)
        #: set when the test reads ``exception`` (the pytest plugin then leaves errors to it)
        self._exception_inspected = False
        self._session = self._server.session(driver=self)
        self.default_timeout = default_timeout
        self.args = tuple(args or ())
        self.kwargs = dict(kwargs or {})
        self.session_state = SessionStateView(self._session)
        #: the URL's query parameters: set them before a run; each run rewrites them
        #: (one value: str, a repeated key: list[str], a blank value: "")
        self.query_params: dict[str, Any] = dict(query_params or {})
        self._init_services(secrets, context, connections)

    # ------------------------------------------------------------------ constructors
    @classmethod
    def from_file(
        cls,
        script_path: str | os.PathLike[str],
        *,
        default_timeout: float = 3,
        config: Mapping[str, Any] | None = None,
        query_params: Mapping[str, Any] | None = None,
        secrets: SecretsSource | None = None,
        context: Mapping[str, Any] | None = None,
        connections: Mapping[str, Any] | None = None,
        freeze_time: TimeLike | None = None,
        plugins: Iterable[object] | None = None,
    ) -> AppTest:
        """An AppTest for an app file; a relative path is taken from the calling file's folder.

        ``freeze_time`` (a datetime, an ISO string or a timestamp) freezes ``at.clock``: the
        app then sees that time from ``datetime.now()``, ``date.today()`` and ``time.time()``.
        ``plugins`` are apptest plugins for this app only (see ``docs/plugins.md``).

        Example:
            >>> at = AppTest.from_file("../examples/counter.py").run()  # doctest: +SKIP
        """
        path = _resolve(script_path, _caller_dir(2))
        return cls(Script.from_path(path), default_timeout=default_timeout, config=config,
                   query_params=query_params, freeze_time=freeze_time,
                   secrets=secrets, context=context, connections=connections,
                   plugins=plugins)

    @classmethod
    def from_string(
        cls,
        script: str,
        *,
        default_timeout: float = 3,
        config: Mapping[str, Any] | None = None,
        query_params: Mapping[str, Any] | None = None,
        secrets: SecretsSource | None = None,
        context: Mapping[str, Any] | None = None,
        connections: Mapping[str, Any] | None = None,
        freeze_time: TimeLike | None = None,
        plugins: Iterable[object] | None = None,
    ) -> AppTest:
        """An AppTest for app source given as a string (dedented).

        Example:
            >>> at = AppTest.from_string("import streamlit as st\\nst.write('hi')").run()
            >>> at.markdown[0].value
            'hi'
        """
        return cls(Script.from_source(textwrap.dedent(script)), default_timeout=default_timeout,
                   config=config, query_params=query_params, freeze_time=freeze_time,
                   secrets=secrets, context=context, connections=connections,
                   plugins=plugins)

    @classmethod
    def from_function(
        cls,
        script: Callable[..., Any],
        *,
        default_timeout: float = 3,
        args: tuple[Any, ...] | None = None,
        kwargs: Mapping[str, Any] | None = None,
        config: Mapping[str, Any] | None = None,
        query_params: Mapping[str, Any] | None = None,
        secrets: SecretsSource | None = None,
        context: Mapping[str, Any] | None = None,
        connections: Mapping[str, Any] | None = None,
        freeze_time: TimeLike | None = None,
        plugins: Iterable[object] | None = None,
    ) -> AppTest:
        """An AppTest whose app is the body of a function (it must import streamlit itself).

        Example:
            >>> def app(n):
            ...     import streamlit as st
            ...     st.write("n is", n)
            >>> AppTest.from_function(app, args=(5,)).run().markdown[0].value
            'n is `5`'
        """
        import inspect

        source = textwrap.dedent(inspect.getsource(script))
        source += f"\n{script.__name__}(*__args, **__kwargs)\n"
        at = cls(Script.from_source(source, name=script.__name__),
                 default_timeout=default_timeout, args=args, kwargs=kwargs, config=config,
                 query_params=query_params, freeze_time=freeze_time,
                 secrets=secrets, context=context, connections=connections,
                 plugins=plugins)
        return at

    # ------------------------------------------------------------------ running
    def run(self, *, timeout: float | None = None) -> AppTest:
        """Run the script with the staged interactions; returns self for chaining.

        Example:
            >>> at = AppTest.from_string("import streamlit as st\\nst.title('Hi')")
            >>> at.run().title[0].value
            'Hi'
        """
        self._check_open()
        session = self._session
        session.script_globals = {"__args": self.args, "__kwargs": self.kwargs}
        session.query_params.load(from_test_dict(self.query_params) if self.query_params else {})
        self._services_before_run()
        session.run(self.default_timeout if timeout is None else timeout)
        self._services_after_run()
        self.query_params = session.query_params.to_test_dict()
        session.pages.raise_if_not_found()
        return self

    @property
    def clock(self) -> Clock:
        """The clock the app sees: ``at.clock.freeze(...)``, ``at.clock.tick(seconds)``."""
        return self._server.clock

    # ------------------------------------------------------------------ pages
    def switch_page(self, page: Any) -> AppTest:
        """Go to another page at the next ``run()``, as a person picking it in the menu.

        ``page`` is a file path relative to the main script, a URL path, an ``st.Page``
        or an entry of ``at.pages``. See ``docs/multipage.md``.

        Example:
            >>> at.switch_page("pages/settings.py").run()  # doctest: +SKIP
        """
        self._session.pages.stage(page)
        return self

    @property
    def page(self) -> PageInfo:
        """The page shown (``path``, ``title``, ``url_path``, ...).

        Example:
            >>> at.page.url_path  # doctest: +SKIP
            'config'
        """
        return self._session.pages.current

    @property
    def pages(self) -> list[PageInfo]:
        """The app's pages in menu order (the main page alone for a one-page app).

        Example:
            >>> [p.title for p in at.pages]  # doctest: +SKIP
            ['Home', 'Settings']
        """
        return list(self._session.pages.pages().values())

    @property
    def navigation(self) -> Navigation | None:
        """What the app's last ``st.navigation`` call declared (None without one).

        Example:
            >>> at.navigation.position  # doctest: +SKIP
            'top'
        """
        return self._session.pages.navigation

    # ------------------------------------------------------------------ the tree
    @property
    def _tree(self) -> ElementTree:
        return self._session.tree

    @property
    def main(self) -> Node:
        """The main area block."""
        return self._tree.main

    @property
    def sidebar(self) -> Node:
        """The sidebar block."""
        return self._tree.sidebar

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self._session.tree, name)

    def get(self, element_type: str) -> list[Node]:
        """All nodes of a kind (collection name or node type).

        Example:
            >>> at.get("markdown")  # doctest: +SKIP
        """
        return self._tree.get(element_type)

    def get_by_key(self, key: Any) -> Node:
        """The one node with this user key.

        Example:
            >>> at.get_by_key("name")  # doctest: +SKIP
        """
        return self._tree.get_by_key(key)

    def find(self, kind: str | None = None, **criteria: Any) -> ElementList[Node]:
        """Every node matching ``kind`` and ``key=``, ``label=``, ``text=`` (``exact=``).

        See ``Block.find`` and ``docs/finding-elements.md``.

        Example:
            >>> at.find(text="Count = 3")  # doctest: +SKIP
        """
        return self._tree.find(kind, **criteria)

    def one(self, kind: str | None = None, **criteria: Any) -> Node:
        """The one node ``find`` returns; ``ElementNotFoundError`` lists what is there if none.

        Example:
            >>> at.one("button", label="Increment").click().run()  # doctest: +SKIP
        """
        return self._tree.one(kind, **criteria)

    def get_by_label(self, label: Any, kind: str | None = None) -> Node:
        """The one node with this label.

        Example:
            >>> at.get_by_label("Name").input("Bo").run()  # doctest: +SKIP
        """
        return self._tree.get_by_label(label, kind)

    def get_by_text(self, text: Any, kind: str | None = None, *, exact: bool = True) -> Node:
        """The one node showing this text.

        Example:
            >>> at.get_by_text("Count = 3")  # doctest: +SKIP
        """
        return self._tree.get_by_text(text, kind, exact=exact)

    def contains_text(self, text: Any, *, exact: bool = False) -> bool:
        """Whether any element on the page shows ``text`` (contains it, by default).

        Example:
            >>> assert at.contains_text("Count = 3")  # doctest: +SKIP
        """
        return self._tree.contains_text(text, exact=exact)

    @property
    def exception(self) -> ElementList[Any]:
        """Exception elements on the page (uncaught errors and ``st.exception``)."""
        self._exception_inspected = True
        return self._tree.exception  # type: ignore[no-any-return]

    def __len__(self) -> int:
        return len(self._tree)

    def __iter__(self) -> Iterator[Node]:
        return iter(self._tree)

    def __getitem__(self, index: int) -> Node:
        return self._tree[index]

    def to_text(self) -> str:
        """The whole tree, one line per node, and the session state.

        Example:
            >>> print(at.to_text())  # doctest: +SKIP
        """
        state = self.session_state.to_dict()
        shown = "\n".join(
            f"  {k!r}: {short_value(v)}" for k, v in sorted(state.items(), key=lambda kv: repr(kv[0]))
        )
        return self._mask_secrets(f"{render(self._tree)}\nsession_state:\n{shown or '  (empty)'}")

    def __repr__(self) -> str:
        return self.to_text()
