"""Shared helpers for the benchmark scripts: timing, loading real AppTest, table printing.

Not a benchmark itself. Every ``bench_*.py`` script puts this folder on ``sys.path`` (a
script's own folder is there already when it is run as ``python benchmarks/bench_x.py``).
"""

from __future__ import annotations

import gc
import logging
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
APPS = os.path.join(HERE, "apps")
EXAMPLES = os.path.join(ROOT, "examples")

WIDTHS = (40, 12, 12, 12, 10)


# --------------------------------------------------------------------------- timing


@dataclass
class Timing:
    """Per-call seconds: median and min over batches, and how many calls were timed."""

    median: float
    best: float
    calls: int


def measure(fn: Callable[[], Any], budget: float, *, warmup: int = 3, batches: int = 25) -> Timing:
    """Time ``fn`` in ``batches`` equal batches (at least 5) for about ``budget`` seconds.

    Like ``timeit``, the garbage collector is off inside a batch and a collection runs
    between batches (not timed, and the reason batches are few).
    """
    for _ in range(warmup):
        fn()
    t0 = time.perf_counter()
    for _ in range(3):
        fn()
    one = max((time.perf_counter() - t0) / 3, 1e-7)
    per_batch = max(1, int(budget / batches / one))
    batches = max(5, min(batches, int(budget / (one * per_batch))))
    samples = []
    perf = time.perf_counter
    for _ in range(batches):
        gc.collect()
        gc.disable()
        try:
            t0 = perf()
            for _ in range(per_batch):
                fn()
            samples.append((perf() - t0) / per_batch)
        finally:
            gc.enable()
    return Timing(statistics.median(samples), min(samples), batches * per_batch)


# --------------------------------------------------------------------------- real Streamlit


def streamlit_importable() -> bool:
    """Whether ``streamlit.testing.v1`` imports, checked in a child interpreter."""
    return subprocess.run(
        [sys.executable, "-c", "import streamlit.testing.v1"], capture_output=True
    ).returncode == 0


def quiet_streamlit_logs() -> None:
    """Drop real Streamlit's per-instance "missing ScriptRunContext" warning.

    Bare-mode AppTest logs it for every fresh instance, and each run re-reads its config
    (so its log level): filter that one message out instead.
    """
    logging.getLogger("streamlit.runtime.scriptrunner_utils.script_run_context").addFilter(
        lambda record: "missing ScriptRunContext" not in record.getMessage()
    )


def load_real() -> Any:
    """Real ``streamlit.testing.v1.AppTest``, or None if it does not import."""
    try:
        from streamlit.testing.v1 import AppTest
    except ImportError:
        return None
    quiet_streamlit_logs()
    return AppTest


def streamlit_version() -> str:
    try:
        import streamlit
    except ImportError:
        return "not installed"
    return str(streamlit.__version__)


def memoize_manifest_scan() -> bool:
    """Apply the test suite's memoized v2-component manifest scan to real AppTest."""
    sys.path.insert(0, ROOT)
    try:
        from tests._harness import speed_up_real_apptest
    except ImportError:
        return False
    finally:
        sys.path.remove(ROOT)
    speed_up_real_apptest()
    return True


MANIFEST_NOTE = (
    "note: every fresh real AppTest rescans all installed distributions for v2 component\n"
    "manifests (about 90 ms of its ~100 ms first run); tests/_harness.py memoizes that scan."
)


# --------------------------------------------------------------------------- report


def fmt(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.1f} ms"
    return f"{seconds * 1e6:.1f} µs"


def ratio(slow: float | None, fast: float | None) -> str:
    if slow is None or fast is None or fast <= 0:
        return "-"
    return f"{slow / fast:.0f}x" if slow / fast >= 10 else f"{slow / fast:.1f}x"


def row(cells: Sequence[str], widths: Sequence[int] = WIDTHS) -> str:
    return "  ".join(
        c.ljust(w) if i == 0 else c.rjust(w)
        for i, (c, w) in enumerate(zip(cells, widths, strict=True))
    )


def rule(widths: Sequence[int] = WIDTHS) -> str:
    return row(["-" * w for w in widths], widths)


def comparison_row(label: str, ours: Timing | None, real: Timing | None) -> str:
    """``label | apptest | streamlit | speed-up`` for the four-column tables."""
    a = ours.median if ours else None
    b = real.median if real else None
    return row([label, fmt(a), fmt(b), ratio(b, a)], WIDTHS[:4])


def machine_line(version: str) -> str:
    return (f"Python {platform.python_version()} ({platform.python_implementation()}), "
            f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, "
            f"streamlit {version}")


def print_mins(figures: dict[str, dict[str, Timing]]) -> None:
    """One line per implementation with each measure's min and call count."""
    for name, timings in figures.items():
        if timings:
            parts = ", ".join(f"{k} min {fmt(t.best)} ({t.calls} calls)" for k, t in timings.items())
            print(f"{name}: {parts}")
