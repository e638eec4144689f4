"""Inputs → `Article`s (or `ErrorRecord`s for inputs that cannot be read).

A `.txt` file is one article whose first line is the title; a `.jsonl` file holds one article a
line ({text, id?, title?, published?, url?, outlet?}; other fields are kept in `source.extra`);
a directory is walked for both, in sorted order.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator, Union

from pipeline.read import Article, InputError
from pipeline.schema import ErrorRecord, Source

KNOWN_FIELDS = {"text", "id", "title", "published", "url", "outlet"}
SUFFIXES = {".txt", ".jsonl"}

Item = Union[Article, ErrorRecord]


def error(source: Source, exc: BaseException) -> ErrorRecord:
    return ErrorRecord(source=source, error_type=type(exc).__name__, message=str(exc) or repr(exc))


def decode(data: bytes, path: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not valid UTF-8 (byte {exc.start}: {data[exc.start:exc.start + 4]!r})") from exc


def read_txt(path: Path) -> Iterator[Item]:
    source = Source(path=str(path))
    try:
        yield Article.from_raw(decode(path.read_bytes(), str(path)), path=str(path), title_in_text=True)
    except (InputError, OSError) as exc:
        yield error(source, exc)


def read_jsonl(path: Path) -> Iterator[Item]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield error(Source(path=str(path)), exc)
        return
    with handle:
        for n, raw in enumerate(handle, 1):
            source = Source(path=str(path), line=n)
            if not raw.strip():
                continue
            try:
                item = json.loads(decode(raw, f"{path}:{n}"))
                if not isinstance(item, dict):
                    raise InputError(f"line {n} is not a JSON object")
                yield article_from_mapping(item, path=str(path), line=n)
            except (InputError, ValueError) as exc:
                yield error(source, exc)


def article_from_mapping(item: dict, **where) -> Article:
    text = item.get("text")
    if not isinstance(text, str):
        raise InputError("the article has no 'text' field" if text is None else "'text' is not a string")
    meta = {k: item.get(k) for k in ("id", "title", "published", "url", "outlet") if item.get(k) is not None}
    if "id" in meta:
        meta["id"] = str(meta["id"])
    extra = {k: v for k, v in item.items() if k not in KNOWN_FIELDS}
    return Article.from_raw(text, extra=extra, **meta, **where)


def iter_inputs(paths: list[str]) -> Iterator[Item]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES):
                yield from read_path(child)
        elif path.exists():
            yield from read_path(path)
        else:
            yield error(Source(path=raw), FileNotFoundError(f"{raw}: no such file or directory"))


def read_path(path: Path) -> Iterator[Item]:
    if path.suffix.lower() == ".jsonl":
        yield from read_jsonl(path)
    else:
        yield from read_txt(path)
