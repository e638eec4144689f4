"""The other learner the issue names: spaCy's transition-based NER (CPU, hash-embedding CNN), trained
on exactly the sentences and folds `vnie train --cv` gives the CRF, and measured the same way
(the model alone, exact spans), plus its size, load time and tagging speed.

    .venv/bin/python bench/ner_spacy.py --folds 5 --epochs 8

It needs the silver articles (../shared/external/dantri-unc) like `vnie train`. It only measures:
the shipped model is the CRF (see BENCHMARKS.md, section ner, for why).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import spacy  # noqa: E402
from spacy.tokens import Doc  # noqa: E402
from spacy.training import Example, biluo_tags_to_spans, iob_to_biluo  # noqa: E402
from spacy.util import minibatch  # noqa: E402

from pipeline.evaluate.scores import Counts  # noqa: E402
from pipeline.recognize.model import crf, data  # noqa: E402
from pipeline.recognize.model.train import TrainConfig, folds_of, load_gold, load_silver, training_set  # noqa: E402


def to_doc(vocab, ex: data.Example) -> Doc:
    doc = Doc(vocab, words=ex.texts)
    doc.ents = biluo_tags_to_spans(doc, iob_to_biluo(ex.tags))
    return doc


def fit(examples: list[data.Example], epochs: int, seed: int):
    nlp = spacy.blank("xx")
    nlp.add_pipe("ner")
    train = [Example(Doc(nlp.vocab, words=ex.texts), to_doc(nlp.vocab, ex)) for ex in examples]
    spacy.util.fix_random_seed(seed)
    optimizer = nlp.initialize(lambda: train)
    rng = random.Random(seed)
    for epoch in range(epochs):
        rng.shuffle(train)
        losses: dict = {}
        for batch in minibatch(train, size=64):
            nlp.update(batch, drop=0.2, sgd=optimizer, losses=losses)
        print(f"  epoch {epoch + 1}: loss {losses.get('ner', 0):.0f}", file=sys.stderr, flush=True)
    return nlp


def spans_of(doc: Doc) -> set[tuple[int, int, str]]:
    return {(e.start, e.end, e.label_) for e in doc.ents}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--config", default=None)
    args = ap.parse_args()

    config = TrainConfig.from_file(args.config)
    gold = load_gold(config)
    silver, _ = load_silver(config, lambda m: print(m, file=sys.stderr))
    counts = {label: Counts() for label in (*data.LABELS, "all")}
    fit_seconds, tag_seconds, tagged_tokens = 0.0, 0.0, 0
    nlp = None
    for n, held in enumerate(folds_of([ex.doc_id for ex in gold], args.folds, config.seed), 1):
        examples = training_set(config, [ex for ex in gold if ex.doc_id not in held], silver)
        started = time.perf_counter()
        nlp = fit(examples, args.epochs, config.seed)
        fit_seconds += time.perf_counter() - started
        test = [ex for ex in gold if ex.doc_id in held]
        docs = [Doc(nlp.vocab, words=ex.texts) for ex in test]
        started = time.perf_counter()
        docs = list(nlp.pipe(docs))
        tag_seconds += time.perf_counter() - started
        tagged_tokens += sum(len(d) for d in docs)
        for ex, doc in zip(test, docs):
            g, p = set(crf.decode(ex.tags)), spans_of(doc)
            for label in data.LABELS:
                gl, pl = {s for s in g if s[2] == label}, {s for s in p if s[2] == label}
                for c in (counts[label], counts["all"]):
                    c.tp += len(gl & pl)
                    c.fp += len(pl - gl)
                    c.fn += len(gl - pl)
        print(f"fold {n}: all F1 so far {counts['all'].f1:.3f}", file=sys.stderr, flush=True)

    with tempfile.TemporaryDirectory() as tmp:
        nlp.to_disk(tmp)
        size = sum(p.stat().st_size for p in Path(tmp).rglob("*") if p.is_file())
        started = time.perf_counter()
        spacy.load(tmp)
        load_seconds = time.perf_counter() - started
    print(f"spaCy NER, {args.folds}-fold CV, {args.epochs} epochs, sentences of {len(gold)} gold (x{config.gold_repeat}) + silver")
    print("| label | gold | pred | P | R | F1 |\n|---|---|---|---|---|---|")
    for label, c in counts.items():
        print(f"| {label} | {c.gold} | {c.pred} | {c.precision:.3f} | {c.recall:.3f} | {c.f1:.3f} |")
    print(f"fit {fit_seconds / args.folds:.0f} s a fold; model {size / 1e6:.1f} MB; load {load_seconds:.2f} s; "
          f"tagging {tagged_tokens / tag_seconds:.0f} tokens/s (nlp.pipe, 1 thread)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
