"""The pytest test that ``apptest check`` prints for a failure.

The test opens the app with the same options, goes to the page, performs the path of
interactions (the very code the explorer ran) and asserts that the failure is gone: it
fails while the bug is there and passes once the app is fixed. Paths in it are those given
to ``check``, so run pytest from the folder ``check`` ran in.

Example:
    >>> print(reproduce(Target("app.py", CheckOptions()), [], Failure("exception", "x")))
    from apptest import AppTest
    <BLANKLINE>
    <BLANKLINE>
    def test_app_exception():
        at = AppTest.from_file('app.py')
        at.run()
        assert [e.message for e in at.exception if e.uncaught] == []
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence

from apptest._cli_probe import WARNING_LOGGER, Target
from apptest._cli_results import Failure
from apptest._cli_steps import Step

_UNCAUGHT = "    assert [e.message for e in at.exception if e.uncaught] == []"
_RAISES = "    # the run above raised {} before the fix"

#: the last lines of the test, by failure kind
_ASSERTIONS: dict[str, list[str]] = {
    "exception": [_UNCAUGHT],
    "duplicate": [_UNCAUGHT],
    "timeout": [_RAISES.format("ScriptTimeoutError")],
    "rerun": [_RAISES.format("RerunLimitError")],
    "warning": [
        "    assert [e.message for e in at.exception if e.is_warning] == []",
        f"    assert [r.getMessage() for r in caplog.records if r.name.startswith({WARNING_LOGGER!r})] == []",
    ],
}


def _slug(text: str) -> str:
    return re.sub(r"\W+", "_", text).strip("_").lower() or "app"


def _arguments(target: Target) -> str:
    opts = target.options
    parts = [repr(target.path)]
    if opts.timeout != 3:
        parts.append(f"default_timeout={opts.timeout!r}")
    if opts.query_params:
        parts.append(f"query_params={dict(opts.query_params)!r}")
    if opts.secrets is not None:
        parts.append(f"secrets={opts.secrets!r}")
    if opts.freeze_time is not None:
        parts.append(f"freeze_time={opts.freeze_time!r}")
    return ", ".join(parts)


def function_name(target: Target, failure: Failure) -> str:
    """``test_<app>[_<page>]_<kind>``."""
    name = _slug(os.path.splitext(os.path.basename(target.path))[0])
    if target.page is not None:
        name += "_" + _slug(target.page.removesuffix(".py"))
    return f"test_{name}_{failure.kind}"


def reproduce(target: Target, steps: Sequence[Step], failure: Failure) -> str:
    """The source of a pytest test that fails while ``failure`` happens on ``target``.

    Example:
        >>> reproduce(target, path, failure)  # doctest: +SKIP
    """
    warning = failure.kind == "warning"
    imports = ["import datetime"] if any("datetime." in s.code for s in steps) else []
    imports += ["import logging"] if warning else []
    lines = [*imports, "from apptest import AppTest", "", ""]
    lines.append(f"def {function_name(target, failure)}({'caplog' if warning else ''}):")
    if warning:
        lines.append(f"    caplog.set_level(logging.WARNING, logger={WARNING_LOGGER!r})")
    lines.append(f"    at = AppTest.from_file({_arguments(target)})")
    if target.page is not None:
        lines.append(f"    at.switch_page({target.page!r})")
    lines.append("    at.run()")
    lines += [f"    {step.test_line}  # {step.description}" for step in steps]
    lines += _ASSERTIONS.get(failure.kind, [])
    return "\n".join(lines) + "\n"


__all__ = ["function_name", "reproduce"]
