"""Snapshot assertions for apps, with syrupy: ``assert app_snapshot == at``.

The ``app_snapshot`` fixture (from apptest's pytest plugin) is syrupy's ``snapshot``
using :class:`AppTreeExtension`: what is stored is the text of
:func:`apptest.tree.serialize` (element tree, then session state), in
``__snapshots__/<test module>.ambr`` next to the test. ``pytest --snapshot-update``
writes new and changed snapshots.

Example:
    >>> def test_counter(app_test, app_snapshot):  # doctest: +SKIP
    ...     at = app_test("counter.py").run()
    ...     assert app_snapshot == at
    ...     assert app_snapshot(name="sidebar") == at.sidebar
    ...     assert app_snapshot.with_exclude(keys=["clock"]) == at.session_state
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any

from syrupy.assertion import SnapshotAssertion
from syrupy.extensions.amber import AmberSnapshotExtension

from apptest.tree._serialize import SnapshotOptions, serialize

__all__ = ["AppSnapshot", "AppTreeExtension", "TreeFilter", "app_snapshot_of"]


@dataclasses.dataclass(frozen=True)
class TreeFilter:
    """Which nodes and session-state keys a snapshot leaves out or redacts.

    Pass it as syrupy's ``exclude=``, or build it with ``AppSnapshot.with_exclude`` and
    ``AppSnapshot.with_redact``. As a syrupy property filter it excludes no property:
    the extension applies it to whole nodes.

    Example:
        >>> assert app_snapshot(exclude=TreeFilter.of(kinds=["time_input"])) == at  # doctest: +SKIP
    """

    options: SnapshotOptions = dataclasses.field(default_factory=SnapshotOptions)

    @classmethod
    def of(
        cls,
        *,
        kinds: Iterable[str] = (),
        keys: Iterable[Any] = (),
        redact_kinds: Iterable[str] = (),
        redact_keys: Iterable[Any] = (),
        replacement: str = "<redacted>",
    ) -> TreeFilter:
        """A filter dropping ``kinds``/``keys`` and redacting ``redact_kinds``/``redact_keys``.

        Example:
            >>> TreeFilter.of(kinds=["time_input"]).options.exclude_kinds
            frozenset({'time_input'})
        """
        return cls(SnapshotOptions(
            exclude_kinds=frozenset(kinds), exclude_keys=frozenset(keys),
            redact_kinds=frozenset(redact_kinds), redact_keys=frozenset(redact_keys),
            replacement=replacement,
        ))

    def merged(self, other: TreeFilter) -> TreeFilter:
        """Both filters at once (``other``'s replacement text wins).

        Example:
            >>> both = TreeFilter.of(kinds=["a"]).merged(TreeFilter.of(keys=["k"]))
            >>> sorted(both.options.exclude_kinds), sorted(both.options.exclude_keys)
            (['a'], ['k'])
        """
        a, b = self.options, other.options
        return TreeFilter(dataclasses.replace(
            a,
            exclude_kinds=a.exclude_kinds | b.exclude_kinds,
            exclude_keys=a.exclude_keys | b.exclude_keys,
            redact_kinds=a.redact_kinds | b.redact_kinds,
            redact_keys=a.redact_keys | b.redact_keys,
            replacement=b.replacement,
        ))

    def __call__(self, *, prop: Any, path: Any) -> bool:
        return False


class AppTreeExtension(AmberSnapshotExtension):
    """A syrupy extension storing the snapshot text of an app, a block or session state.

    Works with syrupy's own ``exclude=`` (asked about each field: ``"key"``, ``"label"``,
    ``"value"``, or a session-state key) and ``matcher=`` (given each value), and with
    :class:`TreeFilter`.

    Example:
        >>> def test_app(snapshot):  # doctest: +SKIP
        ...     at = AppTest.from_file("app.py").run()
        ...     assert snapshot.use_extension(AppTreeExtension) == at
    """

    def serialize(
        self,
        data: Any,
        *,
        exclude: Any = None,
        include: Any = None,
        matcher: Any = None,
        **kwargs: Any,
    ) -> str:
        if isinstance(exclude, TreeFilter):
            options = exclude.options
        else:
            options = SnapshotOptions(prop_filter=exclude)
        return serialize(data, dataclasses.replace(options, matcher=matcher))


class AppSnapshot(SnapshotAssertion):
    """syrupy's snapshot assertion for apps, with node-level exclusion and redaction.

    Example:
        >>> assert app_snapshot.with_redact(keys=["now"]) == at  # doctest: +SKIP
    """

    def with_exclude(self, *, kinds: Iterable[str] = (), keys: Iterable[Any] = ()) -> AppSnapshot:
        """Leave nodes of these kinds or keys (and these session-state keys) out of the next
        assertion.

        Example:
            >>> assert app_snapshot.with_exclude(kinds=["time_input"]) == at  # doctest: +SKIP
        """
        return self._with_filter(TreeFilter.of(kinds=kinds, keys=keys))

    def with_redact(
        self,
        *,
        kinds: Iterable[str] = (),
        keys: Iterable[Any] = (),
        replacement: str = "<redacted>",
    ) -> AppSnapshot:
        """Show ``replacement`` as the value of these nodes and session-state keys in the
        next assertion.

        Example:
            >>> assert app_snapshot.with_redact(keys=["started_at"]) == at  # doctest: +SKIP
        """
        return self._with_filter(
            TreeFilter.of(redact_kinds=kinds, redact_keys=keys, replacement=replacement)
        )

    def _with_filter(self, new: TreeFilter) -> AppSnapshot:
        current = self._exclude
        merged = current.merged(new) if isinstance(current, TreeFilter) else new
        self(exclude=merged)
        return self


def app_snapshot_of(snapshot: SnapshotAssertion) -> AppSnapshot:
    """syrupy's ``snapshot`` fixture turned into an :class:`AppSnapshot` (what the
    ``app_snapshot`` fixture returns).

    Example:
        >>> app_snapshot = app_snapshot_of(snapshot)  # doctest: +SKIP
    """
    init = {f.name: getattr(snapshot, f.name) for f in dataclasses.fields(snapshot) if f.init}
    init["extension_class"] = AppTreeExtension
    return AppSnapshot(**init)
