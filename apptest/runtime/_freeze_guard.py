"""Extension modules imported during a frozen run load with the real ``datetime`` classes.

A C extension imported for the first time during a frozen run (``import pandas`` in the
app) would be initialised against freezegun's ``FakeDatetime`` class and crash the
interpreter. :class:`ExtensionGuard` goes first on ``sys.meta_path`` while the clock is
frozen (see ``apptest.runtime._freeze``); imported only then, with ``importlib.abc``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib.abc
import importlib.machinery
import sys
from collections.abc import Iterator, Sequence
from types import ModuleType


@contextlib.contextmanager
def _real_datetime_classes() -> Iterator[None]:
    from freezegun.api import real_date, real_datetime

    shown = dt.datetime, dt.date
    dt.datetime, dt.date = real_datetime, real_date  # type: ignore[misc]
    try:
        yield
    finally:
        dt.datetime, dt.date = shown  # type: ignore[misc]


class ExtensionGuard(importlib.abc.MetaPathFinder):
    """Finds modules as the other finders do; extension modules load with real classes."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        for finder in sys.meta_path:
            find_spec = getattr(finder, "find_spec", None)
            if finder is self or find_spec is None:
                continue
            spec = find_spec(fullname, path, target)
            if spec is None:
                continue
            if isinstance(spec.loader, importlib.machinery.ExtensionFileLoader):
                spec.loader = _ExtensionLoader(spec.loader)
            return spec  # type: ignore[no-any-return]
        return None


class _ExtensionLoader(importlib.abc.Loader):
    """Loads a C extension with the real ``datetime`` classes, then steps aside."""

    def __init__(self, loader: importlib.machinery.ExtensionFileLoader) -> None:
        self.loader = loader

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        with _real_datetime_classes():
            return self.loader.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        with _real_datetime_classes():
            self.loader.exec_module(module)
        module.__loader__ = self.loader
        if module.__spec__ is not None:
            module.__spec__.loader = self.loader
