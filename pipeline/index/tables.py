"""The SQLite tables of an index, and the rows one record gives them.

Every table but `records`, `contents` and `records_fts` has one row per value of one record,
with `rid` (= `records.rid`, the indexed join key), `record_id` (= `records.id`) and, where the
value comes from the text, `start_char`/`end_char`: character offsets into `contents.text`, as
in the record. README.md documents the tables for
researchers who open the database with sqlite3 or DuckDB.
"""

from __future__ import annotations

from typing import Any, Iterator, Optional

from pipeline.textfold import fold_words
from pipeline.schema import Record

SCHEMA_VERSION = "2"  # change when the tables change: old indexes are refused, not misread

# (table, columns) for the value tables, in the order `value_rows` yields them. Every one starts
# with record_id; the DDL below lists the same columns after `rid`, which the writer adds.
VALUE_TABLES: dict[str, tuple[str, ...]] = {
    "officials": ("record_id", "item", "name", "name_fold", "titles", "mentions", "start_char", "end_char"),
    "titles": ("record_id", "official", "name", "title", "position", "agency", "start_char", "end_char"),
    "persons": ("record_id", "item", "name", "name_fold", "role", "start_char", "end_char"),
    "agencies": (
        "record_id", "item", "name", "name_fold", "full_name", "full_name_fold", "level", "place",
        "mentions", "start_char", "end_char",
    ),
    "places": ("record_id", "item", "name", "name_fold", "kind", "start_char", "end_char"),
    "mentions": ("record_id", "kind", "item", "start_char", "end_char", "text"),
    "dates": (
        "record_id", "item", "value", "granularity", "role", "calendar", "gregorian", "note", "start_char", "end_char", "text",
    ),
    "figures": (
        "record_id", "item", "value", "value_max", "total", "unit", "kind", "qualifier", "start_char", "end_char",
        "text",
    ),
    "documents": ("record_id", "item", "number", "doc_type", "start_char", "end_char", "text"),
    "meetings": (
        "record_id", "item", "body", "body_full_name", "kind", "kind_fold", "sequence", "term", "period", "date",
        "day_number", "location", "chair", "attendees", "agenda_items", "start_char", "end_char",
    ),
    "agenda": ("record_id", "meeting", "item", "title", "document_type", "scope", "start_char", "end_char"),
    "directives": (
        "record_id", "meeting", "agenda", "item", "verb", "issuer", "assignees", "action", "deadline", "purpose",
        "start_char", "end_char", "text",
    ),
    "decisions": ("record_id", "meeting", "agenda", "item", "verb", "content", "start_char", "end_char", "text"),
}

DDL = """
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS records (
    rid        INTEGER PRIMARY KEY,   -- rowid of contents and records_fts
    id         TEXT NOT NULL UNIQUE,  -- Record.id
    title      TEXT,
    outlet     TEXT,
    published  TEXT,                  -- ISO 8601, as in the record
    date       TEXT,                  -- YYYY-MM-DD (or shorter): published, else the first meeting's date
    month      TEXT,                  -- YYYY-MM of date
    url        TEXT,
    path       TEXT,
    pipeline   TEXT                   -- pipeline version (NULL for gold records)
);
-- The bulky part of a record, kept apart so that scans of records stay fast.
CREATE TABLE IF NOT EXISTS contents (
    rid        INTEGER PRIMARY KEY,   -- records.rid
    text       TEXT NOT NULL,         -- Record.text: every start_char/end_char points into it
    record     TEXT NOT NULL          -- the whole record as JSON, without "text"
);
CREATE INDEX IF NOT EXISTS records_date ON records(date);
CREATE INDEX IF NOT EXISTS records_month ON records(month);
-- Folded copies (pipeline.textfold) of records.title and contents.text, rowid = records.rid.
CREATE VIRTUAL TABLE IF NOT EXISTS records_fts USING fts5(
    title, text, tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TABLE IF NOT EXISTS officials (
    rid INTEGER NOT NULL, record_id TEXT NOT NULL, item INTEGER NOT NULL, name TEXT NOT NULL, name_fold TEXT NOT NULL,
    titles TEXT, mentions INTEGER NOT NULL, start_char INTEGER, end_char INTEGER
);
CREATE TABLE IF NOT EXISTS titles (
    rid INTEGER NOT NULL, record_id TEXT NOT NULL, official INTEGER NOT NULL, name TEXT NOT NULL, title TEXT NOT NULL,
    position TEXT, agency TEXT, start_char INTEGER, end_char INTEGER
);
CREATE TABLE IF NOT EXISTS persons (
    rid INTEGER NOT NULL, record_id TEXT NOT NULL, item INTEGER NOT NULL, name TEXT NOT NULL, name_fold TEXT NOT NULL,
    role TEXT, start_char INTEGER, end_char INTEGER
);
CREATE TABLE IF NOT EXISTS agencies (
    rid INTEGER NOT NULL, record_id TEXT NOT NULL, item INTEGER NOT NULL, name TEXT NOT NULL, name_fold TEXT NOT NULL,
    full_name TEXT NOT NULL, full_name_fold TEXT NOT NULL, level TEXT, place TEXT,
    mentions INTEGER NOT NULL, start_char INTEGER, end_char INTEGER
);
CREATE TABLE IF NOT EXISTS places (
    rid INTEGER NOT NULL, record_id TEXT NOT NULL, item INTEGER NOT NULL, name TEXT NOT NULL, name_fold TEXT NOT NULL,
    kind TEXT, start_char INTEGER, end_char INTEGER
);
CREATE TABLE IF NOT EXISTS mentions (
    rid INTEGER NOT NULL, record_id TEXT NOT NULL, kind TEXT NOT NULL, item INTEGER NOT NULL,
    start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, text TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS dates (
    rid INTEGER NOT NULL, record_id TEXT NOT NULL, item INTEGER NOT NULL, value TEXT NOT NULL, granularity TEXT NOT NULL,
    role TEXT NOT NULL, calendar TEXT NOT NULL, gregorian TEXT, note TEXT,
    start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, text TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS figures (
    rid INTEGER NOT NULL, record_id TEXT NOT NULL, item INTEGER NOT NULL, value REAL NOT NULL, value_max REAL, total REAL,
    unit TEXT, kind TEXT NOT NULL, qualifier TEXT,
    start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, text TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS documents (
    rid INTEGER NOT NULL, record_id TEXT NOT NULL, item INTEGER NOT NULL, number TEXT NOT NULL, doc_type TEXT,
    start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, text TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS meetings (
    rid INTEGER NOT NULL, record_id TEXT NOT NULL, item INTEGER NOT NULL, body TEXT, body_full_name TEXT,
    kind TEXT, kind_fold TEXT, sequence INTEGER, term TEXT, period TEXT, date TEXT, day_number INTEGER,
    location TEXT, chair TEXT, attendees TEXT, agenda_items INTEGER NOT NULL,
    start_char INTEGER NOT NULL, end_char INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS agenda (
    rid INTEGER NOT NULL, record_id TEXT NOT NULL, meeting INTEGER NOT NULL, item INTEGER NOT NULL, title TEXT NOT NULL,
    document_type TEXT, scope TEXT, start_char INTEGER NOT NULL, end_char INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS directives (
    rid INTEGER NOT NULL, record_id TEXT NOT NULL, meeting INTEGER, agenda INTEGER, item INTEGER NOT NULL,
    verb TEXT NOT NULL, issuer TEXT, assignees TEXT, action TEXT, deadline TEXT, purpose TEXT,
    start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, text TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS decisions (
    rid INTEGER NOT NULL, record_id TEXT NOT NULL, meeting INTEGER, agenda INTEGER, item INTEGER NOT NULL,
    verb TEXT NOT NULL, content TEXT NOT NULL,
    start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, text TEXT NOT NULL
);
""" + "".join(
    f"CREATE INDEX IF NOT EXISTS {table}_rid ON {table}(rid);\n" for table in VALUE_TABLES
) + """
"""

LIST_SEPARATOR = "; "


def _joined(values: list[str]) -> Optional[str]:
    return LIST_SEPARATOR.join(values) if values else None


def _first(mentions) -> tuple[Optional[int], Optional[int]]:
    if not mentions:
        return None, None
    first = min(mentions, key=lambda m: m.start)
    return first.start, first.end


def record_date(record: Record) -> Optional[str]:
    """The day (or month, or year) a record is filed under: its publication date, else the
    date of its first dated meeting."""
    candidates = [record.published] + [m.date for m in record.meetings]
    for value in candidates:
        if value and len(value) >= 4 and value[:4].isdigit():
            return value[:10]
    return None


def record_row(record: Record) -> dict[str, Any]:
    date = record_date(record)
    return {
        "id": record.id,
        "title": record.title,
        "outlet": record.outlet,
        "published": record.published,
        "date": date,
        "month": date[:7] if date and len(date) >= 7 else None,
        "url": record.source.url,
        "path": record.source.path,
        "pipeline": record.pipeline.version if record.pipeline else None,
    }


def value_rows(record: Record) -> Iterator[tuple[str, tuple]]:
    """(table, row) for every value of a record; rows follow `VALUE_TABLES`' column order."""
    rid = record.id
    for i, off in enumerate(record.officials):
        start, end = _first(off.mentions or off.title_details)
        yield "officials", (rid, i, off.name, fold_words(off.name), _joined(off.titles), len(off.mentions), start, end)
        for t in off.title_details:
            yield "titles", (rid, i, off.name, t.title, t.position, t.agency, t.start, t.end)
        if not off.title_details:
            for title in off.titles:
                yield "titles", (rid, i, off.name, title, None, None, None, None)
        for m in off.mentions:
            yield "mentions", (rid, "official", i, m.start, m.end, m.text)
    for i, person in enumerate(record.persons):
        start, end = _first(person.mentions)
        yield "persons", (rid, i, person.name, fold_words(person.name), person.role, start, end)
        for m in person.mentions:
            yield "mentions", (rid, "person", i, m.start, m.end, m.text)
    for i, agency in enumerate(record.agencies):
        start, end = _first(agency.mentions)
        yield "agencies", (
            rid, i, agency.name, fold_words(agency.name), agency.full_name, fold_words(agency.full_name),
            agency.level, agency.place, len(agency.mentions), start, end,
        )
        for m in agency.mentions:
            yield "mentions", (rid, "agency", i, m.start, m.end, m.text)
    for i, place in enumerate(record.locations):
        start, end = _first(place.mentions)
        yield "places", (rid, i, place.name, fold_words(place.name), place.kind, start, end)
        for m in place.mentions:
            yield "mentions", (rid, "place", i, m.start, m.end, m.text)
    for i, d in enumerate(record.dates):
        yield "dates", (rid, i, d.value, d.granularity, d.role, d.calendar, d.gregorian, d.note, d.start, d.end, d.text)
    for i, f in enumerate(record.figures):
        yield "figures", (rid, i, f.value, f.value_max, f.total, f.unit, f.kind, f.qualifier, f.start, f.end, f.text)
    for i, doc in enumerate(record.documents):
        yield "documents", (rid, i, doc.number, doc.doc_type, doc.start, doc.end, doc.text)
    yield from _acts(rid, None, None, record.directives, record.decisions)
    for i, m in enumerate(record.meetings):
        yield "meetings", (
            rid, i, m.body, m.body_full_name, m.kind, fold_words(m.kind) if m.kind else None, m.sequence, m.term,
            m.period, m.date, m.day_number, m.location, _joined(m.chair), _joined(m.attendees), len(m.agenda),
            m.start, m.end,
        )
        for j, item in enumerate(m.agenda):
            yield "agenda", (rid, i, j, item.title, item.document_type, item.scope, item.start, item.end)
            yield from _acts(rid, i, j, item.directives, item.decisions)


def _acts(rid, meeting, agenda, directives, decisions):
    for k, d in enumerate(directives):
        yield "directives", (
            rid, meeting, agenda, k, d.verb, d.issuer, _joined(d.assignees), d.action, d.deadline, d.purpose,
            d.start, d.end, d.text,
        )
    for k, d in enumerate(decisions):
        yield "decisions", (rid, meeting, agenda, k, d.verb, d.content, d.start, d.end, d.text)
