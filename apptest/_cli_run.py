"""``apptest run APP``: run an app once, poke it, and print its tree and session state.

``--click LABEL`` clicks a button, ``--set KEY=VALUE`` sets the widget with that key, each
followed by a rerun, in the order given; ``--query K=V`` sets the URL's query parameters
before the first run. ``--format json`` prints the same as JSON (values the snapshot
serializer would show as text stay text). Exit status: 0 for a clean run, 1 when the app
raised, 2 for a usage error (missing file, no such button or key, a value the widget
refuses).

Example:
    >>> main(["run", "examples/counter.py", "--click", "Increment"])  # doctest: +SKIP
    0
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from apptest._apptest import AppTest
from apptest._cli_args import UsageError, add_query, literal_value, positive_float, split_pair
from apptest.errors import AppTestError, ElementNotFoundError
from apptest.tree._nodes import Block, Node
from apptest.tree._serialize import inline

Action = tuple[str, Any]


class _Ordered(argparse.Action):
    """Collects ``--click`` and ``--set`` in the order they are given."""

    def __call__(self, parser: Any, namespace: Any, values: Any, option: Any = None) -> None:
        actions = list(getattr(namespace, self.dest) or [])
        actions.append((self.metavar, values))
        setattr(namespace, self.dest, actions)


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Declare ``apptest run`` and its options."""
    run = sub.add_parser("run", help="run an app once and print its element tree and session state")
    run.add_argument("app", help="path to the app script")
    run.add_argument("--timeout", type=positive_float, default=3.0,
                     help="seconds a run may take (default 3)")
    run.add_argument("--click", dest="actions", action=_Ordered, metavar="LABEL",
                     help="click the button with this label, then rerun (repeatable)")
    run.add_argument("--set", dest="actions", action=_Ordered, metavar="KEY=VALUE", type=split_pair,
                     help="set the widget with this key, then rerun (repeatable)")
    run.add_argument("--query", action="append", type=split_pair, default=[], metavar="K=V",
                     help="a query parameter of the URL (repeatable)")
    run.add_argument("--format", choices=("text", "json"), default="text")


def _click(at: AppTest, label: str) -> None:
    buttons = [b for b in at.button if b.label == label]
    if not buttons:
        shown = ", ".join(repr(b.label) for b in at.button) or "none"
        raise UsageError(f"no button labelled {label!r} (buttons: {shown})")
    buttons[0].click()


def _set(at: AppTest, pair: tuple[str, str]) -> None:
    key, text = pair
    try:
        node = at.get_by_key(key)
    except (ElementNotFoundError, KeyError):
        keys = sorted(str(n.key) for n in at if getattr(n, "id", "") and n.key is not None)
        raise UsageError(f"no widget with key {key!r} (keys: {', '.join(keys) or 'none'})")
    node.set_value(literal_value(text))


_ACTIONS: dict[str, Callable[[AppTest, Any], None]] = {"LABEL": _click, "KEY=VALUE": _set}


def _drive(at: AppTest, actions: Sequence[Action]) -> None:
    at.run()
    for kind, value in actions:
        try:
            _ACTIONS[kind](at, value)
        except AppTestError as exc:  # a value the widget refuses, a display element
            raise UsageError(str(exc))
        at.run()


def json_value(value: Any) -> Any:
    """A value as JSON: plain data stays as it is, anything else is its snapshot text.

    Example:
        >>> json_value({"a": (1, 2.5)}), json_value(b"x")
        ({'a': [1, 2.5]}, '<bytes 1 bytes sha256=2d711642b726>')
    """
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if value == value and abs(value) != float("inf") else inline(value)
    if type(value) in (list, tuple):
        return [json_value(v) for v in value]
    if type(value) is dict and all(isinstance(k, str) for k in value):
        return {k: json_value(v) for k, v in value.items()}
    return inline(value)


def node_json(node: Node) -> dict[str, Any]:
    """One node and what is inside it."""
    data: dict[str, Any] = {"type": node.type}
    fields = ("key", "label") if isinstance(node, Block) else ("key", "label", "value")
    for name in fields:
        value = getattr(node, name, None)
        if name == "value" or value not in (None, ""):
            data[name] = json_value(value)
    if isinstance(node, Block):
        data["children"] = [node_json(child) for child in node.children.values()]
    return data


def app_json(at: AppTest) -> dict[str, Any]:
    """The tree, session state, query parameters and exceptions of an app."""
    areas = [a for a in at._tree.children.values()
             if isinstance(a, Block) and (a.children or a.type == "main")]
    state: Mapping[Any, Any] = at.session_state.to_dict()
    return {
        "page": at.page.title,
        "tree": [node_json(area) for area in areas],
        "session_state": {str(k): json_value(v) for k, v in state.items()},
        "query_params": json_value(at.query_params),
        "exceptions": [{"type": e.exc_type, "message": e.message, "stack_trace": e.stack_trace}
                       for e in at.exception],
    }


def _describe_exception(exc: Any) -> str:
    """An app exception in full: type, message and the app's own traceback."""
    lines = [f"exception: {exc.proto.type}: {exc.message}"]
    lines.extend(f"  {row}" for row in exc.stack_trace)
    return "\n".join(lines)


def _print(at: AppTest, fmt: str) -> None:
    if fmt == "json":
        print(at._mask_secrets(json.dumps(app_json(at), indent=2, ensure_ascii=False)))
        return
    print(at.to_text())
    for node in at.exception:
        print(at._mask_secrets(_describe_exception(node)))


def run_app(args: argparse.Namespace) -> int:
    """Run ``args.app`` with the given interactions and print it; returns the exit status."""
    if not os.path.isfile(args.app):
        raise UsageError(f"no app script at {args.app}")
    query: dict[str, Any] = {}
    for key, value in args.query:
        add_query(query, key, value)
    at = AppTest.from_file(os.path.abspath(args.app), default_timeout=args.timeout,
                           query_params=query)
    try:
        _drive(at, args.actions or [])
    except AppTestError as exc:
        print(f"apptest: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    _print(at, args.format)
    return 1 if len(at.exception) else 0


__all__ = ["add_parser", "app_json", "json_value", "node_json", "run_app"]
