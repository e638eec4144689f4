"""`vnie train`: a model reproduced from the repo's data on a tiny configuration, and the silver
data chosen so that names the rules miss are never taught as O."""

import json
from pathlib import Path

import pytest
import yaml

from pipeline.cli import main
from pipeline.recognize.model import crf
from pipeline.recognize.model.data import SilverPolicy, SilverStats, dantri_files, pipeline_until, silver_examples
from pipeline.recognize.model.train import TrainConfig, load_gold, model_counts

ROOT = Path(__file__).resolve().parents[2]
DANTRI = ROOT.parent / "shared" / "external" / "dantri-unc"
TINY_GOLD = 100  # dev articles the tiny configuration trains on
needs_dantri = pytest.mark.skipif(not DANTRI.is_dir(), reason="../shared/external/dantri-unc is not here")


@pytest.fixture(scope="module")
def tiny_config(tmp_path_factory) -> Path:
    """The shipped training setup, shrunk: the first 100 dev articles (the split keeps growing; the
    test is about training, not about the corpus), a few silver articles (when they are here), few
    iterations."""
    raw = yaml.safe_load((ROOT / "pipeline" / "recognize" / "model" / "train.yaml").read_text(encoding="utf-8"))
    folder = tmp_path_factory.mktemp("cfg")
    gold = folder / "gold.jsonl"
    lines = (ROOT / "corpora" / "gold" / "dev.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    gold.write_text("".join(lines[:TINY_GOLD]), encoding="utf-8")
    raw["gold"] = [str(gold)]
    raw["gold_repeat"] = 1
    raw["silver_dir"] = str(DANTRI) if DANTRI.is_dir() else None
    raw["silver_limit"] = 3
    raw["crf"]["max_iterations"] = 40
    path = folder / "tiny.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return path


def test_vnie_train_writes_a_model_that_learnt_the_gold(tiny_config, tmp_path):
    out = tmp_path / "tiny"
    assert main(["train", "--config", str(tiny_config), "--output", str(out), "--no-cache"]) == 0
    meta = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    config = TrainConfig.from_file(tiny_config)
    assert meta["config"] == config.as_dict()
    assert meta["gold_sentences"] > 400 and meta["attributes"]
    if DANTRI.is_dir():
        assert meta["silver"]["articles"] == 3
    counts = model_counts(crf.Tagger(out), load_gold(config))
    assert counts["all"].f1 > 0.9, counts["all"].as_dict()

    # trained again, the same model (up to the order in which floats were summed)
    again = tmp_path / "again"
    assert main(["train", "--config", str(tiny_config), "--output", str(again), "--no-cache"]) == 0
    assert json.loads(again.with_suffix(".json").read_text())["attributes"] == meta["attributes"]
    first, second = crf.Tagger(out), crf.Tagger(again)
    for ex in load_gold(config)[:100]:
        assert first.tags(ex.texts) == second.tags(ex.texts)


def test_cross_validation_reports_per_label_figures(tiny_config, tmp_path, capsys):
    report = tmp_path / "cv.json"
    assert main(["train", "--config", str(tiny_config), "--cv", "2", "--model-only", "--json", str(report), "--no-cache"]) == 0
    figures = json.loads(report.read_text(encoding="utf-8"))
    assert figures["folds"] == 2 and figures["articles"] == TINY_GOLD
    assert set(figures["model"]) == {"PER", "ORG", "LOC", "all"}
    assert figures["model"]["PER"]["f1"] > 0.5
    assert "| PER |" in capsys.readouterr().out


def test_a_bad_configuration_is_reported_not_raised(tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text("gold: [x]\nlearning_rate: 3\n", encoding="utf-8")
    assert main(["train", "--config", str(bad)]) == 1
    assert "learning_rate" in capsys.readouterr().err


@needs_dantri
def test_silver_keeps_only_sentences_the_sure_rules_explain():
    """news_society_010: 'Trung' (a name no rule marks) opens and fills sentences; those must not
    become silver, while 'em Hồ Văn Trung' (an honorific) is a sure PER."""
    config = TrainConfig.from_file()
    policy = SilverPolicy(frozenset(config.sure_rules), frozenset(config.isolated_rules), config.title_orgs, config.common_ratio)
    stats = SilverStats()
    examples = silver_examples([DANTRI / "news_society_010.txt"], policy, nlp=pipeline_until("vnie_entity_rules"), stats=stats)
    sentences = {" ".join(ex.texts): ex for ex in examples}
    assert not any("Trung nghe tin" in s for s in sentences)
    kept = next(ex for s, ex in sentences.items() if s.startswith("Hiện giờ chỉ còn em Hồ Văn Trung"))
    assert [(w, t) for w, t in zip(kept.texts, kept.tags) if t != "O"] == [
        ("Hồ", "B-PER"), ("Văn", "I-PER"), ("Trung", "I-PER")]
    assert stats.dropped["uncovered capitalized word"] > 0 and stats.kept == len(examples)


@needs_dantri
def test_the_silver_reader_drops_the_header_lines():
    from pipeline.recognize.model.data import read_dantri

    path = dantri_files(DANTRI, limit=1)[0]
    article = read_dantri(path)
    assert not article.text.startswith("#") and article.id == path.stem
    assert article.published and article.url.startswith("https://dantri.com.vn/")
