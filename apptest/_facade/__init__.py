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
        **_component_modules(),
        **_runtime_modules(),
    }


def _runtime_modules() -> dict[str, ModuleType]:
    from apptest._facade import runtime

    return {
        "streamlit.runtime": runtime,
        "streamlit.runtime.scriptrunner": runtime.scriptrunner,
    }


def _component_modules() -> dict[str, ModuleType]:
    from apptest._facade import components

    return {
        "streamlit.components": components,
        "streamlit.components.v1": components.v1,
        "streamlit.components.v2": components.v2,
    }
