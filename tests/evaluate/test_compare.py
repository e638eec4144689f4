"""The metrics on tiny hand-built gold/prediction pairs: the yardstick proven before it measures.

Both sides are written in the gold markup (`corpora/GUIDELINES.md`), so each case reads as the
text with its marks; a prediction is simply another marking of the same text.
"""

import pytest

from pipeline.evaluate.compare import compare, fold_name
from pipeline.gold.build import build_record


def rec(marked: str, **parts):
    return build_record({"id": "t", "text": marked, **parts})


def counts(metric):
    return metric.tp, metric.fp, metric.fn


def test_exact_and_partial_spans():
    gold = rec("Đồng chí {{PER id=a|Lê Thành Đô}} phát biểu.")
    pred = rec("Đồng chí {{PER id=a|Lê Thành}} Đô phát biểu.")
    m = compare(gold, pred)
    assert counts(m["entities.PER.exact"]) == (0, 1, 1)
    assert counts(m["entities.PER.partial"]) == (1, 0, 0)
    assert m["entities.PER.exact"].missed == ["PER 9:20 'Lê Thành Đô'"]
    assert m["entities.PER.exact"].extra == ["PER 9:17 'Lê Thành'"]


def test_the_label_must_agree_even_for_partial_matches():
    gold = rec("Họp tại {{LOC kind=province|Điện Biên}}.")
    pred = rec("Họp tại {{ORG full=x|Điện Biên}}.")
    m = compare(gold, pred)
    assert counts(m["entities.LOC.partial"]) == (0, 0, 1)
    assert counts(m["entities.ORG.partial"]) == (0, 1, 0)
    assert counts(m["entities.all.exact"]) == (0, 1, 1)


def test_a_duplicated_prediction_is_a_false_positive():
    gold = rec("Ông {{PER id=a|Giàng A Dình}} nói.")
    pred = rec("Ông {{PER id=a|Giàng A Dình}} nói.")
    pred.entities.append(pred.entities[0].model_copy())
    m = compare(gold, pred)
    assert counts(m["entities.PER.exact"]) == (1, 1, 0)
    assert counts(m["entities.PER.partial"]) == (1, 1, 0)
    assert m["entities.PER.exact"].precision == 0.5


def test_one_prediction_cannot_match_two_gold_spans():
    gold = rec("{{ORG full=a|UBND}} {{LOC kind=province|Sơn La}}")
    gold.entities[1].label = "ORG"  # two adjacent gold ORGs
    pred = rec("{{ORG full=a|UBND Sơn La}}")
    m = compare(gold, pred)
    assert counts(m["entities.ORG.partial"]) == (1, 0, 1)


def test_empty_prediction():
    gold = rec("Chủ tịch {{PER id=a|Mùa A Sơn}} dự {{DATE value=2021-05-12 gran=day|ngày 12/5/2021}}.")
    pred = rec("Chủ tịch Mùa A Sơn dự ngày 12/5/2021.")
    m = compare(gold, pred)
    assert m["entities.all.exact"].precision is None
    assert m["entities.all.exact"].recall == 0.0
    assert m["entities.all.exact"].f1 == 0.0
    assert m["dates.value"].rate is None  # no span matched: nothing to agree on
    # labels absent on both sides are undefined, not perfect and not zero
    assert m["entities.MONEY.exact"].f1 is None


def test_an_invented_meeting_on_an_article_without_one():
    text = "Mưa lớn gây sạt lở tại huyện Mường Chà."
    gold = rec(text)
    pred = rec(text, meetings=[{"body": "UBND huyện", "kind": "hội nghị"}])
    m = compare(gold, pred)
    assert counts(m["meetings.detection"]) == (0, 1, 0)
    assert (m["meetings.no_invented"].matched, m["meetings.no_invented"].correct) == (1, 0)
    clean = compare(gold, rec(text))
    assert (clean["meetings.no_invented"].matched, clean["meetings.no_invented"].correct) == (1, 1)
    assert clean["meetings.detection"].f1 is None


MEETING_TEXT = (
    "Sáng 12/5, UBND tỉnh Lai Châu tổ chức phiên họp thường kỳ tháng 5. "
    "Chiều cùng ngày, Thường trực HĐND tỉnh họp giao ban."
)


def test_meetings_pair_by_agreeing_slots_then_score_their_slots():
    first = {"span": "UBND tỉnh Lai Châu tổ chức phiên họp thường kỳ tháng 5.", "body": "UBND tỉnh",
             "kind": "phiên họp thường kỳ", "date": "2021-05-12", "chair": ["Giàng Páo Mỷ"],
             "agenda": [{"title": "phiên họp thường kỳ"}]}
    second = {"span": "Thường trực HĐND tỉnh họp giao ban.", "body": "Thường trực HĐND tỉnh", "kind": "giao ban",
              "date": "2021-05-12"}
    gold = rec(MEETING_TEXT, meetings=[first, second])
    # one prediction covering the whole text, written like the second meeting
    pred = rec(MEETING_TEXT, meetings=[{"body": "thường trực hđnd tỉnh", "kind": "Giao ban", "date": "2021-05-12"}])
    m = compare(gold, pred)
    assert counts(m["meetings.detection"]) == (1, 0, 1)
    # it pairs with the second meeting (three agreeing slots), not the first (one)
    for slot in ("body", "kind", "date"):
        assert (m[f"meetings.{slot}"].matched, m[f"meetings.{slot}"].correct) == (1, 1), slot
    assert m["meetings.no_invented"].matched == 0
    assert counts(m["meetings.chair"]) == (0, 0, 1)  # the unmatched meeting's chair is missed
    assert m["meetings.agenda_count"].correct == 1  # 0 items = 0 items


def test_meeting_chair_and_agenda_count():
    meeting = {"body": "UBND tỉnh", "kind": "phiên họp thường kỳ", "chair": ["Giàng Páo Mỷ"],
               "agenda": [{"title": "phiên họp thường kỳ"}]}
    gold = rec(MEETING_TEXT, meetings=[meeting])
    pred = rec(MEETING_TEXT, meetings=[{**meeting, "chair": ["giàng páo  mỷ", "Lò Văn Phương"], "agenda": []}])
    m = compare(gold, pred)
    assert counts(m["meetings.chair"]) == (1, 1, 0)
    assert (m["meetings.agenda_count"].matched, m["meetings.agenda_count"].correct) == (1, 0)


def test_agenda_items_are_matched_by_title_where_the_count_agrees():
    text = ("Sáng 12/5, UBND tỉnh Lai Châu tổ chức phiên họp thường kỳ tháng 5, thảo luận tờ trình điều chỉnh kế "
            "hoạch đầu tư công năm 2024 và dự thảo Nghị quyết quy định mức thu học phí. Báo cáo chính trị được thông qua.")
    meeting = {"body": "UBND tỉnh", "kind": "phiên họp thường kỳ",
               "agenda": [{"title": "điều chỉnh kế hoạch đầu tư công năm 2024"}, {"title": "Báo cáo chính trị"}]}
    gold = rec(text, meetings=[meeting])
    pred = rec(text, meetings=[{**meeting, "agenda": [{"title": "kế hoạch đầu tư công năm 2024"},
                                                      {"title": "mức thu học phí"}]}])
    m = compare(gold, pred)
    assert m["meetings.agenda_count"].correct == 1  # two items each: the count cannot tell
    assert counts(m["meetings.agenda_items"]) == (1, 1, 1)  # one found by its title, one lost, one invented


def test_names_are_folded_titles_are_exact():
    gold = rec(
        "Ông {{PER id=p|Lò Văn Phương}}, {{TITLE id=p|Chủ tịch {{ORG full=\"Ủy ban nhân dân tỉnh Sơn La\"|UBND tỉnh}}}}, "
        "gặp {{ORG full=\"Tỉnh ủy Sơn La\"|Tỉnh ủy}}."
    )
    pred = rec(
        "Ông {{PER id=p name=\"lò văn phương\"|Lò Văn Phương}}, {{TITLE id=p|Chủ tịch UBND}} tỉnh, "
        "gặp {{ORG full=\"TỈNH UỶ SƠN LA\" name=\"tỉnh uỷ\"|Tỉnh ủy}}."
    )
    m = compare(gold, pred)
    assert counts(m["officials.name"]) == (1, 0, 0)
    assert counts(m["officials.title"]) == (0, 1, 1)  # 'Chủ tịch UBND' is not 'Chủ tịch UBND tỉnh'
    # 'TỈNH UỶ SƠN LA' folds to 'tỉnh ủy sơn la'; the agency inside the gold title counts too
    assert counts(m["agencies.full_name"]) == (1, 0, 1)
    assert counts(m["agencies.name"]) == (1, 0, 1)


def test_a_title_must_belong_to_the_right_official():
    text = "Ông {{PER id=a|Vừ A Bằng}}, {{TITLE id=a|Bí thư}}, và ông {{PER id=b|Quàng Văn Hương}}, {{TITLE id=b|Phó Bí thư}}."
    swapped = text.replace("TITLE id=a", "TITLE id=x").replace("TITLE id=b", "TITLE id=a").replace("TITLE id=x", "TITLE id=b")
    m = compare(rec(text), rec(swapped))
    assert counts(m["officials.name"]) == (2, 0, 0)
    assert counts(m["officials.title"]) == (0, 2, 2)


@pytest.mark.parametrize("a,b,equal", [("Tỉnh Uỷ", "tỉnh ủy", True), ("Hoà  Bình", "hòa bình", True), ("quý", "qúy", False)])
def test_folding(a, b, equal):
    assert (fold_name(a) == fold_name(b)) is equal


def test_dates_span_value_and_role():
    gold = rec("Hoàn thành trước {{DATE value=2021-09-02 gran=day role=deadline|ngày 2/9}} và {{DATE value=2025 gran=year role=target|năm 2025}}.")
    pred = rec("Hoàn thành trước {{DATE value=--09-02 gran=day role=deadline|ngày 2/9}} và {{DATE value=2025 gran=year|năm 2025}}.")
    m = compare(gold, pred)
    assert counts(m["dates.span"]) == (2, 0, 0)
    assert counts(m["dates.span+value"]) == (1, 1, 1)
    assert (m["dates.value"].matched, m["dates.value"].correct) == (2, 1)
    assert (m["dates.role"].matched, m["dates.role"].correct) == (2, 1)
    assert (m["dates.granularity"].matched, m["dates.granularity"].correct) == (2, 2)
    assert m["dates.value"].wrong == ["17:25 'ngày 2/9': gold 2021-09-02, pred --09-02"]


def test_figures_value_anchored_by_overlap_and_unit():
    gold = rec("Tổng vốn hơn {{MONEY value=93000000000 unit=VND kind=money qualifier=more-than|93 tỷ đồng}}, "
               "đạt {{PERCENT value=12.5 unit=% kind=percent|12,5%}}; biểu quyết {{NUM value=37 total=37 unit=\"đại biểu\" kind=vote|37/37}}.")
    pred = rec("Tổng vốn {{MONEY value=93000000000 unit=đồng kind=money|hơn 93 tỷ đồng}}, "
               "đạt {{PERCENT value=125 unit=% kind=percent|12,5%}}; biểu quyết {{NUM value=37 unit=\"Đại biểu\" kind=vote|37}}/37.")
    m = compare(gold, pred)
    assert counts(m["figures.span"]) == (1, 2, 2)  # only '12,5%' has the same span
    assert counts(m["figures.value"]) == (2, 1, 1)  # 93 tỷ and 37 overlap with equal values; 125 ≠ 12.5
    assert counts(m["figures.value+unit"]) == (1, 2, 2)  # 'đồng' ≠ 'VND'; 'Đại biểu' folds to 'đại biểu'


def test_a_figure_elsewhere_in_the_text_with_the_same_value_does_not_count():
    gold = rec("Mỗi thôn bố trí {{NUM value=1 unit=người kind=count|1}} người.")
    pred = rec("Mỗi thôn bố trí 1 người.")
    pred.figures.append(gold.figures[0].model_copy(update={"start": 0, "end": 4, "text": "Mỗi "}))
    assert counts(compare(gold, pred)["figures.value"]) == (0, 1, 1)


DIRECTIVE_TEXT = "Giao Công an tỉnh hoàn thiện tờ trình trước ngày 2/9. Yêu cầu các huyện rà soát lại."


def directive(span, assignees, deadline=None, verb="Giao"):
    return {"verb": verb, "span": span, "assignees": assignees, "deadline": deadline}


def test_directives_detection_assignees_and_deadline():
    gold = rec(DIRECTIVE_TEXT, directives=[
        directive("Giao Công an tỉnh hoàn thiện tờ trình trước ngày 2/9.",
                  [{"name": "Công an tỉnh Điện Biên", "quote": "Công an tỉnh"}], "2021-09-02"),
        directive("Yêu cầu các huyện rà soát lại.", ["các huyện"], verb="Yêu cầu"),
    ])
    pred = rec(DIRECTIVE_TEXT, directives=[
        # a shorter span still overlaps; the name folds equal; the deadline lost its year
        directive("Giao Công an tỉnh hoàn thiện tờ trình", [{"name": "công an tỉnh điện biên", "quote": "Công an tỉnh"}], "--09-02"),
    ])
    m = compare(gold, pred)
    assert counts(m["directives.detection"]) == (1, 0, 1)
    assert counts(m["directives.assignee"]) == (1, 0, 1)  # 'các huyện' of the missed directive
    assert counts(m["directives.deadline"]) == (0, 1, 1)
    assert (m["directives.deadline_exact"].matched, m["directives.deadline_exact"].correct) == (1, 0)


def test_assignee_roles_are_compared_on_the_names_both_sides_give():
    gold = rec(DIRECTIVE_TEXT, directives=[directive("Yêu cầu các huyện rà soát lại.", [
        {"name": "các huyện", "quote": "các huyện", "role": "assigned"}], verb="Yêu cầu")])
    pred = rec(DIRECTIVE_TEXT, directives=[directive("Yêu cầu các huyện rà soát lại.", [
        {"name": "Các huyện", "quote": "các huyện", "role": "lead"}], verb="Yêu cầu")])
    role = compare(gold, pred)["directives.assignee_role"]
    assert (role.matched, role.correct) == (1, 0)
    assert compare(gold, gold)["directives.assignee_role"].rate == 1.0


def test_directives_under_agenda_items_count_with_the_top_level_ones():
    item = {"title": "tờ trình", "directives": [directive("Yêu cầu các huyện rà soát lại.", ["các huyện"], verb="Yêu cầu")]}
    gold = rec(DIRECTIVE_TEXT, meetings=[{"kind": "phiên họp", "agenda": [item]}])
    pred = rec(DIRECTIVE_TEXT, directives=[directive("Yêu cầu các huyện rà soát lại.", [{"name": "Các huyện", "quote": "các huyện"}], verb="Yêu cầu")])
    m = compare(gold, pred)
    assert counts(m["directives.detection"]) == (1, 0, 0)
    assert counts(m["directives.assignee"]) == (1, 0, 0)
    assert counts(m["directives.deadline"]) == (0, 0, 0)
    assert m["directives.deadline_exact"].rate == 1.0  # null = null


def test_decisions_detection():
    text = "Hội đồng thống nhất mức phụ cấp bằng 0,5. Thống nhất thời gian thực hiện từ 1/1/2022."
    gold = rec(text, decisions=[{"verb": "thống nhất", "span": "thống nhất mức phụ cấp bằng 0,5"},
                                {"verb": "Thống nhất", "span": "Thống nhất thời gian thực hiện từ 1/1/2022"}])
    pred = rec(text, decisions=[{"verb": "thống nhất", "span": "Hội đồng thống nhất mức phụ cấp"}])
    assert counts(compare(gold, pred)["decisions.detection"]) == (1, 0, 1)


def test_gold_against_itself_is_perfect(seed_gold):
    m = compare(seed_gold, seed_gold)
    for name, metric in m.items():
        value = metric.f1 if hasattr(metric, "f1") else metric.rate
        assert value in (None, 1.0), name


@pytest.fixture(scope="module")
def seed_gold():
    from pathlib import Path

    from pipeline.gold.build import read_source

    path = Path(__file__).resolve().parents[2] / "corpora" / "src" / "dbtv-2021-08-27-ubnd-phien-hop-thuong-ky.yaml"
    return build_record(read_source(path), str(path))


def test_acts_are_placed_under_the_item_matched_by_title_or_under_none():
    text = ("Phiên họp cho ý kiến vào tờ trình về học phí và đề án du lịch. Về học phí, giao Sở Tài chính rà soát lại. "
            "Về du lịch, giao Sở Văn hóa hoàn thiện đề án. Yêu cầu các huyện báo cáo.")
    tuition = directive("giao Sở Tài chính rà soát lại.", ["Sở Tài chính"], verb="giao")
    tourism = directive("giao Sở Văn hóa hoàn thiện đề án.", ["Sở Văn hóa"], verb="giao")
    districts = directive("Yêu cầu các huyện báo cáo.", ["các huyện"], verb="Yêu cầu")
    gold = rec(text, directives=[districts], meetings=[{"kind": "phiên họp", "agenda": [
        {"title": "học phí#1", "directives": [tuition]}, {"title": "du lịch#1", "directives": [tourism]}]}])
    # the prediction lists every act at the top level too, and the second item's acts under the first
    pred = rec(text, directives=[tuition, tourism, districts], meetings=[{"kind": "phiên họp", "agenda": [
        {"title": "du lịch#1", "directives": []}, {"title": "học phí#1", "directives": [tuition, tourism]}]}])
    placement = compare(gold, pred)["meetings.act_item"]
    assert (placement.matched, placement.correct) == (3, 2)  # tuition under its item, districts under none
    (wrong,) = placement.wrong
    assert "giao Sở Văn hóa" in wrong and wrong.endswith("gold item 1, pred item 1")  # (its item is the prediction's 0)
