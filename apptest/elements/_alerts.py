"""Status elements: error, warning, info, success and exception."""

from __future__ import annotations

import builtins
import os
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from apptest import errors as _errors
from apptest.elements._dg import DeltaGenerator, element
from apptest.elements._text import TextElement, _str
from apptest.tree._nodes import Element

if TYPE_CHECKING:
    import traceback

_PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class Alert(TextElement):
    """Base of the four alert boxes."""

    icon: str = ""


class Error(Alert, collection="error"):
    """``st.error``."""

    type = "error"


class Warning(Alert, collection="warning"):
    """``st.warning``."""

    type = "warning"


class Info(Alert, collection="info"):
    """``st.info``."""

    type = "info"


class Success(Alert, collection="success"):
    """``st.success``."""

    type = "success"


def _alert(cls: type[Alert]) -> Any:
    def alert(
        self: DeltaGenerator,
        body: Any,
        *,
        icon: str | None = None,
        width: Any = "stretch",
        title: str | None = None,
    ) -> DeltaGenerator:
        return self._add(cls(_str(body), icon=icon or "", title=title))

    alert.__name__ = alert.__qualname__ = cls.type
    alert.__doc__ = f"``st.{cls.type}``: a {cls.type} message box."
    return element(alert)


error = _alert(Error)
warning = _alert(Warning)
info = _alert(Info)
success = _alert(Success)


def _type_name(exc: BaseException, qualified: bool) -> str:
    cls = type(exc)
    if cls.__module__ == _errors.__name__ and issubclass(cls, _errors.Error):
        return f"streamlit.errors.{cls.__name__}" if qualified else cls.__name__
    if not qualified or cls.__module__ == "builtins":
        return cls.__name__
    return f"{cls.__module__}.{cls.__qualname__}"


def _is_user_frame(frame: traceback.FrameSummary) -> bool:
    return not os.path.abspath(frame.filename).startswith(_PACKAGE_DIR + os.sep)


def user_stack_trace(exc: BaseException) -> list[str]:
    """The traceback rows of the app's own frames (apptest's frames hidden)."""
    import traceback

    frames = traceback.extract_tb(exc.__traceback__)
    user = [f for f in frames if _is_user_frame(f)] or list(frames)
    return [row.strip() for row in traceback.StackSummary.from_list(user).format()]


def _message(exc: BaseException) -> str:
    if isinstance(exc, SyntaxError) and exc.text:
        caret = " " * max((exc.offset or 1) - 1, 0)
        return (
            f'File "{exc.filename}", line {exc.lineno}\n  {exc.text.rstrip()}\n'
            f"  {caret}^\n{type(exc).__name__}: {exc.msg}"
        )
    try:
        return str(exc).strip()
    except Exception:
        return ""


class ExceptionElement(Element, collection="exception"):
    """An exception shown on the page (``st.exception`` or an uncaught error)."""

    type = "exception"
    #: True for the error that ended a run (set by the session), False for ``st.exception``
    uncaught: bool = False

    def __init__(
        self,
        message: str,
        exc_type: str,
        stack_trace: list[str],
        *,
        is_markdown: bool = False,
        is_warning: bool = False,
    ) -> None:
        self.message = message
        self.exc_type = exc_type
        self.stack_trace = stack_trace
        self.is_markdown = is_markdown
        self.is_warning = is_warning

    @classmethod
    def from_exception(cls, exc: BaseException, *, uncaught: bool = False) -> ExceptionElement:
        """Describe ``exc`` as Streamlit does (uncaught ones get a qualified type)."""
        node = cls(
            _message(exc),
            _type_name(exc, qualified=uncaught),
            user_stack_trace(exc),
            is_markdown=isinstance(exc, _errors.MarkdownFormattedException),
            is_warning=isinstance(exc, builtins.Warning),  # not the Warning element
        )
        node.uncaught = uncaught  # also an error a fragment or dialog showed inside itself
        return node

    @property
    def value(self) -> str:
        """The exception's message."""
        return self.message

    @property
    def proto(self) -> SimpleNamespace:
        """Compatibility view of Streamlit's Exception proto (``.proto.type``)."""
        return SimpleNamespace(
            type=self.exc_type,
            message=self.message,
            stack_trace=self.stack_trace,
            is_warning=self.is_warning,
            message_is_markdown=self.is_markdown,
        )


@element
def exception(self: DeltaGenerator, exception: BaseException, width: Any = "stretch") -> DeltaGenerator:
    """``st.exception``: show an exception and its traceback."""
    return self._add(ExceptionElement.from_exception(exception))
