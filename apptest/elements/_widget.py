"""What every widget does when the script creates it: identity, policies, state.

Follows Streamlit's ``compute_and_register_element_id`` and ``check_widget_policies``:
the id is a hash of the widget type and the parameters that shape its value (with a
``key``, only those Streamlit keeps in a keyed identity), plus the page, the form and
the root area; duplicates raise Streamlit's errors; a value set through session state
wins over ``value=``.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from apptest.elements._dg import DeltaGenerator
from apptest.errors import (
    StreamlitAPIException,
    StreamlitDuplicateElementId,
    StreamlitDuplicateElementKey,
    StreamlitInvalidFormCallbackError,
    StreamlitValueAssignmentNotAllowedError,
)
from apptest.runtime._context import current_run
from apptest.runtime._state import WidgetMeta
from apptest.tree._nodes import Widget

_LOGGER = logging.getLogger("apptest.policies")


@dataclass
class WidgetCall:
    """The parameters of one widget call that the runtime needs."""

    key: Any = None
    default: Any = None
    #: parameters hashed into the id
    id_params: dict[str, Any] = field(default_factory=dict)
    #: with a key: True keeps only the key; a set keeps those parameters too
    keyed_identity: bool | frozenset[str] = True
    on_change: Callable[..., Any] | str | None = None
    args: tuple[Any, ...] | None = None
    kwargs: dict[str, Any] | None = None
    trigger: bool = False
    writes_allowed: bool = True
    value_given: bool = False
    is_submitter: bool = False
    #: the command name used in ids and messages, when it differs from the node type
    kind: str | None = None


def to_key(key: Any) -> Any:
    """Streamlit's ``to_key``: keys are strings (ints are converted)."""
    return None if key is None else str(key)


def compute_id(kind: str, call: WidgetCall, form_id: str, root: str, page: str) -> str:
    """Streamlit's element id for a widget: ``$$ID-<hash>-<key>``."""
    key = call.key
    ignore_params = key is not None and call.keyed_identity is not False
    if isinstance(call.keyed_identity, frozenset) and key is not None:
        params = {k: v for k, v in call.id_params.items() if k in call.keyed_identity}
    else:
        params = {} if ignore_params else dict(call.id_params)
    params["active_script_hash"] = page
    if not ignore_params:
        params["form_id"] = form_id
        params["active_dg_root_container"] = root
    parts = [kind, str(key) if key else ""]
    for k, v in params.items():
        parts.append(k)
        parts.append(str(v))
    h = hashlib.md5("\x1f".join(parts).encode(), usedforsecurity=False)
    return f"$$ID-{h.hexdigest()}-{key}"


def _check_policies(kind: str, call: WidgetCall, form_id: str) -> None:
    run = current_run()
    if form_id and callable(call.on_change) and not call.is_submitter:
        raise StreamlitInvalidFormCallbackError()
    key = call.key
    state = run.session.state
    if key is None or not state.is_new_state_value(key):
        return
    if not call.writes_allowed:
        raise StreamlitValueAssignmentNotAllowedError(key)
    if call.value_given and not run.session.warned_duplicate_value:
        run.session.warned_duplicate_value = True
        _LOGGER.warning(
            'The widget with key "%s" was created with a default value but also had '
            "its value set via the Session State API.",
            key,
        )


def register_widget(dg: DeltaGenerator, node: Widget, call: WidgetCall) -> Any:
    """Place a widget, give it its id and state, and return its current value."""
    run = current_run()
    block = dg._target(run)
    kind = call.kind or node.type
    call.key = to_key(call.key)
    _check_policies(kind, call, block.form_id)
    wid = compute_id(kind, call, block.form_id, block.root_name, run.session.page_hash)
    if call.key is not None:
        if call.key in run.user_keys:
            raise StreamlitDuplicateElementKey(call.key)
        run.user_keys.add(call.key)
    if wid in run.widget_ids:
        raise StreamlitDuplicateElementId(kind)
    run.widget_ids.add(wid)
    node.id, node.key, node.form_id = wid, call.key, block.form_id
    dg._add(node)
    callback = call.on_change if callable(call.on_change) else None
    meta = WidgetMeta(
        id=wid,
        kind=kind,
        default=call.default,
        user_key=call.key,
        callback=callback,
        args=tuple(call.args or ()),
        kwargs=dict(call.kwargs or {}),
        trigger=call.trigger,
        form_id=block.form_id,
        disabled=node.disabled,
    )
    value = run.session.state.register_widget(meta)
    node.returned = value
    run.widgets[wid] = node
    return value


def check_on_change(on_change: Any, kind: str) -> None:
    """``on_change`` is a callable, ``"rerun"``, ``"ignore"`` or None."""
    if on_change is None or callable(on_change) or on_change in ("rerun", "ignore"):
        return
    raise StreamlitAPIException(
        f"`on_change` for `st.{kind}` must be a callable, 'rerun', 'ignore' or None, "
        f"got {on_change!r}."
    )
