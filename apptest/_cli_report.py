"""What ``apptest check`` prints: progress lines, failures, the summary table, or JSON.

Every text goes through :class:`Printer`, which masks the app's secrets, so no secret
value reaches the output whatever the app puts in an error message.

Example:
    >>> Printer(io.StringIO(), {"s3cr3t"}).line("token s3cr3t")  # doctest: +SKIP
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict
from typing import Any, TextIO

from apptest._cli_results import AppResult, Failure, Summary
from apptest.runtime._secrets import mask_secrets


class Printer:
    """Writes masked text to a stream and flushes it (progress shows while checking)."""

    def __init__(self, stream: TextIO, secrets: Iterable[str] = ()) -> None:
        self.stream = stream
        self.secrets = set(secrets)

    def mask(self, text: str) -> str:
        """``text`` with the secrets replaced by ``***``."""
        return mask_secrets(text, self.secrets)

    def line(self, text: str = "") -> None:
        """Write one line (or several)."""
        self.stream.write(self.mask(text) + "\n")
        self.stream.flush()


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def progress_line(done: int, total: int, result: AppResult) -> str:
    """``[2/9] examples/counter.py passed (1 page, 4 interactions) 0.03s``.

    Example:
        >>> progress_line(1, 2, AppResult("app.py", skipped="slow"))
        '[1/2] app.py skipped (slow) 0.00s'
    """
    head = f"[{done}/{total}] {result.path}"
    if result.skipped:
        return f"{head} skipped ({result.skipped}) {result.seconds:.2f}s"
    status = "passed" if result.passed else f"FAILED ({_plural(len(result.failures), 'failure')})"
    details = [_plural(len(result.pages), "page")]
    if any(page.explored for page in result.pages):
        details.append(_plural(result.interactions, "interaction"))
    if result.expected and result.passed:
        details.append(f"raised {result.expected} as expected")
    return f"{head} {status} ({', '.join(details)}) {result.seconds:.2f}s"


def _indent(text: str, prefix: str = "    ") -> list[str]:
    return [prefix + line if line else "" for line in text.rstrip("\n").splitlines()]


def failure_lines(page: str, failure: Failure) -> list[str]:
    """The description of one failure: where, what, the path, and the test that shows it."""
    lines = [f"{page}: {failure.title}"]
    if failure.descriptions:
        lines.append("  after: " + " > ".join(failure.descriptions))
    if failure.detail:
        lines += ["  traceback:", *_indent(failure.detail)]
    if failure.test:
        lines += ["  reproduce with this test:", "", *_indent(failure.test), ""]
    return lines


_COLUMNS = ("apps", "pages", "interactions", "failures", "skipped", "time")


def summary_table(summary: Summary) -> list[str]:
    """The totals as a two-line table.

    Example:
        >>> print("\\n".join(summary_table(Summary(2, 3, 10, 0, 1, 0.5))))
        apps  pages  interactions  failures  skipped   time
           2      3            10         0        1  0.50s
    """
    values = [*(str(v) for v in astuple_ints(summary)), f"{summary.seconds:.2f}s"]
    widths = [max(len(c), len(v)) for c, v in zip(_COLUMNS, values, strict=True)]
    head = "  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                     for i, (c, w) in enumerate(zip(_COLUMNS, widths, strict=True)))
    row = "  ".join(v.rjust(w) for v, w in zip(values, widths, strict=True))
    return [head, row]


def astuple_ints(summary: Summary) -> tuple[int, ...]:
    """The counted columns of the summary."""
    return (summary.apps, summary.pages, summary.interactions, summary.failures, summary.skipped)


def closing_line(results: list[AppResult], seconds: float) -> str:
    """``1 failed, 8 passed, 1 skipped in 0.52s`` (apps)."""
    failed = sum(1 for r in results if not r.skipped and not r.passed)
    passed = sum(1 for r in results if not r.skipped and r.passed)
    skipped = sum(1 for r in results if r.skipped)
    parts = ([f"{failed} failed"] if failed else []) + [f"{passed} passed"]
    parts += [f"{skipped} skipped"] if skipped else []
    return f"{', '.join(parts)} in {seconds:.2f}s"


def write_text(out: Printer, results: list[AppResult], seconds: float) -> None:
    """The end of a text report: failures in full, the summary table, the closing line."""
    failing = [(page.name, f) for r in results for page in r.pages for f in page.failures]
    if failing:
        out.line()
        out.line("FAILURES")
        for page, failure in failing:
            out.line()
            out.line("\n".join(failure_lines(page, failure)))
    out.line()
    out.line("\n".join(summary_table(Summary.of(results, seconds))))
    out.line(closing_line(results, seconds))


def json_report(results: list[AppResult], seconds: float) -> dict[str, Any]:
    """The whole report as JSON-ready data (``--format json``)."""
    return {
        "passed": all(r.passed for r in results),
        "summary": asdict(Summary.of(results, seconds)),
        "apps": [r.to_dict() for r in results],
    }


def write_json(out: Printer, results: list[AppResult], seconds: float) -> None:
    """Print the JSON report (masked like every other output)."""
    out.line(json.dumps(json_report(results, seconds), indent=2, ensure_ascii=False))


__all__ = [
    "Printer",
    "closing_line",
    "failure_lines",
    "json_report",
    "progress_line",
    "summary_table",
    "write_json",
    "write_text",
]
