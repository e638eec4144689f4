"""`vnie eval` from the command line."""

import json
from pathlib import Path

from pipeline.cli import main

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "corpora" / "gold" / "dev.jsonl"


def test_table_and_json_for_a_records_file(tmp_path, capsys, origin_gold):
    DEV = origin_gold
    out = tmp_path / "eval.json"
    assert main(["eval", str(DEV), "--pred", str(DEV), "--no-baseline", "--json", str(out)]) == 0
    table = capsys.readouterr().out
    assert "officials.name" in table and "meetings.no_invented" in table
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["fields"]["dates.span+value"]["f1"] == 1.0
    assert data["per_article"][0]["fields"]["dates.span"]["missed"] == []
    assert "baseline" not in data


def test_json_on_stdout_and_the_underthesea_columns(tmp_path, capsys, origin_gold):
    DEV = origin_gold
    assert main(["eval", str(DEV), "--json", "--cache-dir", str(tmp_path)]) == 0
    captured = capsys.readouterr()
    data = json.loads(captured.out)  # stdout holds the JSON alone
    assert data["predictions"] == "pipeline"
    base = data["baseline"]
    assert base["name"] == "underthesea.ner"
    assert set(base["fields"]) == {f"entities.{l}.{m}" for l in ("PER", "ORG", "LOC") for m in ("exact", "partial")}
    assert base["fields"]["entities.PER.partial"]["pred"] > 0
    assert "uts F1" in captured.err  # the table went to stderr
    assert list(tmp_path.rglob("*.json")), "underthesea's output was not cached"


def test_record_into_benchmarks(tmp_path, capsys, origin_gold):
    DEV = origin_gold
    md = tmp_path / "BENCHMARKS.md"
    assert main(["eval", str(DEV), "--pred", str(DEV), "--no-baseline", "--record", str(md)]) == 0
    assert "<!-- bench:eval -->" in md.read_text(encoding="utf-8")
    assert json.loads((tmp_path / "benchmarks" / "eval-dev.json").read_text(encoding="utf-8"))["articles"] == 1


def test_unusable_gold_is_a_clear_error(tmp_path, capsys):
    empty = tmp_path / "test.jsonl"
    empty.write_text("", encoding="utf-8")
    assert main(["eval", str(empty), "--no-baseline"]) == 1
    assert "holds no articles" in capsys.readouterr().err
    assert main(["eval", str(tmp_path / "absent.jsonl")]) == 1
    assert "cannot read the gold file" in capsys.readouterr().err
