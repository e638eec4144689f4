from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ORIGIN_ID = "dbtv-2021-08-27-ubnd-phien-hop-thuong-ky"


@pytest.fixture
def origin_gold(tmp_path) -> Path:
    """A one-article gold file (the origin article), so these tests do not change as the corpus grows."""
    lines = (ROOT / "corpora" / "gold" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    line = next(x for x in lines if f'"id":"{ORIGIN_ID}"' in x)
    path = tmp_path / "gold" / "dev.jsonl"
    path.parent.mkdir()
    path.write_text(line + "\n", encoding="utf-8")
    return path
