"""Running one page of an app for ``apptest check`` and telling what went wrong.

A :class:`Target` is one page of one app with the command's options; ``target.replay(steps)``
opens a fresh tab on it, runs it, performs the steps and returns the failures of the last
run (see :func:`observe`). The failure kinds are those of ``_cli_results.FAILURE_KINDS``.

Example:
    >>> target = Target("examples/counter.py", CheckOptions())  # doctest: +SKIP
    >>> target.replay(()).failures  # doctest: +SKIP
    []
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from apptest._apptest import AppTest
from apptest._cli_results import Failure
from apptest._cli_steps import Step
from apptest.errors import (
    AppTestError,
    ElementNotFoundError,
    InteractionError,
    RerunLimitError,
    ScriptTimeoutError,
)

_DUPLICATE_TYPES = ("DuplicateElementId", "DuplicateElementKey", "DuplicateWidgetID")
#: the loggers whose warnings ``--strict`` turns into failures (``apptest.policies``, ...)
WARNING_LOGGER = "apptest"


@dataclass(frozen=True)
class CheckOptions:
    """The options of ``apptest check`` that shape each run (picklable for ``--jobs``)."""

    timeout: float = 3.0
    query_params: Mapping[str, Any] = field(default_factory=dict)
    secrets: str | None = None
    freeze_time: str | float | None = None
    strict: bool = False
    explore: int = 0
    seed: int | None = None


class Unreachable(Exception):
    """A step could not be performed (the widget is gone, disabled, or the value refused)."""


@dataclass
class Outcome:
    """An app after some steps, and the failures of its last run."""

    at: AppTest
    failures: list[Failure]


@dataclass(frozen=True)
class Target:
    """One page of one app: ``page`` is what ``at.switch_page`` gets (None: the default)."""

    path: str
    options: CheckOptions
    page: str | None = None

    def fresh(self) -> AppTest:
        """A new tab on the page, not run yet."""
        opts = self.options
        at = AppTest.from_file(
            os.path.abspath(self.path), default_timeout=opts.timeout,
            query_params=dict(opts.query_params), secrets=opts.secrets,
            freeze_time=opts.freeze_time,
        )
        if self.page is not None:
            at.switch_page(self.page)
        return at

    def replay(self, steps: Sequence[Step]) -> Outcome:
        """Run the page, then each step; raises ``Unreachable`` if a step cannot be done.

        Earlier runs are not checked: the explorer only extends paths whose runs passed.
        """
        at = self.fresh()
        failures = observe(at, at.run, self.options.strict)
        for step in steps:
            try:
                step.stage(at)
            except (InteractionError, ElementNotFoundError, IndexError, KeyError) as exc:
                raise Unreachable(str(exc)) from exc
            failures = observe(at, at.run, self.options.strict)
        return Outcome(at, failures)


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@contextmanager
def _captured_warnings() -> Iterator[list[logging.LogRecord]]:
    """Collect apptest's warning log records (and keep them off stderr)."""
    handler = _Collect()
    records = handler.records
    logger = logging.getLogger(WARNING_LOGGER)
    old_propagate = logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        yield records
    finally:
        logger.removeHandler(handler)
        logger.propagate = old_propagate


_RUN_ERRORS: dict[type[Exception], str] = {ScriptTimeoutError: "timeout", RerunLimitError: "rerun"}


def observe(at: AppTest, action: Callable[[], Any], strict: bool) -> list[Failure]:
    """Do ``action`` (a run) and return what failed in it.

    Example:
        >>> at = AppTest.from_string("import streamlit as st\\nraise ValueError('x')")
        >>> [f.kind for f in observe(at, at.run, strict=False)]
        ['exception']
    """
    with _captured_warnings() as records:
        try:
            action()
        except (InteractionError, ElementNotFoundError) as exc:
            raise Unreachable(str(exc)) from exc
        except tuple(_RUN_ERRORS) as exc:
            return [Failure(_RUN_ERRORS[type(exc)], str(exc))]
        except AppTestError as exc:
            return [Failure("error", f"{type(exc).__name__}: {exc}")]
    failures = [_exception_failure(e) for e in at.exception if e.uncaught]
    if strict:
        failures += [Failure("warning", f"{e.exc_type}: {e.message}", "\n".join(e.stack_trace))
                     for e in at.exception if e.is_warning and not e.uncaught]
        messages = dict.fromkeys(r.getMessage() for r in records)
        failures += [Failure("warning", message) for message in messages]
    return failures


def _exception_failure(element: Any) -> Failure:
    kind = "duplicate" if element.exc_type.endswith(_DUPLICATE_TYPES) else "exception"
    detail = "\n".join(element.stack_trace)
    return Failure(kind, f"{element.exc_type}: {element.message}", detail)


__all__ = ["WARNING_LOGGER", "CheckOptions", "Outcome", "Target", "Unreachable", "observe"]
