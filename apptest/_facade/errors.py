"""``streamlit.errors`` inside apps: Streamlit's exception classes, from ``apptest.errors``.

The namespace is derived: every class of ``apptest.errors`` in Streamlit's family (a
subclass of ``Error``) is exported under its own name, so a class added there is
importable by apps without being listed again.
"""

from __future__ import annotations

from typing import Any

from apptest import errors as _errors


def _streamlit_classes() -> dict[str, Any]:
    return {
        name: obj
        for name, obj in vars(_errors).items()
        if isinstance(obj, type) and issubclass(obj, _errors.Error)
    }


globals().update(_streamlit_classes())

__all__ = sorted(_streamlit_classes())
