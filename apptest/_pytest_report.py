"""What the pytest plugin says about a test's apps: failure sections and unchecked errors.

No pytest import here; the plugin module turns these texts into report sections and
test failures.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from apptest._apptest import AppTest

_HINT = (
    "Read `at.exception` in the test to check the error yourself, or set "
    "`apptest_fail_on_app_exception = false` in the pytest configuration."
)


def app_name(at: AppTest, rootdir: str | os.PathLike[str] | None = None) -> str:
    """The app's script, relative to ``rootdir`` when it is under it.

    Example:
        >>> app_name(at, "/repo")  # doctest: +SKIP
        'examples/counter.py'
    """
    path = at._server.script.path
    if rootdir is not None and os.path.isabs(path):
        relative = os.path.relpath(path, rootdir)
        if not relative.startswith(".."):
            return relative.replace(os.sep, "/")
    return path


def exception_text(node: Any) -> str:
    """An exception element as a traceback: the app's own frames, then type and message.

    Example:
        >>> print(exception_text(at.get("exception")[0]))  # doctest: +SKIP
        Traceback (the app's frames):
          File "app.py", line 3, in <module>
            1 / 0
        ZeroDivisionError: division by zero
    """
    lines = ["Traceback (the app's frames):"] if node.stack_trace else []
    for row in node.stack_trace:
        lines.extend("  " + line for line in str(row).splitlines())
    lines.append(f"{node.exc_type}: {node.message}")
    return "\n".join(lines)


def uncaught_exceptions(at: AppTest) -> list[Any]:
    """The errors that ended the app's last run (not ``st.exception`` elements).

    Example:
        >>> uncaught_exceptions(at)  # doctest: +SKIP
        [exception value='division by zero']
    """
    return [n for n in at.get("exception") if getattr(n, "uncaught", False)]


def unchecked_error(apps: Iterable[AppTest], rootdir: str | None = None) -> str | None:
    """The failure message for apps whose last run ended in an error the test never read
    (``at.exception``), or None when there is none.

    Example:
        >>> unchecked_error([at])  # doctest: +SKIP
        'App examples/broken.py ended its last run with an uncaught exception ...'
    """
    parts = []
    for at in apps:
        errors = [] if getattr(at, "_exception_inspected", False) else uncaught_exceptions(at)
        if errors:
            shown = "\n\n".join(exception_text(node) for node in errors)
            parts.append(
                f"App {app_name(at, rootdir)} ended its last run with an uncaught exception "
                f"that the test did not check:\n\n{shown}"
            )
    return "\n\n".join([*parts, _HINT]) if parts else None


def app_report(at: AppTest, rootdir: str | None = None) -> tuple[str, str]:
    """A failure report section for one app: its title and its text (the element tree and
    session state as ``print(at)`` shows them, then every exception on the page).

    Example:
        >>> title, text = app_report(at)  # doctest: +SKIP
    """
    text = repr(at)
    errors = at.get("exception")
    if errors:
        text += "\nexceptions:\n" + "\n\n".join(
            _indent(exception_text(node)) for node in errors
        )
    return f"apptest: {app_name(at, rootdir)}", text


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())
