from pipeline.api import analyse
from pipeline.read import Article


def zones(doc, label):
    return [z.text for z in doc.spans["zones"] if z.label_ == label]


def test_origin_article_metadata(seed_record):
    assert seed_record.title == "Ngày làm việc thứ 2, phiên họp thường UBND tỉnh kỳ tháng 8/2021"
    assert seed_record.published == "2021-08-27T20:35:00+07:00"
    assert seed_record.outlet == "Điện Biên TV"
    assert seed_record.authors == ["Phạm Hải", "Duy Hải"]


def test_origin_article_zones(seed_doc):
    assert zones(seed_doc, "dateline") == ["Thứ Sáu, 27/08/2021, 20:35 [GMT+7]"]
    assert zones(seed_doc, "photo_index") == ["1"]
    assert zones(seed_doc, "caption")[0].startswith("Đồng chí Lê Thành Đô, Phó Bí thư Tỉnh ủy")
    assert zones(seed_doc, "byline") == ["Phạm Hải - Duy Hải/DIENBIENTV.VN"]
    assert zones(seed_doc, "boilerplate") == ["Xem lịch phát sóng", "."]
    assert zones(seed_doc, "outlet_lead") == ["Điện Biên TV -"]
    body = zones(seed_doc, "body")
    assert body[0].startswith("Hôm nay 27/8, dưới sự chủ trì")
    assert len(body) == 9


def test_body_sentence_like_a_byline_stays_body(nlp):
    text = "Tiêu đề\n\nThân bài thứ nhất.\n\nNguyễn Văn An - Trần Thị Bình là hai đại biểu trẻ nhất.\n\nMinh Anh"
    doc = analyse(nlp, Article.from_raw(text, title_in_text=True))
    assert zones(doc, "byline") == ["Minh Anh"]
    assert "Nguyễn Văn An - Trần Thị Bình là hai đại biểu trẻ nhất." in zones(doc, "body")


def test_metadata_published_is_used_without_a_date_line(nlp):
    doc = analyse(nlp, Article.from_raw("Nội dung bài.", title="T", published="2020-09-18", url="https://dantri.com.vn/xa-hoi/a.htm"))
    assert doc._.published == "2020-09-18"
    assert doc._.outlet == "Dân trí"


def test_date_line_without_zone_takes_the_default(nlp):
    doc = analyse(nlp, Article.from_raw("Tiêu đề\nThứ hai, 3/1/2022 07:15\nNội dung.", title_in_text=True))
    assert doc._.published == "2022-01-03T07:15:00+07:00"


def test_a_contributors_affiliation_is_not_the_outlet(nlp):
    text = "Tiêu đề\n\nThân bài.\n\nLò Thị Thuận (Trung tâm VH-TT&TT huyện Mai Châu)"
    doc = analyse(nlp, Article.from_raw(text, title_in_text=True, outlet="Báo Hòa Bình"))
    assert doc._.authors == ["Lò Thị Thuận"]
    assert doc._.outlet == "Báo Hòa Bình"


def test_a_byline_naming_a_listed_outlet_wins_over_the_page(nlp):
    text = "Tiêu đề\n\nThân bài.\n\nTheo Báo Lào Cai"
    doc = analyse(nlp, Article.from_raw(text, title_in_text=True, outlet="Báo Hòa Bình"))
    assert doc._.outlet == "Báo Lào Cai"


def test_a_labelled_byline_above_the_lead_is_a_byline_and_the_lead_follows_it(nlp):
    text = ("Đoàn ĐBQH tỉnh tiếp xúc cử tri\n\nThứ Năm, 25/04/2024 - 08:15\n\nBài, ảnh: Thu Phương\n\n"
            "Chiều 24/4, Đoàn ĐBQH tỉnh tiếp xúc cử tri huyện Hàm Yên.\n\nẢnh hưởng của mưa lũ được cử tri nêu.")
    doc = analyse(nlp, Article.from_raw(text, title_in_text=True))
    assert zones(doc, "byline") == ["Bài, ảnh: Thu Phương"]
    assert doc._.authors == ["Thu Phương"]
    assert zones(doc, "body")[0].startswith("Chiều 24/4")


def test_a_long_line_after_a_stray_photo_index_is_body_not_a_caption(nlp):
    text = ("Hội nghị Ban Chấp hành Đảng bộ huyện\n\nMở đầu bài viết.\n\n1\n\n"
            "Hội nghị cũng thông qua tờ trình về việc điều chỉnh Chương trình kiểm tra, giám sát năm 2023 của Ban Chấp hành "
            "Đảng bộ huyện và cho ý kiến vào dự thảo Đề án xây dựng huyện Cai Lậy đạt chuẩn huyện nông thôn mới nâng cao "
            "trước năm 2025.\n\n2\n\nĐồng chí Bí thư Huyện ủy phát biểu kết luận hội nghị.")
    doc = analyse(nlp, Article.from_raw(text, title_in_text=True))
    assert zones(doc, "caption") == ["Đồng chí Bí thư Huyện ủy phát biểu kết luận hội nghị."]
    assert any(b.startswith("Hội nghị cũng thông qua") for b in zones(doc, "body"))


def test_an_unlisted_outlet_crediting_itself_before_the_lead_is_no_body(nlp):
    text = ("Tiêu đề\n\n(Cổng TTĐT Hà Tĩnh) - Chiều 31/10, UBND tỉnh tổ chức phiên họp thường kỳ tháng 10. Đồng chí "
            "Phan Đình Khiêm, Chủ tịch UBND tỉnh chủ trì.")
    doc = analyse(nlp, Article.from_raw(text, title_in_text=True))
    assert zones(doc, "outlet_lead") == ["(Cổng TTĐT Hà Tĩnh) -"]
    assert zones(doc, "body")[0].startswith("Chiều 31/10")
    assert doc._.outlet == "Cổng TTĐT Hà Tĩnh"


def test_a_see_also_link_is_page_furniture(nlp):
    text = ("Tiêu đề\n\nChiều 31/10, UBND tỉnh họp phiên thường kỳ.\n\n"
            "Xem thêm: Đồng Nai đẩy nhanh giải ngân vốn các chương trình mục tiêu quốc gia")
    doc = analyse(nlp, Article.from_raw(text, title_in_text=True))
    assert zones(doc, "boilerplate") == ["Xem thêm: Đồng Nai đẩy nhanh giải ngân vốn các chương trình mục tiêu quốc gia"]
