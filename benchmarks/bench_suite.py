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
    """``size`` tests over ``len(BODIES)`` files, parametrized by ``i``."""
    os.makedirs(directory)
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


def run_suite(directory: str, workers: int) -> SuiteRun:
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", directory]
    if workers:
        cmd[4:4] = ["-n", str(workers)]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=directory, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    lines = proc.stdout.strip().splitlines()
    summary = lines[-1] if lines else proc.stderr.strip()[-300:]
    passed = int(m.group(1)) if (m := re.search(r"(\d+) passed", summary)) else 0
    failed = int(m.group(1)) if (m := re.search(r"(\d+) (failed|error)", summary)) else 0
    if proc.returncode != 0:
        print(f"WARNING: {os.path.basename(directory)} -n {workers}: exit {proc.returncode}")
        print("\n".join("  " + line for line in proc.stdout.splitlines()[-25:]))
    return SuiteRun(wall, passed, failed, summary)


def plan(opts: argparse.Namespace, have_real: bool, have_xdist: bool) -> list[tuple[str, str, int]]:
    """(label, suite, workers) in running order."""
    runs = [("pytest alone: trivial tests", "trivial", 0),
            ("apptest", "apptest", 0)]
    if have_xdist:
        runs += [("pytest alone: trivial tests", "trivial", 2), ("apptest", "apptest", 2)]
    if have_real:
        runs.append(("streamlit", "streamlit", 0))
        if have_xdist and opts.streamlit_xdist:
            runs.append(("streamlit", "streamlit", 2))
        if opts.memoized:
            runs.append(("streamlit, manifest scan memoized", "streamlit_memo", 0))
    return runs


def report(size: int, results: dict[tuple[str, int], tuple[str, SuiteRun]]) -> None:
    widths = (40, 6, 10, 12, 8, 12)
    print(row(["suite", "-n", "wall", "per test", "passed", "vs apptest"], widths))
    print(rule(widths))
    ours = results.get(("apptest", 0))
    for (suite, workers), (label, res) in results.items():
        same_n = results.get(("apptest", workers), ours)
        versus = ratio(res.wall, same_n[1].wall) if same_n and suite.startswith("streamlit") else ""
        print(row([label, str(workers), fmt(res.wall), fmt(res.wall / size),
                   f"{res.passed}/{size}", versus], widths))
    print()
    for suite in ("trivial", "apptest", "streamlit"):
        if (suite, 0) in results and (suite, 2) in results:
            one, two = results[(suite, 0)][1].wall, results[(suite, 2)][1].wall
            name = "pytest alone (trivial tests)" if suite == "trivial" else suite
            print(f"xdist -n 2 speed-up, {name}: {ratio(one, two)} ({fmt(one)} -> {fmt(two)})")
    trivial = results.get(("trivial", 0))
    if trivial and ours:
        extra = ours[1].wall - trivial[1].wall
        print(f"apptest beyond pytest alone: {fmt(extra)} ({fmt(extra / size)} per test)")
    if ("streamlit", 0) in results and trivial:
        extra = results[("streamlit", 0)][1].wall - trivial[1].wall
        print(f"streamlit beyond pytest alone: {fmt(extra)} ({fmt(extra / size)} per test)")


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
    opts = parser.parse_args(argv)
    size = opts.suite_size or (200 if opts.quick else 1000)
    started = time.perf_counter()
    have_real = not opts.no_streamlit and streamlit_importable()
    have_xdist = importlib.util.find_spec("xdist") is not None

    print(machine_line(streamlit_version() if have_real else "not installed"))
    print(f"{size} tests per suite over {len(BODIES)} example apps; wall clock of "
          "`python -m pytest -q -p no:cacheprovider <dir>`")
    if not have_xdist:
        print("pytest-xdist is not installed: the -n 2 runs are skipped")
    tmp = tempfile.mkdtemp(prefix="apptest-suite-")
    results: dict[tuple[str, int], tuple[str, SuiteRun]] = {}
    try:
        for label, suite, workers in plan(opts, have_real, have_xdist):
            directory = os.path.join(tmp, suite)
            if not os.path.isdir(directory):
                impl = "streamlit" if suite == "streamlit_memo" else suite
                write_suite(directory, impl, size, memoized=suite == "streamlit_memo")
            results[(suite, workers)] = (label, run_suite(directory, workers))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print()
    report(size, results)
    if have_real:
        print(MANIFEST_NOTE)
    print(f"total benchmark time: {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
