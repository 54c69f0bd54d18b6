"""The options a script is compiled with, and what its rewritten statements call.

Kept apart from the syntax-tree rewrite (``apptest.runtime._magic``), which needs
``ast``: that is imported when the first script is compiled.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

#: The global name the rewritten statements call (provided by the session).
MAGIC_NAME = "__apptest_magic__"


class MagicOptions(NamedTuple):
    """The ``runner.magicEnabled`` and ``magic.*`` options a script is compiled with.

    Example:
        >>> MagicOptions.from_config({"runner.magicEnabled": False}).enabled
        False
    """

    enabled: bool = True
    root_docstring: bool = False
    last_expr: bool = False

    @classmethod
    def from_config(cls, config: Mapping[str, Any]) -> MagicOptions:
        """The options as set in a server's configuration (Streamlit's defaults otherwise)."""
        return cls(
            enabled=bool(config.get("runner.magicEnabled", True)),
            root_docstring=bool(config.get("magic.displayRootDocString", False)),
            last_expr=bool(config.get("magic.displayLastExprIfNoSemicolon", False)),
        )


def magic_write(*args: Any) -> Any:
    """What a rewritten statement calls: ``st.write(*args)``; returns its arguments.

    Example:
        >>> magic_write("hi")  # doctest: +SKIP
        'hi'
    """
    from apptest.runtime._modules import facade_modules

    facade_modules()["streamlit"].write(*args)
    return args[0] if len(args) == 1 else args
