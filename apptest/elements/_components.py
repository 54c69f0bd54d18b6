"""``streamlit.components.v1``: custom components, ``html`` and ``iframe``.

No component frontend runs. A declared component's call draws a ``component_instance``
node carrying the component's name and the arguments the app passed, and returns the
value the frontend last sent: ``default`` until the test sets one with
``at.component("my_component")[0].set_value(...)`` (or through ``at.session_state`` for a
keyed component, which mirrors ``st.session_state[key]``). A new value runs the
component's ``on_change`` callback before the next run, as a widget's does.

``html`` and ``iframe`` draw the ``iframe`` node of ``st.iframe`` (``srcdoc`` or ``src``,
``height`` 150 unless given), as Streamlit does.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, ClassVar

from apptest.elements._dg import DeltaGenerator
from apptest.elements._media import Iframe
from apptest.elements._widget import WidgetCall, check_on_change, register_widget
from apptest.errors import (
    MarshallComponentException,
    StreamlitAPIException,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
)
from apptest.runtime._context import maybe_current_run
from apptest.tree._lists import WidgetList
from apptest.tree._nodes import Widget, register_collection

if TYPE_CHECKING:
    from pathlib import Path

_cursor = DeltaGenerator()


class ComponentList(WidgetList[Any]):
    """``at.component``: component nodes; ``at.component("name")`` keeps one component's.

    Example:
        >>> at.component("my_component")[0].set_value(42).run()  # doctest: +SKIP
        >>> at.component(key="picker").value  # doctest: +SKIP
    """

    def __call__(self, name: Any = None, **criteria: Any) -> Any:  # type: ignore[override]
        if name is None:
            return super().__call__(**criteria)
        return ComponentList([n for n in self if n.matches_name(name)], kind=self._kind,
                             scope=self._scope)


class ComponentNode(Widget):
    """Base of the custom component nodes (v1 ``component_instance``, v2 ``bidi_component``)."""

    list_class: ClassVar[type] = ComponentList
    label: Any = None  # components have no label (real AppTest: none either)
    #: the name the app declared (``"my_component"``)
    name: str = ""
    #: the full name Streamlit gives it (``"<module>.my_component"`` for v1)
    component_name: str = ""

    def matches_name(self, name: str) -> bool:
        """Whether ``name`` is this component's declared or full name."""
        return name in (self.name, self.component_name)


register_collection("component", ComponentNode)


class ComponentInstance(ComponentNode):
    """A ``components.v1.declare_component`` component on the page.

    ``args`` holds the keyword arguments the app passed (not ``key`` and ``default``),
    ``default`` the default; ``value`` is what the frontend sent (None until the test
    sets it), ``returned`` what the app got.
    """

    type = "component_instance"

    def __init__(self, name: str, component_name: str, url: str | None, path: str | None,
                 args: dict[str, Any], default: Any, tab_index: int | None) -> None:
        self.name, self.component_name = name, component_name
        self.url, self.path = url, path
        self.args, self.default, self.tab_index = args, default, tab_index


def _module_name(globals_: dict[str, Any]) -> str:
    """Streamlit's component module name: the caller's module, or the script's file name."""
    module_name = str(globals_.get("__name__", "__main__"))
    if module_name == "__main__":
        filename = os.path.basename(str(globals_.get("__file__", "__main__")))
        module_name = os.path.splitext(filename)[0]
    return module_name


def _check_tab_index(tab_index: Any) -> None:
    if tab_index is None:
        return
    if isinstance(tab_index, bool) or not isinstance(tab_index, int):
        raise StreamlitInvalidParameterTypeError("tab_index", type(tab_index).__name__, ["int"])
    if tab_index < -1:
        raise StreamlitValueError("tab_index", ["None", "-1", "a non-negative integer"])


def _is_special(value: Any) -> bool:
    """Bytes and data frames travel outside the JSON arguments, as in Streamlit."""
    return isinstance(value, (bytes, bytearray, memoryview)) or (
        hasattr(value, "shape") and hasattr(value, "columns")
    )


def _json_args(args: dict[str, Any]) -> str:
    import json

    plain = {k: v for k, v in args.items() if not _is_special(v)}
    try:
        return json.dumps(plain)
    except Exception as ex:
        raise MarshallComponentException("Could not convert component args to JSON", ex) from ex


class CustomComponent:
    """What ``declare_component`` returns: call it to draw an instance.

    Example:
        >>> rating = components.declare_component("rating", url="http://localhost:3001")  # doctest: +SKIP
        >>> stars = rating(max_stars=5, key="stars", default=0)  # doctest: +SKIP
    """

    def __init__(self, name: str, module_name: str, path: str | None, url: str | None) -> None:
        if path is None and url is None:
            raise StreamlitAPIException(
                "Either 'path' or 'url' must be set.",
                error_id="custom-component-path-or-url-required",
            )
        self.short_name = name
        self.name = f"{module_name}.{name}"
        self.module_name, self.path, self.url = module_name, path, url

    def __call__(self, *args: Any, default: Any = None, key: str | None = None,
                 on_change: Any = None, tab_index: int | None = None, **kwargs: Any) -> Any:
        return self.create_instance(*args, default=default, key=key, on_change=on_change,
                                    tab_index=tab_index, **kwargs)

    def create_instance(self, *args: Any, default: Any = None, key: str | None = None,
                        on_change: Any = None, tab_index: int | None = None,
                        **kwargs: Any) -> Any:
        """Draw the component; returns the frontend's value, or ``default``."""
        if args:
            raise MarshallComponentException(f"Argument '{args[0]}' needs a label")
        check_on_change(on_change, modes=())
        _check_tab_index(tab_index)
        json_args = _json_args(dict(kwargs, default=default, key=key))
        node = self._node_class()(self.short_name, self.name, self.url, self.path,
                                  dict(kwargs), default, tab_index)
        call = WidgetCall(
            key=key, default=None, kind="component_instance", on_change=on_change,
            id_params={"name": self.name, "url": self.url, "json_args": json_args},
            keyed_identity=frozenset({"name", "url"}),
        )
        value = register_widget(_cursor, node, call)
        return default if value is None else value

    def _node_class(self) -> type[ComponentInstance]:
        """``ComponentInstance``, or the node class a plugin registered for this component."""
        run = maybe_current_run()
        custom = run.session.server.plugins.elements.components if run is not None else None
        if not custom:
            return ComponentInstance
        return custom.get(self.name) or custom.get(self.short_name) or ComponentInstance

    def __eq__(self, other: object) -> bool:
        return isinstance(other, CustomComponent) and (
            (self.name, self.path, self.url) == (other.name, other.path, other.url)
        )

    __hash__ = object.__hash__

    def __str__(self) -> str:
        return f"'{self.name}': {self.path if self.path is not None else self.url}"


def declare_component(name: str, path: str | Path | None = None,
                      url: str | None = None) -> CustomComponent:
    """``components.v1.declare_component``: a component the app can call.

    Example:
        >>> my_component = components.declare_component("my_component", path="frontend/build")  # doctest: +SKIP
    """
    import sys

    caller = sys._getframe(1)
    module_name = _module_name(caller.f_globals)
    if not url:
        run = maybe_current_run()
        base = run.session.server.config.get("server.customComponentBaseUrlPath") if run else None
        if base:
            url = f"{base}/{module_name}.{name}/"
    return CustomComponent(name, module_name, None if path is None else str(path), url)


def html(html: str, width: int | None = None, height: int | None = None,
         scrolling: bool = False, *, tab_index: int | None = None) -> DeltaGenerator:
    """``components.v1.html``: HTML in an iframe (an ``iframe`` node with ``srcdoc``).

    Example:
        >>> components.html("<b>hi</b>", height=100)  # doctest: +SKIP
    """
    _check_tab_index(tab_index)
    node = Iframe("", html, width=width if width is not None else "stretch",
                  height=height if height is not None else 150, scrolling=scrolling,
                  tab_index=tab_index)
    return _cursor._add(node)


def iframe(src: str, width: int | None = None, height: int | None = None,
           scrolling: bool = False, *, tab_index: int | None = None) -> DeltaGenerator:
    """``components.v1.iframe``: a URL in an iframe (an ``iframe`` node with ``src``).

    Example:
        >>> components.iframe("https://example.com", height=200)  # doctest: +SKIP
    """
    _check_tab_index(tab_index)
    node = Iframe(src, "", width=width if width is not None else "stretch",
                  height=height if height is not None else 150, scrolling=scrolling,
                  tab_index=tab_index)
    return _cursor._add(node)
