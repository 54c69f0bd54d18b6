"""Whether a cached function is computing: the open recordings of cached calls.

Every widget asks (Streamlit warns about widgets in cached functions), so this is kept
apart from the recording and replay themselves (``_cache_replay``), which are loaded
with ``st.cache_data`` and ``st.cache_resource``.
"""

from __future__ import annotations

from contextvars import ContextVar
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from apptest.elements._cache_replay import Capture

#: the recordings of the cached calls computing now, innermost last
captures: ContextVar[tuple[Capture, ...]] = ContextVar("apptest_cache_captures", default=())


def in_cached_function() -> bool:
    """Whether a cached function is computing (Streamlit's ``in_cached_function``).

    Example:
        >>> in_cached_function()
        False
    """
    return bool(captures.get())
