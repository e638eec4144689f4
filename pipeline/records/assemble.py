"""Doc → Record. The only place that knows both the spaCy document model and the schema."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline import __version__
from pipeline.extensions import doc_list
from pipeline.schema import Entity, Mention, PipelineInfo, Record, Source

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
        pipeline=PipelineInfo(version=__version__, components=list(nlp.pipe_names)),
    )
    return record
