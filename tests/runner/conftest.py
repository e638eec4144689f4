import json
from pathlib import Path

import pytest

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


@pytest.fixture
def article_dir(tmp_path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for i, text in enumerate(seed_variants(40)):
        (folder / f"a{i:03d}.txt").write_text(text, encoding="utf-8")
    (folder / "feed.jsonl").write_text(
        "\n".join(json.dumps({"id": f"j{i}", "text": t}, ensure_ascii=False) for i, t in enumerate(seed_variants(6)))
        + "\n{\"title\": \"no text\"}\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    return folder


def read_jsonl(path) -> list[dict]:
    p = Path(path)
    if not p.exists():
        return []
    return [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines()]
