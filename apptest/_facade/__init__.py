"""The ``streamlit`` facade: modules installed in ``sys.modules`` while a script runs."""

from __future__ import annotations

from types import ModuleType


def modules() -> dict[str, ModuleType]:
    """The facade's modules by the name apps import them as."""
    from apptest._facade import _st, column_config, errors

    return {
        "streamlit": _st,
        "streamlit.errors": errors,
        "streamlit.column_config": column_config,
    }
