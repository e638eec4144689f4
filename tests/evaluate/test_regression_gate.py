"""The regression gate: the test split's figures never fall below those `make eval` recorded."""

from pathlib import Path

import pytest

from pipeline.evaluate.benchmarks import NothingRecorded, check_recorded, record
from pipeline.evaluate.run import evaluate, read_records

ROOT = Path(__file__).resolve().parents[2]
FIGURES = ROOT / "benchmarks" / "eval-test.json"


@pytest.mark.slow
def test_test_split_figures_have_not_regressed(nlp):
    try:
        problems = check_recorded(FIGURES, ROOT, nlp=nlp)
    except NothingRecorded as reason:
        pytest.skip(f"regression gate: {reason}")
    assert not problems, "the test split's figures regressed:\n" + "\n".join(problems)


@pytest.fixture
def corpus(tmp_path):
    """Part of the dev gold (its first 60 articles: scoring all of it takes seconds a test), with
    figures recorded by scoring the gold against itself."""
    (tmp_path / "gold").mkdir()
    gold = tmp_path / "gold" / "dev.jsonl"
    lines = (ROOT / "corpora" / "gold" / "dev.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    gold.write_text("".join(lines[:60]), encoding="utf-8")
    evaluation = evaluate(gold, pred_path=gold)
    record(evaluation, tmp_path / "BENCHMARKS.md", "test", "2025-01-01")
    return tmp_path, gold, tmp_path / "benchmarks" / "eval-dev.json"


def test_the_gate_passes_when_nothing_fell(corpus):
    root, gold, figures = corpus
    assert check_recorded(figures, root, pred_path=gold) == []


def test_the_gate_names_every_figure_that_fell(corpus, tmp_path):
    root, gold, figures = corpus
    worse = [r.model_copy(update={"officials": [], "meetings": []}) for r in read_records(gold, "gold")]
    pred = tmp_path / "worse.jsonl"
    pred.write_text("".join(r.model_dump_json() + "\n" for r in worse), encoding="utf-8")
    problems = check_recorded(figures, root, pred_path=pred)
    assert any(p.startswith("officials.name.f1: 0.000 < recorded 1.000") for p in problems)
    assert any(p.startswith("meetings.detection.f1: 0.000 < recorded 1.000") for p in problems)
    assert not any(p.startswith(("agencies.", "dates.")) for p in problems)  # what stayed is not reported


def test_the_gate_refuses_figures_of_another_gold(corpus):
    root, gold, figures = corpus
    gold.write_text(gold.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    (problem,) = check_recorded(figures, root, pred_path=gold)
    assert "changed since the figures were recorded" in problem


def test_the_gate_skips_when_nothing_is_recorded(tmp_path):
    with pytest.raises(NothingRecorded, match="no figures recorded yet"):
        check_recorded(tmp_path / "benchmarks" / "eval-test.json", tmp_path)
