"""``apptest check --explore N``: click through a page, breadth first.

From the page's first run, every interaction the page offers (``_cli_steps``) is tried on
a fresh tab that replays the path leading there, and the app is checked after each one.
Paths are extended level by level, so the first path that reaches a failure is a shortest
one. A path whose run failed is not extended, and a path that reaches a page already seen
(same tree and session state) is not extended either. Exploring stops after ``budget``
interactions. With a ``seed`` the interactions of each page are tried in a shuffled but
repeatable order; without one, in page order.

Example:
    >>> found = explore(Target("app.py", CheckOptions()), budget=20)  # doctest: +SKIP
    >>> found.interactions, [f.kind for f in found.failures]  # doctest: +SKIP
    (7, ['exception'])
"""

from __future__ import annotations

import random
from collections import deque
from dataclasses import dataclass, field

from apptest._cli_probe import Outcome, Target, Unreachable
from apptest._cli_results import Failure
from apptest._cli_steps import Step, steps_of
from apptest.tree._serialize import serialize

Path = tuple[Step, ...]


@dataclass
class Exploration:
    """What exploring a page did: interactions tried and failures, each with its path."""

    interactions: int = 0
    failures: list[tuple[Path, Failure]] = field(default_factory=list)


def fingerprint(outcome: Outcome) -> str:
    """What the person sees and what the app keeps: the tree and the session state."""
    at = outcome.at
    return f"{at.page.script_hash}\n{serialize(at)}"


class _Explorer:
    def __init__(self, target: Target, budget: int, seed: int | None) -> None:
        self.target = target
        self.budget = budget
        self.rng = random.Random(seed) if seed is not None else None
        self.result = Exploration()
        self.seen: set[str] = set()
        self.found: set[tuple[str, str]] = set()

    def attempt(self, path: Path) -> Outcome | None:
        try:
            return self.target.replay(path)
        except Unreachable:
            return None

    def record(self, path: Path, failures: list[Failure]) -> None:
        for failure in failures:
            if failure.signature() not in self.found:
                self.found.add(failure.signature())
                self.result.failures.append((path, failure))

    def expand(self, path: Path, queue: deque[Path]) -> None:
        base = self.attempt(path)
        if base is None:
            return
        candidates = steps_of(base.at)
        if self.rng is not None:
            self.rng.shuffle(candidates)
        for step in candidates:
            if self.result.interactions >= self.budget:
                return
            outcome = self.attempt((*path, step))
            if outcome is None:
                continue
            self.result.interactions += 1
            if outcome.failures:
                self.record((*path, step), outcome.failures)
                continue
            key = fingerprint(outcome)
            if key not in self.seen:
                self.seen.add(key)
                queue.append((*path, step))

    def run(self) -> Exploration:
        start = self.attempt(())
        if start is None or start.failures:
            return self.result
        self.seen.add(fingerprint(start))
        queue: deque[Path] = deque([()])
        while queue and self.result.interactions < self.budget:
            self.expand(queue.popleft(), queue)
        return self.result


def explore(target: Target, budget: int, seed: int | None = None) -> Exploration:
    """Drive up to ``budget`` interactions on ``target``, breadth first.

    Example:
        >>> explore(Target("examples/counter.py", CheckOptions()), 3).interactions  # doctest: +SKIP
        3
    """
    return _Explorer(target, budget, seed).run()


__all__ = ["Exploration", "explore", "fingerprint"]
