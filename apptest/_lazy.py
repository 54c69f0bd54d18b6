"""Standard-library objects that are costly to import, made on first use.

apptest keeps its import and its first run cheap by importing a module only in the
function that needs it. A module-level logger is the exception: it is named where it is
declared, so :class:`LazyLogger` stands for it until a message is logged.
"""

from __future__ import annotations

from typing import Any


class LazyLogger:
    """``logging.getLogger(name)``, with ``logging`` imported when it is first used.

    Example:
        >>> LazyLogger("apptest.demo").name
        'apptest.demo'
        >>> LazyLogger("apptest.demo").isEnabledFor(50)
        True
    """

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __getattr__(self, attr: str) -> Any:
        import logging

        return getattr(logging.getLogger(self.name), attr)

    def __repr__(self) -> str:
        return f"LazyLogger({self.name!r})"
