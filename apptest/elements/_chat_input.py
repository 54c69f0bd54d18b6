"""``st.chat_input``: a trigger whose value is the submitted message for one run.

Text only, it returns the submitted ``str``; with ``accept_file`` or ``accept_audio`` a
``ChatInputValue`` (``.text``, ``.files``, ``.audio``). On the next run it is None again.
At the top level of the main area it is placed in the root ``bottom`` block
(``at.bottom``); in a container or the sidebar it stays where it is called. Its key is
not read-only: assigning a string to it before the widget pre-fills the box, and the
script gets None (the message is not sent).
"""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from apptest.elements._dg import DeltaGenerator, element
from apptest.elements._file_inputs import ALLOWED_SAMPLE_RATES
from apptest.elements._text_input import TextInput
from apptest.elements._uploaded_file import (
    UploadedFile,
    check_file,
    check_max_upload_size,
    make_file,
    max_upload_mb,
    normalize_upload_file_type,
)
from apptest.elements._widget import WidgetCall, check_on_change, register_widget
from apptest.errors import (
    InteractionError,
    StreamlitInvalidFormCallbackError,
    StreamlitInvalidLayoutContextError,
    StreamlitValueError,
)
from apptest.runtime._context import current_run
from apptest.tree._nodes import Widget

_Item = Any


@dataclass(repr=False)
class ChatInputValue(MutableMapping[str, _Item]):
    """What ``st.chat_input`` returns when it takes files or audio (Streamlit's type).

    Example:
        >>> v = ChatInputValue(text="hi", files=[], _include_files=True)
        >>> (v.text, v["files"], dict(v))
        ('hi', [], {'text': 'hi', 'files': []})
    """

    text: str
    files: list[UploadedFile] = field(default_factory=list)
    audio: UploadedFile | None = None
    _include_files: bool = field(default=False, repr=False, compare=False)
    _include_audio: bool = field(default=False, repr=False, compare=False)

    def to_dict(self) -> dict[str, _Item]:
        """The fields this chat input has: ``text``, then ``files`` and ``audio`` if enabled."""
        stored = vars(self)
        result = {"text": stored["text"]} if "text" in stored else {}
        if self._include_files and "files" in stored:
            result["files"] = stored["files"]
        if self._include_audio and "audio" in stored:
            result["audio"] = stored["audio"]
        return result

    def __len__(self) -> int:
        return len(self.to_dict())

    def __iter__(self) -> Iterator[str]:
        return iter(self.to_dict())

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key in self.to_dict()

    def __getitem__(self, item: str) -> _Item:
        if item not in self:
            raise KeyError(f"Invalid key: {item}")
        return self.to_dict()[item]

    def __getattribute__(self, name: str) -> Any:
        if name == "files" and not object.__getattribute__(self, "_include_files"):
            raise AttributeError(
                "'ChatInputValue' object has no attribute 'files' (accept_file=False)"
            )
        if name == "audio" and not object.__getattribute__(self, "_include_audio"):
            raise AttributeError(
                "'ChatInputValue' object has no attribute 'audio' (accept_audio=False)"
            )
        return object.__getattribute__(self, name)

    def __setitem__(self, key: str, value: Any) -> None:
        allowed = {"text": True, "files": self._include_files, "audio": self._include_audio}
        if not allowed.get(key):
            raise KeyError(f"Invalid key: {key}")
        setattr(self, key, value)

    def __delitem__(self, key: str) -> None:
        if key not in self:
            raise KeyError(f"Invalid key: {key}")
        delattr(self, key)

    def __repr__(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self.to_dict().items())
        return f"{type(self).__name__}({args})"


class ChatInput(Widget, collection="chat_input"):
    """A chat box; ``value`` is the submitted message for the run after it is sent."""

    type = "chat_input"
    shows_returned_value = True
    placeholder: str = ""
    max_chars: int | None = None
    accept_file: bool | str = False
    accept_audio: bool = False
    file_type: list[str]
    max_upload_size: int = 200

    def __init__(self, **attrs: Any) -> None:
        self.__dict__.update(attrs)
        self._text: str | None = None
        self._files: list[UploadedFile] = []

    @property  # type: ignore[override]
    def label(self) -> str:  # type: ignore[override]
        """A chat input has no label (as in ``streamlit.testing.v1``)."""
        raise AttributeError("'ChatInput' object has no attribute 'label'")

    def describe(self) -> str:
        """``ChatInput 'Your message'`` (its placeholder) for messages."""
        shown = f"key={self.key!r}" if self.key is not None else repr(self.placeholder)
        return f"ChatInput {shown}"

    @property
    def value(self) -> Any:
        """The text staged for sending, else what the last run's script got."""
        if self._text is not None:
            return self._text
        return self.returned

    @property
    def accepts_files(self) -> bool:
        """Whether files can be attached (``accept_file`` is not False)."""
        return self.accept_file is not False

    def set_value(self, v: str | None) -> ChatInput:
        """Type ``v`` to be sent with the next run (None takes the text back).

        Example:
            >>> at.chat_input[0].set_value("hello").run()  # doctest: +SKIP
        """
        self._text = self.check_value(v)
        return self._stage_message()

    def submit(self, text: str) -> ChatInput:
        """Type ``text`` and send it (takes effect at the next run).

        Example:
            >>> at.chat_input[0].submit("hello").run()  # doctest: +SKIP
        """
        return self.set_value(text)

    def upload(self, name: str, data: bytes, mime: str | None = None) -> ChatInput:
        """Attach a file to the next message (replaces it unless several are accepted).

        Example:
            >>> at.chat_input[0].upload("notes.txt", b"hi").submit("see file").run()  # doctest: +SKIP
        """
        self._require_files()
        new = make_file(self, (name, data, mime), paths=self.accept_file == "directory")
        check_file(self, new, self.file_type, self.max_upload_size)
        multiple = self.accept_file in ("multiple", "directory")
        self._files = [*self._files, new] if multiple else [new]
        return self._stage_message()

    def clear(self) -> ChatInput:
        """Remove the files attached to the next message (the text stays).

        Example:
            >>> at.chat_input[0].clear().run()  # doctest: +SKIP
        """
        self._require_files()
        self._files = []
        return self._stage_message()

    def check_value(self, v: Any) -> str | None:
        """Text (not longer than ``max_chars``), or None; an empty message cannot be sent."""
        v = TextInput.check_value(self, v)  # type: ignore[arg-type]  # the same text rules
        if v == "" and not self._files:
            raise InteractionError(f"{self.describe()} cannot send an empty message")
        return v

    def _require_files(self) -> None:
        if not self.accepts_files:
            raise InteractionError(
                f"{self.describe()} does not accept files. "
                "Pass accept_file=True, 'multiple', or 'directory'."
            )

    def _stage_message(self) -> ChatInput:
        if self._text is None and not self._files:
            self._stage(None)
        elif self.accepts_files or self.accept_audio:
            self._stage(ChatInputValue(
                text=self._text or "", files=list(self._files),
                _include_files=self.accepts_files, _include_audio=self.accept_audio,
            ))
        else:
            self._stage(self._text)
        return self


def _check_chat_args(
    accept_file: Any, submit_mode: str, max_upload_size: Any, audio_sample_rate: Any
) -> None:
    if accept_file not in {True, False, "multiple", "directory"}:
        raise StreamlitValueError(
            "accept_file", ["True", "False", "'multiple'", "'directory'"],
            detail=f"Got {accept_file!r}.",
        )
    if submit_mode not in {"submit", "disable", "stop"}:
        raise StreamlitValueError("submit_mode", ["'submit'", "'disable'", "'stop'"])
    check_max_upload_size(max_upload_size)
    if audio_sample_rate is not None and audio_sample_rate not in ALLOWED_SAMPLE_RATES:
        raise StreamlitValueError(
            "audio_sample_rate", [str(r) for r in sorted(ALLOWED_SAMPLE_RATES)] + ["None"]
        )


def _place(dg: DeltaGenerator, on_submit: Any) -> DeltaGenerator:
    """Where the box goes: the bottom block at the top level of the main area."""
    run = current_run()
    target = dg._target(run)
    if target.form_id:
        if callable(on_submit):
            raise StreamlitInvalidFormCallbackError()
        raise StreamlitInvalidLayoutContextError("`st.chat_input()` can't be used in a `st.form()`.")
    if target is run.tree.main and dg._slot is None:
        return DeltaGenerator(root="bottom")
    return dg


@element
def chat_input(
    self: DeltaGenerator,
    placeholder: str = "Your message",
    *,
    key: Any = None,
    max_chars: int | None = None,
    max_upload_size: int | None = None,
    accept_file: bool | str = False,
    file_type: str | Sequence[str] | None = None,
    accept_audio: bool = False,
    audio_sample_rate: int | None = 16000,
    disabled: bool = False,
    submit_mode: str = "submit",
    on_submit: Any = None,
    args: Any = None,
    kwargs: Any = None,
    width: Any = "stretch",
    height: Any = "content",
) -> str | ChatInputValue | None:
    """``st.chat_input``: the message sent (for one run), else None."""
    check_on_change(on_submit, param_name="on_submit", modes=())
    _check_chat_args(accept_file, submit_mode, max_upload_size, audio_sample_rate)
    dg = _place(self, on_submit)
    node = ChatInput(
        placeholder=str(placeholder), max_chars=max_chars, accept_file=accept_file,
        file_type=normalize_upload_file_type(file_type) if file_type else [],
        accept_audio=accept_audio, audio_sample_rate=audio_sample_rate, disabled=disabled,
        submit_mode=submit_mode, width=width, height=height,
        max_upload_size=max_upload_mb(max_upload_size, current_run().session.server.config),
    )
    call = WidgetCall(
        key=key, default=None, trigger=True, on_change=on_submit, args=args, kwargs=kwargs,
        id_params={"placeholder": placeholder, "max_chars": max_chars,
                   "max_upload_size": max_upload_size, "accept_file": accept_file,
                   "file_type": file_type, "accept_audio": accept_audio,
                   "audio_sample_rate": audio_sample_rate, "submit_mode": submit_mode,
                   "width": width, "height": height},
        keyed_identity=frozenset({"accept_file", "file_type", "max_chars", "max_upload_size"}),
        kind="chat_input",
    )
    value = register_widget(dg, node, call)
    state = current_run().session.state
    if node.key is not None and state.is_new_state_value(node.key):
        # Assigned through session state: the box is pre-filled, nothing is sent.
        if isinstance(value, str):
            state.new_session_state[node.key] = None
        return None
    return value  # type: ignore[no-any-return]
