"""``@st.fragment`` and ``st.rerun``: parts of the app that rerun on their own.

Calling a fragment function draws its elements into a ``flex_container`` placed where
it was called (as real AppTest shows it) and registers the call with the session
(``apptest.runtime._fragments``). An interaction with a widget it drew, its
``run_every`` timer or ``st.rerun(scope="fragment")`` then reruns only that call, with
the same arguments, into the same container.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Sequence
from itertools import dropwhile
from typing import Any, NoReturn, TypeVar

from apptest._digest import md5
from apptest.elements._dg import DeltaGenerator
from apptest.elements._widget import to_key
from apptest.errors import (
    FragmentHandledException,
    StreamlitAPIException,
    StreamlitDuplicateElementKey,
    StreamlitInvalidLayoutContextError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
)
from apptest.runtime._context import RerunRequest, ScriptRun, StopRequest, current_run
from apptest.runtime._fragments import FragmentRecord, FragmentRun
from apptest.runtime._state import check_user_key
from apptest.tree._nodes import Block

F = TypeVar("F", bound=Callable[..., Any])

_RESERVED_KEYS = frozenset({"app", "fragment"})
_SCOPE_TYPES = ["str", "int", "list[str | int]"]
_SCOPE_VALUES = ["'app'", "'fragment'", "a fragment key", "a list of keys"]
_UNITS = {"d": 86400.0, "h": 3600.0, "m": 60.0, "s": 1.0, "ms": 0.001}


class FragmentContainer(Block):
    """The container a fragment call draws into (``flex_container``, as in AppTest)."""

    type = "flex_container"


def _position(block: Block) -> tuple[Any, ...]:
    """Where the next element written to ``block`` goes, as a path from the root."""
    slot = getattr(block, "_index", None)
    if slot is not None:
        return (*_path(block._parent), slot)  # type: ignore[attr-defined]
    return (*_path(block), len(block.children))


def _path(block: Block) -> tuple[Any, ...]:
    parts: list[Any] = []
    node: Block = block
    while node.parent is not None:
        parent = node.parent
        parts.append(next((i for i, c in parent.children.items() if c is node), -1))
        node = parent
    return (block.root_name, *reversed(parts))


def _fragment_id(definition: str, position: tuple[Any, ...]) -> str:
    return md5(f"{definition}{position}".encode(), usedforsecurity=False).hexdigest()


def run_every_seconds(run_every: Any) -> float | None:
    """``run_every`` in seconds: a number, a ``timedelta`` or a string such as ``"2s"``.

    Example:
        >>> run_every_seconds("1m30s"), run_every_seconds(dt.timedelta(hours=1))
        (90.0, 3600.0)
    """
    if not run_every:
        return None
    if isinstance(run_every, dt.timedelta):
        return run_every.total_seconds()
    if isinstance(run_every, (int, float)):
        return float(run_every)
    return _parse_duration(str(run_every))


def _parse_duration(text: str) -> float:
    import re

    parts = re.findall(r"(\d+(?:\.\d+)?)\s*(ms|d|h|m|s)", text.replace(" ", "").lower())
    if not parts:
        raise StreamlitAPIException(f"Unable to convert {text!r} to a time interval.")
    return sum(float(n) * _UNITS[u] for n, u in parts)


def _check_key(key: Any) -> str | None:
    key = to_key(key)
    if key is None:
        return None
    check_user_key(key)
    if key in _RESERVED_KEYS:
        raise StreamlitAPIException(
            f"`{key}` is a reserved name and cannot be used as a fragment key, because "
            "`st.rerun(scope=...)` reads it as a rerun level. Choose a different key for "
            "`@st.fragment(key=...)`.",
            error_id="fragment-reserved-key",
        )
    return key


def fragment(
    func: F | None = None,
    *,
    run_every: int | float | dt.timedelta | str | None = None,
    parallel: bool = False,
    key: str | int | None = None,
) -> Any:
    """``st.fragment``: a function whose widgets rerun only the function.

    ``parallel=True`` is accepted; apptest runs every fragment in the calling thread.

    Example:
        >>> @st.fragment(run_every="5s")  # doctest: +SKIP
        ... def prices():
        ...     st.metric("BTC", fetch())
    """
    checked_key = _check_key(key)
    interval = run_every_seconds(run_every)
    if func is None:
        return lambda f: fragment_call(f, interval=interval, key=checked_key)
    return fragment_call(func, interval=interval, key=checked_key)


def fragment_call(
    func: F,
    *,
    interval: float | None = None,
    key: str | None = None,
    hash_info: str = "",
    app_scoped: bool = False,
    around: Callable[[ScriptRun], Any] | None = None,
) -> F:
    """Wrap ``func`` so that each call registers a fragment and draws it.

    ``around`` (used by dialogs) opens the block the fragment's container goes in.
    """
    definition = f"{func.__module__}.{func.__qualname__}{hash_info}"

    @functools.wraps(func)
    def wrap(*args: Any, **kwargs: Any) -> Any:
        run = current_run()
        frun: FragmentRun = run.fragments
        pushed = around(run) if around is not None else None
        try:
            fid = _fragment_id(definition, _position(DeltaGenerator()._target(run)))
            if key is not None and frun.user_keys.setdefault(key, definition) != definition:
                raise StreamlitDuplicateElementKey(key)
            record = FragmentRecord(
                fid, definition, _execute, parent=frun.current, key=key, run_every=interval,
                app_scoped=app_scoped, stack=list(run.stack),
                body=functools.partial(func, *args, **kwargs),
                active_script_hash=run.session.active_script_hash,
            )
            frun.store.register(record)
            if interval:
                run.session.fragments.start_timer(fid, interval)
            return _execute(run, record, None)
        finally:
            if pushed is not None:
                run.stack.pop()

    return wrap  # type: ignore[return-value]


def _execute(run: ScriptRun, record: FragmentRecord, container: Block | None) -> Any:
    """Draw one fragment call into ``container`` (a new one at the cursor if None)."""
    frun: FragmentRun = run.fragments
    if container is None:
        container = FragmentContainer()
        DeltaGenerator()._add_block(container)
    record.container = container
    frun.registered.append(record.id)
    outer, frun.current = frun.current, record.id
    run.stack.append(container)
    try:
        return record.body() if record.body is not None else None
    except (RerunRequest, StopRequest):
        raise
    except Exception as exc:
        raise _handled(run, container, exc) from exc
    finally:
        run.stack.pop()
        frun.current = outer


def _handled(run: ScriptRun, container: Block, exc: Exception) -> FragmentHandledException:
    """Show ``exc`` inside the fragment, as Streamlit does; returns what the call raises.

    A nested fragment's error reaches the enclosing fragment as a
    ``FragmentHandledException`` (same message), which that fragment shows too.
    """
    from apptest.elements._alerts import ExceptionElement

    node = ExceptionElement.from_exception(exc, uncaught=True)
    node._session = run.session
    container.append(node)
    return FragmentHandledException(exc)


# --------------------------------------------------------------------------- st.rerun


def _normalize_scope(scope: Any) -> str | list[str]:
    """Streamlit's checks of ``st.rerun(scope=...)``: a level, a key or a list of keys."""
    if isinstance(scope, bool) or not isinstance(scope, (str, int, Sequence)) or isinstance(
        scope, (bytes, bytearray)
    ):
        raise StreamlitInvalidParameterTypeError("scope", type(scope).__name__, _SCOPE_TYPES)
    if isinstance(scope, int):
        return str(scope)
    if isinstance(scope, str):
        if not scope:
            raise StreamlitValueError("scope", _SCOPE_VALUES, detail="Got an empty string.")
        return scope
    if not scope:
        raise StreamlitValueError("scope", _SCOPE_VALUES, detail="Got an empty list.")
    names = []
    for name in scope:
        if not isinstance(name, (str, int)) or isinstance(name, bool):
            raise StreamlitInvalidParameterTypeError(
                "scope list items", type(name).__name__, ["str", "int"]
            )
        if name == "":
            raise StreamlitValueError(
                "scope list items", ["non-empty strings or ints"],
                detail="Found an empty string in the list.",
            )
        if name in _RESERVED_KEYS:
            raise StreamlitValueError(
                "scope", ["fragment keys"],
                detail=f"'{name}' is a reserved scope name and cannot appear inside a list. "
                f"Pass '{name}' directly as a string.",
            )
        names.append(str(name))
    return names


def _requested_queue(run: ScriptRun, scope: str | list[str]) -> list[str] | None:
    frun: FragmentRun = run.fragments
    if scope == "app":
        return None
    if scope == "fragment":
        if not frun.queue:
            raise StreamlitInvalidLayoutContextError(
                'scope="fragment" can only be specified from `@st.fragment`-decorated '
                "functions during fragment reruns."
            )
        rest = list(dropwhile(lambda f: f != frun.current, frun.queue))
        return rest or list(frun.queue)
    if not run.in_callback:
        raise StreamlitAPIException(
            "Passing a fragment key to `st.rerun()` is only allowed from a widget callback "
            "(e.g. `on_change` / `on_click`). Calling it from the main script body or a "
            "fragment body would abort the current run. If you meant to rerun the whole app "
            "or the current fragment, use `scope='app'` or `scope='fragment'`.",
            error_id="rerun-keyed-outside-callback",
        )
    return _resolve_keys(frun, [scope] if isinstance(scope, str) else scope)


def _resolve_keys(frun: FragmentRun, names: list[str]) -> list[str]:
    resolved: dict[str, None] = {}
    for name in names:
        ids = frun.store.by_key(name)
        if not ids:
            raise StreamlitAPIException(
                f"No fragment found for target '{name}'. Pass the same `key` you set on "
                "`@st.fragment(key=...)`, and make sure that fragment has rendered at least once.",
                error_id="rerun-unknown-fragment-key",
            )
        resolved.update(dict.fromkeys(ids))
    return list(resolved)


def rerun(scope: str | int | Sequence[str | int] = "app") -> NoReturn:
    """``st.rerun``: end this run and start a new one at once (the app or fragments).

    Example:
        >>> st.rerun(scope="fragment")  # doctest: +SKIP
    """
    normalized = _normalize_scope(scope)
    run = current_run()
    queue = _requested_queue(run, normalized)
    if run.in_callback:
        run.fragments.callback_reruns.append(queue)
    else:
        run.fragments.rerun_queue = queue
    raise RerunRequest
