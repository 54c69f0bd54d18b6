"""Containers that open and close: expander, popover and tabs.

An expander, a popover or a set of tabs *tracks its state* when given
``on_change="rerun"`` or a callback (expander and tabs also with ``bind="query-params"``).
It is then a widget as well as a block: whether it is open (a bool) or which tab is active
(the tab's label) is a widget value, mirrored in ``st.session_state[key]`` when keyed,
and the returned container's ``.open`` says whether it is open. Without that, being open
is browser-local state Streamlit never learns: ``.open`` is None and nothing can be set.

A test opens one as a click would, running ``on_change``: ``at.expander[0].expand()``,
``at.get("popover")[0].open()``, ``at.tabs[1].select()``. On a container that does not
track its state these raise ``InteractionError`` (the app could not see the change).
Its contents are in the tree whether it is open or not, as in ``streamlit.testing.v1``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from apptest.elements._dg import DeltaGenerator, element
from apptest.elements._layout_params import (
    EXPANDABLE_TYPES,
    check_choice,
    check_height,
    check_layout_width,
    icon_text,
    register_block_key,
)
from apptest.elements._options import reset_value
from apptest.elements._widget import WidgetCall, check_on_change, register_widget
from apptest.errors import (
    InteractionError,
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)
from apptest.runtime._context import current_run
from apptest.tree._nodes import Block, Widget


class _StatefulBlock(Block, Widget):
    """A container whose open state is a widget value when it tracks it (``id`` set)."""

    def __init__(self, label: str = "") -> None:
        Block.__init__(self)
        self.label = label

    @property
    def value(self) -> Any:
        """The open state (or active tab label); None when the container does not track it."""
        return super().value if self.id else None

    def check_value(self, v: Any) -> Any:
        """Only a container that tracks its state can be changed by a test."""
        if not self.id:
            raise InteractionError(
                f"{self.describe()} does not track its state (on_change='ignore'), so the app "
                "cannot see it change; give it on_change='rerun' or a callback"
            )
        return self._check(v)

    def _check(self, v: Any) -> Any:
        if not isinstance(v, bool):
            raise InteractionError(f"{self.describe()} accepts True or False, got {v!r}")
        return v


class Expander(_StatefulBlock, collection="expander"):
    """``st.expander``: ``label``, ``icon``; ``value`` is whether it is open (if tracked)."""

    type = "expander"
    icon: str = ""

    def expand(self) -> Expander:
        """Open the expander for the next run, as a click would (runs ``on_change``).

        Example:
            >>> at.expander[0].expand().run()  # doctest: +SKIP
        """
        return self.set_value(True)

    def collapse(self) -> Expander:
        """Close the expander for the next run, as a click would (runs ``on_change``).

        Example:
            >>> at.expander(key="details").collapse().run()  # doctest: +SKIP
        """
        return self.set_value(False)


class Popover(_StatefulBlock):
    """``st.popover`` (``at.get("popover")``); ``value`` is whether it is open (if tracked)."""

    type = "popover"
    icon: str = ""

    def open(self) -> Popover:
        """Open the popover for the next run, as a click on its button would.

        Example:
            >>> at.get("popover")[0].open().run()  # doctest: +SKIP
        """
        return self.set_value(True)

    def close(self) -> Popover:
        """Close the popover for the next run, as a click outside it would.

        Example:
            >>> at.get_by_key("menu").close().run()  # doctest: +SKIP
        """
        return self.set_value(False)


class Tabs(_StatefulBlock):
    """The ``tab_container`` block of ``st.tabs``; ``value`` is the active tab's label."""

    type = "tab_container"

    def __init__(self, labels: list[str]) -> None:
        super().__init__()
        self.labels = labels

    def select(self, label: str) -> Tabs:
        """Make the tab with this label active for the next run (runs ``on_change``).

        Example:
            >>> at.get("tab_container")[0].select("Settings").run()  # doctest: +SKIP
        """
        return self.set_value(label)

    def _check(self, v: Any) -> Any:
        if v not in self.labels:
            raise InteractionError(f"{self.describe()} accepts one of {self.labels}, got {v!r}")
        return v


class Tab(Block, collection="tabs"):
    """One tab of ``st.tabs`` (``at.tabs``): ``label``."""

    type = "tab"

    def __init__(self, label: str) -> None:
        super().__init__()
        self.label = label

    def select(self) -> Tab:
        """Make this tab the active one for the next run, as a click would.

        Example:
            >>> at.tabs[1].select().run()  # doctest: +SKIP
        """
        tabs = self.parent
        if not isinstance(tabs, Tabs):
            raise InteractionError(f"Tab {self.label!r} is not in a tab container")
        tabs.select(self.label)
        return self


class _OpenContainer(DeltaGenerator):
    """A container with Streamlit's ``.open``: True/False when tracked, else None."""

    __slots__ = ("open",)

    def __init__(self, block: Block, open: bool | None) -> None:
        super().__init__(block=block)
        self.open = open


class ExpanderContainer(_OpenContainer):
    """What ``st.expander`` returns."""

    __slots__ = ()


class PopoverContainer(_OpenContainer):
    """What ``st.popover`` returns."""

    __slots__ = ()


class TabContainer(_OpenContainer):
    """What ``st.tabs`` returns for each tab."""

    __slots__ = ()


def _check_bind(bind: Any) -> None:
    if bind is not None and bind != "query-params":
        raise StreamlitValueError("bind", ["'query-params'", "None"])


def _place(
    dg: DeltaGenerator,
    node: _StatefulBlock,
    call: WidgetCall,
    stateful: bool,
    key_params: dict[str, Any],
) -> Any:
    """Put the container on the page; returns its state (None when it does not track it)."""
    if not stateful:
        node.key = register_block_key(call.kind or node.type, dg, call.key, key_params)
        dg._add_block(node)
        return None
    callback = call.on_change if callable(call.on_change) else None
    if callback is None:
        call.args = call.kwargs = None
    node.root_name = dg._target(current_run()).root_name
    return register_widget(dg, node, call)


# --------------------------------------------------------------------------- expander


@element
def expander(
    self: DeltaGenerator,
    label: str,
    expanded: bool = False,
    *,
    key: Any = None,
    icon: str | None = None,
    type: str = "default",
    width: Any = "stretch",
    on_change: Callable[..., Any] | str = "ignore",
    args: tuple[Any, ...] | None = None,
    kwargs: dict[str, Any] | None = None,
    bind: str | None = None,
) -> ExpanderContainer:
    """``st.expander``: a collapsible container; stateful with ``on_change`` or ``bind``."""
    if label is None:
        raise StreamlitMissingRequiredParameterError("label")
    check_on_change(on_change, none_ok=False)
    check_choice("type", type, EXPANDABLE_TYPES, detail=False)
    _check_bind(bind)
    stateful = on_change != "ignore" or bind == "query-params"
    node = Expander(label)
    params = {"label": label, "expanded": expanded, "icon": icon, "width": width, "type": type}
    call = WidgetCall(
        key=key, default=expanded, id_params=params, keyed_identity=False, on_change=on_change,
        args=args, kwargs=kwargs, kind="expander", bind=bind,
    )
    node.icon = icon_text(icon)
    check_layout_width(width, allow_content=False)
    return ExpanderContainer(node, _place(self, node, call, stateful, {"type": type}))


# --------------------------------------------------------------------------- popover


@element
def popover(
    self: DeltaGenerator,
    label: str,
    *,
    type: str = "secondary",
    help: str | None = None,
    icon: str | None = None,
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: Any = "content",
    wrap: bool | None = None,
    key: Any = None,
    on_change: Callable[..., Any] | str = "ignore",
    args: tuple[Any, ...] | None = None,
    kwargs: dict[str, Any] | None = None,
) -> PopoverContainer:
    """``st.popover``: a button that opens a container; stateful with ``on_change``."""
    if label is None:
        raise StreamlitMissingRequiredParameterError("label")
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    check_choice("type", type, ("primary", "secondary", "tertiary"), detail=False)
    check_on_change(on_change, none_ok=False)
    node = Popover(label)
    node.help, node.disabled = ("" if help is None else str(help)), disabled
    params = {
        "label": label, "type": type, "help": help, "icon": icon, "disabled": disabled,
        "width": width,
    }
    call = WidgetCall(
        key=key, default=False, id_params=params, keyed_identity=False, on_change=on_change,
        args=args, kwargs=kwargs, kind="popover",
    )
    node.icon = icon_text(icon)
    check_layout_width(width, allow_content=True)
    return PopoverContainer(node, _place(self, node, call, on_change != "ignore", {}))


# --------------------------------------------------------------------------- tabs


def _check_tabs(tabs: Sequence[Any], default: Any) -> None:
    if not tabs:
        raise StreamlitMissingRequiredParameterError("tabs", detail="Provide at least one tab label.")
    if default and default not in tabs:
        raise StreamlitValueError(
            "default", ["a tab label from `tabs`"], detail=f"`{default}` is not in the list of tabs."
        )
    for tab in tabs:
        if not isinstance(tab, str):
            raise StreamlitInvalidParameterTypeError(
                "tabs", type(tab).__name__, ["a string for each tab label"]
            )


def _check_bound_labels(tabs: Sequence[str], bind: Any) -> None:
    if bind != "query-params":
        return
    if any(not label for label in tabs):
        raise StreamlitValueError(
            "tabs", ["non-empty labels"], detail="Tab labels must be non-empty when bind='query-params'."
        )
    if len(set(tabs)) != len(tabs):
        raise StreamlitValueError(
            "tabs", ["unique labels"], detail="Tab labels must be unique when bind='query-params'."
        )


@element
def tabs(
    self: DeltaGenerator,
    tabs: Sequence[str],
    *,
    width: Any = "stretch",
    height: Any = "content",
    default: str | None = None,
    key: Any = None,
    on_change: Callable[..., Any] | str = "ignore",
    args: tuple[Any, ...] | None = None,
    kwargs: dict[str, Any] | None = None,
    bind: str | None = None,
) -> tuple[TabContainer, ...]:
    """``st.tabs``: one container per label; stateful (active label) with ``on_change``."""
    _check_tabs(tabs, default)
    check_on_change(on_change, none_ok=False)
    _check_bind(bind)
    _check_bound_labels(tabs, bind)
    labels = list(tabs)
    default_label = labels[labels.index(default) if default else 0]
    stateful = on_change != "ignore" or bind == "query-params"
    node = Tabs(labels)
    params = {"tabs": tuple(labels), "width": width, "height": height, "default": default}
    call = WidgetCall(
        key=key, default=default_label, id_params=params, keyed_identity=False,
        on_change=on_change, args=args, kwargs=kwargs, kind="tabs", bind=bind,
    )
    check_layout_width(width, allow_content=False)
    check_height(height)
    active = _place(self, node, call, stateful, {})
    if stateful and active not in labels:
        active = default_label
        reset_value(node.key, default_label)
    container = DeltaGenerator(block=node)
    return tuple(
        TabContainer(_add_tab(container, label), (label == active) if stateful else None)
        for label in labels
    )


def _add_tab(container: DeltaGenerator, label: str) -> Block:
    tab = Tab(label)
    container._add_block(tab)
    return tab
