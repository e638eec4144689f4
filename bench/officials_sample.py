"""A random sample of the officials the pipeline extracts from real dantri news, printed with the
sentence that gives each title, for checking by hand (BENCHMARKS.md, section officials).

    .venv/bin/python bench/officials_sample.py --articles 500 --sample 50 --seed 7

The articles are the ones `tests/test_robustness.py` runs (every 5th file, the first 500).
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from pipeline.api import extract, load
from pipeline.recognize.model.data import dantri_files, read_dantri

DANTRI = Path(__file__).resolve().parents[2] / "shared" / "external" / "dantri-unc"


def sentence_around(text: str, start: int, end: int) -> str:
    lo = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start) + 1, 0)
    hi = min(p for p in (text.find("\n", end), text.find(". ", end), len(text)) if p >= 0)
    return " ".join(text[lo:hi].split())


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=500)
    ap.add_argument("--sample", type=int, default=50)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    nlp = load()
    found = []
    files = dantri_files(DANTRI, every=5)[: args.articles]
    for path in files:
        record = extract(read_dantri(path), nlp=nlp)
        for official in record.officials:
            first = min(official.title_details, key=lambda t: t.start)
            found.append((path.stem, official, sentence_around(record.text, first.start, first.end)))
    print(f"{len(found)} officials in {len(files)} articles; a sample of {args.sample} (seed {args.seed}):\n")
    print("| # | article | name | titles | sentence |")
    print("|---|---|---|---|---|")
    for n, (article, official, sentence) in enumerate(random.Random(args.seed).sample(found, args.sample), 1):
        titles = " · ".join(official.titles)
        print(f"| {n} | {article} | {official.name} | {titles} | {sentence[:220]} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
