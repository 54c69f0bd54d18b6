"""Session state: user values and widget values of one session, as Streamlit keeps them.

The model is Streamlit's own (``streamlit.runtime.state.session_state``), kept in three
layers so that the precedence rules come out the same:

* ``new_session_state``: values the app (or the test) assigned during this run, by key;
* ``new_widget_state``: widget values that arrived with this run's interaction, by id;
* ``old_state``: everything from previous runs, compacted at the start of each run.

A read looks in that order. Widgets are known by an element id (``$$ID-<hash>-<key>``);
a widget with a user key is also reachable through that key.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from apptest.errors import (
    StreamlitAPIException,
    StreamlitValueError,
    UnserializableSessionStateError,
    missing_key_message,
)

ID_PREFIX = "$$ID"
INTERNAL_PREFIX = "$$STREAMLIT_INTERNAL_KEY"

_IMMUTABLE = (str, int, float, bool, type(None), bytes, complex)
_MISSING: Any = object()


def is_element_id(key: Any) -> bool:
    """True for an auto-generated element id (not a user key)."""
    return isinstance(key, str) and key.startswith(ID_PREFIX)


def _is_keyed_element_id(key: Any) -> bool:
    return is_element_id(key) and not key.endswith("-None")


def _is_internal_key(key: Any) -> bool:
    return isinstance(key, str) and key.startswith(INTERNAL_PREFIX)


def check_user_key(key: str) -> None:
    """Streamlit's ``require_valid_user_key``: a key is not empty and not an element id."""
    if key == "":
        raise StreamlitValueError("key", ["a non-empty string"])
    if is_element_id(key):
        raise StreamlitAPIException(
            f"Keys beginning with {ID_PREFIX} are reserved.",
            error_id="reserved-generated-element-id-prefix",
        )


@dataclass(slots=True)
class WidgetMeta:
    """What the session remembers about a widget between runs."""

    id: str
    kind: str
    default: Any
    user_key: Any = None
    callback: Callable[..., Any] | None = None
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    trigger: bool = False
    form_id: str = ""
    disabled: bool = False
    clear_default: Any = None
    #: ``persist_state``: "page", "session" or None; ``page`` is where it registered
    persist_state: str | None = None
    page: str = ""
    #: the fragment that drew the widget ("" outside fragments)
    fragment_id: str = ""

    @property
    def trigger_reset(self) -> Any:
        """The value a trigger widget falls back to after the run that consumed it."""
        return self.default


def _copy(value: Any) -> Any:
    return value if type(value) in _IMMUTABLE else copy.deepcopy(value)


class SessionState:
    """All state of one session (one browser tab)."""

    __slots__ = (
        "id_to_key", "key_to_id", "meta", "new_session_state", "new_widget_state", "old_state",
        "persist_origin", "persist_resets", "persisting", "triggers",
    )

    def __init__(self) -> None:
        self.old_state: dict[Any, Any] = {}
        self.new_session_state: dict[Any, Any] = {}
        self.new_widget_state: dict[str, Any] = {}
        self.meta: dict[str, WidgetMeta] = {}
        #: the trigger widgets (buttons) among ``meta``, reset after the run that used them
        self.triggers: dict[str, WidgetMeta] = {}
        #: whether a widget with ``persist_state`` was ever registered
        self.persisting = False
        self.key_to_id: dict[Any, str] = {}
        self.id_to_key: dict[str, Any] = {}
        #: user key -> page of a "page"-persisted value kept while its widget is unmounted
        self.persist_origin: dict[Any, str] = {}
        #: "page"-persisted widgets whose value was dropped on a page switch
        self.persist_resets: set[str] = set()

    # ------------------------------------------------------------------ lookups
    def widget_id(self, key: Any) -> Any:
        """The widget id a user key maps to, or the key itself."""
        return self.key_to_id.get(key, key)

    def _keys(self) -> set[Any]:
        wid = self.key_to_id.get
        keys = {wid(k, k) for k in self.old_state}
        keys.update(self.new_widget_state)
        keys.update(wid(k, k) for k in self.new_session_state)
        return keys

    def __contains__(self, key: Any) -> bool:
        return self._lookup(key) is not _MISSING

    def __iter__(self) -> Iterator[Any]:
        return iter(self._keys())

    def __len__(self) -> int:
        return len(self._keys())

    def __getitem__(self, key: Any) -> Any:
        value = self._lookup(key)
        if value is _MISSING:
            widget_id = self.key_to_id.get(key, key)
            if widget_id == key:
                key = self.id_to_key.get(widget_id, key)
            raise KeyError(missing_key_message(key))
        return value

    def _lookup(self, key: Any) -> Any:
        """``self[key]``, or ``_MISSING``: a user key's assigned value first, then the
        widget's new value, its old value, and an old value under the user key."""
        widget_id = self.key_to_id.get(key, key)
        if widget_id == key:
            key = self.id_to_key.get(widget_id, key)
        if key is None or widget_id is None:
            try:
                return self._getitem(widget_id, key)
            except KeyError:
                return _MISSING
        if key in self.new_session_state:
            return self.new_session_state[key]
        if widget_id in self.new_widget_state:
            return self.new_widget_state[widget_id]
        old = self.old_state
        if widget_id in old:
            return old[widget_id]
        return old.get(key, _MISSING)

    def _getitem(self, widget_id: Any, user_key: Any) -> Any:
        if user_key is not None and user_key in self.new_session_state:
            return self.new_session_state[user_key]
        if widget_id is not None:
            if widget_id in self.new_widget_state:
                return self.new_widget_state[widget_id]
            if widget_id in self.old_state:
                return self.old_state[widget_id]
        if user_key is not None and user_key in self.old_state:
            return self.old_state[user_key]
        raise KeyError(user_key)

    def __setitem__(self, key: Any, value: Any) -> None:
        self.new_session_state[key] = value

    def __delitem__(self, key: Any) -> None:
        widget_id = self.widget_id(key)
        if key not in self and widget_id not in self:
            raise KeyError(missing_key_message(key))
        self.new_session_state.pop(key, None)
        self.old_state.pop(key, None)
        if key in self.key_to_id:
            self.id_to_key.pop(self.key_to_id.pop(key), None)
        self.new_widget_state.pop(widget_id, None)
        self.old_state.pop(widget_id, None)

    def is_new_state_value(self, key: Any) -> bool:
        """True if the key was assigned during the current run."""
        return key in self.new_session_state

    def filtered_state(self) -> dict[Any, Any]:
        """User-visible state: plain keys and keyed widgets, by user key."""
        state: dict[Any, Any] = {}
        for k in self._keys():
            if _is_internal_key(k):
                continue
            if not is_element_id(k):
                state[k] = self[k]
            elif _is_keyed_element_id(k) and k in self.id_to_key:
                state[self.id_to_key[k]] = self[k]
        return state

    def clear(self) -> None:
        """Forget everything (a closed tab)."""
        for part in (self.old_state, self.new_session_state, self.new_widget_state):
            part.clear()
        self.key_to_id.clear()
        self.id_to_key.clear()
        self.persist_origin.clear()
        self.persist_resets.clear()

    # ------------------------------------------------------------------ run cycle
    def compact(self) -> None:
        """Fold this run's values into ``old_state`` (start of the next run).

        Every key whose value ``self[key]`` may differ from ``old_state[key]`` is
        written: the widget ids with new values, the keys assigned this run (and the
        widgets their user keys name), and widgets whose user key holds an old value.
        """
        nss, nws, old = self.new_session_state, self.new_widget_state, self.old_state
        if not self.key_to_id and not self.id_to_key:
            # no keyed widgets: ids and keys name different values, an assignment wins
            old.update(nws)
            old.update(nss)
            nss.clear()
            nws.clear()
            return
        keys = set(nws)
        k2i = self.key_to_id
        if nss:
            keys.update(k2i.get(k, k) for k in nss)
            keys.update(w for w, u in self.id_to_key.items()
                        if u in nss and (w in old or w in nws))
        keys.update(w for k, w in k2i.items() if k in old)
        for k in keys:
            try:
                old[k] = self[k]
            except KeyError:
                pass
        nss.clear()
        nws.clear()

    def reset_triggers(self) -> None:
        """Buttons and other triggers are only set for one run."""
        nws, old = self.new_widget_state, self.old_state
        for wid, meta in self.triggers.items():
            if wid in nws:
                nws[wid] = meta.default  # a trigger's reset value (``trigger_reset``)
            if wid in old:
                old[wid] = meta.default

    def apply_widget_values(self, values: dict[str, Any]) -> list[str]:
        """Set the values that came with an interaction; return the ids that changed."""
        self.new_widget_state.update(values)
        changed = []
        for wid, value in values.items():
            meta = self.meta.get(wid)
            if meta is None or meta.disabled:
                continue
            if wid not in self.old_state or self.old_state[wid] != value:
                changed.append(wid)
        return changed

    def remove_stale_widgets(self, active: set[str], page: str = "") -> None:
        """Drop the state of widgets that were not rendered in a completed run.

        A keyed widget with ``persist_state`` ("session", or "page" while ``page`` is
        still its page) keeps its value under its user key, so that it comes back
        when the widget is drawn again; a "page" value left on another page is dropped.
        """
        preserved: dict[Any, Any] = {}
        if self.persisting:
            preserved = self._preserved_values(active, page)
            self._drop_left_pages(active, page)
        if not active.issuperset(self.new_widget_state):
            self.new_widget_state = {
                k: v for k, v in self.new_widget_state.items() if k in active
            }
        if any(k not in active and is_element_id(k) for k in self.old_state):
            self.old_state = {
                k: v for k, v in self.old_state.items() if not is_element_id(k) or k in active
            }
        if not preserved and not self.persist_origin and not self.persist_resets:
            return
        self.old_state.update(preserved)
        for key, value in preserved.items():
            wid = self.key_to_id.get(key)
            if wid is not None and wid in active:
                self.new_widget_state[wid] = value
        self.persist_origin = {k: p for k, p in self.persist_origin.items() if k in self.old_state}
        self.persist_resets.intersection_update(self.id_to_key)

    def _preserved_values(self, active: set[str], page: str) -> dict[Any, Any]:
        """The values of unmounted persisting widgets, by user key."""
        preserved: dict[Any, Any] = {}
        for wid in self.old_state:
            meta = self.meta.get(wid)
            key = self.id_to_key.get(wid)
            if wid in active or meta is None or key is None or not meta.persist_state:
                continue
            if meta.persist_state == "page" and meta.page != page:
                continue
            preserved[key] = self._getitem(wid, key)
            if meta.persist_state == "page":
                self.persist_origin[key] = meta.page
            else:
                self.persist_origin.pop(key, None)
        return preserved

    def _drop_left_pages(self, active: set[str], page: str) -> None:
        """A "page"-persisted value does not outlive a switch to another page."""
        for wid, key in self.id_to_key.items():
            meta = self.meta.get(wid)
            if meta is None or meta.persist_state != "page" or meta.page == page:
                continue
            if wid not in active:
                self.persist_resets.add(wid)
                self.old_state.pop(key, None)

    def _track_persistence(self, meta: WidgetMeta) -> None:
        """At registration: drop a "page" value from another page or a left page."""
        key, wid = meta.user_key, meta.id
        if key is None:
            return
        origin = self.persist_origin.pop(key, None)
        reset = wid in self.persist_resets
        self.persist_resets.discard(wid)
        if meta.persist_state == "page" and (reset or (origin is not None and origin != meta.page)):
            self.new_widget_state.pop(wid, None)
            self.old_state.pop(wid, None)
            self.old_state.pop(key, None)

    # ------------------------------------------------------------------ widgets
    def register_widget(self, meta: WidgetMeta) -> Any:
        """Record a widget created in this run and return its current value."""
        wid = meta.id
        self.meta[wid] = meta
        if meta.persist_state:
            self.persisting = True
        if meta.trigger:
            self.triggers[wid] = meta
        elif wid in self.triggers:
            del self.triggers[wid]
        key = meta.user_key
        if key is not None:
            self.key_to_id[key] = wid
            self.id_to_key[wid] = key
        if key is not None and (self.persist_origin or self.persist_resets):
            self._track_persistence(meta)
        nws = self.new_widget_state
        if meta.disabled and wid in nws:
            del nws[wid]
        value = self._lookup(wid)
        if value is _MISSING:
            value = nws[wid] = _copy(meta.default)
        return _copy(value)

    def check_serializable(self) -> None:
        """Raise ``UnserializableSessionStateError`` for the first unpicklable value."""
        import pickle

        for key in self._keys():
            value = self[key]
            try:
                pickle.dumps(value)
            except Exception as exc:
                shown = self.id_to_key.get(key, key)
                raise UnserializableSessionStateError(
                    f"Cannot serialize the value (of type `{type(value)}`) of '{shown}' in "
                    "st.session_state. Streamlit has been configured to use "
                    "[pickle](https://docs.python.org/3/library/pickle.html) to serialize "
                    "session_state values. Please convert the value to a "
                    "pickle-serializable type. To learn more about this behavior, see "
                    "[our docs](https://docs.streamlit.io/knowledge-base/using-streamlit/"
                    "serializable-session-state)."
                ) from exc
