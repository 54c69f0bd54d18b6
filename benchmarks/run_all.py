"""Run every benchmark in sequence: ``python benchmarks/run_all.py [--quick] [--no-streamlit]``.

Each ``bench_*.py`` runs in its own interpreter, with ``--quick`` and ``--no-streamlit``
passed through (``--suite-size``, ``--streamlit-xdist`` and ``--memoized`` go to
``bench_suite.py``; ``--instructions`` adds ``bench_instructions.py``, which needs valgrind). With real Streamlit installed the full run takes about five to six
minutes on an idle 2-CPU machine, ``--quick`` about two.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPTS = ("bench_counter.py", "bench_apps.py", "bench_memory.py", "bench_suite.py")


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller budgets everywhere")
    parser.add_argument("--no-streamlit", action="store_true", help="measure apptest only")
    parser.add_argument("--suite-size", type=int, default=None, help="for bench_suite.py")
    parser.add_argument("--streamlit-xdist", action="store_true", help="for bench_suite.py")
    parser.add_argument("--memoized", action="store_true", help="for bench_suite.py")
    parser.add_argument("--instructions", action="store_true",
                        help="also count instructions with valgrind (bench_instructions.py)")
    opts = parser.parse_args(argv)
    common = ["--quick"] * opts.quick + ["--no-streamlit"] * opts.no_streamlit
    suite = (["--suite-size", str(opts.suite_size)] if opts.suite_size else []) + \
        ["--streamlit-xdist"] * opts.streamlit_xdist + ["--memoized"] * opts.memoized

    print(f"machine: {os.cpu_count()} CPUs, {cpu_model()}, Python {platform.python_version()}, "
          f"{platform.system()} {platform.release()}")
    started = time.perf_counter()
    failed = []
    scripts = SCRIPTS + ("bench_instructions.py",) * opts.instructions
    for script in scripts:
        args = common + (suite if script == "bench_suite.py" else [])
        if script == "bench_instructions.py":
            args = ["--no-streamlit"] * opts.no_streamlit
        print(f"\n=== {script} {' '.join(args)}".rstrip(), flush=True)
        t0 = time.perf_counter()
        code = subprocess.run([sys.executable, os.path.join(HERE, script), *args]).returncode
        print(f"=== {script}: {time.perf_counter() - t0:.1f} s" + (f", exit {code}" if code else ""),
              flush=True)
        if code:
            failed.append(script)
    print(f"\nall benchmarks: {time.perf_counter() - started:.1f} s"
          + (f"; failed: {', '.join(failed)}" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
