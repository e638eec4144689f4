from pathlib import Path

from pipeline.index.records import read_records
from pipeline.schema import Entity, PipelineInfo, Record
from pipeline.views.spans import highlights

ORIGIN = "dbtv-2021-08-27-ubnd-phien-hop-thuong-ky"  # the article the project started from
GOLD_DEV = Path(__file__).resolve().parents[2] / "corpora" / "gold" / "dev.jsonl"


def test_highlights_cover_every_entity_without_overlap():
    gold = next(r for r in read_records(GOLD_DEV) if r.id == ORIGIN)
    chosen = highlights(gold)
    assert all(a.end <= b.start for a, b in zip(chosen, chosen[1:]))
    for e in gold.entities:
        assert any(h.start <= e.start and e.end <= h.end for h in chosen), e
    notes = {gold.text[h.start:h.end]: h.note for h in chosen if h.label == "DATE"}
    assert notes["ngày 2/9"] == "2021-09-02 · deadline"


def test_pipeline_entities_alone_are_highlighted():
    text = "Ông Lê Văn A làm việc tại Hà Nội."
    record = Record(
        id="x", text=text, pipeline=PipelineInfo(version="t"),
        entities=[
            Entity(start=4, end=12, text="Lê Văn A", label="PER", source="rule", rule_id="ner.person"),
            Entity(start=26, end=32, text="Hà Nội", label="LOC", source="model"),
            Entity(start=22, end=32, text="tại Hà Nội", label="LOC", source="model"),  # overlaps: the longer wins
        ],
    )
    assert [(text[h.start:h.end], h.label) for h in highlights(record)] == [("Lê Văn A", "PER"), ("tại Hà Nội", "LOC")]
