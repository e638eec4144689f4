"""What the shipped NER model costs: size on disk, load time, and tagging speed of the `vnie_ner`
component alone and of the whole pipeline with and without it, on real dantri articles.

    .venv/bin/python bench/ner_speed.py --articles 300

One process, one thread; the first 20 articles warm up and are not timed. The tagger alone is
timed twice over the same articles: its word and bigram caches fill on the first pass, and a
long batch runs mostly warm.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

from pipeline.api import load, make_doc  # noqa: E402
from pipeline.recognize.model.crf import SHIPPED, Tagger  # noqa: E402
from pipeline.recognize.model.data import dantri_files, read_dantri  # noqa: E402

DANTRI = Path(__file__).resolve().parents[2] / "shared" / "external" / "dantri-unc"
WARMUP = 20


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--folder", default=str(DANTRI))
    args = ap.parse_args()
    if not Path(args.folder).is_dir():
        print(f"no articles at {args.folder}", file=sys.stderr)
        return 1
    files = dantri_files(args.folder, every=max(1, 2653 // (args.articles + WARMUP)))[: args.articles + WARMUP]
    articles = [read_dantri(p) for p in files]

    size = SHIPPED.with_suffix(".crf").stat().st_size
    started = time.perf_counter()
    Tagger(SHIPPED)
    load_seconds = time.perf_counter() - started

    nlp = load()
    ner = nlp.get_pipe("vnie_ner")
    before = [name for name in nlp.pipe_names if name != "vnie_ner"]
    before = before[: before.index("vnie_entities")]
    # docs as they reach the tagger
    docs = []
    for article in articles:
        doc = make_doc(nlp, article)
        for name in before:
            doc = nlp.get_pipe(name)(doc)
        docs.append(doc)
    for doc in docs[:WARMUP]:
        ner(doc)
    timed = docs[WARMUP:]
    passes = []
    for _ in range(2):  # the word and bigram caches fill on the first pass over new text
        started = time.perf_counter()
        for doc in timed:
            ner(doc)
        passes.append(time.perf_counter() - started)
    cold, ner_seconds = passes
    tokens = sum(len(d) for d in timed)

    def whole(nlp_) -> float:
        for article in articles[:WARMUP]:
            nlp_(make_doc(nlp_, article))
        t = time.perf_counter()
        for article in articles[WARMUP:]:
            nlp_(make_doc(nlp_, article))
        return time.perf_counter() - t

    with_model = whole(nlp)
    without = whole(load(overrides={"nlp.pipeline": [n for n in nlp.pipe_names if n != "vnie_ner"]}))
    n = len(timed)
    print(f"model {SHIPPED.with_suffix('.crf').name}: {size / 1e6:.2f} MB, loads in {load_seconds:.2f} s")
    print(f"vnie_ner alone: {n / ner_seconds:.0f} articles/s ({ner_seconds / n * 1000:.1f} ms an article, "
          f"{tokens / n:.0f} tokens an article, {tokens / ner_seconds:.0f} tokens/s); "
          f"first pass over these articles {cold / n * 1000:.1f} ms an article")
    print(f"whole pipeline: {n / with_model:.0f} articles/s with the model ({with_model / n * 1000:.1f} ms), "
          f"{n / without:.0f} without ({without / n * 1000:.1f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
