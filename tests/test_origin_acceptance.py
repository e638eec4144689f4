"""The foundation issue's acceptance list for the origin article (shared/seeds), in one place."""

from pipeline.schema import Record


def by_text(items):
    return {i.text: i for i in items}


def test_metadata(seed_record: Record):
    assert seed_record.published == "2021-08-27T20:35:00+07:00"
    assert seed_record.authors == ["Phạm Hải", "Duy Hải"]
    assert seed_record.outlet == "Điện Biên TV"


def test_one_official_with_six_mentions(seed_record: Record):
    (official,) = seed_record.officials
    assert official.name == "Lê Thành Đô"
    assert official.titles == ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"]
    assert len(official.mentions) == 6


def test_agencies(seed_record: Record):
    full = {a.full_name for a in seed_record.agencies}
    assert {
        "Ủy ban nhân dân tỉnh Điện Biên", "Tỉnh ủy Điện Biên", "Sở Thông tin và Truyền thông tỉnh Điện Biên",
        "Ban Thường vụ Tỉnh ủy Điện Biên", "Công an tỉnh Điện Biên", "Hội đồng nhân dân tỉnh Điện Biên",
    } <= full
    assert {a.name for a in seed_record.agencies if a.full_name == "Ban Thường vụ Tỉnh ủy Điện Biên"} == {"BTV Tỉnh ủy"}


def test_dates(seed_record: Record):
    dates = by_text(seed_record.dates)
    assert dates["Hôm nay 27/8"].value == "2021-08-27"
    assert dates["tháng 8/2021"].value == "2021-08"
    assert dates["1/1/2022"].value == "2022-01-01"
    assert (dates["ngày 2/9"].value, dates["ngày 2/9"].role) == ("2021-09-02", "deadline")
    assert dates["năm 2025"].value == "2025"
    assert dates["giai đoạn 2021-2025"].value == "2021/2025"


def test_figures(seed_record: Record):
    figures = by_text(seed_record.figures)
    assert (figures["1.277"].value, figures["1.277"].unit) == (1277, "thôn, bản, đội")
    assert (figures["146"].value, figures["146"].unit) == (146, "tổ dân phố")
    assert (figures["0,5"].value, figures["0,5"].unit) == (0.5, "hệ số")


def test_directives(seed_record: Record):
    by_assignee = {tuple(d.assignees): d for d in seed_record.directives}
    tttt = by_assignee[("Sở Thông tin và Truyền thông tỉnh Điện Biên",)]
    assert "dự thảo tờ trình" in tttt.action and tttt.issuer == "Lê Thành Đô"
    police = by_assignee[("Công an tỉnh Điện Biên",)]
    assert (police.deadline, police.issuer) == ("2021-09-02", "Lê Thành Đô")


def test_meeting(seed_record: Record):
    (m,) = seed_record.meetings
    assert (m.body, m.kind, m.period, m.date, m.day_number, m.chair) == (
        "UBND tỉnh", "phiên họp thường kỳ", "2021-08", "2021-08-27", 2, ["Lê Thành Đô"]
    )
    assert [i.document_type for i in m.agenda] == ["tờ trình", "đề án", "tờ trình", "nghị quyết", "tờ trình"]


def test_every_offset_points_at_its_text(seed_record: Record):
    from pipeline.schema import iter_offsets

    for where, start, end, quoted in iter_offsets(seed_record):
        if quoted is not None:
            assert seed_record.text[start:end] == quoted, where
