"""The pluggy plugin manager of a server with plugins (imported only when there is one)."""

from __future__ import annotations

import inspect
from typing import Any

import pluggy

from apptest import hookspecs

#: the names of apptest's hooks
SPEC_NAMES = frozenset(n for n in vars(hookspecs) if n.startswith("apptest_"))
_PLAIN_IMPL: dict[str, Any] = {"wrapper": False, "hookwrapper": False, "optionalhook": False,
                               "tryfirst": False, "trylast": False, "specname": None}


class _Manager(pluggy.PluginManager):
    """Also takes unmarked functions named like a hook (as pytest does for ``pytest_*``)."""

    def parse_hookimpl_opts(self, plugin: Any, name: str) -> Any:
        opts = super().parse_hookimpl_opts(plugin, name)
        if opts is None and name in SPEC_NAMES and inspect.isroutine(getattr(plugin, name, None)):
            return dict(_PLAIN_IMPL)
        return opts


def new_manager(project: str) -> pluggy.PluginManager:
    """A plugin manager knowing apptest's hook specs.

    Example:
        >>> new_manager("apptest").hook.apptest_session_start.get_hookimpls()
        []
    """
    manager = _Manager(project)
    manager.add_hookspecs(hookspecs)
    return manager
