"""Doc → Record. The only place that knows both the spaCy document model and the schema."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline import __version__
from pipeline.extensions import doc_list
from pipeline.schema import DateValue, DocumentRef, Entity, Figure, Mention, PipelineInfo, Record, Source

# span group → entity label mapping is carried by the spans themselves (span.label_)
ENTITY_GROUPS = ("entities", "titles", "dates", "figures")


def mention(span: Span) -> Mention:
    return Mention(start=span.start_char, end=span.end_char, text=span.text)


def entities(doc: Doc) -> list[Entity]:
    out = []
    for group in ENTITY_GROUPS:
        if group not in doc.spans:
            continue
        for span in doc.spans[group]:
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
            role=s._.role or "event", calendar=s._.calendar or "gregorian", note=s._.note,
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


def to_record(doc: Doc, nlp: Language) -> Record:
    article = doc._.article
    captions = [mention(z) for z in doc.spans["zones"] if z.label_ == "caption"] if "zones" in doc.spans else []
    record = Record(
        id=article.stable_id,
        source=Source(path=article.path, url=article.url, line=article.line, member=article.member, extra=article.extra),
        outlet=doc._.outlet,
        title=doc._.title,
        published=doc._.published,
        authors=doc_list(doc, "authors"),
        text=doc.text,
        captions=captions,
        entities=entities(doc),
        dates=dates(doc),
        figures=figures(doc),
        documents=documents(doc),
        pipeline=PipelineInfo(version=__version__, components=list(nlp.pipe_names)),
    )
    return record
