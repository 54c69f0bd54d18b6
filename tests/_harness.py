"""Select the AppTest implementation under test.

``APPTEST_ORACLE=streamlit`` runs the suites against real ``streamlit.testing.v1.AppTest``
(the oracle); otherwise they run against ``apptest.AppTest``.
"""

from __future__ import annotations

import functools
import os
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from streamlit.testing.v1 import AppTest

ORACLE = os.environ.get("APPTEST_ORACLE", "").strip().lower() == "streamlit"


def speed_up_real_apptest() -> None:
    """Make fresh real ``AppTest`` instances cheap (about 100 ms -> 5 ms for the first run).

    On its first run every real ``AppTest`` scans all installed distributions for v2 component
    manifests. The installed packages do not change during a test session, so the scan is
    memoized. Behaviour is unchanged; a Streamlit without this scanner is left alone.
    """
    try:
        from streamlit.components.v2 import manifest_scanner
    except ImportError:
        return
    scan = manifest_scanner.scan_component_manifests
    if getattr(scan, "_apptest_memoized", False):
        return
    cached = functools.lru_cache(maxsize=None)(lambda: tuple(scan()))

    def memoized_scan(max_workers: int | None = None) -> list:
        return list(cached())

    memoized_scan._apptest_memoized = True  # type: ignore[attr-defined]
    manifest_scanner.scan_component_manifests = memoized_scan


def _load_apptest() -> type:
    if ORACLE:
        from streamlit.testing.v1 import AppTest

        speed_up_real_apptest()
    else:
        from apptest import AppTest  # type: ignore[no-redef]
    return AppTest


def __getattr__(name: str) -> Any:
    # ``AppTest`` is resolved on first use (PEP 562), so helpers such as ``exc_type`` and the
    # real-Streamlit-only oracle self-check stay importable while ``apptest`` is unfinished.
    # ``from tests._harness import AppTest`` still fails loudly if ``apptest`` is missing.
    if name == "AppTest":
        cls = _load_apptest()
        globals()["AppTest"] = cls
        return cls
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["ORACLE", "AppTest", "exc_type", "speed_up_real_apptest"]


def exc_type(node: Any) -> str:
    """Short class name of the exception shown by an Exception node.

    Real Streamlit stores it in ``node.proto.type``: plain for builtins (``"KeyError"``), fully
    qualified for Streamlit's own errors (``"streamlit.errors.StreamlitAPIException"``).
    Only the last dotted component is returned.
    """
    name = node.proto.type
    return str(name).rsplit(".", 1)[-1]
