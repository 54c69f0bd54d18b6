"""A snapshot of the process-global state a run must leave as it found it."""

from __future__ import annotations

import logging
import os
import signal
import sys
import warnings
from dataclasses import dataclass
from typing import Any


def _logging_state() -> dict[str, Any]:
    loggers = [logging.getLogger()] + [
        lg for lg in logging.Logger.manager.loggerDict.values() if isinstance(lg, logging.Logger)
    ]
    return {lg.name: (lg.level, tuple(lg.handlers), lg.propagate, lg.disabled) for lg in loggers}


def _signal_state() -> dict[int, Any]:
    return {int(s): signal.getsignal(s) for s in signal.valid_signals()
            if s not in (signal.SIGKILL, signal.SIGSTOP)}


@dataclass
class ProcessState:
    """What a run could leak into the process."""

    modules: set[str]
    streamlit_modules: dict[str, int]
    path: list[str]
    cwd: str
    environ: dict[str, str]
    filters: list[Any]
    logging: dict[str, Any]
    signals: dict[int, Any]

    @classmethod
    def take(cls) -> ProcessState:
        """Snapshot the process now."""
        return cls(
            modules=set(sys.modules),
            streamlit_modules={k: id(v) for k, v in sys.modules.items()
                               if k == "streamlit" or k.startswith("streamlit.")},
            path=list(sys.path),
            cwd=os.getcwd(),
            environ=dict(os.environ),
            filters=list(warnings.filters),
            logging=_logging_state(),
            signals=_signal_state(),
        )

    def assert_unchanged(self, app_modules: set[str] = frozenset()) -> None:  # type: ignore[assignment]
        """Compare with now; ``app_modules`` may have been added (imported by the app)."""
        now = ProcessState.take()
        added = now.modules - self.modules - set(app_modules)
        assert not {m for m in added if m == "streamlit" or m.startswith("streamlit.")}
        assert not (self.modules - now.modules), "modules disappeared"
        assert now.streamlit_modules == self.streamlit_modules
        assert now.path == self.path
        assert now.cwd == self.cwd
        assert now.environ == self.environ
        assert now.filters == self.filters
        assert now.logging == self.logging
        assert now.signals == self.signals
