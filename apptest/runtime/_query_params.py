"""``QueryParams``: the query string of one tab's URL, as Streamlit keeps it.

The model is Streamlit's ``streamlit.runtime.state.query_params.QueryParams``: keys are
strings, a value is a string or (for a repeated key) a list of strings, ``embed`` and
``embed_options`` stay in the URL but are hidden from the app. Widgets created with
``bind="query-params"`` own the parameter named by their key: the app cannot set or
delete it directly, and it leaves the URL when its widget leaves the page.

The URL is what a browser shows. Each run starts from it (the test may have edited
``at.query_params``), the app's writes change it, and the test reads it back afterwards.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from typing import TYPE_CHECKING, Any

from apptest.errors import StreamlitAPIException, StreamlitQueryParamDictValueError

if TYPE_CHECKING:
    from apptest.runtime._bindings import Binding

EMBED_KEYS = ("embed", "embed_options")

#: a URL value: one string, or the strings of a repeated key
UrlValue = str | list[str]


def missing_key_message(key: str) -> str:
    """Streamlit's message for reading a query parameter that is not in the URL."""
    return f'st.query_params has no key "{key}".'


def _is_embed(key: str) -> bool:
    return key.lower() in EMBED_KEYS


def check_bindable(key: str) -> None:
    """``embed`` and ``embed_options`` cannot be bound to a widget."""
    if _is_embed(key):
        raise StreamlitAPIException(
            f"Cannot bind to reserved query parameter '{key}'. 'embed' and "
            "'embed_options' are used internally for Streamlit's embed functionality.",
            error_id="query-param-reserved-cannot-bind",
        )


def set_item(target: dict[str, UrlValue], key: str, value: Any) -> None:
    """Store ``value`` as Streamlit does: a str, or a list of str for an iterable."""
    if isinstance(value, dict):
        raise StreamlitQueryParamDictValueError(key)
    if _is_embed(key):
        raise StreamlitAPIException(
            "Query param embed and embed_options (case-insensitive) cannot be set "
            "programmatically.",
            error_id="query-param-embed-cannot-set",
        )
    if isinstance(value, Iterable) and not isinstance(value, str):
        target[key] = [str(item) for item in value]
    else:
        target[key] = str(value)


def _pairs(other: Any) -> list[tuple[str, Any]]:
    if hasattr(other, "keys") and hasattr(other, "__getitem__"):
        return [(k, other[k]) for k in list(other.keys())]
    return list(other)


def from_test_dict(params: Mapping[str, Any]) -> dict[str, UrlValue]:
    """The URL a test's ``at.query_params`` dict stands for (``urlencode(doseq=True)``)."""
    if not params:  # spares importing urllib.parse
        return {}
    from urllib import parse

    query = parse.urlencode(dict(params), doseq=True)
    parsed = parse.parse_qs(query, keep_blank_values=True)
    return {k: v[0] if len(v) == 1 else v for k, v in parsed.items()}


class QueryParams(MutableMapping[str, str]):
    """The query parameters of one tab, with the widget bindings on them."""

    def __init__(self) -> None:
        self._params: dict[str, UrlValue] = {}
        self._initial: dict[str, UrlValue] = {}
        self._by_param: dict[str, Binding] = {}
        self._by_widget: dict[str, Binding] = {}

    # ------------------------------------------------------------------ mapping
    def __iter__(self) -> Iterator[str]:
        return iter([k for k in self._params if not _is_embed(k)])

    def __len__(self) -> int:
        return sum(1 for k in self._params if not _is_embed(k))

    def __str__(self) -> str:
        return str(self._params)

    def __getitem__(self, key: str) -> str:
        if _is_embed(key) or key not in self._params:
            raise KeyError(missing_key_message(key))
        value = self._params[key]
        if isinstance(value, list):
            return value[-1] if value else ""
        return value

    def __setitem__(self, key: str, value: Any) -> None:
        self._check_unbound(key)
        set_item(self._params, key, value)

    def __delitem__(self, key: str) -> None:
        if _is_embed(key):
            raise KeyError(missing_key_message(key))
        if self.is_bound(key):
            raise StreamlitAPIException(
                f"Cannot directly delete query parameter '{key}' - it is bound to a widget. "
                "Modify the widget value instead.",
                error_id="query-param-bound-cannot-delete",
            )
        if key not in self._params:
            raise KeyError(missing_key_message(key))
        del self._params[key]

    def _check_unbound(self, key: str) -> None:
        if self.is_bound(key):
            raise StreamlitAPIException(
                f"Cannot directly set query parameter '{key}' - it is bound to a widget. "
                "Modify the widget value instead.",
                error_id="query-param-bound-cannot-set",
            )

    def update(self, other: Any = (), /, **kwds: Any) -> None:
        """Set several parameters; nothing changes if one of them is bound to a widget."""
        pairs = [*_pairs(other), *kwds.items()]
        for key, _ in pairs:
            self._check_unbound(key)
        for key, value in pairs:
            set_item(self._params, key, value)

    def get_all(self, key: str) -> list[str]:
        """Every value of ``key`` (a repeated key has several), ``[]`` if absent."""
        if key not in self._params or _is_embed(key):
            return []
        value = self._params[key]
        return list(value) if isinstance(value, list) else [value]

    def clear(self) -> None:
        """Remove every parameter but ``embed`` options; refused while widgets are bound."""
        bound = [k for k in self._params if self.is_bound(k)]
        if bound:
            raise StreamlitAPIException(
                "Cannot clear query parameters - the following are bound to widgets: "
                f"{', '.join(repr(k) for k in bound)}. Modify the widget values instead, "
                "or remove the bind parameter.",
                error_id="query-param-bound-cannot-clear",
            )
        self._keep_embed()

    def _keep_embed(self) -> None:
        self._params = {k: v for k, v in self._params.items() if _is_embed(k)}

    def to_dict(self) -> dict[str, str]:
        """Every parameter with its last value."""
        return {k: self[k] for k in self._params if not _is_embed(k)}

    def from_dict(self, params: Any) -> None:
        """Replace every parameter (but ``embed`` options); unchanged if the update fails."""
        old = dict(self._params)
        self._keep_embed()
        try:
            self.update(params)
        except StreamlitAPIException:
            self._params = old
            raise

    # ------------------------------------------------------------------ the URL
    def load(self, url: Mapping[str, UrlValue]) -> None:
        """Take the URL a run starts with (the browser's address bar)."""
        self._params = {k: list(v) if isinstance(v, list) else v for k, v in url.items()}

    def start_run(self) -> None:
        """Remember the URL this run started with: bound widgets are seeded from it."""
        self._initial = dict(self._params)

    def initial_value(self, key: str) -> UrlValue | None:
        """The value ``key`` had when the run started, or None."""
        return self._initial.get(key)

    def to_test_dict(self) -> dict[str, Any]:
        """The URL as ``at.query_params`` shows it: str, list[str] for repeated keys."""
        return from_test_dict(self._params)

    def has_param(self, key: str) -> bool:
        """Whether ``key`` is in the URL."""
        return key in self._params

    def get_param(self, key: str) -> UrlValue | None:
        """The raw URL value of ``key`` (bound or not), or None."""
        return self._params.get(key)

    def set_param(self, key: str, value: UrlValue) -> None:
        """Write a (bound) parameter, bypassing the app-side checks."""
        self._params[key] = value

    def remove_param(self, key: str) -> None:
        """Remove a (bound) parameter if it is there."""
        self._params.pop(key, None)

    # ------------------------------------------------------------------ bindings
    def bind_widget(self, binding: Binding) -> None:
        """Bind a widget to the parameter named by its key (replacing an older binding)."""
        key = binding.param_key
        check_bindable(key)
        old = self._by_param.get(key)
        if old is not None and old.widget_id != binding.widget_id:
            self._by_widget.pop(old.widget_id, None)
        self._by_param[key] = binding
        self._by_widget[binding.widget_id] = binding

    def unbind_widget(self, widget_id: str, *, clear: bool = False) -> None:
        """Forget a widget's binding (and with ``clear``, its parameter)."""
        binding = self._by_widget.pop(widget_id, None)
        if binding is None:
            return
        self._by_param.pop(binding.param_key, None)
        if clear:
            self.remove_param(binding.param_key)

    def is_bound(self, key: str) -> bool:
        """Whether a widget owns the parameter ``key`` (case-sensitive)."""
        return key in self._by_param

    def binding_for(self, widget_id: str) -> Binding | None:
        """The binding of a widget, or None."""
        return self._by_widget.get(widget_id)

    def bindings(self) -> list[Binding]:
        """The current bindings."""
        return list(self._by_widget.values())

    def remove_stale_bindings(self, active: set[str]) -> None:
        """Widgets that left the page take their parameter out of the URL."""
        for widget_id in [w for w in self._by_widget if w not in active]:
            self.unbind_widget(widget_id, clear=True)

    def apply_edits(self, values: Mapping[str, Any], current: Callable[[str], Any]) -> None:
        """What a browser does when a person changes a bound widget: update the URL.

        ``values`` are the widget values about to be sent; ``current(widget_id)`` is the
        value the widget had. A widget back at its default leaves the URL.
        """
        if not self._by_widget:
            return
        for binding in self.bindings():
            wid = binding.widget_id
            if wid not in values:
                continue
            value = values[wid]
            try:
                if value == current(wid):
                    continue
            except KeyError:
                pass
            if value == binding.default:
                self.remove_param(binding.param_key)
            else:
                self.set_param(binding.param_key, binding.encode(value))


__all__ = ["QueryParams", "UrlValue", "check_bindable", "from_test_dict"]
