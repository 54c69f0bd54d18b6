"""``streamlit.runtime``: the few runtime internals apps import (``scriptrunner``)."""

from __future__ import annotations

from apptest._facade.runtime import scriptrunner

__all__ = ["exists", "scriptrunner"]


def exists() -> bool:
    """Whether a Streamlit runtime is running: always true inside an apptest run.

    Example:
        >>> exists()
        True
    """
    return True
