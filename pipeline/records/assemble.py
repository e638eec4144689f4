"""Doc → Record. The only place that knows both the spaCy document model and the schema."""

from __future__ import annotations

from collections import OrderedDict

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline import __version__
from pipeline.extensions import doc_list, text_of
from pipeline.schema import (
    Agency,
    AgendaItem,
    Assignee,
    DateValue,
    Decision,
    Directive,
    DocumentRef,
    Entity,
    Figure,
    Meeting,
    Location,
    Mention,
    Official,
    OfficialTitle,
    Person,
    PipelineInfo,
    Record,
    Source,
)
from pipeline.segment.orthography import canonical_spelling, fold

# the span groups whose spans are the record's entities (each span carries its label)
ENTITY_GROUPS = ("entities", "titles", "dates", "figures")


def mention(span: Span) -> Mention:
    return Mention(start=span.start_char, end=span.end_char, text=span.text)


def group(doc: Doc, key: str) -> list[Span]:
    return list(doc.spans[key]) if key in doc.spans else []


def entities(doc: Doc) -> list[Entity]:
    out = []
    for key in ENTITY_GROUPS:
        for span in group(doc, key):
            out.append(
                Entity(
                    label=span.label_, start=span.start_char, end=span.end_char, text=span.text,
                    source=span._.source or "rule", rule_id=span._.rule_id,
                )
            )
    out.sort(key=lambda e: (e.start, -e.end))
    return out


def dates(doc: Doc) -> list[DateValue]:
    return [
        DateValue(
            start=s.start_char, end=s.end_char, text=s.text, value=s._.value, granularity=s._.granularity,
            role=s._.role or "event", calendar=s._.calendar or "gregorian",
            gregorian=s._.gregorian, note=s._.note,
        )
        for s in (doc.spans["dates"] if "dates" in doc.spans else [])
    ]


def figures(doc: Doc) -> list[Figure]:
    return [
        Figure(
            start=s.start_char, end=s.end_char, text=s.text, value=s._.value, value_max=s._.value_max,
            total=s._.total, unit=s._.unit, kind=s._.kind, qualifier=s._.qualifier, note=s._.note,
        )
        for s in (doc.spans["figures"] if "figures" in doc.spans else [])
    ]


def documents(doc: Doc) -> list[DocumentRef]:
    return [
        DocumentRef(start=s.start_char, end=s.end_char, text=s.text, number=s._.number, doc_type=s._.doc_type)
        for s in (doc.spans["documents"] if "documents" in doc.spans else [])
    ]


def officials(doc: Doc) -> list[Official]:
    agencies_by_offsets = {
        (m.start_char, m.end_char): cluster.full_name for cluster in doc_list(doc, "agencies") for m in cluster.mentions
    }
    out = []
    for cluster in doc_list(doc, "officials"):
        details: "OrderedDict[str, OfficialTitle]" = OrderedDict()
        for t in sorted(cluster.titles, key=lambda s: s.start):
            key = fold(" ".join(t.text.split()))
            if key in details:
                continue
            agency = next(
                (full for (s, e), full in agencies_by_offsets.items() if t.start_char <= s and e <= t.end_char), None
            )
            details[key] = OfficialTitle(
                title=t.text, position=t._.position or t.text, agency=agency, start=t.start_char, end=t.end_char
            )
        out.append(
            Official(
                name=cluster.name,
                titles=[d.title for d in details.values()],
                title_details=list(details.values()),
                mentions=[mention(m) for m in cluster.mentions],
            )
        )
    return out


def persons(doc: Doc) -> list[Person]:
    return [Person(name=c.name, role=c.role, mentions=[mention(m) for m in c.mentions]) for c in doc_list(doc, "persons")]


def agencies(doc: Doc) -> list[Agency]:
    return [
        Agency(name=c.name, full_name=c.full_name, level=c.level, place=c.place, mentions=[mention(m) for m in c.mentions])
        for c in doc_list(doc, "agencies")
    ]


def locations(doc: Doc) -> list[Location]:
    places: "OrderedDict[str, Location]" = OrderedDict()
    for span in group(doc, "entities"):
        if span.label_ != "LOC":
            continue
        name = canonical_spelling(" ".join(span.text.split()))
        loc = places.setdefault(fold(name), Location(name=name, kind=span._.kind))
        loc.mentions.append(mention(span))
    return list(places.values())


def directive(act) -> Directive:
    return Directive(
        verb=act.verb, issuer=act.issuer, assignees=[a.name for a in act.assignees],
        assignee_details=[Assignee(name=a.name, role=a.role, start=a.span.start_char, end=a.span.end_char) for a in act.assignees],
        action=act.action, deadline=act.deadline, purpose=act.purpose, agenda_index=act.agenda_index,
        start=act.span.start_char, end=act.span.end_char, text=act.span.text,
    )


def decision(act) -> Decision:
    verb_end = act.span.start_char + len(act.verb)
    return Decision(
        verb=act.verb, content=" ".join(text_of(act.span.doc)[verb_end:act.span.end_char].split()), figures=act.figures,
        dates=act.dates, agenda_index=act.agenda_index, start=act.span.start_char, end=act.span.end_char, text=act.span.text,
    )


def meetings(doc: Doc) -> list[Meeting]:
    out = []
    for f in doc_list(doc, "meetings"):
        agenda = [
            AgendaItem(
                title=item.title, document_type=item.document_type, scope=item.scope, start=item.start, end=item.end,
                discussion=[mention(s) for s in item.discussion],
                decisions=[decision(a) for a in item.decisions], directives=[directive(a) for a in item.directives],
            )
            for item in f.agenda
        ]
        out.append(
            Meeting(
                body=f.body, body_full_name=f.body_full_name, kind=f.kind, sequence=f.sequence, term=f.term,
                period=f.period, date=f.date, day_number=f.day_number, location=f.location, chair=f.chair,
                attendees=f.attendees, agenda=agenda, start=f.start, end=f.end,
            )
        )
    return out


def to_record(doc: Doc, nlp: Language) -> Record:
    article = doc._.article
    return Record(
        id=article.stable_id,
        source=Source(path=article.path, url=article.url, line=article.line, member=article.member, extra=article.extra),
        outlet=doc._.outlet,
        title=doc._.title,
        published=doc._.published,
        authors=doc_list(doc, "authors"),
        text=text_of(doc),
        captions=[mention(z) for z in group(doc, "zones") if z.label_ == "caption"],
        entities=entities(doc),
        dates=dates(doc),
        figures=figures(doc),
        documents=documents(doc),
        officials=officials(doc),
        persons=persons(doc),
        agencies=agencies(doc),
        locations=locations(doc),
        directives=[directive(a) for a in doc_list(doc, "directives")],
        decisions=[decision(a) for a in doc_list(doc, "decisions")],
        meetings=meetings(doc),
        pipeline=PipelineInfo(version=__version__, components=list(nlp.pipe_names)),
    )
