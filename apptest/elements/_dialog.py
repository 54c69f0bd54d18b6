"""``@st.dialog``: a modal dialog, which is a fragment drawn in the root ``event`` area.

Calling a dialog function opens a ``dialog`` block (``at.dialog[0]``) holding the
fragment's ``flex_container``, as real AppTest shows it. Its widgets rerun only the
dialog, so it stays open across its own reruns; a full run that does not call the
function again (``st.rerun()``, for example) closes it. A test closes it as a person
would with ``at.dialog[0].dismiss().run()``, which runs ``on_dismiss``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from apptest.elements._dg import DeltaGenerator
from apptest.elements._fragment import fragment_call
from apptest.elements._layout_params import icon_text
from apptest.elements._widget import WidgetCall, check_on_change, compute_id
from apptest.errors import (
    AppTestError,
    InteractionError,
    StreamlitDuplicateElementId,
    StreamlitInvalidLayoutContextError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)
from apptest.runtime._context import ScriptRun
from apptest.runtime._state import WidgetMeta
from apptest.tree._nodes import Block

F = TypeVar("F", bound=Callable[..., Any])

_WIDTHS = ("small", "medium", "large")
_POSITIONS = ("left", "center", "right")
_MAX_PIXEL_WIDTH = 2**32 - 1


class Dialog(Block, collection="dialog"):
    """An open dialog (``at.dialog[0]``): ``title``, ``width``, ``dismissible``, ..."""

    type = "dialog"

    def __init__(self, title: str, **attrs: Any) -> None:
        super().__init__()
        self.title = title
        self.width: Any = attrs["width"]
        self.position: str = attrs["position"]
        self.dismissible: bool = attrs["dismissible"]
        self.icon: str = attrs["icon"]
        self.on_dismiss: Any = attrs["on_dismiss"]
        #: the trigger a dismissal sends (None when ``on_dismiss="ignore"``)
        self.dismiss_id: str | None = attrs["dismiss_id"]

    @property
    def label(self) -> str:
        """The title (so that queries by label and printed trees show it)."""
        return self.title

    def dismiss(self) -> Dialog:
        """Close the dialog as a person would (the X, Esc or a click outside it).

        Takes effect with the next ``run()``: ``on_dismiss="ignore"`` closes it without
        running the app (the browser does not rerun); ``"rerun"`` or a callback reruns
        the app (the callback first).

        Example:
            >>> at.dialog[0].dismiss().run()  # doctest: +SKIP
        """
        session = self._session
        if session is None:
            raise AppTestError("dialog is not attached to an AppTest")
        if not self.dismissible:
            raise InteractionError(
                f"Dialog {self.title!r} is not dismissible (dismissible=False): a person "
                "cannot close it; the app closes it with st.rerun()"
            )
        if self.parent is None:
            raise InteractionError(f"Dialog {self.title!r} is no longer open")
        if self not in session.fragments.dismissed:
            session.fragments.dismissed.append(self)
        return self


def _check_width(width: Any) -> None:
    if width in _WIDTHS and isinstance(width, str):
        return
    if isinstance(width, int) and not isinstance(width, bool) and 0 < width <= _MAX_PIXEL_WIDTH:
        return
    raise StreamlitValueError(
        "width", ["'small'", "'medium'", "'large'", "a positive integer"], detail=f"Got {width!r}."
    )


def _assert_not_nested(run: ScriptRun) -> None:
    node: Block | None = run.stack[-1]
    while node is not None:
        if node.type == "dialog":
            raise StreamlitInvalidLayoutContextError("Dialogs may not be nested inside other dialogs.")
        node = node.parent


def _register_dismiss(run: ScriptRun, opts: dict[str, Any]) -> str:
    """Give the dialog its element id; with ``on_dismiss``, a trigger widget under it."""
    on_dismiss = opts["on_dismiss"]
    params = {k: opts[k] for k in ("title", "dismissible", "width", "position", "icon")}
    params["on_dismiss"] = "callback" if callable(on_dismiss) else str(on_dismiss)
    call = WidgetCall(id_params=params, keyed_identity=False)
    wid = compute_id("dialog", call, "", "event", run.session.active_script_hash)
    if wid in run.widget_ids:
        raise StreamlitDuplicateElementId("dialog")
    run.widget_ids.add(wid)
    if on_dismiss != "ignore":
        run.session.state.register_widget(WidgetMeta(
            id=wid, kind="dialog", default=False, trigger=True,
            callback=on_dismiss if callable(on_dismiss) else None,
            page=run.session.active_script_hash, fragment_id=run.fragments.current,
        ))
    return wid


def _opener(title: str, opts: dict[str, Any]) -> Callable[[ScriptRun], Block]:
    def open_dialog(run: ScriptRun) -> Block:
        _assert_not_nested(run)
        check_on_change(opts["on_dismiss"], param_name="on_dismiss", none_ok=False)
        _check_width(opts["width"])
        if opts["position"] not in _POSITIONS:
            raise StreamlitValueError("position", ["'left'", "'center'", "'right'"])
        icon = icon_text(opts["icon"])
        wid = _register_dismiss(run, opts)
        attrs = {**opts, "icon": icon, "dismiss_id": wid if opts["on_dismiss"] != "ignore" else None}
        dialog = Dialog(**attrs)
        DeltaGenerator(root="event")._add_block(dialog)
        if run.fragments.dialog_opened:
            raise StreamlitInvalidLayoutContextError(
                "Only one dialog is allowed to be opened at the same time. Please make sure "
                "to not call a dialog-decorated function more than once in a script run."
            )
        run.fragments.dialog_opened = True
        run.stack.append(dialog)
        return dialog

    return open_dialog


def dialog(
    title: Any,
    *,
    width: Any = "small",
    position: str = "center",
    dismissible: bool = True,
    icon: str | None = None,
    on_dismiss: Any = "ignore",
) -> Any:
    """``st.dialog``: a decorator; calling the function opens a modal dialog.

    Example:
        >>> @st.dialog("Sign up", on_dismiss="rerun")  # doctest: +SKIP
        ... def sign_up():
        ...     name = st.text_input("Name")
    """
    opts = {"width": width, "position": position, "dismissible": dismissible, "icon": icon,
            "on_dismiss": on_dismiss}
    if isinstance(title, str):
        return lambda func: _dialog(func, title, opts)
    return _dialog(title, "", opts)


def _dialog(func: F, title: str, opts: dict[str, Any]) -> F:
    if not title:
        raise StreamlitMissingRequiredParameterError(
            "title", detail='For example: `@st.dialog("Example Title")`.'
        )
    return fragment_call(
        func, hash_info=func.__qualname__, app_scoped=True,
        around=_opener(title, {**opts, "title": title}),
    )
