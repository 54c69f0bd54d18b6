"""App scripts: where their source comes from, and their compiled code (cached).

Compiling applies Streamlit's "magic" (see ``apptest.runtime._magic``) unless
``runner.magicEnabled`` is off; the compiled code is cached per script version and
magic options, so the rewrite happens once. ``ast`` is imported when the first script
is compiled.
"""

from __future__ import annotations

import functools
import os
from types import CodeType
from typing import TYPE_CHECKING, Any

from apptest._digest import md5
from apptest.errors import ScriptNotFoundError

if TYPE_CHECKING:
    from apptest.runtime._magic_options import MagicOptions

_CODE_CACHE: dict[tuple[str, int, int, MagicOptions], CodeType] = {}
_CODE_CACHE_LIMIT = 512


def _frozen(message: str) -> Exception:
    from dataclasses import FrozenInstanceError

    return FrozenInstanceError(message)


class Script:
    """An app script: a file on disk, or source text held in memory.

    It behaves as the ``@dataclass(frozen=True)`` with fields ``path`` and ``source`` it
    was (``__init__``, ``repr``, equality, hash, read-only fields), written out because
    ``dataclasses`` (with ``inspect``) would be a third of the cost of importing apptest.
    """

    __match_args__ = ("path", "source")
    path: str
    source: str | None

    def __init__(self, path: str, source: str | None = None) -> None:
        object.__setattr__(self, "path", path)
        object.__setattr__(self, "source", source)

    def __repr__(self) -> str:
        return f"{type(self).__qualname__}(path={self.path!r}, source={self.source!r})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (self.path, self.source) == (other.path, other.source)  # type: ignore[attr-defined]
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.path, self.source))

    def __setattr__(self, name: str, value: Any) -> None:
        if type(self) is Script or name in Script.__match_args__:
            raise _frozen(f"cannot assign to field {name!r}")
        super().__setattr__(name, value)

    def __delattr__(self, name: str) -> None:
        if type(self) is Script or name in Script.__match_args__:
            raise _frozen(f"cannot delete field {name!r}")
        super().__delattr__(name)

    @classmethod
    def from_source(cls, source: str, name: str = "app") -> Script:
        """A script held in memory, visible to tracebacks under a pseudo file name."""
        digest = md5(source.encode(), usedforsecurity=False).hexdigest()[:12]
        path = f"<apptest:{name}-{digest}>"
        import linecache

        linecache.cache[path] = (len(source), None, source.splitlines(True), path)
        return cls(path=path, source=source)

    @classmethod
    def from_path(cls, path: str) -> Script:
        """A script file; raises ``ScriptNotFoundError`` if it does not exist."""
        full = os.path.abspath(path)
        if not os.path.isfile(full):
            raise ScriptNotFoundError(f"No app script at {full}")
        return cls(path=full)

    @functools.cached_property
    def directory(self) -> str | None:
        """The directory of a file script (None for in-memory source)."""
        return None if self.source is not None else os.path.dirname(self.path)

    @property
    def page_hash(self) -> str:
        """A stable id for the page, used in widget ids (like Streamlit's script hash)."""
        return md5(self.path.encode(), usedforsecurity=False).hexdigest()

    def compile(self, magic: MagicOptions | None = None) -> CodeType:
        """The compiled code, cached per file version (path, mtime, size) and ``magic``.

        ``magic`` defaults to Streamlit's defaults (magic on). Raises ``SyntaxError``
        for a script that does not compile.
        """
        if magic is None:
            from apptest.runtime._magic_options import MagicOptions

            magic = MagicOptions()
        if self.source is not None:
            cache_key = (self.path, 0, len(self.source), magic)
        else:
            try:
                st = os.stat(self.path)
            except OSError as exc:
                raise ScriptNotFoundError(f"No app script at {self.path}") from exc
            cache_key = (self.path, st.st_mtime_ns, st.st_size, magic)
        code = _CODE_CACHE.get(cache_key)
        if code is None:
            code = self._compile_fresh(magic)
            if len(_CODE_CACHE) >= _CODE_CACHE_LIMIT:
                _CODE_CACHE.clear()
            _CODE_CACHE[cache_key] = code
        return code

    def _compile_fresh(self, magic: MagicOptions) -> CodeType:
        if self.source is not None:
            text = self.source
        else:
            with open(self.path, "rb") as fh:
                text = fh.read().decode("utf-8")
            import linecache

            linecache.checkcache(self.path)
        if not magic.enabled:
            return compile(text, self.path, "exec", dont_inherit=True, optimize=0)
        import ast

        from apptest.runtime._magic import add_magic

        tree = ast.parse(text, self.path, "exec")
        tree = add_magic(tree, text, magic)
        return compile(tree, self.path, "exec", dont_inherit=True, optimize=0)
