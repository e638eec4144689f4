"""Records as an Elasticsearch / OpenSearch bulk request, and the index mapping for them.

Each record is one document whose `_id` is the record id, so sending the same records again
replaces them instead of adding copies. The mapping uses only analysis parts that ship with
both engines (no plugin): a `standard` tokenizer with `lowercase` and `asciifolding`, after a
char filter that maps `đ`/`Đ` to `d`/`D`, so `le thanh do` finds `Lê Thành Đô`.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, Iterable, Iterator, Optional

from pipeline.index.tables import record_date
from pipeline.schema import Record

FOLDING = "vi_folding"

_TEXT = {"type": "text", "analyzer": FOLDING, "fields": {"exact": {"type": "text", "analyzer": "standard"}}}
_KEYWORD = {"type": "keyword"}
# a name: exact keyword for facets, folded keyword for filters, folded text for search
_NAME = {
    "type": "keyword",
    "fields": {"fold": {"type": "keyword", "normalizer": FOLDING}, "text": {"type": "text", "analyzer": FOLDING}},
}
_INT = {"type": "integer"}
_FLOAT = {"type": "double"}
_OFFSETS = {"start": _INT, "end": _INT}


def _object(properties: dict, nested: bool = False) -> dict:
    return {"type": "nested" if nested else "object", "properties": properties}


def mapping() -> dict[str, Any]:
    """The body of `PUT /INDEX`: analysis settings and a strict mapping of every field."""
    acts = {
        "verb": _KEYWORD, "issuer": _NAME, "assignees": _NAME, "action": _TEXT, "deadline": _KEYWORD,
        "purpose": _TEXT, "meeting": _INT, "agenda": _INT, "text": _TEXT, **_OFFSETS,
    }
    return {
        "settings": {
            "analysis": {
                "char_filter": {"vi_stroke_d": {"type": "mapping", "mappings": ["đ => d", "Đ => D"]}},
                "analyzer": {
                    FOLDING: {
                        "type": "custom", "tokenizer": "standard", "char_filter": ["vi_stroke_d"],
                        "filter": ["lowercase", "asciifolding"],
                    }
                },
                "normalizer": {
                    FOLDING: {"type": "custom", "char_filter": ["vi_stroke_d"], "filter": ["lowercase", "asciifolding"]}
                },
            }
        },
        "mappings": {
            "dynamic": "strict",
            "properties": {
                "id": _KEYWORD,
                "title": _TEXT,
                "text": _TEXT,
                "outlet": _KEYWORD,
                "published": _KEYWORD,
                "date": {"type": "date", "format": "yyyy-MM-dd||yyyy-MM||yyyy"},
                "month": _KEYWORD,
                "url": _KEYWORD,
                "path": _KEYWORD,
                "pipeline": _KEYWORD,
                "authors": _NAME,
                "officials": _object(
                    {"name": _NAME, "titles": _TEXT, "positions": _KEYWORD, "agencies": _NAME, "mentions": _INT, **_OFFSETS},
                    nested=True,
                ),
                "persons": _object({"name": _NAME, "role": _KEYWORD}),
                "agencies": _object(
                    {"name": _NAME, "full_name": _NAME, "level": _KEYWORD, "place": _NAME, "mentions": _INT}, nested=True
                ),
                "places": _object({"name": _NAME, "kind": _KEYWORD}),
                "dates": _object(
                    {"value": _KEYWORD, "granularity": _KEYWORD, "role": _KEYWORD, "calendar": _KEYWORD, "gregorian": _KEYWORD,
                     "text": _KEYWORD, **_OFFSETS},
                    nested=True,
                ),
                "figures": _object(
                    {"value": _FLOAT, "value_max": _FLOAT, "total": _FLOAT, "unit": _KEYWORD, "kind": _KEYWORD,
                     "qualifier": _KEYWORD, "text": _KEYWORD, **_OFFSETS}
                ),
                "documents": _object({"number": _KEYWORD, "doc_type": _KEYWORD, "text": _KEYWORD, **_OFFSETS}),
                "directives": _object(acts, nested=True),
                "decisions": _object(
                    {"verb": _KEYWORD, "content": _TEXT, "meeting": _INT, "agenda": _INT, "text": _TEXT, **_OFFSETS}
                ),
                "meetings": _object(
                    {
                        "body": _NAME, "body_full_name": _NAME, "kind": _NAME, "sequence": _INT, "term": _KEYWORD,
                        "period": _KEYWORD, "date": _KEYWORD, "day_number": _INT, "location": _NAME, "chair": _NAME,
                        "attendees": _NAME, **_OFFSETS,
                        "agenda": _object(
                            {"title": _TEXT, "document_type": _KEYWORD, "scope": _KEYWORD, **_OFFSETS}
                        ),
                    },
                    nested=True,
                ),
                # flat keyword lists for terms aggregations without nested aggregations
                "facets": _object(
                    {"officials": _NAME, "agencies": _NAME, "places": _NAME, "meeting_kinds": _KEYWORD,
                     "directive_verbs": _KEYWORD}
                ),
            },
        },
    }


def _drop_none(d: dict) -> dict:
    return {k: v for k, v in d.items() if v is not None and v != []}


def _unique(values: Iterable[Optional[str]]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def _acts(directives, decisions, meeting=None, agenda=None):
    ds = [
        _drop_none({
            "verb": d.verb, "issuer": d.issuer, "assignees": d.assignees, "action": d.action, "deadline": d.deadline,
            "purpose": d.purpose, "meeting": meeting, "agenda": agenda, "text": d.text, "start": d.start, "end": d.end,
        })
        for d in directives
    ]
    cs = [
        _drop_none({
            "verb": d.verb, "content": d.content, "meeting": meeting, "agenda": agenda, "text": d.text,
            "start": d.start, "end": d.end,
        })
        for d in decisions
    ]
    return ds, cs


def document(record: Record) -> dict[str, Any]:
    """The search-engine document of a record (every field is in `mapping()`)."""
    directives, decisions = _acts(record.directives, record.decisions)
    meetings = []
    for i, m in enumerate(record.meetings):
        for j, item in enumerate(m.agenda):
            ds, cs = _acts(item.directives, item.decisions, i, j)
            directives.extend(ds)
            decisions.extend(cs)
        meetings.append(_drop_none({
            "body": m.body, "body_full_name": m.body_full_name, "kind": m.kind, "sequence": m.sequence, "term": m.term,
            "period": m.period, "date": m.date, "day_number": m.day_number, "location": m.location, "chair": m.chair,
            "attendees": m.attendees, "start": m.start, "end": m.end,
            "agenda": [
                _drop_none({"title": a.title, "document_type": a.document_type, "scope": a.scope, "start": a.start, "end": a.end})
                for a in m.agenda
            ],
        }))
    officials = []
    for off in record.officials:
        first = min(off.mentions, key=lambda x: x.start) if off.mentions else None
        officials.append(_drop_none({
            "name": off.name, "titles": off.titles,
            "positions": _unique(t.position for t in off.title_details),
            "agencies": _unique(t.agency for t in off.title_details),
            "mentions": len(off.mentions),
            "start": first.start if first else None, "end": first.end if first else None,
        }))
    date = record_date(record)
    return _drop_none({
        "id": record.id,
        "title": record.title,
        "text": record.text,
        "outlet": record.outlet,
        "published": record.published,
        "date": date if date and _is_calendar(date) else None,
        "month": date[:7] if date and len(date) >= 7 else None,
        "url": record.source.url,
        "path": record.source.path,
        "pipeline": record.pipeline.version if record.pipeline else None,
        "authors": record.authors,
        "officials": officials,
        "persons": [_drop_none({"name": p.name, "role": p.role}) for p in record.persons],
        "agencies": [
            _drop_none({"name": a.name, "full_name": a.full_name, "level": a.level, "place": a.place, "mentions": len(a.mentions)})
            for a in record.agencies
        ],
        "places": [_drop_none({"name": p.name, "kind": p.kind}) for p in record.locations],
        "dates": [
            _drop_none({"value": d.value, "granularity": d.granularity, "role": d.role, "calendar": d.calendar,
                        "gregorian": d.gregorian, "text": d.text, "start": d.start, "end": d.end})
            for d in record.dates
        ],
        "figures": [
            _drop_none({"value": f.value, "value_max": f.value_max, "total": f.total, "unit": f.unit, "kind": f.kind,
                        "qualifier": f.qualifier, "text": f.text, "start": f.start, "end": f.end})
            for f in record.figures
        ],
        "documents": [
            _drop_none({"number": d.number, "doc_type": d.doc_type, "text": d.text, "start": d.start, "end": d.end})
            for d in record.documents
        ],
        "directives": directives,
        "decisions": decisions,
        "meetings": meetings,
        "facets": _drop_none({
            "officials": _unique(o.name for o in record.officials),
            "agencies": _unique(a.full_name for a in record.agencies),
            "places": _unique(p.name for p in record.locations),
            "meeting_kinds": _unique(m.kind for m in record.meetings),
            "directive_verbs": _unique(d["verb"].lower() for d in directives),
        }),
    })


def _is_calendar(value: str) -> bool:
    """Whether `value` fits the mapping's `date` formats (yyyy-MM-dd, yyyy-MM, yyyy)."""
    for fmt, size in (("%Y-%m-%d", 10), ("%Y-%m", 7), ("%Y", 4)):
        if len(value) == size:
            try:
                dt.datetime.strptime(value, fmt)
                return True
            except ValueError:
                return False
    return False


def bulk_lines(records: Iterable[Record], index: Optional[str] = None) -> Iterator[str]:
    """Two NDJSON lines per record: the action (`index`, `_id` = record id) and the document."""
    for record in records:
        action: dict[str, Any] = {"_id": record.id}
        if index:
            action = {"_index": index, **action}
        yield json.dumps({"index": action}, ensure_ascii=False, separators=(",", ":"))
        yield json.dumps(document(record), ensure_ascii=False, separators=(",", ":"))
