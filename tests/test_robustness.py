"""The whole pipeline on 500 real dantri articles (every section of the paper, not only government
news): no article crashes it, every record validates, and every offset points at its text."""

from pathlib import Path

import pytest

from pipeline.api import extract
from pipeline.recognize.model.data import dantri_files, read_dantri
from pipeline.schema import Record

DANTRI = Path(__file__).resolve().parents[2] / "shared" / "external" / "dantri-unc"
ARTICLES = 500


def spans_in(value, path="record"):
    """Every (path, start, end, text) held anywhere in a dumped record."""
    if isinstance(value, dict):
        if isinstance(value.get("start"), int) and isinstance(value.get("end"), int) and isinstance(value.get("text"), str):
            yield path, value["start"], value["end"], value["text"]
        for key, item in value.items():
            yield from spans_in(item, f"{path}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from spans_in(item, f"{path}[{i}]")


@pytest.mark.slow
@pytest.mark.skipif(not DANTRI.is_dir(), reason="../shared/external/dantri-unc is not here")
def test_500_real_articles_run_through_with_offsets_that_hold(nlp):
    files = dantri_files(DANTRI, every=5)[:ARTICLES]
    assert len(files) == ARTICLES
    crashed, wrong = [], []
    officials = entities = 0
    for path in files:
        try:
            record = extract(read_dantri(path), nlp=nlp)
        except Exception as exc:  # noqa: BLE001  collect them all, then fail once
            crashed.append(f"{path.name}: {type(exc).__name__}: {exc}")
            continue
        Record.model_validate(record.model_dump())
        for where, start, end, text in spans_in(record.model_dump(exclude={"text"})):
            if not (0 <= start <= end <= len(record.text)) or record.text[start:end] != text:
                wrong.append(f"{path.name} {where}: {start}:{end} {text!r}")
        officials += len(record.officials)
        entities += len(record.entities)
    assert not crashed, crashed[:5]
    assert not wrong, wrong[:5]
    assert officials > 100 and entities > 10_000  # the run found things, it did not skip them
