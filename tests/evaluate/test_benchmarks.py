"""Recording figures into BENCHMARKS.md and comparing fresh figures with recorded ones."""

import json
from pathlib import Path

from pipeline.evaluate.benchmarks import SECTION_END, SECTION_START, TOLERANCE, figures_path, record, regressions, replace_section
from pipeline.evaluate.run import evaluate

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "corpora" / "gold" / "dev.jsonl"


def test_the_section_is_appended_then_replaced_in_place():
    other = "# Benchmarks\n\n<!-- bench:batch -->\nthroughput 12 articles/s\n<!-- /bench:batch -->\n"
    once = replace_section(other, "F1 0.1\n")
    assert once.startswith(other.rstrip("\n"))
    assert once.count(SECTION_START) == 1 and "F1 0.1" in once
    twice = replace_section(once + "\ntail text\n", "F1 0.2\n")
    assert "F1 0.1" not in twice and "F1 0.2" in twice
    assert "throughput 12 articles/s" in twice and twice.rstrip().endswith("tail text")
    assert twice.index(SECTION_END) < twice.index("tail text")
    assert replace_section("", "x\n").startswith("# Benchmarks\n")


def test_regressions_beyond_the_tolerance_only():
    recorded = {"a.f1": 0.50, "b.f1": 0.50, "c.rate": 0.80, "d.f1": 0.30, "e.f1": 0.4}
    current = {"a.f1": 0.49, "b.f1": 0.40, "c.rate": None, "d.f1": 0.90}
    problems = regressions(recorded, current, tolerance=0.02)
    assert len(problems) == 2
    assert problems[0].startswith("b.f1: 0.400 < recorded 0.500")
    assert problems[1].startswith("e.f1: recorded 0.400, no longer measured")
    assert TOLERANCE == 0.02


def test_record_writes_the_markdown_section_and_the_figures_json(tmp_path, origin_gold):
    DEV = origin_gold
    evaluation = evaluate(DEV, pred_path=DEV)
    md = tmp_path / "BENCHMARKS.md"
    md.write_text("# Benchmarks\n\nother helpers' numbers\n", encoding="utf-8")
    path = record(evaluation, md, "vnie eval corpora/gold/dev.jsonl --record BENCHMARKS.md", "2025-01-02")
    assert path == figures_path(md, str(DEV)) == tmp_path / "benchmarks" / "eval-dev.json"
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["figures"] == evaluation.figures()
    assert saved["gold_sha256"] == evaluation.gold_sha256 and saved["tolerance"] == TOLERANCE
    assert saved["fields"]["officials.name"]["f1"] == 1.0
    text = md.read_text(encoding="utf-8")
    assert "other helpers' numbers" in text
    assert "Measured on 2025-01-02 with `vnie eval corpora/gold/dev.jsonl --record BENCHMARKS.md`" in text
    assert "| officials.name | 1 | 1 | 1.000 | 1.000 | 1.000 |" in text
    assert "| meetings.agenda_count | 1 | 1 | 1.000 |" in text
