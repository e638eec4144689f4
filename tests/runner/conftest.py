import json
from pathlib import Path

import pytest
from runner_helpers import seed_variants


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
