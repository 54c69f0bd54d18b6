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

    @property
    def has_submit_button(self) -> bool:
        """Whether the form drew a submit button (a browser warns when it did not)."""
        return any(getattr(n, "is_submitter", False) for n in self if n is not self)

    @property
    def missing_submit_warning(self) -> str | None:
        """The warning a browser shows inside a form without a submit button, else None."""
        if self.has_submit_button:
            return None
        return (
            "Missing Submit Button\n\nThis form has no submit button, which means that user "
            "interactions will never be sent to your Streamlit app.\n\nTo create a submit "
            "button, use the `st.form_submit_button()` function."
        )

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
