"""`vnie gold build`: inline-marked sources compiled into gold records, loud on every mistake."""

import json
import shutil
from pathlib import Path

import pytest

from pipeline.gold.build import GoldError, assign_split, build_corpus, build_record, read_source

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpora"


def test_marks_become_entities_officials_agencies_persons():
    record = build_record({
        "id": "x",
        "text": (
            "Đồng chí {{PER id=p|Lò Văn Phương}}, {{TITLE id=p|Chủ tịch {{ORG id=u full=\"Ủy ban nhân dân tỉnh Sơn La\"|UBND tỉnh}}}}, "
            "làm việc tại {{LOC kind=district|Mộc Châu}} với {{ORG id=u full=\"Ủy ban nhân dân tỉnh Sơn La\"|UBND tỉnh}}.\n"
            "{{PER id=b role=author|Minh Anh}}"
        ),
    })
    assert [(e.label, e.text) for e in record.entities] == [
        ("PER", "Lò Văn Phương"), ("TITLE", "Chủ tịch UBND tỉnh"), ("LOC", "Mộc Châu"), ("ORG", "UBND tỉnh"), ("PER", "Minh Anh")]
    # the ORG nested in the TITLE is no entity of its own, but it is a mention of the agency
    (agency,) = record.agencies
    assert agency.full_name == "Ủy ban nhân dân tỉnh Sơn La" and len(agency.mentions) == 2
    (official,) = record.officials
    assert official.name == "Lò Văn Phương" and official.titles == ["Chủ tịch UBND tỉnh"]
    (detail,) = official.title_details
    assert (detail.position, detail.agency) == ("Chủ tịch", "Ủy ban nhân dân tỉnh Sơn La")
    assert [(p.name, p.role) for p in record.persons] == [("Minh Anh", "author")]
    assert record.locations[0].kind == "district"


def test_dates_and_figures_carry_their_values():
    record = build_record({
        "id": "x",
        "text": "Trước {{DATE value=2021-09-02 gran=day role=deadline|ngày 2/9}}, giải ngân {{MONEY value=2300000000000 unit=VND kind=money|2.300 tỷ đồng}}; "
                "biểu quyết {{NUM value=37 total=37 unit=\"đại biểu\" kind=vote|37/37}}.",
    })
    (date,) = record.dates
    assert (date.value, date.granularity, date.role) == ("2021-09-02", "day", "deadline")
    money, vote = record.figures
    assert (money.value, money.unit, money.kind) == (2.3e12, "VND", "money")
    assert (vote.value, vote.total, vote.kind) == (37, 37, "vote")


@pytest.mark.parametrize("text,message", [
    ("{{TITLE|Chủ tịch}}", "has no id="),
    ("{{TITLE id=q|Chủ tịch}} {{PER id=p|An}}", "TITLE id=q names no PER mark"),
    ("{{FOO|x}}", "unknown labels"),
    ("{{DATE value=2021|năm 2021}}", "needs value= and gran="),
    ("{{NUM value=1,5 kind=count|1,5}}", "is not a number"),
    ("{{PER id=p|An", "never closed"),
])
def test_annotation_mistakes_are_refused(text, message):
    with pytest.raises(GoldError, match=message):
        build_record({"id": "x", "text": text})


TEXT = "Giao Sở Tài chính rà soát. Giao Sở Tài chính báo cáo."


def test_quotes_must_be_found_and_unambiguous():
    with pytest.raises(GoldError, match="is not in the text"):
        build_record({"id": "x", "text": TEXT, "decisions": [{"verb": "x", "span": "Không có"}]})
    with pytest.raises(GoldError, match="occurs more than once"):
        build_record({"id": "x", "text": TEXT, "decisions": [{"verb": "x", "span": "Giao Sở Tài chính"}]})
    record = build_record({"id": "x", "text": TEXT, "decisions": [{"verb": "x", "span": "Giao Sở Tài chính#2"}]})
    assert record.decisions[0].start == TEXT.index("Giao Sở Tài chính báo")


def test_an_assignee_is_quoted_inside_its_directive():
    directive = {"verb": "Giao", "span": "Giao Sở Tài chính báo cáo.", "assignees": [{"name": "Sở Tài chính tỉnh", "quote": "Sở Tài chính"}]}
    record = build_record({"id": "x", "text": TEXT, "directives": [directive]})
    (assignee,) = record.directives[0].assignee_details
    assert assignee.start == TEXT.index("Sở Tài chính báo") and record.directives[0].assignees == ["Sở Tài chính tỉnh"]
    directive["assignees"] = ["Sở Xây dựng"]
    with pytest.raises(GoldError, match="not inside the directive's span"):
        build_record({"id": "x", "text": TEXT, "directives": [directive]})


def test_a_meeting_without_a_span_covers_the_whole_text():
    record = build_record({"id": "x", "text": TEXT, "meetings": [{"kind": "phiên họp", "date": "2021-08-27"}]})
    assert (record.meetings[0].start, record.meetings[0].end) == (0, len(TEXT))


def test_yaml_dates_stay_the_strings_the_annotator_wrote(tmp_path):
    path = tmp_path / "a.yaml"
    path.write_text("id: a\npublished: 2021-09-02\ntext: x\n", encoding="utf-8")
    assert read_source(path)["published"] == "2021-09-02"


def test_the_split_of_a_new_article_depends_on_its_id_alone():
    ids = [f"outlet-2021-01-{n:02d}-article" for n in range(1, 301)]
    splits = [assign_split(i) for i in ids]
    assert splits == [assign_split(i) for i in ids]
    assert set(splits) == {"dev", "test"}
    assert 0.25 < splits.count("test") / len(splits) < 0.42  # about one in three


def copy_corpus(tmp_path) -> Path:
    root = tmp_path / "corpora"
    root.mkdir()
    shutil.copytree(CORPUS / "src", root / "src")
    shutil.copy(CORPUS / "manifest.json", root / "manifest.json")
    return root


def test_committed_gold_is_what_the_sources_compile_to(tmp_path):
    """Nobody edits gold/*.jsonl or articles/ by hand: rebuilding changes nothing."""
    root = copy_corpus(tmp_path)
    build_corpus(root)
    for split in ("dev", "test"):
        rebuilt = (root / "gold" / f"{split}.jsonl").read_text(encoding="utf-8")
        assert rebuilt == (CORPUS / "gold" / f"{split}.jsonl").read_text(encoding="utf-8"), f"{split}.jsonl is stale: run `make gold`"
    for article in (root / "articles").glob("*.txt"):
        assert article.read_text(encoding="utf-8") == (CORPUS / "articles" / article.name).read_text(encoding="utf-8")


def test_new_articles_need_a_split_and_freeze_records_checksums(tmp_path):
    root = copy_corpus(tmp_path)
    (root / "src" / "new-article.yaml").write_text("id: new-article\ntext: Nội dung.\n", encoding="utf-8")
    with pytest.raises(GoldError, match="not in manifest.json's splits"):
        build_corpus(root)
    summary = build_corpus(root, assign_new=True, freeze=True)
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["splits"]["new-article"] == assign_split("new-article")
    assert manifest["sha256"] == summary["sha256"]
    assert (root / "articles" / "new-article.txt").read_text(encoding="utf-8") == "Nội dung."
