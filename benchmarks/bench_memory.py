"""Benchmark: memory per live session, apptest vs real ``streamlit.testing.v1.AppTest``.

    python benchmarks/bench_memory.py              # 200 apptest, 50 streamlit sessions
    python benchmarks/bench_memory.py --quick      # 100 and 10
    python benchmarks/bench_memory.py --no-streamlit

Each figure comes from a fresh child interpreter: it imports the harness, warms it up with
a few sessions it then drops, and creates N ``AppTest.from_file(examples/counter.py)``
sessions, each after ``.run()`` and one ``button.click().run()``, all kept referenced.
Two measures, in separate children so one does not disturb the other:

* tracemalloc: Python-heap bytes still allocated after ``gc.collect()``, divided by N;
* RSS: growth of the resident set (``/proc/self/statm``) over the same step, divided by N.

The tracemalloc figure is also taken again after the sessions are dropped and collected:
what is left then is not held by the sessions (caches, one-off resizes of process-wide
tables). For real AppTest with 20 sessions or more, that is mostly a single 1.8 MiB block:
the interned-strings table growing (allocated from pathlib's sys.intern; a step, not a
per-session cost), so "held by the live sessions" is the figure to compare.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import time
import tracemalloc
from typing import Any

from _common import (
    EXAMPLES,
    load_real,
    machine_line,
    row,
    rule,
    streamlit_importable,
    streamlit_version,
)

COUNTER = os.path.join(EXAMPLES, "counter.py")
WARMUP = 3


def rss_bytes() -> int:
    """Resident set size now (Linux), or 0 where ``/proc`` is missing."""
    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def load(impl: str) -> Any:
    if impl == "apptest":
        from apptest import AppTest

        return AppTest
    cls = load_real()
    if cls is None:
        raise SystemExit("streamlit.testing.v1 does not import")
    return cls


def session(AppTest: Any) -> Any:
    at = AppTest.from_file(COUNTER).run()
    at.button[0].click().run()
    return at


def worker(impl: str, sessions: int, method: str) -> dict[str, float]:
    """Runs in the child: bytes per session by ``method`` (tracemalloc or rss).

    ``per_session`` is the growth while the sessions are alive; ``left_behind`` what is
    still allocated once they are dropped and collected (caches, leaks, heap fragments).
    """
    AppTest = load(impl)
    if method == "tracemalloc":
        tracemalloc.start()

    def now() -> int:
        gc.collect()
        return tracemalloc.get_traced_memory()[0] if method == "tracemalloc" else rss_bytes()

    for _ in range(WARMUP):
        session(AppTest)
    before = now()
    t0 = time.perf_counter()
    live = [session(AppTest) for _ in range(sessions)]
    elapsed = time.perf_counter() - t0
    alive = now()
    ok = all(at.session_state["count"] == 1 for at in live)
    del live
    dropped = now()
    return {"per_session": (alive - before) / sessions, "left_behind": (dropped - before) / sessions,
            "seconds": elapsed, "ok": float(ok)}


def child(impl: str, sessions: int, method: str) -> dict[str, float] | None:
    """Run ``worker`` in a fresh interpreter; None (and the error printed) if it failed."""
    cmd = [sys.executable, os.path.abspath(__file__), "--worker", impl,
           "--sessions", str(sessions), "--method", method]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        print(f"WARNING: {impl} {method} failed (exit {proc.returncode}):")
        print("\n".join("  " + line for line in proc.stderr.splitlines()[-15:]))
        return None
    result: dict[str, float] = json.loads(proc.stdout.strip().splitlines()[-1])
    if not result["ok"]:
        print(f"WARNING: {impl}: some sessions do not show count == 1 after the click")
    return result


def kib(value: float | None) -> str:
    return "-" if value is None else f"{round(value / 1024, 1) + 0.0:.1f} KiB"  # no "-0.0"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer sessions")
    parser.add_argument("--no-streamlit", action="store_true", help="measure apptest only")
    parser.add_argument("--sessions", type=int, default=None,
                        help="apptest sessions (default 200, --quick 100); streamlit: 1/4 (1/10)")
    parser.add_argument("--worker", choices=["apptest", "streamlit"], help=argparse.SUPPRESS)
    parser.add_argument("--method", choices=["tracemalloc", "rss"], help=argparse.SUPPRESS)
    opts = parser.parse_args(argv)
    if opts.worker:
        print(json.dumps(worker(opts.worker, opts.sessions, opts.method)))
        return 0

    started = time.perf_counter()
    ours_n = opts.sessions or (100 if opts.quick else 200)
    real_n = max(1, ours_n // (10 if opts.quick else 4))
    have_real = not opts.no_streamlit and streamlit_importable()
    counts = {"apptest": ours_n, **({"streamlit": real_n} if have_real else {})}
    figures = {(impl, method): child(impl, n, method)
               for impl, n in counts.items() for method in ("tracemalloc", "rss")}

    def per(impl: str, method: str, key: str) -> float | None:
        result = figures.get((impl, method))
        if not result:
            return None
        if key == "held":
            return result["per_session"] - result["left_behind"]
        return result[key]

    print(machine_line(streamlit_version() if have_real else "not installed"))
    print(f"live sessions of {os.path.relpath(COUNTER, os.path.dirname(EXAMPLES))} after "
          f".run() and one click + .run(): " + ", ".join(f"{n} {k}" for k, n in counts.items()))
    print()
    widths = (40, 14, 14, 10)
    print(row(["per live session", "apptest", "streamlit", "ratio"], widths))
    print(rule(widths))
    rows = (("Python heap held by the live sessions", "tracemalloc", "held"),
            ("Python heap growth while alive", "tracemalloc", "per_session"),
            ("  of which left once dropped", "tracemalloc", "left_behind"),
            ("RSS growth while alive", "rss", "per_session"))
    for label, method, key in rows:
        ours, theirs = per("apptest", method, key), per("streamlit", method, key)
        share = f"{theirs / ours:.1f}x" if ours and theirs and ours > 512 else "-"
        print(row([label, kib(ours), kib(theirs), share], widths))
    print("held = growth while alive minus what stays allocated once the sessions are dropped and\n"
          "collected. What stays is process-wide (caches, one-off table resizes) and need not\n"
          "scale with the number of sessions: compare runs with a different --sessions.")
    made = [f"{impl} {result['seconds'] / counts[impl] * 1e3:.2f} ms each"
            for impl in counts if (result := figures.get((impl, "rss")))]
    print(f"\ncreating the sessions (rss pass): {', '.join(made)}")
    print(f"total benchmark time: {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
