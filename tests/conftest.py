from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpora" / "articles" / "dbtv-2021-08-27-ubnd-phien-hop-thuong-ky.txt"
SHARED = ROOT.parent / "shared"


def pytest_sessionstart(session):
    """The dev split is built from corpora/src, not kept in git: build it when a fresh checkout
    runs pytest without `make test` (five seconds)."""
    if not (ROOT / "corpora" / "gold" / "dev.jsonl").exists():
        from pipeline.gold.build import build_corpus

        build_corpus(ROOT / "corpora")


@pytest.fixture(scope="session")
def nlp():
    from pipeline.api import load

    return load()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_record(nlp, seed_text):
    from pipeline.api import extract

    return extract(seed_text, nlp=nlp, path=str(SEED))


@pytest.fixture(scope="session")
def seed_doc(nlp, seed_text):
    from pipeline.api import analyse
    from pipeline.read import Article

    return analyse(nlp, Article.from_raw(seed_text, title_in_text=True))


@pytest.fixture(scope="session")
def origin_gold():
    """The gold record of the origin article, for tests of views and exports that need every field."""
    import json

    from pipeline.index.records import parse_record

    # (its line found as text: parsing the thousand records before it takes seconds)
    with (ROOT / "corpora" / "gold" / "dev.jsonl").open(encoding="utf-8") as lines:
        return parse_record(json.loads(next(line for line in lines if f'"{SEED.stem}"' in line[:200])))
