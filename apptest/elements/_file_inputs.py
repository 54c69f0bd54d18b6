"""File and media inputs: ``st.file_uploader``, ``st.camera_input``, ``st.audio_input``.

Their value is an ``UploadedFile`` (a list of them for a multiple or directory uploader)
and stays in session state across runs, as the browser keeps showing the file. Their
keys are read-only. A test hands over files as ``(name, bytes, mime_type)`` tuples;
files the widget would not take (wrong type, too big, not one JPEG photo or one WAV
recording) raise ``InteractionError``. ``value`` shows the files the last run committed,
not staged ones, as in ``streamlit.testing.v1``.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any, ClassVar

from apptest.elements._dg import DeltaGenerator, element
from apptest.elements._uploaded_file import (
    UploadedFile,
    check_file,
    check_max_upload_size,
    make_file,
    max_upload_mb,
    normalize_upload_file_type,
)
from apptest.elements._widget import WidgetCall, check_on_change, register_widget
from apptest.errors import InteractionError, StreamlitValueError
from apptest.runtime._context import current_run
from apptest.tree._nodes import Widget

_RESOLUTIONS = {"480p": 480, "720p": 720, "1080p": 1080}
ALLOWED_SAMPLE_RATES = frozenset({8000, 11025, 16000, 22050, 24000, 32000, 44100, 48000})


class _FileWidget(Widget):
    """What the three file widgets share: committed ``value`` and ``clear()``."""

    def __init__(self, label: str, **attrs: Any) -> None:
        self.label = label
        self.__dict__.update(attrs)

    @property
    def value(self) -> Any:
        """The file(s) committed by the last run (staged files show after ``run()``)."""
        session = self._session
        if session is None:
            return None
        try:
            return copy.deepcopy(session.state[self.id])
        except KeyError:
            meta = session.state.meta.get(self.id)
            return None if meta is None else copy.deepcopy(meta.default)

    def _current(self) -> Any:
        """The staged value if any, else the committed one."""
        session = self._session
        if session is not None and self.id in session.pending:
            return session.pending[self.id]
        return self.value

    def clear(self) -> _FileWidget:
        """Remove the file(s), as with the widget's delete button.

        Example:
            >>> at.file_uploader[0].clear().run()  # doctest: +SKIP
        """
        return self.set_value(None)  # type: ignore[return-value]


class FileUploader(_FileWidget, collection="file_uploader"):
    """A file uploader; ``value`` is an ``UploadedFile``, None, or a list of files."""

    type = "file_uploader"
    accept_multiple_files: bool = False
    accept_directory: bool = False
    allowed_type: list[str]
    max_upload_size: int = 200

    def set_value(self, files: Any) -> FileUploader:
        """Stage the files: ``(name, bytes, mime)``, a list of those, or None to clear.

        Example:
            >>> at.file_uploader[0].set_value(("a.csv", b"1,2", "text/csv")).run()  # doctest: +SKIP
        """
        return super().set_value(files)  # type: ignore[return-value]

    def upload(self, name: str, data: bytes, mime: str | None = None) -> FileUploader:
        """Add one file: to the others for a multiple uploader, else in place of the file.

        Without ``mime`` the type is guessed from the name, as a browser does.

        Example:
            >>> at.file_uploader[0].upload("a.txt", b"hi").run()  # doctest: +SKIP
        """
        new = make_file(self, (name, data, mime), paths=self.accept_directory)
        if not self.accept_multiple_files:
            return self.set_value(new)
        return self.set_value([*(self._current() or []), new])

    def check_value(self, v: Any) -> Any:
        """Files of an allowed type within the size limit; one unless multiple."""
        if v is None:
            files: list[UploadedFile] = []
        elif isinstance(v, UploadedFile) or (isinstance(v, tuple) and v and isinstance(v[0], str)):
            files = [make_file(self, v, paths=self.accept_directory)]
        elif isinstance(v, Sequence) and not isinstance(v, (str, bytes)):
            files = [make_file(self, f, paths=self.accept_directory) for f in v]
        else:
            raise InteractionError(
                f"{self.describe()} accepts (name, bytes, mime_type), a list of those "
                f"or None, got {v!r}"
            )
        for f in files:
            check_file(self, f, self.allowed_type, self.max_upload_size)
        if self.accept_multiple_files:
            return files
        if len(files) > 1:
            raise InteractionError(
                f"{self.describe()} accepts one file (accept_multiple_files=False), "
                f"got {len(files)}"
            )
        return files[0] if files else None


class _MediaInput(_FileWidget):
    """A widget that records one file of one kind (a JPEG photo, a WAV recording)."""

    extension: ClassVar[str] = ""
    mime: ClassVar[str] = ""
    noun: ClassVar[str] = ""

    def set_value(self, file: Any) -> _MediaInput:
        """Stage the recorded file ``(name, bytes, mime)``, or None to clear it.

        Example:
            >>> at.camera_input[0].set_value(("shot.jpg", b"...", "image/jpeg")).run()  # doctest: +SKIP
        """
        return super().set_value(file)  # type: ignore[return-value]

    def upload(self, name: str, data: bytes, mime: str | None = None) -> _MediaInput:
        """Stage one file, replacing any staged one (``mime`` defaults to the only one allowed).

        Example:
            >>> at.audio_input[0].upload("clip.wav", b"RIFF").run()  # doctest: +SKIP
        """
        return self.set_value((name, data, mime or self.mime))

    def check_value(self, v: Any) -> UploadedFile | None:
        """One file named ``*<extension>`` with the widget's MIME type, or None."""
        if v is None:
            return None
        if isinstance(v, list):
            raise InteractionError(f"{self.describe()} takes one {self.noun}, got a list")
        if isinstance(v, tuple) and len(v) == 3 and v[2] is None:
            v = (v[0], v[1], self.mime)
        f = make_file(self, v)
        if not f.name.lower().endswith(self.extension):
            raise InteractionError(
                f"{self.describe()} only takes {self.extension} files, got {f.name!r}"
            )
        if f.type.lower() != self.mime:
            raise InteractionError(
                f"{self.describe()} accepts MIME type {self.mime!r}, got {f.type!r}"
            )
        return UploadedFile(f.name, f.getvalue(), self.mime, f.file_id)


class CameraInput(_MediaInput, collection="camera_input"):
    """A camera; ``value`` is the photo (an ``UploadedFile``, ``image/jpeg``) or None."""

    type = "camera_input"
    extension, mime, noun = ".jpg", "image/jpeg", "photo"
    resolution: str | None = None


class AudioInput(_MediaInput, collection="audio_input"):
    """A microphone; ``value`` is the recording (``audio/wav``) or None."""

    type = "audio_input"
    extension, mime, noun = ".wav", "audio/wav", "recording"
    sample_rate: int | None = 16000


def _register_file_widget(
    dg: DeltaGenerator, node: Widget, key: Any, default: Any, id_params: dict[str, Any],
    callback: tuple[Any, Any, Any], keyed_identity: bool | frozenset[str] = True,
) -> Any:
    on_change, args, kwargs = callback
    check_on_change(on_change)
    call = WidgetCall(
        key=key, default=default, id_params=id_params, keyed_identity=keyed_identity,
        on_change=on_change, args=args, kwargs=kwargs, writes_allowed=False,
        label_visibility=node.label_visibility,
    )
    return register_widget(dg, node, call)


@element
def file_uploader(
    self: DeltaGenerator,
    label: str,
    type: str | Sequence[str] | None = None,
    accept_multiple_files: bool | str = False,
    key: Any = None,
    help: str | None = None,
    on_change: Any = "rerun",
    args: Any = None,
    kwargs: Any = None,
    *,
    max_upload_size: int | None = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: Any = "stretch",
) -> UploadedFile | list[UploadedFile] | None:
    """``st.file_uploader``: the uploaded file, a list of files, or None."""
    check_max_upload_size(max_upload_size)
    multiple = accept_multiple_files is True or accept_multiple_files == "directory"
    node = FileUploader(
        str(label), help=help, disabled=disabled, label_visibility=label_visibility,
        accept_multiple_files=multiple, accept_directory=accept_multiple_files == "directory",
        allowed_type=normalize_upload_file_type(type) if type else [],
        max_upload_size=max_upload_mb(max_upload_size, current_run().session.server.config),
    )
    id_params = {"max_upload_size": max_upload_size, "label": label, "type": type,
                 "accept_multiple_files": accept_multiple_files, "help": help, "width": width}
    keyed = frozenset({"type", "accept_multiple_files", "max_upload_size"})
    return _register_file_widget(  # type: ignore[no-any-return]
        self, node, key, [] if multiple else None, id_params, (on_change, args, kwargs), keyed
    )


@element
def camera_input(
    self: DeltaGenerator,
    label: str,
    key: Any = None,
    help: str | None = None,
    on_change: Any = "rerun",
    args: Any = None,
    kwargs: Any = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    resolution: str | None = None,
    width: Any = "stretch",
) -> UploadedFile | None:
    """``st.camera_input``: the photo taken (a JPEG ``UploadedFile``) or None."""
    if resolution is not None and resolution not in _RESOLUTIONS:
        raise StreamlitValueError("resolution", ["'480p'", "'720p'", "'1080p'", "None"])
    node = CameraInput(str(label), help=help, disabled=disabled,
                       label_visibility=label_visibility, resolution=resolution)
    id_params = {"label": label, "help": help, "width": width, "resolution": resolution}
    return _register_file_widget(  # type: ignore[no-any-return]
        self, node, key, None, id_params, (on_change, args, kwargs)
    )


@element
def audio_input(
    self: DeltaGenerator,
    label: str,
    *,
    sample_rate: int | None = 16000,
    key: Any = None,
    help: str | None = None,
    on_change: Any = "rerun",
    args: Any = None,
    kwargs: Any = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: Any = "stretch",
) -> UploadedFile | None:
    """``st.audio_input``: the recording (a WAV ``UploadedFile``) or None."""
    if sample_rate is not None and sample_rate not in ALLOWED_SAMPLE_RATES:
        raise StreamlitValueError(
            "sample_rate", [str(r) for r in sorted(ALLOWED_SAMPLE_RATES)] + ["None"]
        )
    node = AudioInput(str(label), help=help, disabled=disabled,
                      label_visibility=label_visibility, sample_rate=sample_rate)
    id_params = {"label": label, "help": help, "width": width, "sample_rate": sample_rate}
    return _register_file_widget(  # type: ignore[no-any-return]
        self, node, key, None, id_params, (on_change, args, kwargs)
    )
