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


def test_an_assignee_named_twice_in_its_directive_is_quoted_by_occurrence():
    text = "Giao huyện phối hợp với Hạt Kiểm lâm, giao Hạt Kiểm lâm báo cáo."
    directive = {"verb": "Giao", "span": text, "assignees": [{"name": "Hạt Kiểm lâm", "quote": "Hạt Kiểm lâm#2"}]}
    (assignee,) = build_record({"id": "x", "text": text, "directives": [directive]}).directives[0].assignee_details
    assert assignee.start == text.index("Hạt Kiểm lâm báo")


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


def copy_corpus(tmp_path, per_split: int = 0) -> Path:
    """The corpus in a scratch folder: whole, or (for tests of the build's bookkeeping, which need
    no more) the first `per_split` sources of each split, with the manifest's frozen checksums."""
    root = tmp_path / "corpora"
    root.mkdir()
    manifest = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
    if per_split:
        kept = {split: sorted(i for i, s in manifest["splits"].items() if s == split)[:per_split] for split in ("dev", "test")}
        manifest["splits"] = {i: split for split, ids in kept.items() for i in ids}
        (root / "src").mkdir()
        for i in manifest["splits"]:
            shutil.copy(CORPUS / "src" / f"{i}.yaml", root / "src")
    else:
        shutil.copytree(CORPUS / "src", root / "src")
    (root / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
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
    root = copy_corpus(tmp_path, per_split=3)
    (root / "src" / "new-article.yaml").write_text("id: new-article\ntext: Nội dung.\n", encoding="utf-8")
    with pytest.raises(GoldError, match="not in manifest.json's splits"):
        build_corpus(root)
    summary = build_corpus(root, assign_new=True, freeze=True)
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["splits"]["new-article"] == assign_split("new-article")
    assert manifest["sha256"] == summary["sha256"]
    assert (root / "articles" / "new-article.txt").read_text(encoding="utf-8") == "Nội dung."


def test_a_build_records_the_dev_checksum_and_keeps_the_frozen_test_one(tmp_path):
    root = copy_corpus(tmp_path, per_split=3)
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    frozen = manifest["sha256"]["test"]
    manifest["sha256"]["dev"] = "stale"
    (root / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    summary = build_corpus(root)
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["sha256"] == {"dev": summary["sha256"]["dev"], "test": frozen}


def test_a_build_of_an_unfrozen_corpus_freezes_nothing(tmp_path):
    # (annotators build a new corpus again and again; its test split lands from the ids)
    root = copy_corpus(tmp_path, per_split=3)
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    del manifest["sha256"]
    (root / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    summary = build_corpus(root)
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["sha256"] == {"dev": summary["sha256"]["dev"]}


# --- cross-checks between the structured blocks and the marks -------------------------------------
# `vnie gold build` compiles the corpus strictly; a plain build_record (tests, tools) does not.


def strict(source):
    return build_record(source, strict=True)

ORDER = (
    "Đồng chí {{PER id=p|Lò Văn Phương}}, {{TITLE id=p|Chủ tịch {{ORG id=u full=\"Ủy ban nhân dân tỉnh Sơn La\"|UBND tỉnh}}}} "
    "giao {{ORG id=vh full=\"Sở Văn hóa, Thể thao và Du lịch tỉnh Sơn La\"|Sở VH-TT&DL}} chủ trì, phối hợp với huyện "
    "và các Ban của {{ORG id=h full=\"Hội đồng nhân dân tỉnh Sơn La\"|HĐND tỉnh}} hoàn thành trước "
    "{{DATE value=2024-06-30 gran=day role=deadline|ngày 30/6}}."
)


def order(**changes):
    directive = {
        "verb": "giao", "issuer": "Lò Văn Phương", "deadline": "2024-06-30",
        "span": "giao Sở VH-TT&DL chủ trì, phối hợp với huyện và các Ban của HĐND tỉnh hoàn thành trước ngày 30/6.",
        "assignees": [
            {"name": "Sở Văn hóa, Thể thao và Du lịch tỉnh Sơn La", "quote": "Sở VH-TT&DL", "role": "lead"},
            {"name": "huyện Mộc Châu", "quote": "huyện", "role": "cooperate"},
            {"name": "các Ban của Hội đồng nhân dân tỉnh Sơn La", "quote": "các Ban của HĐND tỉnh", "role": "cooperate"},
        ],
    }
    directive.update(changes)
    return {"id": "x", "text": ORDER, "directives": [directive]}


def test_a_consistent_directive_compiles():
    (directive,) = strict(order()).directives
    assert directive.assignees[0] == "Sở Văn hóa, Thể thao và Du lịch tỉnh Sơn La"
    assert [a.role for a in directive.assignee_details] == ["lead", "cooperate", "cooperate"]


def test_a_flow_map_cut_at_a_comma_is_caught(tmp_path):
    """`{name: Sở Văn hóa, Thể thao và Du lịch tỉnh Sơn La, …}` reads as a name cut at the comma."""
    path = tmp_path / "a.yaml"
    path.write_text(
        "assignees:\n  - {name: Sở Văn hóa, Thể thao và Du lịch tỉnh Sơn La, quote: Sở VH-TT&DL, role: lead}\n",
        encoding="utf-8",
    )
    (cut,) = read_source(path)["assignees"]
    assert cut["name"] == "Sở Văn hóa"  # what YAML makes of it
    with pytest.raises(GoldError, match=r"unknown key\(s\) \['Thể thao và Du lịch tỉnh Sơn La'\].*in quotes"):
        strict(order(assignees=[cut]))


def test_an_assignee_is_named_after_the_mark_it_quotes():
    truncated = {"name": "Sở Văn hóa", "quote": "Sở VH-TT&DL", "role": "lead"}
    with pytest.raises(GoldError, match="is not the full= of the ORG it quotes: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Sơn La'"):
        strict(order(assignees=[truncated]))
    around = {"name": "các Ban của HĐND tỉnh", "quote": "các Ban của HĐND tỉnh"}
    with pytest.raises(GoldError, match="'các Ban của Hội đồng nhân dân tỉnh Sơn La'"):
        strict(order(assignees=[around]))
    renamed = {"name": "Ủy ban nhân dân huyện", "quote": "huyện"}
    with pytest.raises(GoldError, match="quotes no mark, so it is named as written: 'huyện'"):
        strict(order(assignees=[renamed]))


def test_an_assignee_quote_names_one_whole_mark():
    with pytest.raises(GoldError, match="cuts the ORG mark 'Sở VH-TT&DL'"):
        strict(order(assignees=[{"name": "Sở", "quote": "Sở VH"}]))
    both = {"name": "x", "quote": "Sở VH-TT&DL chủ trì, phối hợp với huyện và các Ban của HĐND tỉnh"}
    with pytest.raises(GoldError, match="covers 2 marks .*one assignee per agency"):
        strict(order(assignees=[both]))
    with pytest.raises(GoldError, match="role 'chủ trì'"):
        strict(order(assignees=[{"name": "huyện", "quote": "huyện", "role": "chủ trì"}]))


@pytest.mark.parametrize("issuer", ["Lò Văn Phương", "Ủy ban nhân dân tỉnh Sơn La"])
def test_an_issuer_is_a_marked_person_or_an_agency(issuer):
    assert strict(order(issuer=issuer)).directives[0].issuer == issuer


@pytest.mark.parametrize("issuer", ["Lò Văn Phươn", "UBND tỉnh"])
def test_an_unknown_issuer_is_refused(issuer):
    with pytest.raises(GoldError, match=f"issuer '{issuer}' is neither a marked person's name nor an ORG full="):
        strict(order(issuer=issuer))


def test_a_deadline_is_the_value_of_a_deadline_date_in_the_directive():
    with pytest.raises(GoldError, match="deadline '2024-07-30' matches no role=deadline DATE"):
        strict(order(deadline="2024-07-30"))
    with pytest.raises(GoldError, match="'ngày 30/6' has role=deadline but the directive has no deadline"):
        strict(order(deadline=None))


def test_the_last_day_of_an_interval_or_a_lunar_date_can_be_the_deadline():
    week = "Giao huyện làm xong {{DATE value=2024-11-18/2024-11-24 gran=interval role=deadline|tuần tới}}."
    source = {"id": "x", "text": week, "directives": [{
        "verb": "Giao", "span": "Giao huyện làm xong tuần tới.", "deadline": "2024-11-24",
        "assignees": [{"name": "huyện", "quote": "huyện"}]}]}
    assert strict(source).directives[0].deadline == "2024-11-24"
    source["text"] = "Giao huyện làm xong {{DATE value=2025-01-01 gran=day calendar=lunar role=deadline|trước Tết}}."
    source["directives"][0].update(span="Giao huyện làm xong trước Tết.", deadline="2025-01-29")
    assert strict(source).directives[0].deadline == "2025-01-29"


def meeting(**changes):
    item = {"kind": "phiên họp thường kỳ", "body": "UBND tỉnh", "body_full_name": "Ủy ban nhân dân tỉnh Sơn La",
            "chair": ["Lò Văn Phương"], "attendees": [], "date": "2024-06-14"}
    item.update(changes)
    return {"id": "x", "text": ORDER, "meetings": [item]}


@pytest.mark.parametrize("changes,message", [
    ({"chair": ["Lò Văn Phong"]}, "chair 'Lò Văn Phong' is neither a marked person"),
    ({"attendees": ["Sở Tài chính"]}, "attendee 'Sở Tài chính' is neither"),
    ({"body_full_name": "UBND tỉnh Sơn La"}, "body_full_name 'UBND tỉnh Sơn La' is not an ORG full="),
    ({"kind": "phiên họp thường lệ"}, "kind 'phiên họp thường lệ' is not one of the guidelines' meeting kinds"),
    ({"agenda": [{"title": "Sở VH-TT&DL", "document_type": "công văn"}]}, "document_type 'công văn'"),
    ({"chairs": ["Lò Văn Phương"]}, r"unknown key\(s\) \['chairs'\]"),
])
def test_meetings_refer_to_what_the_article_marks(changes, message):
    assert strict(meeting()).meetings[0].chair == ["Lò Văn Phương"]
    with pytest.raises(GoldError, match=message):
        strict(meeting(**changes))


@pytest.mark.parametrize("text,message", [
    ("{{PER|An}}", "PER 'An' has no id="),
    ("{{ORG id=u|UBND tỉnh}}", "ORG 'UBND tỉnh' has no full="),
    ("{{LOC kind=town|Mộc Châu}}", "kind=town, not one of"),
    ("{{NUM value=3 kind=number|3}}", "kind=number, not one of"),
    ("{{NUM value=3 kind=count qualifier=over|3}}", "qualifier=over"),
    ("{{DATE value=2022-01-15 gran=day calendar=lunisolar|rằm tháng Giêng}}", "calendar=lunisolar"),
])
def test_attributes_outside_the_guidelines_are_refused(text, message):
    with pytest.raises(GoldError, match=message):
        strict({"id": "x", "text": text})


def test_every_broken_source_is_reported_at_once(tmp_path):
    root = tmp_path / "corpora"
    (root / "src").mkdir(parents=True)
    for name in ("a", "b"):
        (root / "src" / f"{name}.yaml").write_text(f"id: {name}\ntext: '{{{{PER|An}}}}'\n", encoding="utf-8")
    with pytest.raises(GoldError, match=r"2 source\(s\) do not compile:\na: PER 'An' has no id=.*\nb: PER"):
        build_corpus(root)
    with pytest.raises(GoldError, match="is not a folder of annotated sources"):
        build_corpus(tmp_path / "nowhere")


@pytest.mark.parametrize("text,message", [
    ("{{TITLE id=p|Đại biểu}} {{PER id=p|Lò Văn Phương}}", "a bare 'đại biểu' is no title"),
    ("Ủy viên {{ORG full=\"Ban Chấp hành Trung ương Đảng\"|Trung ương Đảng}}", "Party Central Committee is full="),
    ("đến {{LOC kind=other|sông Lô}}", "type word stays outside"),
    ("tại {{LOC kind=commune|xã Lũng Cú}}", "type word stays outside"),
    ("chiều {{DATE value=2023-08-26 gran=day|26/8}}", "part of day 'chiều' belongs inside"),
    ("sản lượng năm {{DATE value=2019 gran=year|2019}}", "unit word 'năm' belongs inside"),
    ("{{DATE value=2022-01-15 gran=day|rằm tháng Giêng}}", "calendar=lunar"),
    ("{{NUM value=5 unit=năm kind=duration|5 năm}}", "a duration is a DATE with gran=duration"),
])
def test_conventions_made_both_ways_are_refused(text, message):
    with pytest.raises(GoldError, match=message):
        strict({"id": "x", "text": text})


@pytest.mark.parametrize("text", [
    "Ủy viên {{ORG full=\"Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam\"|Trung ương Đảng}}",
    "sông {{LOC kind=other|Lô}}, {{LOC kind=other|Chùa Tiên}}, {{LOC kind=other|Quốc lộ 7A}}, {{LOC kind=village|thôn 3}}",
    "{{DATE value=2023-08-26 gran=day|chiều 26/8}}, {{DATE value=2019 gran=year|năm 2019}}",
    "sơ kết 6 tháng đầu năm\n{{DATE value=2022-07-08 gran=day role=published|08/07/2022}}",  # 'năm' on the line above
    "hộ nghèo đa chiều {{DATE value=2022/2025 gran=interval role=period|giai đoạn 2022-2025}}",  # 'đa chiều': no afternoon
    "{{DATE value=2022-01-15 gran=day calendar=lunar|rằm tháng Giêng}}, {{DATE value=P5Y gran=duration|5 năm}}",
])
def test_what_the_conventions_allow(text):
    assert strict({"id": "x", "text": text}).text


def test_a_working_visit_names_its_host_and_day_numbers_are_written():
    with pytest.raises(GoldError, match="working visit names its host in location"):
        strict(meeting(kind="buổi làm việc"))
    assert strict(meeting(kind="buổi làm việc", location="huyện Mộc Châu")).meetings[0].location == "huyện Mộc Châu"
    with pytest.raises(GoldError, match="day_number is set only when the text writes 'ngày làm việc thứ N'"):
        strict(meeting(day_number=1))


def test_only_a_strict_build_enforces_the_guidelines():
    """Other tests build quick records from partial gold; the corpus build is the strict one."""
    loose = meeting(chair=["Người không được đánh dấu"], kind="buổi làm việc")
    assert build_record(loose).meetings[0].chair == ["Người không được đánh dấu"]
    with pytest.raises(GoldError):
        strict(loose)
    assert build_record({"id": "x", "text": "{{ORG|UBND tỉnh}}"}).agencies[0].full_name == "UBND tỉnh"
