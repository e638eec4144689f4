"""Stage 4 — figures: the spaCy component around `FigureTagger`.

Reads the analysed zones and the dates already found (their numbers are not figures), and
writes ``doc.spans["figures"]`` (NUM, MONEY, PERCENT with ``value``, ``value_max``, ``total``,
``unit``, ``kind``, ``qualifier``, ``note``) and ``doc.spans["documents"]`` (``number``,
``doc_type``).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline import extensions  # noqa: F401  (declares the attributes set below)
from pipeline.extensions import text_of
from pipeline.figures.tagger import FigureTagger, default_tagger
from pipeline.structure.zones import analysed_zones

FIGURES_KEY = "figures"
DOCUMENTS_KEY = "documents"
DATES_KEY = "dates"


def _span(doc: Doc, start: int, end: int, label: str, rule_id: str, **attrs) -> Span | None:
    span = doc.char_span(start, end, label=label, alignment_mode="strict")
    if span is None:
        return None
    for name, value in attrs.items():
        setattr(span._, name, value)
    span._.rule_id = rule_id
    span._.source = "rule"
    return span


class FigureRecognizer:
    def __init__(self, nlp: Language, name: str, tagger: FigureTagger | None = None):
        self.name = name
        self.tagger = tagger or default_tagger()

    def __call__(self, doc: Doc) -> Doc:
        regions = [(z.start_char, z.end_char) for z in sorted(analysed_zones(doc), key=lambda z: z.start_char)]
        taken = [(s.start_char, s.end_char) for s in doc.spans[DATES_KEY]] if DATES_KEY in doc.spans else []
        figures, documents = self.tagger.tag(text_of(doc), regions, taken)
        doc.spans[FIGURES_KEY] = [
            s for s in (
                _span(doc, f.start, f.end, f.label, f.rule_id, value=f.value, value_max=f.value_max, total=f.total,
                      unit=f.unit, kind=f.kind, qualifier=f.qualifier, note=f.note)
                for f in figures
            ) if s is not None
        ]
        doc.spans[DOCUMENTS_KEY] = [
            s for s in (
                _span(doc, d.start, d.end, "DOC", d.rule_id, number=d.number, doc_type=d.doc_type) for d in documents
            ) if s is not None
        ]
        return doc


@Language.factory("vnie_figures", assigns=["doc.spans"], default_config={})
def make_figures(nlp: Language, name: str) -> FigureRecognizer:
    """Figures and document numbers; patterns and lexicons in ``rules/figures/``."""
    return FigureRecognizer(nlp, name)
