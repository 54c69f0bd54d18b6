"""What every widget does when the script creates it: identity, policies, state.

Follows Streamlit's ``compute_and_register_element_id`` and ``check_widget_policies``:
the id is a hash of the widget type and the parameters that shape its value (with a
``key``, only those Streamlit keeps in a keyed identity), plus the page, the form and
the root area; duplicates raise Streamlit's errors; a value set through session state
wins over ``value=``.

The parameters every widget shares are checked here too, in Streamlit's order: the
``key`` (``to_key``: ints become strings; not empty, not ``$$ID...``), the label and
``label_visibility``, then (after the id) ``width``, ``bind`` and ``persist_state``.
``on_change`` is checked first of all, by each widget function (``check_on_change``).
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import chain
from typing import Any

from apptest._digest import md5
from apptest._lazy import LazyLogger
from apptest.elements._cache_scope import in_cached_function
from apptest.elements._dg import DeltaGenerator
from apptest.errors import (
    CachedWidgetWarning,
    StreamlitAPIException,
    StreamlitDuplicateElementId,
    StreamlitDuplicateElementKey,
    StreamlitInvalidFormCallbackError,
    StreamlitInvalidWidthError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueAssignmentNotAllowedError,
    StreamlitValueError,
    StreamlitValueOutOfRangeError,
)
from apptest.runtime._context import current_run
from apptest.runtime._query_params import check_bindable
from apptest.runtime._state import WidgetMeta, check_user_key
from apptest.tree._nodes import Widget

_LOGGER = LazyLogger("apptest.policies")

#: ``label_visibility`` of a widget that has no such parameter (buttons, feedback, ...)
NO_LABEL_VISIBILITY: Any = object()

#: the widgets whose ``width`` may also be ``"content"`` (Streamlit's ``allow_content_width``)
CONTENT_WIDTH_KINDS = frozenset({
    "button", "form_submit_button", "download_button", "link_button", "menu_button",
    "checkbox", "toggle", "radio", "pills", "segmented_control", "color_picker", "feedback",
    "pagination", "dataframe", "data_editor", "popover", "container", "chat_message",
})
_UINT32_MAX = 2**32 - 1
_NO_WIDTH: Any = object()
_ON_CHANGE_MODES = ("rerun", "ignore")


@dataclass(slots=True)
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
    #: the widget's ``label_visibility`` argument, checked as Streamlit does
    label_visibility: Any = NO_LABEL_VISIBILITY
    #: ``bind="query-params"``: the widget reads and writes the query parameter named by its key
    bind: Any = None
    #: ``persist_state``: "page", "session" or None (keyed widgets only)
    persist_state: Any = None


def to_key(key: Any) -> Any:
    """Streamlit's ``to_key``: keys are strings (ints are converted)."""
    return None if key is None else str(key)


#: the ids computed so far, by the text that is hashed (md5 is the costly part)
_IDS: dict[str, str] = {}
_IDS_LIMIT = 50_000


def compute_id(kind: str, call: WidgetCall, form_id: str, root: str, page: str) -> str:
    """Streamlit's element id for a widget: ``$$ID-<hash>-<key>``.

    The hashed text names the kind, the key and each identity parameter with its value:
    with a key, only the parameters in a keyed identity (and the page); without one, all
    of them, then the page, the form and the root area.
    """
    key = call.key
    keyed = call.keyed_identity
    if key is None or keyed is False:
        params = call.id_params
        tail: tuple[str, ...] = (
            "active_script_hash", page, "form_id", form_id, "active_dg_root_container", root
        )
    else:
        params = {k: v for k, v in call.id_params.items() if k in keyed} \
            if isinstance(keyed, frozenset) else {}
        tail = ("active_script_hash", page)
    parts = [kind, str(key) if key else ""]
    parts += chain.from_iterable(zip(params, map(str, params.values()), strict=True))
    parts += tail
    text = "\x1f".join(parts)
    wid = _IDS.get(text)
    if wid is None:
        h = md5(text.encode(), usedforsecurity=False)
        wid = f"$$ID-{h.hexdigest()}-{key}"
        if len(_IDS) >= _IDS_LIMIT:
            _IDS.clear()
        _IDS[text] = wid
    return wid


def _check_policies(run: Any, call: WidgetCall, form_id: str) -> None:
    if in_cached_function():
        warning = CachedWidgetWarning()
        _LOGGER.warning("%s", warning)
        DeltaGenerator().exception(warning)  # type: ignore[attr-defined]
    if form_id and call.on_change is not None and callable(call.on_change) \
            and not call.is_submitter:
        raise StreamlitInvalidFormCallbackError()
    key = call.key
    if key is None:
        return
    check_user_key(key)
    if key not in run.session.state.new_session_state:
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


def check_label(node: Widget, label_visibility: Any) -> None:
    """Streamlit's ``maybe_raise_label_warnings``: warn on an empty label, check visibility."""
    if label_visibility is NO_LABEL_VISIBILITY:
        return
    if not node.label:
        _LOGGER.warning(
            "`label` got an empty value. This is discouraged for accessibility reasons and "
            "may be disallowed in the future by raising an exception. Please provide a "
            "non-empty label and hide it with label_visibility if needed."
        )
    if label_visibility not in ("visible", "hidden", "collapsed"):
        raise StreamlitValueError("label_visibility", ["'visible'", "'hidden'", "'collapsed'"])
    node.label_visibility = label_visibility


def check_width(width: Any, kind: str) -> None:
    """Streamlit's ``validate_width``: a positive int, ``"stretch"`` or (some) ``"content"``.

    Example:
        >>> check_width(200, "slider"), check_width("content", "checkbox")
        (None, None)
    """
    if type(width) is str and width == "stretch":
        return
    allow_content = kind in CONTENT_WIDTH_KINDS
    if not isinstance(width, (int, str)):
        raise StreamlitInvalidWidthError(width, allow_content)
    if isinstance(width, str):
        if width != "stretch" and not (allow_content and width == "content"):
            raise StreamlitInvalidWidthError(width, allow_content)
    elif width <= 0:
        raise StreamlitInvalidWidthError(width, allow_content)
    elif width > _UINT32_MAX:
        raise StreamlitValueOutOfRangeError("width", width, 1, _UINT32_MAX)


def _check_binding(call: WidgetCall) -> None:
    """``bind`` and ``persist_state`` take one of their values, and need a key."""
    if call.bind is None and call.persist_state is None:
        return
    if call.bind is not None and call.bind != "query-params":
        raise StreamlitValueError("bind", ["'query-params'", "None"])
    if call.bind is not None and call.key is None:
        raise StreamlitMissingRequiredParameterError(
            "key",
            detail="When using bind='query-params', the widget must have a unique 'key' "
            "parameter specified. This 'key' will be used as the name of the query parameter.",
        )
    if call.bind is not None:
        check_bindable(call.key)
    if call.persist_state is None:
        return
    if not isinstance(call.persist_state, str) or call.persist_state not in ("page", "session"):
        raise StreamlitValueError("persist_state", ["'page'", "'session'", "None"])
    if call.key is None:
        raise StreamlitMissingRequiredParameterError(
            "key",
            detail="When using persist_state, the widget must have a unique 'key' parameter "
            "specified so its value can be preserved across reruns and page switches.",
        )


def _show_common(node: Widget) -> None:
    """``help`` and ``placeholder`` as ``streamlit.testing`` shows them: text, "" if unset."""
    help_text = node.help
    node.help = "" if help_text is None else dedent(str(help_text))
    if "placeholder" in vars(node):
        placeholder = node.placeholder  # type: ignore[attr-defined]
        node.placeholder = "" if placeholder is None else str(placeholder)  # type: ignore[attr-defined]


def dedent(text: str) -> str:
    """``textwrap.dedent``, with no work for one line that does not start with a space.

    Example:
        >>> dedent("Age"), dedent("  indented")
        ('Age', 'indented')
    """
    if "\n" not in text and not text[:1].isspace():
        return text  # what dedent would return
    return textwrap.dedent(text)


def _place(run: Any, block: Any, node: Widget, call: WidgetCall, kind: str) -> str:
    """Check the common parameters, give the widget its id and put it on the page."""
    key = call.key = to_key(call.key)
    form_id = block.form_id
    _check_policies(run, call, form_id)
    check_label(node, call.label_visibility)
    wid = compute_id(kind, call, form_id, block.root_name, run.session.active_script_hash)
    if key is not None:
        if key in run.user_keys:
            raise StreamlitDuplicateElementKey(key)
        run.user_keys.add(key)
    if wid in run.widget_ids:
        raise StreamlitDuplicateElementId(kind)
    run.widget_ids.add(wid)
    width = call.id_params.get("width", _NO_WIDTH)
    if width is not _NO_WIDTH and not (
        type(width) is str and width == "content" and kind in CONTENT_WIDTH_KINDS
    ):
        check_width(width, kind)
    _check_binding(call)
    _show_common(node)
    node.id, node.key, node.form_id = wid, key, form_id
    return wid


def register_widget(dg: DeltaGenerator, node: Widget, call: WidgetCall) -> Any:
    """Place a widget, give it its id and state, and return its current value."""
    run = current_run()
    block = dg._target(run)
    kind = call.kind or node.type
    wid = _place(run, block, node, call, kind)
    dg._add_in(run, block, node)
    on_change = call.on_change
    meta = WidgetMeta(
        wid,
        kind,
        call.default,
        call.key,
        on_change if on_change is not None and callable(on_change) else None,
        tuple(call.args) if call.args else (),
        dict(call.kwargs) if call.kwargs else {},
        call.trigger,
        block.form_id,
        node.disabled,
        None,
        call.persist_state,
        run.session.page_hash,
        run.fragments.current if run.fragments is not None else "",
    )
    value = _register_bound(run.session, node, call, meta)
    node.returned = value
    run.widgets[wid] = node
    return value


def _register_bound(session: Any, node: Widget, call: WidgetCall, meta: WidgetMeta) -> Any:
    """Register the widget's state; a ``bind="query-params"`` widget also syncs the URL."""
    if call.bind != "query-params":
        if call.key is not None:
            session.query_params.unbind_widget(meta.id, clear=True)
        return session.state.register_widget(meta)
    from apptest.elements._url_binding import bind_after, bind_before

    resolved = bind_before(session, node, meta)
    value = session.state.register_widget(meta)
    bind_after(session, meta, value, resolved)
    return value


def check_on_change(
    on_change: Any,
    *,
    param_name: str = "on_change",
    modes: tuple[str, ...] = _ON_CHANGE_MODES,
    none_ok: bool = True,
) -> None:
    """Streamlit's ``validate_on_change_mode``: a callable, one of ``modes``, or None.

    ``"ignore"`` only tells a browser not to rerun the app when the value changes; the
    value is sent with the next rerun. A test always runs the app explicitly, so an
    ``"ignore"`` widget's new value is applied by the next ``run()``, as in AppTest.

    Example:
        >>> check_on_change("ignore"), check_on_change(print, param_name="on_click", modes=())
        (None, None)
    """
    if (on_change is None and none_ok) or callable(on_change):
        return
    if isinstance(on_change, str) and on_change in _ON_CHANGE_MODES:
        if on_change in modes:
            return
        raise StreamlitAPIException(
            f'`{param_name}="{on_change}"` is not supported on this widget. '
            f"Pass a callback, or omit `{param_name}`.",
            error_id="unsupported-on-change-mode",
        )
    valid = [*(repr(m) for m in modes), "a callback function"]
    raise StreamlitValueError(param_name, valid)
