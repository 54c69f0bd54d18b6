"""Benchmark: apptest vs real ``streamlit.testing.v1.AppTest`` on the guide's counter apps.

Run from anywhere:

    python benchmarks/bench_counter.py            # full run (about 30 s)
    python benchmarks/bench_counter.py --quick    # smaller budgets (about 10 s)

Measures, in one process run:

(a) import time of ``AppTest``: each in fresh interpreters, minus bare interpreter startup;
(b) a fresh ``AppTest.from_file(examples/counter.py).run()``;
(c) ``at.button[0].click().run()`` on the guide's callback counter;
(d) the bare-exec floor: the compiled counter scripts executed with do-nothing ``st`` stubs,
    against apptest's own run of the same script.

Real Streamlit is measured only if ``streamlit.testing.v1`` is importable. Times are printed,
never asserted. See docs/performance.md.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import types
from typing import Any

from _common import (
    ROOT,
    Timing,
    fmt,
    load_real,
    machine_line,
    measure,
    memoize_manifest_scan,
    print_mins,
    ratio,
    row,
    streamlit_importable,
    streamlit_version,
)

# The guide's examples 1 and 2 ("Add Session State", "Session State and Callbacks"), used only
# if the files are missing from examples/.
COUNTER_SRC = """\
import streamlit as st

st.title('Counter Example')
if 'count' not in st.session_state:
    st.session_state.count = 0

increment = st.button('Increment')
if increment:
    st.session_state.count += 1

st.write('Count = ', st.session_state.count)
"""

CALLBACK_SRC = """\
import streamlit as st

st.title('Counter Example using Callbacks')
if 'count' not in st.session_state:
    st.session_state.count = 0


def increment_counter():
    st.session_state.count += 1


st.button('Increment', on_click=increment_counter)

st.write('Count = ', st.session_state.count)
"""


def app_file(relative: str, fallback_source: str, tmpdir: str) -> str:
    """Absolute path of an example app, or of a temp copy of the embedded source."""
    path = os.path.join(ROOT, "examples", relative)
    if os.path.isfile(path):
        return path
    path = os.path.join(tmpdir, os.path.basename(relative))
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(fallback_source)
    return path


# --------------------------------------------------------------------------- timing


def import_time(statement: str, reps: int) -> Timing:
    """Seconds a fresh interpreter spends on ``statement`` beyond bare startup (median, min)."""

    def wall(code: str) -> float:
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return time.perf_counter() - t0

    wall(statement)  # warm the bytecode caches
    bare, full = [], []
    for _ in range(reps):  # interleaved, so drifting machine load hits both alike
        bare.append(wall("pass"))
        full.append(wall(statement))
    base = statistics.median(bare)
    return Timing(statistics.median(full) - base, min(full) - min(bare), reps)


# --------------------------------------------------------------------------- the floor


class _StubState(dict):  # type: ignore[type-arg]
    """A dict with attribute access: just enough ``st.session_state`` for the counters."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name: str, value: Any) -> None:
        self[name] = value


def _stub_streamlit(clicked: bool) -> types.ModuleType:
    st = types.ModuleType("streamlit")

    def nothing(*args: Any, **kwargs: Any) -> None:
        return None

    def button(label: str, key: Any = None, help: Any = None, on_click: Any = None,
               args: Any = None, kwargs: Any = None, **rest: Any) -> bool:
        if clicked and on_click is not None:
            on_click(*(args or ()), **(kwargs or {}))
        return clicked

    st.title = nothing  # type: ignore[attr-defined]
    st.write = nothing  # type: ignore[attr-defined]
    st.button = button  # type: ignore[attr-defined]
    st.session_state = _StubState()  # type: ignore[attr-defined]
    return st


def bare_exec(path: str, budget: float, *, clicked: bool) -> Timing:
    """Time one exec of the compiled script with stub ``st`` functions (fresh globals each)."""
    with open(path, encoding="utf-8") as fh:
        code = compile(fh.read(), path, "exec")
    stub = _stub_streamlit(clicked)
    saved = sys.modules.get("streamlit")
    sys.modules["streamlit"] = stub
    try:
        def run() -> None:
            exec(code, {"__name__": "__main__", "__file__": path})

        return measure(run, budget)
    finally:
        if saved is None:
            sys.modules.pop("streamlit", None)
        else:
            sys.modules["streamlit"] = saved


# --------------------------------------------------------------------------- one implementation


def bench_impl(AppTest: Any, counter: str, callback: str, budget: float) -> dict[str, Timing]:
    """The in-process figures for one AppTest class."""
    at = AppTest.from_file(callback).run()
    at.button[0].click().run()
    if at.session_state["count"] != 1:
        raise SystemExit(f"{AppTest.__module__}: the callback counter did not count")

    def fresh() -> None:
        AppTest.from_file(counter).run()

    def click() -> None:
        at.button[0].click().run()

    rerun_at = AppTest.from_file(counter).run()
    return {
        "fresh": measure(fresh, budget),
        "click": measure(click, budget),
        "rerun": measure(rerun_at.run, budget),
    }


# --------------------------------------------------------------------------- report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller time budgets")
    parser.add_argument("--no-streamlit", action="store_true", help="measure apptest only")
    opts = parser.parse_args(argv)
    budget = 0.7 if opts.quick else 2.5
    import_reps = 3 if opts.quick else 7
    started = time.perf_counter()

    tmpdir = tempfile.mkdtemp(prefix="apptest-bench-")
    counter = app_file("counter.py", COUNTER_SRC, tmpdir)
    callback = app_file("session_state/counter_callback.py", CALLBACK_SRC, tmpdir)

    have_real = not opts.no_streamlit and streamlit_importable()

    imp_ours = import_time("from apptest import AppTest", import_reps)
    imp_real = import_time("from streamlit.testing.v1 import AppTest", import_reps) if have_real else None

    # Floors first, before either implementation touches sys.modules["streamlit"].
    floor_run = bare_exec(counter, budget / 2, clicked=False)
    floor_click = bare_exec(callback, budget / 2, clicked=True)

    from apptest import AppTest as OurAppTest

    ours = bench_impl(OurAppTest, counter, callback, budget)
    real: dict[str, Timing] = {}
    real_memo: Timing | None = None
    RealAppTest = load_real() if have_real else None
    if RealAppTest is not None:
        real = bench_impl(RealAppTest, counter, callback, budget)
        if memoize_manifest_scan():
            real_memo = measure(lambda: RealAppTest.from_file(counter).run(), budget / 2)

    def get(d: dict[str, Timing], k: str) -> float | None:
        return d[k].median if k in d else None

    print(machine_line(streamlit_version() if RealAppTest is not None else "not installed"))
    print(f"apps: {os.path.relpath(counter, ROOT)}, {os.path.relpath(callback, ROOT)}")
    print("median per call (min in the notes below); speed-up = streamlit / apptest\n")
    print(row(["measure", "apptest", "streamlit", "speed-up", "target"]))
    print(row(["-" * 40, "-" * 12, "-" * 12, "-" * 12, "-" * 10]))
    print(row(["(a) import AppTest (fresh interpreter)", fmt(imp_ours.median),
               fmt(imp_real.median if imp_real else None),
               ratio(imp_real.median if imp_real else None, imp_ours.median), ""]))
    print(row(["(b) from_file(counter.py).run(), fresh", fmt(get(ours, "fresh")),
               fmt(get(real, "fresh")), ratio(get(real, "fresh"), get(ours, "fresh")), ">= 100x"]))
    if real_memo is not None:
        print(row(["    same, streamlit manifest scan cached", "", fmt(real_memo.median),
                   ratio(real_memo.median, get(ours, "fresh")), ""]))
    print(row(["(c) click + rerun (counter_callback.py)", fmt(get(ours, "click")),
               fmt(get(real, "click")), ratio(get(real, "click"), get(ours, "click")), ">= 30x"]))
    print(row(["    rerun, no interaction (counter.py)", fmt(get(ours, "rerun")),
               fmt(get(real, "rerun")), ratio(get(real, "rerun"), get(ours, "rerun")), ""]))
    print()
    print(row(["(d) bare-exec floor (stub st)", "floor", "apptest", "apptest/floor", ""]))
    print(row(["-" * 40, "-" * 12, "-" * 12, "-" * 12, ""]))
    print(row(["    counter.py, one run", fmt(floor_run.median), fmt(get(ours, "rerun")),
               ratio(get(ours, "rerun"), floor_run.median), ""]))
    print(row(["    counter_callback.py, click + run", fmt(floor_click.median),
               fmt(get(ours, "click")), ratio(get(ours, "click"), floor_click.median), ""]))
    print()
    print_mins({"apptest": ours, "streamlit": real})
    print(f"import min: apptest {fmt(imp_ours.best)}"
          + (f", streamlit {fmt(imp_real.best)}" if imp_real else "")
          + f" ({import_reps} fresh interpreters each)")
    print(f"floor min: counter.py {fmt(floor_run.best)}, counter_callback.py {fmt(floor_click.best)}")
    print(f"total benchmark time: {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
