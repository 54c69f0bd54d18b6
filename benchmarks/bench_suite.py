"""Benchmark: wall time of a generated pytest suite of the examples, apptest vs real AppTest.

    python benchmarks/bench_suite.py                   # 1,000 tests per suite (a few minutes)
    python benchmarks/bench_suite.py --streamlit-xdist # also streamlit with -n 2
    python benchmarks/bench_suite.py --quick           # 200 tests, fewer variants
    python benchmarks/bench_suite.py --suite-size 500 --no-streamlit

The suite is written to a temporary directory: the same tests, spread over seven apps from
``examples/`` (the Session State guide's counters and form, the slider mirror, the todo app),
each doing ``from_file(...).run()``, an interaction + rerun, and an assertion. It is written
twice, once importing ``from apptest import AppTest`` and once
``from streamlit.testing.v1 import AppTest``, and each is run as
``python -m pytest -q -p no:cacheprovider <dir>`` in a subprocess, timing the wall clock
(interpreter start, imports and collection included). A suite of as many trivial tests gives
pytest's own share. With pytest-xdist, the trivial and apptest suites also run with ``-n 2``;
``--streamlit-xdist`` adds the streamlit suite with ``-n 2`` (about two more minutes at
1,000 tests), and ``--memoized`` a streamlit run with the v2-component manifest scan
memoized as in ``tests/_harness.py``.

How xdist scales is measured apart, with apptest at ``-n 0`` and ``-n 2``: an almost empty
suite (one trivial test, run three times, median) gives the fixed cost of starting and
stopping the workers; the trivial suite beyond it pytest's (and xdist's) cost per test; and
two suites of real app work show the speed-up when there is work to share: "heavy", as many
tests each making a fresh AppTest of ``benchmarks/apps/form50.py`` and submitting the form
once (~5 ms), and "heavier", a fifth as many submitting it 20 times (~50 ms). Besides the
wall clock, each run's CPU time (pytest and its workers, from ``getrusage``) is recorded:
``2 * CPU(-n 0) / CPU(-n 2)`` bounds the speed-up on two idle CPUs whatever the load.

Timings on a busy machine mean little, so the load average is printed at the start and the
end, and each run shows the CPU time other processes used meanwhile (from ``/proc/stat``);
if the 1-minute load is above ``--max-load`` (1.5) at the start, the script waits for it to
fall, up to ``--load-wait`` seconds (300), then measures anyway.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass

from _common import (
    EXAMPLES,
    MANIFEST_NOTE,
    ROOT,
    fmt,
    machine_line,
    ratio,
    row,
    rule,
    streamlit_importable,
    streamlit_version,
)

IMPORTS = {
    "apptest": "from apptest import AppTest",
    "streamlit": "from streamlit.testing.v1 import AppTest",
    "trivial": "",
}

FORM50 = os.path.join(os.path.dirname(os.path.abspath(__file__)), "apps", "form50.py")

# The heavy suites' one test each: real app work. "heavy" (as many tests as the other
# suites, ~5 ms of CPU each with apptest): a fresh 50-widget form, one text input changed,
# the form submitted and all 50 values rendered again. "heavier" (a fifth as many tests,
# ~50 ms each): the same with 20 submits.
HEAVY_BODIES = {
    "heavy": f"""\
    at = AppTest.from_file({FORM50!r}).run()
    at.text_input[0].input(f"x{{i}}")
    at.button[0].click().run()
    assert at.text[0].value == f"text_0 = 'x{{i}}'"
    assert at.session_state["submissions"] == 1
""",
    "heavier": f"""\
    at = AppTest.from_file({FORM50!r}).run()
    for k in range(20):
        at.text_input[0].input(f"x{{i}}-{{k}}")
        at.number_input[1].set_value(k)
        at.button[0].click().run()
    assert at.text[0].value == f"text_0 = 'x{{i}}-19'"
    assert at.text[6].value == "number_1 = 19"
    assert at.session_state["submissions"] == 20
""",
}
HEAVIER_SHARE = 5  # the heavier suite holds size // 5 tests


# One test body per app: ``i`` is the parametrized index, ``E`` the examples folder.
BODIES = {
    "counter": """\
    at = AppTest.from_file(E + "/counter.py").run()
    at.button[0].click().run()
    assert at.markdown[0].value == "Count =  `1`"
""",
    "callback": """\
    at = AppTest.from_file(E + "/session_state/counter_callback.py").run()
    at.button[0].click().run()
    at.button[0].click().run()
    assert at.session_state["count"] == 2
""",
    "callback_args": """\
    at = AppTest.from_file(E + "/session_state/counter_callback_args.py").run()
    at.number_input[0].set_value(i % 7 + 1).run()
    at.button[0].click().run()
    assert at.session_state["count"] == i % 7 + 1
""",
    "callback_kwargs": """\
    at = AppTest.from_file(E + "/session_state/counter_callback_kwargs.py").run()
    at.button[0].click().run()
    at.button[1].click().run()
    assert at.markdown[0].value == "Count =  `4`"
""",
    "form": """\
    at = AppTest.from_file(E + "/session_state/counter_form.py").run()
    at.number_input[0].set_value(i % 5 + 1)
    at.button[0].click().run()
    assert at.markdown[0].value == f"Current Count =  `{i % 5 + 1}`"
""",
    "slider": """\
    at = AppTest.from_file(E + "/session_state/widget_mirror_slider.py").run()
    at.slider[0].set_value(float(i % 50)).run()
    assert at.markdown[0].value == f"`{float(i % 50)}`"
""",
    "todo": """\
    at = AppTest.from_file(E + "/todo/app.py").run()
    at.text_input[0].input(f"task {i}")
    at.button[0].click().run()
    at.checkbox[0].check().run()
    assert [c.label for c in at.checkbox] == [f"task {i}"]
    assert at.caption[0].value == "0 of 1 left"
""",
}

MEMO_CONFTEST = f"""\
import sys

sys.path.insert(0, {ROOT!r})
from tests._harness import speed_up_real_apptest

speed_up_real_apptest()
"""


def write_suite(directory: str, impl: str, size: int, *, memoized: bool = False) -> None:
    """``size`` tests over ``len(BODIES)`` files, parametrized by ``i``.

    ``impl`` "heavy" or "heavier" writes ``size`` tests of that body in one file, "empty"
    a single trivial test.
    """
    os.makedirs(directory)
    if impl in ("heavy", "heavier", "empty"):
        head = "" if impl == "empty" else IMPORTS["apptest"]
        body = HEAVY_BODIES.get(impl, "    assert i >= 0\n")
        src = (f"import pytest\n{head}\n\n\n"
               f"@pytest.mark.parametrize('i', range({size}))\n"
               f"def test_{impl}(i: int) -> None:\n{body}")
        with open(os.path.join(directory, f"test_{impl}.py"), "w", encoding="utf-8") as fh:
            fh.write(src)
        return
    per_file, extra = divmod(size, len(BODIES))
    for n, (name, body) in enumerate(BODIES.items()):
        count = per_file + (n < extra)
        if impl == "trivial":
            body = "    assert i >= 0\n"
        src = (f"import pytest\n{IMPORTS[impl]}\n\nE = {EXAMPLES!r}\n\n\n"
               f"@pytest.mark.parametrize('i', range({count}))\n"
               f"def test_{name}(i: int) -> None:\n{body}")
        with open(os.path.join(directory, f"test_{name}.py"), "w", encoding="utf-8") as fh:
            fh.write(src)
    if memoized:
        with open(os.path.join(directory, "conftest.py"), "w", encoding="utf-8") as fh:
            fh.write(MEMO_CONFTEST)


@dataclass
class SuiteRun:
    wall: float
    passed: int
    failed: int
    summary: str
    tests: int
    cpu: float | None  # CPU seconds of pytest and its workers
    others: float | None  # CPUs' worth of time used by other processes during the run


def load_average() -> tuple[float, float, float] | None:
    getloadavg = getattr(os, "getloadavg", None)
    try:
        return getloadavg() if getloadavg else None
    except OSError:
        return None


def load_line(when: str) -> str:
    load = load_average()
    if load is None:
        return f"load average at {when}: unavailable"
    return (f"load average at {when}: {load[0]:.2f}, {load[1]:.2f}, {load[2]:.2f} "
            f"(1, 5, 15 min; {os.cpu_count()} CPUs)")


def wait_for_quiet(max_load: float, wait: float) -> None:
    """Wait up to ``wait`` seconds for the 1-minute load average to fall to ``max_load``."""
    load = load_average()
    if load is None or load[0] <= max_load or wait <= 0:
        return
    print(f"1-minute load {load[0]:.2f} > {max_load}: waiting up to {wait:.0f} s "
          "for the machine to quiet down", flush=True)
    deadline = time.monotonic() + wait
    said = time.monotonic()
    while time.monotonic() < deadline:
        load = load_average()
        if load is None or load[0] <= max_load:
            break
        if time.monotonic() - said >= 60:
            print(f"  still {load[0]:.2f}", flush=True)
            said = time.monotonic()
        time.sleep(min(10.0, max(0.0, deadline - time.monotonic())))
    load = load_average()
    if load and load[0] > max_load:
        print(f"WARNING: load still {load[0]:.2f} after {wait:.0f} s; measuring anyway, "
              "the timings below are unreliable", flush=True)
    else:
        print(load_line("end of wait"), flush=True)


def busy_cpu_seconds() -> float | None:
    """CPU seconds spent not idle by the whole machine since boot (Linux ``/proc/stat``)."""
    try:
        with open("/proc/stat", encoding="ascii") as fh:
            fields = [int(x) for x in fh.readline().split()[1:9]]
    except (OSError, ValueError):
        return None
    user, nice, system, _idle, _iowait, irq, softirq, steal = fields
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def children_cpu_seconds() -> float | None:
    """CPU seconds of this process's finished children and their finished descendants."""
    try:
        import resource
    except ImportError:
        return None
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_once(directory: str, workers: int) -> SuiteRun:
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", directory]
    if workers:
        cmd[4:4] = ["-n", str(workers)]
    busy0, ours0 = busy_cpu_seconds(), children_cpu_seconds()
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=directory, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    busy1, ours1 = busy_cpu_seconds(), children_cpu_seconds()
    cpu = others = None
    if ours0 is not None and ours1 is not None:
        cpu = ours1 - ours0
        if busy0 is not None and busy1 is not None:
            others = max(0.0, (busy1 - busy0) - cpu) / wall
    lines = proc.stdout.strip().splitlines()
    summary = lines[-1] if lines else proc.stderr.strip()[-300:]
    passed = int(m.group(1)) if (m := re.search(r"(\d+) passed", summary)) else 0
    failed = int(m.group(1)) if (m := re.search(r"(\d+) (failed|error)", summary)) else 0
    if proc.returncode != 0:
        print(f"WARNING: {os.path.basename(directory)} -n {workers}: exit {proc.returncode}")
        print("\n".join("  " + line for line in proc.stdout.splitlines()[-25:]))
    return SuiteRun(wall, passed, failed, summary, 0, cpu, others)


def run_suite(directory: str, workers: int, tests: int, repeats: int = 1) -> SuiteRun:
    """The run of median wall time out of ``repeats``."""
    runs = sorted((run_once(directory, workers) for _ in range(repeats)), key=lambda r: r.wall)
    res = runs[len(runs) // 2]
    res.tests = tests
    return res


def suite_shape(suite: str, size: int) -> tuple[int, int]:
    """(tests the suite holds, runs to take the median of): the 1-test suite is repeated
    because its wall time is short and the start-up figures are derived from it."""
    if suite == "empty":
        return 1, 3
    if suite == "heavier":
        return max(1, size // HEAVIER_SHARE), 1
    return size, 1


def plan(opts: argparse.Namespace, have_real: bool, have_xdist: bool) -> list[tuple[str, str, int]]:
    """(label, suite, workers) in running order; ``-n 0`` and ``-n 2`` of a suite side by side."""
    ns = (0, 2) if have_xdist else (0,)
    runs = [("pytest alone: 1 trivial test", "empty", n) for n in ns]
    runs += [("pytest alone: trivial tests", "trivial", n) for n in ns]
    runs += [("apptest", "apptest", n) for n in ns]
    runs += [("apptest heavy: form50, 1 submit", "heavy", n) for n in ns]
    runs += [("apptest heavier: form50, 20 submits", "heavier", n) for n in ns]
    if have_real:
        runs.append(("streamlit", "streamlit", 0))
        if have_xdist and opts.streamlit_xdist:
            runs.append(("streamlit", "streamlit", 2))
        if opts.memoized:
            runs.append(("streamlit, manifest scan memoized", "streamlit_memo", 0))
    return runs


def report(size: int, results: dict[tuple[str, int], tuple[str, SuiteRun]]) -> None:
    widths = (36, 3, 8, 9, 10, 10, 8, 7)
    print(row(["suite", "-n", "wall", "per test", "passed", "vs apptest", "CPU", "others"],
              widths))
    print(rule(widths))
    ours = results.get(("apptest", 0))
    for (suite, workers), (label, res) in results.items():
        same_n = results.get(("apptest", workers), ours)
        versus = ratio(res.wall, same_n[1].wall) if same_n and suite.startswith("streamlit") else ""
        others = "-" if res.others is None else f"{res.others:.2f}"
        print(row([label, str(workers), fmt(res.wall), fmt(res.wall / res.tests),
                   f"{res.passed}/{res.tests}", versus, fmt(res.cpu), others], widths))
    print("(CPU: CPU time of pytest and its workers; others: CPUs' worth of time other processes\n"
          " used during the run, from /proc/stat, which a 2-CPU machine cannot spare; the 1-test\n"
          " suite's row is the median of 3 runs)")
    print()
    for suite in ("trivial", "apptest", "heavy", "heavier", "streamlit"):
        if (suite, 0) in results and (suite, 2) in results:
            one, two = results[(suite, 0)][1].wall, results[(suite, 2)][1].wall
            name = {"trivial": "pytest alone (trivial tests)",
                    "heavy": "apptest heavy (form50, 1 submit)",
                    "heavier": "apptest heavier (form50, 20 submits)"}.get(suite, suite)
            print(f"xdist -n 2 speed-up, {name}: {ratio(one, two)} ({fmt(one)} -> {fmt(two)})")
    trivial = results.get(("trivial", 0))
    if trivial and ours:
        extra = ours[1].wall - trivial[1].wall
        print(f"apptest beyond pytest alone: {sfmt(extra)} ({sfmt(extra / size)} per test)")
    if ("streamlit", 0) in results and trivial:
        extra = results[("streamlit", 0)][1].wall - trivial[1].wall
        print(f"streamlit beyond pytest alone: {sfmt(extra)} ({sfmt(extra / size)} per test)")
    scaling({key: res for key, (_label, res) in results.items()})
    busy = [res.others for (_suite, n), (_label, res) in results.items()
            if n == 2 and res.others is not None]
    if busy and max(busy) > 0.25:
        print(f"WARNING: other processes used {min(busy):.2f}-{max(busy):.2f} CPUs during the -n 2 "
              "runs, so the 2 workers\nhad less than 2 CPUs: the -n 2 walls and the measured "
              "and model speed-ups understate\nxdist; the CPU bound hardly depends on the load.")


def sfmt(seconds: float) -> str:
    """``fmt`` for a difference, which noise can make negative."""
    return "-" + fmt(-seconds) if seconds < 0 else fmt(seconds)


def scaling(res: dict[tuple[str, int], SuiteRun]) -> None:
    """Split the apptest runs into start-up, pytest's cost per test and app work per test.

    Model, for wall time and for CPU time alike: T(-n k) = start_k + tests * (per_k + work_k)
    with start_k the 1-test suite's time, per_k the trivial suite's time per test beyond it,
    and work_k the rest per test. On wall time the app work should halve at -n 2; on CPU
    time it should stay the same. Two speed-up estimates for -n 2 follow:

    * model: -n 0 wall over start2 + tests * (per2 + work0 / 2), the wall -n 2 would take
      if the workers shared the app work perfectly;
    * CPU bound: 2 * CPU(-n 0) / CPU(-n 2), the most -n 2 can gain on 2 idle CPUs, where
      the -n 0 wall is about its CPU time and the -n 2 wall at least half of its own.

    Per test, with a = per0 + start0 / tests and b = per2 + start2 / tests, the model's
    speed-up is 2 (a + w) / (2 b + w) for app work w, reaching s at w = 2 (s b - a) / (2 - s);
    the CPU bound (CPU a, b) is 2 (a + w) / (b + w), reaching s at w = (s b - 2 a) / (2 - s).
    """
    if any((s, n) not in res for s in ("empty", "trivial") for n in (0, 2)):
        return
    size = res[("trivial", 0)].tests
    if size < 2:
        return
    have_cpu = all(r.cpu is not None for r in res.values())

    def split(measure: str) -> dict[str, tuple[float, float]]:
        """Per -n 0 / -n 2: start-up, pytest per test, and each apptest suite's work."""
        t = {key: float(getattr(r, measure)) for key, r in res.items()}
        start = (t[("empty", 0)], t[("empty", 2)])
        per = ((t[("trivial", 0)] - start[0]) / (size - 1),
               (t[("trivial", 2)] - start[1]) / (size - 1))
        out = {"start": start, "per": per}
        for suite in ("apptest", "heavy", "heavier"):
            if (suite, 0) in res and (suite, 2) in res:
                tests = res[(suite, 0)].tests
                out[suite] = ((t[(suite, 0)] - start[0]) / tests - per[0],
                              (t[(suite, 2)] - start[1]) / tests - per[1])
        return out

    wall = split("wall")
    cpu = split("cpu") if have_cpu else {}
    print()
    print("xdist scaling, apptest at -n 0 and -n 2; time = start-up + tests * (pytest per test "
          "+ app work per test)")
    widths = (36, 9, 9, 9, 9)
    print("  " + row(["", "wall -n0", "wall -n2", "CPU -n0", "CPU -n2"], widths))
    print("  " + rule(widths))
    names = {"start": "start-up (1-test suite)", "per": "pytest per trivial test",
             "apptest": "app work per test, apptest suite", "heavy": "app work per test, heavy",
             "heavier": "app work per test, heavier"}
    for key, (w0, w2) in wall.items():
        c0, c2 = cpu.get(key, (None, None))
        print("  " + row([names[key], sfmt(w0), sfmt(w2),
                          "-" if c0 is None else sfmt(c0), "-" if c2 is None else sfmt(c2)],
                         widths))
    (s0, s2), (p0, p2) = wall["start"], wall["per"]
    line = (f"  xdist costs {sfmt(s2 - s0)} of wall time to start and stop 2 workers and "
            f"{sfmt(p2 - p0)} per test")
    if cpu:
        (cs0, cs2), (cp0, cp2) = cpu["start"], cpu["per"]
        line += f" ({sfmt(cs2 - cs0)} and {sfmt(cp2 - cp0)} of CPU)"
    print(line)
    print()
    widths2 = (24, 6, 9, 9, 9, 9)
    print("  " + row(["-n 2 speed-up", "tests", "measured", "model", "CPU bound", "CPU -n2"],
                     widths2))
    print("  " + rule(widths2))
    for suite in ("trivial", "apptest", "heavy", "heavier"):
        if (suite, 0) not in res or (suite, 2) not in res:
            continue
        one, two = res[(suite, 0)], res[(suite, 2)]
        model = "-"
        if suite in wall:
            predicted = s2 + one.tests * (p2 + wall[suite][0] / 2)
            model = f"{one.wall / predicted:.2f}x"
        bound = f"{2 * one.cpu / two.cpu:.2f}x" if one.cpu and two.cpu else "-"
        print("  " + row([suite, str(one.tests), f"{one.wall / two.wall:.2f}x", model, bound,
                          fmt(two.cpu)], widths2))
    print("  (model: if the 2 workers shared the app work perfectly, from the walls; CPU bound:\n"
          "   2 x CPU -n0 / CPU -n2, the best -n 2 can do on 2 idle CPUs)")

    def needs(a: float, b: float, cpu_bound: bool) -> str:
        def work(target: float) -> float:
            w = (target * b - 2 * a) if cpu_bound else 2 * (target * b - a)
            return max(0.0, w / (2 - target))
        return " / ".join(fmt(work(target)) for target in (1, 1.5, 1.8))

    print(f"  app work per test for a -n 2 speed-up of 1x / 1.5x / 1.8x with {size} tests: "
          f"model {needs(p0 + s0 / size, p2 + s2 / size, False)}"
          + (f", CPU bound {needs(cp0 + cs0 / size, cp2 + cs2 / size, True)}" if cpu else ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="200 tests and fewer variants")
    parser.add_argument("--no-streamlit", action="store_true", help="measure apptest only")
    parser.add_argument("--suite-size", type=int, default=None,
                        help="tests per suite (default 1000, --quick 200)")
    parser.add_argument("--streamlit-xdist", action="store_true",
                        help="also run the streamlit suite with -n 2")
    parser.add_argument("--memoized", action="store_true",
                        help="also run the streamlit suite with the manifest scan memoized")
    parser.add_argument("--max-load", type=float, default=1.5,
                        help="1-minute load average to wait for before measuring (default 1.5)")
    parser.add_argument("--load-wait", type=float, default=300,
                        help="longest wait for it, in seconds (default 300; 0 to not wait)")
    opts = parser.parse_args(argv)
    size = opts.suite_size or (200 if opts.quick else 1000)
    started = time.perf_counter()
    have_real = not opts.no_streamlit and streamlit_importable()
    have_xdist = importlib.util.find_spec("xdist") is not None

    print(machine_line(streamlit_version() if have_real else "not installed"))
    print(load_line("start"), flush=True)
    wait_for_quiet(opts.max_load, opts.load_wait)
    print(f"{size} tests per suite over {len(BODIES)} example apps (heavy: {size}, heavier: "
          f"{suite_shape('heavier', size)[0]} tests of benchmarks/apps/form50.py); wall clock of\n"
          "`python -m pytest -q -p no:cacheprovider [-n 2] <dir>`", flush=True)
    if not have_xdist:
        print("pytest-xdist is not installed: the -n 2 runs are skipped")
    measuring = time.perf_counter()
    tmp = tempfile.mkdtemp(prefix="apptest-suite-")
    results: dict[tuple[str, int], tuple[str, SuiteRun]] = {}
    try:
        for label, suite, workers in plan(opts, have_real, have_xdist):
            directory = os.path.join(tmp, suite)
            tests, repeats = suite_shape(suite, size)
            if not os.path.isdir(directory):
                impl = "streamlit" if suite == "streamlit_memo" else suite
                write_suite(directory, impl, tests, memoized=suite == "streamlit_memo")
            results[(suite, workers)] = (label, run_suite(directory, workers, tests, repeats))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print()
    report(size, results)
    if have_real:
        print(MANIFEST_NOTE)
    print(load_line("end"))
    print(f"total benchmark time: {time.perf_counter() - started:.1f} s "
          f"({time.perf_counter() - measuring:.1f} s measuring)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
