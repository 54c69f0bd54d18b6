"""``apptest check PATH...``: smoke-run every app and page, optionally click through them.

See ``docs/ci.md``. Exit status: 0 when every app passed, 1 when one failed, 2 for a usage
error (a missing path, a bad option, no app found).

Example:
    >>> main(["check", "examples/"])  # doctest: +SKIP
    0
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from datetime import datetime
from time import perf_counter

from apptest._cli_args import UsageError, key_values, positive_float
from apptest._cli_discover import App, DiscoveryError, discover
from apptest._cli_junit import write_junit
from apptest._cli_probe import CheckOptions
from apptest._cli_report import Printer, progress_line, write_json, write_text
from apptest._cli_results import AppResult, Failure, PageResult
from apptest._cli_worker import check_app
from apptest.runtime._secrets import load_secrets, secret_strings


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Declare ``apptest check`` and its options."""
    check = sub.add_parser("check", help="run every app and page headless; fail on errors")
    check.add_argument("paths", nargs="+", metavar="PATH", help="app files or folders")
    check.add_argument("--timeout", type=positive_float, default=3.0,
                       help="seconds one run may take (default 3)")
    check.add_argument("--explore", type=int, default=0, metavar="N",
                       help="drive up to N interactions per page, breadth first")
    check.add_argument("--seed", type=int, default=None, help="shuffle interactions repeatably")
    check.add_argument("--strict", action="store_true",
                       help="fail on Streamlit warnings too (logged or shown)")
    check.add_argument("--query-params", type=key_values, default={}, metavar="K=V,...",
                       help="the URL's query parameters")
    check.add_argument("--secrets", metavar="FILE", help="a secrets.toml for st.secrets")
    check.add_argument("--freeze-time", metavar="WHEN",
                       help="freeze the clock apps see (ISO date/time or timestamp)")
    check.add_argument("--jobs", type=int, default=1, metavar="N",
                       help="check apps in N processes")
    check.add_argument("--format", choices=("text", "json"), default="text")
    check.add_argument("--junit-xml", metavar="FILE", help="also write a JUnit XML report")


def _options(args: argparse.Namespace) -> CheckOptions:
    if args.explore < 0 or args.jobs < 1:
        raise UsageError("--explore must be 0 or more and --jobs 1 or more")
    if args.secrets is not None and not os.path.isfile(args.secrets):
        raise UsageError(f"no secrets file at {args.secrets}")
    return CheckOptions(
        timeout=args.timeout, query_params=args.query_params, secrets=args.secrets,
        freeze_time=_freeze_time(args.freeze_time), strict=args.strict, explore=args.explore,
        seed=args.seed,
    )


def _freeze_time(when: str | None) -> str | float | None:
    """An ISO date/time stays a string; a number is a timestamp."""
    if when is None:
        return None
    try:
        return float(when)
    except ValueError:
        pass
    try:
        datetime.fromisoformat(when)
    except ValueError:
        raise UsageError(f"--freeze-time takes an ISO date/time or a timestamp, got {when!r}")
    return when


def _secrets(path: str | None) -> set[str]:
    try:
        return secret_strings(load_secrets(path)) if path else set()
    except Exception as exc:
        raise UsageError(f"cannot read the secrets file {path}: {exc}")


def _results(apps: list[App], options: CheckOptions, jobs: int) -> Iterator[AppResult]:
    """Check the apps, yielding each result as it is ready (in parallel with ``jobs`` > 1)."""
    if jobs == 1 or len(apps) == 1:
        yield from (_guarded(app, functools.partial(check_app, app, options)) for app in apps)
        return
    with ProcessPoolExecutor(max_workers=min(jobs, len(apps))) as pool:
        futures = {pool.submit(check_app, app, options): app for app in apps}
        for future in as_completed(futures):
            yield _guarded(futures[future], future.result)


def _guarded(app: App, check: Callable[[], AppResult]) -> AppResult:
    """The app's result, or a failure when checking it broke (a crashed worker, a bug)."""
    try:
        return check()
    except Exception as exc:
        failure = Failure("error", f"checking the app failed: {type(exc).__name__}: {exc}")
        return AppResult(app.path, [PageResult(app.path, failures=[failure])])


def run_check(args: argparse.Namespace) -> int:
    """Check the apps under ``args.paths``; returns the exit status."""
    options = _options(args)
    out = Printer(sys.stdout, _secrets(args.secrets))
    progress = out if args.format == "text" else Printer(sys.stderr, out.secrets)
    try:
        apps = discover(args.paths)
    except DiscoveryError as exc:
        raise UsageError(str(exc))
    if not apps:
        raise UsageError(f"no Streamlit app found in {' '.join(args.paths)}")
    start = perf_counter()
    order = {app.path: i for i, app in enumerate(apps)}
    results: list[AppResult] = []
    for result in _results(apps, options, args.jobs):
        results.append(result)
        progress.line(progress_line(len(results), len(apps), result))
    results.sort(key=lambda r: order[r.path])
    seconds = perf_counter() - start
    _write(args.format)(out, results, seconds)
    if args.junit_xml:
        write_junit(args.junit_xml, results, seconds, out.mask)
    return 0 if all(r.passed for r in results) else 1


def _write(fmt: str) -> Callable[[Printer, list[AppResult], float], None]:
    return {"text": write_text, "json": write_json}[fmt]


__all__ = ["add_parser", "run_check"]
