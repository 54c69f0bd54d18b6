"""``st.secrets``: the secrets a test gives an app, read like Streamlit reads them.

Streamlit reads ``~/.streamlit/secrets.toml`` and ``<cwd>/.streamlit/secrets.toml`` (the
``secrets.files`` option). apptest reads no file on its own: an app sees only the secrets
its test passes (``AppTest.from_file(..., secrets="secrets.toml")``, ``secrets={...}`` or
``at.secrets[...] = ...`` before a run). Without any, every read raises Streamlit's
``StreamlitSecretNotFoundError``, as a server without a secrets file does.

``Secrets`` and ``AttrDict`` copy Streamlit's classes (``streamlit.runtime.secrets``):
item and attribute access, nested tables as ``AttrDict``, read-only, Streamlit's messages
for a missing key. ``mask_secrets`` keeps secret values out of printed trees.
"""

from __future__ import annotations

import os
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, NoReturn

from apptest.errors import StreamlitSecretNotFoundError
from apptest.runtime._config import toml_module

_MISSING_ENTRY_HINT = (
    "Did you forget to add it to secrets.toml, mount it to secret directory, or the app "
    "settings on Streamlit Cloud? More info: "
    "https://docs.streamlit.io/deploy/streamlit-community-cloud/deploy-your-app/secrets-management"
)
#: the mask that replaces a secret value in printed output
MASK = "***"
#: secret strings shorter than this are not masked (they would mask ordinary text)
MIN_MASKED_LENGTH = 4


def missing_attr_message(name: str) -> str:
    """Streamlit's message for ``st.secrets.<name>`` with no such entry."""
    return f'st.secrets has no attribute "{name}". {_MISSING_ENTRY_HINT}'


def missing_key_message(key: str) -> str:
    """Streamlit's message for ``st.secrets[key]`` with no such entry."""
    return f'st.secrets has no key "{key}". {_MISSING_ENTRY_HINT}'


def default_secrets_files() -> list[str]:
    """The files Streamlit would read (``secrets.files``); apptest never reads them."""
    return [
        os.path.join(os.path.expanduser("~"), ".streamlit", "secrets.toml"),
        os.path.join(os.getcwd(), ".streamlit", "secrets.toml"),
    ]


def no_secrets_error() -> StreamlitSecretNotFoundError:
    """Streamlit's error when no secrets file exists."""
    return StreamlitSecretNotFoundError(
        "No secrets found. Valid paths for a secrets.toml file or secret directories are: "
        "{file_paths}",
        file_paths=", ".join(default_secrets_files()),
        error_id="no-secrets-found",
    )


def load_secrets(source: str | os.PathLike[str] | Mapping[str, Any] | None) -> dict[str, Any]:
    """The secrets a test passed: a TOML file's tables or a dict (deep-copied).

    Example:
        >>> load_secrets({"db": {"user": "bob"}})
        {'db': {'user': 'bob'}}
    """
    if source is None:
        return {}
    if isinstance(source, Mapping):
        import copy

        return copy.deepcopy(dict(source))
    path = os.fspath(source)
    tomllib = toml_module()
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise
    except (TypeError, tomllib.TOMLDecodeError) as ex:
        raise StreamlitSecretNotFoundError(
            "Error parsing secrets file at {path}: {error}", path=path, error=ex,
            error_id="secrets-file-parse-error",
        ) from ex


def _wrap(value: Any) -> Any:
    return AttrDict(value) if isinstance(value, Mapping) else value


class ReadOnly:
    """Streamlit's errors for writing to secrets."""

    def __setitem__(self, key: str, value: Any) -> NoReturn:
        raise TypeError("Secrets does not support item assignment.")

    def __delitem__(self, key: str) -> NoReturn:
        raise TypeError("Secrets does not support item deletion.")

    def __setattr__(self, key: str, value: Any) -> NoReturn:
        raise TypeError("Secrets does not support attribute assignment.")


class _SecretTable(ReadOnly, Mapping[str, Any]):
    """Item and attribute access to a table of secrets, with Streamlit's messages."""

    def _parse(self) -> dict[str, Any]:
        raise NotImplementedError

    def __getitem__(self, key: str) -> Any:
        try:
            return _wrap(self._parse()[key])
        except KeyError:
            raise KeyError(missing_key_message(key)) from None

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        try:
            return _wrap(self._parse()[name])
        except (KeyError, FileNotFoundError):
            raise AttributeError(missing_attr_message(name)) from None

    def __len__(self) -> int:
        return len(self._parse())

    def __iter__(self) -> Iterator[str]:
        return iter(self._parse())

    def __repr__(self) -> str:
        return repr(self._parse())

    def to_dict(self) -> dict[str, Any]:
        """A deep copy as plain dicts.

        Example:
            >>> Secrets({"db": {"user": "bob"}}).to_dict()
            {'db': {'user': 'bob'}}
        """
        import copy

        return copy.deepcopy(self._parse())


class AttrDict(_SecretTable):
    """A nested table of secrets (Streamlit's ``AttrDict``).

    Example:
        >>> AttrDict({"user": "bob"}).user
        'bob'
    """

    def __init__(self, value: Mapping[str, Any]) -> None:
        self.__dict__["_values"] = dict(value)

    def _parse(self) -> dict[str, Any]:
        return self.__dict__["_values"]  # type: ignore[no-any-return]


class Secrets(_SecretTable):
    """All secrets of one app, or none (``values=None``: every read raises).

    Example:
        >>> Secrets({"token": "abc"}).token
        'abc'
    """

    def __init__(self, values: Mapping[str, Any] | None) -> None:
        self.__dict__["_values"] = None if values is None else dict(values)

    def values_or_none(self) -> dict[str, Any] | None:
        """The secrets, or None when the test gave none (reads nothing, raises nothing)."""
        return self.__dict__["_values"]  # type: ignore[no-any-return]

    def _parse(self) -> dict[str, Any]:
        values = self.values_or_none()
        if values is None:
            raise no_secrets_error()
        return values

    def __contains__(self, key: object) -> bool:
        return key in self._parse()

    def has_key(self, k: str) -> bool:
        """Whether ``k`` is a top-level secret.

        Example:
            >>> Secrets({"a": 1}).has_key("a")
            True
        """
        return k in self._parse()

    def keys(self) -> KeysView[str]:
        """The top-level names."""
        return self._parse().keys()

    def values(self) -> ValuesView[Any]:
        """The top-level values (tables as plain dicts, as in Streamlit)."""
        return self._parse().values()

    def items(self) -> ItemsView[str, Any]:
        """The top-level ``(name, value)`` pairs."""
        return self._parse().items()


def secret_strings(values: Mapping[str, Any] | None) -> set[str]:
    """Every string leaf of the secrets that is long enough to be masked.

    Example:
        >>> sorted(secret_strings({"db": {"pw": "s3cret", "port": 5432}, "x": "ab"}))
        ['s3cret']
    """
    found: set[str] = set()
    stack: list[Any] = [values or {}]
    while stack:
        value = stack.pop()
        if isinstance(value, Mapping):
            stack.extend(value.values())
        elif isinstance(value, (list, tuple)):
            stack.extend(value)
        elif isinstance(value, str) and len(value) >= MIN_MASKED_LENGTH:
            found.add(value)
    return found


def mask_secrets(text: str, secrets: set[str]) -> str:
    """``text`` with every occurrence of a secret (also as ``repr`` shows it) masked.

    Example:
        >>> mask_secrets("value='pw is s3cret'", {"s3cret"})
        "value='pw is ***'"
    """
    for secret in sorted(secrets, key=len, reverse=True):
        text = text.replace(secret, MASK)
        shown = repr(secret)[1:-1]
        if shown != secret:
            text = text.replace(shown, MASK)
    return text
