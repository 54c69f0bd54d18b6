"""Instruction counts (valgrind's callgrind): the hot path, immune to a busy machine.

    python benchmarks/bench_instructions.py            # about 2 minutes with Streamlit
    python benchmarks/bench_instructions.py --no-streamlit

Wall-clock ratios on a small shared machine move with whatever else runs on it. The
number of machine instructions a click + rerun executes does not: this script counts them
with ``valgrind --tool=callgrind`` for

* the bare-exec floor: ``examples/session_state/counter_callback.py`` compiled and run
  with stub ``st`` functions, with the button clicked (``bench_counter.py``'s row (d));
* apptest: ``at.button[0].click().run()`` on that script;
* real ``streamlit.testing.v1.AppTest``: the same (its script thread included).

Each count is ``(count(N2) - count(N1)) / (N2 - N1)`` over two processes doing N1 and N2
operations after the same warm-up, so start-up and imports cancel out. The garbage
collector is off while the operations run (as in ``timeit``). A process that paid a
one-off cost in the measured stretch (a lazy import, a watchdog wake-up) reads high, so
each figure is the smallest of ``--repeat`` measurements. Needs ``valgrind`` on PATH.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

from _common import ROOT, streamlit_importable

APP = os.path.join(ROOT, "examples", "session_state", "counter_callback.py")

_FLOOR = """
import sys
sys.path.insert(0, {bench!r})
from bench_counter import _stub_streamlit
code = compile(open({app!r}).read(), {app!r}, "exec")
sys.modules["streamlit"] = _stub_streamlit(True)
def op():
    exec(code, {{"__name__": "__main__", "__file__": {app!r}}})
"""

_HARNESS = """
import logging
logging.disable(logging.CRITICAL)
from {module} import AppTest
at = AppTest.from_file({app!r}, default_timeout=900).run()
def op():
    at.button[0].click().run()
"""

_LOOP = """
for _ in range(20):
    op()
import gc
gc.collect()
gc.disable()
for _ in range(int(sys.argv[1])):
    op()
"""


def _instructions(script: str, n: int) -> int:
    """Instructions a process running ``script`` with ``n`` operations executes."""
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
         sys.executable, script, str(n)],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )
    found = re.search(r"Collected : (\d+)", done.stderr)
    if done.returncode != 0 or found is None:
        raise SystemExit(f"valgrind failed on {script}:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def per_op(source: str, n1: int, n2: int, repeat: int) -> float:
    """Instructions per operation: the smallest of ``repeat`` two-process differences."""
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as fh:
        fh.write("import sys\n" + source + _LOOP)
    try:
        return min((_instructions(fh.name, n2) - _instructions(fh.name, n1)) / (n2 - n1)
                   for _ in range(repeat))
    finally:
        os.unlink(fh.name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-streamlit", action="store_true", help="measure apptest only")
    parser.add_argument("--repeat", type=int, default=2, help="measurements per figure")
    opts = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind is not installed: no instruction counts")
        return 0
    bench = os.path.dirname(os.path.abspath(__file__))
    rows = [("bare-exec floor (stub st)", per_op(_FLOOR.format(bench=bench, app=APP),
                                                 2000, 8000, opts.repeat)),
            ("apptest", per_op(_HARNESS.format(module="apptest", app=APP), 100, 400,
                               opts.repeat))]
    if not opts.no_streamlit and streamlit_importable():
        rows.append(("streamlit.testing.v1", per_op(
            _HARNESS.format(module="streamlit.testing.v1", app=APP), 20, 60, opts.repeat)))
    floor, ours = rows[0][1], rows[1][1]
    print("click + rerun of examples/session_state/counter_callback.py, instructions per op")
    print(f"{'':<28}{'instructions':>14}{'vs floor':>10}{'vs apptest':>12}")
    for name, count in rows:
        print(f"{name:<28}{count / 1000:>13.1f}k{count / floor:>9.1f}x{count / ours:>11.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
