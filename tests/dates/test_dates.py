"""The date tagger on the cases of issue 5: values at their true precision, roles, the year
chosen by tense and cue, dates without a publication date, and what is not a date."""

import pytest

from pipeline.dates import tag_dates
from pipeline.resources import load_rule_file, parse_marked

DCT = "2021-08-27T20:35:00+07:00"


def one(text, dct=DCT):
    found = tag_dates(text, dct)
    assert len(found) == 1, f"{text!r}: {[(d.text, d.value) for d in found]}"
    return found[0]


@pytest.mark.parametrize(
    "text, surface, value, granularity",
    [
        ("Khai mạc hôm 27/8.", "27/8", "2021-08-27", "day"),
        ("Sáng 27-8, đoàn đến thăm.", "Sáng 27-8", "2021-08-27", "day"),
        ("Ngày 27.8, đoàn đến thăm.", "Ngày 27.8", "2021-08-27", "day"),
        ("Văn bản ký ngày 27/08/2021.", "ngày 27/08/2021", "2021-08-27", "day"),
        ("Luật có hiệu lực từ ngày 12 tháng 5 năm 2025.", "ngày 12 tháng 5 năm 2025", "2025-05-12", "day"),
        ("Phiên chợ họp vào mồng 3.", "mồng 3", "2021-09-03", "day"),
        ("Công bố số liệu tháng 8/2021.", "tháng 8/2021", "2021-08", "month"),
        ("Tỉnh họp phiên thường kỳ tháng 8.", "tháng 8", "2021-08", "month"),
        ("Kết quả quý III/2021 khả quan.", "quý III/2021", "2021-Q3", "quarter"),
        ("Triển khai trong quý 3.", "quý 3", "2021-Q3", "quarter"),
        ("Tăng trưởng 6 tháng đầu năm đạt 5%.", "6 tháng đầu năm", "2021-H1", "half-year"),
        ("Dự kiến cuối năm sẽ hoàn thành.", "cuối năm", "2021", "year"),
        ("Tỉnh phấn đấu năm 2025 về đích.", "năm 2025", "2025", "year"),
        ("Chỉ tiêu đến năm 2030.", "năm 2030", "2030", "year"),
        ("Kế hoạch giai đoạn 2021-2025.", "giai đoạn 2021-2025", "2021/2025", "interval"),
        ("Đại hội nhiệm kỳ 2021-2026.", "nhiệm kỳ 2021-2026", "2021/2026", "interval"),
        ("Áp dụng từ ngày 1/1/2022.", "ngày 1/1/2022", "2022-01-01", "day"),
        ("Hoàn thành trước ngày 2/9.", "ngày 2/9", "2021-09-02", "day"),
        ("Các sở phải báo cáo đến hết ngày 30/9.", "ngày 30/9", "2021-09-30", "day"),
        ("Dự báo trong 5 năm tới.", "5 năm tới", "P5Y", "duration"),
        ("Cuộc họp bắt đầu lúc 14h30.", "14h30", "T14:30", "time"),
        ("Mưa lớn từ sáng nay.", "sáng nay", "2021-08-27", "day"),
        ("Đoàn làm việc chiều 26/8.", "chiều 26/8", "2021-08-26", "day"),
        ("Hội nghị diễn ra tuần tới.", "tuần tới", "2021-08-30/2021-09-05", "interval"),
        ("Hôm qua, mưa lớn.", "Hôm qua", "2021-08-26", "day"),
    ],
)
def test_issue_cases(text, surface, value, granularity):
    d = one(text)
    assert (d.text, d.value, d.granularity) == (surface, value, granularity)
    assert text[d.start:d.end] == d.text


@pytest.mark.parametrize(
    "text, surface, role",
    [
        ("Giao Công an tỉnh hoàn thiện tờ trình trước ngày 2/9.", "ngày 2/9", "deadline"),
        ("Các sở phải báo cáo đến hết ngày 30/9.", "ngày 30/9", "deadline"),
        ("Áp dụng từ ngày 1/1/2022.", "ngày 1/1/2022", "start"),
        ("Chương trình kéo dài đến ngày 15/10.", "ngày 15/10", "end"),
        ("Chỉ tiêu đến năm 2030.", "năm 2030", "target"),
        ("Chuyển đổi số đến năm 2025, định hướng năm 2030.", "năm 2030", "target"),
        ("Kế hoạch giai đoạn 2021-2025.", "giai đoạn 2021-2025", "period"),
        ("Tăng trưởng 6 tháng đầu năm đạt 5%.", "6 tháng đầu năm", "period"),
        ("UBND tỉnh họp phiên thường kỳ tháng 8/2021.", "tháng 8/2021", "period"),
        ("Tháng 8/2021, ông được bổ nhiệm.", "Tháng 8/2021", "event"),
        # a season defended against is when, though a task word stands before it; 'trước' makes a deadline
        ("Yêu cầu các cấp ủy tập trung giải ngân vốn đầu tư công và phòng, chống thiên tai mùa mưa bão năm 2022.",
         "mùa mưa bão năm 2022", "event"),
        ("Giao các huyện hoàn thành sửa chữa đê, phòng, chống thiên tai trước mùa mưa bão năm 2022.",
         "mùa mưa bão năm 2022", "deadline"),
        ("Giao Sở NN&PTNT chỉ đạo các địa phương chủ động phương án phòng, chống đói, rét cho đàn gia súc trong mùa "
         "đông 2021-2022.", "mùa đông 2021-2022", "period"),
    ],
)
def test_roles(text, surface, role):
    found = {d.text: d.role for d in tag_dates(text, DCT)}
    assert found[surface] == role


def test_dateline_is_one_time_span():
    text = "Thứ Sáu, 27/08/2021, 20:35 [GMT+7]"
    d = one(text)
    assert (d.text, d.value, d.granularity) == (text, "2021-08-27T20:35:00+07:00", "time")


def test_hom_nay_with_its_date_is_one_span():
    d = one("Điện Biên TV - Hôm nay 27/8, UBND tỉnh họp.")
    assert (d.text, d.value) == ("Hôm nay 27/8", "2021-08-27")


def test_time_takes_the_day_of_its_paragraph():
    found = tag_dates("Sáng 27/8, hội nghị khai mạc. Đến 14h30, đoàn đi thăm xã.", DCT)
    assert [(d.text, d.value) for d in found] == [("Sáng 27/8", "2021-08-27"), ("14h30", "2021-08-27T14:30")]
    assert one("Sáng 14h30 ngày 27/8 đoàn đến.").value == "2021-08-27T14:30"


class TestYearByTenseAndCue:
    def test_instruction_looks_ahead(self):
        # an instruction in December about 'ngày 15/1' means next January
        d = one("Giao các sở báo cáo trước ngày 15/1.", "2021-12-20")
        assert d.value == "2022-01-15" and d.role == "deadline"

    def test_past_report_in_january_looks_back(self):
        d = one("Ngày 28/12, đoàn đã kiểm tra các xã.", "2022-01-05")
        assert d.value == "2021-12-28"

    def test_nearest_when_the_sentence_says_nothing(self):
        assert one("Ngày 28/12, đoàn kiểm tra các xã.", "2022-01-05").value == "2021-12-28"
        assert one("Ngày 5/1, đoàn kiểm tra các xã.", "2021-12-28").value == "2022-01-05"

    def test_future_month(self):
        assert one("Dự án sẽ khởi công vào tháng 3.", "2021-11-10").value == "2022-03"

    def test_an_assignment_looks_ahead_past_a_stative_da(self):
        # 'chủ trì, phối hợp' assigns; 'đã đủ điều kiện' describes the plots, not the time
        d = one("Sở TN&MT chủ trì, phối hợp với các huyện hoàn thành đấu giá các khu đất đã đủ điều kiện trong "
                "tháng 11.", "2023-09-27")
        assert d.value == "2023-11"

    def test_tung_before_a_unit_is_each_not_the_past(self):
        # 'của từng xã' (each commune) says nothing of tense; 'từng xảy ra' (once happened) does
        assert one("Phòng Nội vụ xây dựng tiêu chí khen thưởng gắn với kết quả của từng xã, hoàn thành trong "
                   "tháng 9.", "2023-08-16").value == "2023-09"
        assert one("Huyện từng xảy ra lũ quét vào tháng 9.", "2023-08-16").value == "2022-09"

    def test_range_shares_its_year(self):
        found = tag_dates("Đại hội diễn ra từ ngày 25/1 đến ngày 1/2/2021.", "2021-04-01")
        assert [(d.text, d.value, d.role) for d in found] == [
            ("ngày 25/1", "2021-01-25", "start"), ("ngày 1/2/2021", "2021-02-01", "end")]


class TestWithoutPublicationDate:
    def test_unknown_year_is_said_not_guessed(self):
        d = one("Hoàn thành trước ngày 2/9.", None)
        assert d.value == "--09-02" and "year unknown" in d.note

    def test_month_and_quarter(self):
        assert one("Báo cáo tháng 8.", None).value == "--08"
        assert one("Triển khai trong quý 3.", None).value == "--Q3"

    def test_explicit_years_still_resolve(self):
        assert one("Áp dụng từ ngày 1/1/2022.", None).value == "2022-01-01"

    def test_relative_day_says_what_is_unknown(self):
        d = one("Hôm qua, mưa lớn.", None)
        assert d.value == "XXXX-XX-XX" and "unknown" in d.note


class TestLunar:
    def test_ram_thang_gieng(self):
        d = one("Lễ hội diễn ra vào rằm tháng Giêng.", "2022-01-10")
        assert (d.value, d.calendar, d.gregorian) == ("2022-01-15", "lunar", "2022-02-15")
        assert d.note.startswith("lunar 15/1/2022")

    def test_explicit_lunar_marker(self):
        d = one("Giỗ tổ ngày 10 tháng 3 âm lịch.", "2021-03-01")
        assert (d.value, d.calendar, d.gregorian) == ("2021-03-10", "lunar", "2021-04-21")

    def test_tet(self):
        assert one("Chợ họp lại vào mùng 3 Tết.", "2021-02-01").gregorian == "2021-02-14"

    def test_without_dct_not_converted(self):
        d = one("Lễ hội diễn ra vào rằm tháng Giêng.", None)
        assert (d.value, d.calendar) == ("--01-15", "lunar")


@pytest.mark.parametrize(
    "text",
    [
        "Nghị quyết được thông qua với 37/37 phiếu tán thành.",
        "Hơn 1/3 số xã đạt chuẩn nông thôn mới.",
        "Xe đi trên Quốc lộ 1A về Hà Nội.",
        "Thực hiện Nghị quyết số 25/NQ-HĐND của HĐND tỉnh.",
        "Gọi đường dây nóng 0912.345.678 hoặc 1900 9095.",
        "Kỳ họp thứ hai, HĐND tỉnh khóa XV.",
        "Kỳ họp thứ 22 diễn ra tại hội trường.",
        "Ngày làm việc thứ 2, phiên họp thường kỳ.",
        "Trẻ em từ 3-8 tuổi có nguy cơ cao.",
        "Đội hình Chelsea (4-4-2) ra sân.",
        "Mỗi tháng 2 lần, đoàn kiểm tra hằng năm.",
    ],
)
def test_not_dates(text):
    assert tag_dates(text, DCT) == []


def test_offsets_hold_and_values_are_iso():
    text = "Ngày 2/9, tỉnh tổ chức lễ. Từ 1/1/2022 đến hết quý I/2022, các sở phải hoàn thành 3 nhiệm vụ."
    for d in tag_dates(text, DCT):
        assert text[d.start:d.end] == d.text
    assert [d.value for d in tag_dates(text, DCT)] == ["2021-09-02", "2022-01-01", "2022-Q1"]


# -- the cue examples of rules/dates/context.yaml -------------------------------------------
CONTEXT = load_rule_file("dates/context")
CUE_CASES = [
    (cue["id"], polarity, marked)
    for cue in CONTEXT["roles"]
    for polarity in ("positive", "negative")
    for marked in cue["examples"].get(polarity, [])
]


@pytest.mark.parametrize("cue_id, polarity, marked", CUE_CASES, ids=[f"{c}-{p[:3]}-{i}" for i, (c, p, _) in enumerate(CUE_CASES)])
def test_role_cue_examples(cue_id, polarity, marked):
    """A positive example's marked date gets the cue's role; a negative one gets the marked,
    other role (so every cue is shown both firing and holding back)."""
    text, gold = parse_marked(marked)
    found = {(d.start, d.end): d for d in tag_dates(text, CONTEXT["context"]["published"])}
    for g in gold:
        assert (g.start, g.end) in found, f"{text!r}: no date at {text[g.start:g.end]!r}"
        assert found[(g.start, g.end)].role == g.attrs["role"]


def test_every_cue_has_examples():
    for cue in CONTEXT["roles"]:
        assert cue["examples"].get("positive") and cue["examples"].get("negative"), cue["id"]
