"""``st.write_stream``: write a stream of chunks as it arrives, return what was written.

As in Streamlit: a generator function, generator, async generator (function) or any
iterable is consumed; consecutive text chunks grow one Markdown node (the "typewriter"
effect leaves its final text); OpenAI chat-completion chunks, OpenAI Responses stream
events and LangChain ``AIMessageChunk``s are turned into their text; other chunks are
written with ``st.write`` and callables are called. It returns the one text written, or
the list of everything written (a ``StreamingOutput``), or ``""`` for an empty stream.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterator
from typing import Any

from apptest.elements._dg import DeltaGenerator, element
from apptest.errors import StreamlitAPIException, StreamlitInvalidParameterTypeError

_OPENAI_CHUNK = re.compile(r"^openai\..+\.ChatCompletionChunk$")
_OPENAI_EVENT = re.compile(r"^openai\..+\.Response.+Event$")
_OPENAI_TEXT_EVENTS = frozenset({"response.output_text.delta", "response.refusal.delta"})
_LANGCHAIN_CHUNK = "langchain_core.messages.ai.AIMessageChunk"


class StreamingOutput(list[Any]):
    """What ``st.write_stream`` returns for mixed output; ``st.write`` replays it."""


def type_name(obj: Any) -> str:
    """Streamlit's ``get_fqn_type``: ``module.QualifiedName`` of the object's type."""
    return f"{type(obj).__module__}.{type(obj).__qualname__}"


def is_stream(obj: Any) -> bool:
    """What ``st.write`` hands to ``st.write_stream``: generators and ``openai.Stream``."""
    return (inspect.isgenerator(obj) or inspect.isgeneratorfunction(obj)
            or inspect.isasyncgenfunction(obj) or inspect.isasyncgen(obj)
            or type_name(obj) == "openai.Stream")


def _sync(stream: Any) -> Iterator[Any]:
    """Streamlit's ``async_generator_to_sync``: drive an async generator on a new loop."""
    import asyncio

    loop = asyncio.new_event_loop()
    try:
        while True:
            try:
                yield loop.run_until_complete(stream.__anext__())
            except StopAsyncIteration:
                return
    finally:
        loop.close()


def _parse_failure(what: str, library: str) -> StreamlitAPIException:
    return StreamlitAPIException(
        f"Failed to parse the {what}. The most likely cause is a change of the chunk object "
        f"structure due to a recent {library} update. You might be able to fix this by "
        f"downgrading the {library} library or upgrading Streamlit. Also, please report this "
        "issue to: https://github.com/streamlit/streamlit/issues.")


def chunk_text(chunk: Any) -> Any:
    """The text of an OpenAI or LangChain chunk; any other chunk unchanged."""
    name = type_name(chunk)
    try:
        if _OPENAI_CHUNK.match(name):
            if len(chunk.choices) == 0 or chunk.choices[0].delta is None:
                return ""
            return chunk.choices[0].delta.content or ""
        if _OPENAI_EVENT.match(name):
            return (chunk.delta or "") if chunk.type in _OPENAI_TEXT_EVENTS else ""
    except AttributeError as err:
        raise _parse_failure("OpenAI chunk", "OpenAI") from err
    if name == _LANGCHAIN_CHUNK:
        try:
            return chunk.content or ""
        except AttributeError as err:
            raise _parse_failure("LangChain AIMessageChunk", "LangChain") from err
    return chunk


def _iterate(stream: Any) -> Iterator[Any]:
    if inspect.isgeneratorfunction(stream) or inspect.isasyncgenfunction(stream):
        stream = stream()
    if inspect.isasyncgen(stream):
        return _sync(stream)
    try:
        return iter(stream)
    except TypeError as exc:
        raise StreamlitAPIException(
            f"The provided input (type: {type(stream)}) cannot be iterated. Please make sure "
            "that it is a generator, generator function or iterable.") from exc


class _Typewriter:
    """The growing Markdown node of consecutive text chunks."""

    def __init__(self, dg: DeltaGenerator, cursor: str, written: StreamingOutput) -> None:
        self.dg, self.cursor, self.written = dg, cursor, written
        self.slot: DeltaGenerator | None = None
        self.text = ""

    def add(self, chunk: str) -> None:
        first = self.slot is None
        self.text += chunk
        shown = self.text + ("" if first else self.cursor)
        target = self.dg if self.slot is None else self.slot
        self.slot = target.markdown(shown)  # type: ignore[attr-defined]

    def flush(self) -> None:
        if self.text and self.slot is not None:
            self.slot.markdown(self.text)  # type: ignore[attr-defined]
            self.written.append(self.text)
        self.slot, self.text = None, ""


@element
def write_stream(self: DeltaGenerator, stream: Any, *, cursor: str | None = None) -> Any:
    """``st.write_stream``: the text written (one str) or a list of everything written."""
    from apptest.elements._write_kinds import is_dataframe_like

    if isinstance(stream, str) or is_dataframe_like(stream):
        raise StreamlitInvalidParameterTypeError(
            "stream", type(stream).__name__, ["generator", "stream-like object"],
            detail="Please use `st.write` instead for this data type.")
    written = StreamingOutput()
    typewriter = _Typewriter(self, cursor or "", written)
    for chunk in _iterate(stream):
        chunk = chunk_text(chunk)
        if isinstance(chunk, str):
            if chunk:
                typewriter.add(chunk)
        elif callable(chunk):
            typewriter.flush()
            chunk()
        else:
            typewriter.flush()
            self.write(chunk)  # type: ignore[attr-defined]
            written.append(chunk)
    typewriter.flush()
    if not written:
        return ""
    if len(written) == 1 and isinstance(written[0], str):
        return written[0]
    return written
