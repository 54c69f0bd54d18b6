"""Whether any installed distribution may declare an entry point of a group, cheaply.

Importing ``importlib.metadata`` costs more than the rest of apptest's start-up, and
almost always finds no ``apptest`` entry point. This scan looks at the same
``entry_points.txt`` files ``importlib.metadata`` reads (the ``*.dist-info`` and
``*.egg-info`` folders of each ``sys.path`` entry) and says "maybe" whenever it cannot
be sure: a zip file on the path, a distribution finder other than the standard one, or
a section header mentioning the group. Only a "no" skips ``importlib.metadata``.
"""

from __future__ import annotations

import os
import sys
from importlib.machinery import PathFinder

_INFO_SUFFIXES = (".dist-info", ".egg-info")


def may_declare_entry_points(group: str) -> bool:
    """False only if no distribution on ``sys.path`` can declare an entry point of ``group``.

    Example:
        >>> may_declare_entry_points("apptest.no-such-group")
        False
    """
    for finder in sys.meta_path:
        if finder is not PathFinder and getattr(finder, "find_distributions", None):
            return True
    return any(_entry_may_declare(entry, group) for entry in sys.path)


def _entry_may_declare(entry: str, group: str) -> bool:
    """The scan of one ``sys.path`` entry (as ``importlib.metadata``'s ``FastPath``)."""
    try:
        children = os.listdir(entry or ".")
    except OSError:
        return os.path.isfile(entry)  # a zip archive: not scanned here
    except Exception:
        return True
    egg = os.path.basename(entry).lower().endswith(".egg")
    for child in children:
        low = child.lower()
        if low.endswith(_INFO_SUFFIXES) or (egg and low == "egg-info"):
            if _has_section(os.path.join(entry, child, "entry_points.txt"), group):
                return True
    return False


def _has_section(path: str, group: str) -> bool:
    """Whether the file has a ``[section]`` line naming ``group`` (or is unreadable text)."""
    try:
        with open(path, encoding="utf-8") as file:
            text = file.read()
    except OSError:
        return False  # no such file: no entry points (as importlib.metadata)
    except ValueError:
        return True
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("[") and line.endswith("]") and group in line:
            return True
    return False
