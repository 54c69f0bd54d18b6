"""Parsing helpers shared by the ``apptest`` commands, and the usage error they raise."""

from __future__ import annotations

import argparse
import ast
from typing import Any


class UsageError(Exception):
    """A bad command line: the command prints the message and exits with status 2."""


def positive_float(text: str) -> float:
    """An argparse type: a number above zero.

    Example:
        >>> positive_float("0.5")
        0.5
    """
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {text!r}")
    if value <= 0:
        raise argparse.ArgumentTypeError(f"expected a number above 0, got {text!r}")
    return value


def split_pair(text: str) -> tuple[str, str]:
    """``"k=v"`` as ``("k", "v")``; raises ``argparse.ArgumentTypeError`` without ``=``.

    Example:
        >>> split_pair("page=2")
        ('page', '2')
    """
    key, sep, value = text.partition("=")
    if not sep or not key.strip():
        raise argparse.ArgumentTypeError(f"expected KEY=VALUE, got {text!r}")
    return key.strip(), value


def add_query(params: dict[str, Any], key: str, value: str) -> None:
    """Add one query parameter; a repeated key becomes a list, as in a URL."""
    if key not in params:
        params[key] = value
    elif isinstance(params[key], list):
        params[key].append(value)
    else:
        params[key] = [params[key], value]


def key_values(text: str) -> dict[str, Any]:
    """An argparse type: ``"a=1,b=2"`` as a dict of query parameters.

    Example:
        >>> key_values("tab=sales,id=1,id=2")
        {'tab': 'sales', 'id': ['1', '2']}
    """
    params: dict[str, Any] = {}
    for item in filter(None, text.split(",")):
        add_query(params, *split_pair(item))
    return params


def literal_value(text: str) -> Any:
    """A command-line value: a Python literal if it is one (``5``, ``True``), else the text.

    Example:
        >>> literal_value("5"), literal_value("true"), literal_value("Ann")
        (5, True, 'Ann')
    """
    lowered = {"true": True, "false": False, "none": None}
    if text.lower() in lowered:
        return lowered[text.lower()]
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return text


__all__ = ["UsageError", "add_query", "key_values", "literal_value", "positive_float", "split_pair"]
