import datetime as dt
import json
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.export.elasticsearch import bulk_lines, document, mapping
from pipeline.index.records import read_records
from pipeline.index.samples import DANTRI, dantri_articles
from pipeline.schema import PipelineInfo, Record

ROOT = Path(__file__).resolve().parents[2]
ORIGIN = "dbtv-2021-08-27-ubnd-phien-hop-thuong-ky"  # the article the project started from
GOLD_DEV = ROOT / "corpora" / "gold" / "dev.jsonl"


def conforms(value, spec: dict, where: str = "doc") -> None:
    """Check a document against a mapping as a strict index would: every field mapped, and each
    value of a type the field accepts."""
    if "properties" in spec:
        items = value if isinstance(value, list) else [value]
        for item in items:
            assert isinstance(item, dict), f"{where}: an object is mapped, got {item!r}"
            for key, sub in item.items():
                assert key in spec["properties"], f"{where}.{key} is not in the mapping (dynamic: strict)"
                conforms(sub, spec["properties"][key], f"{where}.{key}")
        return
    kind = spec["type"]
    for item in value if isinstance(value, list) else [value]:
        if kind in ("keyword", "text"):
            assert isinstance(item, str), f"{where}: {item!r} for {kind}"
        elif kind == "integer":
            assert isinstance(item, int) and not isinstance(item, bool), f"{where}: {item!r}"
        elif kind == "double":
            assert isinstance(item, (int, float)), f"{where}: {item!r}"
        elif kind == "date":
            formats = {4: "%Y", 7: "%Y-%m", 10: "%Y-%m-%d"}
            assert len(item) in formats, f"{where}: {item!r}"
            dt.datetime.strptime(item, formats[len(item)])
        else:
            raise AssertionError(f"{where}: unexpected type {kind}")


def test_mapping_is_strict_nested_and_folds_vietnamese():
    body = mapping()
    props = body["mappings"]["properties"]
    assert body["mappings"]["dynamic"] == "strict"
    for field in ("officials", "dates", "directives"):
        assert props[field]["type"] == "nested"
    analysis = body["settings"]["analysis"]
    analyzer = analysis["analyzer"]["vi_folding"]
    assert analyzer["filter"] == ["lowercase", "asciifolding"]
    mappings = analysis["char_filter"][analyzer["char_filter"][0]]["mappings"]
    assert "đ => d" in mappings and "Đ => D" in mappings
    assert analysis["normalizer"]["vi_folding"]["filter"] == ["lowercase", "asciifolding"]
    assert props["officials"]["properties"]["name"]["type"] == "keyword"  # facets aggregate exact names
    assert props["officials"]["properties"]["name"]["fields"]["fold"]["normalizer"] == "vi_folding"
    assert props["text"]["analyzer"] == "vi_folding"
    json.dumps(body)  # serialisable as the PUT body


def test_gold_document_conforms_and_keeps_every_directive(origin_gold):
    doc = document(origin_gold)
    conforms(doc, mapping()["mappings"])
    assert doc["id"] == origin_gold.id and doc["date"] == "2021-08-27" and doc["month"] == "2021-08"
    assert [d["text"] for d in doc["directives"]] == [
        d.text for m in origin_gold.meetings for item in m.agenda for d in item.directives
    ]
    assert [(d["meeting"], d["agenda"]) for d in doc["directives"]] == [(0, 0), (0, 1), (0, 3)]
    assert len(doc["meetings"][0]["agenda"]) == 5
    assert doc["facets"]["officials"] == ["Lê Thành Đô"]
    assert doc["officials"][0]["agencies"] == ["Tỉnh ủy Điện Biên", "Ủy ban nhân dân tỉnh Điện Biên"]
    for d in doc["dates"]:
        assert origin_gold.text[d["start"]:d["end"]] == d["text"]


def test_odd_dates_never_break_the_strict_mapping():
    record = Record(id="x", text="Ngày 2/9", published="--09-02", pipeline=PipelineInfo(version="t"))
    doc = document(record)
    assert "date" not in doc and doc["published"] == "--09-02"
    conforms(doc, mapping()["mappings"])


def test_bulk_pairs_action_and_document_with_record_id(origin_gold):
    other = Record(id="tin-2", text="Tin thứ hai", pipeline=PipelineInfo(version="t"))
    lines = list(bulk_lines([origin_gold, other]))
    assert len(lines) == 4
    for action, doc in zip(lines[::2], lines[1::2]):
        assert json.loads(action) == {"index": {"_id": json.loads(doc)["id"]}}
    assert [json.loads(x)["id"] for x in lines[1::2]] == [origin_gold.id, "tin-2"]
    assert json.loads(list(bulk_lines([other], index="vnie"))[0]) == {"index": {"_index": "vnie", "_id": "tin-2"}}
    assert list(bulk_lines([origin_gold, other])) == lines  # same input, same requests: re-sending is idempotent
    assert all("\n" not in line for line in lines)


@pytest.mark.skipif(not DANTRI.is_dir(), reason="needs ../shared/external/dantri-unc")
def test_real_pipeline_records_conform(nlp):
    from pipeline.api import extract

    for article in dantri_articles(limit=10):
        conforms(document(extract(article, nlp=nlp)), mapping()["mappings"])


def test_cli_writes_bulk_and_mapping(tmp_path, capsys):
    out = tmp_path / "bulk.ndjson"
    assert main(["export", str(GOLD_DEV), "--format", "elasticsearch", "-o", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    gold_ids = [r.id for r in read_records(GOLD_DEV)]
    assert len(lines) == 2 * len(gold_ids)
    assert [json.loads(x)["index"]["_id"] for x in lines[::2]] == [json.loads(x)["id"] for x in lines[1::2]] == gold_ids
    capsys.readouterr()
    assert main(["export", "--format", "opensearch", "--mapping"]) == 0
    assert json.loads(capsys.readouterr().out) == mapping()
    assert main(["export", "--format", "elasticsearch"]) == 2
