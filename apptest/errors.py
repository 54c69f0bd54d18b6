"""Every exception apptest raises, in one place.

Two families live here:

* **apptest's own errors** (``AppTestError`` and its subclasses): raised to the test
  when the harness is misused or an interaction is impossible.
* **Streamlit's errors** (``StreamlitAPIException`` and its subclasses): raised inside
  the app under test with Streamlit's class names, hierarchy and messages. Apps import
  them as ``streamlit.errors``; tests import them from here.

Example:
    >>> from apptest.errors import InteractionError, StreamlitAPIException
    >>> issubclass(InteractionError, ValueError)
    True
"""

from __future__ import annotations

from typing import Any

_FORM_DOCS_INFO = (
    "\n\nFor more information, refer to the\n"
    "[documentation for forms](https://docs.streamlit.io/develop/api-reference/"
    "execution-flow/st.form)."
)

_SESSION_STATE_DOCS = (
    "More info: https://docs.streamlit.io/develop/concepts/architecture/"
    "session-state#initialization"
)


# --------------------------------------------------------------------------- apptest


class AppTestError(Exception):
    """Base class of apptest's own errors (the harness, not the app)."""


class InteractionError(AppTestError, ValueError):
    """A test tried an interaction a person could not perform.

    Raised for values outside what a widget accepts, a disabled widget, or a widget
    that is no longer on the page. Nothing in the session changes.
    """


class ScriptTimeoutError(AppTestError, RuntimeError):
    """A script run took longer than its timeout."""


class ElementNotFoundError(AppTestError, KeyError):
    """No element matched a query (``at.button(key="x")`` with no such key)."""

    def __str__(self) -> str:  # KeyError would repr() the message
        return str(self.args[0]) if self.args else ""


class ScriptNotFoundError(AppTestError, FileNotFoundError):
    """The app script given to ``AppTest.from_file`` does not exist."""


class RerunLimitError(AppTestError, RuntimeError):
    """The app called ``st.rerun()`` too many times in a row."""


class NoScriptRunError(AppTestError, RuntimeError):
    """A ``streamlit`` function was called outside a running app script."""


# --------------------------------------------------------------------------- streamlit


class Error(Exception):
    """The base class of Streamlit's exceptions (``streamlit.errors.Error``)."""


class NoSessionContext(Error):
    """Streamlit's error for code that runs outside a session."""


class MarkdownFormattedException(Error):
    """Streamlit's base for exceptions whose message is Markdown."""


class StreamlitAPIException(MarkdownFormattedException):
    """Raised when an app calls the Streamlit API incorrectly."""

    def __init__(self, *args: Any, error_id: str | None = None) -> None:
        super().__init__(*args)
        self.error_id = error_id


class LocalizableStreamlitException(StreamlitAPIException):
    """A Streamlit API exception whose message is a format string."""

    def __init__(self, message: str, **kwargs: Any) -> None:
        error_id = kwargs.pop("error_id", None)
        super().__init__(message.format(**kwargs), error_id=error_id)
        self._exec_kwargs = kwargs


class DuplicateWidgetID(StreamlitAPIException):
    """Base of the duplicate element id and duplicate key errors."""


class StreamlitDuplicateElementId(DuplicateWidgetID):
    """Two elements got the same auto-generated id."""

    def __init__(self, element_type: str) -> None:
        super().__init__(
            f"There are multiple `{element_type}` elements with the same "
            "auto-generated ID. When this element is created, it is assigned an "
            "internal ID based on the element type and provided parameters. Multiple "
            "elements with the same type and parameters will cause this error.\n\n"
            "To fix this error, please pass a unique `key` argument to the "
            f"`{element_type}` element."
        )


class StreamlitDuplicateElementKey(DuplicateWidgetID):
    """Two elements were given the same ``key``."""

    def __init__(self, user_key: str) -> None:
        super().__init__(
            f"There are multiple elements with the same `key='{user_key}'`. "
            "To fix this, please make sure that the `key` argument is unique for "
            "each element you create."
        )


class UnserializableSessionStateError(StreamlitAPIException):
    """A session state value cannot be pickled while serialization is enforced."""


class StreamlitAPIWarning(StreamlitAPIException, Warning):
    """A Streamlit warning shown as an exception element."""


class StreamlitDataframeConversionError(StreamlitAPIException):
    """A value cannot be converted to a DataFrame (``st.dataframe``, ``st.data_editor``)."""


class StreamlitMixedNumericTypesError(LocalizableStreamlitException):
    """``st.number_input`` got both int and float arguments."""

    def __init__(self, value: Any, min_value: Any, max_value: Any, step: Any) -> None:
        message = "All numerical arguments must be of the same type."
        for name, arg in (
            ("value", value),
            ("min_value", min_value),
            ("max_value", max_value),
            ("step", step),
        ):
            if arg is not None:
                message += f"\n`{name}` has {type(arg).__name__} type."
        super().__init__(message.replace("{", "{{").replace("}", "}}"))


class StreamlitValueBelowMinError(LocalizableStreamlitException):
    """A widget's ``value`` is below its ``min_value``."""

    def __init__(self, value: Any, min_value: Any) -> None:
        super().__init__(
            "The `value` {value} is less than the `min_value` {min_value}.",
            value=value,
            min_value=min_value,
        )


class StreamlitValueAboveMaxError(LocalizableStreamlitException):
    """A widget's ``value`` is above its ``max_value``."""

    def __init__(self, value: Any, max_value: Any) -> None:
        super().__init__(
            "The `value` {value} is greater than the `max_value` {max_value}.",
            value=value,
            max_value=max_value,
        )


class StreamlitInvalidMinMaxError(LocalizableStreamlitException):
    """``min_value`` is greater than (or, for sliders, equal to) ``max_value``."""

    def __init__(self, min_value: Any, max_value: Any) -> None:
        if min_value == max_value:
            message = (
                "The `min_value` and `max_value` parameters are both set to "
                "{min_value}. They must not be equal."
            )
        else:
            message = (
                "The `min_value`, set to {min_value}, cannot be greater than "
                "the `max_value`, set to {max_value}."
            )
        super().__init__(message, min_value=min_value, max_value=max_value)


class StreamlitValueOutOfRangeError(LocalizableStreamlitException):
    """A parameter is outside a closed ``[min, max]`` interval."""

    def __init__(self, parameter: str, value: Any, min_value: Any, max_value: Any) -> None:
        super().__init__(
            "The `{parameter}` parameter, set to {value}, is outside the "
            "required range [{min_value}, {max_value}].",
            parameter=parameter,
            value=value,
            min_value=min_value,
            max_value=max_value,
        )


class StreamlitInvalidNumberFormatError(LocalizableStreamlitException):
    """The ``format`` of ``st.number_input`` is not a valid number format."""

    def __init__(self, format: str) -> None:
        super().__init__(
            "Format string for `st.number_input` contains invalid characters: {format}",
            format=format,
        )


class StreamlitValueError(LocalizableStreamlitException):
    """A parameter got a value outside its allowed set."""

    def __init__(
        self, parameter: str, valid_values: Any, *, detail: str | None = None
    ) -> None:
        message = "Invalid `{parameter}` value. Supported values: {valid_values}."
        if detail:
            message += " {detail}"
        super().__init__(
            message, parameter=parameter, valid_values=", ".join(valid_values), detail=detail
        )


class StreamlitInvalidWidthError(LocalizableStreamlitException):
    """A ``width`` that is not a positive int, ``"stretch"`` (or ``"content"`` where allowed)."""

    def __init__(self, width: Any, allow_content: bool = False) -> None:
        super().__init__(
            "Invalid width value: {width}. Width must be either {valid_values}.",
            width=repr(width),
            valid_values=_valid_sizes(allow_content),
        )


def _valid_sizes(allow_content: bool) -> str:
    """The sizes a ``width`` or ``height`` may take, as Streamlit's errors list them."""
    if allow_content:
        return "a positive integer (pixels), 'stretch', or 'content'"
    return "a positive integer (pixels) or 'stretch'"


class StreamlitInvalidURLError(LocalizableStreamlitException):
    """A URL that is malformed or uses an unsupported protocol."""

    def __init__(self, url: str, protocols: tuple[str, ...] = ("http", "https", "mailto")) -> None:
        prefixes = [f'"{p}:"' if p == "mailto" else f'"{p}://"' for p in protocols]
        if len(prefixes) <= 2:
            protocols_text = " or ".join(prefixes)
        else:
            protocols_text = f"{', '.join(prefixes[:-1])}, or {prefixes[-1]}"
        super().__init__(
            '"{url}" is not a valid URL. '
            "You must use a fully qualified domain beginning with {protocols}.",
            url=url,
            protocols=protocols_text,
        )


class StreamlitInvalidHeightError(LocalizableStreamlitException):
    """A ``height`` that is not a positive int, ``"stretch"`` (or ``"content"`` where allowed)."""

    def __init__(self, height: Any, allow_content: bool = False) -> None:
        super().__init__(
            "Invalid height value: {height}. Height must be either {valid_values}.",
            height=repr(height),
            valid_values=_valid_sizes(allow_content),
        )


class StreamlitInvalidColumnSpecError(LocalizableStreamlitException):
    """``st.columns`` got no weights, or a weight that is not positive."""

    def __init__(self) -> None:
        super().__init__(
            "The `spec` argument to `st.columns` must be either a "
            "positive integer (number of columns) or a list of positive numbers (width "
            "ratios of the columns). See [documentation](https://docs.streamlit.io/"
            "develop/api-reference/layout/st.columns) for more information."
        )


class StreamlitInvalidParameterTypeError(LocalizableStreamlitException):
    """A parameter has an unsupported type."""

    def __init__(
        self,
        parameter: str,
        provided_type: str,
        expected_types: list[str],
        *,
        detail: str | None = None,
    ) -> None:
        message = (
            "Invalid `{parameter}` type. Expected one of: {expected_types}. "
            "Provided type: {provided_type}."
        )
        if detail:
            message += " {detail}"
        super().__init__(
            message,
            parameter=parameter,
            expected_types=", ".join(expected_types),
            provided_type=provided_type,
            detail=detail,
        )


class StreamlitMissingRequiredParameterError(LocalizableStreamlitException):
    """A required parameter is missing, None or empty."""

    def __init__(self, parameter: str, *, detail: str | None = None) -> None:
        message = "The `{parameter}` parameter is required."
        if detail:
            message += " {detail}"
        super().__init__(message, parameter=parameter, detail=detail)


class StreamlitIncompatibleParametersError(LocalizableStreamlitException):
    """Two or more parameter uses cannot be combined."""

    def __init__(
        self, first_use: str, second_use: str, *other_uses: str, explanation: str | None = None
    ) -> None:
        quoted = [f"`{use}`" for use in (first_use, second_use, *other_uses)]
        if len(quoted) == 2:
            uses_text = f"{quoted[0]} and {quoted[1]}"
        else:
            uses_text = ", ".join(quoted[:-1]) + f", and {quoted[-1]}"
        message = "{uses_text} cannot be used together."
        if explanation:
            message += " {explanation}"
        super().__init__(message, uses_text=uses_text, explanation=explanation)


class StreamlitDefaultNotInOptionsError(LocalizableStreamlitException):
    """A default value of a select widget is not among its options."""

    def __init__(self, value: Any) -> None:
        super().__init__(
            "The default value '{value}' is not part of the options. "
            "Please make sure that every default value also exists in the options.",
            value=value,
        )


class StreamlitSelectionCountExceedsMaxError(LocalizableStreamlitException):
    """A multiselect has more selections than ``max_selections``."""

    def __init__(self, current_selections_count: int, max_selections_count: int) -> None:
        super().__init__(
            "Multiselect has {current_selections_count} {current_selections_noun} "
            "selected but `max_selections` is set to {max_selections_count}. "
            "This happened because you either gave too many options to `default` "
            "or you manipulated the widget's state through `st.session_state`. "
            "Note that the latter can happen before the line indicated in the traceback. "
            "Please select at most {max_selections_count} {options_noun}.",
            current_selections_count=current_selections_count,
            current_selections_noun="option" if current_selections_count == 1 else "options",
            max_selections_count=max_selections_count,
            options_noun="option" if max_selections_count == 1 else "options",
        )


class StreamlitInvalidFormCallbackError(LocalizableStreamlitException):
    """A widget inside a form other than the submit button has a callback."""

    def __init__(self) -> None:
        super().__init__(
            "Within a form, callbacks can only be defined on `st.form_submit_button`. "
            "Defining callbacks on other widgets inside a form is not allowed."
        )


class StreamlitQueryParamDictValueError(LocalizableStreamlitException):
    """A query parameter was given a dict (``st.query_params["a"] = {...}``)."""

    def __init__(self, key: str) -> None:
        super().__init__(
            "Query param value for `{key}` cannot be set to a dictionary. "
            "Provide a string or iterable of strings instead.",
            key=key,
        )


class StreamlitInvalidLayoutContextError(StreamlitAPIException):
    """A command was used in a layout, form or dialog where it is not allowed."""


def _code_span(text: str) -> str:
    fence = "`"
    while fence in text:
        fence += "`"
    return f"{fence}{text}{fence}"


class StreamlitValueAssignmentNotAllowedError(LocalizableStreamlitException):
    """A read-only widget key (button, file uploader, ...) was set via session state."""

    def __init__(self, key: Any) -> None:
        super().__init__(
            "{item} is read-only and cannot be assigned through session state. Use a "
            "different session state key for values you need to set.",
            item=_code_span(f"st.session_state[{key!r}]"),
        )


class StreamlitWidgetAlreadyInstantiatedError(LocalizableStreamlitException):
    """Session state was assigned for a key after its widget was created."""

    def __init__(self, key: Any) -> None:
        super().__init__(
            "{item} cannot be modified after the widget with "
            "that key is instantiated. Assign {item} before "
            "creating the widget, or update it from an `on_change` or "
            "`on_click` callback, which runs before the widget is instantiated. "
            "If this is a read-only session state key (buttons, file and media "
            "inputs, `st.data_editor`, forms, chart or `ButtonColumn` "
            "selections), store the value under a different session state key.",
            item=_code_span(f"st.session_state[{key!r}]"),
        )


def missing_key_message(key: Any) -> str:
    """Streamlit's message for reading a session state key that was never set."""
    return f'st.session_state has no key "{key}". Did you forget to initialize it? {_SESSION_STATE_DOCS}'


def missing_attribute_message(key: Any) -> str:
    """Streamlit's message for reading a session state attribute that was never set."""
    return (
        f'st.session_state has no attribute "{key}". Did you forget to initialize it? '
        f"{_SESSION_STATE_DOCS}"
    )


def form_context_message(command: str, inside: bool) -> str:
    """The message for a button inside a form or a submit button outside one."""
    if inside:
        return (
            f"`st.{command}()` can't be used in an `st.form()`. Use "
            f"`st.form_submit_button()` instead to submit the form.{_FORM_DOCS_INFO}"
        )
    return f"`st.{command}()` must be used inside an `st.form()`.{_FORM_DOCS_INFO}"


__all__ = [
    "AppTestError",
    "DuplicateWidgetID",
    "ElementNotFoundError",
    "Error",
    "InteractionError",
    "LocalizableStreamlitException",
    "MarkdownFormattedException",
    "NoScriptRunError",
    "NoSessionContext",
    "RerunLimitError",
    "ScriptNotFoundError",
    "ScriptTimeoutError",
    "StreamlitAPIException",
    "StreamlitAPIWarning",
    "StreamlitDefaultNotInOptionsError",
    "StreamlitDuplicateElementId",
    "StreamlitDuplicateElementKey",
    "StreamlitIncompatibleParametersError",
    "StreamlitInvalidFormCallbackError",
    "StreamlitInvalidLayoutContextError",
    "StreamlitInvalidMinMaxError",
    "StreamlitInvalidNumberFormatError",
    "StreamlitInvalidParameterTypeError",
    "StreamlitMissingRequiredParameterError",
    "StreamlitMixedNumericTypesError",
    "StreamlitQueryParamDictValueError",
    "StreamlitSelectionCountExceedsMaxError",
    "StreamlitValueAboveMaxError",
    "StreamlitValueAssignmentNotAllowedError",
    "StreamlitValueBelowMinError",
    "StreamlitValueError",
    "StreamlitValueOutOfRangeError",
    "StreamlitWidgetAlreadyInstantiatedError",
    "UnserializableSessionStateError",
    "missing_attribute_message",
    "missing_key_message",
]
