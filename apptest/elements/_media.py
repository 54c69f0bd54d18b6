"""Media elements: image, audio, video, iframe and pdf.

Nothing is decoded or resized. Each node keeps what the app passed:

* ``Image`` (``.type`` ``"image"``): ``value`` is the list of image URLs, as in
  ``streamlit.testing.v1``: a URL (``http(s)://``, ``data:``, ``/app/static/...``) is
  kept; an SVG string becomes a ``data:`` URL; anything else (bytes, a file, a numpy
  array, a PIL image) gets an apptest media URL ``/media/<sha224 of its bytes>.<ext>``
  (stable per content, but not the URL Streamlit would serve). ``images`` holds the
  objects the app passed, ``captions`` the captions (``""`` for none).
* ``Audio`` / ``Video`` / ``Iframe`` (``.type`` ``"audio"``, ``"video"``, ``"iframe"``): their
  ``value`` is None, as in ``streamlit.testing.v1`` (an unknown element there); ``data``
  is what the app passed, ``url`` its URL (a media URL for data), ``format`` the MIME
  type, ``start_time``/``end_time`` in seconds.
* ``Pdf`` (``.type`` ``"pdf"``): Streamlit needs the ``streamlit[pdf]`` extra for it;
  apptest records ``data`` and ``height`` without it.
"""

from __future__ import annotations

import datetime
import hashlib
import io
import os
import re
from pathlib import Path
from typing import Any

from apptest.elements._dg import DeltaGenerator, element
from apptest.errors import (
    StreamlitAPIException,
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)
from apptest.tree._nodes import Element

_SVG = re.compile(r"(^\s?(<\?xml[\s\S]*<svg\s)|^\s?<svg\s|^\s?<svg>\s)")
_TIME_ERROR = (
    "Failed to convert '{param_name}' to a timedelta. Please use a string in a format "
    "supported by [Pandas Timedelta constructor](https://pandas.pydata.org/docs/reference/"
    'api/pandas.Timedelta.html), e.g. `"10s"`, `"15 seconds"`, or `"1h23s"`. Got: {param_value}'
)


def is_url(url: str, schemes: tuple[str, ...] = ("http", "https")) -> bool:
    """Streamlit's ``url_util.is_url``: a scheme from ``schemes`` and a host (or a path)."""
    from urllib.parse import urlparse

    try:
        parsed = urlparse(str(url))
    except ValueError:
        return False
    if parsed.scheme not in schemes:
        return False
    return bool(parsed.netloc) if parsed.scheme in ("http", "https") else bool(parsed.path)


def _is_remote(data: Any) -> bool:
    """A URL Streamlit passes on as is (not a local file)."""
    return isinstance(data, str) and not os.path.isfile(data) and (
        is_url(data, ("http", "https", "data")) or data.startswith("/app/static/"))


class MediaFileStorageError(Exception):
    """A media file that cannot be read (Streamlit's ``media_file_storage`` error)."""


def _media_bytes(data: Any) -> tuple[bytes, str]:
    """The bytes of some media data and a file extension for its URL."""
    if isinstance(data, (str, Path)):
        try:
            with open(data, "rb") as fh:
                return fh.read(), Path(data).suffix.lstrip(".")
        except OSError as err:
            raise MediaFileStorageError(f"Error opening '{data}'") from err
    if isinstance(data, (bytes, bytearray)):
        return bytes(data), ""
    if isinstance(data, io.BytesIO):
        return data.getvalue(), ""
    if hasattr(data, "read"):
        data.seek(0)
        return data.read() or b"", ""
    if hasattr(data, "tobytes"):  # numpy arrays, PIL images
        return data.tobytes(), ""
    raise StreamlitInvalidParameterTypeError(
        "data", type(data).__name__, ["str", "bytes", "Path", "BytesIO", "file-like", "ndarray"])


def media_url(data: Any, mimetype: str | None = None, ext: str = "") -> str:
    """An apptest URL for media data: ``/media/<sha224>.<ext>`` (a URL is kept as is)."""
    if isinstance(data, Path):
        data = str(data)
    if _is_remote(data):
        return str(data)
    content, suffix = _media_bytes(data)
    ext = ext or suffix
    if not ext and mimetype:
        import mimetypes

        ext = (mimetypes.guess_extension(mimetype) or "").lstrip(".")
    digest = hashlib.sha224(content).hexdigest()
    return f"/media/{digest}.{ext}" if ext else f"/media/{digest}"


_SIGNATURES = ((b"\x89PNG", "png"), (b"GIF8", "gif"), (b"\xff\xd8", "jpg"))


def _image_ext(image: Any, output_format: str) -> str:
    """The file type Streamlit would send an image as (roughly: no pixels are inspected)."""
    fmt = output_format.upper()
    if fmt in ("JPEG", "JPG", "PNG"):
        return "png" if fmt == "PNG" else "jpg"
    if isinstance(image, (bytes, bytearray)):
        return next((ext for sig, ext in _SIGNATURES if image.startswith(sig)), "")
    if getattr(image, "format", None) == "GIF":
        return "gif"
    if getattr(image, "mode", None) in ("RGBA", "LA", "P", "PA"):
        return "png"
    shape = getattr(image, "shape", None)
    if shape is not None and len(shape) == 3 and shape[2] == 4:
        return "png"
    return "jpg" if hasattr(image, "tobytes") else ""


def _image_url(image: Any, output_format: str) -> str:
    if isinstance(image, str) and not _is_remote(image):
        text = Path(image).read_text("utf-8") if image.endswith(".svg") and os.path.isfile(image) else image
        if _SVG.search(text):
            if "xmlns" not in text:
                text = text.replace("<svg", '<svg xmlns="http://www.w3.org/2000/svg" ', 1)
            import base64

            return "data:image/svg+xml;base64," + base64.b64encode(text.encode()).decode()
    return media_url(image, ext=_image_ext(image, output_format))


class Image(Element, collection="image"):
    """``st.image``: ``value`` the image URLs, ``images`` the objects given, ``captions``."""

    type = "image"

    def __init__(self, images: list[Any], urls: list[str], captions: list[str], **attrs: Any) -> None:
        self.images = images
        self.urls = urls
        self.captions = captions
        self.__dict__.update(attrs)

    @property
    def value(self) -> list[str]:
        """The image URLs (see the module documentation for data that is not a URL)."""
        return list(self.urls)


def _image_list(image: Any) -> list[Any]:
    if isinstance(image, (list, set, tuple)):
        return list(image)
    if type(image).__name__ == "ndarray" and len(image.shape) == 4:
        return [image[i] for i in range(image.shape[0])]
    return [image]


def _captions(caption: Any, count: int) -> list[str]:
    if caption is None:
        captions: list[Any] = [None] * count
    elif isinstance(caption, list):
        captions = caption
    elif isinstance(caption, str):
        captions = [caption]
    elif type(caption).__name__ == "ndarray" and len(caption.shape) == 1:
        captions = caption.tolist()
    else:
        captions = [str(caption)]
    if len(captions) != count:
        raise StreamlitAPIException(f"Cannot pair {len(captions)} captions with {count} images.")
    return ["" if c is None else str(c) for c in captions]


@element
def image(
    self: DeltaGenerator,
    image: Any,
    caption: Any = None,
    width: Any = "content",
    clamp: bool = False,
    channels: str = "RGB",
    output_format: str = "auto",
    *,
    use_container_width: bool | None = None,
    link: str | None = None,
    use_column_width: Any = None,
    alt: Any = None,
) -> DeltaGenerator:
    """``st.image``: one image or a list of them, with captions."""
    images = _image_list(image)
    captions = _captions(caption, len(images))
    if link and len(images) > 1:
        raise StreamlitAPIException(
            "The `link` parameter is only supported when displaying a single image. "
            f"You passed {len(images)} images.")
    urls = [_image_url(i, output_format) for i in images]
    return self._add(Image(images, urls, captions, link=link, width=width, alt=alt))


# --------------------------------------------------------------------------- audio, video


class Media(Element):
    """Base of audio and video: ``data``, ``url``, ``format``, times, ``loop``, ``autoplay``."""

    def __init__(self, data: Any, url: str, **attrs: Any) -> None:
        self.data = data
        self.url = url
        self.__dict__.update(attrs)


class Audio(Media, collection="audio"):
    """``st.audio``; ``sample_rate`` for numpy data."""

    type = "audio"


class Video(Media, collection="video"):
    """``st.video``; ``subtitles`` (label -> data), ``muted``."""

    type = "video"


def _seconds(value: Any, param: str) -> int | None:
    """Streamlit's ``time_to_seconds``: numbers, timedeltas and pandas-style strings."""
    if value is None:
        return None
    if isinstance(value, datetime.timedelta):
        return int(value.total_seconds())
    if isinstance(value, (int, float)):
        return int(value)
    try:
        import pandas as pd

        return int(pd.Timedelta(value).total_seconds())
    except (ImportError, ValueError, TypeError):
        raise StreamlitAPIException(_TIME_ERROR.format(param_name=param, param_value=value)) from None


def _times(start_time: Any, end_time: Any) -> tuple[int, int | None]:
    start = _seconds(start_time, "start_time")
    if start is None:
        raise StreamlitAPIException(_TIME_ERROR.format(param_name="start_time", param_value=start_time))
    return start, _seconds(end_time, "end_time")


def _check_times(start: int, end: int | None) -> None:
    if start < 0 or (end is not None and end <= start):
        raise StreamlitAPIException("Invalid start_time and end_time combination.")


def _url_of(data: Any, mimetype: str) -> str:
    return "" if data is None else media_url(data, mimetype)


@element
def audio(
    self: DeltaGenerator,
    data: Any,
    format: str = "audio/wav",
    start_time: Any = 0,
    *,
    sample_rate: int | None = None,
    end_time: Any = None,
    loop: bool = False,
    autoplay: bool = False,
    alt: str | None = None,
    width: Any = "stretch",
) -> DeltaGenerator:
    """``st.audio``: an audio player (numpy data needs ``sample_rate``)."""
    start, end = _times(start_time, end_time)
    if type(data).__name__ == "ndarray" and sample_rate is None:
        raise StreamlitMissingRequiredParameterError(
            "sample_rate", detail="Must be specified when `data` is a numpy array.")
    node = Audio(data, _url_of(data, format), format=format, start_time=start, end_time=end,
                 loop=loop, autoplay=autoplay, sample_rate=sample_rate, alt=alt)
    return self._add(node)


def _subtitles(subtitles: Any) -> dict[str, Any]:
    if not subtitles:
        return {}
    if isinstance(subtitles, (str, bytes, io.BytesIO, Path)):
        return {"default": subtitles}
    if isinstance(subtitles, dict):
        return dict(subtitles)
    raise StreamlitInvalidParameterTypeError(
        "subtitles", type(subtitles).__name__, ["str", "bytes", "BytesIO", "Path", "dict"])


@element
def video(
    self: DeltaGenerator,
    data: Any,
    format: str = "video/mp4",
    start_time: Any = 0,
    *,
    subtitles: Any = None,
    end_time: Any = None,
    loop: bool = False,
    autoplay: bool = False,
    muted: bool = False,
    alt: str | None = None,
    width: Any = "stretch",
) -> DeltaGenerator:
    """``st.video``: a video player (``subtitles``: data, or a dict label -> data)."""
    start, end = _times(start_time, end_time)
    _check_times(start, end)
    node = Video(data, _url_of(data, format), format=format, start_time=start, end_time=end,
                 loop=loop, autoplay=autoplay, muted=muted, subtitles=_subtitles(subtitles), alt=alt)
    return self._add(node)


# --------------------------------------------------------------------------- iframe, pdf


class Iframe(Element, collection="iframe"):
    """``st.iframe``: ``src`` (a URL) or ``srcdoc`` (HTML), ``width``, ``height``, ``tab_index``."""

    type = "iframe"

    def __init__(self, src: str = "", srcdoc: str = "", **attrs: Any) -> None:
        self.src = src
        self.srcdoc = srcdoc
        self.__dict__.update(attrs)


def _iframe_source(src: str | Path) -> tuple[str, str]:
    """``(src, srcdoc)`` as Streamlit fills them."""
    if isinstance(src, Path):
        if src.suffix.lower() in (".html", ".htm", ".xhtml"):
            return "", src.read_text("utf-8")
        return media_url(src), ""
    if is_url(src, ("http", "https", "data")) or src.startswith("/"):
        return src, ""
    return "", src


@element
def iframe(
    self: DeltaGenerator,
    src: str | Path,
    *,
    width: Any = "stretch",
    height: Any = "content",
    tab_index: int | None = None,
    alt: str | None = None,
) -> DeltaGenerator:
    """``st.iframe``: a URL, a local file (``Path``) or HTML in an iframe."""
    if tab_index is not None:
        if isinstance(tab_index, bool) or not isinstance(tab_index, int):
            raise StreamlitInvalidParameterTypeError("tab_index", type(tab_index).__name__, ["int"])
        if tab_index < -1:
            raise StreamlitValueError("tab_index", ["None", "-1", "a non-negative integer"])
    source, srcdoc = _iframe_source(src)
    return self._add(Iframe(source, srcdoc, width=width, height=height, tab_index=tab_index, alt=alt))


class Pdf(Element, collection="pdf"):
    """``st.pdf``: ``data`` (a URL, bytes or a file's bytes), ``height``."""

    type = "pdf"

    def __init__(self, data: Any, **attrs: Any) -> None:
        self.data = data
        self.__dict__.update(attrs)


def _pdf_data(data: Any) -> str | bytes:
    if isinstance(data, (str, Path)):
        text = str(data).strip()
        if is_url(text):
            return text
        try:
            with open(text, "rb") as fh:
                return fh.read()
        except (FileNotFoundError, PermissionError) as e:
            raise StreamlitAPIException(f"Unable to read file '{text}': {e}") from None
    if isinstance(data, bytes):
        return data
    if hasattr(data, "getvalue"):
        return bytes(data.getvalue())
    if hasattr(data, "read"):
        return bytes(data.read())
    raise StreamlitInvalidParameterTypeError(
        "data", type(data).__name__, ["str", "Path", "bytes", "file-like object"],
        detail="A str can be a file path or a URL.")


@element
def pdf(
    self: DeltaGenerator, data: Any, *, height: Any = 500, key: str | None = None, alt: str | None = None
) -> DeltaGenerator:
    """``st.pdf``: a PDF viewer (recorded; no ``streamlit[pdf]`` needed)."""
    if data is None:
        raise StreamlitMissingRequiredParameterError(
            "data", detail="Please provide a valid PDF file path, URL, bytes data, or file-like object.")
    node = Pdf(_pdf_data(data), height=height, alt=alt)
    node.key = key
    return self._add(node)
