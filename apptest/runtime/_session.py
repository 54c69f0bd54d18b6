"""``Session``: one browser tab of an app, and what one run of its script does.

A run is a function call in the calling thread: apply the interaction's widget values,
run the callbacks of the widgets that changed, execute the compiled script with the
facade bound to this session, and keep the tree it drew. ``st.rerun()`` loops; an
uncaught exception becomes an exception element; a run that completes drops the state
of keyed widgets it did not draw.
"""

from __future__ import annotations

import builtins
import sys
from functools import partial
from typing import TYPE_CHECKING, Any

from apptest.errors import InteractionError, PluginError, RerunLimitError, ScriptTimeoutError
from apptest.runtime import _modules
from apptest.runtime._auth import Identity
from apptest.runtime._browser import BrowserContext
from apptest.runtime._context import RerunRequest, ScriptRun, StopRequest, bind, unbind
from apptest.runtime._fragment_runs import FragmentRunner
from apptest.runtime._freeze import app_time, perf_counter
from apptest.runtime._magic import MAGIC_NAME, MagicOptions, magic_write
from apptest.runtime._pages import SessionPages
from apptest.runtime._query_params import QueryParams
from apptest.runtime._state import SessionState
from apptest.runtime._timeouts import run_with_timeout
from apptest.tree._nodes import Block, ElementTree, Widget

if TYPE_CHECKING:
    from apptest.runtime._server import Server

DONE, RERUN, STOPPED, ERROR = "done", "rerun", "stopped", "error"
MAX_RERUNS = 100


class Session:
    """One tab: its session state, staged interactions and the last tree drawn."""

    def __init__(self, server: Server, *, driver: Any = None) -> None:
        self.server = server
        self.script = server.script
        self.state = SessionState()
        #: the tab's URL query parameters (``st.query_params``, ``at.query_params``)
        self.query_params = QueryParams()
        self.pending: dict[str, Any] = {}
        self.cleared: dict[str, Any] = {}
        self.widgets: dict[str, Widget] = {}
        self.tree = ElementTree()
        #: the page shown (``ctx.page_script_hash``); ``active_script_hash``: the script drawing
        self.page_hash = self.script.page_hash
        self.active_script_hash = self.script.page_hash
        self.warned_duplicate_value = False
        self.driver = driver
        self.script_globals: dict[str, Any] = {}
        self.timeout_for_message: float = 0
        self.run_count = 0
        #: ``@st.fragment`` / ``@st.dialog`` registrations and fragment-only runs
        self.fragments = FragmentRunner(self)
        #: ``st.user``: who is logged in, and the app's ``st.login`` / ``st.logout`` calls
        self.identity = Identity()
        #: ``st.context``: what the browser sent (headers, cookies, locale, theme, ...)
        self.browser = BrowserContext()
        #: the app's pages, the page shown and page switches (``st.navigation``, ``pages/``)
        self.pages = SessionPages(self)
        self._magic: tuple[Any, MagicOptions] = (None, MagicOptions())

    # ------------------------------------------------------------------ test side
    def widget_value(self, wid: str) -> Any:
        """A widget's value as the test sees it: staged, else its session state."""
        if wid in self.pending:
            return self.pending[wid]
        try:
            return self.state[wid]
        except KeyError:
            meta = self.state.meta.get(wid)
            return None if meta is None else meta.default

    def stage(self, widget: Widget, value: Any) -> None:
        """Hold a widget value for the next run, as a browser would."""
        node = self.widgets.get(widget.id)
        if node is None:
            raise InteractionError(
                f"{widget.describe()} is no longer on the page; it was not drawn by the last run"
            )
        if node.disabled:
            raise InteractionError(
                f"Cannot update a disabled {node.type} widget (key={node.key!r}). "
                "A browser user cannot interact with a disabled widget."
            )
        self.pending[widget.id] = value

    # ------------------------------------------------------------------ running
    def run(self, timeout: float) -> ElementTree:
        """Run the script once (plus any reruns it asks for); returns the new tree."""
        fragments = self.fragments
        if fragments.dismissed and fragments.close_dismissed():
            return self.tree
        submitted = self._submitted_forms()
        dismissals = fragments.plan(submitted)
        values = self._outgoing_values(submitted)
        if dismissals:
            values.update(dismissals)
        values = self.pages.navigate(values)
        self.query_params.apply_edits(values, self.state.__getitem__)
        self.timeout_for_message = timeout
        _modules.facade_modules()  # the first run imports the facade: not on the clock
        deadline = perf_counter() + timeout
        script_dir = self.script.directory
        _modules.install()
        if script_dir is not None:
            sys.path.insert(0, script_dir)
        try:
            self.tree = self._guarded_loop(values, deadline, timeout)
            self.tree.freeze()
            self.server.plugins.attach(self.tree, self)
        finally:
            if script_dir is not None:
                _remove_path(script_dir)
            _modules.uninstall()
        if submitted:
            self._clear_submitted_forms(submitted)
        self.run_count += 1
        return self.tree

    def _guarded_loop(
        self, values: dict[str, Any], deadline: float, timeout: float
    ) -> ElementTree:
        """The run loop under the timeout, with the frozen clock and plugin modules if any."""
        server = self.server
        loop = partial(self._run_loop, values, deadline)
        if not server.clock.frozen and not server.plugins.modules.sources:
            return run_with_timeout(loop, deadline, timeout)
        with app_time(server.clock), server.plugins.installed():
            return run_with_timeout(loop, deadline, timeout)

    def _submitted_forms(self) -> set[str]:
        widgets = self.widgets
        return {
            node.form_id
            for wid, value in self.pending.items()
            if value is True
            and (node := widgets.get(wid)) is not None
            and getattr(node, "is_submitter", False)
        }

    def _outgoing_values(self, submitted: set[str]) -> dict[str, Any]:
        """The widget values a browser would send: every widget on the page.

        A form's widgets send what the test set only when that form is submitted;
        after a ``clear_on_submit`` submit they send their defaults with the next submit.
        """
        values: dict[str, Any] = {}
        keep: dict[str, Any] = {}
        state = self.state
        pending, cleared, meta_of = self.pending, self.cleared, state.meta.get
        for node in self._widgets_in_page_order():
            wid = node.id
            send = not node.form_id or node.form_id in submitted
            if wid in pending:
                if send:
                    values[wid] = pending[wid]
                    continue
                keep[wid] = pending[wid]
            meta = meta_of(wid)
            if send and wid in cleared:
                values[wid] = cleared.pop(wid)
            elif meta is not None and meta.trigger:
                values[wid] = meta.default
            else:
                try:
                    values[wid] = state[wid]
                except KeyError:
                    pass
        self.pending = keep
        return values

    def _widgets_in_page_order(self) -> list[Widget]:
        """Widgets of the last run: main area depth-first, then sidebar, event, bottom."""
        widgets = self.widgets
        tree = self.tree
        order = tree.widget_order if tree._flat is not None else None
        if order is None:
            order = [n for n in tree if isinstance(n, Widget)]
        return [n for n in order if widgets.get(n.id) is n]

    def _clear_submitted_forms(self, submitted: set[str]) -> None:
        forms = {f for f in submitted if getattr(self.forms().get(f), "clear_on_submit", False)}
        for wid, node in self.widgets.items():
            meta = self.state.meta.get(wid)
            if node.form_id in forms and meta is not None and not meta.trigger:
                self.cleared[wid] = meta.default

    def forms(self) -> dict[str, Any]:
        """The form blocks of the last tree, by form id."""
        return {n.form_id: n for n in self.tree if isinstance(n, Block) and n.type == "form"}

    def _run_loop(self, values: dict[str, Any] | None, deadline: float) -> ElementTree:
        try:
            code = self.script.compile(self._magic_options())
        except SyntaxError as exc:
            tree = ElementTree()
            tree.main.append(_exception_node(exc, self))
            return tree
        queue = self.fragments.queue
        plugins = self.server.plugins
        for _ in range(MAX_RERUNS):
            run = self.fragments.new_run(deadline, queue)
            if plugins.run_hooks:
                plugins.run_start(run)
            outcome = self._run_once(run, code, values)
            if plugins.run_hooks:
                plugins.run_finish(run, run.tree)
            if outcome != RERUN:
                break
            run.check_deadline()
            values = None
            queue = run.fragments.rerun_queue or []
        else:
            raise RerunLimitError(
                f"The app called st.rerun() {MAX_RERUNS} times in a row without finishing a run"
            )
        self.widgets = self.fragments.widgets_after(run)
        if outcome == DONE:
            active = self.fragments.active_widget_ids(run)
            self.state.reset_triggers()
            self.state.remove_stale_widgets(active, self.page_hash)
            self.query_params.remove_stale_bindings(active)
        return run.tree

    def _magic_options(self) -> MagicOptions:
        """The server's magic options (computed again only when its config is replaced)."""
        config = self.server.config
        if self._magic[0] is not config:
            self._magic = (config, MagicOptions.from_config(config))
        return self._magic[1]

    def _run_once(self, run: ScriptRun, code: Any, values: dict[str, Any] | None) -> str:
        state = self.state
        token = bind(run)
        self.query_params.start_run()
        try:
            state.reset_triggers()
            state.compact()
            if values is not None:
                self._call_callbacks(run, state.apply_widget_values(values))
            run.started = True
            namespace = {
                "__name__": "__main__",
                "__file__": self.script.path,
                "__builtins__": builtins,
                MAGIC_NAME: magic_write,
                **self.script_globals,
            }
            self.fragments.execute(run, code, namespace)
            if self.server.config.get("runner.enforceSerializableSessionState"):
                state.check_serializable()
            return DONE
        except RerunRequest:
            return RERUN
        except (StopRequest, SystemExit):  # sys.exit() ends the run where it is
            return STOPPED
        except (ScriptTimeoutError, PluginError):
            raise
        except Exception as exc:
            run.tree.main.append(_exception_node(exc, self))
            return ERROR
        finally:
            unbind(token)

    def _call_callbacks(self, run: ScriptRun, changed: list[str]) -> None:
        """Run the callbacks of changed widgets in page order.

        ``st.rerun()`` inside a callback does not stop the other callbacks; the body
        then runs as a rerun would, with triggers (buttons) already reset.
        """
        run.in_callback = True
        rerun_requested = False
        for wid in changed:
            meta = self.state.meta[wid]
            if meta.callback is None:
                continue
            try:
                meta.callback(*meta.args, **meta.kwargs)
            except RerunRequest:
                rerun_requested = True
        run.in_callback = False
        if rerun_requested:
            self.state.reset_triggers()


def _remove_path(entry: str) -> None:
    try:
        sys.path.remove(entry)
    except ValueError:
        pass


def _exception_node(exc: BaseException, session: Session) -> Any:
    from apptest.elements._alerts import ExceptionElement

    node = ExceptionElement.from_exception(exc, uncaught=True)
    node.uncaught = True
    node._session = session
    return node
