"""The snapshot text of an app: complete, readable and the same on every run.

One serializer for syrupy snapshots (``apptest.snapshot``) and the CLI. It reads like
``print(at)`` (one line per node: kind, key, label, value; indented by nesting; then the
session state) but values are never shortened, and a value that would not be stable is
rewritten:

- data frames and series: shape, dtypes and the first rows;
- bytes: size and the first 12 hex digits of the SHA-256;
- no memory addresses (``<function f>``), sets sorted, freezegun's ``FakeDatetime`` shown
  as ``datetime.datetime``;
- the app's secrets (strings of four or more characters) replaced by ``***``.

Parts can be left out (``exclude_kinds``, ``exclude_keys``) or have their value replaced
(``redact_kinds``, ``redact_keys``), see :class:`SnapshotOptions`.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from apptest.runtime._secrets import mask_secrets, secret_strings
from apptest.tree._nodes import Block, Node
from apptest.tree._render import plugin_text

Path = tuple[tuple[str, type], ...]
PropFilter = Callable[..., bool]
Matcher = Callable[..., Any]

_ADDRESS = re.compile(r" (?:object )?at 0x[0-9a-fA-F]+")
_FAKE_DATETIME = re.compile(r"\bFake(Datetime|Date)\(")
_HEAD_ROWS = 5
#: the syrupy property path of a session-state entry
_STATE_PATH: Path = (("session_state", dict),)


@dataclass(frozen=True)
class SnapshotOptions:
    """What to leave out of or hide in a snapshot.

    ``exclude_*`` drop matching nodes (with everything inside them) and session-state
    keys; ``redact_*`` keep them but show ``replacement`` as the value. ``prop_filter`` and
    ``matcher`` are syrupy's ``exclude=`` and ``matcher=`` callables, asked about every
    field (``prop`` is ``"key"``, ``"label"``, ``"value"`` or a session-state key).

    Example:
        >>> opts = SnapshotOptions(exclude_kinds=frozenset({"time_input"}))
    """

    exclude_kinds: frozenset[str] = frozenset()
    exclude_keys: frozenset[Any] = frozenset()
    redact_kinds: frozenset[str] = frozenset()
    redact_keys: frozenset[Any] = frozenset()
    replacement: str = "<redacted>"
    secrets: tuple[str, ...] = ()
    prop_filter: PropFilter | None = None
    matcher: Matcher | None = field(default=None, compare=False)

    def drops(self, kind: str, key: Any) -> bool:
        """Whether a node of ``kind`` with ``key`` is left out."""
        return kind in self.exclude_kinds or _has_key(self.exclude_keys, key)

    def hides(self, kind: str, key: Any) -> bool:
        """Whether the value of a node of ``kind`` with ``key`` is redacted."""
        return kind in self.redact_kinds or _has_key(self.redact_keys, key)


def _has_key(keys: frozenset[Any], key: Any) -> bool:
    try:
        return key is not None and key in keys
    except TypeError:  # an unhashable key matches nothing
        return False


# --------------------------------------------------------------------------- values
def _frame(value: Any) -> list[str]:
    rows, cols = value.shape
    dtypes = " ".join(f"{name}={dtype}" for name, dtype in value.dtypes.items())
    head = value.head(_HEAD_ROWS).to_string(max_colwidth=40).splitlines()
    return [f"<DataFrame {rows} rows x {cols} columns>", f"dtypes: {dtypes}", "head:",
            *("  " + line for line in head)]


def _series(value: Any) -> list[str]:
    head = value.head(_HEAD_ROWS).to_string().splitlines()
    return [f"<Series {len(value)} rows dtype={value.dtype} name={value.name!r}>", "head:",
            *("  " + line for line in head)]


def _array(value: Any) -> list[str]:
    text = f"<ndarray shape={value.shape} dtype={value.dtype}"
    if value.size <= 20:
        return [f"{text} values={value.tolist()!r}>"]
    return [f"{text} sha256={hashlib.sha256(value.tobytes()).hexdigest()[:12]}>"]


def _bytes(value: Any) -> list[str]:
    data = bytes(value)
    return [f"<{type(value).__name__} {len(data)} bytes sha256="
            f"{hashlib.sha256(data).hexdigest()[:12]}>"]


#: values that need more than ``repr``, by the qualified name of a class in their MRO
_BY_TYPE_NAME: dict[str, Callable[[Any], list[str]]] = {
    "pandas.DataFrame": _frame,
    "pandas.core.frame.DataFrame": _frame,
    "pandas.Series": _series,
    "pandas.core.series.Series": _series,
    "numpy.ndarray": _array,
    "builtins.bytes": _bytes,
    "builtins.bytearray": _bytes,
    "builtins.memoryview": _bytes,
}


def _special(value: Any) -> Callable[[Any], list[str]] | None:
    for cls in type(value).__mro__:
        handler = _BY_TYPE_NAME.get(f"{cls.__module__}.{cls.__qualname__}")
        if handler is not None:
            return handler
    return None


def value_lines(value: Any) -> list[str]:
    """The snapshot text of a value: one line, or a first line and indented details.

    Example:
        >>> value_lines(b"hello")
        ['<bytes 5 bytes sha256=2cf24dba5fb0>']
        >>> value_lines({"b": {2, 1}, "f": len})
        ["{'b': {1, 2}, 'f': <built-in function len>}"]
    """
    handler = _special(value)
    if handler is not None:
        return handler(value)
    if isinstance(value, (str, Mapping, list, tuple, set, frozenset)):
        return [inline(value)]
    return _stable_repr(value).splitlines() or [""]


def inline(value: Any) -> str:
    """A value on one line: containers element by element, leaves by a stable ``repr``.

    Example:
        >>> inline([b"ab", frozenset({"y", "x"})])
        "[<bytes 2 bytes sha256=fb8e20fc2e4c>, frozenset({'x', 'y'})]"
    """
    if isinstance(value, Mapping) and type(value).__repr__ is dict.__repr__:
        return "{" + ", ".join(f"{inline(k)}: {inline(v)}" for k, v in value.items()) + "}"
    if type(value) in (list, tuple):
        items = ", ".join(map(inline, value))
        return f"[{items}]" if type(value) is list else f"({items}{',' if len(value) == 1 else ''})"
    if isinstance(value, (set, frozenset)):
        items = ", ".join(sorted(map(inline, value)))
        if not value:
            return f"{type(value).__name__}()"
        return f"{{{items}}}" if isinstance(value, set) else f"frozenset({{{items}}})"
    handler = _special(value)
    if handler is not None:
        return handler(value)[0]
    return _stable_repr(value).replace("\n", "\\n")


def _stable_repr(value: Any) -> str:
    try:
        text = repr(value)
    except Exception:  # a broken __repr__ must not break the snapshot
        return f"<{type(value).__name__}>"
    text = _FAKE_DATETIME.sub(lambda m: f"datetime.{m[1].lower()}(", text)
    return _ADDRESS.sub("", text)


# --------------------------------------------------------------------------- nodes
def _read(node: Node, name: str) -> Any:
    try:
        return getattr(node, name, None)
    except Exception as exc:  # a broken property must not break the snapshot
        return f"<error: {type(exc).__name__}>"


_BLOCK_FIELDS = ("key", "label")
_ELEMENT_FIELDS = ("key", "label", "value")


class _Writer:
    """Collects the lines of one snapshot."""

    def __init__(self, options: SnapshotOptions) -> None:
        self.options = options
        self.lines: list[str] = []

    def field(self, prop: str, value: Any, path: Path) -> list[str] | None:
        """The text of one field, or None when syrupy's ``exclude=`` drops it."""
        opts = self.options
        if opts.prop_filter is not None and opts.prop_filter(prop=prop, path=path):
            return None
        if opts.matcher is not None:
            value = opts.matcher(data=value, path=(*path, (prop, type(value))))
        return value_lines(value)

    def node(self, node: Node, depth: int, path: Path) -> None:
        kind = str(_read(node, "type"))
        key = _read(node, "key")
        if self.options.drops(kind, key):
            return
        path = (*path, (kind, type(node)))
        if self.custom(node, depth, path):
            return
        parts, details = [kind], []
        for prop in _BLOCK_FIELDS if isinstance(node, Block) else _ELEMENT_FIELDS:
            value = _read(node, prop)
            if prop != "value" and (value is None or value == ""):
                continue
            if prop == "value" and self.options.hides(kind, key):
                value = _Shown(self.options.replacement)
            text = self.field(prop, value, path)
            if text is not None:
                parts.append(f"{prop}={text[0]}")
                details.extend(text[1:])
        indent = "  " * depth
        self.lines.append(indent + " ".join(parts))
        self.lines.extend(f"{indent}    {line}" for line in details)
        self.children(node, depth + 1, path)

    def custom(self, node: Node, depth: int, path: Path) -> bool:
        """Write a plugin's text for ``node`` (and its children); False if there is none."""
        text = plugin_text(node)
        if text is None:
            return False
        lines = text.splitlines() or [""]
        indent = "  " * depth
        self.lines.append(indent + lines[0])
        self.lines.extend(f"{indent}    {line}" for line in lines[1:])
        self.children(node, depth + 1, path)
        return True

    def children(self, node: Node, depth: int, path: Path) -> None:
        children = _read(node, "children")
        if isinstance(children, dict):
            for child in children.values():
                self.node(child, depth, path)

    def root(self, root: Block) -> None:
        """A whole tree: ``main`` always, the other areas when they have content."""
        for area in root.children.values():
            if isinstance(area, Block) and (area.children or area.type == "main"):
                self.node(area, 0, ())

    def state(self, state: Mapping[Any, Any], depth: int) -> None:
        opts = self.options
        indent = "  " * depth
        shown = 0
        for key, value in sorted(state.items(), key=lambda kv: repr(kv[0])):
            if _has_key(opts.exclude_keys, key):
                continue
            if _has_key(opts.redact_keys, key):
                value = _Shown(opts.replacement)
            text = self.field(str(key), value, _STATE_PATH)
            if text is None:
                continue
            shown += 1
            self.lines.append(f"{indent}{inline(key)}: {text[0]}")
            self.lines.extend(f"{indent}    {line}" for line in text[1:])
        if not shown:
            self.lines.append(f"{indent}(empty)")

    def text(self) -> str:
        return mask_secrets("\n".join(self.lines), set(self.options.secrets))


class _Shown:
    """A replacement shown as is (no quotes)."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return self.text


# --------------------------------------------------------------------------- subjects
def _session_of(subject: Any) -> Any:
    """The session behind an ``AppTest`` (or a ``Session``), else None."""
    try:  # an AppTest or ``at.session_state`` (slots); never the view's key lookup
        session = object.__getattribute__(subject, "_session")
    except AttributeError:
        session = None
    if session is None and hasattr(subject, "tree") and hasattr(subject, "state"):
        session = subject
    return session


def secrets_of(subject: Any) -> tuple[str, ...]:
    """The secret strings of the app ``subject`` belongs to (masked in snapshots).

    Example:
        >>> secrets_of(at)  # doctest: +SKIP
        ('s3cr3t-token',)
    """
    session = _session_of(subject) if not isinstance(subject, Node) else subject._session
    secrets = getattr(getattr(session, "server", None), "secrets", None)
    values = getattr(secrets, "values_or_none", lambda: secrets)()
    return tuple(sorted(secret_strings(values if isinstance(values, Mapping) else None)))


def serialize(subject: Any, options: SnapshotOptions | None = None) -> str:
    """The snapshot text of an ``AppTest``, a tree, a block, a node, a list or a mapping.

    An ``AppTest`` gives its tree and then ``session_state:``; a mapping (such as
    ``at.session_state``) gives one ``key: value`` line per entry.

    Example:
        >>> from apptest import AppTest
        >>> at = AppTest.from_string("import streamlit as st\\nst.title('Hi')").run()
        >>> print(serialize(at))
        main
          title value='Hi'
        session_state:
          (empty)
    """
    options = options or SnapshotOptions()
    if not options.secrets:
        options = replace(options, secrets=secrets_of(subject))
    writer = _Writer(options)
    session = None if isinstance(subject, (Node, Mapping)) else _session_of(subject)
    if session is not None:
        writer.root(session.tree)
        writer.lines.append("session_state:")
        writer.state(session.state.filtered_state(), 1)
    elif isinstance(subject, Block) and subject.type == "root":
        writer.root(subject)
    elif isinstance(subject, Node):
        writer.node(subject, 0, ())
    elif isinstance(subject, Mapping):
        writer.state(subject, 0)
    elif isinstance(subject, Iterable) and not isinstance(subject, (str, bytes)):
        for node in subject:
            writer.node(node, 0, ())
    else:
        writer.lines.extend(value_lines(subject))
    return writer.text()
