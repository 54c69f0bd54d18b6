"""``st.download_button``: a trigger button that also hands the browser a file.

Its ``data`` may be text, bytes, a file object, or a callable that builds the file
when the button is clicked (Streamlit's deferred download). The tree node exposes the
file as it would be downloaded: ``data`` (bytes), ``file_name`` and ``mime``.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from typing import Any

from apptest.elements._button import Button
from apptest.elements._dg import DeltaGenerator, element
from apptest.elements._widget import WidgetCall, check_on_change, register_widget
from apptest.errors import (
    AppTestError,
    InteractionError,
    StreamlitAPIException,
    StreamlitInvalidFormCallbackError,
    StreamlitInvalidLayoutContextError,
)
from apptest.runtime._context import current_run
from apptest.tree._nodes import Widget

_FORM_DOCS = (
    "\n\nFor more information, refer to the\n[documentation for forms]"
    "(https://docs.streamlit.io/develop/api-reference/execution-flow/st.form)."
)


class ClickButton(Widget):
    """A button a test clicks; ``on_click="ignore"`` clicks do not rerun the app."""

    shows_returned_value = True
    ignore_rerun: bool = False

    def __init__(self, label: str, **attrs: Any) -> None:
        self.label = label
        self.__dict__.update(attrs)

    def check_value(self, v: Any) -> bool:
        """Only ``True`` (clicked) or ``False`` can be set."""
        return Button.check_value(self, v)  # type: ignore[arg-type]

    def _press(self) -> None:
        """Check that a person could click, and stage the click if it reruns the app."""
        if self.disabled:
            raise InteractionError(
                f"Cannot click the disabled {self.describe()}. "
                "A browser user cannot interact with a disabled widget."
            )
        if not self.ignore_rerun:
            self.set_value(True)


def file_bytes(data: Any, error: Exception) -> tuple[bytes, str]:
    """Streamlit's conversion of download data to bytes, with the MIME type it implies."""
    if isinstance(data, str):
        return data.encode(), "text/plain"
    if isinstance(data, io.TextIOWrapper):
        return data.read().encode(), "text/plain"
    if isinstance(data, io.StringIO):
        return data.getvalue().encode(), "text/plain"
    if isinstance(data, bytes):
        return data, "application/octet-stream"
    if isinstance(data, io.BytesIO):
        data.seek(0)
        return data.getvalue(), "application/octet-stream"
    if isinstance(data, (io.BufferedReader, io.RawIOBase)):
        data.seek(0)
        return data.read() or b"", "application/octet-stream"
    raise error


def _infer_file_info(data: Any, file_name: str | None, mime: str | None) -> tuple[Any, Any]:
    """A file object opened from disk names the file (and so its MIME type)."""
    try:
        name = getattr(data, "name", None)
    except (AttributeError, ValueError, OSError):
        return file_name, mime
    if not isinstance(name, str) or not name:
        return file_name, mime
    if file_name is None:
        file_name = os.path.basename(name)
    if mime is None:
        import mimetypes

        mime = mimetypes.guess_type(file_name)[0]
    return file_name, mime


class DownloadButton(ClickButton, collection="download_button"):
    """A download button; ``value`` is True only in the run right after a click.

    ``data``, ``file_name`` and ``mime`` describe the file a click downloads. A callable
    ``data`` is called each time ``data`` or ``mime`` is read (as each browser download
    calls it); ``downloads`` lists the files this element's clicks downloaded.
    """

    type = "download_button"
    file_name: str | None = None

    def __init__(self, label: str, source: Any, mime: str | None, **attrs: Any) -> None:
        super().__init__(label, **attrs)
        self._source = source
        self._mime = mime
        self.downloads: list[bytes] = []

    def _file(self) -> tuple[bytes, str]:
        source = self._source
        if not callable(source):
            return source  # type: ignore[no-any-return]
        if self.disabled:
            raise AppTestError(f"{self.describe()} is disabled; it offers no file")
        result = source()
        data, mime = file_bytes(
            result, AppTestError(f"Callable returned unsupported type: {type(result)}")
        )
        return data, self._mime or mime

    @property
    def data(self) -> bytes:
        """The file's content, as the browser would download it."""
        return self._file()[0]

    @property
    def mime(self) -> str:
        """The file's MIME type (given, or inferred from ``data``)."""
        return self._file()[1]

    def click(self) -> DownloadButton:
        """Click: download the file, and rerun the app unless ``on_click="ignore"``.

        Example:
            >>> at.download_button[0].click().run()  # doctest: +SKIP
            >>> at.download_button[0].downloads  # doctest: +SKIP
        """
        self._press()
        self.downloads.append(self.data)
        return self


def _marshall(data: Any, file_name: str | None, mime: str | None) -> tuple[Any, Any]:
    """The node's file: ``(bytes, mime)`` now, or the callable for later."""
    if callable(data):
        return data, file_name
    file_name, mime = _infer_file_info(data, file_name, mime)
    content, inferred = file_bytes(
        data,
        StreamlitAPIException(
            f"Invalid binary data format: {type(data)}",
            error_id="download-button-invalid-binary-data-format",
        ),
    )
    return (content, mime or inferred), file_name


def _check_not_in_form(dg: DeltaGenerator, on_click: Any) -> None:
    if dg._target(current_run()).form_id:
        if callable(on_click):
            raise StreamlitInvalidFormCallbackError()
        raise StreamlitInvalidLayoutContextError(
            f"`st.download_button()` can't be used in an `st.form()`.{_FORM_DOCS}"
        )


@element
def download_button(
    self: DeltaGenerator,
    label: str,
    data: Any,
    file_name: str | None = None,
    mime: str | None = None,
    key: Any = None,
    help: str | None = None,
    on_click: Callable[..., Any] | str | None = "rerun",
    args: Any = None,
    kwargs: Any = None,
    *,
    type: str = "secondary",
    icon: str | None = None,
    icon_position: str = "left",
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: Any = "content",
    shortcut: str | None = None,
    wrap: bool | None = None,
) -> bool:
    """``st.download_button``: True in the run right after it is clicked."""
    check_on_change(on_click, param_name="on_click")
    label = "" if label is None else str(label)
    _check_not_in_form(self, on_click)
    source, file_name = _marshall(data, file_name, mime)
    node = DownloadButton(
        label, source, mime, help=help, disabled=disabled, file_name=file_name,
        ignore_rerun=on_click == "ignore", button_type=type, icon=icon,
    )
    call = WidgetCall(
        key=key,
        default=False,
        id_params={"label": label, "icon": icon, "file_name": file_name, "mime": mime,
                   "help": help, "type": type, "width": width, "icon_position": icon_position,
                   "shortcut": shortcut},
        on_change=on_click,
        args=args,
        kwargs=kwargs,
        trigger=True,
        writes_allowed=False,
    )
    return bool(register_widget(self, node, call))
