"""Framing: which bytes make one input. Command-line inputs → a stream of `RawInput`s.

Inputs are files, directories (walked in sorted order), globs, ``-`` (stdin) and archives
(``.zip``, ``.tar``, ``.tar.gz``/``.tgz``, ``.tar.bz2``, ``.tar.xz``), read member by member and
never unpacked to disk. Nothing is decoded here: the bytes travel to the worker that parses
them (`pipeline.io.parse`), so a slow or hostile input costs a worker, not the reader.

Every read is capped (`Limits`): one article, one JSONL line, one HTML page, and all that one
archive inflates to. A member that would inflate past its cap (a zip bomb) stops at the cap and
becomes an error record; member names that climb out of the archive (zip-slip) are refused.
"""

from __future__ import annotations

import glob
import posixpath
import sys
import tarfile
import zipfile
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterator, Optional, Union

from pipeline.schema import ErrorRecord, Source

MB = 1024 * 1024

FORMATS = {".txt": "txt", ".jsonl": "jsonl", ".ndjson": "jsonl", ".html": "html", ".htm": "html"}
ARCHIVES = (".zip", ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")
_GLOB_CHARS = set("*?[")


@dataclass(frozen=True)
class Limits:
    """Caps on what one input may occupy. The defaults leave wide room for news: the largest
    of 2,653 dantri.com.vn articles is 20 KB and a saved news page rarely passes 1 MB."""

    article_bytes: int = 1 * MB  # a .txt article, or one JSONL line
    html_bytes: int = 8 * MB  # a saved page, scripts and all
    archive_bytes: int = 4096 * MB  # everything one archive inflates to


@dataclass
class RawInput:
    """One input's bytes, not yet decoded, with where they came from."""

    source: Source
    format: str  # txt | jsonl-line | html
    data: bytes


class InputTooLarge(ValueError):
    pass


class UnsafeMember(ValueError):
    pass


Item = Union[RawInput, ErrorRecord]


def error(source: Source, exc: BaseException) -> ErrorRecord:
    return ErrorRecord(source=source, error_type=type(exc).__name__, message=str(exc) or repr(exc))


def format_of(name: str) -> Optional[str]:
    return FORMATS.get(posixpath.splitext(name.lower())[1])


def is_archive(name: str) -> bool:
    return name.lower().endswith(ARCHIVES)


def iter_raw(inputs: list[str], limits: Limits = Limits()) -> Iterator[Item]:
    """Every input named on the command line, in order, as `RawInput`s or error records."""
    for raw in inputs:
        if raw == "-":
            yield from _read_stream(sys.stdin.buffer, Source(path="-"), None, limits)
            continue
        path = Path(raw)
        if path.is_dir():
            for child in _walk(path):
                yield from _read_file(child, limits)
        elif path.exists():
            yield from _read_file(path, limits)
        elif _GLOB_CHARS & set(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                yield error(Source(path=raw), FileNotFoundError(f"{raw}: no file matches this pattern"))
            for match in matches:
                p = Path(match)
                for child in (_walk(p) if p.is_dir() else [p]):
                    yield from _read_file(child, limits)
        else:
            yield error(Source(path=raw), FileNotFoundError(f"{raw}: no such file or directory"))


def _walk(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and (format_of(p.name) or is_archive(p.name)))


def _read_file(path: Path, limits: Limits) -> Iterator[Item]:
    name = str(path)
    try:
        if is_archive(name):
            yield from _read_archive(path, limits)
            return
        with path.open("rb") as fh:
            yield from _read_stream(fh, Source(path=name), format_of(name), limits)
    except OSError as exc:
        yield error(Source(path=name), exc)


def _read_stream(fh: BinaryIO, source: Source, fmt: Optional[str], limits: Limits) -> Iterator[Item]:
    """One file or archive member. `fmt` None: sniff it (stdin, files with other suffixes)."""
    if fmt is None:
        head = fh.peek(512)[:512] if hasattr(fh, "peek") else b""
        fmt = _sniff(head)
    if fmt == "jsonl":
        yield from _read_lines(fh, source, limits)
        return
    cap = limits.html_bytes if fmt == "html" else limits.article_bytes
    try:
        data = read_capped(fh, cap, source)
    except InputTooLarge as exc:
        yield error(source, exc)
        return
    yield RawInput(source, fmt, data)


def _sniff(head: bytes) -> str:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith(b"{"):
        return "jsonl"
    if start[:1] == b"<" and (b"<html" in head.lower() or b"<!doctype html" in head.lower()):
        return "html"
    return "txt"


def read_capped(fh: BinaryIO, cap: int, source: Source) -> bytes:
    data = fh.read(cap + 1)
    if len(data) > cap:
        raise InputTooLarge(f"{describe(source)}: larger than the {cap / MB:g} MB limit for one input "
                            f"(--max-article-mb); split it or raise the limit")
    return data


def _read_lines(fh: BinaryIO, source: Source, limits: Limits) -> Iterator[Item]:
    cap = limits.article_bytes
    n = 0
    while True:
        line = fh.readline(cap + 1)
        if not line:
            return
        n += 1
        where = Source(path=source.path, member=source.member, line=n)
        if len(line) > cap and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest of the long line
                line = fh.readline(MB)
            yield error(where, InputTooLarge(f"{describe(where)}: line longer than the {cap / MB:g} MB "
                                             f"limit for one input (--max-article-mb)"))
            continue
        if line.strip():
            yield RawInput(where, "jsonl-line", line)


def describe(source: Source) -> str:
    """``path!member:line``, for messages."""
    out = source.path or "input"
    if source.member:
        out += f"!{source.member}"
    if source.line:
        out += f":{source.line}"
    return out


# ---------------------------------------------------------------------------
# Archives


def safe_member_name(name: str) -> str:
    """Refuse names that would land outside the archive's folder if unpacked (zip-slip)."""
    normal = name.replace("\\", "/")
    if normal.startswith("/") or (len(normal) > 1 and normal[1] == ":") or ".." in normal.split("/"):
        raise UnsafeMember(f"unsafe member name {name!r}: it points outside the archive")
    if "\x00" in name:
        raise UnsafeMember(f"unsafe member name {name!r}")
    return name


class _Budget:
    """What an archive may still inflate to: the archive cap, spent by every member read."""

    def __init__(self, archive: str, cap: int):
        self.archive, self.left, self.cap = archive, cap, cap

    def reader(self, fh: BinaryIO) -> BinaryIO:
        return _CappedReader(fh, self)


class _CappedReader:
    """A member's stream that stops with `InputTooLarge` once the archive's budget is spent."""

    def __init__(self, fh: BinaryIO, budget: _Budget):
        self._fh, self._budget = fh, budget

    def _spend(self, data: bytes) -> bytes:
        self._budget.left -= len(data)
        if self._budget.left < 0:
            raise InputTooLarge(f"{self._budget.archive}: inflates past the {self._budget.cap / MB:g} MB "
                                f"limit for one archive (a zip bomb?)")
        return data

    def read(self, n: int = -1) -> bytes:
        return self._spend(self._fh.read(n))

    def readline(self, n: int = -1) -> bytes:
        return self._spend(self._fh.readline(n))


def _read_archive(path: Path, limits: Limits) -> Iterator[Item]:
    name = str(path)
    budget = _Budget(name, limits.archive_bytes)
    members = _zip_members(path) if name.lower().endswith(".zip") else _tar_members(path)
    try:
        for member, opener in members:
            source = Source(path=name, member=member)
            fmt = format_of(member)
            if fmt is None:
                continue  # not an article (images, nested archives …)
            try:
                safe_member_name(member)
                with opener() as fh:
                    yield from _read_stream(budget.reader(fh), source, fmt, limits)
            except (UnsafeMember, InputTooLarge, OSError, zipfile.BadZipFile, tarfile.TarError, EOFError,
                    RuntimeError, NotImplementedError) as exc:
                yield error(source, exc)
                if budget.left < 0:
                    return
    except (OSError, zipfile.BadZipFile, tarfile.TarError, EOFError) as exc:
        yield error(Source(path=name), exc)


def _zip_members(path: Path):
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            if info.is_dir():
                continue
            yield info.filename, (lambda info=info: archive.open(info))


def _tar_members(path: Path):
    # "r|*": a forward-only stream, whatever the compression; members must be read in order
    with tarfile.open(path, mode="r|*") as archive:
        for info in archive:
            if not info.isfile():
                continue  # links and devices carry no article
            yield info.name, (lambda info=info: closing(archive.extractfile(info)))

