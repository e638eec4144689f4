"""Stage 4b — the statistical tagger: PER/ORG/LOC spans from a CRF over syllable tokens.

Runs after the rules and before the merge (``vnie_entities``), on the sentences of the analysed
zones only. Writes ``doc.spans["entity_model"]`` (labels PER, ORG, LOC; ``_.source = "model"``,
except on a span the rules found with the same offsets and label, which stays theirs); the
merge decides which of them survive next to the rules' spans.
"""

from __future__ import annotations

from pathlib import Path

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.recognize.model.crf import SHIPPED, Tagger
from pipeline.recognize.model.features import Featurizer


class EntityModel:
    def __init__(self, nlp: Language, name: str, model: str, span_key: str, min_confidence: float = 0.0):
        self.name = name
        self.span_key = span_key
        self.min_confidence = min_confidence
        # loaded once, when the pipeline is built
        self.tagger = Tagger(SHIPPED if model == "default" else Path(model))

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        sequences = Featurizer.sequences(doc)
        if sequences:
            # token texts through the string store: cheaper than making a Token per token
            orths = doc.to_array(ORTH).tolist()
            strings = doc.vocab.strings
        for indices in sequences:
            for first, end, label in self.tagger.spans([strings[orths[i]] for i in indices], self.min_confidence):
                span = Span(doc, indices[first], indices[end - 1] + 1, label=label)
                # span attributes are keyed by offsets and label (extensions.py): a span the
                # rules found too is the rules' span, and keeps their source and rule id
                if span._.source is None:
                    span._.source = "model"
                spans.append(span)
        doc.spans[self.span_key] = spans
        return doc


@Language.factory(
    "vnie_ner",
    assigns=["doc.spans"],
    default_config={"model": "default", "span_key": "entity_model", "min_confidence": 0.0},
)
def make_entity_model(nlp: Language, name: str, model: str, span_key: str, min_confidence: float):
    """`model`: "default" (the model shipped in the package) or the path of a model trained by
    `vnie train` (without its .crf/.json suffix). `min_confidence`: keep only spans whose every
    token's tag has at least this marginal probability (0 keeps the best tag sequence as is)."""
    return EntityModel(nlp, name, model, span_key, min_confidence)
