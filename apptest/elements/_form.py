"""``st.form``: a container whose widget changes are held until it is submitted."""

from __future__ import annotations

from typing import Any

from apptest.elements._dg import DeltaGenerator, element
from apptest.errors import (
    StreamlitDuplicateElementKey,
    StreamlitInvalidLayoutContextError,
    StreamlitValueAssignmentNotAllowedError,
    form_context_message,
)
from apptest.runtime._context import current_run
from apptest.tree._nodes import Block, Node


class Form(Block, collection="form"):
    """A form block; ``key`` and ``form_id`` are the form's key."""

    type = "form"

    def __init__(self, key: str, clear_on_submit: bool, enter_to_submit: bool, border: bool) -> None:
        super().__init__(key=key)
        self.form_id = key
        self.clear_on_submit = clear_on_submit
        self.enter_to_submit = enter_to_submit
        self.border = border

    def accept(self, node: Node) -> None:
        """Streamlit's rule: only submit buttons, not ``st.button``, inside a form."""
        if node.type == "button" and not getattr(node, "is_submitter", False):
            raise StreamlitInvalidLayoutContextError(form_context_message("button", inside=True))


@element
def form(
    self: DeltaGenerator,
    key: str,
    clear_on_submit: bool = False,
    *,
    enter_to_submit: bool = True,
    border: bool = True,
    width: Any = "stretch",
    height: Any = "content",
) -> DeltaGenerator:
    """``st.form``: widgets inside send their values only when submitted."""
    run = current_run()
    if self._target(run).form_id:
        raise StreamlitInvalidLayoutContextError("Forms cannot be nested in other forms.")
    if key in run.session.state.new_session_state:
        raise StreamlitValueAssignmentNotAllowedError(key)
    if key in run.form_ids:
        raise StreamlitDuplicateElementKey(key)
    run.form_ids.add(key)
    return self._add_block(Form(key, clear_on_submit, enter_to_submit, border))
