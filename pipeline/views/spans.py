"""What a view highlights in a record's text: every extracted span, with its label and a short
note (the normalised value), reduced to a set that does not overlap."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Optional

from pipeline.schema import Record

# displaCy's colours where a label has one; TITLE and DOC get their own.
LABEL_COLORS = {
    "PER": "#aa9cfc",
    "TITLE": "#f7b2d0",
    "ORG": "#7aecec",
    "LOC": "#ff9561",
    "DATE": "#bfe1d9",
    "TIME": "#bfe1d9",
    "NUM": "#e4e7d2",
    "MONEY": "#e4e7d2",
    "PERCENT": "#e4e7d2",
    "DOC": "#feca74",
}
LABEL_NAMES = {
    "PER": "person", "TITLE": "title", "ORG": "agency", "LOC": "place", "DATE": "date", "TIME": "time",
    "NUM": "figure", "MONEY": "money", "PERCENT": "percent", "DOC": "document",
}


@dataclass(frozen=True)
class Highlight:
    start: int
    end: int
    label: str
    note: Optional[str] = None


def _join(*parts) -> Optional[str]:
    text = " · ".join(str(p) for p in parts if p not in (None, "", []))
    return text or None


def _figure_label(kind: str) -> str:
    return {"money": "MONEY", "percent": "PERCENT"}.get(kind, "NUM")


def structured(record: Record) -> Iterator[Highlight]:
    """Spans of the structured values, each with its normalised value as the note."""
    for off in record.officials:
        for m in off.mentions:
            yield Highlight(m.start, m.end, "PER", _join(off.name, "; ".join(off.titles)))
        for t in off.title_details:
            yield Highlight(t.start, t.end, "TITLE", _join(off.name, t.position, t.agency))
    for person in record.persons:
        for m in person.mentions:
            yield Highlight(m.start, m.end, "PER", _join(person.name, person.role))
    for agency in record.agencies:
        for m in agency.mentions:
            yield Highlight(m.start, m.end, "ORG", _join(agency.full_name, agency.level))
    for place in record.locations:
        for m in place.mentions:
            yield Highlight(m.start, m.end, "LOC", _join(place.name, place.kind))
    for d in record.dates:
        label = "TIME" if d.granularity == "time" else "DATE"
        yield Highlight(d.start, d.end, label, _join(d.value, d.role, d.calendar if d.calendar != "gregorian" else None))
    for f in record.figures:
        value = f"{f.value:g}" + (f"–{f.value_max:g}" if f.value_max is not None else "") + (
            f"/{f.total:g}" if f.total is not None else ""
        )
        yield Highlight(f.start, f.end, _figure_label(f.kind), _join(value, f.unit, f.kind, f.qualifier))
    for doc in record.documents:
        yield Highlight(doc.start, doc.end, "DOC", _join(doc.number, doc.doc_type))


def highlights(record: Record) -> list[Highlight]:
    """Every span to highlight, in text order, none overlapping another: the structured values
    (which carry notes) first, then entities that no value covers; where spans overlap, the
    longer one wins (a TITLE over the agency inside it)."""
    seen: dict[tuple[int, int], Highlight] = {}
    for h in structured(record):
        if h.end > h.start:
            seen.setdefault((h.start, h.end), h)
    for e in record.entities:
        if e.end > e.start:
            seen.setdefault((e.start, e.end), Highlight(e.start, e.end, e.label, e.rule_id))
    chosen: list[Highlight] = []
    taken: list[tuple[int, int]] = []
    for h in sorted(seen.values(), key=lambda h: (h.start - h.end, h.start)):
        if all(h.end <= s or h.start >= e for s, e in taken):
            chosen.append(h)
            taken.append((h.start, h.end))
    return sorted(chosen, key=lambda h: h.start)


def counted(n: int, noun: str) -> str:
    """'1 item', '5 items'."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def all_directives(record: Record):
    """(meeting index, agenda index, directive) for every directive of the record, those under
    agenda items included, in text order."""
    found = [(None, None, d) for d in record.directives]
    for i, meeting in enumerate(record.meetings):
        for j, item in enumerate(meeting.agenda):
            found.extend((i, j, d) for d in item.directives)
    return sorted(found, key=lambda x: x[2].start)


def all_decisions(record: Record):
    found = [(None, None, d) for d in record.decisions]
    for i, meeting in enumerate(record.meetings):
        for j, item in enumerate(meeting.agenda):
            found.extend((i, j, d) for d in item.decisions)
    return sorted(found, key=lambda x: x[2].start)
