"""Finding the Streamlit apps under the paths given to ``apptest check``.

A file given by name is always checked. In a folder, a script is an app when it imports
streamlit, unless it belongs to another app:

- a module another app imports (``from sales import load_sales`` beside the app);
- a page of another app: a file in a ``pages/`` folder beside an app, or a file another
  app names as a page (``st.Page("views/settings.py")``, ``st.switch_page(...)``,
  ``st.page_link(...)``). Pages are checked as part of their app.

Hidden folders, ``tests``, virtual environments, build folders and Python packages
(folders with an ``__init__.py``) are not searched; test files (``test_*.py``,
``conftest.py``) and ``setup.py`` are never apps. Give such a file by name to check it.

An app can carry a directive comment, read by ``check``:

- ``# apptest: skip`` (optionally followed by a reason) leaves the app out;
- ``# apptest: requires MODULE...`` skips the app when one of these modules cannot be
  imported (its first run raises ``ModuleNotFoundError`` for it), for instance a component
  that a plugin provides only once it is installed;
- ``# apptest: expect-exception`` (optionally followed by an exception class name, then
  any comment) says the app raises by design: it passes only when its first run raises
  (that exception), and it is not explored.

Example:
    >>> discover(["examples"])  # doctest: +SKIP
    [App(path='examples/counter.py', ...), ...]
"""

from __future__ import annotations

import ast
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

_SKIP_DIRS = frozenset({
    "__pycache__", "node_modules", "venv", "site-packages", "build", "dist", "tests", "test",
})
_NOT_APPS = re.compile(r"^(test_.*|.*_test|conftest|setup|__init__|__main__)\.py$")
_IMPORTS_STREAMLIT = re.compile(r"^\s*(import\s+streamlit\b|from\s+streamlit\b)", re.M)
_DIRECTIVE = re.compile(r"^\s*#\s*apptest:\s*(skip|expect-exception|requires)\b[ \t]*(.*)$", re.M)
_PAGE_CALLS = ("Page", "switch_page", "page_link")


@dataclass(frozen=True)
class App:
    """An app to check: its path as shown, and its directives."""

    path: str
    skip: str | None = None
    expect: str | None = None
    requires: tuple[str, ...] = ()

    @property
    def abspath(self) -> str:
        """The app's absolute path."""
        return os.path.abspath(self.path)


class DiscoveryError(Exception):
    """A path given to ``check`` does not exist (a usage error)."""


def read_directives(source: str) -> tuple[str | None, str | None]:
    """The ``skip`` reason and the ``expect-exception`` name of an app ('' when bare).

    Example:
        >>> read_directives("import streamlit\\n# apptest: expect-exception KeyError\\n")
        (None, 'KeyError')
    """
    found = {name: rest.strip() for name, rest in _DIRECTIVE.findall(source)}
    expect = found.get("expect-exception")
    if expect is not None:  # an exception class name, then any comment
        first = expect.split(maxsplit=1)[0] if expect else ""
        expect = first if first.isidentifier() else ""
    return found.get("skip"), expect


def read_requires(source: str) -> tuple[str, ...]:
    """The modules named by ``# apptest: requires`` comments.

    Example:
        >>> read_requires("# apptest: requires pandas altair\n")
        ('pandas', 'altair')
    """
    found = [rest.split() for name, rest in _DIRECTIVE.findall(source) if name == "requires"]
    return tuple(module for names in found for module in names)


def _read(path: str) -> str:
    try:
        with open(path, encoding="utf-8") as fh:
            return fh.read()
    except (OSError, UnicodeDecodeError):
        return ""


def _walk(folder: str) -> Iterator[str]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in _SKIP_DIRS)
        if "__init__.py" in files:  # a package's modules are imported, not run
            continue
        for name in sorted(files):
            if name.endswith(".py") and not _NOT_APPS.match(name):
                yield os.path.join(root, name)


def _imported_names(tree: ast.AST) -> Iterator[tuple[str, int]]:
    """Dotted module names a script imports, with their relative level."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from ((alias.name, 0) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            yield base, node.level
            yield from ((f"{base}.{a.name}".strip("."), node.level) for a in node.names)


def _page_literals(tree: ast.AST) -> Iterator[str]:
    """File names given as pages (``st.Page("a.py")``, ``st.switch_page("pages/b.py")``)."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        first = node.args[0]
        if name in _PAGE_CALLS and isinstance(first, ast.Constant) and isinstance(first.value, str):
            if first.value.endswith(".py"):
                yield first.value


def _owned_files(path: str, source: str) -> set[str]:
    """The real paths of the modules and pages that the script at ``path`` uses."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return set()
    here = os.path.dirname(os.path.realpath(path))
    owned = {os.path.realpath(os.path.join(here, p)) for p in _page_literals(tree)}
    for dotted, _level in _imported_names(tree):
        if not dotted:
            continue
        rel = dotted.replace(".", os.sep)
        owned.add(os.path.join(here, rel + ".py"))
        owned.add(os.path.join(here, rel, "__init__.py"))
    owned.discard(os.path.realpath(path))
    return owned


def _in_pages_folder_of(path: str, apps: set[str]) -> bool:
    """Whether ``path`` is in a ``pages/`` folder beside another app."""
    folder = os.path.dirname(path)
    if os.path.basename(folder) != "pages":
        return False
    parent = os.path.dirname(folder)
    return any(os.path.dirname(app) == parent for app in apps)


def _candidates(paths: Iterable[str]) -> tuple[list[str], set[str]]:
    """Scripts found (in order, no duplicates) and the ones given by name."""
    found: list[str] = []
    named: set[str] = set()
    for given in paths:
        if os.path.isfile(given):
            named.add(os.path.realpath(given))
            found.append(given)
        elif os.path.isdir(given):
            found.extend(p for p in _walk(given) if _IMPORTS_STREAMLIT.search(_read(p)))
        else:
            raise DiscoveryError(f"no such file or folder: {given}")
    unique: dict[str, str] = {}
    for path in found:
        unique.setdefault(os.path.realpath(path), os.path.normpath(path))
    return list(unique.values()), named


def discover(paths: Iterable[str]) -> list[App]:
    """The apps under ``paths`` (files or folders), in a stable order.

    Raises:
        DiscoveryError: a path does not exist.

    Example:
        >>> [app.path for app in discover(["examples/counter.py"])]
        ['examples/counter.py']
    """
    scripts, named = _candidates(paths)
    sources = {path: _read(path) for path in scripts}
    owned: set[str] = set()
    for path, source in sources.items():
        owned |= {os.path.realpath(p) for p in _owned_files(path, source)}
    real = {os.path.realpath(p): p for p in scripts}
    apps = []
    for rp, path in real.items():
        if rp not in named and (rp in owned or _in_pages_folder_of(rp, set(real) - {rp})):
            continue
        skip, expect = read_directives(sources[path])
        apps.append(App(path, skip, expect, read_requires(sources[path])))
    return apps


__all__ = ["App", "DiscoveryError", "discover", "read_directives", "read_requires"]
