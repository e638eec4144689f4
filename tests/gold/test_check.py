"""`vnie gold check`: every offset points at the text it claims, and the test split stays frozen."""

import json
import shutil
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.gold.build import build_corpus, build_record
from pipeline.gold.check import check_corpus, check_record

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpora"


def test_the_committed_corpus_is_valid():
    assert check_corpus(CORPUS) == []


def test_the_command_says_so(capsys):
    assert main(["gold", "check", "--root", str(CORPUS)]) == 0
    assert "gold corpus OK" in capsys.readouterr().out


def good_record():
    return build_record({
        "id": "x",
        "text": "Ông {{PER id=p|Vừ A Bằng}}, {{TITLE id=p|Bí thư {{ORG full=\"Huyện ủy Mường Nhé\"|Huyện ủy}}}}, "
                "dự họp {{DATE value=2021-05-12 gran=day|ngày 12/5}}.",
    })


def test_a_good_record_has_no_problem():
    assert check_record(good_record()) == []


def test_problems_the_schema_cannot_see():
    record = good_record()
    record.entities[0].text = "Vừ A Bằn"  # an offset that no longer quotes its text
    record.dates[0].value = "12/5/2021"  # not ISO 8601
    record.officials[0].titles = []
    problems = check_record(record)
    assert any("entities[0]" in p and "is not 'Vừ A Bằn'" in p for p in problems)
    assert any("'12/5/2021' is not ISO 8601" in p for p in problems)
    assert any("without titles" in p for p in problems)


def test_spans_with_spaces_and_overlapping_entities():
    record = build_record({"id": "x", "text": "Họp tại {{LOC kind=province|Điện Biên }}và {{ORG full=a|UBND}} {{LOC kind=province|tỉnh}}."})
    record.entities[2].start -= 2  # 'tỉnh' now starts inside 'UBND'…
    record.entities[2].text = record.text[record.entities[2].start:record.entities[2].end]
    problems = check_record(record)
    assert any("'Điện Biên ' has surrounding whitespace" in p for p in problems)
    assert any(p.startswith("entities overlap: 'UBND' (ORG)") for p in problems)


@pytest.mark.parametrize("iso", ["2021-08-27", "2021-08", "2021", "2021-Q3", "2021-H1", "2021/2025", "P5Y", "--09-02",
                                 "2021-08-27T20:35:00+07:00", "14:30"])
def test_iso_values_the_guidelines_use(iso):
    record = good_record()
    record.dates[0].value = iso
    assert check_record(record) == []


@pytest.fixture
def corpus(tmp_path):
    """A small corpus of real sources from both splits (the checks need no more), plus one test article."""
    root = tmp_path / "corpora"
    (root / "src").mkdir(parents=True)
    manifest = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
    kept = [i for split in ("dev", "test") for i in sorted(i for i, s in manifest["splits"].items() if s == split)[:3]]
    for i in kept:
        shutil.copy(CORPUS / "src" / f"{i}.yaml", root / "src")
    (root / "src" / "b-test.yaml").write_text("id: b-test\ntext: 'Nội dung {{PER id=a|An}}.'\n", encoding="utf-8")
    manifest["splits"] = {i: manifest["splits"][i] for i in kept} | {"b-test": "test"}
    (root / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    build_corpus(root, freeze=True)
    assert check_corpus(root) == []
    return root


def test_a_changed_test_split_is_caught(corpus):
    path = corpus / "gold" / "test.jsonl"
    path.write_text(path.read_text(encoding="utf-8").replace('"An"', '"An" ', 1), encoding="utf-8")
    assert any("changed since the manifest froze it" in p for p in check_corpus(corpus))


def test_split_and_manifest_must_agree(corpus):
    manifest = json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))
    manifest["splits"]["b-test"] = "dev"
    manifest["splits"]["ghost"] = "dev"
    (corpus / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    problems = check_corpus(corpus)
    assert any("b-test is in test, the manifest says dev" in p for p in problems)
    assert any("ghost is in the manifest but in no gold file" in p for p in problems)


def test_an_id_in_both_splits_and_a_missing_file(corpus):
    dev = corpus / "gold" / "dev.jsonl"
    test = corpus / "gold" / "test.jsonl"
    dev.write_text(dev.read_text(encoding="utf-8") + test.read_text(encoding="utf-8"), encoding="utf-8")
    assert any("id b-test also in dev" in p for p in check_corpus(corpus))
    test.unlink()
    assert any("test.jsonl is missing" in p for p in check_corpus(corpus))


def test_an_unreadable_line_is_a_problem_not_a_crash(corpus, capsys):
    (corpus / "gold" / "dev.jsonl").write_text('{"id": "x", "text": "a", "entities": [{"start": 0}]}\n', encoding="utf-8")
    problems = check_corpus(corpus)
    assert any("dev.jsonl:1:" in p for p in problems)
    assert main(["gold", "check", "--root", str(corpus)]) == 1
    assert "problem(s)" in capsys.readouterr().err
