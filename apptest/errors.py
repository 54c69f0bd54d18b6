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

import os
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


class SessionClosedError(AppTestError, RuntimeError):
    """A test used an ``AppTest`` whose tab it closed with ``close()``."""


class PageNotFoundError(AppTestError, ValueError):
    """The test asked for a page the app does not have (the message lists its pages)."""


class PluginError(AppTestError, RuntimeError):
    """An apptest plugin failed: it raised in a hook, could not load, or registered a name
    twice. The message names the plugin and the hook."""


# --------------------------------------------------------------------------- streamlit


class Error(Exception):
    """The base class of Streamlit's exceptions (``streamlit.errors.Error``)."""


class NoSessionContext(Error):
    """Streamlit's error for code that runs outside a session."""


class FragmentHandledException(Exception):
    """A fragment raised and already showed the error inside itself (Streamlit's class).

    Not an ``Error``: in Streamlit it derives from ``Exception`` directly. An app that
    calls a failing fragment inside ``try`` catches this, with the original message.
    """


FragmentHandledException.__module__ = "streamlit.errors"


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


class StreamlitPageNotFoundError(LocalizableStreamlitException):
    """A page given to ``st.Page``, ``st.switch_page`` or ``st.page_link`` does not exist."""

    def __init__(
        self,
        page: str,
        main_script_directory: str | None = None,
        uses_pages_directory: bool = False,
    ) -> None:
        if main_script_directory is None:
            super().__init__("Unable to create Page. The file `{page}` could not be found.",
                             page=page)
            return
        message = (
            "Could not find page: `{page}`. You must provide a `Page` object or file path "
            "relative to the entrypoint file. Only pages previously defined by `st.Page` and "
            "passed to `st.navigation` are allowed."
        )
        if uses_pages_directory:
            message = (
                "Could not find page: `{page}`. You must provide a file path relative to the "
                "entrypoint file (from the directory `{directory}`). Only the entrypoint file "
                "and files in the `pages/` directory are supported."
            )
        super().__init__(message, page=page, directory=os.path.basename(main_script_directory))


class StreamlitInvalidLayoutContextError(StreamlitAPIException):
    """A command was used in a layout, form or dialog where it is not allowed."""


# The caching errors live in ``streamlit.runtime.caching`` (and the widget warning in
# ``streamlit.elements.lib.policies``): their ``__module__`` names that module, so an
# uncaught one shows Streamlit's qualified type name on the exception element.
_CACHE_ERRORS_MODULE = "streamlit.runtime.caching.cache_errors"
_CACHE_DOCS_URL = "https://docs.streamlit.io/develop/concepts/architecture/caching"


def _func_name_md(func: Any) -> str:
    """Streamlit's ``get_cached_func_name_md``: `` `name()` `` for a function."""
    if hasattr(func, "__name__"):
        return f"`{func.__name__}()`"
    return f"`{type(func).__name__}`"


def _fqn_type(obj: Any) -> str:
    return f"{type(obj).__module__}.{type(obj).__qualname__}"


class StreamlitBadTimeStringError(LocalizableStreamlitException):
    """A ``ttl`` (or other duration) string that cannot be parsed."""

    def __init__(self, time_string: str) -> None:
        super().__init__(
            "Time string doesn't look right. It should be formatted as "
            "`'1d2h34m'` or `2 days`, for example. Got: {time_string}",
            time_string=time_string,
        )


class UnhashableParamError(StreamlitAPIException):
    """An argument of a cached function cannot be hashed into the cache key."""

    __module__ = _CACHE_ERRORS_MODULE

    def __init__(self, cache_type: str, func: Any, arg_name: str | None, arg_value: Any) -> None:
        name = getattr(func, "__name__", "unknown")
        replacement = f"_{arg_name}" if arg_name is not None else "_arg"
        super().__init__(
            f"Cannot hash argument '{arg_name if arg_name is not None else '(unnamed)'}' "
            f"(of type `{_fqn_type(arg_value)}`) in '{name}'.\n\n"
            "To address this, you can tell Streamlit not to hash this argument by adding a\n"
            "leading underscore to the argument's name in the function signature:\n\n"
            f"```\n@st.{cache_type}\ndef {name}({replacement}, ...):\n    ...\n```"
        )


class UserHashError(StreamlitAPIException):
    """A function given in ``hash_funcs`` raised while hashing an argument."""

    __module__ = "streamlit.runtime.caching.hashing"

    def __init__(self, orig_exc: BaseException, failed_obj: Any, hash_func: Any,
                 cache_type: str, source: Any, hash_stack: str) -> None:
        self.alternate_name = type(orig_exc).__name__
        func_name = f"`{hash_func.__name__}()`" if hasattr(hash_func, "__name__") else "a function"
        source_desc = f"`{source.__name__}()`" if hasattr(source, "__name__") else "a function"
        super().__init__(
            f"{orig_exc}\n\n"
            f"This error is likely due to a bug in {func_name}, which is a\n"
            f"user-defined hash function that was passed into the `@st.{cache_type}` "
            f"decorator of\n{source_desc}.\n\n"
            f"{func_name} failed when hashing an object of type\n`{_fqn_type(failed_obj)}`.  "
            "If you don't know where that object is coming from,\n"
            "try looking at the hash chain below for an object that you do recognize, then\n"
            f"pass that to `hash_funcs` instead:\n\n```\n{hash_stack}\n```\n\n"
            "If you think this is actually a Streamlit bug, please\n"
            "[file a bug report here](https://github.com/streamlit/streamlit/issues/new/choose)."
        )


class CacheReplayClosureError(StreamlitAPIException):
    """A cached function wrote to a container created outside it; its replay cannot."""

    __module__ = _CACHE_ERRORS_MODULE

    def __init__(self, cache_type: str, func: Any) -> None:
        name = _func_name_md(func)
        super().__init__(
            f"While running {name}, a streamlit element is called on some layout block\n"
            "created outside the function. This is incompatible with replaying the cached\n"
            "effect of that element, because the referenced block might not exist when\n"
            "the replay happens.\n\n"
            "How to fix this:\n"
            "* Move the creation of that layout block inside "
            f"{name}.\n* Move the call to the streamlit element outside of {name}.\n"
            f"* Remove the `@st.{cache_type}` decorator from {name}."
        )


class UnserializableReturnValueError(MarkdownFormattedException):
    """``st.cache_data`` got a return value that ``pickle`` rejects."""

    __module__ = _CACHE_ERRORS_MODULE

    def __init__(self, func: Any, return_value: Any) -> None:
        value_type = (
            f"`{return_value.__module__}.{type(return_value).__name__}`"
            if hasattr(return_value, "__module__") and hasattr(type(return_value), "__name__")
            else _func_name_md(return_value)
        )
        super().__init__(
            f"""
            Cannot serialize the return value (of type {value_type})
            in {_func_name_md(func)}. `st.cache_data` uses
            [pickle](https://docs.python.org/3/library/pickle.html) to serialize the
            function's return value and safely store it in the cache
            without mutating the original object. Please convert the return value to a
            pickle-serializable type. If you want to cache unserializable objects such
            as database connections or Tensorflow sessions, use `st.cache_resource`
            instead (see [our docs]({_CACHE_DOCS_URL}) for differences)."""
        )


class CachedWidgetWarning(StreamlitAPIWarning):
    """A widget was created inside a cached function (shown, not raised)."""

    __module__ = "streamlit.elements.lib.policies"

    def __init__(self) -> None:
        super().__init__(
            "\nYour script uses a widget command in a cached function\n"
            "(function decorated with `@st.cache_data` or `@st.cache_resource`).\n"
            'This code will only be called when we detect a cache "miss",\n'
            "which can lead to unexpected results.\n\n"
            "To fix this, move all widget commands outside the cached function.\n"
        )


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


# --------------------------------------------------------------------------- app services
# secrets, auth, custom components (issue 5); messages as in Streamlit 1.67


class StreamlitSecretNotFoundError(LocalizableStreamlitException, FileNotFoundError):
    """No secrets were given, or a secrets source cannot be read."""


class StreamlitAuthError(StreamlitAPIException):
    """Raised when Streamlit authentication fails."""


class StreamlitMissingAuthlibError(StreamlitAuthError):
    """Authentication is used but Authlib is not installed (not raised by apptest)."""

    def __init__(self) -> None:
        super().__init__(
            "Authentication requires Authlib>=1.3.2. Install it via `pip install streamlit[auth]`."
        )


class MarshallComponentException(StreamlitAPIException):
    """A custom component was called with arguments it cannot send."""


class BidiComponentError(LocalizableStreamlitException):
    """Base class of the ``st.components.v2`` component errors."""


class BidiComponentInvalidCallbackNameError(BidiComponentError):
    """A v2 component callback is not named ``on_<event>_change``."""

    def __init__(self, callback_name: str) -> None:
        super().__init__(
            "The callback name `'{callback_name}'` is not allowed. "
            "Callback names must follow the pattern `on_{{event_name}}_change` "
            "where `event_name` is not empty.",
            callback_name=callback_name,
        )


class BidiComponentInvalidDefaultKeyError(BidiComponentError):
    """A key of a v2 component's ``default`` has no ``on_<key>_change`` callback."""

    def __init__(self, state_key: str, available_keys: list[str]) -> None:
        super().__init__(
            "Key `'{state_key}'` in `default` is not a valid state name. "
            "Valid state names are those with corresponding `on_{{state_name}}_change` "
            "callbacks. Available state names: `{available_keys}`",
            state_key=state_key,
            available_keys=available_keys or "none",
        )


class ConnectionNotSimulatedError(AppTestError, NotImplementedError):
    """``st.connection(name)`` was called but the test provided no such connection."""


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
    "BidiComponentError",
    "BidiComponentInvalidCallbackNameError",
    "BidiComponentInvalidDefaultKeyError",
    "CacheReplayClosureError",
    "CachedWidgetWarning",
    "ConnectionNotSimulatedError",
    "DuplicateWidgetID",
    "ElementNotFoundError",
    "Error",
    "InteractionError",
    "LocalizableStreamlitException",
    "MarkdownFormattedException",
    "MarshallComponentException",
    "NoScriptRunError",
    "NoSessionContext",
    "PageNotFoundError",
    "RerunLimitError",
    "ScriptNotFoundError",
    "ScriptTimeoutError",
    "SessionClosedError",
    "StreamlitAPIException",
    "StreamlitAPIWarning",
    "StreamlitAuthError",
    "StreamlitBadTimeStringError",
    "StreamlitDefaultNotInOptionsError",
    "StreamlitDuplicateElementId",
    "StreamlitDuplicateElementKey",
    "StreamlitIncompatibleParametersError",
    "StreamlitInvalidFormCallbackError",
    "StreamlitInvalidLayoutContextError",
    "StreamlitInvalidMinMaxError",
    "StreamlitInvalidNumberFormatError",
    "StreamlitInvalidParameterTypeError",
    "StreamlitMissingAuthlibError",
    "StreamlitMissingRequiredParameterError",
    "StreamlitMixedNumericTypesError",
    "StreamlitPageNotFoundError",
    "StreamlitQueryParamDictValueError",
    "StreamlitSecretNotFoundError",
    "StreamlitSelectionCountExceedsMaxError",
    "StreamlitValueAboveMaxError",
    "StreamlitValueAssignmentNotAllowedError",
    "StreamlitValueBelowMinError",
    "StreamlitValueError",
    "StreamlitValueOutOfRangeError",
    "StreamlitWidgetAlreadyInstantiatedError",
    "UnhashableParamError",
    "UnserializableReturnValueError",
    "UnserializableSessionStateError",
    "UserHashError",
    "missing_attribute_message",
    "missing_key_message",
]
