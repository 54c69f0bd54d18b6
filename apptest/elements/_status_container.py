"""``st.status``: an expander-like container showing a task's state.

Its ``update()`` changes the label, state and expanded flag in place; leaving its
``with`` block marks a still-running status "complete", or "error" when the block raised
(the exception itself still ends the run and is shown at the top of the main area).
"""

from __future__ import annotations

from typing import Any

from apptest.elements._dg import DeltaGenerator, element
from apptest.elements._layout_params import EXPANDABLE_TYPES, check_choice, check_layout_width
from apptest.tree._nodes import Block

_STATE_ICONS = {"running": "spinner", "complete": ":material/check:", "error": ":material/error:"}


class Status(Block, collection="status"):
    """``st.status``: ``label``, ``state`` ("running", "complete", "error"), ``icon``."""

    type = "status"

    def __init__(self, label: str, state: str, expanded: bool) -> None:
        super().__init__()
        self.label = label
        self.state = state
        self.icon = _STATE_ICONS[state]
        self.expanded = expanded


class StatusContainer(DeltaGenerator):
    """What ``st.status`` returns: a container with ``update()``; ``with`` marks it done."""

    __slots__ = ()

    @property
    def _node(self) -> Status:
        assert isinstance(self._block, Status)
        return self._block

    def update(
        self, *, label: str | None = None, expanded: bool | None = None, state: str | None = None
    ) -> None:
        """Change the label, expanded state or state; None leaves a field as it is.

        Example:
            >>> s = st.status("Downloading")  # doctest: +SKIP
            >>> s.update(label="Done", state="complete")  # doctest: +SKIP
        """
        node = self._node
        if label is not None:
            node.label = label
        if state is not None:
            check_choice("state", state, tuple(_STATE_ICONS), detail=False)
            node.state, node.icon = state, _STATE_ICONS[state]
        if expanded is not None:
            node.expanded = expanded

    def __enter__(self) -> StatusContainer:
        super().__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._node.state == "running":
            self.update(state="error" if exc and exc[0] is not None else "complete")
        super().__exit__(*exc)


@element
def status(
    self: DeltaGenerator,
    label: str,
    *,
    expanded: bool = False,
    state: str = "running",
    type: str = "default",
    width: Any = "stretch",
) -> StatusContainer:
    """``st.status``: an expander-like container showing a task's state."""
    check_choice("type", type, EXPANDABLE_TYPES, detail=False)
    check_choice("state", state, tuple(_STATE_ICONS), detail=False)
    check_layout_width(width, allow_content=False)
    node = Status(label or "", state, expanded)
    self._add_block(node)
    return StatusContainer(block=node)
