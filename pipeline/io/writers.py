"""Records and error records out as JSONL (through jsonlines), one line per input, flushed as
written; and what a killed run left behind, read back for ``--resume``.

Each line reaches the file in a single write call, so a kill -9 leaves at worst one torn line at
the end, which `repair_tail` cuts off before a resumed run appends to the file.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from typing import IO, Iterator, Optional, Union

import jsonlines

from pipeline.schema import ErrorRecord, Record, Source


@dataclass(frozen=True)
class Serialized:
    """A record already turned into its JSON line (by a worker process)."""

    line: str


Writable = Union[Record, ErrorRecord, Serialized, dict]


class _OneWritePerFlush:
    """A binary file that sends everything written since the last flush in one write call:
    jsonlines writes a line and its newline separately, and a kill between the two would leave
    a complete-looking line without its end."""

    def __init__(self, path: str, append: bool):
        self._fd = os.open(path, os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC), 0o644)
        self._pending: list[bytes] = []

    def write(self, data: str | bytes) -> int:
        self._pending.append(data.encode("utf-8") if isinstance(data, str) else data)
        return len(data)

    def flush(self) -> None:
        view = memoryview(b"".join(self._pending))
        self._pending.clear()
        while view:
            view = view[os.write(self._fd, view):]

    def close(self) -> None:
        self.flush()
        os.close(self._fd)


class JsonlWriter:
    """`path` None or ``-`` writes to stdout; `append` continues an existing file."""

    def __init__(self, path: Optional[str], append: bool = False):
        self._own = path not in (None, "-")
        self._fh: Union[IO[str], _OneWritePerFlush] = _OneWritePerFlush(path, append) if self._own else sys.stdout
        self._writer = jsonlines.Writer(self._fh, flush=True, dumps=_dumps)

    def write(self, item: Writable) -> None:
        self._writer.write(item)

    def close(self) -> None:
        self._writer.close()
        if self._own:
            self._fh.close()

    def __enter__(self) -> "JsonlWriter":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _dumps(obj) -> str:
    if isinstance(obj, Serialized):
        return obj.line
    if isinstance(obj, (Record, ErrorRecord)):
        obj = obj.model_dump(mode="json")
    return dumps(obj)


def dumps(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


# ---------------------------------------------------------------------------
# Reading back (--resume)


def repair_tail(path: str) -> int:
    """Cut a torn last line (one without its newline) off `path`; return the bytes removed."""
    try:
        size = os.path.getsize(path)
    except FileNotFoundError:
        return 0
    if size == 0:
        return 0
    with open(path, "rb+") as fh:
        pos = size
        step = 65536
        while pos > 0:
            start = max(0, pos - step)
            fh.seek(start)
            block = fh.read(pos - start)
            if pos == size and block.endswith(b"\n"):
                return 0
            newline = block.rfind(b"\n")
            if newline >= 0:
                keep = start + newline + 1
                break
            pos = start
        else:
            keep = 0
        fh.truncate(keep)
        return size - keep


def read_lines(path: str) -> Iterator[dict]:
    """The objects of a JSONL file written by `JsonlWriter` (after `repair_tail`)."""
    if not os.path.exists(path):
        return
    with jsonlines.open(path) as reader:
        yield from reader.iter(type=dict)


SourceKey = tuple


def source_key(source: Union[Source, dict]) -> SourceKey:
    """What names one input across runs: its file, archive member and JSONL line."""
    if isinstance(source, Source):
        return (source.path, source.member, source.line)
    return (source.get("path"), source.get("member"), source.get("line"))
