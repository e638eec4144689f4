"""Parsing: one `RawInput`'s bytes → an `Article`, or an `InputError` that says why not.

- ``txt``: a plain article, first line the title. Files in the dantri layout open with header
  lines ``# doc_id = …``, ``# url = …``, ``# date = YYYYMMDD``; they become the id, url and
  publication date, and are not part of the text.
- ``jsonl-line``: one JSON object {text, id?, title?, published?, url?, outlet?}; other fields are
  kept in ``source.extra``.
- ``html``: a saved web page; trafilatura finds the main text, title, date and byline (chosen over
  selectolax by `bench/html_extractors.py`, see BENCHMARKS.md). The title becomes the first line
  of the text, as in a .txt article; the byline goes to ``source.extra["author"]``.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import regex

from pipeline.io.encodings import decode_bytes
from pipeline.io.sources import RawInput, describe
from pipeline.read import Article, InputError
from pipeline.read.normalize import normalize_text

KNOWN_FIELDS = ("text", "id", "title", "published", "url", "outlet")
# The dantri layout's header lines; keys other than these three are kept in source.extra.
_HEADER = regex.compile(r"# ([A-Za-z_][A-Za-z0-9_]*) = (.*)")
_HEADER_FIELDS = {"doc_id": "id", "url": "url", "date": "published"}


def parse(raw: RawInput) -> Article:
    where = dict(path=raw.source.path, member=raw.source.member, line=raw.source.line)
    if raw.format == "jsonl-line":
        return _parse_jsonl_line(raw.data, where)
    if raw.format == "html":
        return _parse_html(raw.data, where)
    text = decode_bytes(raw.data, describe(raw.source)).text
    return _parse_txt(text, where)


def _parse_txt(text: str, where: dict) -> Article:
    meta: dict[str, Any] = {}
    extra: dict[str, str] = {}
    lines = text.split("\n")
    n = 0
    while n < len(lines):
        m = _HEADER.fullmatch(lines[n].rstrip("\r"))
        if m is None:
            break
        key, value = m.group(1), m.group(2).strip()
        if key in _HEADER_FIELDS:
            meta[_HEADER_FIELDS[key]] = value
        else:
            extra[key] = value
        n += 1
    if n:
        text = "\n".join(lines[n:])
        if "published" in meta:
            meta["published"] = _header_date(meta["published"])
    return Article.from_raw(text, title_in_text=True, extra=extra, **meta, **where)


def _header_date(value: str) -> str:
    """``20201001`` → ``2020-10-01``; anything else is kept as written."""
    try:
        return dt.datetime.strptime(value, "%Y%m%d").date().isoformat()
    except ValueError:
        return value


def _parse_jsonl_line(data: bytes, where: dict) -> Article:
    try:
        item = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise InputError(f"line {where['line']} is not UTF-8 (byte {exc.start})") from exc
    except ValueError as exc:
        raise InputError(f"line {where['line']} is not valid JSON: {exc}") from exc
    if not isinstance(item, dict):
        raise InputError(f"line {where['line']} is not a JSON object")
    return article_from_mapping(item, **where)


def article_from_mapping(item: dict, **where) -> Article:
    text = item.get("text")
    if not isinstance(text, str):
        raise InputError("the article has no 'text' field" if text is None else "'text' is not a string")
    meta = {}
    for key in KNOWN_FIELDS[1:]:
        value = item.get(key)
        if value is None:
            continue
        if key == "id" and isinstance(value, (int, float)):
            value = str(value)
        if not isinstance(value, str):
            raise InputError(f"'{key}' is not a string")
        meta[key] = value
    extra = {k: v for k, v in item.items() if k not in KNOWN_FIELDS}
    return Article.from_raw(text, extra=extra, **meta, **where)


def _parse_html(data: bytes, where: dict) -> Article:
    import trafilatura  # imported here: only workers that meet a page pay for it

    doc = trafilatura.bare_extraction(
        data,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        date_extraction_params={"extensive_search": True, "original_date": True,
                                "outputformat": "%Y-%m-%dT%H:%M:%S%z"},
    )
    body = normalize_text(doc.text or "").strip() if doc is not None else ""
    if not body:
        raise InputError("the page has no article text")
    title = normalize_text(doc.title or "").strip()
    text = body if not title or body.split("\n", 1)[0].strip() == title else f"{title}\n{body}"
    extra = {k: v for k, v in (("author", doc.author), ("sitename", doc.sitename)) if v}
    return Article.from_raw(
        text, title_in_text=True, published=_iso(doc.date), url=doc.url or None, extra=extra, **where
    )


def _iso(value: str | None) -> str | None:
    """trafilatura's ``2021-08-27T20:35:00+0700`` → ``2021-08-27T20:35:00+07:00``; a date found
    without a time comes back as midnight without offset and is given as the date alone."""
    if not value:
        return None
    try:
        when = dt.datetime.strptime(value, "%Y-%m-%dT%H:%M:%S%z")
        return when.isoformat()
    except ValueError:
        pass
    try:
        when = dt.datetime.strptime(value, "%Y-%m-%dT%H:%M:%S")
    except ValueError:
        return value
    return when.date().isoformat() if when.time() == dt.time(0) else when.isoformat()
