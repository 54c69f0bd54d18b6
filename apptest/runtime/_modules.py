"""Installing the ``streamlit`` facade in ``sys.modules`` while scripts run.

The facade is put in place when the first run starts and taken out when the last
concurrent run ends; ``time.sleep`` is made interruptible for the same time
(:mod:`apptest.runtime._sleep`). Real Streamlit keeps working in the same process before,
between and after runs, and nothing of the facade stays in ``sys.modules``.

Each name put in costs a dict insertion and removal on every run, so usually (none of the
facade's names in ``sys.modules`` before the first run) only ``streamlit`` and the
submodules apps have imported before are put in. :data:`FINDER`, put first on
``sys.meta_path`` when the facade is built, gives the other submodules when an app
imports them, and only while the ``streamlit`` in ``sys.modules`` is the facade; from
then on they are put in with ``streamlit``. The import system sets ``__spec__`` on a
module it loads: the finder puts the facade module's own back, so the facade's modules
stay as they are.

When real Streamlit (or any of the facade's names) was there, all the facade's modules
are put in and the entries that were there are put back exactly.
"""

from __future__ import annotations

import sys
import threading
from types import ModuleType
from typing import TYPE_CHECKING, Any

from apptest.runtime import _sleep

if TYPE_CHECKING:
    from importlib.machinery import ModuleSpec

_lock = threading.Lock()
#: how many runs have the facade installed (the first one in installs it, the last one
#: out takes it out)
_depth = 0
_facade: dict[str, ModuleType] = {}
#: the modules put in ``sys.modules`` by every run: ``streamlit`` and the submodules
#: apps have imported
_eager: dict[str, ModuleType] = {}
#: what the facade's names held before the first run, when one of them was there
_saved: dict[str, ModuleType | None] = {}


def facade_modules() -> dict[str, ModuleType]:
    """The facade's modules by the name a script imports them as (built once)."""
    if not _facade:
        from apptest._facade import modules

        mods = modules()
        mods["streamlit"].__path__ = []  # a package: its submodules are found by FINDER
        _eager["streamlit"] = mods["streamlit"]
        _facade.update(mods)
        sys.meta_path.insert(0, FINDER)
    return _facade


def install() -> None:
    """Make ``import streamlit`` give the facade (re-entrant, thread-safe)."""
    global _depth
    with _lock:
        if not _depth:
            modules = sys.modules
            if not modules.keys().isdisjoint(facade_modules()):
                _save(modules)
                modules.update(_facade)
            else:
                modules.update(_eager)
            _sleep.patch()
        _depth += 1


def uninstall() -> None:
    """Undo ``install``; the last one out restores what was there before."""
    global _depth
    with _lock:
        _depth -= 1
        if _depth:
            return
        if _saved:
            _restore()
        else:
            pop = sys.modules.pop
            for name in _eager:
                pop(name, None)
        _sleep.unpatch()


def _save(modules: dict[str, Any]) -> None:
    """Remember what the facade's names hold (lock held); a facade module left there
    (see ``_FacadeFinder.exec_module``) counts as nothing."""
    for name, module in _facade.items():
        previous = modules.get(name)
        _saved[name] = None if previous is module else previous


def _restore() -> None:
    """Put back the entries saved by ``install`` (lock held)."""
    modules = sys.modules
    for name, previous in _saved.items():
        if previous is None:
            modules.pop(name, None)
        else:
            modules[name] = previous
    _saved.clear()


class _FacadeFinder:
    """Finds and loads the facade's submodules while the facade is ``streamlit``.

    Loading one gives the facade's module object itself, unchanged: the ``__spec__`` the
    import system sets on it is put back, and its name joins the ones every run puts in
    ``sys.modules``.
    """

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> ModuleSpec | None:
        """A spec for a facade submodule, if the facade is the ``streamlit`` imported."""
        module = _facade.get(name)
        if module is None or sys.modules.get("streamlit") is not _facade["streamlit"]:
            return None
        from importlib.machinery import ModuleSpec

        # a loader by its methods (``importlib.abc`` is not imported for the type)
        return ModuleSpec(name, self, loader_state=module.__spec__)  # type: ignore[arg-type]

    def create_module(self, spec: ModuleSpec) -> ModuleType:
        """The facade's module object."""
        return _facade[spec.name]

    def exec_module(self, module: ModuleType) -> None:
        """Keep the module as it was; the runs put it in ``sys.modules`` from now on."""
        spec: Any = module.__spec__
        module.__spec__ = spec.loader_state
        with _lock:
            if not _depth:  # the last run ended while this import was going on
                raise ImportError(f"{spec.name} is only importable during an app run")
            _eager[spec.name] = module


#: the ``sys.meta_path`` finder of the facade's submodules
FINDER = _FacadeFinder()
