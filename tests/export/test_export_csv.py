import csv
import io
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.export.csv_tables import TABLES, write_table, write_tables
from pipeline.index.records import read_records
from pipeline.schema import PipelineInfo, Record
from pipeline.views.spans import all_directives

ROOT = Path(__file__).resolve().parents[2]
ORIGIN = "dbtv-2021-08-27-ubnd-phien-hop-thuong-ky"  # the article the project started from
GOLD_DEV = ROOT / "corpora" / "gold" / "dev.jsonl"


def rows(name: str, records) -> list[dict]:
    out = io.StringIO()
    write_table(name, records, out)
    return list(csv.DictReader(io.StringIO(out.getvalue())))


def test_one_row_per_official_mention_with_its_sentence(origin_gold):
    got = rows("officials", [origin_gold])
    assert len(got) == sum(len(o.mentions) for o in origin_gold.officials) == 6
    for row in got:
        start, end = int(row["start"]), int(row["end"])
        assert origin_gold.text[start:end] == row["mention"] == "Lê Thành Đô"
        assert row["mention"] in row["sentence"] and row["sentence"] in origin_gold.text
        assert "\n" not in row["sentence"]
    assert got[0]["titles"] == "Phó Bí thư Tỉnh ủy; Chủ tịch UBND tỉnh"


def test_one_row_per_directive_with_its_agenda_item(origin_gold):
    got = rows("directives", [origin_gold])
    assert len(got) == 3
    assert [(r["meeting_no"], r["agenda_no"]) for r in got] == [("1", "1"), ("1", "2"), ("1", "4")]
    assert got[1]["deadline"] == "2021-09-02" and got[1]["assignees"] == "Công an tỉnh Điện Biên"
    for row in got:
        assert origin_gold.text[int(row["start"]):int(row["end"])] == row["text"]


def test_one_row_per_meeting(origin_gold):
    (row,) = rows("meetings", [origin_gold])
    assert row["kind"] == "phiên họp thường kỳ" and row["agenda_items"] == "5" and row["directives"] == "3"
    assert row["agenda"].count(" | ") == 4 and row["chair"] == "Lê Thành Đô"


def test_records_without_values_give_no_rows():
    empty = Record(id="e", text="Tin ngắn", pipeline=PipelineInfo(version="t"))
    assert all(rows(name, [empty]) == [] for name in TABLES)


def test_cli_writes_all_tables_for_spreadsheets(tmp_path, capsys):
    records = list(read_records(GOLD_DEV))
    folder = tmp_path / "tables"
    assert main(["export", str(GOLD_DEV), "--format", "csv", "-o", str(folder)]) == 0
    assert sorted(p.name for p in folder.iterdir()) == ["directives.csv", "meetings.csv", "officials.csv"]
    raw = (folder / "officials.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: spreadsheet programs read UTF-8
    with (folder / "directives.csv").open(encoding="utf-8-sig", newline="") as fh:
        assert len(list(csv.DictReader(fh))) == sum(len(all_directives(r)) for r in records)
    capsys.readouterr()
    assert main(["export", str(GOLD_DEV), "--format", "csv", "--table", "meetings"]) == 0
    meetings = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(m["record_id"], m["kind"]) for m in meetings] == [(r.id, m.kind or "") for r in records for m in r.meetings]
    assert main(["export", str(GOLD_DEV), "--format", "csv"]) == 2  # all tables need a folder


def test_write_tables_counts_rows(tmp_path, origin_gold):
    assert write_tables([origin_gold, origin_gold], tmp_path) == {"officials": 12, "directives": 6, "meetings": 2}


def test_a_record_that_cannot_be_exported_is_reported_and_skipped(tmp_path, origin_gold, monkeypatch):
    import pipeline.export.csv_tables as tables

    columns, meeting_rows = tables.TABLES["meetings"]

    def fragile(record):
        if record.id == "odd":
            raise ValueError("broken meeting")
        return meeting_rows(record)

    monkeypatch.setitem(tables.TABLES, "meetings", (columns, fragile))
    odd = Record(id="odd", text="Tin lạ", pipeline=PipelineInfo(version="t"))
    errors = []
    counts = write_tables([odd, origin_gold], tmp_path, on_error=errors.append)
    assert counts == {"officials": 6, "directives": 3, "meetings": 1}
    assert [e.message for e in errors] == ["odd: broken meeting"]
