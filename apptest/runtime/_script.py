"""App scripts: where their source comes from, and their compiled code (cached)."""

from __future__ import annotations

import hashlib
import linecache
import os
from dataclasses import dataclass
from types import CodeType

from apptest.errors import ScriptNotFoundError

_CODE_CACHE: dict[tuple[str, int, int], CodeType] = {}
_CODE_CACHE_LIMIT = 512


@dataclass(frozen=True)
class Script:
    """An app script: a file on disk, or source text held in memory."""

    path: str
    source: str | None = None

    @classmethod
    def from_source(cls, source: str, name: str = "app") -> Script:
        """A script held in memory, visible to tracebacks under a pseudo file name."""
        digest = hashlib.md5(source.encode(), usedforsecurity=False).hexdigest()[:12]
        path = f"<apptest:{name}-{digest}>"
        linecache.cache[path] = (len(source), None, source.splitlines(True), path)
        return cls(path=path, source=source)

    @classmethod
    def from_path(cls, path: str) -> Script:
        """A script file; raises ``ScriptNotFoundError`` if it does not exist."""
        full = os.path.abspath(path)
        if not os.path.isfile(full):
            raise ScriptNotFoundError(f"No app script at {full}")
        return cls(path=full)

    @property
    def directory(self) -> str | None:
        """The directory of a file script (None for in-memory source)."""
        return None if self.source is not None else os.path.dirname(self.path)

    @property
    def page_hash(self) -> str:
        """A stable id for the page, used in widget ids (like Streamlit's script hash)."""
        return hashlib.md5(self.path.encode(), usedforsecurity=False).hexdigest()

    def compile(self) -> CodeType:
        """The compiled code, cached per file version (path, mtime, size).

        Raises ``SyntaxError`` for a script that does not compile.
        """
        if self.source is not None:
            cache_key = (self.path, 0, len(self.source))
        else:
            try:
                st = os.stat(self.path)
            except OSError as exc:
                raise ScriptNotFoundError(f"No app script at {self.path}") from exc
            cache_key = (self.path, st.st_mtime_ns, st.st_size)
        code = _CODE_CACHE.get(cache_key)
        if code is None:
            code = self._compile_fresh()
            if len(_CODE_CACHE) >= _CODE_CACHE_LIMIT:
                _CODE_CACHE.clear()
            _CODE_CACHE[cache_key] = code
        return code

    def _compile_fresh(self) -> CodeType:
        if self.source is not None:
            text = self.source
        else:
            with open(self.path, "rb") as fh:
                text = fh.read().decode("utf-8")
            linecache.checkcache(self.path)
        return compile(text, self.path, "exec", dont_inherit=True, optimize=0)
