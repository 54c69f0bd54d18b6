"""Configuration options, read like Streamlit reads ``.streamlit/config.toml``.

Options come, lowest priority first, from the defaults, ``.streamlit/config.toml`` in the
working directory, ``.streamlit/config.toml`` beside the app, and the test's overrides.
Nothing is process-global: every server has its own copy.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from types import ModuleType
from typing import Any

DEFAULTS: dict[str, Any] = {
    "runner.enforceSerializableSessionState": False,
    "runner.magicEnabled": True,
    "client.showErrorDetails": "full",
    "global.disableWidgetStateDuplicationWarning": False,
}


def toml_module() -> ModuleType:
    """``tomllib`` (``tomli`` before Python 3.11), imported when a TOML file is read."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    return tomllib


def _flatten(table: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for name, value in table.items():
        if isinstance(value, Mapping):
            flat.update(_flatten(value, f"{prefix}{name}."))
        else:
            flat[f"{prefix}{name}"] = value
    return flat


def read_config_file(path: str) -> dict[str, Any]:
    """The options of one ``config.toml`` (empty if the file does not exist)."""
    try:
        with open(path, "rb") as fh:
            return _flatten(toml_module().load(fh))
    except FileNotFoundError:
        return {}


def load_config(app_dir: str | None, overrides: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Effective options for an app in ``app_dir`` with the test's ``overrides``."""
    config = dict(DEFAULTS)
    config.update(read_config_file(os.path.join(os.getcwd(), ".streamlit", "config.toml")))
    if app_dir is not None:
        config.update(read_config_file(os.path.join(app_dir, ".streamlit", "config.toml")))
    if overrides:
        config.update(overrides)
    return config
