"""``UploadedFile``: what file, camera, audio and chat inputs return, and file checks.

``UploadedFile`` follows Streamlit's ``streamlit.runtime.uploaded_file_manager.UploadedFile``:
an ``io.BytesIO`` holding the file's bytes, with ``file_id``, ``name``, ``type`` (the MIME
type) and ``size``; two files are equal when their ids are. The helpers below turn what a
test hands over (``("a.csv", b"1,2", "text/csv")``) into such files, refusing what a browser
would not upload: a name or MIME type the widget does not accept, or a file over its size
limit.
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from apptest.errors import InteractionError, StreamlitValueError
from apptest.tree._nodes import Widget

DEFAULT_MIME = "application/octet-stream"
#: ``server.maxUploadSize``'s default, in megabytes
DEFAULT_MAX_UPLOAD_MB = 200

_CATEGORY_SHORTCUTS = frozenset({"image", "audio", "video", "text"})
_TYPE_PAIRS = [
    (".jpg", ".jpeg"),
    (".mpg", ".mpeg"),
    (".mp4", ".mpeg4"),
    (".tif", ".tiff"),
    (".htm", ".html"),
]
_DEFAULTS: tuple[Any, ...] = (None, "", False, [], set(), {})


@dataclass(frozen=True)
class FileURLs:
    """Where the browser sent the file (Streamlit's ``FileURLs``); simulated here."""

    file_id: str
    upload_url: str
    delete_url: str


class UploadedFile(io.BytesIO):
    """A file uploaded by a person: a ``BytesIO`` with ``name``, ``type`` and ``size``.

    Example:
        >>> f = UploadedFile("a.txt", b"hello", "text/plain")
        >>> (f.name, f.type, f.size, f.read())
        ('a.txt', 'text/plain', 5, b'hello')
    """

    def __init__(
        self, name: str, data: bytes, type: str = DEFAULT_MIME,
        file_id: str | None = None,
    ) -> None:
        super().__init__(bytes(data))
        if not file_id:
            import uuid

            file_id = str(uuid.uuid4())
        self.file_id = file_id
        self.name = name
        self.type = type
        self.size = len(data)
        url = f"/_stcore/upload_file/apptest/{self.file_id}"
        self._file_urls = FileURLs(self.file_id, url, url)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UploadedFile):
            return NotImplemented
        return self.file_id == other.file_id

    def __hash__(self) -> int:
        return hash(self.file_id)

    def __deepcopy__(self, memo: dict[int, Any]) -> UploadedFile:
        # Streamlit rebuilds the file for every run: the script reads it from the start.
        return UploadedFile(self.name, self.getvalue(), self.type, self.file_id)

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{k}={v!r}" for k, v in vars(self).items() if k != "_file_urls" and v not in _DEFAULTS
        )
        return f"UploadedFile({shown})"


def normalize_upload_file_type(file_type: str | Sequence[str]) -> list[str]:
    """Streamlit's normalisation of ``type=``: MIME patterns, then ``.ext`` (paired)."""
    entries = [file_type] if isinstance(file_type, str) else list(file_type)
    extensions: list[str] = []
    mime_types: list[str] = []
    for raw in entries:
        entry = raw.strip()
        if not entry:
            continue
        if entry.lower() in _CATEGORY_SHORTCUTS:
            mime_types.append(f"{entry.lower()}/*")
        elif "/" in entry:
            mime_types.append(entry.lower())
        else:
            ext = entry.lower()
            extensions.append(ext if ext.startswith(".") else f".{ext}")
    for x, y in _TYPE_PAIRS:
        if x in extensions and y not in extensions:
            extensions.append(y)
        if y in extensions and x not in extensions:
            extensions.append(x)
    return mime_types + extensions


def type_allowed(name: str, mime: str, allowed: Sequence[str]) -> bool:
    """Whether a browser's ``accept`` filter lets this file through."""
    if not allowed:
        return True
    lowered, mime = name.lower(), mime.lower()
    for pattern in allowed:
        if pattern.startswith("."):
            if lowered.endswith(pattern):
                return True
        elif pattern.endswith("/*"):
            if mime.startswith(pattern[:-1]):
                return True
        elif mime == pattern:
            return True
    return False


def guess_mime(name: str) -> str:
    """The MIME type a browser reports for a file name (``application/octet-stream``)."""
    import mimetypes

    return mimetypes.guess_type(name, strict=False)[0] or DEFAULT_MIME


def make_file(widget: Widget, spec: Any, *, paths: bool = False) -> UploadedFile:
    """One ``(name, data[, mime])`` tuple (or an ``UploadedFile``) as an ``UploadedFile``."""
    if isinstance(spec, UploadedFile):
        return UploadedFile(spec.name, spec.getvalue(), spec.type, spec.file_id)
    if not isinstance(spec, tuple) or len(spec) not in (2, 3):
        raise InteractionError(
            f"{widget.describe()} accepts a file as (name, bytes, mime_type), got {spec!r}"
        )
    name, data, *rest = spec
    mime = rest[0] if rest else None
    if not isinstance(name, str) or not name or "\0" in name:
        raise InteractionError(f"{widget.describe()} needs a non-empty file name, got {name!r}")
    if not paths and ("/" in name or os.sep in name):
        raise InteractionError(
            f"{widget.describe()} accepts plain file names (folders only with "
            f"accept_multiple_files='directory'), got {name!r}"
        )
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise InteractionError(
            f"{widget.describe()} accepts file content as bytes, got {type(data).__name__}"
        )
    if mime is not None and (not isinstance(mime, str) or not mime):
        raise InteractionError(f"{widget.describe()} needs a MIME type string, got {mime!r}")
    return UploadedFile(name, bytes(data), mime or guess_mime(name))


def check_file(widget: Widget, file: UploadedFile, allowed: Sequence[str], max_mb: int) -> None:
    """Refuse a file the widget's type filter or size limit keeps out."""
    if not type_allowed(file.name, file.type, allowed):
        raise InteractionError(
            f"{widget.describe()} accepts only {list(allowed)} files, "
            f"got {file.name!r} ({file.type})"
        )
    if file.size > max_mb * 1024 * 1024:
        raise InteractionError(
            f"{widget.describe()} accepts files up to {max_mb} MB, "
            f"got {file.name!r} of {file.size} bytes"
        )


def max_upload_mb(max_upload_size: int | None, config: dict[str, Any]) -> int:
    """The effective size limit: the widget's, else ``server.maxUploadSize``."""
    if max_upload_size is not None:
        return max_upload_size
    return int(config.get("server.maxUploadSize", DEFAULT_MAX_UPLOAD_MB))


def check_max_upload_size(max_upload_size: Any) -> None:
    """``max_upload_size`` is None or a positive int (Streamlit's check)."""
    if max_upload_size is not None and (
        isinstance(max_upload_size, bool)
        or not isinstance(max_upload_size, int)
        or max_upload_size < 1
    ):
        raise StreamlitValueError(
            "max_upload_size",
            ["a positive integer"],
            detail="Set it to None to fall back to the `server.maxUploadSize` configuration "
            "option.",
        )
