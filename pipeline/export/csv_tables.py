"""Records as spreadsheet tables: one row per official mention, per directive, per meeting.

Every row carries the record id and the offsets of its value, and the official rows the
sentence the mention stands in, so a row can be checked without opening the record. Numbers of
meetings and agenda items are 1-based here (`meeting_no`, `agenda_no`), as people count.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import IO, Callable, Iterable, Iterator, Optional

from pipeline.schema import ErrorRecord, Record
from pipeline.views.sentences import sentence_bounds, sentence_index
from pipeline.views.spans import all_directives

SEPARATOR = "; "


def _sentence(text: str, bounds, offset: int) -> str:
    i = sentence_index(bounds, offset)
    return "" if i is None else text[bounds[i][0]:bounds[i][1]]


def official_rows(record: Record) -> Iterator[dict]:
    bounds = None
    for i, off in enumerate(record.officials, 1):
        base = {
            "record_id": record.id, "record_title": record.title or "", "published": record.published or "",
            "official_no": i, "official": off.name, "titles": SEPARATOR.join(off.titles),
        }
        if not off.mentions:
            yield {**base, "start": "", "end": "", "mention": "", "sentence": ""}
        for m in off.mentions:
            bounds = bounds if bounds is not None else sentence_bounds(record.text)
            yield {**base, "start": m.start, "end": m.end, "mention": m.text, "sentence": _sentence(record.text, bounds, m.start)}


def directive_rows(record: Record) -> Iterator[dict]:
    for mi, ai, d in all_directives(record):
        agenda = record.meetings[mi].agenda[ai].title if mi is not None and ai is not None else ""
        yield {
            "record_id": record.id, "record_title": record.title or "", "published": record.published or "",
            "meeting_no": "" if mi is None else mi + 1, "agenda_no": "" if ai is None else ai + 1, "agenda_title": agenda,
            "verb": d.verb, "issuer": d.issuer or "", "assignees": SEPARATOR.join(d.assignees), "action": d.action or "",
            "deadline": d.deadline or "", "purpose": d.purpose or "", "start": d.start, "end": d.end, "text": d.text,
        }


def meeting_rows(record: Record) -> Iterator[dict]:
    for i, m in enumerate(record.meetings, 1):
        yield {
            "record_id": record.id, "record_title": record.title or "", "published": record.published or "",
            "meeting_no": i, "body": m.body or "", "body_full_name": m.body_full_name or "", "kind": m.kind or "",
            "sequence": "" if m.sequence is None else m.sequence, "term": m.term or "", "period": m.period or "",
            "date": m.date or "", "day_number": "" if m.day_number is None else m.day_number,
            "location": m.location or "", "chair": SEPARATOR.join(m.chair), "attendees": SEPARATOR.join(m.attendees),
            "agenda_items": len(m.agenda),
            "agenda": " | ".join(f"{j}. {a.title}" for j, a in enumerate(m.agenda, 1)),
            "directives": sum(len(a.directives) for a in m.agenda),
            "start": m.start, "end": m.end,
        }


TABLES: dict[str, tuple[tuple[str, ...], Callable[[Record], Iterator[dict]]]] = {
    "officials": (
        ("record_id", "record_title", "published", "official_no", "official", "titles", "start", "end", "mention",
         "sentence"),
        official_rows,
    ),
    "directives": (
        ("record_id", "record_title", "published", "meeting_no", "agenda_no", "agenda_title", "verb", "issuer",
         "assignees", "action", "deadline", "purpose", "start", "end", "text"),
        directive_rows,
    ),
    "meetings": (
        ("record_id", "record_title", "published", "meeting_no", "body", "body_full_name", "kind", "sequence", "term",
         "period", "date", "day_number", "location", "chair", "attendees", "agenda_items", "agenda", "directives",
         "start", "end"),
        meeting_rows,
    ),
}


def _rows(record: Record, names, on_error) -> Optional[dict[str, list[dict]]]:
    """Every table's rows for one record; None (reported) when the record cannot be exported."""
    try:
        return {name: list(TABLES[name][1](record)) for name in names}
    except Exception as exc:  # noqa: BLE001 - one odd record never stops an export
        if on_error is None:
            raise
        on_error(ErrorRecord(source=record.source, error_type=type(exc).__name__, message=f"{record.id}: {exc}"))
        return None


def write_table(name: str, records: Iterable[Record], out: IO[str], on_error=None) -> int:
    """Write one table as CSV to `out`; the number of rows written."""
    writer = csv.DictWriter(out, fieldnames=TABLES[name][0])
    writer.writeheader()
    n = 0
    for record in records:
        rows = _rows(record, [name], on_error)
        for row in rows[name] if rows else ():
            writer.writerow(row)
            n += 1
    return n


def write_tables(records: Iterable[Record], folder: Path, on_error=None) -> dict[str, int]:
    """Every table into `folder`/<table>.csv, in one pass over the records. The files start with
    a byte-order mark, so spreadsheet programs read them as UTF-8."""
    folder.mkdir(parents=True, exist_ok=True)
    handles = {name: (folder / f"{name}.csv").open("w", encoding="utf-8-sig", newline="") for name in TABLES}
    try:
        writers = {}
        for name, (columns, _) in TABLES.items():
            writers[name] = csv.DictWriter(handles[name], fieldnames=columns)
            writers[name].writeheader()
        counts = dict.fromkeys(TABLES, 0)
        for record in records:
            rows = _rows(record, list(TABLES), on_error)
            for name, table_rows in (rows or {}).items():
                writers[name].writerows(table_rows)
                counts[name] += len(table_rows)
    finally:
        for handle in handles.values():
            handle.close()
    return counts
