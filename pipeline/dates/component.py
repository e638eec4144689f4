"""Stage 4 — dates: the spaCy component around `DateTagger`.

Reads the zones the structure stage found (title, body, captions, and the date line, whose
date gets the role ``published``) and writes ``doc.spans["dates"]``: DATE and TIME spans with
``value``, ``granularity``, ``role``, ``calendar``, ``note``, ``rule_id`` and ``source``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline import extensions  # noqa: F401  (declares the attributes set below)
from pipeline.extensions import text_of
from pipeline.dates.tagger import DateMention, DateTagger, Region, default_tagger
from pipeline.structure.zones import ANALYSED, ZONES_KEY

DATES_KEY = "dates"
DATELINE = "dateline"


def regions(doc: Doc) -> list[Region]:
    """The zones dates are read in; a doc without structure is read whole."""
    if ZONES_KEY not in doc.spans:
        return [Region(0, len(text_of(doc)))]
    return [
        Region(z.start_char, z.end_char, z.label_)
        for z in sorted(doc.spans[ZONES_KEY], key=lambda z: z.start_char)
        if z.label_ in ANALYSED or z.label_ == DATELINE
    ]


def to_span(doc: Doc, mention: DateMention) -> Span | None:
    span = doc.char_span(mention.start, mention.end, label=mention.label, alignment_mode="strict")
    if span is None:  # the tokenizer splits letters, digits and marks apart: should not happen
        return None
    span._.value = mention.value
    span._.granularity = mention.granularity
    span._.role = mention.role
    span._.calendar = mention.calendar
    span._.gregorian = mention.gregorian
    span._.ahead = mention.ahead
    span._.note = mention.note
    span._.rule_id = mention.rule_id
    span._.source = "rule"
    return span


class DateRecognizer:
    def __init__(self, nlp: Language, name: str, tagger: DateTagger | None = None):
        self.name = name
        self.tagger = tagger or default_tagger()

    def __call__(self, doc: Doc) -> Doc:
        mentions = self.tagger.tag(text_of(doc), doc._.published, regions(doc))
        spans = [s for s in (to_span(doc, m) for m in mentions) if s is not None]
        doc.spans[DATES_KEY] = spans
        return doc


@Language.factory("vnie_dates", assigns=["doc.spans"], default_config={})
def make_dates(nlp: Language, name: str) -> DateRecognizer:
    """Dates and times resolved against ``doc._.published``; patterns in ``rules/dates/``."""
    return DateRecognizer(nlp, name)
