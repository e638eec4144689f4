from pipeline.api import extract


def full_names(record):
    return {a.name: a.full_name for a in record.agencies}


def test_origin_article_agencies(seed_record):
    got = full_names(seed_record)
    assert got["UBND tỉnh"] == "Ủy ban nhân dân tỉnh Điện Biên"
    assert got["Tỉnh ủy"] == "Tỉnh ủy Điện Biên"
    assert got["Sở Thông tin và Truyền thông"] == "Sở Thông tin và Truyền thông tỉnh Điện Biên"
    assert got["BTV Tỉnh ủy"] == "Ban Thường vụ Tỉnh ủy Điện Biên"
    assert got["Công an tỉnh"] == "Công an tỉnh Điện Biên"
    assert got["HĐND tỉnh"] == "Hội đồng nhân dân tỉnh Điện Biên"


def test_place_comes_from_the_text_when_the_outlet_says_nothing(nlp):
    r = extract("Sáng 3/5, UBND tỉnh Sơn La họp. Giao Sở TN&MT phối hợp với UBND huyện Mộc Châu. "
                "Uỷ ban nhân dân tỉnh yêu cầu Công an tỉnh vào cuộc.", nlp=nlp, title="Tin")
    got = full_names(r)
    assert got["UBND tỉnh Sơn La"] == "Ủy ban nhân dân tỉnh Sơn La"
    assert got["Sở TN&MT"] == "Sở Tài nguyên và Môi trường tỉnh Sơn La"
    assert got["UBND huyện Mộc Châu"] == "Ủy ban nhân dân huyện Mộc Châu"
    assert got["Công an tỉnh"] == "Công an tỉnh Sơn La"
    # the two spellings of one agency are one agency
    assert len([a for a in r.agencies if a.full_name == "Ủy ban nhân dân tỉnh Sơn La"]) == 1


def test_central_bodies_have_no_place(nlp):
    r = extract("Bộ Tài chính và Văn phòng Chính phủ báo cáo Quốc hội.", nlp=nlp, title="Tin", outlet="Báo Lai Châu")
    assert full_names(r) == {"Bộ Tài chính": "Bộ Tài chính", "Văn phòng Chính phủ": "Văn phòng Chính phủ", "Quốc hội": "Quốc hội"}


def test_unknown_place_stays_unresolved(nlp):
    r = extract("UBND huyện đã chỉ đạo các xã khắc phục hậu quả.", nlp=nlp, title="Tin")
    assert full_names(r) == {"UBND huyện": "Ủy ban nhân dân huyện"}
