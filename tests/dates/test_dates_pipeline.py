"""The dates and figures stages inside the pipeline: the origin article exactly as its gold says,
the span groups and record fields, and every dantri article read without a crash."""

import json
import math
import re
from pathlib import Path

import pytest

from pipeline.api import analyse, extract
from pipeline.dates.tagger import default_tagger as date_tagger
from pipeline.figures.tagger import default_tagger as figure_tagger
from pipeline.read import Article

ROOT = Path(__file__).resolve().parents[2]
DANTRI = ROOT.parent / "shared" / "external" / "dantri-unc"
GOLD_DEV = ROOT / "corpora" / "gold" / "dev.jsonl"
ORIGIN = "dbtv-2021-08-27-ubnd-phien-hop-thuong-ky"
DATE_FIELDS = ("start", "end", "text", "value", "granularity", "role", "calendar")
FIGURE_FIELDS = ("start", "end", "text", "value", "value_max", "total", "unit", "kind", "qualifier")
ISO_VALUE = re.compile(
    r"(?:\d{4}|--|XXXX)(?:-(?:\d\d|Q\d|H\d|SP|SU|FA|WI|W\d\d|XX))?(?:-(?:\d\d|XX))?(?:T\d\d:\d\d(?::\d\d)?(?:[+-]\d\d:\d\d)?)?"
    r"|---\d\d|T\d\d:\d\d(?::\d\d)?|P(?:[\d.]+[YMWD])*(?:T(?:[\d.]+[HMS])+)?|--Q\d|XXXX-QX"
)


def gold_record(article_id):
    for line in GOLD_DEV.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["id"] == article_id:
            return record
    pytest.skip(f"{article_id} is not in the dev split")


def rows(items, fields):
    return sorted(tuple(item.get(f) for f in fields) for item in items)


def test_origin_article_dates_and_figures_are_exact(seed_record):
    """The note is left out of the comparison: it says what was assumed, the gold has none."""
    gold = gold_record(ORIGIN)
    ours = seed_record.model_dump()
    assert rows(ours["dates"], DATE_FIELDS) == rows(gold["dates"], DATE_FIELDS)
    assert rows(ours["figures"], FIGURE_FIELDS) == rows(gold["figures"], FIGURE_FIELDS)
    assert ours["documents"] == gold["documents"] == []


def test_entities_carry_the_date_and_figure_spans(seed_record):
    labels = {(e.start, e.end): e.label for e in seed_record.entities if e.label in ("DATE", "TIME", "NUM")}
    assert labels == {(d.start, d.end): ("TIME" if d.granularity == "time" else "DATE") for d in seed_record.dates} | {
        (f.start, f.end): "NUM" for f in seed_record.figures}


def test_dateline_gets_role_published_and_the_publication_value(seed_doc):
    [dateline] = [s for s in seed_doc.spans["dates"] if s._.role == "published"]
    assert dateline.text == "Thứ Sáu, 27/08/2021, 20:35 [GMT+7]"
    assert dateline._.value == seed_doc._.published == "2021-08-27T20:35:00+07:00"
    assert dateline.label_ == "TIME" and dateline._.rule_id.startswith("dates.")


def test_boilerplate_and_bylines_are_not_read(nlp):
    text = "Tiêu đề\n\nNgày 2/9, tỉnh họp với 120 đại biểu.\n\nXem lịch phát sóng\nPhạm Hải - Duy Hải/DIENBIENTV.VN"
    doc = analyse(nlp, Article.from_raw(text, title_in_text=True))
    assert [s.text for s in doc.spans["dates"]] == ["Ngày 2/9"]
    assert [s.text for s in doc.spans["figures"]] == ["120"]


def test_documents_reach_the_record(nlp):
    record = extract("Tiêu đề\n\nThực hiện Nghị quyết số 25/NQ-HĐND ngày 2/9/2021 của HĐND tỉnh.", nlp=nlp)
    assert [(d.text, d.number, d.doc_type) for d in record.documents] == [
        ("Nghị quyết số 25/NQ-HĐND", "25/NQ-HĐND", "Nghị quyết")]
    assert [d.value for d in record.dates] == ["2021-09-02"]
    assert record.figures == []


def dantri_articles(step):
    if not DANTRI.is_dir():
        return []
    out = []
    for path in sorted(DANTRI.glob("*.txt"))[::step]:
        lines = path.read_text(encoding="utf-8").split("\n")
        date = next((l[9:] for l in lines if l.startswith("# date = ")), None)
        text = "\n".join(l for l in lines if not l.startswith("# "))
        out.append((path.name, text, f"{date[:4]}-{date[4:6]}-{date[6:8]}" if date else None))
    return out


@pytest.mark.slow
@pytest.mark.skipif(not DANTRI.is_dir(), reason="../shared/external/dantri-unc is absent")
def test_dantri_articles_read_without_a_crash_and_offsets_hold():
    """Every third dantri article (about 900), read by both taggers as the library functions do."""
    dates, figures = date_tagger(), figure_tagger()
    seen_dates = seen_figures = 0
    for name, text, published in dantri_articles(3):
        found = dates.tag(text, published)
        numbers, documents = figures.tag(text, taken=[(d.start, d.end) for d in found])
        for d in found:
            assert text[d.start:d.end] == d.text, name
            assert ISO_VALUE.fullmatch(d.value.split("/")[0]), (name, d.text, d.value)
            d.to_value()  # the schema accepts it
        for f in numbers:
            assert text[f.start:f.end] == f.text and math.isfinite(f.value), name
            assert not any(d.start < f.end and f.start < d.end for d in found), (name, f.text)
            f.to_figure()
        for mentions in (found, numbers):
            ends = [(m.start, m.end) for m in mentions]
            assert all(a[1] <= b[0] for a, b in zip(ends, ends[1:])), name
        seen_dates += len(found)
        seen_figures += len(numbers)
    assert seen_dates > 1000 and seen_figures > 1000


@pytest.mark.slow
@pytest.mark.skipif(not DANTRI.is_dir(), reason="../shared/external/dantri-unc is absent")
def test_dantri_articles_through_the_pipeline(nlp):
    """A sample through the whole pipeline: every mention becomes a span, every record validates."""
    for name, text, published in dantri_articles(150):
        article = Article.from_raw(text, title_in_text=True, published=published)
        doc = analyse(nlp, article)
        regions = [(z.start_char, z.end_char) for z in doc.spans["zones"] if z.label_ in ("title", "body", "caption")]
        assert all(any(s <= span.start_char and span.end_char <= e for s, e in regions) for span in doc.spans["dates"]
                   if span._.role != "published"), name
        extract(article, nlp=nlp)


def test_issue_2_acceptance_for_dates_and_figures(seed_record):
    """The floor issue 2 sets for the origin article."""
    dates = {(d.text, d.value, d.role) for d in seed_record.dates}
    assert ("Hôm nay 27/8", "2021-08-27", "event") in dates
    assert ("tháng 8/2021", "2021-08", "period") in dates
    assert ("1/1/2022", "2022-01-01", "start") in dates
    assert ("ngày 2/9", "2021-09-02", "deadline") in dates
    assert ("năm 2025", "2025", "target") in dates
    assert ("giai đoạn 2021-2025", "2021/2025", "period") in dates
    figures = {(f.text, f.value, f.unit) for f in seed_record.figures}
    assert {("1.277", 1277, "thôn, bản, đội"), ("146", 146, "tổ dân phố"), ("0,5", 0.5, "hệ số")} <= figures
    for item in (*seed_record.dates, *seed_record.figures):
        assert seed_record.text[item.start:item.end] == item.text


def test_the_period_of_the_tasks_an_order_names_is_no_deadline(nlp):
    r = extract("Đồng chí Bí thư yêu cầu các cấp ủy tập trung lãnh đạo hoàn thành nhiệm vụ quý II, nhất là đẩy nhanh giải ngân "
                "vốn đầu tư công, phấn đấu đến ngày 30-6 giải ngân đạt tối thiểu 50% kế hoạch.", nlp=nlp, title="Tin",
                outlet="Báo Lào Cai", published="2024-03-19")
    assert [(d.text, d.role) for d in r.dates] == [("quý II", "period"), ("ngày 30-6", "deadline")]
    assert [d.deadline for d in r.directives] == ["2024-06-30"]
