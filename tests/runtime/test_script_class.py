"""``Script`` is written out by hand; it behaves as the frozen dataclass it replaces."""

from __future__ import annotations

import copy
import dataclasses
import pickle

import pytest

from apptest.runtime import Script


@dataclasses.dataclass(frozen=True)
class Script_:  # the dataclass Script was, for comparison
    path: str
    source: str | None = None


@pytest.mark.parametrize("args", [("/app.py",), ("<apptest:app>", "x = 1"), ("a", None)])
def test_construction_repr_equality_and_hash_are_the_dataclass_ones(args: tuple) -> None:
    ours, theirs = Script(*args), Script_(*args)
    assert repr(ours) == repr(theirs).replace("Script_(", "Script(")
    assert (ours.path, ours.source) == (theirs.path, theirs.source)
    assert hash(ours) == hash(theirs)
    assert ours == Script(*args) and ours != Script("other")
    assert (ours == theirs) is False and ours.__eq__(theirs) is NotImplemented
    assert Script(path=args[0]) == Script(args[0], None)


def test_fields_are_read_only_as_in_a_frozen_dataclass() -> None:
    script, reference = Script("/app.py"), Script_("/app.py")
    for target in (script, reference):
        with pytest.raises(dataclasses.FrozenInstanceError, match="cannot assign to field 'path'"):
            target.path = "/other.py"  # type: ignore[misc]
        with pytest.raises(dataclasses.FrozenInstanceError, match="cannot delete field 'source'"):
            del target.source  # type: ignore[misc]
        with pytest.raises(dataclasses.FrozenInstanceError, match="cannot assign to field 'x'"):
            target.x = 1  # type: ignore[attr-defined]


def test_copies_pickles_patterns_and_cached_properties_work() -> None:
    script = Script.from_path(__file__)
    assert pickle.loads(pickle.dumps(script)) == script
    assert copy.deepcopy(script) == script and copy.copy(script) == script
    match script:
        case Script(path, source):
            assert (path, source) == (script.path, None)
    assert script.directory == script.directory and script.page_hash
