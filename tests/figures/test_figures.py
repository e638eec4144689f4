"""The figure tagger on the cases of issue 5, document numbers, and the number readers."""

import pytest

from pipeline.figures import tag_documents, tag_figures
from pipeline.figures.numerals import detect_notation, number_words, read_digits, read_roman


def one(text):
    found = tag_figures(text)
    assert len(found) == 1, f"{text!r}: {[(f.text, f.value) for f in found]}"
    return found[0]


@pytest.mark.parametrize(
    "text, surface, value, unit, kind",
    [
        ("Có 1.277 thôn, bản, đội trong tỉnh.", "1.277", 1277, "thôn, bản, đội", "count"),
        ("Tại 146 tổ dân phố toàn tỉnh.", "146", 146, "tổ dân phố", "count"),
        ("Hưởng hệ số 0,5 lần mức lương.", "0,5", 0.5, "hệ số", "ratio"),
        ("Tổng vốn 2.300 tỷ đồng.", "2.300 tỷ đồng", 2.3e12, "VND", "money"),
        ("Mức hỗ trợ 1,5 triệu đồng mỗi tháng.", "1,5 triệu đồng", 1.5e6, "VND", "money"),
        ("Tăng trưởng đạt 12,5%.", "12,5%", 12.5, "%", "percent"),
        ("Trồng mới 3 ha rừng.", "3 ha", 3, "ha", "area"),
        ("Tuyến đường dài 15 km.", "15 km", 15, "km", "length"),
        ("Huyện có mười lăm xã.", "mười lăm", 15, "xã", "count"),
        ("Có hai nghìn người tham dự.", "hai nghìn", 2000, "người", "count"),
    ],
)
def test_issue_cases(text, surface, value, unit, kind):
    f = one(text)
    assert (f.text, f.value, f.unit, f.kind) == (surface, value, unit, kind)
    assert text[f.start:f.end] == f.text


def test_vote_keeps_its_total():
    f = one("Nghị quyết được thông qua với 37/37 đại biểu tán thành.")
    assert (f.text, f.value, f.total, f.unit, f.kind) == ("37/37", 37, 37, "đại biểu", "vote")


def test_qualifiers_stay_outside():
    f = one("Đã giải ngân hơn 93 tỷ đồng.")
    assert (f.text, f.value, f.qualifier) == ("93 tỷ đồng", 93e9, "more-than")
    f = one("Ông khoảng 45 tuổi.")
    assert (f.text, f.value, f.unit, f.kind, f.qualifier) == ("45 tuổi", 45, "tuổi", "age", "about")


def test_range():
    f = one("Mỗi đoàn 50-100 người.")
    assert (f.value, f.value_max, f.unit) == (50, 100, "người")


def test_mixed_notation_is_noted():
    # the unambiguous English number is read as such; the ambiguous one the Vietnamese way
    text = "Doanh thu 1,234,567 USD, chi phí 2.500 USD."
    found = tag_figures(text)
    assert [f.value for f in found] == [1234567, 2500]
    assert "English notation" in found[0].note and "thousands separator" in found[1].note


@pytest.mark.parametrize(
    "text",
    [
        "Ngày làm việc thứ 2, phiên họp thường kỳ.",
        "Xe đi trên Quốc lộ 1A và Quốc lộ 12.",
        "Gọi số điện thoại 0912345678 để được hỗ trợ.",
        "Bệnh nhân mắc Covid-19 đã khỏi bệnh.",
        "Kỳ họp thứ 22, HĐND tỉnh khóa XV.",
        "Lần thứ XI, đại hội được tổ chức.",
        "Hàng trăm người dân đến xem.",
        "Sáng 27/8/2021, tỉnh họp trong 5 năm tới.",
        "Thực hiện Nghị quyết số 25/NQ-HĐND.",
    ],
)
def test_not_figures(text):
    assert tag_figures(text) == []


def test_no_figure_inside_a_date_or_a_document():
    text = "Theo Quyết định số 1234/QĐ-UBND ngày 27/8/2021, tỉnh hỗ trợ 500 hộ."
    assert [(f.text, f.unit) for f in tag_figures(text)] == [("500", "hộ")]


@pytest.mark.parametrize(
    "text, surface, number, doc_type",
    [
        ("Thực hiện Nghị quyết số 25/NQ-HĐND của HĐND tỉnh.", "Nghị quyết số 25/NQ-HĐND", "25/NQ-HĐND", "Nghị quyết"),
        ("Theo Nghị định 15/2020/NĐ-CP, mức phạt tăng.", "Nghị định 15/2020/NĐ-CP", "15/2020/NĐ-CP", "Nghị định"),
        ("Ban hành kèm theo số 12/QĐ-UBND.", "12/QĐ-UBND", "12/QĐ-UBND", "Quyết định"),
        ("Căn cứ Luật số 47/2019/QH14.", "Luật số 47/2019/QH14", "47/2019/QH14", "Luật"),
    ],
)
def test_documents(text, surface, number, doc_type):
    [d] = tag_documents(text)
    assert (d.text, d.number, d.doc_type) == (surface, number, doc_type)
    assert text[d.start:d.end] == d.text


class TestNumerals:
    @pytest.mark.parametrize(
        "written, value, noted",
        [("1.277", 1277, False), ("0,5", 0.5, False), ("1.234.567,89", 1234567.89, False),
         ("2.3", 2.3, True), ("1,234,567", 1234567, True), ("1,234.5", 1234.5, True), ("146", 146, False)],
    )
    def test_digits(self, written, value, noted):
        reading = read_digits(written)
        assert reading.value == value and bool(reading.note) == noted

    def test_shapes_that_are_no_number(self):
        assert read_digits("192.168.0.1") is None
        assert read_digits("1.2.3") is None

    def test_english_text_keeps_the_vietnamese_reading_and_says_so(self):
        assert detect_notation("Revenue was 1,234,567 USD.") == "en"
        reading = read_digits("1.277", "en")
        assert reading.value == 1277 and "English notation" in reading.note

    @pytest.mark.parametrize("written, value", [("XV", 15), ("III", 3), ("IV", 4), ("XCIX", 99), ("MMXXI", 2021)])
    def test_roman(self, written, value):
        assert read_roman(written) == value

    def test_not_roman(self):
        assert read_roman("IIII") is None and read_roman("xv") is None

    @pytest.mark.parametrize(
        "words, value",
        [("mười lăm", 15), ("hai mươi mốt", 21), ("hai nghìn", 2000), ("một trăm linh hai", 102),
         ("một trăm hai", 120), ("ba nghìn rưỡi", 3500), ("hai mốt", 21), ("một tỷ rưỡi", 1.5e9)],
    )
    def test_words(self, words, value):
        assert number_words().read(words.split()) == value

    def test_words_that_are_no_number(self):
        assert number_words().read("mươi hai".split()) is None
        assert number_words().read("trăm trăm".split()) is None


@pytest.mark.parametrize(
    "text, surface, unit",
    [
        ("Hỗ trợ 300.000 đồng/học sinh/tháng.", "300.000 đồng/học sinh/tháng", "VND/học sinh/tháng"),
        ("Mỗi hợp tác xã được 500 triệu đồng/hợp tác xã.", "500 triệu đồng/hợp tác xã", "VND/hợp tác xã"),
        # a one-word rate stops at its word: what follows is the clause
        ("Hỗ trợ 2 triệu đồng/ha trồng rừng.", "2 triệu đồng/ha", "VND/ha"),
    ],
)
def test_a_rate_per_a_noun_of_several_words_keeps_it(text, surface, unit):
    f = one(text)
    assert (f.text, f.unit) == (surface, unit)


@pytest.mark.parametrize(
    "text, unit",
    [
        ("Đảng bộ kết nạp 27 đảng viên mới.", "đảng viên"),
        ("Còn 9 dự án chậm giải ngân sang năm sau.", "dự án"),
        ("Thiên tai làm 3 người chết.", "người"),
    ],
)
def test_a_counted_noun_ends_where_what_is_said_of_it_begins(text, unit):
    assert one(text).unit == unit


@pytest.mark.parametrize("text, surface", [("Độ mặn đo được 4‰ tại cống Vàm Giồng.", "4‰"),
                                           ("Độ mặn cao hơn 2 phần nghìn so với năm trước.", "2 phần nghìn")])
def test_salinity_per_mille(text, surface):
    f = one(text)
    assert (f.text, f.unit, f.kind) == (surface, "‰", "other")


@pytest.mark.parametrize("text, unit", [("Quốc hội cho ý kiến 8 dự án luật khác.", "dự án luật"),
                                        ("Hội nghị cho ý kiến vào 4 nội dung quan trọng.", "nội dung"),
                                        ("Năm 2024 đạt 17 chỉ tiêu chủ yếu.", "chỉ tiêu"),
                                        ("Tỉnh có 30 hộ quan tâm đăng ký.", "hộ quan tâm đăng ký")])
def test_a_counted_noun_ends_before_what_grades_it(text, unit):
    assert one(text).unit == unit


@pytest.mark.parametrize("text, unit", [("Hồ chứa còn 5,8 triệu m3 nước.", "m3"), ("Diện tích sàn 1.200 m² mỗi tầng.", "m2"),
                                        ("Rộng 12 km² mặt nước.", "km2")])
def test_area_and_volume_units_as_the_guidelines_write_them(text, unit):
    assert one(text).unit == unit


@pytest.mark.parametrize("text, surface, unit", [("Tăng bình quân 4,2%/năm.", "4,2%/năm", "%/năm"),
                                                 ("Phí tự động tăng 15%/3 năm.", "15%", "%")])
def test_a_percentage_per_period(text, surface, unit):
    f = one(text)
    assert (f.text, f.unit, f.kind) == (surface, unit, "percent")


@pytest.mark.parametrize("text, unit", [("Thu hút 20 dự án FDI mới.", "dự án FDI"), ("Có 76 đại biểu HĐND tỉnh dự họp.", "đại biểu HĐND tỉnh"),
                                        ("Toàn tỉnh có 112 sản phẩm OCOP.", "sản phẩm OCOP"),
                                        ("Kết nạp 3 đảng viên Lò Văn A làm bí thư.", "đảng viên")])
def test_a_listed_acronym_goes_on_with_a_counted_noun_a_name_does_not(text, unit):
    assert one(text).unit == unit
