"""``bind="query-params"``: a keyed widget that reads and writes the URL.

Follows Streamlit's ``SessionState._handle_query_param_binding``, ``_seed_widget_from_url``
and the URL sync at the end of ``register_widget``:

* on the widget's first appearance (no value from the browser, and no value assigned in
  session state after the first run) the parameter named by its key seeds its value.
  A value the widget cannot take, or its default, removes the parameter; a value the
  widget corrects (clamped, filtered, normalized) is written back corrected;
* a value set through session state is written to the URL; a widget back at its
  default has no parameter;
* the app cannot set or delete a bound parameter (``st.query_params``), and a bound
  widget that leaves the page takes its parameter with it.

A person's edits reach the URL as a browser writes them, before the next run
(``QueryParams.apply_edits``).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from apptest.elements._url_codecs import (
    ARRAY_TYPES,
    Invalid,
    UrlCodec,
    codec_for,
    coerce_for_url,
    to_micros,
)
from apptest.errors import InteractionError
from apptest.runtime._bindings import Binding

if TYPE_CHECKING:
    from apptest.runtime._session import Session
    from apptest.runtime._state import WidgetMeta
    from apptest.tree._nodes import Widget



# --------------------------------------------------------------------------- parsing


def _is_empty(value: str | list[str]) -> bool:
    if isinstance(value, list):
        return len(value) > 0 and all(v == "" for v in value)
    return value == ""


def _non_empty(value: str | list[str]) -> list[str]:
    return [p for p in (value if isinstance(value, list) else [value]) if p != ""]


def _iso_micros(text: str) -> float | None:
    """An ISO date, time or datetime as microseconds since the epoch (slider URLs)."""
    try:
        if "T" in text:
            moment: Any = dt.datetime.fromisoformat(text)
        elif "-" in text:
            moment = dt.date.fromisoformat(text)
        elif ":" in text:
            moment = dt.time.fromisoformat(text)
        else:
            return None
    except ValueError:
        return None
    if getattr(moment, "tzinfo", None) is not None:
        return None
    return to_micros(moment)


def _number_or_text(part: str, convert: Any) -> Any:
    try:
        return convert(part)
    except ValueError:
        if convert is float:
            micros = _iso_micros(part)
            if micros is not None:
                return micros
        return part


def parse_url_param(value: str | list[str], value_type: str) -> Any:
    """Streamlit's ``parse_url_param``: raw URL text -> the widget's wire value.

    Raises:
        ValueError: the text cannot be parsed for this type.

    Example:
        >>> parse_url_param(["1", "x"], "double_array_value"), parse_url_param("TRUE", "bool_value")
        ([1.0, 'x'], True)
    """
    last = value[-1] if isinstance(value, list) else value
    if _is_empty(value):
        if value_type in ARRAY_TYPES:
            return []
        return "" if value_type == "string_value" else None
    if value_type == "bool_value":
        if last.lower() in ("true", "false"):
            return last.lower() == "true"
        raise ValueError(f"Invalid boolean value: {last}")
    if value_type == "int_value":
        return _number_or_text(last, int)
    if value_type == "double_value":
        return float(last)
    if value_type == "string_array_value":
        return _non_empty(value)
    if value_type in ("double_array_value", "int_array_value"):
        convert = float if value_type == "double_array_value" else int
        return [_number_or_text(p, convert) for p in _non_empty(value)]
    return last


def _sanitize(parsed: list[str], codec: UrlCodec) -> list[str] | None:
    """Drop unknown options and duplicates, cut to the maximum; None if nothing changed."""
    result = parsed
    if codec.options is not None:
        result = [v for v in result if v in codec.options]
    if not codec.allow_duplicates:
        result = list(dict.fromkeys(result))
    if codec.max_length and len(result) > codec.max_length:
        result = result[: codec.max_length]
    return result if result != parsed else None


# --------------------------------------------------------------------------- seeding


def _decode(node: Widget, codec: UrlCodec, parsed: Any, default: Any) -> Any:
    """The widget value a parsed URL value stands for (the default if it cannot be)."""
    try:
        return node.check_value(codec.decode(parsed))
    except (Invalid, InteractionError):
        return default


def _seed(session: Session, node: Widget, codec: UrlCodec, meta: WidgetMeta,
          url_value: str | list[str]) -> bool:
    """Seed a widget from its URL value; True when the URL decided its value."""
    params, key, default = session.query_params, meta.user_key, meta.default
    if _is_empty(url_value) and not codec.clearable:
        params.remove_param(key)
        return False
    try:
        parsed = parse_url_param(url_value, codec.value_type)
        sanitized = None
        if codec.options is not None and codec.value_type == "string_value" and (
            isinstance(parsed, str) and parsed not in codec.options
        ):
            raise Invalid(parsed)
        if codec.value_type == "string_array_value" and isinstance(parsed, list):
            sanitized = _sanitize(parsed, codec)
            if sanitized is not None and not sanitized:
                raise Invalid(parsed)
        value = _decode(node, codec, parsed if sanitized is None else sanitized, default)
        if value == default or (isinstance(value, list) and not value and parsed):
            raise Invalid(parsed)
    except (ValueError, TypeError, IndexError):
        params.remove_param(key)
        return False
    state = session.state
    state.new_widget_state[meta.id] = value
    state.new_session_state[key] = value
    if codec.url(value) != coerce_for_url(parsed, codec.value_type):
        params.set_param(key, codec.url(value))
    return True


def bind_before(session: Session, node: Widget, meta: WidgetMeta) -> bool:
    """Bind the widget and seed it from the URL if it may be; True if the URL decided."""
    key, wid, state = meta.user_key, meta.id, session.state
    codec = codec_for(node, meta.default)
    if codec is None:
        return False
    session.query_params.bind_widget(Binding(wid, key, codec.url, meta.default))
    # a bound widget keeps its value while it is off the page, whatever its persist_state
    meta.persist_state = "session"
    if wid in state.new_widget_state and not meta.disabled:
        return False
    if wid in state.old_state and key in state.new_session_state:
        return False
    url_value = session.query_params.initial_value(key)
    return url_value is not None and _seed(session, node, codec, meta, url_value)


def bind_after(session: Session, meta: WidgetMeta, value: Any, resolved: bool) -> None:
    """Keep the URL in step with the widget's value once it is known."""
    params, key, state = session.query_params, meta.user_key, session.state
    binding = params.binding_for(meta.id)
    if binding is None:
        return
    programmatic = key in state.new_session_state and not resolved and (
        meta.id in state.old_state or key in state.old_state
    )
    if value != meta.default:
        if key in state.old_state and not params.has_param(key) and (
            key not in state.new_session_state
        ):
            params.set_param(key, binding.encode(value))
        elif programmatic and params.get_param(key) != binding.encode(value):
            params.set_param(key, binding.encode(value))
    elif programmatic:
        params.remove_param(key)
