"""The learner: a linear-chain CRF from ``underthesea_core`` (Rust; trains with L-BFGS/OWL-QN,
tags with Viterbi). A model is two files: ``<name>.crf`` (the weights) and ``<name>.json``
(what it was trained on and with, and the attribute version it expects)."""

from __future__ import annotations

import contextlib
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional, Sequence

from underthesea_core import CRFTagger, CRFTrainer

from pipeline.recognize.model.features import FEATURES_VERSION, Featurizer

SHIPPED = Path(__file__).resolve().parent / "shipped" / "ner"


class ModelError(RuntimeError):
    """A model file that is missing or was made for other attributes."""


@dataclass
class CrfParams:
    c1: float = 0.05  # L1: keeps the model small and drops rare, noisy attributes
    c2: float = 0.01
    max_iterations: int = 150


@contextlib.contextmanager
def _quiet(enabled: bool = True) -> Iterator[None]:
    """The Rust trainer prints every iteration to stderr; keep a training log readable."""
    if not enabled:
        yield
        return
    sys.stderr.flush()
    saved = os.dup(2)
    with open(os.devnull, "w") as devnull:
        os.dup2(devnull.fileno(), 2)
        try:
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)


@dataclass
class Trained:
    model: object  # underthesea_core.CRFModel
    attributes: frozenset[str]  # the attributes it weighs


def train(sequences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]], params: CrfParams,
          featurizer: Optional[Featurizer] = None, quiet: bool = True) -> Trained:
    """A CRF for token sequences and their BIO tags, fitted twice: L1 leaves most attributes
    without weight (about 2,000 of 180,000 on the shipped data), but a model file keeps every
    attribute it was shown, so the second fit sees only those the first one weighs. The L1
    optimum has the same support either way; the file shrinks from ~10 MB to ~0.2 MB."""
    featurizer = featurizer or Featurizer()
    X = [featurizer.attributes(texts) for texts in sequences]
    y = [list(t) for t in tags]
    model = _fit(X, y, params, quiet)
    active = active_attributes(model, {a for seq in X for token in seq for a in token})
    X = [[[a for a in token if a in active] for token in seq] for seq in X]
    model = _fit(X, y, params, quiet)
    return Trained(model, active_attributes(model, active))


def _fit(X, y, params: CrfParams, quiet: bool):
    trainer = CRFTrainer()
    trainer.set_l1_penalty(params.c1)
    trainer.set_l2_penalty(params.c2)
    trainer.set_max_iterations(params.max_iterations)
    with _quiet(quiet):
        return trainer.train(X, y)


def active_attributes(model, attributes: set[str]) -> set[str]:
    """The attributes that carry a weight: alone on a one-token sequence, they move the
    label marginals away from those of a token without attributes."""
    tagger = CRFTagger.from_model(model)
    empty = tagger.marginals([[]])
    return {a for a in attributes if tagger.marginals([[a]]) != empty}


def save(trained: Trained, base: Path, meta: dict) -> None:
    base.parent.mkdir(parents=True, exist_ok=True)
    trained.model.save(str(base.with_suffix(".crf")))
    meta = {
        "features_version": FEATURES_VERSION,
        "labels": list(trained.model.get_labels()),
        **meta,
        # the featurizer computes only these at tagging time
        "attributes": sorted(trained.attributes),
    }
    base.with_suffix(".json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def decode(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """BIO tags → (first, last + 1, label); an I- after O or after another label opens a span."""
    spans: list[tuple[int, int, str]] = []
    start, label = None, None
    for i, tag in enumerate(list(tags) + ["O"]):
        kind, _, name = tag.partition("-")
        if start is not None and (kind != "I" or name != label):
            spans.append((start, i, label))
            start, label = None, None
        if kind == "B" or (kind == "I" and start is None):
            start, label = i, name
    return spans


class Tagger:
    """A trained model with its featurizer: token texts in, (first, end, label) spans out."""

    def __init__(self, base: Path = SHIPPED, trained: Optional[Trained] = None, lexicons=None):
        if trained is not None:
            self._tagger = CRFTagger.from_model(trained.model)
            self.meta: dict = {}
            known = trained.attributes
        else:
            weights, meta = Path(base).with_suffix(".crf"), Path(base).with_suffix(".json")
            if not weights.is_file() or not meta.is_file():
                raise ModelError(f"no NER model at {weights} (train one with `vnie train`)")
            self.meta = json.loads(meta.read_text(encoding="utf-8"))
            if self.meta.get("features_version") != FEATURES_VERSION:
                raise ModelError(
                    f"{weights} was trained on attributes version {self.meta.get('features_version')}, "
                    f"this code computes version {FEATURES_VERSION}: retrain it with `vnie train`"
                )
            self._tagger = CRFTagger()
            self._tagger.load(str(weights))
            known = frozenset(self.meta["attributes"]) if "attributes" in self.meta else None
        self.featurizer = Featurizer(lexicons=lexicons, known=known)

    def tags(self, texts: Sequence[str]) -> list[str]:
        if not texts:
            return []
        return self._tagger.tag(self.featurizer.attributes(texts))

    def spans(self, texts: Sequence[str], min_confidence: float = 0.0) -> list[tuple[int, int, str]]:
        """Spans of the best tag sequence; with `min_confidence`, only those whose every token's
        tag has at least that marginal probability."""
        if not texts:
            return []
        attributes = self.featurizer.attributes(texts)
        tags = self._tagger.tag(attributes)
        spans = decode(tags)
        if min_confidence <= 0 or not spans:
            return spans
        marginals = self._tagger.marginals(attributes)
        index = {label: i for i, label in enumerate(self._tagger.labels())}
        return [
            (first, end, label) for first, end, label in spans
            if min(marginals[i][index[tags[i]]] for i in range(first, end)) >= min_confidence
        ]
