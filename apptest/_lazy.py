"""Objects that are costly to import, made on first use.

apptest keeps its import and its first run cheap by importing a module only in the
function that needs it. A module-level logger is the exception: it is named where it is
declared, so :class:`LazyLogger` stands for it until a message is logged. A module's
public names can come from modules imported on first use (:func:`lazy_getattr`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
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


def lazy_getattr(namespace: dict[str, Any], sources: Mapping[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` (PEP 562) importing ``name`` from ``sources[name]`` on first use.

    The value is then kept in the module's ``namespace``, so later reads cost nothing.

    Example:
        >>> namespace = {"__name__": "demo"}
        >>> getter = lazy_getattr(namespace, {"dedent": "textwrap"})
        >>> getter("dedent") is namespace["dedent"]
        True
    """

    def __getattr__(name: str) -> Any:
        source = sources.get(name)
        if source is None:
            raise AttributeError(f"module {namespace['__name__']!r} has no attribute {name!r}")
        value = getattr(import_module(source), name)
        namespace[name] = value
        return value

    return __getattr__


def lazy_function(module: str, name: str) -> Callable[..., Any]:
    """A stand-in for the function ``module.name`` that imports it on its first call.

    For a module-level name that is rarely called and costly to import.

    Example:
        >>> dedent = lazy_function("textwrap", "dedent")
        >>> dedent("  x")
        'x'
    """
    found: list[Callable[..., Any]] = []

    def call(*args: Any, **kwargs: Any) -> Any:
        if not found:
            found.append(getattr(import_module(module), name))
        return found[0](*args, **kwargs)

    call.__name__ = call.__qualname__ = name
    call.__doc__ = f"``{module}.{name}``, imported on its first call."
    return call
