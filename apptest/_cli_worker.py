"""Checking one app: its first run, each of its pages, and exploring them.

:func:`check_app` is what ``apptest check`` runs for every app, in this process or in a
worker process (``--jobs``): it takes and returns plain data.

Example:
    >>> result = check_app(App("examples/counter.py"), CheckOptions())  # doctest: +SKIP
    >>> result.passed, [p.name for p in result.pages]  # doctest: +SKIP
    (True, ['examples/counter.py'])
"""

from __future__ import annotations

from time import perf_counter

from apptest._cli_discover import App
from apptest._cli_explore import explore
from apptest._cli_probe import CheckOptions, Outcome, Target
from apptest._cli_repro import reproduce
from apptest._cli_results import AppResult, Failure, PageResult
from apptest.runtime._pages import PageInfo


def _page_arg(page: PageInfo) -> str:
    """What ``at.switch_page`` gets for a page: its file, else its URL path."""
    return page.path if page.script_path else page.url_path


def _pages(first: Outcome, app: App, options: CheckOptions) -> list[tuple[Target, str]]:
    """The targets of every page of the app (the default page first), with names."""
    pages = [p for p in first.at.pages if p.external_url is None]
    main = Target(app.path, options)
    if len(pages) <= 1:
        return [(main, app.path)]
    targets = []
    for page in pages:
        target = main if page.default else Target(app.path, options, _page_arg(page))
        shown = page.path or page.url_path or page.title
        targets.append((target, f"{app.path}::{shown}"))
    return sorted(targets, key=lambda t: t[0].page is not None)


def _with_tests(target: Target, failures: list[Failure]) -> list[Failure]:
    for failure in failures:
        failure.test = reproduce(target, [], failure)
    return failures


def check_page(target: Target, name: str, first: Outcome | None = None) -> PageResult:
    """Run one page (``first``: its run, when already done), then explore it."""
    start = perf_counter()
    result = PageResult(name)
    try:
        outcome = first or target.replay(())
    except Exception as exc:  # a page the app cannot show
        result.failures.append(Failure("error", f"{type(exc).__name__}: {exc}"))
        return result
    result.title = outcome.at.page.title
    result.failures = _with_tests(target, list(outcome.failures))
    budget = target.options.explore
    if budget > 0 and not result.failures:
        found = explore(target, budget, target.options.seed)
        result.explored, result.interactions = True, found.interactions
        for path, failure in found.failures:
            failure.steps = [step.test_line for step in path]
            failure.descriptions = [step.description for step in path]
            failure.test = reproduce(target, path, failure)
            result.failures.append(failure)
    result.seconds = perf_counter() - start
    return result


def _expected(app: App, first: Outcome) -> PageResult:
    """An app that raises by design passes when its first run raises (that exception)."""
    result = PageResult(app.path, first.at.page.title)
    raised = [f.message.split(":", 1)[0] for f in first.failures
              if f.kind in ("exception", "duplicate")]
    wanted = app.expect or ""
    if not any(not wanted or name.rsplit(".", 1)[-1] == wanted for name in raised):
        marker = f"# apptest: expect-exception {wanted}".strip()
        got = f"it raised {', '.join(raised)}" if raised else "it ran without an exception"
        result.failures.append(Failure("expectation", f"marked '{marker}' but {got}"))
    return result


def _missing_module(app: App, first: Outcome) -> str:
    """A module the app ``requires`` that its first run could not import ('' if none)."""
    for failure in first.failures:
        if failure.message.split(":", 1)[0].endswith("ModuleNotFoundError"):
            name = failure.message.split("'")[1] if "'" in failure.message else ""
            if name and name.split(".")[0] in app.requires:
                return name
    return ""


def check_app(app: App, options: CheckOptions) -> AppResult:
    """Check every page of ``app``; never raises for a problem of the app.

    Example:
        >>> check_app(App("examples/counter.py"), CheckOptions(explore=5)).passed  # doctest: +SKIP
        True
    """
    start = perf_counter()
    result = AppResult(app.path, skipped="" if app.skip is None else app.skip or "skipped")
    if app.skip is not None:
        return result
    main = Target(app.path, options)
    try:
        first = main.replay(())
    except Exception as exc:  # the app cannot even be opened (bad secrets file, ...)
        failure = Failure("error", f"{type(exc).__name__}: {exc}")
        result.pages.append(PageResult(app.path, failures=[failure]))
    else:
        missing = _missing_module(app, first)
        if missing:
            result.skipped = f"needs {missing}"
        elif app.expect is not None:
            result.expected = app.expect or "an exception"
            result.pages.append(_expected(app, first))
        else:
            result.pages = [check_page(t, name, first if t is main else None)
                            for t, name in _pages(first, app, options)]
    result.seconds = perf_counter() - start
    return result


__all__ = ["check_app", "check_page"]
