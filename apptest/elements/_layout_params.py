"""Parameter checks and helpers shared by the layout containers (``_layout``, ``_expandable``).

They follow ``streamlit/elements/lib/layout_utils.py``: the same accepted values, the same
errors and messages. ``register_block_key`` gives a keyed container its identity the way
Streamlit's ``compute_and_register_element_id`` does for non-widget elements, so a key used
twice (by two containers, or by a container and a widget) raises Streamlit's error.
"""

from __future__ import annotations

from collections.abc import Sequence
from numbers import Integral
from typing import Any

from apptest.elements._dg import DeltaGenerator
from apptest.elements._widget import WidgetCall, check_width, compute_id, to_key
from apptest.errors import (
    StreamlitDuplicateElementId,
    StreamlitDuplicateElementKey,
    StreamlitInvalidHeightError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
    StreamlitValueOutOfRangeError,
)
from apptest.runtime._context import current_run

UINT32_MAX = 2**32 - 1
GAP_SIZES = ("xxsmall", "xsmall", "small", "medium", "large", "xlarge", "xxlarge")
_GAP_VALUES = [*(f"'{g}'" for g in GAP_SIZES), "None", "a non-negative integer (pixels)"]
HORIZONTAL_ALIGNMENTS = ("left", "center", "right", "distribute")
VERTICAL_ALIGNMENTS = ("top", "center", "bottom", "distribute")
#: the ``type`` of ``st.expander`` and ``st.status``
EXPANDABLE_TYPES = ("default", "compact", "step")


def is_int(value: object) -> bool:
    """Streamlit's ``is_int``: a real integer, not a bool.

    Example:
        >>> is_int(3), is_int(True), is_int(2.0)
        (True, False, False)
    """
    return isinstance(value, Integral) and not isinstance(value, bool)


def check_uint32(parameter: str, value: int, *, min_value: int = 1) -> None:
    """Streamlit's ``validate_uint32_max``: pixel and span values fit a protobuf uint32."""
    if value < min_value or value > UINT32_MAX:
        raise StreamlitValueOutOfRangeError(parameter, value, min_value, UINT32_MAX)


def gap_value(gap: Any, *, parameter: str = "gap", detail: str | None = None) -> str | int | None:
    """Streamlit's ``get_gap_config``: a gap name (lower case), pixels, or None.

    Example:
        >>> gap_value("LARGE"), gap_value(8), gap_value(None)
        ('large', 8, None)
    """
    if isinstance(gap, int) and not isinstance(gap, bool) and gap >= 0:
        check_uint32(parameter, gap, min_value=0)
        return gap
    if gap is None:
        return None
    if isinstance(gap, str) and gap.lower() in GAP_SIZES:
        return gap.lower()
    raise StreamlitValueError(
        parameter, _GAP_VALUES, detail=f"Got {gap!r}." if detail is None else detail
    )


def check_height(height: Any, *, allow_content: bool = True) -> None:
    """Streamlit's ``validate_height``: a positive int, ``"stretch"`` or ``"content"``."""
    valid = ("stretch", "content") if allow_content else ("stretch",)
    if isinstance(height, str):
        ok = height in valid
    else:
        ok = isinstance(height, int) and height > 0
    if not ok:
        raise StreamlitInvalidHeightError(height, allow_content)
    if isinstance(height, int):
        check_uint32("height", height)


def check_layout_width(width: Any, *, allow_content: bool) -> None:
    """Streamlit's ``validate_width`` for a container."""
    check_width(width, "container" if allow_content else "expander")


def check_choice(parameter: str, value: Any, choices: Sequence[str], *, detail: bool = True) -> None:
    """A value from a fixed set, else Streamlit's ``StreamlitValueError`` (``Got ...``)."""
    if value not in choices:
        raise StreamlitValueError(
            parameter, [f"'{c}'" for c in choices], detail=f"Got {value!r}." if detail else None
        )


def check_wrap(wrap: Any) -> None:
    """Streamlit's ``validate_wrap``: strictly a bool."""
    if not isinstance(wrap, bool):
        raise StreamlitValueError("wrap", ["True", "False"])


def check_bool(parameter: str, value: Any) -> None:
    """Streamlit's ``validate_bool_arg``."""
    if not isinstance(value, bool):
        raise StreamlitInvalidParameterTypeError(parameter, type(value).__name__, ["bool"])


def icon_text(icon: Any) -> str:
    """An icon as the tree shows it: ``""`` when there is none (not validated further)."""
    if icon is None:
        return ""
    if not isinstance(icon, str):
        raise StreamlitInvalidParameterTypeError("icon", type(icon).__name__, ["str", "None"])
    return icon.strip()


def register_block_key(
    kind: str, dg: DeltaGenerator, key: Any, params: dict[str, Any] | None = None
) -> str | None:
    """Give a keyed, stateless container its id and claim its key for this run.

    ``params`` None: the id is the key alone (``st.container``, ``st.grid``); otherwise
    the key plus ``params``, the form and the root area (``st.expander``, ``st.tabs``...).
    Returns None without a key.
    """
    key = to_key(key)
    if not key:
        return None
    run = current_run()
    block = dg._target(run)
    call = WidgetCall(key=key, id_params=params or {}, keyed_identity=params is None)
    wid = compute_id(kind, call, block.form_id, block.root_name, run.session.active_script_hash)
    if key in run.user_keys:
        raise StreamlitDuplicateElementKey(key)
    run.user_keys.add(key)
    if wid in run.widget_ids:
        raise StreamlitDuplicateElementId(kind)
    run.widget_ids.add(wid)
    return key
