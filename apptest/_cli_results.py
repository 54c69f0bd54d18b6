"""What ``apptest check`` found: failures, pages and apps, as plain picklable data.

The worker (``_cli_worker``) fills these in, possibly in another process; the reports
(``_cli_report``, ``_cli_junit``) only read them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

#: every failure kind, with the words the reports use for it
FAILURE_KINDS: dict[str, str] = {
    "exception": "uncaught exception",
    "duplicate": "duplicate widget or element",
    "timeout": "timeout",
    "warning": "warning treated as an error (--strict)",
    "rerun": "too many reruns",
    "expectation": "expected exception did not happen",
    "error": "could not be checked",
}


@dataclass
class Failure:
    """One way an app failed, and the interactions that lead to it.

    ``steps`` are the interactions after the first run, as the lines of code that perform
    them (``at.button[0].click().run()``); ``test`` is a ready-to-paste pytest test that
    reproduces the failure.
    """

    kind: str
    message: str
    detail: str = ""
    steps: list[str] = field(default_factory=list)
    descriptions: list[str] = field(default_factory=list)
    test: str = ""

    @property
    def title(self) -> str:
        """``kind: message`` on one line."""
        first = self.message.strip().splitlines()[0] if self.message.strip() else ""
        return f"{FAILURE_KINDS.get(self.kind, self.kind)}: {first}"

    def signature(self) -> tuple[str, str]:
        """What makes two failures the same (found by different paths)."""
        return (self.kind, self.message)


@dataclass
class PageResult:
    """One page of an app: its first run and what exploring it found."""

    name: str
    title: str = ""
    interactions: int = 0
    failures: list[Failure] = field(default_factory=list)
    seconds: float = 0.0
    explored: bool = False

    @property
    def passed(self) -> bool:
        """No failure on this page."""
        return not self.failures


@dataclass
class AppResult:
    """One app: its pages, or why it was skipped; ``expected`` names an expected exception."""

    path: str
    pages: list[PageResult] = field(default_factory=list)
    seconds: float = 0.0
    skipped: str = ""
    expected: str = ""

    @property
    def failures(self) -> list[Failure]:
        """Every failure of every page."""
        return [f for page in self.pages for f in page.failures]

    @property
    def passed(self) -> bool:
        """No page failed."""
        return not self.failures

    @property
    def interactions(self) -> int:
        """Interactions driven on all pages."""
        return sum(page.interactions for page in self.pages)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (``--format json``)."""
        data = asdict(self)
        data["passed"] = self.passed
        return data


@dataclass
class Summary:
    """The totals of a ``check`` run (the summary table)."""

    apps: int
    pages: int
    interactions: int
    failures: int
    skipped: int
    seconds: float

    @classmethod
    def of(cls, results: list[AppResult], seconds: float) -> Summary:
        """Add up ``results``."""
        return cls(
            apps=sum(1 for r in results if not r.skipped),
            pages=sum(len(r.pages) for r in results),
            interactions=sum(r.interactions for r in results),
            failures=sum(len(r.failures) for r in results),
            skipped=sum(1 for r in results if r.skipped),
            seconds=seconds,
        )


__all__ = ["FAILURE_KINDS", "AppResult", "Failure", "PageResult", "Summary"]
