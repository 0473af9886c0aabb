"""st.write_stream: write a generator's chunks as they arrive (typewriter effect)."""

from __future__ import annotations

import asyncio
import inspect
import re
import sys
from collections.abc import AsyncIterator, Iterator
from typing import Any

from appwasm.delta_generator import DeltaGenerator, dg_command
from appwasm.errors import StreamlitAPIException

# The typewriter cursor shown after the text while more chunks come (Streamlit's character).
_TEXT_CURSOR = "\u2595"
_OPENAI_CHUNK = re.compile(r"^openai\..+ChatCompletionChunk$")


def _qualified_type(obj: Any) -> str:
    return f"{type(obj).__module__}.{type(obj).__qualname__}"


def _is_openai_chunk(obj: Any) -> bool:
    """An OpenAI chat completion chunk (by type name, or by its shape for look-alikes)."""
    if _OPENAI_CHUNK.match(_qualified_type(obj)):
        return True
    return type(obj).__name__ == "ChatCompletionChunk" and hasattr(obj, "choices")


def _run(awaitable: Any) -> Any:
    """Wait for a coroutine from synchronous code: JSPI in the browser, an event loop elsewhere."""
    if sys.platform == "emscripten":
        from pyodide.ffi import can_run_sync, run_sync

        if can_run_sync():
            return run_sync(awaitable)
    loop = asyncio.new_event_loop()
    try:
        return loop.run_until_complete(awaitable)
    finally:
        loop.close()


def _sync_iter(agen: AsyncIterator[Any]) -> Iterator[Any]:
    """Iterate an async generator from synchronous code, one awaited step at a time."""
    while True:
        try:
            yield _run(agen.__anext__())
        except StopAsyncIteration:
            return


def _is_dataframe_like(obj: Any) -> bool:
    module = type(obj).__module__.split(".")[0]
    return module in ("pandas", "polars", "pyarrow") and type(obj).__name__ in ("DataFrame", "Series", "Table")


def _text_of(chunk: Any) -> Any:
    if _is_openai_chunk(chunk):
        try:
            return "" if len(chunk.choices) == 0 else (chunk.choices[0].delta.content or "")
        except AttributeError as err:
            raise StreamlitAPIException(
                "Failed to parse the OpenAI ChatCompletionChunk. "
                "The most likely cause is a change of the chunk object structure "
                "due to a recent OpenAI update. You might be able to fix this "
                "by downgrading the OpenAI library or upgrading Streamlit. Also, "
                "please report this issue to: https://github.com/streamlit/streamlit/issues."
            ) from err
    if _qualified_type(chunk).startswith("langchain_core.messages.ai.AIMessageChunk"):
        try:
            return chunk.content or ""
        except AttributeError as err:
            raise StreamlitAPIException(
                "Failed to parse the LangChain AIMessageChunk. "
                "The most likely cause is a change of the chunk object structure "
                "due to a recent LangChain update. You might be able to fix this "
                "by downgrading the OpenAI library or upgrading Streamlit. Also, "
                "please report this issue to: https://github.com/streamlit/streamlit/issues."
            ) from err
    return chunk


class StreamingOutput(list):  # type: ignore[type-arg]
    """What st.write_stream returns when more than text was streamed (Streamlit's name; st.write
    of it writes each item again)."""


@dg_command
def write_stream(dg: DeltaGenerator, stream: Any) -> list[Any] | str:
    """Stream a generator, iterable or stream-like sequence to the app.

    String chunks are joined and written as markdown with a typewriter effect; any other chunk
    is written with st.write. Generator functions, async generators and OpenAI or LangChain
    chunk streams work too. Returns the full text if only text was streamed, else the list of
    everything written.
    """
    if isinstance(stream, str) or _is_dataframe_like(stream):
        raise StreamlitAPIException(
            "`st.write_stream` expects a generator or stream-like object as input "
            f"not {type(stream)}. Please use `st.write` instead for this data type."
        )
    if inspect.isgeneratorfunction(stream) or inspect.isasyncgenfunction(stream):
        stream = stream()
    if inspect.isasyncgen(stream) or (hasattr(stream, "__anext__") and not hasattr(stream, "__next__")):
        stream = _sync_iter(stream)
    try:
        iterator = iter(stream)
    except TypeError as exc:
        raise StreamlitAPIException(
            f"The provided input (type: {type(stream)}) cannot be iterated. "
            "Please make sure that it is a generator, generator function or iterable."
        ) from exc

    written: list[Any] = StreamingOutput()
    container: DeltaGenerator | None = None
    text = ""

    def flush() -> None:
        nonlocal container, text
        if text and container is not None:
            container.markdown(text)
            written.append(text)
        container, text = None, ""

    for chunk in iterator:
        chunk = _text_of(chunk)
        if isinstance(chunk, str):
            if not chunk:
                continue
            first = container is None
            if container is None:
                container = dg.empty()
            text += chunk
            # The cursor shows from the second chunk on, as in Streamlit.
            container.markdown(text + ("" if first else _TEXT_CURSOR))
        elif callable(chunk):
            flush()
            chunk()
        else:
            flush()
            dg.write(chunk)
            written.append(chunk)
    flush()
    if not written:
        return ""
    if len(written) == 1 and isinstance(written[0], str):
        return written[0]
    return written
