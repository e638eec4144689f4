"""Inputs and readers shared by the runner tests."""

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
SEED = ROOT / "corpora" / "articles" / "dbtv-2021-08-27-ubnd-phien-hop-thuong-ky.txt"


def seed_variants(n: int) -> list[str]:
    """`n` distinct articles cut from the seed article: a title, then a rotating run of its
    paragraphs (real text, varied lengths, without reading anything outside the repo)."""
    lines = SEED.read_text(encoding="utf-8").split("\n")
    paragraphs = [line for line in lines[3:] if len(line) > 40]
    out = []
    for i in range(n):
        k = 1 + i % len(paragraphs)
        body = [paragraphs[(i + j) % len(paragraphs)] for j in range(k)]
        out.append(f"Bài {i}: {lines[0]}\n\n" + "\n\n".join(body) + "\n")
    return out


def read_jsonl(path) -> list[dict]:
    p = Path(path)
    if not p.exists():
        return []
    return [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines()]
