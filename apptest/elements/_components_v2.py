"""``st.components.v2.component``: bidirectional components, without their JavaScript.

``component(name, html=..., css=..., js=...)`` returns a renderer. Calling it draws a
``bidi_component`` node (name, ``data``, ``default``, ``html``/``css``/``js``) and returns a
``ComponentResult``: the component's state (``default`` until the frontend sets a value)
plus, for one run, the trigger values of events the frontend fired. State names and
events are the ``on_<name>_change`` callbacks the app passed, as in Streamlit.

A test plays the frontend: ``node.set_state(name=value, ...)`` changes state values
(their ``on_<name>_change`` callbacks run before the next run), ``node.trigger(event,
value)`` fires an event whose value the app sees in the next run only. A keyed
component's state is in ``st.session_state[key]`` (trigger values are not).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from apptest.elements._components import ComponentNode
from apptest.elements._dg import DeltaGenerator
from apptest.elements._widget import WidgetCall, register_widget
from apptest.errors import (
    AppTestError,
    BidiComponentInvalidCallbackNameError,
    BidiComponentInvalidDefaultKeyError,
    StreamlitInvalidParameterTypeError,
)
from apptest.runtime._context import current_run

_cursor = DeltaGenerator()


@dataclass(frozen=True)
class _Sent:
    """What the frontend sent with one interaction: the whole state and fired events."""

    state: dict[str, Any]
    events: dict[str, Any] = field(default_factory=dict)


class ComponentResult(dict[str, Any]):
    """The value of a v2 component: state and trigger values, also as attributes.

    Example:
        >>> ComponentResult({"count": 2}, {"clicked": None}).count
        2
    """

    def __init__(self, state: Mapping[str, Any] | None = None,
                 triggers: Mapping[str, Any] | None = None) -> None:
        super().__init__({**(triggers or {}), **(state or {})})

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError as err:
            raise AttributeError(f"'{type(self).__name__}' object has no attribute '{key}'") from err

    def __setattr__(self, name: str, value: Any) -> None:
        self[name] = value


class BidiComponent(ComponentNode):
    """A ``st.components.v2`` component on the page; ``value`` is its state dict."""

    type = "bidi_component"
    width: Any = "stretch"
    height: Any = "content"

    def __init__(self, name: str, data: Any, default: dict[str, Any] | None,
                 events: list[str], **attrs: Any) -> None:
        self.name = self.component_name = name
        self.data, self.default, self.events = data, default, events
        self.__dict__.update(attrs)

    @property
    def state(self) -> dict[str, Any]:
        """The component's state as the app will see it (staged values included)."""
        value = self.value
        if isinstance(value, _Sent):
            return dict(value.state)
        return dict(value) if isinstance(value, dict) else {}

    def set_state(self, **values: Any) -> BidiComponent:
        """Change state values as the frontend's ``setStateValue`` would.

        Example:
            >>> at.get("bidi_component")[0].set_state(count=3).run()  # doctest: +SKIP
        """
        self._check_names(values)
        self._stage(_Sent({**self.state, **values}))
        return self

    def trigger(self, event: str, value: Any = True) -> BidiComponent:
        """Fire an event as the frontend's ``setTriggerValue`` would (seen for one run).

        Example:
            >>> at.get("bidi_component")[0].trigger("clicked", "ok").run()  # doctest: +SKIP
        """
        self._check_names({event: value})
        self._stage(_Sent(self.state, {event: value}))
        return self

    def set_value(self, v: Any) -> BidiComponent:
        """Replace the whole state with the dict ``v``."""
        if not isinstance(v, Mapping):
            raise AppTestError(f"{self.describe()} state must be a dict, got {v!r}")
        self._check_names(v)
        self._stage(_Sent(dict(v)))
        return self

    def _check_names(self, values: Mapping[str, Any]) -> None:
        unknown = [k for k in values if k not in self.events]
        if unknown:
            raise AppTestError(
                f"Component {self.name!r} has no state or event {unknown[0]!r}: the app "
                f"passed callbacks for {self.events or 'none'} (on_<name>_change)"
            )

    def describe(self) -> str:
        """A short human name for messages."""
        return f"Component {self.name!r}" + (f" (key={self.key!r})" if self.key else "")


def _callbacks(kwargs: dict[str, Any]) -> dict[str, Callable[[], Any]]:
    found: dict[str, Callable[[], Any]] = {}
    for name, value in kwargs.items():
        if not callable(value) or not (name.startswith("on_") and name.endswith("_change")):
            continue
        event = name[3:-7]
        if not event or event == "_":
            raise BidiComponentInvalidCallbackNameError(name)
        found[event] = value
    return found


class _Dispatch:
    """The widget callback: ``on_<name>_change`` for each changed value or fired event."""

    def __init__(self, callbacks: dict[str, Callable[[], Any]]) -> None:
        self.callbacks = callbacks
        #: the widget id and the state the app got, set when the component is drawn
        self.widget_id = ""
        self.before: dict[str, Any] = {}

    def __call__(self) -> None:
        sent = current_run().session.state.new_widget_state.get(self.widget_id)
        if not isinstance(sent, _Sent):
            return
        changed = [k for k in self.callbacks if sent.state.get(k) != self.before.get(k)]
        for name in [*changed, *(e for e in sent.events if e not in changed)]:
            if name in self.callbacks:
                self.callbacks[name]()


class ComponentRenderer:
    """What ``st.components.v2.component`` returns: call it to draw the component."""

    def __init__(self, name: str, html: str | None, css: str | None, js: str | None,
                 isolate_styles: bool) -> None:
        self.name, self.html, self.css, self.js = name, html, css, js
        self.isolate_styles = isolate_styles

    def __call__(self, *, key: Any = None, data: Any = None, default: dict[str, Any] | None = None,
                 width: Any = "stretch", height: Any = "content", **on_callbacks: Any) -> ComponentResult:
        on_callbacks.pop("isolate_styles", None)
        callbacks = _callbacks(on_callbacks)
        for state_key in default or {}:
            if state_key not in callbacks:
                raise BidiComponentInvalidDefaultKeyError(state_key, list(callbacks))
        node = BidiComponent(self.name, data, default, list(callbacks), html=self.html,
                             css=self.css, js=self.js, width=width, height=height,
                             isolate_styles=self.isolate_styles)
        return _mount(node, key, callbacks)


def _mount(node: BidiComponent, key: Any, callbacks: dict[str, Callable[[], Any]]) -> ComponentResult:
    dispatch = _Dispatch(callbacks) if callbacks else None
    call = WidgetCall(
        key=key, default={}, kind="bidi_component", on_change=dispatch,
        id_params={"name": node.name, "data": repr(node.data), "default": repr(node.default),
                   "width": node.width, "height": node.height},
    )
    sent = register_widget(_cursor, node, call)
    events: dict[str, Any] = {}
    if isinstance(sent, _Sent):
        events, sent = sent.events, sent.state
    state = dict(sent) if isinstance(sent, dict) else {}
    for name, value in (node.default or {}).items():
        state.setdefault(name, value)
    current_run().session.state.new_widget_state[node.id] = dict(state)
    node.returned = state
    if dispatch is not None:
        dispatch.widget_id, dispatch.before = node.id, dict(state)
    return ComponentResult(state, {event: events.get(event) for event in callbacks})


def component(name: str, *, html: str | None = None, css: str | None = None,
              js: str | None = None, isolate_styles: bool = True) -> ComponentRenderer:
    """``st.components.v2.component``: declare a component; returns its renderer.

    Example:
        >>> counter = st.components.v2.component("counter", html="<button>+</button>")  # doctest: +SKIP
        >>> result = counter(key="c", default={"count": 0}, on_count_change=lambda: None)  # doctest: +SKIP
    """
    for param, value in (("css", css), ("js", js)):
        if value is not None and not isinstance(value, str):
            raise StreamlitInvalidParameterTypeError(
                param, type(value).__name__, ["str", "None"], detail="Pass a string path or glob."
            )
    return ComponentRenderer(name, html, css, js, isolate_styles)
