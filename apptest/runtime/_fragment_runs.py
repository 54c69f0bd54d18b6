"""Fragment runs: the session's hooks that run only some fragments, as a browser asks.

A browser reruns a fragment (not the app) when a person changes a widget drawn by that
fragment, when the fragment's ``run_every`` timer fires, or when the app asks with
``st.rerun(scope="fragment")``. ``Session`` calls these hooks at fixed points of its run
loop: ``plan`` (which fragments the interaction reruns), ``new_run`` (the tree to draw
into), ``execute`` (the script body, or the queued fragments), ``widgets_after`` and
``active_widget_ids`` (what a partial run leaves alone).

``run_every`` follows the server clock: ``at.clock.tick(seconds)`` fires each timer that
comes due, at once, as a fragment run (several timers due at the same moment share one
run). A timer restarts whenever its fragment is called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from apptest.errors import FragmentHandledException
from apptest.runtime._context import RerunRequest, ScriptRun, maybe_current_run
from apptest.runtime._fragments import FragmentHandled, FragmentRecord, FragmentRun, FragmentStore
from apptest.tree._nodes import Block, ElementTree, Widget

if TYPE_CHECKING:
    from apptest.runtime._session import Session

_DEFAULT_TIMEOUT = 3.0


class FragmentRunner:
    """The fragments of one session and the runs that rerun only them."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.store = FragmentStore()
        self.queue: list[str] = []
        #: fragment id -> [interval, seconds since the timer (re)started]
        self.timers: dict[str, list[float]] = {}
        #: fragments whose timer fired while a run was going on (run by the next run)
        self.due: list[str] = []
        #: dialogs the test dismissed, applied when the next run starts
        self.dismissed: list[Any] = []
        self.closed: list[Any] = []
        self._unsubscribe: Any = None

    # ------------------------------------------------------------------ before a run
    def close_dismissed(self) -> bool:
        """Close dismissed dialogs; True when nothing else is staged (the browser does not rerun)."""
        dialogs, self.dismissed = self.dismissed, []
        self.closed = dialogs
        widgets = self.session.widgets
        reruns = False
        for dialog in dialogs:
            if dialog.parent is not None:
                _remove(dialog)
            for node in dialog:
                if isinstance(node, Widget) and widgets.get(node.id) is node:
                    del widgets[node.id]
            reruns = reruns or dialog.dismiss_id is not None
        if dialogs:
            self.session.tree.freeze()
        return bool(dialogs) and not reruns and not self.session.pending

    def plan(self, submitted: set[str]) -> dict[str, Any]:
        """Decide which fragments the staged interaction reruns; returns dismissal values.

        Every staged widget (a held form widget does not count) must belong to a
        fragment for a fragment run; anything else, or nothing staged, runs the app.
        """
        session = self.session
        if not self.closed and not self.due and (not session.pending or not self.store.records):
            self.queue, self.closed = [], []  # nothing to rerun a fragment for
            return {}
        meta = session.state.meta
        values: dict[str, Any] = {}
        staged: list[str] = []
        for wid in session.pending:
            node = session.widgets.get(wid)
            if node is not None and node.form_id and node.form_id not in submitted:
                continue
            staged.append(wid)
        for dialog in self.closed:
            if dialog.dismiss_id is not None:
                values[dialog.dismiss_id] = True
                staged.append(dialog.dismiss_id)
        owners = [meta[w].fragment_id if w in meta else "" for w in staged]
        queue, self.due = list(self.due), []
        if staged and all(owners):
            queue += [f for f in dict.fromkeys(owners) if f not in queue]
        elif staged:
            queue = []
        self.queue, self.closed = queue, []
        return values

    # ------------------------------------------------------------------ the run
    def new_run(self, deadline: float, queue: list[str]) -> ScriptRun:
        """A run: a fresh tree for the app, the last tree for a fragment run."""
        session = self.session
        if queue:
            tree = session.tree
            tree._flat = None
        else:
            tree = ElementTree()
        run = ScriptRun(session, tree, deadline)
        run.fragments = FragmentRun(self.store, list(queue))
        return run

    def execute(self, run: ScriptRun, code: Any, namespace: dict[str, Any]) -> None:
        """Run the script body, or only the queued fragments in a fragment run."""
        frun: FragmentRun = run.fragments
        self._apply_callback_reruns(frun)
        if not frun.queue:
            store = self.store
            if store.wrappers:
                store.wrappers.clear()
            try:
                run.session.pages.exec_main(code, namespace)
            except FragmentHandledException:
                raise FragmentHandled from None
            if store.records:
                store.keep_only(set(frun.registered))
            if self.timers:
                self._keep_timers()
            return
        executed: set[str] = set()
        for fid in frun.queue:
            record = self.store.records.get(fid)
            if record is None or self.store.has_ancestor_in(fid, executed):
                continue
            executed.add(fid)
            mark = len(frun.registered)
            try:
                self._rerun(run, record)
            except FragmentHandledException:
                pass
            finally:
                self.store.clear_stale_descendants(fid, set(frun.registered[mark:]))
        self._keep_timers()

    def _apply_callback_reruns(self, frun: FragmentRun) -> None:
        """A callback's ``st.rerun`` replaces this run: the app, or the fragments it named."""
        requests = frun.callback_reruns
        if not requests:
            return
        if any(r is None for r in requests):
            if not frun.queue:
                return
            frun.rerun_queue = None
        else:
            ids = [f for r in requests if r for f in r]
            frun.rerun_queue = list(dict.fromkeys(ids))
        raise RerunRequest

    def _rerun(self, run: ScriptRun, record: FragmentRecord) -> None:
        container = record.container
        if container is None:
            return
        for key, wrapper in list(self.store.wrappers.items()):
            if key[0] != record.id:
                continue
            if run.fragments.inside(wrapper._outside, record.id):
                del self.store.wrappers[key]
            else:
                wrapper.children = {}
        container.children = {}
        run.stack = list(record.stack)
        session = run.session
        outer = session.active_script_hash
        session.active_script_hash = record.active_script_hash or outer
        try:
            record.execute(run, record, container)
        finally:
            session.active_script_hash = outer

    # ------------------------------------------------------------------ after the run
    def widgets_after(self, run: ScriptRun) -> dict[str, Widget]:
        """The widgets on the page: a fragment run keeps those it did not redraw."""
        if not run.fragments.queue:
            return run.widgets
        on_page = {id(n) for n in run.tree._walk()}
        kept = {w: n for w, n in self.session.widgets.items() if id(n) in on_page}
        kept.update(run.widgets)
        return kept

    def active_widget_ids(self, run: ScriptRun) -> set[str]:
        """Widgets whose state survives: a fragment run only cleans up its own widgets."""
        queue = run.fragments.queue
        if not queue:
            return run.widget_ids
        others = {w for w, m in self.session.state.meta.items() if m.fragment_id not in queue}
        return run.widget_ids | others

    # ------------------------------------------------------------------ run_every
    def start_timer(self, fragment_id: str, interval: float) -> None:
        """(Re)start a fragment's ``run_every`` timer; listen to the server clock."""
        self.timers[fragment_id] = [interval, 0.0]
        if self._unsubscribe is None:
            self._unsubscribe = self.session.server.clock.on_advance(self._advance)

    def _keep_timers(self) -> None:
        self.timers = {k: t for k, t in self.timers.items() if k in self.store.records}

    def _advance(self, seconds: float) -> None:
        """The clock moved: fire every timer that comes due, in time order."""
        remaining = seconds
        while self.timers:
            step = min(interval - elapsed for interval, elapsed in self.timers.values())
            if step > remaining:
                break
            remaining -= max(step, 0.0)
            for timer in self.timers.values():
                timer[1] += max(step, 0.0)
            due = [f for f, (interval, elapsed) in self.timers.items() if elapsed >= interval]
            for fid in due:
                self.timers[fid][1] = 0.0
            self._fire(due)
        for timer in self.timers.values():
            timer[1] += remaining

    def _fire(self, due: list[str]) -> None:
        self.due += [f for f in due if f not in self.due]
        if maybe_current_run() is not None:
            return
        driver = self.session.driver
        if driver is not None:
            driver.run()
        else:
            self.session.run(_DEFAULT_TIMEOUT)


def _remove(node: Block) -> None:
    parent = node.parent
    if parent is None:
        return
    kept = [c for c in parent.children.values() if c is not node]
    parent.children = dict(enumerate(kept))
    node.parent = None
