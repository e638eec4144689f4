import pytest

from pipeline.api import extract


def test_origin_article_meeting(seed_record):
    (m,) = seed_record.meetings
    assert (m.body, m.body_full_name, m.kind, m.day_number, m.chair) == (
        "UBND tỉnh", "Ủy ban nhân dân tỉnh Điện Biên", "phiên họp thường kỳ", 2, ["Lê Thành Đô"]
    )
    assert [(i.document_type, i.title[:30]) for i in m.agenda] == [
        ("tờ trình", "chuyển đổi số tỉnh đến năm 202"),
        ("đề án", "bố trí Công an xã bán chuyên t"),
        ("tờ trình", "phát triển hệ thống kết cấu hạ"),
        ("nghị quyết", "phát triển KT-XH vùng đồng bào"),
        ("tờ trình", "chính sách hỗ trợ tiền vé xe c"),
    ]
    # each directive sits under its item, and the three decisions under the police item
    assert [len(i.directives) for i in m.agenda] == [1, 1, 0, 1, 0]
    assert [len(i.decisions) for i in m.agenda] == [0, 3, 0, 0, 0]


def meetings(nlp, text):
    return extract(text, nlp=nlp).meetings


def test_no_meeting_in_weather_news(nlp):
    text = ("Rét đậm, rét hại kéo dài ở vùng núi\n\nTheo Trung tâm Khí tượng Thủy văn tỉnh Lào Cai, từ đêm nay "
            "nhiệt độ tại Sa Pa có thể xuống dưới 3 độ C. UBND tỉnh yêu cầu các địa phương chủ động chống rét cho gia súc.")
    assert meetings(nlp, text) == []


def test_announced_meeting_is_not_reported(nlp):
    text = ("HĐND tỉnh chuẩn bị kỳ họp thứ 8\n\nThường trực HĐND tỉnh cho biết kỳ họp thứ 8 sẽ khai mạc vào ngày 10/12, "
            "dự kiến xem xét 15 nghị quyết.")
    assert meetings(nlp, text) == []


def test_session_with_sequence_and_term(nlp):
    text = ("Khai mạc kỳ họp thứ 22 HĐND tỉnh khóa XV\n\nSáng nay, HĐND tỉnh khóa XV khai mạc kỳ họp thứ 22. "
            "Đồng chí Lò Văn Phương, Chủ tịch HĐND tỉnh chủ trì kỳ họp.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Lai Châu").meetings
    assert (m.kind, m.sequence, m.term, m.body_full_name, m.chair) == (
        "kỳ họp", 22, "khóa XV", "Hội đồng nhân dân tỉnh Lai Châu", ["Lò Văn Phương"]
    )


@pytest.mark.parametrize("sentence, chairs", [
    ("Đồng chí Tạ Văn Long, Bí thư Tỉnh ủy; đồng chí Lâm Văn Bé, Chủ tịch HĐND tỉnh và đồng chí Quách Văn Đạt, "
     "Chủ tịch UBND tỉnh chủ trì hội nghị.", ["Tạ Văn Long", "Lâm Văn Bé", "Quách Văn Đạt"]),
    ("Dự hội nghị có đồng chí Tạ Văn Long, Bí thư Tỉnh ủy; đồng chí Quách Văn Đạt, Chủ tịch UBND tỉnh chủ trì hội "
     "nghị.", ["Quách Văn Đạt"]),
])
def test_chairs_listed_with_semicolons(nlp, sentence, chairs):
    text = "Hội nghị Tỉnh ủy\n\nSáng 19/7, Ban Chấp hành Đảng bộ tỉnh Cà Mau tổ chức hội nghị lần thứ 18. " + sentence
    (m,) = extract(text, nlp=nlp, outlet="Báo Cà Mau", title_in_text=True).meetings
    assert m.chair == chairs


def test_a_side_meeting_the_same_day_takes_its_day(nlp):
    text = ("Kỳ họp chuyên đề HĐND tỉnh\n\nSáng 20/9, HĐND tỉnh Tây Ninh tổ chức kỳ họp thứ 14 (chuyên đề). Ông Phạm Văn "
            "Hùng, Chủ tịch HĐND tỉnh chủ trì kỳ họp. Kỳ họp xem xét tờ trình về điều chỉnh kế hoạch đầu tư công, hoàn "
            "thành trước ngày 15/10.\n\nNgay sau khi bế mạc kỳ họp, Thường trực HĐND tỉnh đã họp với UBND tỉnh cho ý "
            "kiến về chương trình kỳ họp cuối năm. Ông Phạm Văn Hùng chủ trì cuộc họp.")
    ms = extract(text, nlp=nlp, outlet="Báo Tây Ninh", title_in_text=True, published="2024-09-21").meetings
    assert [(m.kind, m.body, m.date) for m in ms] == [("kỳ họp", "HĐND tỉnh Tây Ninh", "2024-09-20"),
                                                      ("phiên họp", "Thường trực HĐND tỉnh", "2024-09-20")]


def test_second_meeting_in_one_article(nlp):
    text = ("UBND tỉnh họp phiên thường kỳ\n\nSáng 5/3, UBND tỉnh tổ chức phiên họp thường kỳ tháng 3. "
            "Đồng chí Giàng A Dình, Chủ tịch UBND tỉnh chủ trì phiên họp.\n\n"
            "Chiều cùng ngày, đồng chí Giàng A Dình có buổi làm việc với UBND huyện Mường Nhé.")
    ms = extract(text, nlp=nlp, outlet="Điện Biên TV").meetings
    assert [m.kind for m in ms] == ["phiên họp thường kỳ", "buổi làm việc"]


@pytest.mark.parametrize("text, outlet, body, full_name", [
    # the subject the lead names, not a body after 'của'
    ("Đoàn ĐBQH tỉnh tiếp xúc cử tri huyện Thanh Liêm\n\nSáng 11/10, Đoàn ĐBQH tỉnh gồm đồng chí Lê Thị Hồng Hạnh, "
     "Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh và đồng chí Bùi Văn Luận, Ủy viên Ủy ban Văn hoá, Giáo dục của Quốc "
     "hội đã tiếp xúc cử tri tại xã Thanh Hà.", "Báo Hà Nam", "Đoàn ĐBQH tỉnh", "Đoàn Đại biểu Quốc hội tỉnh Hà Nam"),
    # written as the lead writes it, not as the headline does
    ("Ban Thường vụ Tỉnh ủy giao ban định kỳ tháng 11\n\nChiều 12/11, BTV Tỉnh ủy tổ chức hội nghị giao ban định kỳ "
     "tháng 11/2024. Đồng chí Triệu Văn Tâm, Bí thư Tỉnh ủy chủ trì hội nghị.", "Báo Hà Giang", "BTV Tỉnh ủy",
     "Ban Thường vụ Tỉnh ủy Hà Giang"),
])
def test_the_body_is_the_leads_subject_as_written(nlp, text, outlet, body, full_name):
    (m,) = extract(text, nlp=nlp, outlet=outlet).meetings
    assert (m.body, m.body_full_name) == (body, full_name)


def test_a_counted_list_is_the_agenda(nlp):
    text = ("UBND tỉnh họp phiên thường kỳ tháng 9\n\n"
            "Hôm qua (7/10), UBND tỉnh tổ chức phiên họp thường kỳ tháng 9/2021 để đánh giá tình hình kinh tế - xã hội "
            "9 tháng năm 2021 và cho ý kiến vào một số nội dung quan trọng.\n\n"
            "Tại phiên họp, UBND tỉnh đã xem xét, cho ý kiến vào 3 nội dung: (1) Dự thảo Nghị quyết quy định mức hỗ trợ "
            "học phí năm học 2021-2022; (2) Kế hoạch phục hồi sản xuất, kinh doanh; (3) Tờ trình điều chỉnh kế hoạch đầu "
            "tư công trung hạn giai đoạn 2021-2025.\n\n"
            "Đối với tờ trình điều chỉnh kế hoạch đầu tư công trung hạn, các thành viên UBND tỉnh thống nhất điều chuyển "
            "320 tỷ đồng sang các công trình giao thông trọng điểm.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Bắc Ninh").meetings
    assert [a.document_type for a in m.agenda] == ["nghị quyết", "kế hoạch", "tờ trình"]
    # the type word opens no title, as for the resolution ('Dự thảo Nghị quyết quy định …')
    assert m.agenda[1].title.startswith("phục hồi sản xuất")


def test_a_cited_resolution_before_a_colon_lists_no_items(nlp):
    # 'Nghị quyết số 26-NQ/TW, … đạt khá: A; B' lists figures, and the count read first stays the agenda
    text = ("Ban Thường vụ Tỉnh ủy cho ý kiến 2 nội dung\n\n"
            "Sáng 9-5, Ban Thường vụ Tỉnh ủy Quảng Trị tổ chức hội nghị cho ý kiến vào 2 nội dung: Dự thảo Báo cáo sơ kết "
            "3 năm thực hiện Nghị quyết số 26-NQ/TW về phát triển kinh tế biển; Dự thảo Kế hoạch triển khai Chương trình "
            "chuyển đổi số năm 2024. Đồng chí Lê Quang Hưng, Bí thư Tỉnh ủy chủ trì hội nghị.\n\n"
            "Theo dự thảo báo cáo, sau 3 năm thực hiện Nghị quyết số 26-NQ/TW, kinh tế biển của tỉnh phát triển khá: sản "
            "lượng khai thác hải sản năm 2023 đạt 32.000 tấn; vốn đầu tư vào các khu kinh tế ven biển đạt 4.500 tỷ đồng.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Quảng Trị").meetings
    assert [(a.document_type, a.title) for a in m.agenda] == [
        ("báo cáo", "sơ kết 3 năm thực hiện Nghị quyết số 26-NQ/TW về phát triển kinh tế biển"),
        ("kế hoạch", "triển khai Chương trình chuyển đổi số năm 2024"),
    ]
    lead = ("Sáng 9-5, Ban Thường vụ Tỉnh ủy Quảng Trị tổ chức hội nghị đánh giá kết quả 3 năm thực hiện Nghị quyết số "
            "26-NQ/TW về phát triển kinh tế biển. Đồng chí Lê Quang Hưng, Bí thư Tỉnh ủy chủ trì hội nghị.")
    (m,) = extract(text.replace(text.split("\n\n")[1], lead), nlp=nlp, outlet="Báo Quảng Trị").meetings
    assert [a.title for a in m.agenda] == ["kết quả 3 năm thực hiện Nghị quyết số 26-NQ/TW về phát triển kinh tế biển"]


def test_paragraphs_taking_up_each_side_of_a_lead_topic_make_it_two_items(nlp):
    text = ("Phó Chủ tịch UBND tỉnh làm việc với huyện Mường Khương\n\n"
            "Ngày 5/9, Phó Chủ tịch UBND tỉnh Hoàng Văn Tú đã có buổi làm việc với huyện Mường Khương về tiến độ xây "
            "dựng nông thôn mới và giải ngân vốn đầu tư công năm 2024.\n\n"
            "Về xây dựng nông thôn mới, đồng chí yêu cầu huyện tập trung hoàn thành tiêu chí giao thông tại xã Lùng Vai "
            "trước ngày 30/11.\n\n"
            "Về giải ngân vốn đầu tư công, đồng chí giao Ban Quản lý dự án huyện đôn đốc nhà thầu đẩy nhanh tiến độ.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Lào Cai").meetings
    assert [a.title for a in m.agenda] == ["tiến độ xây dựng nông thôn mới", "giải ngân vốn đầu tư công năm 2024"]
    # the period report's sequel is the same report, taken up or not
    report = text.replace("tiến độ xây dựng nông thôn mới và giải ngân vốn đầu tư công năm 2024",
                          "tình hình kinh tế - xã hội 8 tháng và nhiệm vụ những tháng cuối năm 2024").replace(
        "Về xây dựng nông thôn mới", "Về tình hình kinh tế - xã hội")
    (m,) = extract(report, nlp=nlp, outlet="Báo Lào Cai").meetings
    assert m.agenda[0].title == "tình hình kinh tế - xã hội 8 tháng và nhiệm vụ những tháng cuối năm 2024"


def test_members_taking_up_one_more_document_add_an_item(nlp):
    text = ("UBND tỉnh họp phiên thường kỳ tháng 5\n\n"
            "Sáng 29-5, UBND tỉnh Sóc Trăng họp phiên thường kỳ tháng 5 để đánh giá tình hình kinh tế - xã hội tháng 5.\n\n"
            "Phiên họp cũng thông qua tờ trình về việc điều chỉnh kế hoạch đầu tư công năm 2024. Các đại biểu cũng cho ý "
            "kiến vào dự thảo Kế hoạch phát triển du lịch giai đoạn 2024-2030.\n\n"
            "Ông cũng thống nhất chủ trương hỗ trợ 5 tỷ đồng cho huyện Trần Đề khắc phục sạt lở.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Sóc Trăng").meetings
    assert [a.document_type for a in m.agenda] == ["báo cáo", "tờ trình", "kế hoạch"]


def test_a_row_of_documents_beyond_its_resolutions_is_read_whole(nlp):
    text = ("Kỳ họp chuyên đề HĐND tỉnh\n\n"
            "Sáng 12/8, HĐND tỉnh Yên Bái khóa XIX tổ chức kỳ họp thứ 14 (kỳ họp chuyên đề). Tại kỳ họp, các đại biểu đã "
            "nghe và thảo luận dự thảo Nghị quyết quy định mức hỗ trợ học sinh bán trú; dự thảo Nghị quyết quy định "
            "chính sách phát triển chè; tờ trình về điều chỉnh chủ trương đầu tư dự án đường Văn Chấn - Trạm Tấu và tờ "
            "trình về việc đặt tên đường tại thị xã Nghĩa Lộ.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Yên Bái").meetings
    assert [a.document_type for a in m.agenda] == ["nghị quyết", "nghị quyết", "tờ trình", "tờ trình"]
    # documents named in general first: the resolutions singled out are the items
    general = text.replace("nghe và thảo luận dự thảo Nghị quyết", "xem xét 12 tờ trình và dự thảo nghị quyết, trong "
                           "đó có nghị quyết").replace("; dự thảo Nghị quyết quy định chính sách", " và nghị quyết quy "
                           "định chính sách").split("; tờ trình")[0] + "."
    (m,) = extract(general, nlp=nlp, outlet="Báo Yên Bái").meetings
    # (the verb stays in the title, as dev gold writes 'Nghị quyết quy định …' 314 times against 16)
    assert [a.title for a in m.agenda] == ["quy định mức hỗ trợ học sinh bán trú", "quy định chính sách phát triển chè"]


def test_a_delegation_that_inspects_names_what_it_inspected(nlp):
    text = ("Ban Chỉ đạo các chương trình MTQG tỉnh họp\n\n"
            "Sáng 3/10, Ban Chỉ đạo các chương trình MTQG tỉnh Bắc Kạn tổ chức hội nghị đánh giá tiến độ thực hiện các "
            "chương trình 9 tháng năm 2024. Đồng chí Đinh Quang Tuyên, Phó Chủ tịch UBND tỉnh chủ trì hội nghị.\n\n"
            "Chiều cùng ngày, đoàn công tác của Ban Chỉ đạo do đồng chí Đinh Quang Tuyên làm trưởng đoàn đã kiểm tra tiến "
            "độ xây dựng nhà văn hóa thôn tại huyện Pác Nặm.")
    first, second = extract(text, nlp=nlp, outlet="Báo Bắc Kạn").meetings
    assert [a.title for a in second.agenda] == ["tiến độ xây dựng nhà văn hóa thôn"]


@pytest.mark.parametrize("lead", [
    "Sáng 12/3, Phó Chủ tịch UBND tỉnh Phạm Hoàng Nam dẫn đoàn công tác kiểm tra tình hình cấp nước sinh hoạt cho người "
    "dân vùng hạn mặn tại xã Tân Tập.",
    "Sáng 12/3, đồng chí Phạm Hoàng Nam, Phó Chủ tịch UBND tỉnh dẫn đầu đoàn công tác của tỉnh đã kiểm tra tình hình cấp "
    "nước sinh hoạt cho người dân vùng hạn mặn tại xã Tân Tập.",
])
def test_an_official_leading_a_delegation_to_inspect_holds_a_working_visit(nlp, lead):
    (m,) = extract("Phó Chủ tịch UBND tỉnh kiểm tra cấp nước mùa khô\n\n" + lead, nlp=nlp, outlet="Báo Tây Ninh",
                   published="2026-03-12").meetings
    assert (m.kind, m.chair) == ("buổi làm việc", ["Phạm Hoàng Nam"])


def test_a_day_told_stop_by_stop_is_one_meeting_per_stop(nlp):
    text = ("Đoàn ĐBQH tỉnh tiếp xúc cử tri huyện Cái Bè và thị xã Cai Lậy\n\n"
            "Ngày 4-12, Đoàn ĐBQH tỉnh do ông Nguyễn Văn Danh, Phó Trưởng Đoàn ĐBQH tỉnh làm trưởng đoàn đã tiếp xúc cử "
            "tri huyện Cái Bè và thị xã Cai Lậy sau Kỳ họp thứ 8, Quốc hội khóa XV.\n\n"
            "Buổi sáng, đoàn tiếp xúc cử tri tại xã Hậu Mỹ Bắc A, huyện Cái Bè. Ông Nguyễn Văn Danh thông báo với cử tri "
            "kết quả Kỳ họp thứ 8. Cử tri phản ánh tình trạng sạt lở bờ sông Tiền.\n\n"
            "Buổi chiều cùng ngày, đoàn tiếp xúc cử tri phường 4, thị xã Cai Lậy. Hội nghị do bà Lê Thị Hoa, Chủ tịch Ủy "
            "ban MTTQ thị xã chủ trì. Tại đây, ông Nguyễn Văn Danh thông tin về kết quả Kỳ họp thứ 8. Cử tri đề nghị sớm "
            "sửa chữa Quốc lộ 1.")
    first, second = extract(text, nlp=nlp, outlet="Báo Ấp Bắc").meetings
    assert (first.kind, first.chair, len(first.agenda)) == ("tiếp xúc cử tri", ["Nguyễn Văn Danh"], 1)
    assert (second.kind, second.body, second.date, second.chair) == ("tiếp xúc cử tri", first.body, first.date, ["Lê Thị Hoa"])
    assert "Cai Lậy" in second.location
    assert [a.title for a in second.agenda] == ["kết quả Kỳ họp thứ 8"]  # ('thông tin về …', the briefing)
    # what the report says was done at every stop before the first is each stop's
    everywhere = text.replace(" Ông Nguyễn Văn Danh thông báo với cử tri kết quả Kỳ họp thứ 8.", "").replace(
        "Kỳ họp thứ 8, Quốc hội khóa XV.\n\n", "Kỳ họp thứ 8, Quốc hội khóa XV.\n\nTại các điểm tiếp xúc, ông Nguyễn Văn "
        "Danh thông báo với cử tri kết quả Kỳ họp thứ 8.\n\n").replace(" Tại đây, ông Nguyễn Văn Danh thông tin về kết quả "
                                                                   "Kỳ họp thứ 8.", "")
    assert [len(m.agenda) for m in extract(everywhere, nlp=nlp, outlet="Báo Ấp Bắc").meetings] == [1, 1]
    # one stop only is an aside of the one meeting
    (m,) = extract(text.split("\n\nBuổi chiều")[0], nlp=nlp, outlet="Báo Ấp Bắc").meetings


def test_a_delegate_group_is_led_by_its_leader(nlp):
    text = ("Tổ đại biểu HĐND tỉnh tiếp xúc cử tri huyện Châu Thành\n\n"
            "Sáng 2/12, Tổ đại biểu HĐND tỉnh đơn vị huyện Châu Thành đã tiếp xúc cử tri xã Hòa Lợi trước kỳ họp thứ 20 "
            "HĐND tỉnh. Tham dự có ông Lê Văn Sơn - Phó Chủ tịch UBND huyện Châu Thành; ông Trần Minh Đức - Trưởng Ban "
            "Dân vận Tỉnh ủy, Tổ trưởng Tổ đại biểu.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Trà Vinh").meetings
    assert m.chair == ["Trần Minh Đức"]


def test_a_plan_inside_one_documents_clause_leaves_the_next_document_this_meetings(nlp):
    text = ("UBND tỉnh họp phiên thường kỳ tháng 10\n\n"
            "Sáng 28-10, UBND tỉnh Bến Tre tổ chức phiên họp thường kỳ tháng 10 đánh giá tình hình kinh tế - xã hội 10 "
            "tháng năm 2024.\n\n"
            "Phiên họp cũng cho ý kiến tờ trình về điều chỉnh kế hoạch đầu tư công năm 2024, trong đó dự kiến điều "
            "chuyển 215 tỷ đồng từ 9 dự án chậm giải ngân; đồng thời thông qua tờ trình về danh mục dự án cần thu hồi "
            "đất năm 2025.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Đồng Khởi").meetings
    assert [a.document_type for a in m.agenda] == ["báo cáo", "tờ trình", "tờ trình"]


def test_a_special_session_held_to_decide_one_subject_names_it(nlp):
    text = ("Kỳ họp chuyên đề HĐND tỉnh\n\n"
            "Ngày 10/11, HĐND tỉnh Cà Mau khóa X tổ chức kỳ họp thứ 15 (kỳ họp chuyên đề) để xem xét, quyết định điều "
            "chỉnh kế hoạch đầu tư công trung hạn giai đoạn 2021-2025. Ông Nguyễn Tiến Hải, Chủ tịch HĐND tỉnh chủ trì kỳ họp.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Cà Mau").meetings
    assert [a.title for a in m.agenda] == ["điều chỉnh kế hoạch đầu tư công trung hạn giai đoạn 2021-2025"]
    # ('… để xem xét, quyết định một số nội dung cấp bách' names none)
    vague = text.replace("điều chỉnh kế hoạch đầu tư công trung hạn giai đoạn 2021-2025", "một số nội dung cấp bách")
    assert extract(vague, nlp=nlp, outlet="Báo Cà Mau").meetings[0].agenda == []


def test_a_sessions_qualifier_after_the_body_it_names_gives_its_kind(nlp):
    text = ("Phiên họp UBND tỉnh thường kỳ tháng 9/2022\n\n"
            "Ngày 29/9, đồng chí Nông Quốc Hưng, Chủ tịch UBND tỉnh chủ trì phiên họp UBND tỉnh thường kỳ tháng "
            "9/2022. Phiên họp cho ý kiến vào báo cáo tình hình kinh tế - xã hội tháng 9.")
    (m,) = extract(text, nlp=nlp, outlet="Cổng thông tin điện tử tỉnh Hà Giang").meetings
    assert m.kind == "phiên họp thường kỳ"
    # (a qualifier not right after the body is another matter: 'phiên họp UBND tỉnh về công tác chuyên đề')
    plain = text.replace("UBND tỉnh thường kỳ tháng 9/2022", "UBND tỉnh tháng 9/2022")
    assert extract(plain, nlp=nlp, outlet="Cổng thông tin điện tử tỉnh Hà Giang").meetings[0].kind == "phiên họp"


def test_a_party_committees_regular_meeting_is_a_conference(nlp):
    text = ("Ban Thường vụ Thị ủy họp thường kỳ tháng 10/2024\n\n"
            "Ngày 22/10, Ban Thường vụ Thị ủy Sa Pa tổ chức hội nghị thường kỳ tháng 10/2024 để nghe và cho ý kiến vào "
            "báo cáo kết quả thực hiện nhiệm vụ chính trị 9 tháng đầu năm.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Lào Cai").meetings
    assert m.kind == "hội nghị"


def test_a_lead_after_a_summary_names_the_topics_the_summary_did_not(nlp):
    text = ("Chủ tịch UBND tỉnh Quảng Ngãi: Phát triển Măng Đen phải giữ được rừng\n\n"
            "Làm việc với xã Măng Đen, Chủ tịch UBND tỉnh Quảng Ngãi yêu cầu địa phương không đánh đổi cảnh quan, môi "
            "trường để lấy tốc độ tăng trưởng du lịch.\n\n"
            "Sáng 14/8, đồng chí Trần Minh Khoa, Chủ tịch UBND tỉnh Quảng Ngãi đã có buổi làm việc với Đảng ủy, UBND xã "
            "Măng Đen về tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 7 tháng đầu năm và tiến độ xây dựng "
            "Khu du lịch quốc gia Măng Đen.")
    (m,) = extract(text, nlp=nlp, outlet="VTV News", published="2025-08-14").meetings
    assert [a.title for a in m.agenda] == ["tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 7 tháng đầu năm",
                                           "tiến độ xây dựng Khu du lịch quốc gia Măng Đen"]


def test_the_leads_numbered_session_over_the_titles_meeting_verb(nlp):
    text = ("HĐND tỉnh Hưng Yên họp chuyên đề: Chất vấn về tiến độ giải phóng mặt bằng\n\n"
            "Sáng 21/10, HĐND tỉnh Hưng Yên khóa XVIII, nhiệm kỳ 2026-2031 tổ chức Kỳ họp thứ 5 (kỳ họp chuyên đề) "
            "để xem xét, quyết định một số nội dung cấp bách thuộc thẩm quyền.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Hưng Yên").meetings
    assert (m.kind, m.sequence) == ("kỳ họp", 5)


def test_a_document_also_adopted_opens_an_item(nlp):
    text = ("UBKT Thị ủy họp kỳ thứ 12\n\n"
            "Chiều 4/7, Ủy ban Kiểm tra Thị ủy Nghĩa Lộ tổ chức kỳ họp thứ 12, nghe báo cáo kết quả công tác kiểm tra, "
            "giám sát 6 tháng đầu năm 2024.\n\n"
            "Kế hoạch kiểm tra, giám sát 6 tháng cuối năm 2024 cũng được kỳ họp nhất trí thông qua, tập trung vào công "
            "tác chuẩn bị đại hội chi bộ.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Yên Bái").meetings
    # ('kiểm tra, giám sát 6 tháng …' is the report's title, not a supervision's topic cue)
    assert [a.document_type for a in m.agenda] == ["báo cáo", "kế hoạch"]
    assert m.kind == "kỳ họp"  # the lead's 'kỳ họp thứ 12' over the title's bare 'họp'
    # later in a paragraph too; but a vote on a document is no new business
    joined = text.replace("2024.\n\nKế hoạch", "2024. Kế hoạch")
    assert len(extract(joined, nlp=nlp, outlet="Báo Yên Bái").meetings[0].agenda) == 2
    vote = joined.replace(" cũng được kỳ họp nhất trí thông qua", " được thông qua với 100% thành viên tán thành")
    assert len(extract(vote, nlp=nlp, outlet="Báo Yên Bái").meetings[0].agenda) == 1


def test_a_lead_topic_joining_disbursement_names_two_items(nlp):
    text = ("Chủ tịch UBND tỉnh làm việc với huyện Mộc Châu\n\n"
            "Chiều 9/10, đồng chí Hoàng Quốc Khánh, Chủ tịch UBND tỉnh làm việc với huyện Mộc Châu về tiến độ thực hiện "
            "các chương trình mục tiêu quốc gia và giải ngân vốn đầu tư công năm 2024.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Sơn La").meetings
    assert [a.title for a in m.agenda] == ["tiến độ thực hiện các chương trình mục tiêu quốc gia",
                                           "giải ngân vốn đầu tư công năm 2024"]
    layout = text.replace("tiến độ thực hiện các chương trình mục tiêu quốc gia và giải ngân vốn đầu tư công năm 2024",
                          "công tác khắc phục hậu quả sạt lở và bố trí tái định cư cho người dân")
    assert [a.title for a in extract(layout, nlp=nlp, outlet="Báo Sơn La").meetings[0].agenda] == [
        "công tác khắc phục hậu quả sạt lở", "bố trí tái định cư cho người dân"]
    # (a verb that shares the object: one piece of work)
    shared = text.replace("tiến độ thực hiện các chương trình mục tiêu quốc gia và giải ngân vốn",
                          "tình hình thực hiện và giải ngân kế hoạch vốn")
    assert len(extract(shared, nlp=nlp, outlet="Báo Sơn La").meetings[0].agenda) == 1


def test_a_place_ends_the_first_lead_topic_not_the_list(nlp):
    text = ("Phó Chủ tịch UBND tỉnh làm việc với Ban Quản lý Khu kinh tế\n\n"
            "Sáng 10/5, đồng chí Nguyễn Văn Phương, Phó Chủ tịch UBND tỉnh làm việc với Ban Quản lý Khu kinh tế tỉnh về "
            "tiến độ các dự án tại Khu kinh tế cửa khẩu Lao Bảo và công tác bồi thường, giải phóng mặt bằng.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Quảng Trị").meetings
    assert [a.title for a in m.agenda] == ["tiến độ các dự án", "công tác bồi thường, giải phóng mặt bằng"]
    # (one topic whose place names two: still one item)
    one = text.replace("Lao Bảo và công tác bồi thường, giải phóng mặt bằng", "Lao Bảo và Khu công nghiệp Nam Đông Hà")
    assert [a.title for a in extract(one, nlp=nlp, outlet="Báo Quảng Trị").meetings[0].agenda] == ["tiến độ các dự án"]


def test_a_thematic_resolution_is_titled_by_its_subject(nlp):
    text = ("Đảng bộ phường Chũ sơ kết 6 tháng\n\n"
            "Ngày 7/7, Ban Chấp hành Đảng bộ phường Chũ tổ chức Hội nghị lần thứ 9 để sơ kết công tác lãnh đạo, chỉ đạo "
            "6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2026. Đồng chí Trần Quốc Việt, Bí thư Đảng ủy phường "
            "chủ trì hội nghị.\n\n"
            "Hội nghị cũng thảo luận, cho ý kiến vào dự thảo Nghị quyết chuyên đề về phát triển thương mại, dịch vụ gắn với "
            "tiêu thụ vải thiều giai đoạn 2026-2030 và báo cáo kết quả công tác kiểm tra, giám sát 6 tháng đầu năm.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Bắc Ninh").meetings
    assert m.agenda[1].title == "phát triển thương mại, dịch vụ gắn với tiêu thụ vải thiều giai đoạn 2026-2030"


def test_a_paragraph_pointing_back_at_the_document_just_named_continues_it(nlp):
    text = ("Ban Thường vụ Tỉnh ủy họp\n\n"
            "Ngày 7/4, Ban Thường vụ Tỉnh ủy Đồng Nai họp dưới sự chủ trì của đồng chí Lâm Quốc Khải, Bí thư Tỉnh ủy, để "
            "đánh giá kết quả thực hiện nhiệm vụ quý I, phương hướng, nhiệm vụ quý II/2026.\n\n"
            "Cũng tại hội nghị, Ban Thường vụ Tỉnh ủy nghe Đảng ủy UBND tỉnh trình dự thảo Đề án phát triển công nghiệp "
            "chế biến sâu hạt điều tỉnh Đồng Nai đến năm 2030. Theo đề án, toàn tỉnh có hơn 150.000 ha điều.\n\n"
            "Về đề án này, Ban Thường vụ Tỉnh ủy thống nhất chủ trương; giao Đảng ủy UBND tỉnh hoàn thiện đề án trong "
            "tháng 5/2026.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Đồng Nai").meetings
    assert [a.document_type for a in m.agenda] == ["báo cáo", "đề án"]
    assert len(m.agenda[1].directives) == 1


def test_how_a_report_is_made_is_not_its_subject(nlp):
    text = ("Ban Thường vụ Tỉnh ủy họp\n\n"
            "Chiều 17/3, Ban Thường vụ Tỉnh ủy tổ chức hội nghị cho ý kiến vào dự thảo Đề án phát triển Khu kinh tế "
            "Vũng Áng đến năm 2030. Đồng chí Đinh Văn Thạch, Bí thư Tỉnh ủy chủ trì hội nghị.\n\n"
            "Hội nghị cũng nghe báo cáo nhanh kết quả cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp "
            "nhiệm kỳ 2026-2031. Cuộc bầu cử ngày 15/3 diễn ra dân chủ.\n\n"
            "Đối với công tác bầu cử, Ban Thường vụ Tỉnh ủy đề nghị Ủy ban bầu cử tỉnh công bố kết quả.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Hà Tĩnh").meetings
    assert [a.title for a in m.agenda] == [
        "phát triển Khu kinh tế Vũng Áng đến năm 2030",
        "kết quả cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026-2031"]


def test_what_a_delegation_inspected_before_its_meeting_is_a_topic(nlp):
    text = ("Phó Chủ tịch UBND tỉnh kiểm tra, làm việc tại huyện Phù Cát\n\n"
            "Chiều 20/3, đoàn công tác của UBND tỉnh do đồng chí Phan Thanh Liêm, Phó Chủ tịch UBND tỉnh làm trưởng đoàn "
            "đã kiểm tra tiến độ giải phóng mặt bằng dự án đường bộ cao tốc Bắc - Nam qua địa bàn huyện Phù Cát và làm "
            "việc với huyện về công tác phòng, chống hạn hán.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Bình Định").meetings
    assert [a.title for a in m.agenda] == [
        "tiến độ giải phóng mặt bằng dự án đường bộ cao tốc Bắc - Nam qua địa bàn huyện Phù Cát",
        "công tác phòng, chống hạn hán"]


def test_a_disaster_inspected_is_the_subject_of_the_work_against_it(nlp):
    text = ("Phó Chủ tịch UBND tỉnh kiểm tra công tác phòng, chống hạn mặn tại An Biên\n\n"
            "Ngày 5-3, Phó Chủ tịch UBND tỉnh Trương Minh Luân cùng đoàn công tác của tỉnh đã đi kiểm tra tình hình hạn "
            "hán, xâm nhập mặn và làm việc với UBND huyện An Biên về công tác phòng, chống hạn mặn mùa khô 2023-2024 và "
            "tiến độ thực hiện các dự án đầu tư công trên địa bàn huyện.\n\n"
            "Trước khi làm việc, đoàn đã kiểm tra thực tế cống ngăn mặn trên sông Xẻo Rô, công trình được đầu tư từ "
            "Chương trình mục tiêu quốc gia xây dựng nông thôn mới.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Kiên Giang").meetings
    # (the programme a work was funded from is not taken up)
    assert [a.title for a in m.agenda] == ["công tác phòng, chống hạn mặn mùa khô 2023-2024",
                                           "tiến độ thực hiện các dự án đầu tư công trên địa bàn huyện"]


def test_a_lead_naming_documents_and_a_report_listing_results(nlp):
    text = ("Ban Thường vụ Tỉnh ủy cho ý kiến Đề án phát triển Khu kinh tế Dung Quất\n\n"
            "Ngày 13/8, dưới sự chủ trì của Bí thư Tỉnh ủy Hồ Thị Kim Liên, Ban Thường vụ Tỉnh ủy đã họp, nghe và cho ý "
            "kiến về dự thảo Đề án xây dựng và phát triển Khu kinh tế Dung Quất đến năm 2030; Báo cáo sơ kết 3 năm thực "
            "hiện Nghị quyết của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số.\n\n"
            "Về Đề án xây dựng và phát triển Khu kinh tế Dung Quất, Ban Thường vụ Tỉnh ủy thống nhất cao với sự cần thiết "
            "ban hành đề án.\n\n"
            "Đối với Báo cáo sơ kết việc thực hiện Nghị quyết về chuyển đổi số, hội nghị đánh giá nhiều chỉ tiêu đạt khá: "
            "100% cơ quan nhà nước cấp tỉnh sử dụng văn bản điện tử; tỷ lệ hồ sơ trực tuyến toàn trình đạt 52,6%; chỉ "
            "số chuyển đổi số của tỉnh năm 2023 tăng 9 bậc so với năm 2022.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Quảng Ngãi").meetings
    # (the document the lead names keeps its title whole; the figures a report lists are no items)
    assert [(a.document_type, a.title) for a in m.agenda] == [
        ("đề án", "xây dựng và phát triển Khu kinh tế Dung Quất đến năm 2030"),
        ("báo cáo", "sơ kết 3 năm thực hiện Nghị quyết của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số")]


def test_resolutions_counted_then_named_each_with_its_vote(nlp):
    text = ("HĐND tỉnh chất vấn\n\n"
            "Sáng 13/7, Kỳ họp thứ 16 HĐND tỉnh dành trọn buổi cho phiên chất vấn và trả lời chất vấn. Chủ tịch HĐND tỉnh "
            "Đinh Văn Thạnh chủ trì.\n\n"
            "Đại biểu Hoàng Thị Lan nêu việc nhiều xã mới giải ngân được dưới 30% vốn sự nghiệp Chương trình mục tiêu "
            "quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.\n\n"
            "Chiều cùng ngày, HĐND tỉnh xem xét, biểu quyết thông qua 3 nghị quyết. Nghị quyết điều chỉnh kế hoạch đầu tư "
            "công trung hạn giai đoạn 2021-2025 nguồn vốn ngân sách tỉnh được thông qua với 49/49 đại biểu có mặt tán "
            "thành. Với 48/49 đại biểu tán thành, HĐND tỉnh thông qua Nghị quyết quy định chính sách hỗ trợ đối với cán "
            "bộ, công chức, viên chức dôi dư sau sắp xếp đơn vị hành chính.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Quảng Ngãi").meetings
    # (a national target programme a delegate names is carried out, not taken up)
    assert [a.title for a in m.agenda][1:] == [
        "điều chỉnh kế hoạch đầu tư công trung hạn giai đoạn 2021-2025 nguồn vốn ngân sách tỉnh",
        "quy định chính sách hỗ trợ đối với cán bộ, công chức, viên chức dôi dư sau sắp xếp đơn vị hành chính"]


@pytest.mark.parametrize("sentence", [
    "Theo tờ trình của Ban cán sự đảng UBND tỉnh, Đề án đặt mục tiêu đến năm 2030 duy trì tỷ lệ che phủ rừng ổn định ở mức 63%.",
    "Thảo luận tại hội nghị, các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy đề nghị Đề án cần làm rõ sức chứa của hồ.",
    "Đồng chí cho rằng nhiều hồ sơ đề án còn thiếu báo cáo đánh giá tác động môi trường.",
    "Sau khi nghe các ý kiến, đồng chí Bí thư Tỉnh ủy kết luận từng dự thảo như sau:",
    "Kết thúc hội nghị, đồng chí nhấn mạnh: “Nghị quyết có đi vào cuộc sống hay không là ở khâu tổ chức thực hiện”.",
    # (one under way elsewhere, and a programme's money)
    "Làm rõ thêm, Giám đốc Sở Nông nghiệp cho biết tỉnh đang hoàn thiện đề án trồng rừng gỗ lớn theo hướng đặt hàng.",
    "Đại biểu Lò Văn Thanh chất vấn nguyên nhân giải ngân vốn Chương trình đạt thấp, nhiều dự án chưa triển khai.",
])
def test_what_a_document_aims_at_lacks_or_is_under_way_is_no_item(nlp, sentence):
    text = ("Ban Thường vụ Tỉnh ủy họp\n\n"
            "Ngày 14/3, Ban Thường vụ Tỉnh ủy họp cho ý kiến vào dự thảo Đề án phát triển kinh tế lâm nghiệp bền vững giai "
            f"đoạn 2024-2030. Đồng chí Đỗ Đức Duy, Bí thư Tỉnh ủy chủ trì.\n\n{sentence}")
    (m,) = extract(text, nlp=nlp, outlet="Báo Yên Bái").meetings
    assert [a.title for a in m.agenda] == ["phát triển kinh tế lâm nghiệp bền vững giai đoạn 2024-2030"]


def test_a_report_named_by_its_period_alone_is_the_one_listed(nlp):
    text = ("Ban Thường vụ Thành ủy họp\n\n"
            "Ngày 8/4, Ban Thường vụ Thành ủy Cần Thơ họp cho ý kiến đối với báo cáo tình hình thực hiện nhiệm vụ quý I, "
            "phương hướng nhiệm vụ quý II/2026. Đồng chí Phan Trọng Nghĩa, Bí thư Thành ủy chủ trì.\n\n"
            "Về báo cáo quý I, Ban Thường vụ cơ bản thống nhất với những kết quả đạt được.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Cần Thơ").meetings
    assert len(m.agenda) == 1 and m.agenda[0].document_type == "báo cáo"
    # (another period's report is another item)
    other = text.replace("Về báo cáo quý I,", "Về báo cáo năm 2025,")
    assert len(extract(other, nlp=nlp, outlet="Báo Cần Thơ").meetings[0].agenda) == 2


def test_a_document_singled_out_later_in_a_paragraph_is_an_item(nlp):
    text = ("UBND huyện họp phiên thường kỳ tháng 7\n\n"
            "Chiều 30/7, UBND huyện Mộ Đức tổ chức phiên họp thường kỳ tháng 7 để đánh giá tình hình kinh tế - xã hội 7 "
            "tháng đầu năm 2024. Dự họp có lãnh đạo các phòng, ban.\n\n"
            "Cũng tại phiên họp, UBND huyện đã thông qua tờ trình về điều chỉnh kế hoạch đầu tư công năm 2024. Riêng dự "
            "thảo Đề án phát triển du lịch cộng đồng giai đoạn 2024-2030, Chủ tịch UBND huyện đề nghị Phòng Văn hóa và "
            "Thông tin tiếp thu ý kiến, hoàn chỉnh đề án trong tháng 8.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Quảng Ngãi").meetings
    assert [a.document_type for a in m.agenda] == ["báo cáo", "tờ trình", "đề án"]


def test_a_lead_that_counts_unnamed_contents_names_no_item(nlp):
    text = ("Kỳ họp chuyên đề HĐND tỉnh\n\n"
            "Sáng 16.4, HĐND tỉnh Bình Dương khoá X tổ chức kỳ họp thứ 14 (kỳ họp chuyên đề) để xem xét, quyết định 4 nội "
            "dung thuộc thẩm quyền. Ông Nguyễn Văn Lộc, Chủ tịch HĐND tỉnh chủ trì kỳ họp.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Bình Dương").meetings
    assert m.agenda == []


def test_a_document_named_again_later_in_its_paragraph_is_the_same_item(nlp):
    text = ("Kỳ họp thứ 21 HĐND tỉnh\n\n"
            "Sáng 13/7, HĐND tỉnh Quảng Trị khóa VIII khai mạc kỳ họp thứ 21.\n\n"
            "Chiều cùng ngày, HĐND tỉnh xem xét tờ trình về điều chỉnh kế hoạch đầu tư công năm 2023 và dự thảo Nghị quyết "
            "quy định chính sách hỗ trợ xây dựng nhà văn hóa thôn. Nghị quyết về chính sách hỗ trợ nhà văn hóa được thông qua "
            "với mức hỗ trợ tối đa 300 triệu đồng/công trình.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Quảng Trị").meetings
    assert [a.document_type for a in m.agenda] == ["tờ trình", "nghị quyết"]


def test_a_paragraph_on_a_lead_topic_by_its_abbreviation_or_its_head_word_is_that_item(nlp):
    text = ("Phó Chủ tịch UBND tỉnh làm việc với huyện Nông Cống\n\n"
            "Chiều 10-7, đồng chí Lê Đức Giang, Phó Chủ tịch UBND tỉnh đã làm việc với huyện Nông Cống về tiến độ giải "
            "phóng mặt bằng (GPMB) các dự án trọng điểm và công tác phòng, chống hạn mặn.\n\n"
            "Đối với công tác GPMB, huyện còn 37 hộ chưa nhận tiền bồi thường.\n\n"
            "Về tình hình hạn mặn, độ mặn trên sông Yên có thời điểm đạt 9,8 g/l.\n\n"
            "Thảo luận về nội dung này, đại biểu đề nghị sớm xây dựng hồ chứa nước ngọt.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Thanh Hóa").meetings
    assert [a.title for a in m.agenda] == ["tiến độ giải phóng mặt bằng (GPMB) các dự án trọng điểm",
                                           "công tác phòng, chống hạn mặn"]


def test_a_documents_title_runs_over_a_pair_of_works_and_a_later_quarter_is_another_item(nlp):
    text = ("Hội nghị Ban Chấp hành Đảng bộ thành phố\n\n"
            "Chiều 20/12, Ban Chấp hành Đảng bộ thành phố Thái Nguyên tổ chức hội nghị lần thứ 22. Hội nghị đã nghe báo "
            "cáo kết quả công tác kiểm tra, giám sát quý I/2024 và cho ý kiến vào dự thảo Nghị quyết về xây dựng, phát "
            "triển đô thị thông minh đến năm 2030.\n\n"
            "Đối với dự thảo Nghị quyết về phát triển đô thị thông minh, các đại biểu đề nghị bổ sung lộ trình.\n\n"
            "Chương trình công tác kiểm tra, giám sát quý II/2024 cũng được hội nghị nhất trí thông qua.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Thái Nguyên").meetings
    assert [a.title for a in m.agenda][:2] == ["kết quả công tác kiểm tra, giám sát quý I/2024",
                                               "xây dựng, phát triển đô thị thông minh đến năm 2030"]
    assert len(m.agenda) == 3


def test_the_leader_the_lead_names_wins_over_the_headlines_title(nlp):
    text = ("ĐBQH tiếp xúc cử tri huyện Phú Giáo\n\n"
            "Sáng 7-12, Phó Trưởng Đoàn ĐBQH tỉnh Lâm Thị Hồng cùng ĐBQH Nguyễn Quang Vinh đã tiếp xúc cử tri xã An "
            "Bình, huyện Phú Giáo để thông báo kết quả Kỳ họp thứ 6, Quốc hội khóa XV.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Bình Dương").meetings
    assert m.chair == ["Lâm Thị Hồng"]


def test_a_steering_committee_written_bcd_is_the_body(nlp):
    text = ("Giao ban các chương trình mục tiêu quốc gia\n\n"
            "Chiều 5/10, dưới sự chủ trì của đồng chí Đặng Văn Hùng, Phó Chủ tịch UBND tỉnh, BCĐ các chương trình MTQG "
            "tỉnh Thái Bình tổ chức hội nghị giao ban quý III/2023.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Thái Bình").meetings
    assert (m.kind, m.body) == ("giao ban", "BCĐ các chương trình MTQG tỉnh Thái Bình")


def test_a_resolution_pursued_is_no_item(nlp):
    text = ("Hội nghị Ban Chấp hành Đảng bộ quận\n\n"
            "Sáng 13-12, Ban Chấp hành Đảng bộ quận Liên Chiểu tổ chức hội nghị tổng kết công tác năm 2024.\n\n"
            "Tại hội nghị, BCH Đảng bộ quận cũng cho ý kiến vào dự thảo Báo cáo chính trị trình Đại hội đại biểu Đảng bộ "
            "quận và dự thảo Đề án sắp xếp, tinh gọn tổ chức bộ máy theo tinh thần Nghị quyết số 18-NQ/TW.\n\n"
            "Phát biểu kết luận, đồng chí Bí thư nhấn mạnh năm 2025 tạo tiền đề hoàn thành các mục tiêu Nghị quyết Đại "
            "hội Đảng bộ quận lần thứ XXII.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Đà Nẵng").meetings
    assert [a.document_type for a in m.agenda] == ["báo cáo", "báo cáo", "đề án"]
    assert m.agenda[2].title.startswith("sắp xếp, tinh gọn tổ chức bộ máy")


def test_a_paragraph_naming_what_a_listed_title_ran_on_to_is_that_item(nlp):
    text = ("Kỳ họp thứ 11 HĐND tỉnh\n\n"
            "Sáng 12/7, HĐND tỉnh Bình Định khóa XIII khai mạc kỳ họp thứ 11.\n\n"
            "Tại kỳ họp, các đại biểu đã nghe tờ trình về điều chỉnh kế hoạch đầu tư công năm 2023; dự thảo Nghị quyết "
            "quy định chức danh, mức phụ cấp đối với người hoạt động không chuyên trách ở cấp xã và tờ trình về đặt tên "
            "đường tại thị xã Hoài Nhơn.\n\n"
            "Đối với mức phụ cấp cho người hoạt động không chuyên trách, các đại biểu đề nghị làm rõ nguồn kinh phí.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Bình Định").meetings
    assert [a.document_type for a in m.agenda] == ["tờ trình", "nghị quyết", "tờ trình"]


def test_a_lead_naming_two_pieces_of_work_names_two_items(nlp):
    text = ("Thứ trưởng làm việc tại Kon Tum\n\n"
            "Ngày 14/6, đồng chí Nguyễn Quốc Trị, Thứ trưởng Bộ NN&PTNT đã có buổi làm việc với UBND tỉnh Kon Tum về tình "
            "hình phát triển sâm Ngọc Linh và công tác quản lý, bảo vệ rừng.\n\n"
            "Đối với các kiến nghị của tỉnh, Thứ trưởng giao Cục Lâm nghiệp nghiên cứu, hướng dẫn cơ chế trồng sâm.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Kon Tum").meetings
    assert [a.title for a in m.agenda] == ["tình hình phát triển sâm Ngọc Linh", "công tác quản lý, bảo vệ rừng",
                                           "các kiến nghị của tỉnh"]


def test_co_chairs_named_after_the_chair(nlp):
    text = ("Hội nghị lần thứ 8 Ban Chấp hành Đảng bộ thành phố\n\n"
            "Sáng 12-7, Ban Chấp hành Đảng bộ thành phố tổ chức Hội nghị lần thứ 8. Đồng chí Trương Minh Quang, "
            "Bí thư Thành ủy chủ trì hội nghị. Cùng chủ trì có đồng chí Lâm Hữu Phước, Phó Bí thư Thành ủy, Chủ tịch UBND "
            "thành phố và đồng chí Phạm Thị Thanh Nga, Phó Bí thư Thường trực Thành ủy.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Cần Thơ").meetings
    assert m.chair == ["Trương Minh Quang", "Lâm Hữu Phước", "Phạm Thị Thanh Nga"]


def test_co_chairs_opening_the_next_paragraph(nlp):
    text = ("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 11\n\n"
            "Ngày 20/4, Ban Chấp hành Đảng bộ tỉnh Gia Lai tổ chức Hội nghị lần thứ 11. Đồng chí Hồ Văn Niên, Bí thư "
            "Tỉnh ủy chủ trì hội nghị.\n\n"
            "Cùng chủ trì hội nghị có các đồng chí: Rah Lan Chung, Phó Bí thư Thường trực Tỉnh ủy; Trương Hải Long, Phó Bí "
            "thư Tỉnh ủy, Chủ tịch UBND tỉnh. Dự hội nghị có các đồng chí Ủy viên Ban Chấp hành Đảng bộ tỉnh.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Gia Lai").meetings
    assert m.chair == ["Hồ Văn Niên", "Rah Lan Chung", "Trương Hải Long"]


def test_a_delegate_group_written_with_its_councils_abbreviation_keeps_its_unit(nlp):
    text = ("Tổ đại biểu HĐND tỉnh tiếp xúc cử tri huyện Càng Long\n\n"
            "Ngày 20/11, Tổ đại biểu Hội đồng nhân dân (HĐND) tỉnh đơn vị huyện Càng Long tổ chức tiếp xúc cử tri xã An "
            "Trường trước Kỳ họp thứ 13 HĐND tỉnh khóa X.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Trà Vinh").meetings
    assert m.body_full_name == "Tổ đại biểu Hội đồng nhân dân tỉnh Trà Vinh đơn vị huyện Càng Long"


def test_a_visit_speaks_for_the_post_not_the_membership(nlp):
    text = ("Phó Chủ tịch UBND tỉnh làm việc tại xã Thu Lũm\n\n"
            "Ngày 16/10, đồng chí Hà Trọng Hải, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh đã có buổi làm việc "
            "với UBND xã Thu Lũm.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Lai Châu").meetings
    assert m.body_full_name == "Ủy ban nhân dân tỉnh Lai Châu"


def test_an_abbreviation_in_passing_stays_out_of_the_body(nlp):
    text = ("Tiếp xúc cử tri\n\nSáng 25/11, Đoàn Đại biểu Quốc hội (ĐBQH) tỉnh Lâm Đồng phối hợp với Ủy ban MTTQ Việt Nam "
            "TP Bảo Lộc tổ chức tiếp xúc cử tri sau Kỳ họp thứ 2.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Lâm Đồng").meetings
    assert (m.body, m.body_full_name) == ("Đoàn Đại biểu Quốc hội tỉnh Lâm Đồng", "Đoàn Đại biểu Quốc hội tỉnh Lâm Đồng")


def test_a_session_resumes_after_a_side_meeting(nlp):
    text = ("Ngày làm việc thứ hai, Kỳ họp thứ 9 HĐND tỉnh\n\n"
            "Sáng 8/12, Kỳ họp thứ 9, HĐND tỉnh khóa XIX tiếp tục chương trình làm việc với phiên chất vấn. Phiên chất vấn "
            "tập trung vào 2 nhóm vấn đề: công tác quản lý đất đai và tình trạng thiếu giáo viên mầm non.\n\n"
            "Trưa cùng ngày, Thường trực HĐND tỉnh họp với các Ban HĐND tỉnh để rà soát các ý kiến sau phiên chất vấn.\n\n"
            "Buổi chiều, HĐND tỉnh biểu quyết thông qua 18 nghị quyết, trong đó có Nghị quyết về kế hoạch đầu tư công năm "
            "2023; Nghị quyết điều chỉnh dự toán ngân sách năm 2022.")
    session, side = extract(text, nlp=nlp, outlet="Báo Bắc Giang").meetings
    assert (session.kind, len(session.agenda)) == ("kỳ họp", 4)
    assert side.kind == "phiên họp"


def test_a_paragraph_about_a_place_opens_no_item(nlp):
    text = ("UBND tỉnh họp phiên thường kỳ tháng 7\n\n"
            "Sáng 18/7, UBND tỉnh họp phiên thường kỳ tháng 7. Đồng chí Bùi Văn Khắng, Chủ tịch UBND tỉnh chủ trì.\n\n"
            "Về phương án phân bổ vốn hỗ trợ cơ sở vật chất cho cấp xã, các thành viên UBND tỉnh thống nhất.\n\n"
            "Đối với đặc khu Vân Đồn, đồng chí yêu cầu UBND đặc khu phối hợp với Sở VH-TT&DL xây dựng kế hoạch.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Quảng Ninh").meetings
    assert [a.title for a in m.agenda] == ["phương án phân bổ vốn hỗ trợ cơ sở vật chất cho cấp xã"]


def test_a_delegations_second_visit_is_still_its_own(nlp):
    text = ("Thứ trưởng Bộ NN&PTNT làm việc tại Lai Châu\n\n"
            "Ngày 23/6, Đoàn công tác của Bộ NN&PTNT do đồng chí Lê Minh Tuấn, Thứ trưởng Bộ NN&PTNT làm trưởng đoàn đã làm "
            "việc với UBND tỉnh về phát triển cây mắc ca.\n\n"
            "Trước đó, chiều 22/6, đoàn đã khảo sát vùng trồng mắc ca và làm việc với UBND huyện Than Uyên.")
    first, second = extract(text, nlp=nlp, outlet="Báo Lai Châu").meetings
    assert second.kind == "buổi làm việc"
    assert second.body_full_name == first.body_full_name == "Bộ Nông nghiệp và Phát triển nông thôn"
    assert second.chair == ["Lê Minh Tuấn"]


def test_a_questioning_session_is_one_item_however_many_questions(nlp):
    text = ("Kỳ họp thứ 12 HĐND tỉnh: chất vấn về đất đai và y tế\n\n"
            "Sáng 10/7, tiếp tục chương trình Kỳ họp thứ 12, HĐND tỉnh Phú Yên khóa VIII tiến hành phiên chất vấn và trả "
            "lời chất vấn. Đồng chí Trần Văn Hòa, Chủ tịch HĐND tỉnh chủ trì.\n\n"
            "Đại biểu Lê Thị Nga chất vấn Giám đốc Sở Y tế về tình trạng thiếu thuốc tại các trạm y tế xã.\n\n"
            "Đại biểu Phạm Văn Tâm chất vấn Giám đốc Sở TN&MT về việc chậm cấp giấy chứng nhận quyền sử dụng đất.\n\n"
            "Theo chương trình, sáng 11/7, HĐND tỉnh tiếp tục phiên chất vấn và trả lời chất vấn.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Phú Yên").meetings
    assert [a.title for a in m.agenda] == ["chất vấn và trả lời chất vấn"]


def test_the_resolution_on_the_questioning_is_an_item_beside_it(nlp):
    # (written with the session's own words, it is still a document of its own, adopted at the end)
    text = ("Kỳ họp thứ 17 HĐND tỉnh: phiên chất vấn\n\n"
            "Chiều 8/12, tiếp tục chương trình Kỳ họp thứ 17, HĐND tỉnh Ninh Thuận khóa XI tiến hành phiên chất vấn và "
            "trả lời chất vấn. Đồng chí Nguyễn Đức Lâm, Chủ tịch HĐND tỉnh chủ trì.\n\n"
            "Đại biểu Lê Thị Mỹ Linh chất vấn Giám đốc Sở Y tế về tình trạng thiếu thuốc tại các trạm y tế xã.\n\n"
            "Kết thúc phiên chất vấn, HĐND tỉnh đã biểu quyết thông qua Nghị quyết về hoạt động chất vấn và trả lời chất "
            "vấn tại Kỳ họp thứ 17 với 45/45 đại biểu có mặt tán thành.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Ninh Thuận").meetings
    assert [(a.document_type, a.title) for a in m.agenda] == [
        (None, "chất vấn và trả lời chất vấn"), ("nghị quyết", "hoạt động chất vấn và trả lời chất vấn")]


def test_a_lead_naming_a_report_and_the_questioning_has_those_two_items(nlp):
    # the report named again by who presents it, and a question the lead's questioning holds, are no
    # items of their own
    text = ("Kỳ họp thứ 2 HĐND thành phố: nóng chuyện ngập úng\n\n"
            "Sáng 9-7, Kỳ họp thứ 2 HĐND thành phố Đà Nẵng khóa XI thảo luận tại hội trường về báo cáo tình hình kinh "
            "tế - xã hội 6 tháng đầu năm 2026 và tiến hành phiên chất vấn, trả lời chất vấn. Chủ tịch HĐND thành phố "
            "Võ Thị Minh Trang chủ trì.\n\n"
            "Thảo luận về báo cáo của UBND thành phố, các đại biểu đánh giá cao kết quả 6 tháng đầu năm.\n\n"
            "Nhiều đại biểu cũng chất vấn về tình trạng ngập úng cục bộ trên các tuyến đường mỗi khi mưa lớn.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Đà Nẵng").meetings
    assert [a.title for a in m.agenda] == ["báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm 2026", "phiên chất vấn"]


def test_a_fees_resolution_keeps_its_listed_title(nlp):
    text = ("UBND thành phố họp phiên thường kỳ tháng 9\n\n"
            "Sáng 7-10, UBND thành phố Đà Nẵng tổ chức phiên họp thường kỳ tháng 9. Chủ tịch UBND thành phố Phạm Đức "
            "Thịnh chủ trì.\n\n"
            "Về dự thảo Nghị quyết quy định mức thu, chế độ thu, nộp, quản lý phí tham quan di tích trên địa bàn thành "
            "phố, Giám đốc Sở Văn hóa và Thể thao cho biết thành phố đang áp dụng hai mức phí.\n\n"
            "Đối với dự thảo nghị quyết về phí tham quan, UBND thành phố thống nhất giữ mức phí hiện hành.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Đà Nẵng").meetings
    assert [a.title for a in m.agenda] == ["quy định mức thu, chế độ thu, nộp, quản lý phí tham quan di tích trên địa bàn thành phố"]


def test_a_document_said_to_be_agreed_is_the_item_named_before(nlp):
    text = ("UBND tỉnh họp phiên thường kỳ tháng 9\n\n"
            "Sáng 30/9, UBND tỉnh Hà Tĩnh tổ chức phiên họp thường kỳ tháng 9. Chủ tịch UBND tỉnh Nguyễn Hữu Tiến chủ trì.\n\n"
            "Đối với tờ trình điều chỉnh kế hoạch đầu tư công trung hạn giai đoạn 2021-2025, các thành viên góp ý về "
            "nguồn vốn.\n\n"
            "Tờ trình điều chỉnh kế hoạch đầu tư công trung hạn được nhất trí về nguyên tắc.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Hà Tĩnh").meetings
    assert [a.title for a in m.agenda] == ["điều chỉnh kế hoạch đầu tư công trung hạn giai đoạn 2021-2025"]


def test_a_later_days_programme_is_no_item(nlp):
    text = ("Kỳ họp thứ 7 HĐND tỉnh: chất vấn về đất đai\n\n"
            "Ngày 10/12, Kỳ họp thứ 7 HĐND tỉnh Đồng Nai dành buổi sáng cho phiên chất vấn và trả lời chất vấn. Đồng chí "
            "Lâm Văn Khải, Chủ tịch HĐND tỉnh chủ trì.\n\n"
            "Buổi chiều cùng ngày, HĐND tỉnh biểu quyết thông qua Nghị quyết về dự toán ngân sách nhà nước năm 2026.\n\n"
            "Theo chương trình, ngày 11/12, kỳ họp tiếp tục xem xét các nghị quyết về đất đai, giá đất và bế mạc.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Đồng Nai", published="2025-12-10").meetings
    assert [a.title for a in m.agenda] == ["chất vấn và trả lời chất vấn", "dự toán ngân sách nhà nước năm 2026"]


def test_a_subject_opened_on_holds_what_the_paragraph_does_and_adverbs_open_none(nlp):
    text = ("Ban Thường vụ Tỉnh ủy cho ý kiến nhiều nội dung\n\n"
            "Ngày 19/9, Ban Thường vụ Tỉnh ủy Đắk Nông họp cho ý kiến về dự thảo Kế hoạch tổ chức đại hội đảng bộ các cấp. "
            "Đồng chí Ngô Thanh Danh, Bí thư Tỉnh ủy chủ trì.\n\n"
            "Riêng về công tác cán bộ, Ban Thường vụ Tỉnh ủy đã xem xét, thống nhất chủ trương điều động, bổ nhiệm 3 cán "
            "bộ và cho ý kiến về việc kiện toàn Ban Chấp hành Đảng bộ huyện Đắk Song.\n\n"
            "Về lâu dài, đồng chí Bí thư Tỉnh ủy đề nghị các huyện nâng cao chất lượng đội ngũ cán bộ cơ sở.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Đắk Nông").meetings
    assert [a.title for a in m.agenda] == ["tổ chức đại hội đảng bộ các cấp", "công tác cán bộ"]


def test_a_report_a_delegate_quotes_at_the_questioning_is_no_item(nlp):
    text = ("Kỳ họp thứ 7 HĐND tỉnh: chất vấn về quản lý rừng\n\n"
            "Sáng 8/12, Kỳ họp thứ 7 HĐND tỉnh Đắk Nông tiến hành phiên chất vấn và trả lời chất vấn. Chủ tịch HĐND tỉnh "
            "Đỗ Thị Kim Oanh chủ trì.\n\n"
            "Mở đầu phiên chất vấn, đại biểu Y Bliêng nêu thực trạng rừng bị lấn chiếm. Theo báo cáo của ngành chức năng, "
            "11 tháng năm 2023, toàn tỉnh phát hiện 186 vụ vi phạm lâm luật.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Đắk Nông", published="2023-12-08").meetings
    assert [a.title for a in m.agenda] == ["chất vấn và trả lời chất vấn"]


def test_counted_question_groups_replace_the_questioning_item(nlp):
    text = ("Ngày làm việc thứ hai Kỳ họp thứ 9 HĐND tỉnh\n\n"
            "Sáng 8/12, HĐND tỉnh Bình Thuận tiến hành phiên chất vấn và trả lời chất vấn. Đồng chí Nguyễn Hoài Anh, "
            "Chủ tịch HĐND tỉnh chủ trì.\n\n"
            "Các đại biểu tập trung chất vấn 2 nhóm vấn đề: việc quản lý khai thác khoáng sản và tình trạng thiếu "
            "giáo viên mầm non.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Bình Thuận").meetings
    assert [a.title for a in m.agenda] == ["việc quản lý khai thác khoáng sản", "tình trạng thiếu giáo viên mầm non"]


def test_a_body_named_in_a_title_is_no_document(nlp):
    text = ("Kỳ họp thứ 10 HĐND thành phố\n\n"
            "Sáng 6/7, HĐND Thành phố Hồ Chí Minh tiến hành phiên chất vấn và trả lời chất vấn. Chủ tịch HĐND Thành phố "
            "Lê Văn An chủ trì.\n\n"
            "Đại biểu Võ Thị Lan chất vấn Giám đốc Sở Quy hoạch - Kiến trúc Trần Minh Đức về việc chậm phê duyệt "
            "quy hoạch phân khu.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Sài Gòn Giải Phóng").meetings
    assert [(a.title, a.document_type) for a in m.agenda] == [("chất vấn và trả lời chất vấn", None)]


def test_a_report_an_order_asks_for_is_no_item(nlp):
    text = ("UBND tỉnh họp về giải ngân vốn đầu tư công\n\n"
            "Chiều 3/11, UBND tỉnh Vĩnh Long tổ chức cuộc họp về tình hình giải ngân vốn đầu tư công năm 2025. "
            "Đồng chí Lê Minh Tâm, Chủ tịch UBND tỉnh chủ trì.\n\n"
            "Chủ tịch UBND tỉnh giao đồng chí Phó Chủ tịch UBND tỉnh Ngô Văn Bình làm việc với các chủ đầu tư, báo cáo "
            "kết quả hằng tuần.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Vĩnh Long").meetings
    assert [a.title for a in m.agenda] == ["tình hình giải ngân vốn đầu tư công năm 2025"]


def test_a_voters_briefing_is_titled_to_the_session_it_names(nlp):
    text = ("Đoàn ĐBQH tỉnh tiếp xúc cử tri huyện Ba Tơ\n\n"
            "Ngày 5/10, Đoàn ĐBQH tỉnh Quảng Ngãi tiếp xúc cử tri huyện Ba Tơ trước Kỳ họp thứ 8, Quốc hội khóa XV.\n\n"
            "Tại buổi tiếp xúc, đồng chí Đinh Thị Hồng Minh thông báo với cử tri dự kiến nội dung, chương trình Kỳ họp "
            "thứ 8, Quốc hội khóa XV. Cử tri kiến nghị sửa chữa cầu treo bị hư hỏng.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Quảng Ngãi").meetings
    assert [a.title for a in m.agenda] == ["dự kiến nội dung, chương trình Kỳ họp thứ 8"]


def test_an_announcer_of_conclusions_is_not_the_convener(nlp):
    text = ("Thông báo kết luận cuộc họp về phòng, chống thiên tai\n\n"
            "Văn phòng UBND tỉnh vừa thông báo kết luận của Chủ tịch UBND tỉnh Trần Văn Nam tại cuộc họp Ban Chỉ đạo "
            "phòng, chống thiên tai tỉnh ngày 12/9. Chủ tịch UBND tỉnh yêu cầu các huyện rà soát khu dân cư ven sông.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Quảng Nam").meetings
    assert m.body_full_name == "Ban Chỉ đạo phòng, chống thiên tai tỉnh Quảng Nam"


@pytest.mark.parametrize("lead", [
    "Ngày 28/4, Thành ủy tổ chức buổi họp mặt kỷ niệm 46 năm Ngày Giải phóng miền Nam.",
    "Theo kết luận thanh tra, trường chi tiền họp trong giờ hành chính và chi thù lao sai quy định.",
])
def test_words_that_only_look_like_a_meeting(nlp, lead):
    assert extract("Tin địa phương\n\n" + lead, nlp=nlp, outlet="Báo Quảng Nam").meetings == []


def test_sap_xep_is_to_arrange_not_a_future_tense(nlp):
    text = ("Tin giáo dục\n\n"
            "Sở GD&ĐT vừa tổ chức hội nghị đánh giá công tác sắp xếp, tổ chức lại các trường học giai đoạn 2017-2020. "
            "Giám đốc Sở Lê Văn Hùng chủ trì hội nghị.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Quảng Nam").meetings
    assert (m.kind, m.body) == ("hội nghị", "Sở GD&ĐT")


def test_a_press_conference_called_cuoc_hop_bao(nlp):
    text = ("Ô nhiễm khói bụi tại Dung Quất\n\n"
            "Tại cuộc họp báo thường kỳ của Bộ Tài nguyên và Môi trường sáng 28/4, ông Lê Văn Hùng, Chánh Văn phòng Bộ "
            "chủ trì, trả lời báo chí về ô nhiễm khói bụi.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Tài nguyên và Môi trường").meetings
    assert m.kind == "họp báo"


def test_a_visit_by_a_secretary_named_after_his_title(nlp):
    text = ("Bí thư Tỉnh ủy làm việc với huyện Ba Tri\n\n"
            "Ngày 9-5, Bí thư Tỉnh ủy Lê Văn Phúc có buổi làm việc tại huyện Ba Tri với Ban Thường vụ Huyện ủy về tình "
            "hình thực hiện nhiệm vụ 4 tháng đầu năm 2024.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Đồng Khởi").meetings
    assert (m.body, m.chair) == ("Tỉnh ủy", ["Lê Văn Phúc"])


def test_a_title_only_lead_speaks_for_the_chairs_head_post(nlp):
    text = ("UBND tỉnh họp chuyên đề\n\n"
            "Chiều 20-11, đồng chí Trần Quốc Nam, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì phiên họp chuyên đề cho "
            "ý kiến vào 2 nội dung trình kỳ họp cuối năm của HĐND tỉnh: dự thảo Nghị quyết quy định mức thu học phí; "
            "dự thảo Nghị quyết về kế hoạch đầu tư công năm 2025.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Ninh Thuận").meetings
    assert m.body_full_name == "Ủy ban nhân dân tỉnh Ninh Thuận"
    assert [a.title for a in m.agenda] == ["quy định mức thu học phí", "kế hoạch đầu tư công năm 2025"]


def test_a_later_sessions_documents_and_a_side_are_no_items(nlp):
    text = ("Đại biểu HĐND tỉnh tiếp xúc cử tri\n\n"
            "Sáng 26.11, Tổ đại biểu HĐND tỉnh tiếp xúc cử tri xã Đại Hiệp trước Kỳ họp thứ 27 HĐND tỉnh.\n\n"
            "Tại buổi tiếp xúc, bà Lê Thị Hoa thông báo dự kiến nội dung, chương trình Kỳ họp thứ 27. Theo đó, kỳ họp dự "
            "kiến xem xét nghị quyết về kế hoạch phát triển KT-XH năm 2025 và nghị quyết quy định mức hỗ trợ học sinh.\n\n"
            "Về phía địa phương, ông Trần Văn Lực yêu cầu UBND huyện chi trả tiền bồi thường trước Tết.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Quảng Nam").meetings
    assert [a.title for a in m.agenda] == ["dự kiến nội dung, chương trình Kỳ họp thứ 27"]


def test_documents_named_in_a_row_are_one_item_each(nlp):
    text = ("UBND xã họp phiên thường kỳ tháng 11\n\n"
            "Chiều 27/11, UBND xã Tân Phú tổ chức phiên họp thường kỳ tháng 11 đánh giá kết quả thực hiện nhiệm vụ "
            "tháng 11. Chủ tịch UBND xã Lê Văn Bình chủ trì.\n\n"
            "Tại phiên họp, các thành viên đã cho ý kiến vào dự thảo Nghị quyết của HĐND xã về kế hoạch đầu tư công "
            "năm 2026, dự thảo Kế hoạch phát triển kinh tế - xã hội năm 2026, đồng thời thông qua tờ trình về phương án "
            "đặt tên đường.\n\n"
            "Theo dự thảo nghị quyết, tổng vốn đầu tư công năm 2026 của xã là 12 tỷ đồng.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Hà Tĩnh").meetings
    assert [(a.document_type, a.title) for a in m.agenda] == [
        ("báo cáo", "kết quả thực hiện nhiệm vụ tháng 11"),
        ("nghị quyết", "kế hoạch đầu tư công năm 2026"),
        ("kế hoạch", "phát triển kinh tế - xã hội năm 2026"),
        ("tờ trình", "phương án đặt tên đường")]


def test_a_lead_listing_pieces_of_work_names_each(nlp):
    text = ("Chủ tịch UBND tỉnh làm việc với Sở NN&PTNT\n\n"
            "Chiều 22-5, đồng chí Hồ Văn Tâm, Chủ tịch UBND tỉnh đã có buổi làm việc với Sở NN&PTNT về tình hình sản "
            "xuất nông nghiệp, công tác khắc phục hạn hán và phòng cháy, chữa cháy rừng mùa khô 2023-2024.\n\n"
            "Về phòng cháy rừng, từ đầu mùa khô xảy ra 14 vụ cháy rừng.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Gia Lai").meetings
    assert [a.title for a in m.agenda] == ["tình hình sản xuất nông nghiệp", "công tác khắc phục hạn hán",
                                           "phòng cháy, chữa cháy rừng mùa khô 2023-2024"]


def test_more_business_after_cung_tai_phien_hop_is_an_item(nlp):
    text = ("UBND thành phố họp phiên thường kỳ tháng 6\n\n"
            "Chiều 28/6, UBND thành phố Phan Thiết tổ chức phiên họp thường kỳ tháng 6 đánh giá tình hình kinh tế - xã "
            "hội 6 tháng đầu năm.\n\n"
            "Cũng tại phiên họp, UBND thành phố đã thông qua tờ trình về điều chỉnh kế hoạch đầu tư công năm 2023.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Bình Thuận").meetings
    assert [a.document_type for a in m.agenda] == ["báo cáo", "tờ trình"]


def test_the_periods_report_is_an_item_titled_by_its_period(nlp):
    text = ("UBND tỉnh họp phiên thường kỳ tháng 7\n\n"
            "Sáng 18/7, UBND tỉnh Quảng Bình tổ chức phiên họp thường kỳ tháng 7. Đồng chí Trần Văn An, Chủ tịch UBND "
            "tỉnh chủ trì.\n\n"
            "Theo báo cáo của Sở Tài chính, 6 tháng đầu năm 2025, tăng trưởng kinh tế của tỉnh đạt 7,2%.\n\n"
            "Đối với các địa phương, Chủ tịch UBND tỉnh yêu cầu đẩy nhanh giải ngân.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Quảng Bình").meetings
    assert [(a.document_type, a.title) for a in m.agenda] == [("báo cáo", "6 tháng đầu năm 2025")]


def test_a_hosts_period_report_adds_nothing_to_the_leads_topics(nlp):
    text = ("Phó Chủ tịch UBND tỉnh làm việc với huyện Mường Nhé\n\n"
            "Ngày 10/6, đồng chí Lò Văn Tiến, Phó Chủ tịch UBND tỉnh làm việc với huyện Mường Nhé về tiến độ thực hiện "
            "các chương trình mục tiêu quốc gia.\n\n"
            "Báo cáo của UBND huyện cho biết, 5 tháng đầu năm 2022, huyện đã giải ngân 42% kế hoạch vốn.")
    (m,) = extract(text, nlp=nlp, outlet="Điện Biên TV").meetings
    assert [a.title for a in m.agenda] == ["tiến độ thực hiện các chương trình mục tiêu quốc gia"]


def test_a_congresss_presidium_chairs_it(nlp):
    text = ("Đại hội đại biểu Đảng bộ xã Quảng Hòa lần thứ XXV\n\n"
            "Ngày 21/5, Đảng bộ xã Quảng Hòa tổ chức Đại hội đại biểu lần thứ XXV, nhiệm kỳ 2020-2025.\n\n"
            "Đoàn Chủ tịch Đại hội gồm các đồng chí: Nguyễn Văn Hải, Bí thư Đảng ủy xã; Lê Thị Thu, Chủ tịch UBND xã.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Quảng Bình").meetings
    assert m.chair == ["Nguyễn Văn Hải", "Lê Thị Thu"]


def test_a_sessions_own_business_announced_at_its_opening(nlp):
    text = ("Khai mạc Kỳ họp thứ 7 HĐND tỉnh\n\n"
            "Sáng 14-7, HĐND tỉnh Phú Yên khóa XII khai mạc Kỳ họp thứ 7.\n\n"
            "Tại kỳ họp này, các đại biểu sẽ xem xét nhiều báo cáo, trong đó có nghị quyết quy định mức hỗ trợ người có "
            "uy tín và nghị quyết thông qua danh mục 54 dự án cần thu hồi đất.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Phú Yên").meetings
    assert len(m.agenda) == 2


def test_a_lead_topic_to_carry_out(nlp):
    text = ("Ứng phó bão số 3\n\n"
            "Tối 9-9, UBND tỉnh Gia Lai tổ chức hội nghị trực tuyến để triển khai các biện pháp ứng phó với bão số 3.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Gia Lai").meetings
    (item,) = m.agenda
    assert item.title.startswith("các biện pháp ứng phó")


def test_a_council_body_supervising_in_the_lead_makes_a_working_visit(nlp):
    text = ("Giám sát chính sách hỗ trợ nông nghiệp\n\n"
            "Ngày 12/6, Thường trực HĐND tỉnh giám sát việc thực hiện chính sách hỗ trợ phát triển nông nghiệp tại Sở "
            "NN&PTNT. Đồng chí Trần Quốc Toản, Phó Chủ tịch HĐND tỉnh làm trưởng đoàn. Làm việc với đoàn có đồng chí "
            "Lê Thị Hà, Giám đốc Sở NN&PTNT.\n\nHĐND tỉnh tăng cường giám sát việc thực hiện nghị quyết.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Thái Bình", title_in_text=True).meetings
    assert (m.kind, m.body, m.chair, m.location) == ("buổi làm việc", "Thường trực HĐND tỉnh", ["Trần Quốc Toản"], "Sở NN&PTNT")
    assert [a.title for a in m.agenda] == ["việc thực hiện chính sách hỗ trợ phát triển nông nghiệp"]


def test_supervision_in_an_order_is_no_meeting(nlp):
    text = ("Chống rét cho gia súc\n\nSáng 5/1, UBND tỉnh ban hành công điện chống rét. HĐND tỉnh tăng cường giám "
            "sát việc thực hiện tại các huyện.")
    assert extract(text, nlp=nlp, outlet="Báo Lào Cai", title_in_text=True).meetings == []


def test_a_councils_delegates_group_meets_voters(nlp):
    text = ("Tiếp xúc cử tri\n\nNgày 26/6, Tổ đại biểu HĐND tỉnh bầu tại huyện Kiến Xương tổ chức tiếp xúc cử tri tại xã "
            "Bình Minh trước kỳ họp thứ 20 HĐND tỉnh.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Thái Bình", title_in_text=True).meetings
    assert (m.body, m.body_full_name) == ("Tổ đại biểu HĐND tỉnh bầu tại huyện Kiến Xương",
                                          "Tổ đại biểu Hội đồng nhân dân tỉnh Thái Bình bầu tại huyện Kiến Xương")


def test_a_visit_led_by_a_title_alone_is_chaired_by_its_holder(nlp):
    text = ("Chủ tịch UBND tỉnh làm việc với huyện Nam Trà My\n\nChiều 16/4, Chủ tịch UBND tỉnh cùng lãnh đạo một số sở, "
            "ngành đã làm việc với huyện Nam Trà My về phát triển cây sâm Ngọc Linh.\n\nKết luận buổi làm việc, Chủ "
            "tịch UBND tỉnh Lê Văn Dũng đề nghị huyện rà soát quy hoạch vùng trồng sâm.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Quảng Nam", title_in_text=True).meetings
    assert m.chair == ["Lê Văn Dũng"]


def test_a_visits_body_is_written_as_the_leaders_title_writes_it(nlp):
    text = ("Thứ trưởng Bộ Giao thông vận tải làm việc với tỉnh Phú Yên\n\n"
            "Chiều 17/8, Thứ trưởng Bộ GTVT Lê Anh Tuấn đã có buổi làm việc với tỉnh Phú Yên về tiến độ cao tốc.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Phú Yên", title_in_text=True).meetings
    assert (m.body, m.body_full_name) == ("Bộ GTVT", "Bộ Giao thông vận tải")


@pytest.mark.parametrize("lead, titles", [
    # what an inspection looks at is its topic
    ("Sáng 5/4, Chủ tịch UBND tỉnh Hồ Văn Nam cùng lãnh đạo các sở, ngành đã đi kiểm tra tiến độ thi công tuyến "
     "đường tránh thị trấn Sông Cầu tại huyện Tuy An.", ["tiến độ thi công tuyến đường tránh thị trấn Sông Cầu"]),
    ("Chiều 12/9, Phó Chủ tịch UBND tỉnh Trần Văn Hòa đã kiểm tra thực tế việc khắc phục sạt lở bờ sông Cái.",
     ["việc khắc phục sạt lở bờ sông Cái"]),
    # … a place visited is not one
    ("Sáng 6/5, Chủ tịch UBND tỉnh Hồ Văn Nam đã đi kiểm tra thực tế tại xã An Ninh Đông.", []),
])
def test_an_inspections_object_is_its_topic(nlp, lead, titles):
    (m,) = extract("Kiểm tra công trình\n\n" + lead, nlp=nlp, outlet="Báo Phú Yên").meetings
    assert [a.title for a in m.agenda] == titles


def test_lead_topics_after_a_semicolon(nlp):
    text = ("Hội nghị trực tuyến phòng cháy rừng\n\n"
            "Sáng 21/2, Ban Chỉ đạo phòng cháy, chữa cháy rừng tỉnh tổ chức hội nghị trực tuyến đánh giá công tác quản "
            "lý, bảo vệ rừng năm 2022; triển khai nhiệm vụ phòng cháy, chữa cháy rừng mùa khô 2022-2023.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Sơn La").meetings
    assert [a.title for a in m.agenda] == ["công tác quản lý, bảo vệ rừng năm 2022",
                                           "triển khai nhiệm vụ phòng cháy, chữa cháy rừng mùa khô 2022-2023"]


def test_a_sentence_taking_up_several_pieces_of_business(nlp):
    text = ("Ban Thường vụ Tỉnh ủy họp\n\n"
            "Ngày 22/11, Ban Thường vụ Tỉnh ủy Hòa Bình tổ chức hội nghị đánh giá tình hình thực hiện nhiệm vụ năm 2021.\n\n"
            "Cũng tại hội nghị, Ban Thường vụ Tỉnh ủy nghe báo cáo kết quả kiểm tra công tác phòng, chống dịch tại "
            "huyện Lạc Sơn; cho ý kiến về công tác cán bộ; thống nhất chủ trương đầu tư dự án đường nối hai huyện.\n\n"
            "Chiều cùng ngày, các đại biểu thảo luận tại tổ và nghe các báo cáo thẩm tra.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Hòa Bình").meetings
    assert len(m.agenda) == 4
    assert m.agenda[2].title == "công tác cán bộ"


def test_a_supervision_visit_led_by_a_delegations_deputy_head(nlp):
    text = ("Giám sát chuyên đề tại Sở Xây dựng\n\n"
            "Ngày 9/4, Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh Đỗ Thị Minh Hoa dẫn đầu đoàn giám sát chuyên đề việc "
            "thực hiện chính sách về nhà ở xã hội tại Sở Xây dựng. Tiếp và làm việc với đoàn có ông Lê Đức Nam, Giám "
            "đốc Sở Xây dựng.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Hưng Yên").meetings
    assert (m.kind, m.body_full_name, m.chair) == ("buổi làm việc", "Đoàn Đại biểu Quốc hội tỉnh Hưng Yên", ["Đỗ Thị Minh Hoa"])


def test_what_a_quoted_report_or_speech_or_a_department_name_mentions_is_no_item(nlp):
    text = ("Sở Tài chính tổng kết năm 2024\n\n"
            "Chiều 7-1, Sở Tài chính tỉnh Đắk Lắk tổ chức hội nghị tổng kết công tác tài chính - ngân sách năm 2024.\n\n"
            "Theo báo cáo tổng kết, năm 2024, tổng thu ngân sách ước đạt 9.126 tỷ đồng.\n\n"
            "Tại hội nghị, bà Nguyễn Thị Thu Hằng, Trưởng phòng Tài chính - Kế hoạch huyện Krông Pắc cho biết nguồn thu "
            "tiền sử dụng đất chỉ đạt 46% dự toán.\n\n"
            "Theo báo cáo của Sở Xây dựng, tỉnh đang triển khai Đề án đầu tư xây dựng 1 triệu căn hộ nhà ở xã hội.\n\n"
            "Cũng tại hội nghị, Sở Tài chính thông qua kế hoạch kiểm tra tài chính quý I/2025.\n\n"
            "“Nghị quyết chỉ thực sự có ý nghĩa khi đi vào cuộc sống” - bà Hằng nhấn mạnh.\n\n"
            "Giải trình các ý kiến, Giám đốc Sở Nông nghiệp và Môi trường cho biết, nguyên nhân chủ yếu do quy định về "
            "đối tượng hỗ trợ còn chặt.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Đắk Lắk").meetings
    assert [a.title for a in m.agenda] == ["công tác tài chính - ngân sách năm 2024", "kiểm tra tài chính quý I/2025"]
    assert m.agenda[1].document_type == "kế hoạch"


@pytest.mark.parametrize("text, outlet, body, full", [
    ("Thường trực Tỉnh ủy làm việc với Sở Y tế\n\n"
     "Ngày 5-3, dưới sự chủ trì của đồng chí Vũ Văn Khiêm, Bí thư Tỉnh ủy, Thường trực Tỉnh ủy Nam Định đã làm việc "
     "với Sở Y tế về tiến độ các dự án y tế.", "Báo Nam Định", "Thường trực Tỉnh ủy Nam Định", "Thường trực Tỉnh ủy Nam Định"),
    ("UBND tỉnh họp chuyên đề ứng phó hạn mặn\n\n"
     "(Báo Sóc Trăng) - Chiều qua (14/11), phiên họp chuyên đề về công tác ứng phó hạn hán, xâm nhập mặn đã được tổ "
     "chức tại Trung tâm Hội nghị tỉnh. Ông Dương Văn Khải, Phó Chủ tịch UBND tỉnh chủ trì phiên họp.",
     "Báo Sóc Trăng", "UBND tỉnh", "Ủy ban nhân dân tỉnh Sóc Trăng"),
    ("Sơ kết công tác phòng, chống tham nhũng\n\n"
     "Chiều 16/7, Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm.",
     "Báo Bắc Kạn", "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh", "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Bắc Kạn"),
])
def test_bodies_of_unusual_leads(nlp, text, outlet, body, full):
    (m,) = extract(text, nlp=nlp, outlet=outlet).meetings
    assert (m.body, m.body_full_name) == (body, full)


def test_kinds_by_body_and_inspection_visits(nlp):
    text = ("Ban Thường vụ Tỉnh ủy cho ý kiến về công tác cán bộ\n\n"
            "Chiều 14/3, dưới sự chủ trì của đồng chí Phạm Văn Khang, Bí thư Tỉnh ủy, Ban Thường vụ Tỉnh ủy đã họp, cho "
            "ý kiến vào phương án nhân sự.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Quảng Ninh").meetings
    assert m.kind == "hội nghị"
    text = ("Chủ tịch UBND tỉnh kiểm tra đường ven biển\n\n"
            "Sáng 14-3, Chủ tịch UBND tỉnh Võ Văn Khiêm cùng lãnh đạo các sở, ngành đã đi kiểm tra tiến độ thi công dự "
            "án tuyến đường ven biển tại huyện Phù Cát.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Bình Định").meetings
    assert (m.kind, m.body) == ("buổi làm việc", "UBND tỉnh")


def test_issues_delegates_raised_are_no_items(nlp):
    text = ("Huyện Tân Sơn tổng kết năm 2024\n\n"
            "Ngày 26/12, UBND huyện Tân Sơn tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.\n\n"
            "Tại hội nghị, các đại biểu tập trung thảo luận, làm rõ nhiều vấn đề như: nguyên nhân một số chỉ tiêu chưa "
            "đạt; công tác khắc phục hậu quả bão lũ; tiến độ xóa nhà tạm.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Phú Thọ").meetings
    assert len(m.agenda) == 1


def test_a_resolution_named_again_in_its_paragraph_is_one_item(nlp):
    text = ("HĐND tỉnh thông qua 2 nghị quyết\n\n"
            "Sáng 18/4, HĐND tỉnh Long An khóa X tổ chức kỳ họp chuyên đề.\n\n"
            "Kỳ họp đã thông qua 2 nghị quyết: Nghị quyết về chủ trương đầu tư dự án nâng cấp, mở rộng đường tỉnh 830E; "
            "Nghị quyết về việc đặt tên đường trên địa bàn thị trấn Bến Lức. Trong đó, nghị quyết về chủ trương đầu tư "
            "dự án nâng cấp được nhiều đại biểu quan tâm.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Long An").meetings
    assert len(m.agenda) == 2


def test_question_groups_planned_for_a_later_session_are_no_items(nlp):
    text = ("Thường trực HĐND tỉnh chuẩn bị kỳ họp\n\n"
            "Sáng 7/11, Thường trực HĐND tỉnh tổ chức phiên họp thường kỳ cho ý kiến về công tác chuẩn bị Kỳ họp thứ 21.\n\n"
            "Thường trực HĐND tỉnh thống nhất dành một buổi cho phiên chất vấn, tập trung vào 2 nhóm vấn đề: công tác cấp "
            "giấy chứng nhận quyền sử dụng đất và tiến độ các dự án du lịch ven biển.\n\n"
            "Cũng tại phiên họp, Thường trực HĐND tỉnh đã nghe báo cáo kết quả hoạt động tháng 10 và thống nhất chương "
            "trình công tác tháng 12/2024.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Quảng Bình").meetings
    assert len(m.agenda) == 3


def test_a_congress_hears_reports_and_comments_on_two_drafts(nlp):
    text = ("Hội Cựu chiến binh tỉnh tổ chức Đại hội lần thứ VII\n\n"
            "Ngày 15/9, Hội Cựu chiến binh tỉnh Tuyên Quang tổ chức Đại hội đại biểu lần thứ VII, nhiệm kỳ 2022-2027.\n\n"
            "Báo cáo chính trị do đồng chí Lý Văn Tài trình bày cho thấy, nhiệm kỳ 2017-2022, các cấp Hội đã kết nạp 1.870 "
            "hội viên.\n\n"
            "Đại hội cũng nghe báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của Ban Chấp hành Hội khóa VI; thảo luận, góp ý vào "
            "dự thảo Điều lệ Hội Cựu chiến binh Việt Nam (sửa đổi) và dự thảo Báo cáo chính trị trình Đại hội toàn quốc.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Tuyên Quang").meetings
    assert [a.document_type for a in m.agenda] == ["báo cáo", "báo cáo", None, "báo cáo"]


def test_the_afternoon_of_a_session_that_heard_a_body(nlp):
    text = ("Kỳ họp thứ 17 HĐND tỉnh: chất vấn 2 nhóm vấn đề\n\n"
            "Sáng 8/12, HĐND tỉnh Ninh Bình tiếp tục Kỳ họp thứ 17 với phiên chất vấn và trả lời chất vấn.\n\n"
            "Chiều cùng ngày, kỳ họp đã nghe UBND tỉnh trình tờ trình về kế hoạch đầu tư công năm 2024.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Ninh Bình").meetings
    assert m.kind == "kỳ họp"


def test_a_questioning_day_planned_at_a_standing_committee_meeting_is_no_item(nlp):
    text = ("Thường trực HĐND tỉnh họp phiên tháng 6\n\n"
            "Sáng 4-6, Thường trực HĐND tỉnh Hậu Giang tổ chức phiên họp thường kỳ tháng 6 cho ý kiến về công tác chuẩn bị "
            "Kỳ họp thứ 16.\n\n"
            "Phiên họp thống nhất dành 1 ngày cho phiên chất vấn và trả lời chất vấn tại kỳ họp.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Hậu Giang").meetings
    assert not any("chất vấn" in a.title for a in m.agenda)


def test_a_later_sessions_confidence_vote_told_to_voters_is_no_item(nlp):
    text = ("Đoàn ĐBQH tỉnh tiếp xúc cử tri huyện Trạm Tấu\n\n"
            "Ngày 11/10, Đoàn ĐBQH tỉnh Yên Bái tiếp xúc cử tri huyện Trạm Tấu trước Kỳ họp thứ 6, Quốc hội khóa XV.\n\n"
            "Tại buổi tiếp xúc, ông Hà Văn Thạch thông báo dự kiến nội dung, chương trình Kỳ họp thứ 6. Theo đó, kỳ họp dự "
            "kiến khai mạc ngày 23/10, lấy phiếu tín nhiệm đối với 44 người giữ chức vụ do Quốc hội bầu.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Yên Bái").meetings
    assert len(m.agenda) == 1


def _agenda(nlp, body, outlet="Báo Quảng Ngãi", headline="Phiên họp"):
    (m,) = extract(headline + "\n\n" + body, nlp=nlp, outlet=outlet).meetings
    return [a.title for a in m.agenda]


def test_a_report_quoted_with_its_presenter_is_no_item(nlp):
    titles = _agenda(nlp, "Sáng 10/1, Sở Y tế tổ chức hội nghị tổng kết công tác y tế năm 2024.\n\n"
                          "Báo cáo do ông Lê Văn An, Phó Giám đốc Sở trình bày cho biết, năm 2024 toàn ngành khám "
                          "chữa bệnh cho hơn 1,2 triệu lượt người.")
    assert titles == ["công tác y tế năm 2024"]


def test_prevention_and_control_is_one_title(nlp):
    titles = _agenda(nlp, "Sáng 3/3, UBND tỉnh họp phiên thường kỳ tháng 3.\n\n"
                          "Đối với phòng, chống dịch sốt xuất huyết, Chủ tịch UBND tỉnh giao Sở Y tế tăng cường giám sát.")
    assert "phòng, chống dịch sốt xuất huyết" in titles


def test_a_lead_topic_ends_where_the_meetings_other_business_begins(nlp):
    titles = _agenda(nlp, "Ngày 19/12, HĐND huyện Tuy An tổ chức kỳ họp thứ 13 để đánh giá tình hình KT-XH năm 2023 và "
                          "quyết định nhiều nội dung quan trọng.")
    assert titles == ["tình hình KT-XH năm 2023"]


def test_next_years_resolution_is_not_this_years_report(nlp):
    titles = _agenda(nlp, "Ngày 8/12, HĐND huyện Sơn Tịnh tổ chức kỳ họp thứ 9 để đánh giá tình hình thực hiện nhiệm vụ "
                          "phát triển KT-XH năm 2023.\n\n"
                          "Kỳ họp đã biểu quyết thông qua các nghị quyết về: nhiệm vụ phát triển KT-XH năm 2024; "
                          "kế hoạch đầu tư công năm 2024.")
    assert len(titles) == 3 and titles[1] == "nhiệm vụ phát triển KT-XH năm 2024"


def test_a_common_noun_in_a_row_of_documents_names_one(nlp):
    titles = _agenda(nlp, "Sáng 20/5, UBND tỉnh họp phiên thường kỳ tháng 5.\n\n"
                          "Cũng tại phiên họp, UBND tỉnh cho ý kiến vào tờ trình về điều chỉnh quy hoạch sử dụng đất; "
                          "đề án phát triển du lịch biển đảo và báo cáo kết quả rà soát các dự án chậm tiến độ.\n\n"
                          "Tại phiên họp, các đại biểu cho ý kiến vào dự thảo Báo cáo tình hình KT-XH năm 2024, "
                          "kế hoạch năm 2025.")
    assert titles[-4:-1] == ["điều chỉnh quy hoạch sử dụng đất", "phát triển du lịch biển đảo",
                             "kết quả rà soát các dự án chậm tiến độ"]
    assert titles[-1].startswith("tình hình KT-XH năm 2024")  # the comma's 'kế hoạch' is part of the title


def test_a_resolution_opening_a_sentence_after_a_lead_in_is_an_item(nlp):
    titles = _agenda(nlp, "Ngày 12/12, HĐND tỉnh Bến Tre khai mạc kỳ họp thứ 14.\n\n"
                          "Kỳ họp đã thông qua 20 nghị quyết. Đáng chú ý, Nghị quyết quy định mức hỗ trợ học phí cho "
                          "học sinh vùng ven biển được thông qua với 50/50 đại biểu tán thành.")
    assert titles == ["mức hỗ trợ học phí cho học sinh vùng ven biển"]


@pytest.mark.parametrize("sentence, count", [
    # plural documents that name their subject are one item …
    ("Buổi chiều, HĐND thành phố xem xét, thông qua các nghị quyết về điều chỉnh kế hoạch đầu tư công trung hạn.", 1),
    # … documents in general are none
    ("Buổi chiều, HĐND thành phố xem xét các tờ trình, dự thảo nghị quyết trình kỳ họp.", 0),
])
def test_plural_documents_with_a_subject(nlp, sentence, count):
    titles = _agenda(nlp, "Sáng 6/7, HĐND thành phố Cần Thơ khai mạc kỳ họp thứ 10.\n\n" + sentence)
    assert len(titles) == count


def test_documents_after_semicolons_in_one_clause_of_business(nlp):
    titles = _agenda(nlp, "Ngày 20/12, HĐND huyện Bình Gia tổ chức kỳ họp thứ 12.\n\n"
                          "Tại kỳ họp, các đại biểu đã nghe báo cáo tình hình KT-XH năm 2023; báo cáo kết quả hoạt động "
                          "của Thường trực HĐND huyện năm 2023; xem xét tờ trình về dự toán ngân sách năm 2024, tờ trình "
                          "về kế hoạch đầu tư công năm 2024 và dự thảo Nghị quyết về hỗ trợ trồng rừng gỗ lớn.",
                     outlet="Báo Lạng Sơn")
    assert len(titles) == 5 and titles[2:] == ["dự toán ngân sách năm 2024", "kế hoạch đầu tư công năm 2024",
                                               "hỗ trợ trồng rừng gỗ lớn"]


def test_questions_the_report_does_not_count_are_one_item(nlp):
    titles = _agenda(nlp, "Ngày 20/12, HĐND huyện Bình Gia tổ chức kỳ họp thứ 12.\n\n"
                          "Tại phiên chất vấn và trả lời chất vấn, các đại biểu tập trung chất vấn các vấn đề: tiến độ cấp "
                          "giấy chứng nhận quyền sử dụng đất; việc quản lý khoáng sản; chất lượng nước sinh hoạt.",
                     outlet="Báo Lạng Sơn", headline="Kỳ họp thứ 12 HĐND huyện Bình Gia")
    assert titles == ["chất vấn và trả lời chất vấn"]


@pytest.mark.parametrize("body, count", [
    # a lead topic that names no subject is none
    ("Chiều 12/6, Ban Thường vụ Thành ủy tổ chức hội nghị về một số nội dung quan trọng.", 0),
    # a report an order asks for is no item
    ("Ngày 10/7, HĐND thành phố Đà Nẵng tổ chức kỳ họp thứ 16.\n\nChủ tịch HĐND thành phố Trần Văn Lâm yêu cầu Sở "
     "TN&MT rà soát hồ sơ đất đai. UBND các quận, huyện tăng cường phối hợp, báo cáo kết quả về Thường trực HĐND "
     "thành phố trước kỳ họp cuối năm.", 0),
    # … and pieces of work joined by 'và việc' are one item each
    ("Sáng 21/8, Phó Bí thư Thường trực Tỉnh ủy Lê Văn Hòa làm việc với xã Sảng Mộc về kết quả thực hiện nhiệm vụ "
     "7 tháng năm 2024 và việc triển khai Chương trình mục tiêu quốc gia giảm nghèo.", 2),
])
def test_what_a_sentence_names_without_naming_business(nlp, body, count):
    assert len(_agenda(nlp, body, outlet="Báo Đà Nẵng")) == count


def test_a_document_named_again_by_its_name_or_its_type_is_the_same_item(nlp):
    text = ("Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 9\n\n"
            "Sáng 3/10, Ban Chấp hành Đảng bộ huyện Tam Nông tổ chức Hội nghị lần thứ 9 cho ý kiến vào dự thảo Báo cáo "
            "chính trị trình Đại hội Đảng bộ huyện lần thứ XVI và dự thảo Đề án phát triển du lịch cộng đồng giai đoạn "
            "2025-2030. Bí thư Huyện ủy Phạm Văn Lộc chủ trì hội nghị.\n\n"
            "Về dự thảo Báo cáo chính trị, các ý kiến đề nghị làm rõ hơn những hạn chế trong nhiệm kỳ.\n\n"
            "Đối với dự thảo Đề án, nhiều ý kiến đề nghị bổ sung nguồn lực thực hiện.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Phú Thọ").meetings
    assert [a.document_type for a in m.agenda] == ["báo cáo", "đề án"]


def test_a_document_before_a_row_of_resolutions_is_an_item(nlp):
    text = ("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 14\n\n"
            "Sáng 8/4, Ban Chấp hành Đảng bộ tỉnh Bắc Kạn tổ chức Hội nghị lần thứ 14. Bí thư Tỉnh ủy Hoàng Văn Minh "
            "chủ trì hội nghị.\n\n"
            "Tại hội nghị, Ban Chấp hành đã thông qua tờ trình về việc ban hành Quy chế làm việc của Ban Chấp hành; cho "
            "ý kiến vào dự thảo Nghị quyết về phát triển lâm nghiệp bền vững và dự thảo Nghị quyết về xây dựng đội ngũ "
            "cán bộ cấp xã.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Bắc Kạn").meetings
    assert [a.document_type for a in m.agenda] == ["tờ trình", "nghị quyết", "nghị quyết"]


def test_a_plan_being_carried_out_is_no_item(nlp):
    text = ("Ngành Nông nghiệp triển khai nhiệm vụ năm 2026\n\n"
            "Sáng 9-1, Sở NN&PTNT tổ chức hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026. Giám đốc "
            "Sở NN&PTNT Lê Văn Hải chủ trì hội nghị.\n\n"
            "Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh Trần Quốc Bảo nhấn mạnh, năm 2026 là năm đầu thực hiện Kế hoạch "
            "phát triển nông nghiệp giai đoạn 2026-2030, ngành cần đổi mới cách làm.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Đắk Lắk").meetings
    assert [a.document_type for a in m.agenda] == ["báo cáo"]


def test_a_clause_names_its_document_past_the_presenter(nlp):
    text = ("HĐND huyện khai mạc kỳ họp thứ 9\n\n"
            "Sáng 4-7, HĐND huyện Gia Lâm tổ chức kỳ họp thứ 9. Chủ tịch HĐND huyện Đỗ Văn Khang chủ trì.\n\n"
            "Tại kỳ họp, các đại biểu đã nghe UBND huyện trình bày báo cáo tình hình kinh tế - xã hội, quốc phòng - an "
            "ninh 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2025; xem xét tờ trình về điều chỉnh kế hoạch đầu tư công "
            "năm 2025.\n\n"
            "Theo báo cáo, 6 tháng đầu năm, thu ngân sách trên địa bàn huyện đạt 1.020 tỷ đồng.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Hà Nội Mới").meetings
    assert [(a.document_type, a.title) for a in m.agenda] == [
        ("báo cáo", "tình hình kinh tế - xã hội, quốc phòng - an ninh 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2025"),
        ("tờ trình", "điều chỉnh kế hoạch đầu tư công năm 2025")]


def test_documents_counted_but_not_named_are_no_item(nlp):
    text = ("Cử tri huyện Ba Tơ kiến nghị nâng cấp đường giao thông\n\n"
            "Sáng 20-12, Đoàn ĐBQH tỉnh tổ chức hội nghị tiếp xúc cử tri huyện Ba Tơ sau Kỳ họp thứ 8, Quốc hội khóa "
            "XV. Bà Đinh Thị Lan, Phó Trưởng Đoàn ĐBQH tỉnh chủ trì hội nghị.\n\n"
            "Tại hội nghị, bà Đinh Thị Lan thông báo kết quả Kỳ họp thứ 8, Quốc hội khóa XV. Sau 29 ngày làm việc, Quốc hội "
            "đã thông qua 18 luật, 21 nghị quyết và cho ý kiến lần đầu đối với 10 dự án luật khác; trong đó có Luật "
            "Thuế giá trị gia tăng (sửa đổi).")
    (m,) = extract(text, nlp=nlp, outlet="Báo Quảng Ngãi").meetings
    assert m.kind == "tiếp xúc cử tri"  # 'hội nghị tiếp xúc cử tri' is a voters' meeting
    assert len(m.agenda) == 1


def test_a_question_asked_in_the_paragraph_counting_the_groups_is_one_of_them(nlp):
    text = ("HĐND huyện chất vấn\n\n"
            "Sáng 11-7, HĐND huyện Đông Anh tổ chức kỳ họp thứ 12. Chủ tịch HĐND huyện Lê Văn Hòa chủ trì.\n\n"
            "Tại phiên chất vấn, các đại biểu tập trung chất vấn 2 nhóm vấn đề: công tác quản lý đất đai và việc xử lý "
            "rác thải sinh hoạt. Đại biểu Ngô Văn Tâm chất vấn về trách nhiệm của UBND xã khi để xảy ra 15 trường hợp "
            "xây dựng trái phép.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Hà Nội Mới").meetings
    assert [a.title for a in m.agenda if a.document_type is None] == [
        "công tác quản lý đất đai", "việc xử lý rác thải sinh hoạt"]


def test_a_request_singled_out_inside_a_paragraph_is_an_item_unless_it_is_one_of_a_group(nlp):
    lead = ("Chủ tịch UBND tỉnh làm việc với huyện\n\n"
            "Chiều 5-3, đồng chí Trần Văn Hùng, Chủ tịch UBND tỉnh đã có buổi làm việc với huyện Lộc Ninh về tiến độ "
            "các dự án trọng điểm.\n\n")
    single = ("Đối với kiến nghị của huyện về nâng cấp tuyến ĐT 756, đồng chí giao Sở KH&ĐT đề xuất nguồn vốn. Riêng "
              "đề xuất bổ sung biên chế giáo viên, đồng chí giao Sở Nội vụ rà soát, tham mưu trong tháng 4.")
    group = single.replace("Đối với kiến nghị của huyện về nâng cấp tuyến ĐT 756", "Đối với các kiến nghị của huyện")
    (m,) = extract(lead + single, nlp=nlp, outlet="Báo Bình Phước").meetings
    assert [a.title for a in m.agenda][1:] == ["kiến nghị của huyện về nâng cấp tuyến ĐT 756",
                                               "đề xuất bổ sung biên chế giáo viên"]
    (m,) = extract(lead + group, nlp=nlp, outlet="Báo Bình Phước").meetings
    assert [a.title for a in m.agenda][1:] == ["các kiến nghị của huyện"]


def test_a_voters_meeting_takes_up_its_briefing_alone(nlp):
    text = ("Cử tri huyện Hải Hà kiến nghị về đất rừng\n\n"
            "Sáng 8/10, Đoàn ĐBQH tỉnh tiếp xúc cử tri huyện Hải Hà trước Kỳ họp thứ 8, Quốc hội khóa XV. Bà Nguyễn "
            "Thị Thu Hà, Phó Trưởng Đoàn ĐBQH tỉnh chủ trì buổi tiếp xúc.\n\n"
            "Tại buổi tiếp xúc, bà Nguyễn Thị Thu Hà thông báo với cử tri dự kiến nội dung, chương trình Kỳ họp thứ 8. "
            "Kỳ họp dự kiến khai mạc ngày 21/10, Quốc hội sẽ xem xét các báo cáo về tình hình kinh tế - xã hội năm "
            "2024.\n\n"
            "Đối với kiến nghị của cử tri về đất rừng, bà Hà đề nghị UBND huyện Hải Hà rà soát, trả lời cử tri.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Quảng Ninh").meetings
    assert [a.title for a in m.agenda] == ["dự kiến nội dung, chương trình Kỳ họp thứ 8"]


def test_a_paragraph_opening_on_a_documents_content_takes_it_up(nlp):
    text = ("HĐND tỉnh họp kỳ họp chuyên đề\n\n"
            "Chiều 21/4, HĐND tỉnh khóa XIX tổ chức Kỳ họp thứ 12 (kỳ họp chuyên đề). Chủ tịch HĐND tỉnh Hoàng Văn "
            "Trí chủ trì kỳ họp.\n\n"
            "Theo tờ trình về việc điều chỉnh kế hoạch đầu tư công trung hạn giai đoạn 2021-2025, tổng số vốn điều "
            "chỉnh là 1.126 tỷ đồng. Kỳ họp đã biểu quyết thông qua nghị quyết với 47/47 đại biểu tán thành.\n\n"
            "Đối với dự thảo Nghị quyết quy định mức thu học phí năm học 2023-2024, các đại biểu thống nhất cao.\n\n"
            "Về dự thảo Nghị quyết về học phí, Chủ tịch HĐND tỉnh đề nghị UBND tỉnh sớm triển khai.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Yên Bái").meetings
    assert [a.document_type for a in m.agenda] == ["tờ trình", "nghị quyết"]


def test_a_document_word_repeating_one_in_the_title_before_goes_on_with_it(nlp):
    text = ("HĐND tỉnh họp chuyên đề\n\n"
            "Sáng 29/9, HĐND tỉnh Long An tổ chức kỳ họp thứ 13 (chuyên đề). Chủ tịch HĐND tỉnh Nguyễn Văn Được chủ "
            "trì.\n\n"
            "Tại kỳ họp, đại biểu nghe và thảo luận tờ trình về việc điều chỉnh kế hoạch đầu tư công trung hạn giai "
            "đoạn 2021-2025 và kế hoạch đầu tư công năm 2023; xem xét tờ trình về danh mục dự án cần thu hồi đất bổ "
            "sung năm 2023.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Long An").meetings
    assert [a.document_type for a in m.agenda] == ["tờ trình", "tờ trình"]


def test_what_a_meeting_takes_up_may_be_planned_without_the_meeting_being_announced(nlp):
    text = ("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 28\n\n"
            "Sáng 5/12, Ban Chấp hành Đảng bộ tỉnh Bắc Giang tổ chức Hội nghị lần thứ 28 để cho ý kiến vào Báo cáo "
            "kết quả thực hiện kế hoạch đầu tư công năm 2024, dự kiến kế hoạch năm 2025.\n\n"
            "Đồng chí Lê Đức Hòa, Bí thư Tỉnh ủy chủ trì hội nghị.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Bắc Giang", published="2024-12-05").meetings
    assert (m.body, m.chair, m.date) == ("Ban Chấp hành Đảng bộ tỉnh Bắc Giang", ["Lê Đức Hòa"], "2024-12-05")


def test_the_closing_days_report_counts_an_earlier_days_questioning_and_the_voters_petitions(nlp):
    text = ("Bế mạc Kỳ họp thứ 11, HĐND tỉnh\n\n"
            "Chiều 12/12, Kỳ họp thứ 11, HĐND tỉnh khóa XVI đã bế mạc. Chủ tịch HĐND tỉnh Hoàng Văn Nam chủ trì phiên "
            "bế mạc.\n\n"
            "Tại kỳ họp, các đại biểu đã thông qua nghị quyết về dự toán ngân sách năm 2020.\n\n"
            "Đối với các ý kiến, kiến nghị của cử tri gửi đến kỳ họp, đồng chí Hoàng Văn Nam yêu cầu UBND tỉnh trả lời "
            "bằng văn bản trước ngày 15/1/2020.\n\n"
            "Trước đó, sáng 11/12, các đại biểu đã dành trọn buổi sáng cho phiên chất vấn.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Cao Bằng", published="2019-12-12").meetings
    assert [a.title for a in m.agenda][1:] == ["các ý kiến, kiến nghị của cử tri gửi đến kỳ họp", "phiên chất vấn"]


def test_a_voters_meeting_is_chaired_by_who_chairs_it_not_by_a_deputy_in_the_bodys_name(nlp):
    text = ("Đoàn ĐBQH tỉnh tiếp xúc cử tri huyện Minh Hóa\n\n"
            "Sáng 9/10, Đoàn đại biểu Quốc hội (ĐBQH) tỉnh đã tiếp xúc cử tri thị trấn Quy Đạt trước Kỳ họp thứ 8.\n\n"
            "Tham gia buổi tiếp xúc có đồng chí Lương Văn Thuận, Phó Trưởng Đoàn chuyên trách Đoàn ĐBQH tỉnh và ĐBQH Cao "
            "Thị Thanh Hải, Phó Giám đốc Sở LĐ-TB&XH. Đồng chí Hồ Thị Liễu, Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì "
            "hội nghị.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Quảng Bình").meetings
    assert m.chair == ["Hồ Thị Liễu"]


def test_a_surname_that_is_also_a_place_opens_the_leaders_name_not_a_place(nlp):
    text = ("Bí thư Tỉnh ủy làm việc với huyện Nhơn Trạch\n\n"
            "Chiều 15-9, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Lâm Thế Hiển đã có buổi làm việc với huyện Nhơn Trạch "
            "về tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 8 tháng đầu năm.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Đồng Nai").meetings
    assert (m.body, m.chair) == ("Tỉnh ủy", ["Lâm Thế Hiển"])


def test_a_document_presented_by_a_person_is_an_item_and_its_verification_report_is_not(nlp):
    text = ("HĐND tỉnh họp chuyên đề\n\n"
            "Sáng 28/3, HĐND tỉnh Bình Phước tổ chức kỳ họp chuyên đề. Chủ tịch HĐND tỉnh Huỳnh Thị Hằng chủ trì.\n\n"
            "Tại kỳ họp, các đại biểu nghe ông Nguyễn Văn Tấn, Giám đốc Sở KH&ĐT trình bày tờ trình về việc điều chỉnh "
            "kế hoạch đầu tư công năm 2024; nghe bà Hồ Thị Lệ, Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh báo cáo thẩm "
            "tra; xem xét tờ trình về dự toán thu, chi ngân sách tỉnh năm 2025.\n\n"
            "Đối với dự toán ngân sách năm 2025, các đại biểu thống nhất cao.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Bình Phước").meetings
    assert [(a.document_type, a.title) for a in m.agenda] == [
        ("tờ trình", "việc điều chỉnh kế hoạch đầu tư công năm 2024"),
        ("tờ trình", "dự toán thu, chi ngân sách tỉnh năm 2025")]


def test_a_document_a_host_asks_for_is_no_item(nlp):
    text = ("Chủ tịch UBND tỉnh làm việc với huyện Sơn Hà\n\n"
            "Chiều 11/4, Chủ tịch UBND tỉnh Trần Minh Hải đã có buổi làm việc với huyện Sơn Hà về tiến độ giải ngân vốn "
            "đầu tư công năm 2024.\n\n"
            "Huyện kiến nghị tỉnh hỗ trợ 35 tỷ đồng để xây dựng kè chống sạt lở; đồng thời cho phép điều chỉnh danh mục 7 "
            "dự án thuộc Chương trình MTQG phát triển KT-XH vùng đồng bào DTTS và miền núi.\n\n"
            "Tại buổi làm việc, lãnh đạo huyện đã báo cáo kết quả giải quyết ý kiến, kiến nghị của cử tri và dự thảo Kế "
            "hoạch phát triển du lịch cộng đồng năm 2025.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Quảng Ngãi").meetings
    assert [a.document_type for a in m.agenda] == ["báo cáo", "kế hoạch"]


def test_a_report_title_ends_where_the_meeting_sets_its_targets(nlp):
    titles = _agenda(nlp, "Ngày 18/12, Ban Chấp hành Đảng bộ huyện Bảo Lạc tổ chức hội nghị lần thứ 15.\n\n"
                          "Hội nghị đã thảo luận, thông qua báo cáo tình hình thực hiện nhiệm vụ chính trị năm 2024 và "
                          "đề ra 17 chỉ tiêu chủ yếu năm 2025.", outlet="Báo Cao Bằng")
    assert titles == ["tình hình thực hiện nhiệm vụ chính trị năm 2024"]


def test_documents_presented_in_a_row_are_one_item_each_and_a_works_pair_stays_in_its_title(nlp):
    titles = _agenda(nlp, "Sáng 12/7, HĐND tỉnh Trà Vinh khóa X tổ chức kỳ họp thứ 14 (kỳ họp chuyên đề).\n\n"
                          "Tại kỳ họp, ông Nguyễn Văn Tâm, Phó Chủ tịch UBND tỉnh trình bày tờ trình về điều chỉnh chủ "
                          "trương đầu tư dự án cải tạo, nâng cấp Quốc lộ 53 đoạn qua huyện Càng Long và tờ trình về giao "
                          "biên chế công chức năm 2025.", outlet="Báo Trà Vinh", headline="Kỳ họp chuyên đề")
    assert titles == ["điều chỉnh chủ trương đầu tư dự án cải tạo, nâng cấp Quốc lộ 53 đoạn qua huyện Càng Long",
                      "giao biên chế công chức năm 2025"]


def test_a_document_word_joined_to_the_next_names_no_item_of_its_own(nlp):
    titles = _agenda(nlp, "Sáng 20/5, Ban Văn hóa - Xã hội HĐND tỉnh tổ chức hội thảo góp ý dự thảo Nghị quyết quy định "
                          "chính sách hỗ trợ học sinh bán trú.\n\n"
                          "Trình bày tờ trình và báo cáo đánh giá tác động của chính sách, đại diện Sở GD&ĐT cho biết "
                          "toàn tỉnh có hơn 9.000 học sinh bán trú.", headline="Hội thảo")
    assert "và" not in titles


def test_the_first_report_heard_naming_two_pieces_of_work_is_two_items(nlp):
    titles = _agenda(nlp, "Ngày 5/11, đồng chí Lê Văn Hải, Chủ tịch UBND tỉnh đã có chuyến công tác tại huyện Ba Chẽ và "
                          "huyện Bình Liêu.\n\n"
                          "Làm việc với huyện Ba Chẽ, đoàn công tác nghe báo cáo tình hình thực hiện nhiệm vụ phát triển "
                          "kinh tế - xã hội 10 tháng năm 2024 và tiến độ xây dựng cầu Nam Sơn.", outlet="Báo Quảng Ninh",
                     headline="Chủ tịch UBND tỉnh làm việc tại Ba Chẽ")
    assert titles == ["tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 10 tháng năm 2024",
                      "tiến độ xây dựng cầu Nam Sơn"]


def test_a_document_whose_subject_opens_with_a_business_verb_is_one_item_and_a_row_may_join_with_cung(nlp):
    titles = _agenda(nlp, "Sáng 9/7, HĐND tỉnh Bình Phước khóa X tổ chức kỳ họp thứ 19 (kỳ họp chuyên đề).\n\n"
                          "Tại kỳ họp, các đại biểu đã nghe tờ trình về thông qua danh mục công trình cần thu hồi đất năm "
                          "2024; dự thảo Nghị quyết quy định mức chi hỗ trợ công tác hòa giải ở cơ sở cùng một số dự thảo "
                          "nghị quyết về tổ chức bộ máy.", outlet="Báo Bình Phước", headline="Kỳ họp chuyên đề")
    assert titles == ["thông qua danh mục công trình cần thu hồi đất năm 2024",
                      "quy định mức chi hỗ trợ công tác hòa giải ở cơ sở", "tổ chức bộ máy"]


def test_a_report_at_a_later_session_is_an_orders_last_step_not_a_briefing(nlp):
    titles = _agenda(nlp, "Sáng 14/3, HĐND tỉnh Hà Tĩnh khóa XVIII tổ chức kỳ họp thứ 19 để xem xét tờ trình về điều chỉnh "
                          "kế hoạch đầu tư công năm 2024.\n\n"
                          "Bế mạc kỳ họp, Chủ tịch HĐND tỉnh đề nghị UBND tỉnh sớm triển khai các nghị quyết. Thường trực "
                          "HĐND tỉnh, các ban và các tổ đại biểu tăng cường giám sát việc bồi thường, báo cáo kết quả tại kỳ "
                          "họp thường lệ cuối năm.", outlet="Báo Hà Tĩnh", headline="Kỳ họp chuyên đề")
    assert titles == ["điều chỉnh kế hoạch đầu tư công năm 2024"]


def test_a_same_day_paragraph_taking_up_the_headlines_visit_names_its_topics(nlp):
    text = ("Chủ tịch UBND tỉnh làm việc với huyện Vạn Ninh\n\n"
            "Sáng 3/10, ông Lê Văn Tân, Chủ tịch UBND tỉnh tiếp công dân định kỳ tại trụ sở.\n\n"
            "Chiều cùng ngày, ông Lê Văn Tân làm việc với huyện Vạn Ninh về tình hình thu hút đầu tư vào Khu kinh tế Vân "
            "Phong và công tác giải phóng mặt bằng các dự án trọng điểm.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Khánh Hòa").meetings
    assert [a.title for a in m.agenda] == ["tình hình thu hút đầu tư vào Khu kinh tế Vân Phong",
                                           "công tác giải phóng mặt bằng các dự án trọng điểm"]


def test_an_inspection_in_the_lead_and_a_visit_that_afternoon_are_two_meetings(nlp):
    text = ("Chủ tịch UBND tỉnh kiểm tra cảng cá và làm việc với huyện Vạn Ninh\n\n"
            "Sáng 3/10, ông Lê Văn Tân, Chủ tịch UBND tỉnh đã kiểm tra tiến độ nạo vét luồng vào cảng cá Đầm Môn.\n\n"
            "Chiều cùng ngày, ông Lê Văn Tân làm việc với huyện Vạn Ninh về tình hình thu hút đầu tư vào Khu kinh tế Vân "
            "Phong và công tác giải phóng mặt bằng các dự án trọng điểm.")
    first, second = extract(text, nlp=nlp, outlet="Báo Khánh Hòa", published="2024-10-03").meetings
    assert [a.title for a in first.agenda] == ["tiến độ nạo vét luồng vào cảng cá Đầm Môn"]
    assert [a.title for a in second.agenda] == ["tình hình thu hút đầu tư vào Khu kinh tế Vân Phong",
                                                "công tác giải phóng mặt bằng các dự án trọng điểm"]
    assert first.date == second.date == "2024-10-03"
    assert first.body == second.body == "UBND tỉnh"  # the same leader, for the same body


def test_a_delegate_groups_constituency_is_part_of_the_voters_meetings_body(nlp):
    text = ("Tổ đại biểu HĐND tỉnh tiếp xúc cử tri\n\n"
            "Cập nhật, 08:30, Thứ Năm, 30/11/2023 (GMT+7)\n\n"
            "Ngày 29/11, Tổ đại biểu HĐND tỉnh đơn vị huyện Trà Ôn đã tiếp xúc cử tri xã Hựu Thành trước kỳ họp thứ 13 "
            "HĐND tỉnh khóa X.")
    record = extract(text, nlp=nlp, outlet="Báo Vĩnh Long")
    (m,) = record.meetings
    assert m.body == "Tổ đại biểu HĐND tỉnh đơn vị huyện Trà Ôn"
    assert m.date == "2023-11-29"
    assert record.published.startswith("2023-11-30")


def test_a_paragraph_on_the_same_work_under_another_head_word_is_the_leads_item(nlp):
    titles = _agenda(nlp, "Chiều 5/9, đồng chí Lê Văn Hòa, Phó Chủ tịch UBND tỉnh có buổi làm việc với huyện Thanh Sơn về tình "
                          "hình thực hiện các chương trình mục tiêu quốc gia và tiến độ giải phóng mặt bằng các dự án giao thông.\n\n"
                          "Đối với công tác giải phóng mặt bằng, Phó Chủ tịch UBND tỉnh đề nghị UBND huyện vận động 20 hộ còn lại "
                          "bàn giao mặt bằng trong tháng 10.", outlet="Báo Phú Thọ", headline="Làm việc tại Thanh Sơn")
    assert titles == ["tình hình thực hiện các chương trình mục tiêu quốc gia",
                      "tiến độ giải phóng mặt bằng các dự án giao thông"]


def test_a_document_named_inside_anothers_title_past_a_comma_it_runs_over_is_part_of_it(nlp):
    titles = _agenda(nlp, "Ngày 9-7, Ban Chấp hành Đảng bộ huyện Đồng Hỷ tổ chức Hội nghị lần thứ 20.\n\n"
                          "Hội nghị cũng thông qua tờ trình về việc điều chỉnh, bổ sung Chương trình công tác toàn khóa của BCH "
                          "Đảng bộ huyện; cho ý kiến vào dự thảo Kế hoạch tổ chức đại hội đảng bộ cơ sở.", outlet="Báo Thái Nguyên",
                     headline="Hội nghị BCH Đảng bộ huyện")
    assert len(titles) == 2
    assert titles[0] == "việc điều chỉnh, bổ sung Chương trình công tác toàn khóa của BCH Đảng bộ huyện"


def test_counted_draft_resolutions_list_exactly_the_counted_ones(nlp):
    titles = _agenda(nlp, "Sáng 20/4, HĐND tỉnh Đắk Nông khóa IV tổ chức Kỳ họp thứ 8 (kỳ họp chuyên đề).\n\n"
                          "Kỳ họp xem xét, thông qua 3 dự thảo nghị quyết: Nghị quyết điều chỉnh kế hoạch đầu tư công năm 2023; "
                          "Nghị quyết quy định mức thu học phí năm học 2023-2024 và Nghị quyết đặt tên đường tại thành phố Gia "
                          "Nghĩa.\n\n"
                          "Sau khi nghe UBND tỉnh trình bày các tờ trình và các Ban của HĐND tỉnh báo cáo thẩm tra, các đại biểu "
                          "đã thảo luận sôi nổi.", outlet="Báo Đắk Nông", headline="Kỳ họp chuyên đề")
    assert len(titles) == 3
    assert titles[-1] == "đặt tên đường tại thành phố Gia Nghĩa"


@pytest.mark.parametrize("heard", [
    "Sau khi nghe UBND tỉnh trình bày các tờ trình và các Ban của HĐND tỉnh báo cáo thẩm tra, các đại biểu đã thảo luận "
    "sôi nổi.",
    # (a committee's report on its review of them is no item either)
    "Các đại biểu đã nghe UBND tỉnh trình bày các tờ trình, Ban Kinh tế - Ngân sách HĐND tỉnh báo cáo kết quả thẩm tra; "
    "thảo luận sôi nổi.",
])
def test_documents_heard_in_general_and_a_lively_discussion_are_no_items(nlp, heard):
    titles = _agenda(nlp, "Sáng 21/4, HĐND tỉnh Đắk Nông khóa IV tổ chức Kỳ họp thứ 8 để xem xét dự thảo Nghị quyết quy định "
                          f"mức thu học phí năm học 2023-2024.\n\n{heard}", outlet="Báo Đắk Nông", headline="Kỳ họp chuyên đề")
    assert titles == ["quy định mức thu học phí năm học 2023-2024"]


def test_a_page_leftover_above_the_lead_does_not_hide_the_meeting(nlp):
    # a date line in a form the structure stage does not know stays in the body; the lead is the
    # first paragraph that reads as a sentence
    text = ("Ban Thường vụ Tỉnh ủy cho ý kiến vào nhiều nội dung quan trọng\n\n"
            "Thứ Hai | 08 giờ 42 | 11.07.2022\n\n"
            "Chiều 11-7, dưới sự chủ trì của đồng chí Lê Văn Thịnh, Bí thư Tỉnh ủy, Ban Thường vụ Tỉnh ủy đã họp cho ý "
            "kiến vào dự thảo Đề án phát triển nguồn nhân lực vùng đồng bào dân tộc thiểu số đến năm 2030.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Đắk Lắk").meetings
    assert (m.kind, m.body, m.chair) == ("hội nghị", "Ban Thường vụ Tỉnh ủy", ["Lê Văn Thịnh"])


def test_more_business_the_session_also_adopted_is_an_item(nlp):
    titles = _agenda(nlp, "Sáng 24/10, HĐND tỉnh Lạng Sơn khóa XVII tổ chức kỳ họp thứ 15 để xem xét tờ trình về điều chỉnh kế "
                          "hoạch đầu tư công trung hạn giai đoạn 2021-2025.\n\n"
                          "Với 50/52 đại biểu tán thành, kỳ họp đã thông qua Nghị quyết điều chỉnh kế hoạch đầu tư công trung "
                          "hạn giai đoạn 2021-2025. Kỳ họp cũng thông qua Nghị quyết về việc đặt tên một số tuyến đường trên "
                          "địa bàn thành phố Lạng Sơn.", outlet="Báo Lạng Sơn", headline="Kỳ họp chuyên đề")
    assert len(titles) == 2 and "đặt tên một số tuyến đường" in titles[1]


def test_a_resolution_amending_another_is_one_item(nlp):
    titles = _agenda(nlp, "Sáng 19-4, HĐND tỉnh Bạc Liêu khóa X tổ chức Kỳ họp thứ 17 (kỳ họp chuyên đề).\n\n"
                          "Kỳ họp cũng thông qua Nghị quyết về danh mục công trình cần thu hồi đất năm 2024; thông qua Nghị "
                          "quyết sửa đổi, bổ sung một số điều của Nghị quyết số 12/2022/NQ-HĐND quy định mức thu học phí.",
                     outlet="Báo Bạc Liêu", headline="Kỳ họp chuyên đề")
    assert len(titles) == 2
    assert titles[1].startswith("sửa đổi, bổ sung một số điều của Nghị quyết số 12/2022/NQ-HĐND")


def test_a_draft_stating_amounts_gives_the_listed_drafts_content_and_for_goes_on_in_a_title(nlp):
    titles = _agenda(nlp, "Ngày 26/9, HĐND tỉnh Ninh Bình khóa XV tổ chức kỳ họp thứ 23 (kỳ họp chuyên đề).\n\n"
                          "Tại kỳ họp, các đại biểu đã nghe UBND tỉnh trình bày tờ trình về điều chỉnh kế hoạch đầu tư công "
                          "năm 2024; dự thảo Nghị quyết quy định chính sách hỗ trợ khôi phục sản xuất nông nghiệp bị thiệt hại "
                          "do bão; dự thảo Nghị quyết quy định mức khoán kinh phí đối với thôn, tổ dân phố.\n\n"
                          "Theo tờ trình của UBND tỉnh, bão đã làm hơn 9.800 ha lúa bị ngập úng. Dự thảo Nghị quyết quy định "
                          "mức hỗ trợ 2 triệu đồng/ha lúa bị thiệt hại trên 70%.", outlet="Báo Ninh Bình", headline="Kỳ họp")
    assert len(titles) == 3
    assert titles[2].endswith("đối với thôn, tổ dân phố")  # (a pair of units goes on in it too)


def test_a_body_that_gave_an_order_then_hearing_a_report_takes_it_up(nlp):
    text = ("Ban Thường vụ Tỉnh ủy cho ý kiến vào nhiều nội dung\n\n"
            "Ngày 13/5, Ban Thường vụ Tỉnh ủy họp cho ý kiến vào một số nội dung quan trọng. Đồng chí Đặng Văn Khoa, Bí thư "
            "Tỉnh ủy chủ trì hội nghị.\n\n"
            "Đối với Tờ trình về chủ trương đầu tư dự án đường Vành đai 4, Ban Thường vụ Tỉnh ủy giao Ban cán sự đảng UBND "
            "tỉnh chỉ đạo hoàn thành bàn giao mặt bằng trước ngày 30/9/2024.\n\n"
            "Ban Thường vụ Tỉnh ủy cũng nghe báo cáo kết quả 3 năm thực hiện Nghị quyết số 05-NQ/TU về phát triển công nghiệp.")
    r = extract(text, nlp=nlp, outlet="Báo Hưng Yên")
    assert len(r.directives) == 1
    assert [a.document_type for a in r.meetings[0].agenda] == ["tờ trình", "báo cáo"]


def test_an_officials_inspection_later_that_day_is_a_second_meeting_with_its_own_business(nlp):
    text = ("Chủ tịch UBND tỉnh chỉ đạo đẩy nhanh giải ngân vốn đầu tư công\n\n"
            "Sáng 16/8, UBND tỉnh Hà Nam tổ chức hội nghị trực tuyến với các huyện về tình hình giải ngân vốn đầu tư công "
            "7 tháng năm 2024. Đồng chí Đào Minh Thịnh, Chủ tịch UBND tỉnh chủ trì hội nghị.\n\n"
            "Chiều cùng ngày, Chủ tịch UBND tỉnh Đào Minh Thịnh đã kiểm tra tiến độ thi công dự án đường vành đai 5 trên "
            "địa bàn huyện Thanh Liêm.\n\n"
            "Về đề xuất của huyện, Chủ tịch UBND tỉnh giao Sở Xây dựng khảo sát quỹ đất tái định cư.")
    first, second = extract(text, nlp=nlp, outlet="Báo Hà Nam", published="2024-08-16").meetings
    assert (second.kind, second.date) == ("buổi làm việc", "2024-08-16")
    assert [a.title for a in second.agenda] == ["tiến độ thi công dự án đường vành đai 5 trên địa bàn huyện Thanh Liêm",
                                                "đề xuất của huyện"]


def test_the_official_who_leads_a_delegation_chairs_its_voters_meeting(nlp):
    text = ("Đoàn ĐBQH tỉnh tiếp xúc cử tri thành phố Bến Cát\n\n"
            "Sáng 11-10, Đoàn Đại biểu Quốc hội (ĐBQH) tỉnh Bình Dương do ông Lê Minh Khoa, Phó Trưởng Đoàn chuyên trách Đoàn "
            "ĐBQH tỉnh dẫn đầu đã tiếp xúc cử tri TP.Bến Cát trước Kỳ họp thứ 8, Quốc hội khóa XV. Cùng tham gia có bà Trần "
            "Thị Kim Ngân, ĐBQH, Ủy viên Ủy ban Xã hội của Quốc hội.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Bình Dương").meetings
    assert m.chair == ["Lê Minh Khoa"]


def test_who_chairs_is_said_and_wins_over_who_leads_the_delegation(nlp):
    text = ("Đoàn ĐBQH tỉnh tiếp xúc cử tri huyện Bảo Yên\n\n"
            "Sáng 5-10, Đoàn ĐBQH tỉnh do đồng chí Nguyễn Thị Hạnh, Phó Trưởng Đoàn chuyên trách Đoàn ĐBQH tỉnh làm trưởng "
            "đoàn đã tiếp xúc cử tri xã Xuân Hoà, huyện Bảo Yên. Đồng chí Lương Thị Hiền, Chủ tịch Ủy ban MTTQ Việt Nam "
            "huyện chủ trì hội nghị.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Lào Cai").meetings
    assert m.chair == ["Lương Thị Hiền"]


def test_a_conference_connected_online_is_an_online_conference(nlp):
    text = ("Sơ kết 6 tháng thực hiện các chương trình mục tiêu quốc gia\n\n"
            "Ngày 13/7, Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm. Hội "
            "nghị được kết nối trực tuyến tới 10 điểm cầu các huyện, thị xã, thành phố.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Điện Biên Phủ").meetings
    assert m.kind == "hội nghị trực tuyến"


def test_the_host_of_a_visit_is_not_its_body(nlp):
    text = ("Phó Chủ tịch UBND thành phố làm việc tại quận Liên Chiểu\n\n"
            "Sáng 21-3, Phó Chủ tịch UBND thành phố Phan Thanh Vũ làm việc với quận Liên Chiểu về công tác giải phóng mặt "
            "bằng.\n\n"
            "Chiều cùng ngày, ông Phan Thanh Vũ làm việc với Sở Xây dựng về tình hình phát triển nhà ở xã hội.")
    first, second = extract(text, nlp=nlp, outlet="Báo Đà Nẵng").meetings
    assert first.body == second.body == "UBND thành phố"


def test_a_request_singled_out_in_the_conclusion_is_an_item(nlp):
    titles = _agenda(nlp, "Ngày 20/11, đồng chí Lê Văn Khiêm, Bí thư Tỉnh ủy đã làm việc với Ban Thường vụ Huyện ủy Như Xuân về "
                          "kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2024.\n\n"
                          "Kết luận buổi làm việc, đồng chí Lê Văn Khiêm yêu cầu huyện hoàn thành toàn bộ chỉ tiêu năm 2024. "
                          "Đối với kiến nghị của huyện về đầu tư tuyến đường, Bí thư Tỉnh ủy giao Sở KH&ĐT nghiên cứu, đề xuất "
                          "bố trí vốn.", outlet="Báo Thanh Hóa", headline="Bí thư Tỉnh ủy làm việc tại Như Xuân")
    assert titles[-1] == "kiến nghị của huyện về đầu tư tuyến đường" and len(titles) == 2


def test_a_street_naming_title_runs_over_its_length_clause_and_is_named_again_by_its_resolution(nlp):
    titles = _agenda(nlp, "Sáng 10/10, HĐND tỉnh Hải Dương khóa XVII tổ chức kỳ họp thứ 17 (kỳ họp chuyên đề).\n\n"
                          "Kỳ họp cũng xem xét tờ trình về việc đặt tên, điều chỉnh độ dài một số tuyến đường trên địa bàn "
                          "thành phố Chí Linh.\n\n"
                          "Kỳ họp cũng nhất trí thông qua Nghị quyết về đặt tên đường tại thành phố Chí Linh và thông qua Nghị "
                          "quyết quy định chính sách hỗ trợ cán bộ, công chức cấp xã dôi dư.", outlet="Báo Hải Dương",
                     headline="Kỳ họp chuyên đề")
    assert len(titles) == 2
    assert titles[0] == "việc đặt tên, điều chỉnh độ dài một số tuyến đường trên địa bàn thành phố Chí Linh"


def test_a_topic_paragraph_whose_clause_opens_on_a_year_echoes_the_lead_topic(nlp):
    titles = _agenda(nlp, "Ngày 5-4, đồng chí Hoàng Văn Lợi, Phó Chủ tịch UBND tỉnh làm việc với huyện Ba Bể về phát triển du "
                          "lịch cộng đồng và công tác giảm nghèo.\n\n"
                          "Về du lịch, năm 2024 huyện đón 120.000 lượt khách, doanh thu đạt 95 tỷ đồng.\n\n"
                          "Về giảm nghèo, năm 2024 huyện giảm 4,2% hộ nghèo.", outlet="Báo Bắc Kạn",
                     headline="Phó Chủ tịch UBND tỉnh làm việc tại Ba Bể")
    assert titles == ["phát triển du lịch cộng đồng", "công tác giảm nghèo"]


def test_discussing_the_report_on_a_lead_topic_is_that_topic(nlp):
    titles = _agenda(nlp, "Sáng 6/12, HĐND tỉnh Nghệ An khóa XVIII bước vào ngày làm việc thứ hai của kỳ họp thứ 18 với phiên "
                          "thảo luận về tình hình kinh tế - xã hội năm 2023, kế hoạch năm 2024.\n\n"
                          "Thảo luận về báo cáo tình hình kinh tế - xã hội, các đại biểu đánh giá cao kết quả thu ngân sách.",
                     outlet="Báo Nghệ An", headline="Kỳ họp thứ 18 HĐND tỉnh")
    assert titles == ["tình hình kinh tế - xã hội năm 2023, kế hoạch năm 2024"]


def test_documents_counted_in_general_before_those_named_are_no_item(nlp):
    titles = _agenda(nlp, "Sáng 14/9, HĐND tỉnh Bến Tre khóa X tổ chức kỳ họp thứ 12 (kỳ họp chuyên đề).\n\n"
                          "Tại kỳ họp, các đại biểu đã xem xét 7 tờ trình và dự thảo nghị quyết do UBND tỉnh trình, trong đó "
                          "có tờ trình về điều chỉnh kế hoạch đầu tư công năm 2023; dự thảo Nghị quyết quy định mức thu học "
                          "phí năm học 2023 - 2024.", outlet="Báo Đồng Khởi", headline="Kỳ họp thứ 12 HĐND tỉnh")
    assert titles == ["điều chỉnh kế hoạch đầu tư công năm 2023", "quy định mức thu học phí năm học 2023 - 2024"]


def test_a_subject_singled_out_mid_paragraph_is_an_item(nlp):
    titles = _agenda(nlp, "Ngày 12/6, đồng chí Nguyễn Văn Sơn, Chủ tịch UBND tỉnh làm việc với huyện Hà Quảng về tình hình thực "
                          "hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm 2023.\n\n"
                          "Kết luận buổi làm việc, Chủ tịch UBND tỉnh yêu cầu huyện đẩy nhanh giải ngân vốn đầu tư công. Riêng "
                          "nội dung xây dựng nông thôn mới, giao Sở NN&PTNT hướng dẫn huyện hoàn thiện hồ sơ trước ngày 30/9.",
                     outlet="Báo Cao Bằng", headline="Chủ tịch UBND tỉnh làm việc tại Hà Quảng")
    assert titles[1:] == ["xây dựng nông thôn mới"]


def test_a_resolutions_targets_pursued_are_no_item_and_a_title_runs_over_gan_voi(nlp):
    titles = _agenda(nlp, "Chiều 3-10, BTV Tỉnh ủy Vĩnh Long họp cho ý kiến về tình hình thực hiện nhiệm vụ phát triển kinh tế - "
                          "xã hội 9 tháng đầu năm 2024.\n\n"
                          "Các đại biểu đề xuất nhiều giải pháp để thực hiện đạt và vượt các chỉ tiêu Nghị quyết năm nay.\n\n"
                          "Về Đề án phát triển nông nghiệp hữu cơ gắn với chuỗi giá trị giai đoạn 2024-2030, BTV Tỉnh ủy thống "
                          "nhất thông qua đề án.", outlet="Báo Vĩnh Long", headline="BTV Tỉnh ủy họp")
    assert titles[1:] == ["phát triển nông nghiệp hữu cơ gắn với chuỗi giá trị giai đoạn 2024-2030"]


def test_a_sentence_opening_on_a_plans_amount_is_no_item(nlp):
    titles = _agenda(nlp, "Chiều 28-3, Chủ tịch UBND tỉnh Nguyễn Văn Hùng chủ trì hội nghị trực tuyến với các huyện về tiến độ "
                          "giải ngân vốn đầu tư công.\n\n"
                          "Kế hoạch vốn đầu tư công năm 2024 của tỉnh là 3.950 tỷ đồng; đến nay mới giải ngân hơn 600 tỷ đồng.",
                     outlet="Báo Long An", headline="Hội nghị trực tuyến về giải ngân")
    assert titles == ["tiến độ giải ngân vốn đầu tư công"]


def test_a_named_document_after_the_lead_topics_and_is_one_more_item(nlp):
    text = ("Ban Thường vụ Tỉnh ủy họp\n\n"
            "Chiều 5/12, Ban Thường vụ Tỉnh ủy Phú Thọ họp cho ý kiến về công tác cán bộ và dự thảo Kế hoạch tổ chức các "
            "hoạt động mừng Đảng, mừng Xuân năm 2025.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Phú Thọ").meetings
    assert [(a.document_type, a.title) for a in m.agenda][1:] == [
        ("kế hoạch", "tổ chức các hoạt động mừng Đảng, mừng Xuân năm 2025")]
    assert len(m.agenda) == 2
    # (a period's report and its plan stay one item)
    assert len(_agenda(nlp, "Sáng 6/12, UBND tỉnh Phú Thọ họp phiên thường kỳ đánh giá tình hình kinh tế - xã hội năm "
                            "2024 và kế hoạch năm 2025.", outlet="Báo Phú Thọ")) == 1


def test_more_documents_added_with_cung_voi_do_la_are_items(nlp):
    titles = _agenda(nlp, "Sáng 5-3, HĐND tỉnh Hà Giang khóa XVIII tổ chức kỳ họp thứ 15 (kỳ họp chuyên đề).\n\n"
                          "Kỳ họp cũng xem xét dự thảo Nghị quyết quy định chính sách hỗ trợ phát triển chăn nuôi. Cùng với đó là "
                          "dự thảo Nghị quyết quy định mức hỗ trợ thành viên Tổ công nghệ số cộng đồng và tờ trình về việc đặt "
                          "tên đường tại thị trấn Vị Xuyên.", outlet="Báo Hà Giang", headline="Kỳ họp chuyên đề")
    assert len(titles) == 3 and titles[1] == "quy định mức hỗ trợ thành viên Tổ công nghệ số cộng đồng"


def test_what_a_visit_inspected_before_its_meeting_is_a_topic_too(nlp):
    titles = _agenda(nlp, "Chiều 9/10, Phó Chủ tịch UBND tỉnh Khổng Minh Tuấn đã kiểm tra tiến độ giải phóng mặt bằng một số dự "
                          "án trọng điểm và làm việc với huyện Bình Xuyên về công tác xây dựng nông thôn mới nâng cao.",
                     outlet="Báo Vĩnh Phúc", headline="Phó Chủ tịch UBND tỉnh làm việc tại Bình Xuyên")
    assert titles == ["tiến độ giải phóng mặt bằng một số dự án trọng điểm", "công tác xây dựng nông thôn mới nâng cao"]


def test_a_resolutions_vote_ends_its_title_before_the_next_resolution(nlp):
    titles = _agenda(nlp, "Sáng 28/3, HĐND tỉnh Trà Vinh tổ chức kỳ họp thứ 14 (kỳ họp chuyên đề). Các đại biểu thảo luận dự "
                          "thảo Nghị quyết quy định mức thu học phí năm học 2023 - 2024 và dự thảo Nghị quyết về điều chỉnh kế "
                          "hoạch đầu tư công trung hạn.\n\n"
                          "Kết quả biểu quyết, Nghị quyết quy định mức thu học phí được thông qua với 46/46 đại biểu có mặt tán "
                          "thành; Nghị quyết về điều chỉnh kế hoạch đầu tư công được thông qua với 45/46 đại biểu tán thành.",
                     outlet="Báo Trà Vinh", headline="Kỳ họp chuyên đề")
    assert len(titles) == 2


def test_a_progress_review_names_its_topic_right_after_its_kind(nlp):
    titles = _agenda(nlp, "Chiều 21/8, đồng chí Nguyễn Đình Khoa chủ trì hội nghị giao ban tiến độ GPMB các dự án trọng điểm trên "
                          "địa bàn tỉnh.", outlet="Báo Hưng Yên", headline="Giao ban tiến độ GPMB")
    assert titles == ["tiến độ GPMB các dự án trọng điểm trên địa bàn tỉnh"]


def test_a_document_known_by_its_own_name_may_open_a_sentence(nlp):
    titles = _agenda(nlp, "Ngày 15/9, Đại hội đại biểu Hội Cựu chiến binh tỉnh Tuyên Quang lần thứ VII, nhiệm kỳ 2022-2027 đã diễn "
                          "ra tại Trung tâm Hội nghị tỉnh.\n\n"
                          "Báo cáo chính trị do đồng chí Lý Đình Tài, Phó Chủ tịch Hội CCB tỉnh trình bày cho thấy, nhiệm kỳ qua "
                          "các cấp Hội đã kết nạp mới 1.870 hội viên.", outlet="Báo Tuyên Quang", headline="Đại hội Hội CCB tỉnh")
    assert titles == ["Báo cáo chính trị"]


def test_a_later_paragraph_on_a_lead_topic_is_that_item(nlp):
    titles = _agenda(nlp, "Chiều 21/8, Phó Chủ tịch UBND tỉnh Phạm Văn Luân làm việc với huyện Đông Hải về tiến độ các dự án điện "
                          "gió và công tác phát triển nuôi tôm ứng dụng công nghệ cao trên địa bàn huyện.\n\n"
                          "Đối với lĩnh vực nuôi tôm, Phó Chủ tịch UBND tỉnh đề nghị huyện xây dựng kế hoạch nhân rộng mô hình.",
                     outlet="Báo Bạc Liêu", headline="Làm việc với huyện Đông Hải")
    assert len(titles) == 2


def test_a_listed_plan_taken_up_by_its_type_word_is_that_item(nlp):
    titles = _agenda(nlp, "Ngày 10/12, Ban Chấp hành Đảng bộ huyện Gò Quao tổ chức Hội nghị lần thứ 23.\n\n"
                          "Tại hội nghị, BCH Đảng bộ huyện thông qua tờ trình về việc sắp xếp tổ chức bộ máy; cho ý kiến vào dự "
                          "thảo Kế hoạch tổ chức đại hội đảng bộ cơ sở, nhiệm kỳ 2025-2030. Đối với kế hoạch đại hội, hội nghị "
                          "thống nhất tổ chức đại hội điểm tại xã Vĩnh Phước A.", outlet="Báo Kiên Giang", headline="Hội nghị BCH")
    assert len(titles) == 2


def test_a_counted_list_the_meeting_agreed_to_add_is_no_agenda(nlp):
    titles = _agenda(nlp, "Ngày 20-7, BCH Đảng bộ huyện Quảng Xương tổ chức Hội nghị lần thứ 18 để thảo luận báo cáo kết quả thực "
                          "hiện nhiệm vụ 6 tháng đầu năm.\n\n"
                          "Tại hội nghị, Ban Chấp hành còn xem xét tờ trình về việc điều chỉnh chương trình làm việc toàn khóa.\n\n"
                          "Với tờ trình điều chỉnh chương trình làm việc toàn khóa, BCH Đảng bộ huyện nhất trí bổ sung 2 nội dung "
                          "vào chương trình làm việc quý IV/2023, gồm: sơ kết giữa nhiệm kỳ và chuẩn bị nhân sự cho nhiệm kỳ tới.",
                     outlet="Báo Thanh Hóa", headline="Hội nghị BCH Đảng bộ huyện")
    assert len(titles) == 2 and "nhân sự" not in " ".join(titles)


def test_two_councils_as_one_subject_the_first_convenes_the_first_meeting(nlp):
    r = extract("Ngày 19-7, HĐND huyện Sóc Sơn và HĐND huyện Phú Xuyên tổ chức kỳ họp thường lệ giữa năm 2024.\n\n"
                "Kỳ họp thứ 16 HĐND huyện Sóc Sơn do đồng chí Nguyễn Thị Thanh Mai, Chủ tịch HĐND huyện chủ trì.\n\n"
                "Cùng ngày, HĐND huyện Phú Xuyên tổ chức kỳ họp thứ 15 dưới sự chủ trì của đồng chí Đỗ Văn Thắng, Chủ tịch "
                "HĐND huyện.", nlp=nlp, title="HĐND huyện Sóc Sơn, Phú Xuyên tổ chức kỳ họp", outlet="Hànộimới")
    assert [m.body for m in r.meetings] == ["HĐND huyện Sóc Sơn", "HĐND huyện Phú Xuyên"]


def test_a_programme_the_work_belongs_to_is_no_item(nlp):
    titles = _agenda(nlp, "Sáng 15/8, đồng chí Tòng Văn Hải, Phó Chủ tịch UBND tỉnh đã làm việc với huyện Sông Mã về tiến độ thực "
                          "hiện các chương trình mục tiêu quốc gia.\n\n"
                          "Phó Chủ tịch UBND huyện Cầm Văn Dũng cho biết, nhiều nội dung thuộc Chương trình phát triển kinh tế - "
                          "xã hội vùng đồng bào dân tộc thiểu số và miền núi còn vướng hướng dẫn.", outlet="Báo Sơn La",
                     headline="Làm việc với huyện Sông Mã")
    assert titles == ["tiến độ thực hiện các chương trình mục tiêu quốc gia"]


def test_a_paragraph_opening_on_a_named_draft_takes_it_up(nlp):
    titles = _agenda(nlp, "Sáng 21/10, Hội đồng nhân dân (HĐND) tỉnh Thái Nguyên tổ chức Kỳ họp thứ 31 (kỳ họp chuyên đề).\n\n"
                          "Theo dự thảo Nghị quyết quy định chính sách hỗ trợ khắc phục thiệt hại do mưa lũ trên địa bàn tỉnh, hộ "
                          "gia đình có nhà bị sập đổ được hỗ trợ 60 triệu đồng/hộ.", outlet="Báo Thái Nguyên",
                     headline="Kỳ họp chuyên đề HĐND tỉnh")
    assert len(titles) == 1 and titles[0].startswith("quy định chính sách hỗ trợ khắc phục thiệt hại")


def test_a_delegate_quoting_the_draft_names_no_item(nlp):
    titles = _agenda(nlp, "Sáng 9/5, HĐND tỉnh Quảng Trị tổ chức Kỳ họp thứ 25 (kỳ họp chuyên đề).\n\n"
                          "Tại kỳ họp, các đại biểu đã thảo luận dự thảo Nghị quyết quy định mức hỗ trợ phát triển sản xuất cho "
                          "hộ nghèo.\n\n"
                          "Thảo luận tại hội trường, đại biểu Hồ Văn Kim cho rằng mức hỗ trợ 30 triệu đồng/hộ như dự thảo còn "
                          "thấp so với chi phí con giống.", outlet="Báo Quảng Trị", headline="Kỳ họp chuyên đề")
    assert len(titles) == 1


def test_a_document_named_by_its_purpose_is_the_one_listed_before(nlp):
    titles = _agenda(nlp, "Sáng 29/10, UBND tỉnh Long An họp phiên thường kỳ tháng 10.\n\n"
                          "Về tờ trình danh mục các công trình, dự án cần thu hồi đất năm 2025, các thành viên thống nhất.\n\n"
                          "UBND tỉnh thống nhất thông qua tờ trình để trình HĐND tỉnh tại kỳ họp cuối năm.", outlet="Báo Long An",
                     headline="Phiên họp thường kỳ")
    assert not any(t.startswith("để") for t in titles)


def test_a_numbers_comma_does_not_end_a_title(nlp):
    titles = _agenda(nlp, "Ngày 8/4, Chủ tịch UBND tỉnh Lương Văn Khánh làm việc với xã Đàm Thủy về phát triển du lịch.\n\n"
                          "Riêng đề xuất chuyển đổi 6,5 ha đất lúa, Chủ tịch UBND tỉnh giao Sở Nông nghiệp và Môi trường thẩm định.",
                     outlet="Báo Cao Bằng", headline="Làm việc với xã Đàm Thủy")
    assert "đề xuất chuyển đổi 6,5 ha đất lúa" in titles


def test_a_policy_agreed_in_answer_and_a_later_review_are_no_items(nlp):
    titles = _agenda(nlp, "Sáng 12-3, Phó Chủ tịch UBND thành phố Trần Hữu Khánh làm việc với đặc khu Cát Hải về công tác chuẩn "
                          "bị mùa du lịch năm 2026.\n\n"
                          "Về kiến nghị của đặc khu, Phó Chủ tịch UBND thành phố giao Sở Tài chính thẩm định nhu cầu vốn. Đồng chí "
                          "thống nhất chủ trương để đặc khu xây dựng phương án thí điểm hạn chế xe du lịch cỡ lớn, báo cáo thành "
                          "phố xem xét trước khi triển khai.", outlet="Báo Hải Phòng", headline="Làm việc với đặc khu Cát Hải")
    assert titles == ["công tác chuẩn bị mùa du lịch năm 2026", "kiến nghị của đặc khu"]


def test_the_meetings_own_resolution_is_no_item(nlp):
    titles = _agenda(nlp, "Ngày 13/12, Ban Chấp hành (BCH) Đảng bộ huyện Bắc Sơn tổ chức hội nghị lần thứ 17 đánh giá kết quả thực "
                          "hiện nhiệm vụ năm 2023.\n\n"
                          "Kết thúc hội nghị, 100% đại biểu có mặt biểu quyết thông qua Nghị quyết Hội nghị lần thứ 17 BCH Đảng bộ "
                          "huyện.", outlet="Báo Lạng Sơn", headline="Hội nghị BCH Đảng bộ huyện Bắc Sơn")
    assert titles == ["kết quả thực hiện nhiệm vụ năm 2023"]


def test_an_inspection_before_a_visit_with_no_topic_of_its_own_is_its_item(nlp):
    titles = _agenda(nlp, "Chiều 27-1, Phó Chủ tịch UBND thành phố Nguyễn Thế Vinh đã kiểm tra công tác chuẩn bị Lễ hội Chùa "
                          "Hương năm 2026 và làm việc với UBND xã Hương Sơn.", outlet="Hànộimới", headline="Lễ hội Chùa Hương")
    assert titles == ["công tác chuẩn bị Lễ hội Chùa Hương năm 2026"]


def test_a_listed_resolution_named_by_the_policy_it_sets_is_that_item(nlp):
    titles = _agenda(nlp, "Sáng 24/4, HĐND tỉnh Ninh Thuận tổ chức kỳ họp thứ 18 (kỳ họp chuyên đề).\n\n"
                          "Tại kỳ họp, các đại biểu đã thảo luận dự thảo Nghị quyết quy định mức hỗ trợ khoan giếng, xây dựng bể "
                          "trữ nước phục vụ sản xuất nông nghiệp.\n\n"
                          "Về chính sách hỗ trợ khoan giếng, trữ nước, dự thảo nghị quyết quy định mức hỗ trợ tối đa 20 triệu "
                          "đồng/giếng.", outlet="Báo Ninh Thuận", headline="Kỳ họp chuyên đề")
    assert len(titles) == 1


def test_a_delegation_right_after_the_conference_is_a_second_meeting_that_day(nlp):
    r = extract("Sáng 26-3, Ban Chỉ huy PCTT và TKCN tỉnh tổ chức hội nghị trực tuyến tổng kết công tác PCTT và TKCN năm "
                "2023. Đồng chí Trương Minh Đức, Phó Chủ tịch UBND tỉnh chủ trì hội nghị.\n\n"
                "Ngay sau hội nghị, chiều cùng ngày, đoàn công tác của Ban Chỉ huy PCTT và TKCN tỉnh do đồng chí Trương Minh "
                "Đức dẫn đầu đã kiểm tra tình hình hạn hán và công tác chống hạn tại huyện Ia Pa.", nlp=nlp,
                title="Tổng kết công tác phòng, chống thiên tai", outlet="Báo Gia Lai")
    assert len(r.meetings) == 2 and r.meetings[0].date == r.meetings[1].date


def test_the_leads_day_wins_over_a_festival_in_the_headline(nlp):
    r = extract("UBND thành phố họp phiên thường kỳ: Bảo đảm mọi nhà đều có Tết\n\nChiều 4-2, dưới sự chủ trì của đồng chí "
                "Đỗ Mạnh Cường, Chủ tịch UBND thành phố, UBND thành phố họp phiên thường kỳ tháng 1/2026.", nlp=nlp,
                outlet="Báo Hải Phòng", published="2026-02-04T18:05:00+07:00")
    assert [m.date for m in r.meetings] == ["2026-02-04"]


def test_a_joint_meeting_agreeing_a_sessions_programme_has_that_one_item(nlp):
    titles = _agenda(nlp, "Chiều 5/12, Thường trực HĐND tỉnh tổ chức hội nghị liên tịch thống nhất nội dung, chương trình Kỳ "
                          "họp thứ 15, HĐND tỉnh khóa XVII. Đồng chí Trần Văn Bình, Chủ tịch HĐND tỉnh chủ trì hội nghị.",
                     outlet="Báo Phú Thọ", headline="Hội nghị liên tịch")
    assert len(titles) == 1 and titles[0].startswith("nội dung, chương trình Kỳ họp thứ 15")


def test_a_meeting_held_to_review_preparations_has_them_as_its_item(nlp):
    titles = _agenda(nlp, "Chiều 11/7, Thường trực HĐND tỉnh họp dưới sự chủ trì của đồng chí Lê Thị Hoa, Phó Chủ tịch HĐND "
                          "tỉnh để rà soát công tác chuẩn bị kỳ họp thứ 9.", outlet="Báo Hà Tĩnh")
    assert titles == ["công tác chuẩn bị kỳ họp thứ 9"]


def test_the_planned_programme_is_one_item_not_a_future_one(nlp):
    titles = _agenda(nlp, "Sáng 2/12, Thường trực HĐND tỉnh tổ chức hội nghị liên tịch. Đồng chí Trần Văn Bình chủ trì.\n\n"
                          "Hội nghị đã nghe báo cáo công tác chuẩn bị kỳ họp và cho ý kiến vào dự kiến nội dung, chương trình "
                          "Kỳ họp thứ 20.", outlet="Báo Cao Bằng")
    assert titles == ["công tác chuẩn bị kỳ họp", "dự kiến nội dung, chương trình Kỳ họp thứ 20"]


def test_a_planned_programme_under_discussion_does_not_make_the_meeting_an_announced_one(nlp):
    r = extract("Hội nghị liên tịch\n\nChiều 3/12, Thường trực HĐND tỉnh tổ chức hội nghị liên tịch cho ý kiến về dự kiến nội "
                "dung, chương trình Kỳ họp thứ 21. Đồng chí Trần Văn Bình chủ trì.", nlp=nlp, outlet="Báo Phú Thọ")
    (m,) = r.meetings
    assert (m.kind, m.sequence, [a.title for a in m.agenda]) == ("hội nghị", None, ["dự kiến nội dung, chương trình Kỳ họp thứ 21"])


def test_the_conferences_own_resolution_named_with_its_document_word_is_no_item(nlp):
    titles = _agenda(nlp, "Ngày 18/12, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 16 đánh giá tình hình thực hiện "
                          "nghị quyết năm 2024.\n\nCũng tại hội nghị, Ban Chấp hành Đảng bộ tỉnh đã biểu quyết thông qua Nghị "
                          "quyết hội nghị.", outlet="Báo Cà Mau", headline="Hội nghị BCH Đảng bộ tỉnh")
    assert titles == ["tình hình thực hiện nghị quyết năm 2024"]


def test_leadership_and_direction_share_their_complement(nlp):
    titles = _agenda(nlp, "Ngày 20/7, BCH Đảng bộ huyện Yên Lập tổ chức hội nghị lần thứ 20.\n\nHội nghị đã nghe báo cáo kết quả "
                          "lãnh đạo, chỉ đạo thực hiện nhiệm vụ 6 tháng đầu năm 2024 và cho ý kiến vào dự thảo Đề án phát triển "
                          "chè xanh giai đoạn 2024-2030.", outlet="Báo Phú Thọ", headline="Hội nghị BCH Đảng bộ huyện")
    assert titles[0] == "kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ 6 tháng đầu năm 2024" and len(titles) == 2


def test_a_congress_adopts_its_resolution_and_hears_its_political_report_by_name(nlp):
    titles = _agenda(nlp, "Ngày 12/6, Hội Nông dân huyện Tiểu Cần tổ chức Đại hội đại biểu lần thứ XI, nhiệm kỳ 2023-2028.\n\n"
                          "Đại hội đã nghe Báo cáo chính trị và báo cáo kiểm điểm hoạt động của Ban Chấp hành khóa X.\n\n"
                          "Đại hội đã biểu quyết thông qua Nghị quyết Đại hội.", outlet="Báo Trà Vinh", headline="Đại hội Hội Nông dân")
    assert titles == ["Báo cáo chính trị", "kiểm điểm hoạt động của Ban Chấp hành khóa X", "Nghị quyết Đại hội"]


def test_the_period_report_heard_is_the_one_the_lead_evaluates(nlp):
    titles = _agenda(nlp, "Sáng 16-7, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 8 nhằm đánh giá kết quả thực hiện "
                          "nhiệm vụ 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2025.\n\n"
                          "Tại hội nghị, các đại biểu đã thảo luận, thông qua báo cáo tình hình thực hiện nhiệm vụ 6 tháng đầu "
                          "năm, phương hướng, nhiệm vụ 6 tháng cuối năm 2025; cho ý kiến vào tờ trình về chủ trương đầu tư "
                          "đường tỉnh 912.", outlet="Báo Trà Vinh", headline="Hội nghị BCH Đảng bộ tỉnh")
    assert len(titles) == 2 and titles[0].startswith("kết quả thực hiện nhiệm vụ 6 tháng đầu năm")


def test_a_document_considered_after_documents_heard_in_general_is_the_first_item(nlp):
    titles = _agenda(nlp, "Sáng 29/8, HĐND tỉnh tổ chức kỳ họp thứ 19 - kỳ họp chuyên đề.\n\n"
                          "Tại kỳ họp, các đại biểu đã nghe UBND tỉnh trình bày các tờ trình. Theo đó, kỳ họp xem xét tờ trình về "
                          "điều chỉnh kế hoạch đầu tư công năm 2024 nguồn vốn ngân sách địa phương.\n\n"
                          "Kỳ họp cũng cho ý kiến vào dự thảo Nghị quyết quy định mức thu học phí năm học 2024-2025.",
                     outlet="Báo Quảng Bình", headline="Kỳ họp chuyên đề")
    assert titles == ["điều chỉnh kế hoạch đầu tư công năm 2024 nguồn vốn ngân sách địa phương",
                      "quy định mức thu học phí năm học 2024-2025"]


def test_a_meeting_word_inside_a_documents_title_opens_no_second_meeting(nlp):
    r = extract("Kỳ họp thứ hai, HĐND tỉnh\n\nSáng 9/7, kỳ họp thứ hai, HĐND tỉnh Lạng Sơn khóa XVIII bước sang ngày làm việc thứ "
                "hai với phiên thảo luận về tình hình kinh tế - xã hội 6 tháng đầu năm 2026.\n\n"
                "Chiều cùng ngày, HĐND tỉnh nghe tờ trình về điều chỉnh kế hoạch đầu tư công trung hạn giai đoạn 2026-2030. Các "
                "đại biểu đã biểu quyết thông qua dự thảo Nghị quyết quy định chính sách hỗ trợ thu hút bác sĩ về làm việc tại "
                "trạm y tế xã giai đoạn 2026-2030.", nlp=nlp, outlet="Báo Lạng Sơn")
    assert [m.kind for m in r.meetings] == ["kỳ họp"]
    assert r.meetings[0].agenda[-1].title == "điều chỉnh kế hoạch đầu tư công trung hạn giai đoạn 2026-2030"


@pytest.mark.parametrize("after", [
    "đồng thời cho ý kiến vào một số dự thảo văn bản quan trọng",
    # (what the meeting also focused on is not the period's report: here it is listed after)
    "tập trung bàn giải pháp đẩy nhanh giải ngân vốn đầu tư công và cho ý kiến nhiều nội dung quan trọng khác",
])
def test_an_evaluation_after_the_kinds_comma_is_the_topic_and_stops_at_a_second_clause(nlp, after):
    titles = _agenda(nlp, "Ngày 26/1, đồng chí Đinh Quang Hưởng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì phiên họp thường kỳ "
                          f"tháng 1/2026, đánh giá tình hình kinh tế - xã hội tháng 1 và nhiệm vụ trọng tâm tháng 2/2026, {after}.",
                     outlet="Báo Cao Bằng", headline="Phiên họp UBND tỉnh")
    assert titles == ["tình hình kinh tế - xã hội tháng 1 và nhiệm vụ trọng tâm tháng 2/2026"]


def test_a_resolution_named_with_its_vote_is_the_listed_one(nlp):
    titles = _agenda(nlp, "Sáng 18/4, HĐND tỉnh tổ chức kỳ họp thứ 26 (chuyên đề).\n\nTại kỳ họp, các đại biểu đã nghe và thảo "
                          "luận tờ trình về việc điều chỉnh chủ trương đầu tư dự án Đường ven biển kết nối hành lang kinh tế Đông - "
                          "Tây; tờ trình về phân bổ vốn ngân sách trung ương thực hiện 3 chương trình mục tiêu quốc gia năm 2024.\n\n"
                          "Với tỷ lệ tán thành cao, HĐND tỉnh đã biểu quyết thông qua 2 nghị quyết. Trong đó, Nghị quyết điều chỉnh "
                          "chủ trương đầu tư dự án Đường ven biển được 49/49 đại biểu có mặt tán thành; Nghị quyết phân bổ vốn thực "
                          "hiện các chương trình mục tiêu quốc gia được 48/49 đại biểu tán thành.",
                     outlet="Báo Quảng Trị", headline="Kỳ họp chuyên đề")
    assert len(titles) == 2


def test_a_report_of_results_in_an_order_is_no_item(nlp):
    titles = _agenda(nlp, "Chiều 15/7, dưới sự chủ trì của đồng chí Phạm Xuân Trường, Chủ tịch HĐND tỉnh, Kỳ họp thứ 3 HĐND tỉnh "
                          "khóa XVI đã bế mạc.\n\n"
                          "Kỳ họp dành trọn buổi sáng cho phiên chất vấn và trả lời chất vấn, tập trung vào 2 nhóm vấn đề: công "
                          "tác quản lý, khai thác cát, sỏi lòng sông; việc bố trí, sử dụng trụ sở, tài sản công dôi dư.\n\n"
                          "Về nhóm vấn đề khai thác cát, sỏi, đồng chí Chủ tịch HĐND tỉnh đề nghị UBND tỉnh tổng kiểm tra các mỏ "
                          "cát. Đối với trụ sở dôi dư, đồng chí đề nghị UBND tỉnh có phương án xử lý dứt điểm; Sở Tài chính báo "
                          "cáo kết quả với Thường trực HĐND tỉnh trước ngày 31/10.", outlet="Báo Ninh Bình",
                     headline="Bế mạc kỳ họp")
    assert "kết quả" not in titles


def test_amending_and_adjusting_a_named_programme_is_one_document(nlp):
    titles = _agenda(nlp, "Sáng 13/7, Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị lần thứ 16.\n\n"
                          "Tại hội nghị, các đại biểu đã thảo luận, cho ý kiến vào tờ trình về việc bổ sung, điều chỉnh Chương "
                          "trình làm việc toàn khóa của BCH Đảng bộ tỉnh và dự thảo Nghị quyết về phát triển kinh tế lâm nghiệp.",
                     outlet="Báo Bắc Kạn", headline="Hội nghị BCH Đảng bộ tỉnh")
    assert len(titles) == 2 and titles[0].startswith("việc bổ sung, điều chỉnh Chương trình làm việc toàn khóa")


def test_lower_case_resolutions_listed_after_a_count_are_the_items(nlp):
    # (written for this test, in the manner of a council's closing-day report)
    titles = _agenda(nlp, "Sáng 8/12, HĐND tỉnh khai mạc kỳ họp thứ 20, xem xét báo cáo tình hình kinh tế - xã hội năm 2025.\n\n"
                          "Buổi chiều, HĐND tỉnh biểu quyết thông qua 12 nghị quyết. Trong đó có nghị quyết điều chỉnh "
                          "kế hoạch đầu tư công năm 2025; nghị quyết đặt tên đường trên địa bàn thị trấn Phố Ràng; "
                          "nghị quyết quy định mức chi hỗ trợ cho lực lượng dân quân.",
                     outlet="Báo Lào Cai", headline="Bế mạc kỳ họp thứ 20 HĐND tỉnh")
    assert titles[1:] == ["điều chỉnh kế hoạch đầu tư công năm 2025", "đặt tên đường trên địa bàn thị trấn Phố Ràng",
                          "quy định mức chi hỗ trợ cho lực lượng dân quân"]


def test_a_later_sentence_quoting_the_report_just_named_adds_no_item(nlp):
    titles = _agenda(nlp, "Chiều 9/4, Ban Thường vụ Tỉnh ủy họp cho ý kiến một số nội dung quan trọng.\n\n"
                          "Tại hội nghị, Ban Thường vụ Tỉnh ủy đã nghe Ban cán sự đảng UBND tỉnh báo cáo tình hình kinh tế - "
                          "xã hội, quốc phòng, an ninh quý I, nhiệm vụ trọng tâm quý II/2024. Theo báo cáo, quý I, tổng kim "
                          "ngạch xuất nhập khẩu qua các cửa khẩu ước đạt 1,18 tỷ USD.", outlet="Báo Lạng Sơn")
    assert titles == ["tình hình kinh tế - xã hội, quốc phòng, an ninh quý I, nhiệm vụ trọng tâm quý II/2024"]


def test_resolutions_listed_as_ve_clauses_after_semicolons(nlp):
    titles = _agenda(nlp, "Chiều 11/12, HĐND tỉnh bế mạc kỳ họp thứ 6.\n\n"
                          "Tại kỳ họp, HĐND tỉnh đã thông qua 31 nghị quyết, trong đó có các nghị quyết về kế hoạch phát triển "
                          "kinh tế - xã hội năm 2026; về dự toán ngân sách địa phương năm 2026; về kế hoạch đầu tư công năm 2026.",
                     outlet="Báo Tây Ninh")
    assert titles == ["kế hoạch phát triển kinh tế - xã hội năm 2026", "dự toán ngân sách địa phương năm 2026",
                      "kế hoạch đầu tư công năm 2026"]


def test_paired_verbs_before_a_comma_share_their_object(nlp):
    titles = _agenda(nlp, "Chiều 26/9, UBND tỉnh họp phiên thường kỳ tháng 9.\n\n"
                          "Đối với tờ trình về phương án sắp xếp, xử lý trụ sở, nhà đất dôi dư, toàn tỉnh có 412 cơ sở dôi dư.\n\n"
                          "Đối với tờ trình về phương án xử lý nhà, đất dôi dư, UBND tỉnh thống nhất nguyên tắc ưu tiên "
                          "bố trí cho y tế, giáo dục.", outlet="Báo Đồng Nai")
    assert len(titles) == 1 and titles[0].startswith("phương án sắp xếp, xử lý trụ sở")


def test_a_delegation_that_says_whose_it_is_keeps_that_body_over_its_leaders(nlp):
    r = extract("Tin\n\nNgày 15/6, Đoàn công tác của Ban Chỉ đạo (BCĐ) các Chương trình mục tiêu quốc gia tỉnh do đồng chí "
                "Triệu Đức Lâm, Phó Chủ tịch UBND tỉnh làm Trưởng đoàn đã làm việc với huyện Hoàng Su Phì về tiến độ "
                "thực hiện các Chương trình MTQG.", nlp=nlp, outlet="Báo Hà Giang", published="2023-06-16")
    (m,) = r.meetings
    assert m.body_full_name == "Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh Hà Giang"
    assert m.chair == ["Triệu Đức Lâm"]


def test_kỳ_họp_còn_brings_more_business(nlp):
    titles = _agenda(nlp, "Sáng 14/3, HĐND tỉnh tổ chức kỳ họp thứ 17 (kỳ họp chuyên đề).\n\n"
                          "Cũng tại kỳ họp, các đại biểu thông qua nghị quyết về đặt tên 14 tuyến đường trên địa bàn thành phố "
                          "Long Xuyên. Kỳ họp còn thông qua nghị quyết về điều chỉnh biên chế công chức năm 2024.",
                     outlet="Báo An Giang")
    assert titles == ["đặt tên 14 tuyến đường trên địa bàn thành phố Long Xuyên", "điều chỉnh biên chế công chức năm 2024"]


def test_a_named_draft_after_va_in_a_clause_of_business_is_one_more_item(nlp):
    titles = _agenda(nlp, "Ngày 16/7, Ban Chấp hành Đảng bộ huyện tổ chức hội nghị lần thứ 23 nhằm đánh giá kết quả thực hiện "
                          "nhiệm vụ chính trị 6 tháng đầu năm.\n\n"
                          "Hội nghị cũng cho ý kiến vào báo cáo kiểm điểm sự lãnh đạo của BTV Huyện ủy 6 tháng đầu năm; báo cáo "
                          "kết quả công tác kiểm tra, giám sát 6 tháng đầu năm 2024 và dự thảo Nghị quyết về phát triển du lịch "
                          "giai đoạn 2024-2030.", outlet="Báo Hòa Bình")
    assert titles[1:] == ["kiểm điểm sự lãnh đạo của BTV Huyện ủy 6 tháng đầu năm",
                          "kết quả công tác kiểm tra, giám sát 6 tháng đầu năm 2024",
                          "phát triển du lịch giai đoạn 2024-2030"]
    # (a report and its draft resolution on one subject stay one item)
    titles = _agenda(nlp, "Sáng 16/5, HĐND tỉnh tổ chức kỳ họp chuyên đề.\n\n"
                          "Tại kỳ họp, các đại biểu đã nghe UBND tỉnh trình bày tờ trình về điều chỉnh kế hoạch đầu tư công "
                          "năm 2024; tờ trình và dự thảo Nghị quyết quy định mức thu học phí năm học 2024-2025; dự thảo Nghị "
                          "quyết thông qua danh mục dự án cần thu hồi đất năm 2024.", outlet="Báo Kiên Giang")
    assert len(titles) == 3 and not {"tờ trình", "dự thảo Nghị quyết"} & set(titles)


def test_a_document_a_speaker_reports_on_is_no_item(nlp):
    titles = _agenda(nlp, "Chiều 23/10, UBND tỉnh tổ chức hội nghị trực tuyến về công tác giải phóng mặt bằng.\n\n"
                          "Giải trình tại hội nghị, đồng chí Trần Quốc Toản, Giám đốc Sở NN&MT cho biết, dự thảo bảng giá đất "
                          "điều chỉnh đã hoàn thành lấy ý kiến, dự kiến trình HĐND tỉnh tại kỳ họp cuối năm.",
                     outlet="Báo Hưng Yên")
    assert titles == ["công tác giải phóng mặt bằng"]


def test_a_resolution_named_after_a_count_of_them_is_an_item_after_other_business(nlp):
    titles = _agenda(nlp, "Ngày 15/7, HĐND tỉnh tiếp tục ngày làm việc thứ hai, thảo luận về báo cáo kết quả thực hiện nhiệm "
                          "vụ phát triển kinh tế - xã hội 6 tháng đầu năm.\n\n"
                          "Chiều cùng ngày, HĐND tỉnh biểu quyết thông qua 16 nghị quyết. Với 61/61 đại biểu có mặt tán thành, "
                          "HĐND tỉnh thông qua Nghị quyết điều chỉnh kế hoạch đầu tư công trung hạn giai đoạn 2026-2030.",
                     outlet="Báo Tuyên Quang")
    assert titles[1:] == ["điều chỉnh kế hoạch đầu tư công trung hạn giai đoạn 2026-2030"]


def test_requests_named_again_in_the_plural_are_the_item_before(nlp):
    titles = _agenda(nlp, "Sáng 4/11, Thường trực HĐND tỉnh họp phiên thường kỳ tháng 11 để đánh giá kết quả công tác tháng 10.\n\n"
                          "Về việc giải quyết kiến nghị cử tri sau Kỳ họp thứ tư, đã có 125 kiến nghị được trả lời.\n\n"
                          "Đối với các kiến nghị còn tồn đọng, đồng chí yêu cầu Văn phòng tiếp tục theo dõi, đôn đốc.",
                     outlet="Báo Cao Bằng")
    assert titles == ["kết quả công tác tháng 10", "việc giải quyết kiến nghị cử tri sau Kỳ họp thứ tư"]
    # (requests with a subject of their own are new: 'các kiến nghị hỗ trợ xây dựng nhà văn hóa …')
    titles = _agenda(nlp, "Sáng 21/8, đồng chí Phó Bí thư Tỉnh ủy làm việc với xã về kết quả thực hiện nhiệm vụ chính trị.\n\n"
                          "Đối với kiến nghị của xã về đầu tư tuyến đường đến xóm Khuổi Mèo, đồng chí giao Sở Tài chính cân đối.\n\n"
                          "Đối với các kiến nghị hỗ trợ xây dựng nhà văn hóa và bổ sung giáo viên, đồng chí giao Sở Nội vụ rà soát.",
                     outlet="Báo Thái Nguyên")
    assert len(titles) == 3


def test_a_voters_meeting_is_led_by_the_group_leader_listed_in_the_next_paragraph(nlp):
    r = extract("Tin\n\nNgày 25/6, Tổ đại biểu HĐND tỉnh đơn vị huyện Quảng Trạch đã tiếp xúc cử tri xã Quảng Phương trước "
                "Kỳ họp thứ 18, HĐND tỉnh khóa XVIII.\n\n"
                "Tham gia buổi tiếp xúc có ông Trần Đình Hiếu, Phó Chủ tịch HĐND tỉnh, Tổ trưởng Tổ đại biểu; bà Phạm Thị "
                "Hoài, đại biểu HĐND tỉnh cùng hơn 120 cử tri trong xã.", nlp=nlp, outlet="Báo Quảng Bình")
    assert r.meetings[0].chair == ["Trần Đình Hiếu"]


def test_a_later_ve_sentence_in_a_paragraph_answering_a_request_answers_the_next_one(nlp):
    titles = _agenda(nlp, "Chiều 15/9, Phó Chủ tịch UBND tỉnh làm việc với phường Duy Tiên về tiến độ giải phóng mặt bằng.\n\n"
                          "Đối với kiến nghị hỗ trợ kinh phí xây dựng khu tái định cư, Phó Chủ tịch UBND tỉnh giao Sở Tài chính "
                          "chủ trì thẩm định. Về đơn giá bồi thường cây trồng, giao Sở NN&MT rà soát, trình UBND tỉnh điều chỉnh.",
                     outlet="Báo Hà Nam")
    assert titles == ["tiến độ giải phóng mặt bằng", "kiến nghị hỗ trợ kinh phí xây dựng khu tái định cư",
                      "đơn giá bồi thường cây trồng"]


def test_a_resolution_pointed_back_to_or_described_is_no_new_item(nlp):
    titles = _agenda(nlp, "Chiều 10-12, HĐND thành phố bế mạc kỳ họp thứ 7.\n\n"
                          "Trước khi biểu quyết dự thảo Nghị quyết quy định mức hỗ trợ hằng tháng đối với người hoạt động không "
                          "chuyên trách ở khu phố, ấp, nhiều đại biểu đã thảo luận sôi nổi.\n\n"
                          "Nghị quyết sau đó được thông qua với 124/129 đại biểu tán thành.\n\n"
                          "Dự thảo Nghị quyết gồm 4 chương, 16 điều.", outlet="Báo Sài Gòn Giải Phóng")
    assert len(titles) == 1 and titles[0].startswith("quy định mức hỗ trợ hằng tháng")


def test_a_sentence_opening_on_the_first_of_a_row_of_documents_names_them_all(nlp):
    titles = _agenda(nlp, "Tiếp tục chương trình Kỳ họp thứ 18, sáng 10-7, HĐND tỉnh thảo luận tại hội trường về tình hình kinh "
                          "tế - xã hội 6 tháng đầu năm.\n\n"
                          "Chiều cùng ngày, các đại biểu biểu quyết thông qua 15 nghị quyết. Trong đó, tờ trình về điều chỉnh kế "
                          "hoạch đầu tư công trung hạn giai đoạn 2021-2025 nguồn vốn ngân sách tỉnh được thông qua với 48/48 đại "
                          "biểu tán thành; dự thảo Nghị quyết quy định mức hỗ trợ hằng tháng đối với lực lượng tham gia bảo vệ an "
                          "ninh được 47/48 đại biểu tán thành.", outlet="Báo Hà Nam")
    assert titles[1:] == ["điều chỉnh kế hoạch đầu tư công trung hạn giai đoạn 2021-2025 nguồn vốn ngân sách tỉnh",
                          "quy định mức hỗ trợ hằng tháng đối với lực lượng tham gia bảo vệ an ninh"]


def test_a_report_adopted_with_no_subject_of_its_own_is_the_one_named_before(nlp):
    titles = _agenda(nlp, "Sáng 16-7, Ban Chấp hành Đảng bộ huyện tổ chức hội nghị lần thứ 21 sơ kết công tác 6 tháng đầu năm, "
                          "triển khai nhiệm vụ 6 tháng cuối năm 2024.\n\n"
                          "Phát biểu kết luận, đồng chí Bí thư Huyện ủy đề nghị các cấp ủy tập trung lãnh đạo. Hội nghị thống nhất "
                          "thông qua báo cáo sơ kết và 12 nhóm giải pháp trọng tâm 6 tháng cuối năm.", outlet="Báo Bình Dương")
    assert titles == ["công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024"]


def test_a_thematic_resolution_by_its_short_name_is_the_one_listed(nlp):
    titles = _agenda(nlp, "Ngày 14/7, Ban Chấp hành Đảng bộ huyện Mai Sơn tổ chức Hội nghị lần thứ 14.\n\n"
                          "Hội nghị đã cho ý kiến vào dự thảo Nghị quyết của Ban Chấp hành Đảng bộ huyện về phát triển "
                          "nông nghiệp ứng dụng công nghệ cao gắn với chế biến giai đoạn 2023-2030.\n\n"
                          "Đối với dự thảo Nghị quyết chuyên đề, Bí thư Huyện ủy giao Ban Tuyên giáo Huyện ủy tiếp thu "
                          "ý kiến, hoàn thiện dự thảo.", outlet="Báo Sơn La", headline="Hội nghị")
    assert titles == ["phát triển nông nghiệp ứng dụng công nghệ cao gắn với chế biến giai đoạn 2023-2030"]


def test_a_report_quoted_for_what_it_shows_is_the_report_named_before(nlp):
    titles = _agenda(nlp, "Ngày 12/7, Ban Chấp hành Đảng bộ huyện Ba Vì tổ chức hội nghị sơ kết công tác 6 tháng đầu "
                          "năm, triển khai nhiệm vụ 6 tháng cuối năm 2023.\n\n"
                          "Báo cáo kết quả 6 tháng đầu năm cho thấy, tổng giá trị sản xuất của huyện tăng 8,1% so với "
                          "cùng kỳ; thu ngân sách đạt 58% dự toán.", outlet="Hà Nội Mới", headline="Hội nghị")
    assert titles == ["công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023"]


def test_the_sessions_general_resolution_is_no_item(nlp):
    titles = _agenda(nlp, "Sáng 8/12, HĐND tỉnh khóa XV tiến hành phiên chất vấn tại kỳ họp thứ 18.\n\n"
                          "HĐND tỉnh thống nhất đưa các cam kết của UBND tỉnh tại phiên chất vấn vào Nghị quyết chung "
                          "của kỳ họp.", outlet="Báo Hà Nam", headline="Kỳ họp thứ 18")
    assert titles == ["phiên chất vấn"]


def test_a_subject_paragraph_after_counted_question_groups_concludes_on_one(nlp):
    titles = _agenda(nlp, "Sáng 6/12, Kỳ họp thứ 14 HĐND tỉnh khóa X dành trọn buổi cho phiên chất vấn.\n\n"
                          "Phiên chất vấn tập trung vào 2 nhóm vấn đề: công tác quản lý khai thác cát lòng sông; việc "
                          "bảo đảm thuốc, vật tư y tế tại các bệnh viện công lập.\n\n"
                          "Về khai thác cát, Chủ tịch HĐND tỉnh đề nghị UBND tỉnh chỉ đạo xử lý nghiêm các bến bãi "
                          "trái phép.\n\n"
                          "Đối với ngành y tế, đồng chí đề nghị Sở Y tế hoàn thành đấu thầu thuốc trong quý I/2024.",
                     outlet="Báo Trà Vinh", headline="Kỳ họp thứ 14")
    assert titles == ["công tác quản lý khai thác cát lòng sông",
                      "việc bảo đảm thuốc, vật tư y tế tại các bệnh viện công lập"]


def test_business_discussed_in_the_hall_and_a_resolution_considered_with_it(nlp):
    titles = _agenda(nlp, "Sáng 9/12, Kỳ họp thứ 20 HĐND tỉnh khóa XVIII khai mạc.\n\n"
                          "Chiều cùng ngày, HĐND tỉnh thảo luận tại hội trường về báo cáo tình hình kinh tế - xã hội "
                          "năm 2023, phương hướng, nhiệm vụ năm 2024; đồng thời xem xét dự thảo Nghị quyết quy định "
                          "mức thu học phí năm học 2024 - 2025.", outlet="Báo Bình Thuận", headline="Kỳ họp thứ 20")
    assert titles == ["tình hình kinh tế - xã hội năm 2023, phương hướng, nhiệm vụ năm 2024",
                      "quy định mức thu học phí năm học 2024 - 2025"]


def test_what_a_draft_puts_forward_is_no_item(nlp):
    titles = _agenda(nlp, "Chiều 23-11, Ban Thường vụ Tỉnh ủy họp cho ý kiến vào dự thảo Kế hoạch phục hồi kinh tế "
                          "năm 2022.\n\n"
                          "Hội nghị nhất trí với các nhóm giải pháp dự thảo đưa ra, trong đó có gói hỗ trợ khoảng 120 "
                          "tỷ đồng cho người lao động.", outlet="Báo Hậu Giang", headline="Hội nghị")
    assert titles == ["phục hồi kinh tế năm 2022"]


def test_the_tasks_ahead_conclude_on_the_report_heard(nlp):
    titles = _agenda(nlp, "Ngày 12/3, Phó Chủ tịch UBND tỉnh Nguyễn Tự Công Hoàng làm việc với phường An Khê về tình "
                          "hình thực hiện nhiệm vụ phát triển kinh tế - xã hội quý I/2026.\n\n"
                          "Về nhiệm vụ thời gian tới, đồng chí đề nghị phường bám sát các chỉ tiêu, tập trung khai thác "
                          "nguồn thu.", outlet="Báo Gia Lai", headline="Làm việc tại An Khê")
    assert titles == ["tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội quý I/2026"]


def test_how_a_programme_stands_is_no_item(nlp):
    titles = _agenda(nlp, "Sáng 11/7, Kỳ họp thứ 22 HĐND tỉnh khóa XI tiến hành phiên chất vấn.\n\n"
                          "Nhiều đại biểu phản ánh tiến độ giải ngân vốn sự nghiệp của Chương trình còn chậm; một số "
                          "dự án hỗ trợ sản xuất chưa thực hiện được.", outlet="Báo Ninh Thuận", headline="Kỳ họp thứ 22")
    assert titles == ["phiên chất vấn"]


@pytest.mark.parametrize("headline, lead", [
    # the headline names the session the documents go to; the lead, the meeting held
    ("UBND tỉnh cho ý kiến 4 nội dung trình kỳ họp cuối năm của HĐND tỉnh",
     "Chiều 21/11, Chủ tịch UBND tỉnh Trần Văn Khang chủ trì phiên họp chuyên đề của UBND tỉnh cho ý kiến vào 4 nội "
     "dung trình kỳ họp thứ 17 HĐND tỉnh."),
    # a planned submission ('dự kiến trình') does not make the meeting itself a plan
    ("Cho ý kiến mức thu học phí năm học mới",
     "Chiều 17/11, UBND tỉnh tổ chức phiên họp chuyên đề cho ý kiến vào 4 nội dung dự kiến trình kỳ họp thứ 11 HĐND "
     "tỉnh khóa XVII. Chủ tịch UBND tỉnh Nguyễn Đức Thịnh chủ trì phiên họp."),
])
def test_a_session_documents_are_submitted_to_is_not_the_meeting_reported(nlp, headline, lead):
    (m,) = extract(headline + "\n\n" + lead, nlp=nlp, outlet="Báo Nghệ An", published="2023-11-21").meetings
    assert (m.kind, m.body) == ("phiên họp chuyên đề", "UBND tỉnh")


def test_a_subject_after_a_listed_document_is_part_of_its_title(nlp):
    # 'về' here is the cited resolution's subject, not the meeting's topic
    titles = _agenda(nlp, "Ngày 12/3, Ban Thường vụ Tỉnh ủy Nghệ An họp cho ý kiến vào dự thảo Kế hoạch thực hiện Nghị "
                          "quyết số 39-NQ/TW ngày 18/7/2023 của Bộ Chính trị về xây dựng, phát triển tỉnh Nghệ An đến "
                          "năm 2030.", outlet="Báo Nghệ An", headline="Ban Thường vụ Tỉnh ủy họp")
    assert titles == ["thực hiện Nghị quyết số 39-NQ/TW ngày 18/7/2023 của Bộ Chính trị về xây dựng, phát triển tỉnh "
                      "Nghệ An đến năm 2030"]


def test_a_plan_named_by_a_pair_of_tasks_keeps_both_and_a_document_someone_says_is_needed_is_no_item(nlp):
    titles = _agenda(nlp, "Ngày 8/10, Ban Thường vụ Tỉnh ủy tổ chức hội nghị cho ý kiến vào dự thảo Kế hoạch xử lý, sắp "
                          "xếp trụ sở, tài sản công dôi dư sau sắp xếp đơn vị hành chính.\n\nThảo luận tại hội nghị, các "
                          "đồng chí Ủy viên Ban Thường vụ Tỉnh ủy cho rằng cần sớm hoàn thiện đề án vị trí việc làm.",
                     headline="Ban Thường vụ Tỉnh ủy họp")
    assert titles == ["xử lý, sắp xếp trụ sở, tài sản công dôi dư sau sắp xếp đơn vị hành chính"]


def test_a_report_taken_up_first_in_a_row_of_documents_is_an_item(nlp):
    titles = _agenda(nlp, "Chiều 5/11, Ban Thường vụ Tỉnh ủy tổ chức hội nghị cho ý kiến đối với báo cáo tình hình thực hiện "
                          "nhiệm vụ chính trị 10 tháng năm 2025, phương hướng nhiệm vụ 2 tháng cuối năm; dự thảo Chương trình "
                          "hành động của Tỉnh ủy và Đề án phát triển ngành dừa đến năm 2030.",
                     outlet="Báo Vĩnh Long", headline="Ban Thường vụ Tỉnh ủy họp")
    assert len(titles) == 3
    assert titles[0].startswith("tình hình thực hiện nhiệm vụ chính trị 10 tháng năm 2025")


@pytest.mark.parametrize("body, outlet, headline, titles", [
    # a submission and the draft it carries are one item, named after the draft
    pytest.param("Chiều 27/9, đồng chí Nguyễn Hữu Phước, Chủ tịch UBND tỉnh chủ trì phiên họp thường kỳ tháng 9/2023 của "
                 "UBND tỉnh.\n\nVề Tờ trình và dự thảo Nghị quyết quy định mức thu học phí đối với cơ sở giáo dục công lập "
                 "năm học 2023-2024, UBND tỉnh thống nhất giữ ổn định mức thu như năm học trước.",
                 "Cổng thông tin điện tử tỉnh Bà Rịa - Vũng Tàu", "Phiên họp",
                 ["quy định mức thu học phí đối với cơ sở giáo dục công lập năm học 2023-2024"], id="submission-and-its-draft"),
    # a rule a task must follow is no business taken up
    pytest.param("Chiều 14/1, Ban Thường vụ Tỉnh ủy An Giang họp cho ý kiến về dự thảo Đề án đầu tư hạ tầng đặc khu Phú "
                 "Quốc phục vụ Hội nghị APEC 2027.\n\nĐồng chí Bí thư Tỉnh ủy cũng lưu ý, việc lựa chọn nhà thầu phải bảo "
                 "đảm công khai, minh bạch, đúng quy định của pháp luật về đấu thầu, tuyệt đối không để xảy ra tiêu cực.",
                 "Báo Đấu thầu", "Ban Thường vụ Tỉnh ủy họp", ["đầu tư hạ tầng đặc khu Phú Quốc phục vụ Hội nghị APEC 2027"],
                 id="a-rule-to-follow"),
    pytest.param("Sáng 12-11, HĐND tỉnh Đồng Nai tổ chức kỳ họp thứ 4 để xem xét 2 tờ trình, dự thảo nghị quyết do "
                 "UBND tỉnh trình.\n\nCác nội dung trình kỳ họp gồm:\n\n1. Tờ trình về việc sửa đổi, bổ sung Bảng giá "
                 "đất trên địa bàn tỉnh;\n\n2. Dự thảo Nghị quyết điều chỉnh dự toán thu, chi ngân sách địa phương năm 2026.",
                 "Báo Đồng Nai", "Kỳ họp thứ 4 HĐND tỉnh",
                 ["việc sửa đổi, bổ sung Bảng giá đất trên địa bàn tỉnh",
                  "điều chỉnh dự toán thu, chi ngân sách địa phương năm 2026"], id="a count runs on to the row"),
    # ('Theo Sở Y tế, dự thảo Nghị quyết đề xuất …'): the department's account of the draft listed before
    pytest.param("Chiều 2/7, UBND tỉnh Lâm Đồng tổ chức phiên họp thường kỳ tháng 6/2026.\n\nTại phiên họp, UBND tỉnh "
                 "cho ý kiến các nội dung:\n\n- Dự thảo Nghị quyết quy định mức hỗ trợ đóng bảo hiểm y tế cho người "
                 "thuộc hộ gia đình cận nghèo, hộ nông nghiệp có mức sống trung bình;\n\n- Đề án phát triển kinh tế ban đêm đến năm 2030.\n\nTheo Sở Y tế, dự thảo "
                 "Nghị quyết đề xuất ngân sách tỉnh hỗ trợ thêm 20% mức đóng bảo hiểm y tế cho người thuộc hộ cận "
                 "nghèo.",
                 "Báo Lâm Đồng", "Phiên họp",
                 ["quy định mức hỗ trợ đóng bảo hiểm y tế cho người thuộc hộ gia đình cận nghèo",
                  "phát triển kinh tế ban đêm đến năm 2030"], id="a body's account"),
])
def test_documents_that_open_no_item_of_their_own(nlp, body, outlet, headline, titles):
    assert _agenda(nlp, body, outlet=outlet, headline=headline) == titles


@pytest.mark.parametrize("aside, count", [
    # the delegation sees a site on its way: the same visit, though the site has a place
    ("Trước đó, đoàn công tác đã kiểm tra điểm sạt lở tại Km 312 Quốc lộ 32 và khu tái định cư bản Hồ Nhì Pá.", 1),
    # … but meets a host of its own there
    ("Trước đó, đoàn công tác đã khảo sát vùng trồng mắc ca tại xã Mường Kim và làm việc với UBND huyện Than Uyên.", 2),
])
def test_a_site_the_delegation_sees_on_its_way_is_part_of_the_visit(nlp, aside, count):
    text = ("Chủ tịch UBND tỉnh làm việc tại xã Mù Cang Chải\n\nChiều 21/5, đồng chí Lục Minh Khôi, Chủ tịch UBND tỉnh cùng "
            "đoàn công tác của tỉnh làm việc với Đảng ủy, UBND xã Mù Cang Chải về tình hình phát triển kinh tế - xã hội.\n\n"
            + aside + "\n\nPhát biểu kết luận, đồng chí Lục Minh Khôi yêu cầu UBND xã rà soát các hộ dân vùng sạt lở.")
    assert len(extract(text, nlp=nlp, outlet="Báo Lào Cai", published="2026-05-21").meetings) == count


def test_a_report_named_after_a_comma_in_a_row_of_documents_is_one_of_them(nlp):
    titles = _agenda(nlp, "Ngày 13/4, Ban Thường vụ Tỉnh ủy họp cho ý kiến vào dự thảo Đề án phát triển kinh tế lâm "
                          "nghiệp giai đoạn 2023-2030, báo cáo kết quả công tác tiếp công dân quý I/2023 và dự thảo Quy "
                          "chế làm việc của Ban Chấp hành.", outlet="Báo Hòa Bình", headline="Ban Thường vụ Tỉnh ủy họp")
    assert len(titles) == 3 and titles[1] == "kết quả công tác tiếp công dân quý I/2023"


def test_question_groups_counted_before_the_word_for_questioning_are_the_items(nlp):
    titles = _agenda(nlp, "Sáng 10/12, Kỳ họp thứ 30 HĐND tỉnh bước sang ngày làm việc thứ hai với phiên chất vấn.\n\n"
                          "Thường trực HĐND tỉnh lựa chọn 2 nhóm vấn đề để chất vấn: công tác quản lý đất đai sau sắp "
                          "xếp đơn vị hành chính; việc bố trí giáo viên tại các xã vùng cao.",
                     outlet="Báo Điện Biên Phủ", headline="Kỳ họp thứ 30 HĐND tỉnh")
    assert titles == ["công tác quản lý đất đai sau sắp xếp đơn vị hành chính", "việc bố trí giáo viên tại các xã vùng cao"]


def test_questioning_the_lead_adds_is_an_item_and_news_a_speaker_relays_is_none(nlp):
    titles = _agenda(nlp, "Ngày 10/12, Kỳ họp thứ 11 HĐND tỉnh thảo luận tại hội trường về báo cáo tình hình kinh tế - "
                          "xã hội năm 2025 và tiến hành phiên chất vấn, trả lời chất vấn.\n\nBuổi chiều, phiên chất vấn "
                          "diễn ra sôi nổi với 9 lượt đại biểu đặt câu hỏi.\n\nĐồng chí cho biết, Thường trực HĐND tỉnh "
                          "đã thống nhất ban hành nghị quyết về hoạt động chất vấn tại kỳ họp.",
                     outlet="Báo Đắk Lắk", headline="Kỳ họp thứ 11 HĐND tỉnh")
    assert titles == ["báo cáo tình hình kinh tế - xã hội năm 2025", "phiên chất vấn"]


def test_disasters_in_general_after_the_work_against_particular_ones_is_the_same_item(nlp):
    titles = _agenda(nlp, "Ngày 18/6, Phó Chủ tịch UBND tỉnh Nguyễn Quỳnh Thiện làm việc với huyện Trà Ôn về tiến độ xây "
                          "dựng nông thôn mới và công tác phòng, chống sạt lở, hạn mặn.\n\nVề công tác phòng, chống thiên "
                          "tai, từ đầu năm đến nay trên địa bàn huyện xảy ra 9 vụ sạt lở.",
                     outlet="Báo Vĩnh Long", headline="Phó Chủ tịch UBND tỉnh làm việc tại Trà Ôn")
    assert titles == ["tiến độ xây dựng nông thôn mới", "công tác phòng, chống sạt lở, hạn mặn"]


def test_an_abbreviated_subject_taken_up_twice_is_one_item(nlp):
    # (the lead's topic stops at 'tại': the subject is first named by the paragraphs)
    titles = _agenda(nlp, "Chiều 20/6, Phó Chủ tịch UBND tỉnh Phan Đình Lộc làm việc với Ban Quản lý Khu kinh tế tỉnh về "
                          "tiến độ các dự án tại Khu kinh tế Chân Mây - Lăng Cô và công tác bồi thường, giải phóng mặt "
                          "bằng (GPMB).\n\nVề công tác GPMB, huyện "
                          "đã bàn giao 85 ha.\n\nĐối với công tác GPMB, Phó Chủ tịch UBND tỉnh giao UBND huyện Phú Lộc "
                          "hoàn thành trong tháng 7.", outlet="Báo Thừa Thiên Huế", headline="Làm việc với Ban Quản lý")
    assert len(titles) == 2


def test_resolutions_named_after_the_session_adopts_them_in_general_are_items(nlp):
    titles = _agenda(nlp, "Sáng 7/12, HĐND tỉnh tiến hành phiên chất vấn và trả lời chất vấn.\n\nChiều cùng ngày, kỳ họp "
                          "tiến hành biểu quyết thông qua các nghị quyết. Với 52/52 đại biểu có mặt tán thành, HĐND tỉnh đã "
                          "thông qua Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội năm 2024.",
                     outlet="Báo Lạng Sơn", headline="Kỳ họp thứ 17 HĐND tỉnh")
    assert titles[-1] == "nhiệm vụ phát triển kinh tế - xã hội năm 2024"


@pytest.mark.parametrize("paragraph", [
    # what a listed draft sets as its targets is its content, not a new item
    "Dự thảo Nghị quyết về phát triển du lịch đặt mục tiêu đến năm 2030 đón 10 triệu lượt khách.",
    # a document commitments are put into is where they go
    "Chủ tọa kỳ họp thống nhất đưa các cam kết vào nghị quyết về hoạt động chất vấn tại kỳ họp.",
    "Nhiều ý kiến đề nghị bổ sung vào dự thảo Nghị quyết các chỉ tiêu về du lịch cộng đồng.",
])
def test_a_listed_drafts_targets_and_a_document_something_is_put_into_add_no_item(nlp, paragraph):
    titles = _agenda(nlp, "Ngày 16/7, Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị xem xét dự thảo Nghị quyết về phát triển "
                          "du lịch trở thành ngành kinh tế mũi nhọn đến năm 2030.\n\n" + paragraph,
                     outlet="Báo Sơn La", headline="Hội nghị Ban Chấp hành Đảng bộ tỉnh")
    assert titles == ["phát triển du lịch trở thành ngành kinh tế mũi nhọn đến năm 2030"]


def test_a_document_named_between_two_regions_is_not_split_by_a_paragraph_echoing_it(nlp):
    # ('… khu vực Bắc Trung Bộ và Duyên hải miền Trung': a 'và' between two names joins them)
    titles = _agenda(nlp, "Ngày 9/5, Ban Thường vụ Tỉnh ủy họp, nghe báo cáo tình hình kinh tế - xã hội quý I và cho ý kiến "
                          "về Đề án phát triển cảng biển Vũng Áng thành trung tâm logistics của khu vực Bắc Trung Bộ và "
                          "Duyên hải miền Trung đến năm 2030.\n\n"
                          "Về Đề án phát triển cảng biển Vũng Áng, các đại biểu đề nghị làm rõ nguồn vốn.",
                     outlet="Báo Hà Tĩnh", headline="Ban Thường vụ Tỉnh ủy họp")
    assert len(titles) == 2
    assert titles[0].endswith("Duyên hải miền Trung đến năm 2030")


def test_an_answer_at_a_questioning_session_is_not_an_item(nlp):
    titles = _agenda(nlp, "Sáng 11/7, HĐND tỉnh tiến hành phiên chất vấn và trả lời chất vấn. Các câu hỏi tập trung vào "
                          "việc cấp giấy chứng nhận quyền sử dụng đất và tình trạng thiếu giáo viên.\n\n"
                          "Giải trình về tình trạng thiếu giáo viên, Giám đốc Sở GD&ĐT cho biết toàn tỉnh thiếu 600 giáo "
                          "viên.\n\nChiều cùng ngày, HĐND tỉnh thông qua Nghị quyết về giá đất năm 2025.",
                     outlet="Báo Quảng Trị", headline="Kỳ họp thứ 25 HĐND tỉnh")
    assert "tình trạng thiếu giáo viên" not in titles
    assert len(titles) == 2


def test_a_list_of_as_many_items_as_the_lead_counted_is_the_agenda(nlp):
    titles = _agenda(nlp, "Chiều 19/9, UBND tỉnh tổ chức phiên họp chuyên đề tháng 9 để cho ý kiến vào 3 nội dung trình HĐND "
                          "tỉnh.\n\nCác nội dung được đưa ra thảo luận gồm: dự thảo Nghị quyết quy định chính sách thu hút "
                          "nguồn nhân lực; Đề án sắp xếp, tổ chức lại các cơ sở giáo dục công lập; tờ trình dự kiến kế hoạch "
                          "đầu tư công năm 2026.\n\nĐối với đề án sắp xếp trường học, Sở GD&ĐT cho biết toàn tỉnh có 1.164 "
                          "cơ sở giáo dục công lập.", outlet="Báo Đồng Nai", headline="UBND tỉnh họp chuyên đề")
    assert len(titles) == 3



def test_a_meeting_reported_after_a_papers_summary_paragraph_is_found(nlp):
    text = ("Tây Ninh dồn lực giải ngân vốn đầu tư công quý IV\n\n"
            "Đến hết tháng 9, tỉnh mới giải ngân được hơn 51% kế hoạch vốn đầu tư công.\n\n"
            "Ngày 6/10, UBND tỉnh Tây Ninh tổ chức phiên họp thường kỳ tháng 9/2025. Chủ tịch UBND tỉnh Lê Quang Vinh chủ "
            "trì phiên họp.")
    (m,) = extract(text, nlp=nlp, outlet="VietnamPlus", published="2025-10-07").meetings
    assert (m.kind, m.chair) == ("phiên họp thường kỳ", ["Lê Quang Vinh"])


def test_a_meeting_named_in_passing_after_the_lead_is_none(nlp):
    text = ("Bắc Ninh triển khai thi hành Luật Đất đai\n\n"
            "UBND tỉnh vừa ban hành Kế hoạch số 312/KH-UBND triển khai thi hành Luật Đất đai trên địa bàn tỉnh.\n\n"
            "Luật Đất đai được Quốc hội khóa XV thông qua tại Kỳ họp bất thường lần thứ 5 ngày 18/1/2024.")
    assert extract(text, nlp=nlp, outlet="Báo Bắc Ninh", published="2024-06-14").meetings == []


def test_what_a_document_sets_out_or_should_have_is_no_item(nlp):
    titles = _agenda(nlp, "Ngày 16-4, Ban Thường vụ Tỉnh ủy Gia Lai họp cho ý kiến vào dự thảo Nghị quyết về xây dựng khu vực "
                          "phòng thủ tỉnh giai đoạn 2026-2030 và Đề án phát triển hạ tầng logistics.\n\n"
                          "Dự thảo Nghị quyết xác định đến năm 2030, 100% xã, phường xây dựng khu vực phòng thủ vững chắc.\n\n"
                          "Thảo luận tại hội nghị, các đồng chí Ủy viên Ban Thường vụ đề nghị làm rõ trách nhiệm của từng "
                          "ngành; một số ý kiến đề xuất Đề án logistics cần có cơ chế thu hút nhà đầu tư chiến lược.",
                     outlet="Báo Gia Lai")
    assert titles == ["xây dựng khu vực phòng thủ tỉnh giai đoạn 2026-2030", "phát triển hạ tầng logistics"]


# a council's questioning day, with the resolutions it passed in the afternoon
_QUESTIONS_THEN_RESOLUTIONS = (
    "Chất vấn về khoáng sản và an ninh vùng biên\n\nSáng 11/12, HĐND tỉnh Quảng Trị bước vào ngày làm việc thứ hai của Kỳ "
    "họp thứ 6 với phiên chất vấn và trả lời chất vấn.\n\nPhiên chất vấn tập trung vào 2 nhóm vấn đề: công tác quản lý, cấp "
    "phép khai thác khoáng sản; công tác bảo đảm an ninh trật tự tại các xã biên giới.\n\nChiều cùng ngày, kỳ họp biểu "
    "quyết thông qua 3 nghị quyết: Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2026; Nghị quyết quy định chính "
    "sách hỗ trợ các xã biên giới; Nghị quyết về kế hoạch đầu tư công năm 2026.")


def test_resolutions_counted_after_the_question_groups_add_to_them(nlp):
    (m,) = extract(_QUESTIONS_THEN_RESOLUTIONS, nlp=nlp, outlet="Báo Quảng Trị", published="2025-12-11").meetings
    titles = [a.title for a in m.agenda]
    assert len(titles) == 5 and titles[:2] == ["công tác quản lý, cấp phép khai thác khoáng sản",
                                               "công tác bảo đảm an ninh trật tự tại các xã biên giới"]


def test_a_paragraph_opening_on_a_purpose_adds_no_item(nlp):
    titles = _agenda(nlp, "Ngày 15/12, Ban Chấp hành Đảng bộ huyện Giồng Trôm tổ chức hội nghị lần thứ 19.\n\n"
                          "Về dự thảo Nghị quyết chuyên đề phát triển kinh tế vườn gắn với du lịch sinh thái, Ban Chấp hành "
                          "thống nhất thông qua.\n\nĐể đưa Nghị quyết chuyên đề sớm vào cuộc sống, đồng chí giao UBND huyện "
                          "xây dựng kế hoạch thực hiện.", outlet="Báo Đồng Khởi")
    assert titles == ["phát triển kinh tế vườn gắn với du lịch sinh thái"]


def test_subjects_named_by_their_head_in_a_row_of_documents_are_items(nlp):
    titles = _agenda(nlp, "Chiều 21/3, Ban Thường vụ Tỉnh ủy họp cho ý kiến vào Báo cáo kết quả thực hiện nhiệm vụ quý I năm "
                          "2024; dự thảo Đề án phát triển sản phẩm OCOP gắn với du lịch nông thôn; công tác chuẩn bị Giỗ Tổ "
                          "Hùng Vương - Lễ hội Đền Hùng năm 2024 và công tác cán bộ.", outlet="Báo Phú Thọ")
    assert titles == ["kết quả thực hiện nhiệm vụ quý I năm 2024", "phát triển sản phẩm OCOP gắn với du lịch nông thôn",
                      "công tác chuẩn bị Giỗ Tổ Hùng Vương - Lễ hội Đền Hùng năm 2024", "công tác cán bộ"]


def test_a_report_opening_a_row_of_documents_in_lower_case_is_an_item(nlp):
    items = extract("Chiều 29/9, UBND tỉnh tổ chức phiên họp thường kỳ tháng 9/2025. Đồng chí Trương Công Hậu, Chủ tịch "
                    "UBND tỉnh chủ trì phiên họp.\n\nPhiên họp tập trung xem xét: báo cáo tình hình kinh tế - xã hội "
                    "tháng 9, 9 tháng năm 2025 và nhiệm vụ trọng tâm quý IV; dự thảo Nghị quyết của HĐND tỉnh quy định "
                    "mức hỗ trợ hằng tháng đối với lực lượng bảo vệ an ninh; tờ trình phương án sắp xếp trụ sở làm việc.",
                    nlp=nlp, title="Tin", outlet="Báo Đắk Lắk", published="2025-09-29").meetings[0].agenda
    assert [(a.document_type, a.title) for a in items] == [
        ("báo cáo", "tình hình kinh tế - xã hội tháng 9, 9 tháng năm 2025 và nhiệm vụ trọng tâm quý IV"),
        # (the council's draft resolution, named by its subject)
        ("nghị quyết", "quy định mức hỗ trợ hằng tháng đối với lực lượng bảo vệ an ninh"),
        ("tờ trình", "phương án sắp xếp trụ sở làm việc")]


def test_question_groups_counted_after_delegates_asked_questions_are_the_items(nlp):
    (m,) = extract("Kỳ họp\n\nSáng 9/12, kỳ họp thứ 31 HĐND tỉnh khóa XIV dành trọn buổi cho phiên chất vấn và trả lời chất "
                   "vấn. Đồng chí Bùi Đăng Khoa, Chủ tịch HĐND tỉnh chủ trì, điều hành phiên chất vấn.\n\nTrên tinh thần "
                   "thẳng thắn, xây dựng, 14 lượt đại biểu đã đặt câu hỏi, tập trung vào 2 nhóm vấn đề: công tác bảo vệ "
                   "môi trường vịnh Hạ Long, thu gom và xử lý rác thải sinh hoạt; việc bố trí, sử dụng đội ngũ cán bộ, "
                   "công chức cấp xã.", nlp=nlp, outlet="Báo Quảng Ninh", published="2025-12-09").meetings
    assert [a.title for a in m.agenda] == [
        "công tác bảo vệ môi trường vịnh Hạ Long, thu gom và xử lý rác thải sinh hoạt",
        "việc bố trí, sử dụng đội ngũ cán bộ, công chức cấp xã"]


def test_a_report_after_a_comma_in_a_row_closing_on_other_business_is_an_item(nlp):
    items = extract("Hội nghị\n\nChiều 24/3, đồng chí Đỗ Mạnh Tường, Bí thư Tỉnh ủy chủ trì hội nghị Ban Thường vụ Tỉnh ủy "
                    "nghe, cho ý kiến vào dự thảo Nghị quyết về phát triển kinh tế biển xanh, báo cáo kết quả thực hiện "
                    "nhiệm vụ quý I/2026 và một số nội dung quan trọng khác.", nlp=nlp, outlet="Báo Quảng Ninh",
                    published="2026-03-24").meetings[0].agenda
    assert [(a.document_type, a.title) for a in items] == [
        ("nghị quyết", "phát triển kinh tế biển xanh"), ("báo cáo", "kết quả thực hiện nhiệm vụ quý I/2026")]


def test_a_programme_named_as_a_works_funding_source_is_no_item(nlp):
    (m,) = extract("Tin\n\nNgày 17/8, đoàn công tác của UBND tỉnh do đồng chí Đinh Thị Mai Hương, Phó Chủ tịch Thường trực "
                   "UBND tỉnh làm trưởng đoàn đã làm việc với huyện Mù Cang Chải về tiến độ thực hiện các chương trình mục "
                   "tiêu quốc gia.\n\nTrước buổi làm việc, đoàn đã kiểm tra tiến độ thi công công trình đường giao thông "
                   "liên xã Chế Cu Nha - Kim Nọi (nguồn vốn Chương trình 1719) và khảo sát điểm du lịch cộng đồng bản Lìm "
                   "Mông.", nlp=nlp, outlet="Báo Yên Bái", published="2023-08-17").meetings
    assert [a.title for a in m.agenda] == ["tiến độ thực hiện các chương trình mục tiêu quốc gia"]


@pytest.mark.parametrize("body, outlet, title_start, title_end", [
    pytest.param("Ngày 3/10, UBND tỉnh Phú Thọ tổ chức phiên họp thường kỳ tháng 9/2025.\n\nVề dự thảo Nghị quyết quy "
                 "định chính sách hỗ trợ phát triển nông nghiệp, nông thôn giai đoạn 2026-2030, Sở Nông nghiệp và Môi "
                 "trường cho biết, trên địa bàn tỉnh đang cùng lúc áp dụng 11 nghị quyết về chính sách nông nghiệp do "
                 "HĐND 3 tỉnh ban hành trước đây.", "Báo Phú Thọ", "quy định chính sách hỗ trợ phát triển nông nghiệp", "",
                 id="resolutions counted or told by a speaker"),
    pytest.param("Ngày 10/7, Ban Chấp hành Đảng bộ huyện Kế Sách tổ chức Hội nghị lần thứ 21.\n\nCũng tại hội nghị, Ban "
                 "Chấp hành Đảng bộ huyện nghe và cho ý kiến vào dự thảo Kế hoạch tổ chức đại hội đảng bộ cơ sở tiến tới "
                 "Đại hội đại biểu Đảng bộ huyện lần thứ XII.\n\nĐối với công tác chuẩn bị đại hội, Ban Chấp hành Đảng bộ "
                 "huyện thống nhất chọn Đảng bộ xã Phong Nẫm tổ chức đại hội điểm.", "Báo Sóc Trăng",
                 "tổ chức đại hội đảng bộ cơ sở", "", id="preparing and holding a congress: one piece of work"),
    pytest.param("Chiều 13/3, ông Trương Văn Lực, Phó Chủ tịch Thường trực UBND tỉnh Kiên Giang làm việc với huyện U Minh "
                 "Thượng về tình hình thiếu nước sinh hoạt của người dân do nắng hạn kéo dài.\n\nVề bảo đảm nước sinh "
                 "hoạt, Phó Chủ tịch Thường trực giao Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh khẩn "
                 "trương sửa chữa các trạm cấp nước.", "Báo Kiên Giang", "tình hình thiếu nước sinh hoạt", "",
                 id="ensuring water after the lead's shortage of it"),
    pytest.param("Ngày 11/7, Ban Chấp hành Đảng bộ huyện Tam Dương tổ chức hội nghị lần thứ 20.\n\nCác đại biểu cho ý kiến "
                 "vào dự thảo Nghị quyết của Ban Chấp hành Đảng bộ huyện về xây dựng huyện Tam Dương đạt chuẩn nông thôn "
                 "mới nâng cao. Kết quả, dự thảo được biểu quyết thông qua.\n\nĐối với Nghị quyết chuyên đề vừa được "
                 "thông qua, Bí thư Huyện ủy giao Văn phòng Huyện ủy hoàn chỉnh văn bản, tham mưu ban hành trong tháng 7.",
                 "Báo Vĩnh Phúc", "", "xây dựng huyện Tam Dương đạt chuẩn nông thôn mới nâng cao",
                 id="the resolution just adopted"),
    pytest.param("Chiều 19/9, UBND tỉnh Bắc Ninh tổ chức phiên họp chuyên đề tháng 9 dưới sự chủ trì của ông Trần Quốc "
                 "Hưng, Chủ tịch UBND tỉnh, cho ý kiến vào 4 nội dung về khoa học công nghệ, hạ tầng giao thông và công "
                 "nghiệp.\n\nNội dung đầu tiên là dự thảo Nghị quyết của HĐND tỉnh quy định chính sách hỗ trợ doanh "
                 "nghiệp khởi nghiệp.", "Báo Bắc Ninh", "", "quy định chính sách hỗ trợ doanh nghiệp khởi nghiệp",
                 id="the fields of contents counted in the lead"),
])
def test_what_names_a_listed_item_again_or_in_passing_adds_no_item(nlp, body, outlet, title_start, title_end):
    (title,) = _agenda(nlp, body, outlet=outlet)
    assert title.startswith(title_start) and title.endswith(title_end)


def test_a_half_years_whole_work_named_twice_is_one_item(nlp):
    titles = _agenda(nlp, "Ngày 18/7, Ban Chấp hành Đảng bộ huyện Mộc Châu tổ chức Hội nghị lần thứ 16 sơ kết công tác 6 "
                          "tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023.\n\nTại hội nghị, các đại biểu đã nghe "
                          "Báo cáo sơ kết công tác 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm; dự thảo Nghị "
                          "quyết về phát triển nông nghiệp ứng dụng công nghệ cao; báo cáo kết quả công tác kiểm tra, giám "
                          "sát 6 tháng đầu năm, phương hướng 6 tháng cuối năm của Ủy ban Kiểm tra Huyện ủy.", outlet="Báo Sơn La")
    assert len(titles) == 3
    assert titles[0].startswith("công tác 6 tháng đầu năm")
    assert titles[2].startswith("kết quả công tác kiểm tra, giám sát")


def test_with_no_publication_date_unresolved_days_drop_no_item(nlp):
    (m,) = extract(_QUESTIONS_THEN_RESOLUTIONS, nlp=nlp, outlet="Báo Quảng Trị").meetings
    assert m.date == "--12-11"
    assert len(m.agenda) == 5


def test_a_system_of_operations_names_no_chair(nlp):
    # ('điều hành' here is the system's, not someone running the meeting)
    text = ("Phó Chủ tịch UBND tỉnh Nguyễn Văn Hùng làm việc với Sở Khoa học và Công nghệ\n\n"
            "Sáng 24/9, Phó Chủ tịch UBND tỉnh Nguyễn Văn Hùng có buổi làm việc với Sở Khoa học và Công nghệ về kết quả "
            "chuyển đổi số 9 tháng năm 2026.\n\n"
            "Theo báo cáo do Phó Giám đốc Sở Lê Thị Vân Anh trình bày, 96/96 xã, phường đã kết nối hệ thống quản lý văn "
            "bản và điều hành của tỉnh.")
    (m,) = extract(text, nlp=nlp, outlet="Báo Quảng Ngãi").meetings
    assert m.chair == ["Nguyễn Văn Hùng"]


@pytest.mark.parametrize("body, count", [
    pytest.param("Ngày 19/12, Ban Chấp hành Đảng bộ thành phố Vĩnh Yên tổ chức Hội nghị lần thứ 26.\n\nCác văn bản được "
                 "đưa ra xin ý kiến gồm: dự thảo Báo cáo kết quả thực hiện nhiệm vụ chính trị năm 2024; dự thảo Báo cáo "
                 "kiểm điểm sự lãnh đạo, chỉ đạo của Ban Thường vụ Thành ủy năm 2024; dự thảo Chương trình công tác năm "
                 "2025; dự thảo Đề án chuyển đổi số trong các cơ quan Đảng.", 4, id="documents put up for opinions"),
    pytest.param("Ngày 24/9, HĐND tỉnh Hà Tĩnh tổ chức Kỳ họp thứ 4.\n\nVề dự thảo Nghị quyết sáp nhập, đặt tên thôn, tổ "
                 "dân phố trên địa bàn một số xã, phường, sau sắp xếp, toàn tỉnh giảm 214 thôn. HĐND tỉnh biểu quyết "
                 "thông qua nghị quyết.\n\nĐối với việc sáp nhập thôn, tổ dân phố, đồng chí Chủ tịch HĐND tỉnh yêu cầu "
                 "UBND các xã sớm kiện toàn đội ngũ trưởng thôn.", 1, id="a title's pairs past commas"),
    pytest.param("Ngày 6/7, UBND huyện Mường Nhé tổ chức phiên họp chuyên đề.\n\nVề dự thảo Nghị quyết thông qua Đề án "
                 "phát triển vùng trồng quế, UBND huyện thống nhất chủ trương trình HĐND huyện thông qua Đề án.", 1,
                 id="a policy of sending a document on"),
    pytest.param("Chiều 10/11, Thường trực HĐND thành phố Hà Nội họp phiên thường kỳ tháng 11, cho ý kiến về công tác chuẩn "
                 "bị Kỳ họp thứ 6.\n\nCác thành viên Thường trực HĐND Thành phố lưu ý, nhiều tờ trình gửi chậm so với quy "
                 "định.", 1, id="many documents sent late"),
    pytest.param("Ngày 16/12, HĐND huyện Mường Chà khóa XXI tổ chức Kỳ họp thứ Bảy.\n\nTại kỳ họp, HĐND huyện đã nghe UBND "
                 "huyện trình bày báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2022, mục tiêu, nhiệm "
                 "vụ năm 2023; báo cáo tình hình thực hiện dự toán ngân sách nhà nước năm 2022, phương án phân bổ ngân sách "
                 "địa phương năm 2023.", 2, id="a report presented, another after a semicolon"),
    pytest.param("Sáng 14/12, HĐND huyện Bảo Thắng khóa XX tổ chức Kỳ họp thứ 12.\n\nKỳ họp xem xét các nội dung: Báo cáo về "
                 "tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2023; Tờ trình về kế hoạch đầu tư công năm 2024."
                 "\n\nTại phiên khai mạc, đồng chí Phó Chủ tịch UBND huyện trình bày báo cáo tình hình KT-XH năm 2023.", 2,
                 id="a listed report named again by a common abbreviation"),
    pytest.param("Chiều 21/3, Ban Thường vụ Tỉnh ủy Đắk Nông họp, xem xét cho ý kiến đối với 3 nội dung quan trọng.\n\nCác nội "
                 "dung được đưa ra xem xét gồm: dự thảo Đề án phát triển du lịch giai đoạn 2024-2030; báo cáo sơ kết 3 năm thực "
                 "hiện Nghị quyết số 06-NQ/TU về chuyển đổi số; tờ trình về chủ trương đầu tư Dự án đường kết nối Quốc lộ 14 với "
                 "Quốc lộ 28.", 3, id="contents counted after two taking-up verbs"),
    pytest.param("Ngày 28/9, UBND huyện Mường Ảng tổ chức phiên họp thường kỳ tháng 9 để đánh giá tình hình thực hiện nhiệm vụ "
                 "phát triển KT-XH, bảo đảm quốc phòng - an ninh tháng 9, 9 tháng đầu năm; triển khai nhiệm vụ trọng tâm quý "
                 "IV/2022.", 1, id="a lead's report and its sequel after a semicolon"),
    pytest.param("Ngày 15/10, HĐND tỉnh Cao Bằng tổ chức Kỳ họp thứ tư (kỳ họp chuyên đề) để xem xét, quyết định 4 nghị quyết "
                 "thuộc thẩm quyền.\n\nVề Nghị quyết điều chỉnh kế hoạch đầu tư công năm 2026, HĐND tỉnh thống nhất bổ sung vốn "
                 "cho 12 dự án.\n\nVới tỷ lệ tán thành cao, kỳ họp đã biểu quyết thông qua cả 4 nghị quyết; riêng Nghị quyết "
                 "điều chỉnh kế hoạch đầu tư công năm 2026 được thông qua với 46/48 đại biểu có mặt tán thành.", 1,
                 id="resolutions counted, none named"),
    pytest.param("Ngày 27/10, UBND huyện Tam Đường họp phiên thường kỳ tháng 10.\n\nVề Kế hoạch sắp xếp, dồn ghép các điểm "
                 "trường lẻ, toàn huyện sẽ dồn ghép 14 điểm trường. Kết luận nội dung này, đồng chí Chủ tịch UBND huyện nhấn "
                 "mạnh: “Việc dồn ghép phải đặt quyền lợi của học sinh lên trên hết; điểm trường nào đường đi lại khó khăn thì "
                 "chưa dồn ghép”.", 1, id="a quote after a colon lists nothing"),
    pytest.param("Chiều 31/3, Chủ tịch UBND tỉnh Thái Nguyên chủ trì phiên họp thường kỳ tháng 3/2026 nhằm đánh giá tình hình "
                 "KT-XH quý I và cho ý kiến vào một số nội dung quan trọng.\n\nPhiên họp xem xét các nội dung:\n\n1. Báo cáo "
                 "tình hình KT-XH tháng 3, quý I; nhiệm vụ trọng tâm quý II năm 2026;\n\n2. Tờ trình về việc điều chỉnh kế "
                 "hoạch đầu tư công năm 2026.", 2, id="a period after a comma goes on in a title"),
    pytest.param("Sáng 13/10, HĐND tỉnh Hà Tĩnh khai mạc kỳ họp thứ 4 xem xét tờ trình về điều chỉnh kế hoạch đầu tư công "
                 "trung hạn giai đoạn 2026-2030.\n\nKỳ họp cũng nhất trí thông qua Nghị quyết điều chỉnh kế hoạch đầu tư công, "
                 "bổ sung 680 tỷ đồng cho 12 dự án khắc phục sạt lở.", 1, id="an amount after a comma ends a title"),
    pytest.param("Sáng 12/7, HĐND huyện Tủa Chùa khai mạc Kỳ họp thứ Mười. Kỳ họp dành thời gian chất vấn 2 nhóm vấn đề: "
                 "công tác quản lý, bảo vệ rừng; tiến độ giải ngân vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững.\n\n"
                 "Ở nhóm vấn đề thứ hai, đại biểu Lò Thị Xuân chất vấn vì sao vốn sự nghiệp của Chương trình chuyển từ năm "
                 "2022 sang còn lớn.", 2, id="a document something belongs to"),
])
def test_how_a_report_names_its_items(nlp, body, count):
    assert len(_agenda(nlp, body, outlet="Báo Hà Tĩnh")) == count


_THREE_DRAFTS_THEN_CONCLUSIONS = (
    "Phiên họp\n\nNgày 19/12, Ban Chấp hành Đảng bộ thành phố Vĩnh Yên tổ chức Hội nghị lần thứ 26 cho ý kiến vào 3 "
    "nội dung: dự thảo Báo cáo kiểm điểm sự lãnh đạo của Ban Thường vụ Thành ủy năm 2024; dự thảo Chương trình công "
    "tác năm 2025; dự thảo Đề án chuyển đổi số trong các cơ quan Đảng.\n\n"
    "Đối với dự thảo Báo cáo kiểm điểm, đồng chí Bí thư Thành ủy giao Văn phòng Thành ủy hoàn chỉnh báo cáo, gửi "
    "Ban Tổ chức Tỉnh ủy chậm nhất ngày 31/12/2024.\n\n"
    "Góp ý dự thảo Chương trình công tác năm 2025, hội nghị thống nhất giao Ban Thường vụ Thành ủy hoàn chỉnh và ban "
    "hành chương trình trong tháng 1/2025.\n\n"
    "Riêng dự thảo Đề án chuyển đổi số, đồng chí Bí thư Thành ủy đề nghị UBND thành phố xây dựng kế hoạch triển khai.\n\n"
    "Phát biểu bế mạc hội nghị, đồng chí Bí thư Thành ủy yêu cầu các cấp ủy, tổ chức đảng tập trung lãnh đạo hoàn "
    "thành các chỉ tiêu năm 2025.")


def test_a_paragraph_taking_a_listed_item_up_again_holds_that_items_acts_and_the_close_none(nlp):
    r = extract(_THREE_DRAFTS_THEN_CONCLUSIONS, nlp=nlp, outlet="Cổng thông tin điện tử thành phố Vĩnh Yên")
    (m,) = r.meetings
    assert [[d.assignees for d in a.directives] for a in m.agenda] == [
        [["Văn phòng Thành ủy Vĩnh Yên"]], [["Ban Thường vụ Thành ủy Vĩnh Yên"]], [["Ủy ban nhân dân thành phố Vĩnh Yên"]]]
    closing = [d for d in r.directives if d.text.startswith("yêu cầu các cấp ủy")]
    assert closing and not any(closing[0] in a.directives for a in m.agenda)


def test_a_voters_meetings_orders_are_under_no_item(nlp):
    r = extract("Tiếp xúc cử tri\n\nNgày 8/10, Đoàn ĐBQH tỉnh Điện Biên tiếp xúc cử tri xã Chung Chải trước Kỳ họp thứ 2, "
                "Quốc hội khóa XV. Tại buổi tiếp xúc, đại diện Đoàn thông báo dự kiến nội dung, chương trình Kỳ họp thứ 2."
                "\n\nCử tri đề nghị sửa chữa tuyến đường vào bản Nậm Pố. Trả lời cử tri, Chủ tịch UBND huyện giao Phòng "
                "Kinh tế và Hạ tầng phối hợp với UBND xã khảo sát, sửa chữa trong tháng 11.", nlp=nlp,
                outlet="Báo Điện Biên Phủ", published="2021-10-09")
    (m,) = r.meetings
    assert len(m.agenda) == 1 and not m.agenda[0].directives
    assert any(d.verb == "giao" for d in r.directives)


def test_a_headlines_bare_meeting_is_what_the_days_lead_after_a_summary_says(nlp):
    (m,) = extract("Lai Châu họp khẩn ứng phó mưa lũ, sạt lở đất\n\nMưa lớn kéo dài từ đêm 19/7 gây sạt lở, chia cắt nhiều "
                   "tuyến đường ở Lai Châu, khiến 4 người chết và mất tích.\n\nChiều 22/7, UBND tỉnh Lai Châu tổ chức hội "
                   "nghị trực tuyến với 38 xã, phường để triển khai các biện pháp cấp bách ứng phó mưa lũ, sạt lở đất.",
                   nlp=nlp, outlet="VTC News", published="2026-07-22").meetings
    assert m.kind == "hội nghị trực tuyến"
    assert [a.title for a in m.agenda] == ["các biện pháp cấp bách ứng phó mưa lũ, sạt lở đất"]


def test_the_chairs_conclusion_of_the_meeting_speaks_to_its_first_item(nlp):
    (m,) = extract("Phiên họp\n\nNgày 27/10, UBND thành phố Vĩnh Yên họp phiên thường kỳ tháng 10, đánh giá tình hình kinh "
                   "tế - xã hội 10 tháng năm 2022. Phiên họp cũng cho ý kiến vào dự thảo Kế hoạch thu gom rác thải năm 2023."
                   "\n\nKết luận phiên họp, Chủ tịch UBND thành phố yêu cầu các phòng, ban tập trung hoàn thành các chỉ tiêu "
                   "năm 2022.\n\nĐối với dự thảo Kế hoạch thu gom rác thải, Chủ tịch UBND thành phố giao Phòng Quản lý đô "
                   "thị hoàn thiện kế hoạch trước ngày 15/11.", nlp=nlp, outlet="Cổng thông tin điện tử thành phố Vĩnh Yên",
                   published="2022-10-28").meetings
    assert len(m.agenda) == 2
    assert [[d.assignees for d in a.directives] for a in m.agenda] == [
        [["các phòng, ban"]], [["Phòng Quản lý đô thị thành phố Vĩnh Yên"]]]



@pytest.mark.parametrize("closing", ["Cuối phiên họp", "Kết thúc phiên họp", "Phát biểu bế mạc phiên họp"])
def test_orders_at_the_close_of_a_session_are_under_no_item(nlp, closing):
    r = extract("Phiên họp\n\nNgày 27/10, UBND tỉnh Bạc Liêu họp phiên thường kỳ tháng 10, cho ý kiến vào dự thảo Kế hoạch "
                "phát triển du lịch năm 2023.\n\nĐối với dự thảo Kế hoạch phát triển du lịch, Chủ tịch UBND tỉnh giao Sở Văn "
                f"hóa, Thể thao và Du lịch hoàn thiện kế hoạch.\n\n{closing}, Chủ tịch UBND tỉnh yêu cầu Văn phòng UBND tỉnh "
                "theo dõi việc thực hiện các kết luận.", nlp=nlp, outlet="Báo Bạc Liêu", published="2022-10-27")
    (m,) = r.meetings
    listed = [d.verb for a in m.agenda for d in a.directives]
    assert listed == ["giao"] and "yêu cầu" in [d.verb for d in r.directives]


@pytest.mark.parametrize("text, outlet, published, verbs", [
    pytest.param("Phiên họp\n\nChiều 28/9, UBND tỉnh Bắc Kạn tổ chức phiên họp thường kỳ tháng 9/2023.\n\nTại phiên họp, UBND "
                 "tỉnh cho ý kiến vào 2 nội dung, gồm: báo cáo tình hình kinh tế - xã hội 9 tháng năm 2023; dự thảo Kế "
                 "hoạch phòng cháy, chữa cháy rừng mùa khô 2023 - 2024.\n\nTheo báo cáo của Sở Kế hoạch và Đầu tư, giải "
                 "ngân vốn đầu tư công mới đạt 51%. Chủ tịch UBND tỉnh yêu cầu các sở, ngành bám sát kịch bản tăng trưởng."
                 "\n\nRiêng dự thảo Kế hoạch phòng cháy, chữa cháy rừng, Chủ tịch UBND tỉnh giao Sở NN&PTNT hoàn thiện kế "
                 "hoạch.",
                 "Báo Bắc Kạn", "2023-09-28", [["yêu cầu"], ["giao"]], id="what follows a list is on its first item"),
    pytest.param("Phiên họp\n\nChiều 27/9, UBND tỉnh Thái Bình họp phiên thường kỳ, cho ý kiến vào 2 nội dung: báo cáo tình "
                 "hình kinh tế - xã hội 9 tháng năm 2023; dự thảo Đề án phát triển nuôi trồng thủy sản vùng ven biển.\n\n"
                 "Kết luận phiên họp, đồng chí Chủ tịch UBND tỉnh yêu cầu các sở, ngành bám sát kịch bản tăng trưởng.\n\n"
                 "Với đề án phát triển nuôi trồng thủy sản vùng ven biển, đồng chí đề nghị Sở NN&PTNT bổ sung đánh giá tác "
                 "động môi trường.",
                 "Báo Thái Bình", "2023-09-27", [["yêu cầu"], ["đề nghị"]], id="a paragraph naming a listed item first thing"),
    pytest.param("Hội nghị\n\nNgày 5/12, Ban Chấp hành Đảng bộ tỉnh Bắc Giang tổ chức hội nghị lần thứ 28, cho ý kiến vào 2 "
                 "nội dung: báo cáo kết quả thực hiện nhiệm vụ chính trị năm 2024; dự thảo Đề án phát triển du lịch cộng "
                 "đồng.\n\nKết luận hội nghị, đồng chí Bí thư Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng tập trung lãnh đạo "
                 "hoàn thành các chỉ tiêu năm 2024. Đối với dự thảo Đề án phát triển du lịch cộng đồng, đồng chí giao Ban "
                 "cán sự đảng UBND tỉnh hoàn thiện đề án.",
                 "Báo Bắc Giang", "2024-12-05", [["yêu cầu"], ["giao"]], id="a conclusion going on to a listed item"),
])
def test_acts_sit_under_the_item_they_speak_to(nlp, text, outlet, published, verbs):
    (m,) = extract(text, nlp=nlp, outlet=outlet, published=published).meetings
    assert [[d.verb for d in a.directives] for a in m.agenda] == verbs


def test_an_order_to_a_board_is_no_briefing_meeting(nlp):
    # ('giao Ban Quản lý …' assigns a board; 'giao ban' in lower case is a briefing)
    r = extract("Giao chủ đầu tư dự án đường nối\n\nNgày 5/9, UBND tỉnh Hà Giang đã giao Ban Quản lý dự án đầu tư xây dựng "
                "tỉnh làm chủ đầu tư dự án đường nối Hà Giang - Tuyên Quang.", nlp=nlp, outlet="Báo Hà Giang",
                published="2023-09-05")
    assert not r.meetings and len(r.directives) == 1


def test_the_sides_of_a_lead_topic_split_by_a_paragraph_keep_their_own_acts(nlp):
    # (the conclusion is on the lead topic's first side; the paragraph on its second, which splits it, is not)
    (m,) = extract("Làm việc tại thành phố\n\nChiều 23/5, ông Hoàng Minh Lâm, Phó Chủ tịch UBND tỉnh Khánh Hòa làm việc với "
                   "thành phố Nha Trang về công tác quản lý trật tự đô thị và bảo vệ môi trường vịnh Nha Trang.\n\n"
                   "Kết luận buổi làm việc, ông Hoàng Minh Lâm yêu cầu UBND thành phố Nha Trang xử lý dứt điểm tình trạng "
                   "lấn chiếm vỉa hè.\n\nĐối với môi trường vịnh Nha Trang, ông giao Sở TN&MT kiểm tra các cơ sở xả thải.",
                   nlp=nlp, outlet="Báo Khánh Hòa", published="2024-05-23").meetings
    assert [[d.verb for d in a.directives] for a in m.agenda] == [["yêu cầu"], ["giao"]]


_VISIT = ("Làm việc tại cơ sở\n\nNgày 12/3, đồng chí Trần Văn Hải, Bí thư Tỉnh ủy Sóc Trăng có buổi làm việc với "
          "{host} về {topics}.\n\nBáo cáo tại buổi làm việc, lãnh đạo địa phương cho biết nhiều chỉ tiêu đạt khá.\n\n"
          "{paragraph}\n\nĐối với các kiến nghị của địa phương, đồng chí giao Văn phòng Tỉnh ủy tổng hợp, báo cáo "
          "Thường trực Tỉnh ủy.")


@pytest.mark.parametrize("host, topics, paragraph, titles, under", [
    pytest.param("thị xã Vĩnh Châu", "tình hình thực hiện nhiệm vụ chính trị quý I/2024 và công tác phòng, chống hạn "
                 "hán, xâm nhập mặn mùa khô 2023 - 2024",
                 "Về hạn mặn, đồng chí giao Sở NN&PTNT phối hợp với UBND thị xã vận hành hợp lý hệ thống cống.",
                 ["tình hình thực hiện nhiệm vụ chính trị quý I/2024",
                  "công tác phòng, chống hạn hán, xâm nhập mặn mùa khô 2023 - 2024", "các kiến nghị của địa phương"], 1,
                 id="all its words, apart"),
    pytest.param("xã Cầu Ngang", "tình hình thực hiện nhiệm vụ năm 2025 và việc vận hành chính quyền địa phương hai cấp",
                 "Về vận hành bộ máy, đồng chí yêu cầu UBND xã rà soát vị trí việc làm, phân công công chức hợp lý.",
                 ["tình hình thực hiện nhiệm vụ năm 2025", "việc vận hành chính quyền địa phương hai cấp",
                  "các kiến nghị của địa phương"], 1, id="two words in a row"),
    pytest.param("Sở Giao thông vận tải", "tiến độ các dự án giao thông trọng điểm và công tác bảo đảm trật tự an toàn "
                 "giao thông",
                 "Đối với dự án Đường tỉnh 934, đồng chí yêu cầu Sở Giao thông vận tải đẩy nhanh tiến độ thi công.",
                 ["tiến độ các dự án giao thông trọng điểm", "công tác bảo đảm trật tự an toàn giao thông",
                  "dự án Đường tỉnh 934", "các kiến nghị của địa phương"], 2, id="a named project is its own"),
    pytest.param("xã Đoan Hùng", "công tác giải phóng mặt bằng các dự án giao thông trên địa bàn và phát triển vùng "
                 "trồng bưởi đặc sản",
                 "Đối với vùng bưởi, đồng chí giao UBND xã Đoan Hùng rà soát quy hoạch vùng trồng tập trung.",
                 ["công tác giải phóng mặt bằng các dự án giao thông trên địa bàn", "phát triển vùng trồng bưởi đặc sản",
                  "các kiến nghị của địa phương"], 1, id="one side of a lead topic"),
])
def test_a_working_visits_paragraph_naming_a_lead_topic_in_other_words_takes_it_up(nlp, host, topics, paragraph,
                                                                                    titles, under):
    (m,) = extract(_VISIT.format(host=host, topics=topics, paragraph=paragraph), nlp=nlp, outlet="Báo Sóc Trăng",
                   published="2024-03-13").meetings
    assert [a.title for a in m.agenda] == titles
    assert [len(a.directives) for a in m.agenda][under] == 1


@pytest.mark.parametrize("bullet", ["- ", "– ", "+ ", "{n}. ", "{n}) "])
def test_documents_listed_one_per_bulleted_line_are_the_items(nlp, bullet):
    # (a dash opening a line bullets it; it joins a name only between words: 'Sở Quy hoạch - Kiến trúc')
    lines = ["Nghị quyết quy định chính sách hỗ trợ phụ nữ sinh con đúng chính sách dân số;",
             "Nghị quyết quy định mức hỗ trợ hằng tháng đối với nhân viên y tế thôn;",
             "Nghị quyết về việc điều chỉnh kế hoạch đầu tư công năm 2026."]
    titles = _agenda(nlp, "Sáng 8/10, HĐND tỉnh Lâm Đồng khóa XI tổ chức Kỳ họp thứ 4.\n\nKỳ họp đã biểu quyết thông qua 3 "
                          "nghị quyết, gồm:\n\n" + "\n\n".join(bullet.format(n=n) + line for n, line in enumerate(lines, 1)),
                     outlet="Báo Lâm Đồng", headline="Kỳ họp")
    assert titles == ["quy định chính sách hỗ trợ phụ nữ sinh con đúng chính sách dân số",
                      "quy định mức hỗ trợ hằng tháng đối với nhân viên y tế thôn", "việc điều chỉnh kế hoạch đầu tư công năm 2026"]


@pytest.mark.parametrize("body, outlet, title", [
    pytest.param("Ngày 19/4, Ban Thường vụ Tỉnh ủy Kon Tum tổ chức hội nghị cho ý kiến vào báo cáo kết quả quý I năm 2022 "
                 "và dự thảo Đề án phát triển kinh tế cửa khẩu.\n\nĐồng chí lưu ý quá trình hoàn chỉnh Đề án phải bám sát "
                 "Quy hoạch tỉnh thời kỳ 2021-2030.", "Báo Kon Tum", None, id="what it must"),
    pytest.param("Ngày 3/7, Ban Chấp hành Đảng bộ phường Chiềng An tổ chức Hội nghị lần thứ tám đánh giá kết quả thực hiện "
                 "nhiệm vụ 6 tháng đầu năm; cho ý kiến vào dự thảo Nghị quyết về chỉnh trang đô thị giai đoạn 2026-2030 và "
                 "dự thảo Quy chế làm việc của Ban Chấp hành Đảng bộ phường.\n\nĐối với dự thảo Nghị quyết về chỉnh trang "
                 "đô thị, Ban Chấp hành thống nhất cao về sự cần thiết ban hành; giao Ban Thường vụ Đảng ủy phường tiếp thu "
                 "ý kiến, hoàn thiện, ban hành Nghị quyết trong tháng 7; UBND phường xây dựng kế hoạch triển khai.",
                 "Báo Sơn La", None, id="when it is due"),
    pytest.param("Sáng 4/11, UBND tỉnh Bắc Ninh họp phiên thường kỳ tháng 10/2025 nhằm đánh giá tình hình kinh tế - xã hội "
                 "10 tháng và cho ý kiến vào một số tờ trình, đề án quan trọng.\n\nĐề án sắp xếp mạng lưới y tế cơ sở được "
                 "các thành viên UBND tỉnh nhất trí thông qua. Đồng chí Chủ tịch UBND tỉnh giao Sở Y tế hoàn thiện hồ sơ.",
                 "Báo Bắc Ninh", "sắp xếp mạng lưới y tế cơ sở", id="who agreed to it"),
    pytest.param("Ngày 8/4, Ban Chấp hành Đảng bộ xã Rạng Đông tổ chức Hội nghị lần thứ 9 đánh giá kết quả lãnh đạo thực "
                 "hiện nhiệm vụ quý I, triển khai nhiệm vụ quý II/2026.\n\nPhát biểu kết luận, đồng chí Bí thư Đảng ủy xã "
                 "nhấn mạnh yêu cầu bảo vệ sinh kế của người dân. Hội nghị thống nhất thông qua báo cáo kết quả quý I và nhất "
                 "trí về cơ bản với dự thảo nghị quyết chuyên đề.", "Báo Nông thôn Ngày nay", None, id="the next agreement"),
    pytest.param("Ngày 18/8, HĐND huyện Bát Xát tổ chức kỳ họp thứ 6 (chuyên đề), thông qua nghị quyết về chính sách hỗ "
                 "trợ phát triển cây dược liệu.\n\nGiải trình ý kiến đại biểu, Phó Chủ tịch UBND huyện cho biết thảo quả được "
                 "hỗ trợ theo chính sách riêng của tỉnh nên không đưa vào nghị quyết lần này.", "Cổng thông tin điện tử huyện "
                 "Bát Xát", None, id="which one, this time"),
    pytest.param("Ngày 16/6, Thường trực HĐND tỉnh Quảng Ngãi họp phiên thường kỳ tháng 6 cho ý kiến về công tác chuẩn bị "
                 "Kỳ họp thứ hai.\n\nTrưởng Ban Kinh tế - Ngân sách cho rằng nhiều hồ sơ gửi đến chỉ có dự thảo nghị quyết mà "
                 "chưa có báo cáo đánh giá tác động.", "Báo Quảng Ngãi", None, id="what it lacks"),
])
def test_what_a_sentence_says_of_a_document_is_not_its_title(nlp, body, outlet, title):
    titles = _agenda(nlp, body, outlet=outlet, headline="Hội nghị")
    bad = ("phải", "trong tháng", "được các", "nhất trí", "lần này", "mà chưa")
    assert not any(word in t for t in titles for word in bad)
    assert title is None or title in titles


@pytest.mark.parametrize("topics, paragraph, count", [
    pytest.param("kết quả thực hiện nhiệm vụ quý I/2026 và định hướng phát triển kinh tế biển gắn với bảo đảm quốc phòng",
                 "Về định hướng phát triển kinh tế biển, đồng chí giao UBND đặc khu xây dựng đề án riêng.", 2,
                 id="the tasks ahead in a field of their own"),
    pytest.param("tình hình thực hiện nhiệm vụ quý I/2026 và định hướng nhiệm vụ quý II/2026",
                 "Về định hướng nhiệm vụ quý II, đồng chí giao UBND đặc khu tập trung thu ngân sách.", 1,
                 id="the same report's tasks ahead"),
])
def test_a_lead_topics_sequel_named_again_is_an_item_when_it_has_a_field_of_its_own(nlp, topics, paragraph, count):
    titles = _agenda(nlp, f"Ngày 12/3, đồng chí Nguyễn Đăng Khoa, Bí thư Tỉnh ủy Quảng Trị làm việc với Ban Thường vụ Đảng ủy "
                          f"đặc khu Cồn Cỏ về {topics}.\n\n{paragraph}", outlet="Báo Quảng Trị", headline="Làm việc")
    assert len(titles) == count


@pytest.mark.parametrize("paragraph, title", [
    pytest.param("Riêng đối với vốn các chương trình mục tiêu quốc gia, đồng chí giao Phòng Dân tộc hướng dẫn các xã "
                 "tháo gỡ vướng mắc.", "vốn các chương trình mục tiêu quốc gia", id="Riêng đối với"),
    pytest.param("Kết luận nội dung dự thảo Nghị quyết về việc đặt tên đường, phố trên địa bàn thị trấn, đồng chí Chủ tịch "
                 "UBND huyện nhất trí phương án đặt tên cho 7 tuyến đường.", "việc đặt tên đường, phố trên địa bàn thị trấn",
                 id="a conclusion naming its document"),
    # (a word that may go on a title opens the clause's subject with a demonstrative after it)
    pytest.param("Về kế hoạch chuyển đổi số của huyện, nhiệm vụ này được các thành viên UBND huyện đánh giá là cấp "
                 "bách.", "kế hoạch chuyển đổi số của huyện", id="a demonstrative after the comma"),
    pytest.param("Về dự thảo Nghị quyết chuyên đề của Ban Chấp hành Đảng bộ huyện về phát triển du lịch cộng đồng giai đoạn "
                 "2026-2030, các đại biểu nhất trí cao.", "phát triển du lịch cộng đồng giai đoạn 2026-2030",
                 id="a thematic resolution and whose it is"),
])
def test_how_a_paragraph_opening_names_its_item(nlp, paragraph, title):
    titles = _agenda(nlp, "Sáng 28/6, UBND huyện Sìn Hồ tổ chức phiên họp chuyên đề cho ý kiến vào dự thảo Nghị quyết phê chuẩn "
                          "quyết toán ngân sách năm 2022.\n\nVề dự thảo Nghị quyết phê chuẩn quyết toán ngân sách năm 2022, "
                          "phiên họp nhất trí với dự thảo.\n\n" + paragraph,
                     outlet="Cổng thông tin điện tử huyện Sìn Hồ", headline="Phiên họp")
    assert titles[-1] == title and len(titles) == 2



def test_the_lead_after_a_summary_describes_the_meeting_its_headline_names(nlp):
    (m,) = extract("Phú Thọ: Phiên họp UBND tỉnh thường kỳ tháng 9, dồn lực cho quý IV\n\nTăng trưởng kinh tế 9 tháng ước đạt "
                   "8,1%, nhưng giải ngân vốn đầu tư công mới được chưa đầy một nửa kế hoạch.\n\nChiều 29/9, UBND tỉnh Phú Thọ "
                   "tổ chức phiên họp thường kỳ tháng 9/2025 để đánh giá tình hình KT-XH 9 tháng năm 2025. Đồng chí Đỗ Quang "
                   "Thịnh, Chủ tịch UBND tỉnh chủ trì phiên họp.", nlp=nlp, outlet="Tạp chí Nông thôn Mới",
                   published="2025-09-29").meetings
    assert (m.body, m.date, m.chair) == ("UBND tỉnh Phú Thọ", "2025-09-29", ["Đỗ Quang Thịnh"])
    assert [a.title for a in m.agenda] == ["tình hình KT-XH 9 tháng năm 2025"]


def test_a_meeting_a_summary_opens_without_its_day_is_dated_by_the_lead_after_it(nlp):
    (m,) = extract("Quảng Ninh: HĐND tỉnh chất vấn nút thắt giải ngân\n\nPhiên chất vấn tại Kỳ họp thứ 30 HĐND tỉnh Quảng "
                   "Ninh xoáy vào tiến độ giải ngân vốn đầu tư công.\n\nNgày 10/12, HĐND tỉnh Quảng Ninh khóa XIV tiếp tục "
                   "ngày làm việc thứ hai của Kỳ họp thứ 30. Bà Đinh Thị Mỹ Duyên, Chủ tịch HĐND tỉnh chủ trì kỳ họp.",
                   nlp=nlp, outlet="VnEconomy", published="2025-12-10").meetings
    assert (m.kind, m.date, m.chair) == ("kỳ họp", "2025-12-10", ["Đinh Thị Mỹ Duyên"])


def test_a_document_a_summary_names_in_passing_is_no_item_and_the_lead_after_it_describes_the_meeting(nlp):
    (m,) = extract("UBND xã Nà Sản họp chuyên đề, cho ý kiến 3 dự thảo nghị quyết\n\nQuyết toán ngân sách năm 2025, đề án "
                   "chỉnh trang khu trung tâm xã và việc điều chỉnh dự án chợ Nà Sản là những nội dung được thành viên UBND "
                   "xã tập trung thảo luận.\n\nSáng 12/6, UBND xã Nà Sản tổ chức phiên họp chuyên đề cho ý kiến vào 3 dự thảo "
                   "nghị quyết trình HĐND xã. Đồng chí Lò Văn Thanh, Chủ tịch UBND xã chủ trì phiên họp.\n\nVề dự thảo Nghị "
                   "quyết phê chuẩn quyết toán ngân sách xã năm 2025, UBND xã thống nhất trình HĐND xã.\n\nĐối với dự thảo "
                   "Nghị quyết thông qua Đề án chỉnh trang khu trung tâm xã giai đoạn 2026-2030, đồng chí Chủ tịch UBND xã "
                   "giao Phòng Kinh tế hoàn thiện hồ sơ.\n\nRiêng dự thảo Nghị quyết điều chỉnh chủ trương đầu tư dự án chợ "
                   "Nà Sản, UBND xã thống nhất trình HĐND xã.", nlp=nlp, outlet="Cổng TTĐT xã Nà Sản",
                   published="2026-06-12").meetings
    assert (m.date, m.chair) == ("2026-06-12", ["Lò Văn Thanh"])
    assert [a.title for a in m.agenda] == ["phê chuẩn quyết toán ngân sách xã năm 2025",
                                           "thông qua Đề án chỉnh trang khu trung tâm xã giai đoạn 2026-2030",
                                           "điều chỉnh chủ trương đầu tư dự án chợ Nà Sản"]



def test_a_listed_questioning_session_taken_up_again_is_that_item(nlp):
    titles = _agenda(nlp, "Sáng 14/12, HĐND huyện Bảo Thắng khóa XX khai mạc Kỳ họp thứ 12.\n\nTheo chương trình, kỳ họp xem "
                          "xét, thảo luận và quyết định các nội dung:\n\n- Tờ trình về kế hoạch đầu tư công năm 2024;\n\n- Dự "
                          "thảo Nghị quyết về Chương trình giám sát năm 2024;\n\n- Phiên chất vấn và trả lời chất vấn.\n\nVề "
                          "phiên chất vấn, Thường trực HĐND huyện đã lựa chọn nhóm vấn đề về công tác quản lý đất đai.",
                     outlet="Cổng thông tin điện tử huyện Bảo Thắng", headline="Kỳ họp")
    assert titles == ["kế hoạch đầu tư công năm 2024", "giám sát năm 2024", "chất vấn và trả lời chất vấn"]


_NUMBERED_SESSION = (
    "Ngày 29/1, đồng chí Hà Văn Thắng, Chủ tịch UBND tỉnh Sơn La chủ trì phiên họp thường kỳ tháng 1/2026.\n\n"
    "Tại phiên họp, UBND tỉnh xem xét, cho ý kiến 3 nội dung:\n\n"
    "1. Báo cáo tình hình KT-XH tháng 1, nhiệm vụ trọng tâm tháng 2/2026.\n\n"
    "2. Tờ trình phân bổ chi tiết kế hoạch vốn đầu tư công năm 2026 nguồn ngân sách địa phương.\n\n"
    "3. Đề án phát triển du lịch cộng đồng gắn với bảo tồn bản sắc văn hoá các dân tộc giai đoạn 2026-2030.\n\n"
    "Theo báo cáo, trong tháng 1, tình hình KT-XH của tỉnh tiếp tục chuyển biến tích cực.\n\n"
    "Kết luận nội dung này, đồng chí Hà Văn Thắng yêu cầu Sở Công Thương tăng cường kiểm tra thị trường dịp Tết.\n\n"
    "Cũng tại phiên họp, UBND tỉnh cho ý kiến vào Đề án phát triển du lịch cộng đồng. Đồng chí Hà Văn Thắng đề nghị "
    "Sở Văn hóa, Thể thao và Du lịch bổ sung cơ chế hỗ trợ hộ kinh doanh homestay.")


def test_a_numbered_list_of_contents_is_discussed_from_its_first_item(nlp):
    # the report takes the items it lists in their order, one to a line as in one sentence; 'Cũng tại phiên họp'
    # then takes a listed one up again by its shorter name
    (m,) = extract("Phiên họp UBND tỉnh\n\n" + _NUMBERED_SESSION, nlp=nlp, outlet="Báo Sơn La").meetings
    assert [a.title for a in m.agenda] == [
        "tình hình KT-XH tháng 1, nhiệm vụ trọng tâm tháng 2/2026",
        "phân bổ chi tiết kế hoạch vốn đầu tư công năm 2026 nguồn ngân sách địa phương",
        "phát triển du lịch cộng đồng gắn với bảo tồn bản sắc văn hoá các dân tộc giai đoạn 2026-2030"]
    assert [[d.assignees[0] for d in a.directives] for a in m.agenda] == [
        ["Sở Công Thương tỉnh Sơn La"], [], ["Sở Văn hóa, Thể thao và Du lịch tỉnh Sơn La"]]


def test_a_report_heard_and_measures_deployed_are_two_items_and_the_conclusion_deploys(nlp):
    (m,) = extract("Họp trực tuyến ứng phó mưa lũ\n\nChiều 21/6, UBND huyện Mường Khương tổ chức hội nghị trực tuyến với 16 xã, "
                   "thị trấn để nghe báo cáo nhanh tình hình thiệt hại do mưa lớn từ đêm 19 đến rạng sáng 20/6 và triển khai "
                   "các biện pháp cấp bách khắc phục hậu quả. Đồng chí Tráng Seo Lử, Phó Chủ tịch UBND huyện chủ trì hội nghị."
                   "\n\nTheo báo cáo, mưa lớn đã làm 3 nhà bị sập, 41 nhà bị tốc mái.\n\nKết luận hội nghị, đồng chí Tráng Seo "
                   "Lử yêu cầu UBND các xã, thị trấn tổ chức kiểm tra, rà soát các khu dân cư ven suối.",
                   nlp=nlp, outlet="Cổng TTĐT huyện Mường Khương").meetings
    assert [(a.document_type, a.title) for a in m.agenda] == [
        ("báo cáo", "tình hình thiệt hại do mưa lớn từ đêm 19 đến rạng sáng 20/6"),
        (None, "các biện pháp cấp bách khắc phục hậu quả")]
    assert [len(a.directives) for a in m.agenda] == [0, 1]


def test_numbered_conclusions_open_on_the_items_they_take_up_again(nlp):
    # ('2. Về …', '3. Đối với …' open after their number; a subject ends at its colon; 'ban hành Nghị quyết trong
    # tháng 5' says when a resolution is due, it names none and ends no title)
    (m,) = extract("Hội nghị Ban Chấp hành Đảng bộ xã Năm Căn\n\nNgày 16/4, Ban Chấp hành Đảng bộ xã Năm Căn tổ chức hội "
                   "nghị lần thứ 9. Đồng chí Huỳnh Tấn Lộc, Bí thư Đảng ủy xã chủ trì hội nghị.\n\nCác nội dung được đưa ra hội "
                   "nghị gồm: Báo cáo kết quả lãnh đạo thực hiện nhiệm vụ chính trị quý I; Báo cáo tổng kết công tác bầu cử "
                   "trên địa bàn xã; dự thảo Nghị quyết chuyên đề về phát triển kinh tế biển gắn với du lịch sinh thái giai "
                   "đoạn 2026-2030.\n\nKết luận hội nghị, đồng chí Huỳnh Tấn Lộc yêu cầu:\n\n1. Thống nhất với báo cáo kết quả "
                   "quý I. UBND xã tập trung chỉ đạo thu ngân sách.\n\n2. Về công tác bầu cử: Ban Chấp hành thống nhất thông qua "
                   "báo cáo tổng kết; giao Văn phòng Đảng ủy xã hoàn thiện hồ sơ, lưu trữ theo quy định.\n\n3. Đối với dự thảo "
                   "Nghị quyết chuyên đề về kinh tế biển, Ban Chấp hành nhất trí thông qua về chủ trương; giao Ban Thường vụ "
                   "Đảng ủy xã tiếp thu ý kiến, hoàn chỉnh, ban hành Nghị quyết trong tháng 5/2026.",
                   nlp=nlp, outlet="Báo Cà Mau").meetings
    assert [a.title for a in m.agenda] == [
        "kết quả lãnh đạo thực hiện nhiệm vụ chính trị quý I", "tổng kết công tác bầu cử trên địa bàn xã",
        "phát triển kinh tế biển gắn với du lịch sinh thái giai đoạn 2026-2030"]
    assert [len(a.directives) for a in m.agenda][1:] == [1, 1]


def test_paired_works_and_listed_verbs_stay_in_one_title(nlp):
    # ('danh mục công trình, dự án cần thu hồi đất', 'thu gom, vận chuyển, …'): commas inside one title; a later
    # paragraph naming the list by its subject takes it up again
    (m,) = extract("Phiên họp chuyên đề UBND tỉnh\n\nNgày 12/11, UBND tỉnh Ninh Bình tổ chức phiên họp chuyên đề cho ý kiến "
                   "vào 2 dự thảo nghị quyết.\n\nCác nội dung gồm:\n\n1. Dự thảo Nghị quyết quy định giá dịch vụ thu gom, "
                   "vận chuyển, xử lý chất thải rắn sinh hoạt;\n\n2. Dự thảo Nghị quyết thông qua danh mục công trình, dự án "
                   "cần thu hồi đất năm 2026.\n\nRiêng danh mục thu hồi đất năm 2026, Chủ tịch UBND tỉnh đề nghị UBND các xã, phường kiên "
                   "quyết loại bỏ các dự án chưa có nguồn vốn.", nlp=nlp, outlet="Báo Ninh Bình").meetings
    assert [a.title for a in m.agenda] == ["quy định giá dịch vụ thu gom, vận chuyển, xử lý chất thải rắn sinh hoạt",
                                           "thông qua danh mục công trình, dự án cần thu hồi đất năm 2026"]
    assert [len(a.directives) for a in m.agenda] == [0, 1]


@pytest.mark.parametrize("documents, titles", [
    pytest.param("dự thảo Nghị quyết quy định chính sách hỗ trợ chuyển đổi xe buýt, xe taxi sang phương tiện sử dụng điện",
                 ["quy định chính sách hỗ trợ chuyển đổi xe buýt, xe taxi sang phương tiện sử dụng điện"], id="one head"),
    pytest.param("dự thảo Nghị quyết quy định chính sách hỗ trợ chuyển đổi phương tiện sử dụng điện và dự thảo Nghị quyết hỗ "
                 "trợ cán bộ, công chức, viên chức, người lao động dôi dư sau sắp xếp tổ chức bộ máy",
                 ["quy định chính sách hỗ trợ chuyển đổi phương tiện sử dụng điện",
                  "hỗ trợ cán bộ, công chức, viên chức, người lao động dôi dư sau sắp xếp tổ chức bộ máy"],
                 id="the staff, and the next draft"),
    pytest.param("dự thảo Nghị quyết quy định chính sách hỗ trợ chuyển đổi phương tiện sử dụng điện và dự thảo Kế hoạch bảo "
                 "đảm cung ứng hàng hóa, bình ổn thị trường dịp Tết Nguyên đán",
                 ["quy định chính sách hỗ trợ chuyển đổi phương tiện sử dụng điện",
                  "bảo đảm cung ứng hàng hóa, bình ổn thị trường dịp Tết Nguyên đán"], id="goods and prices"),
    pytest.param("dự thảo Nghị quyết quy định chính sách hỗ trợ chuyển đổi phương tiện sử dụng điện và dự thảo Nghị quyết quy "
                 "định chức danh, mức phụ cấp đối với người hoạt động không chuyên trách ở thôn",
                 ["quy định chính sách hỗ trợ chuyển đổi phương tiện sử dụng điện",
                  "quy định chức danh, mức phụ cấp đối với người hoạt động không chuyên trách ở thôn"], id="posts and pay"),
    pytest.param("dự thảo Nghị quyết quy định chính sách hỗ trợ chuyển đổi phương tiện sử dụng điện và báo cáo tình hình, kết "
                 "quả thực hiện Chương trình xây dựng nông thôn mới năm 2024",
                 ["quy định chính sách hỗ trợ chuyển đổi phương tiện sử dụng điện",
                  "tình hình, kết quả thực hiện Chương trình xây dựng nông thôn mới năm 2024"], id="two topics of a report"),
])
def test_nouns_in_a_row_stay_in_one_title(nlp, documents, titles):
    # ('xe buýt, xe taxi', 'cán bộ, công chức, viên chức, người lao động'); a draft word before the next
    # resolution is not the title's; a later paragraph naming the first by its policy takes it up again
    (m,) = extract("Phiên họp chuyên đề UBND thành phố\n\nNgày 9/4, UBND thành phố Đà Nẵng họp phiên chuyên đề cho ý kiến "
                   f"vào {documents}.\n\nVề chính sách hỗ trợ chuyển đổi phương tiện, Chủ tịch UBND thành phố giao Sở Xây "
                   "dựng hoàn thiện dự thảo trong tháng 5.", nlp=nlp, outlet="Báo Đà Nẵng").meetings
    assert [a.title for a in m.agenda] == titles
    assert len(m.agenda[0].directives) == 1


@pytest.mark.parametrize("body, outlet, headline, titles", [
    pytest.param("Ngày 22/10, UBND tỉnh Quảng Nam tổ chức phiên họp chuyên đề.\n\nCác nội dung gồm: dự thảo Nghị quyết "
                 "quy định chính sách hỗ trợ phát triển cây dược liệu; tờ trình điều chỉnh Kế hoạch đầu tư công trung hạn "
                 "nguồn vốn ngân sách địa phương và Đề án phát triển giao thông nông thôn giai đoạn 2021-2025.",
                 "Báo Quảng Nam", "Phiên họp",
                 ["quy định chính sách hỗ trợ phát triển cây dược liệu",
                  "điều chỉnh Kế hoạch đầu tư công trung hạn nguồn vốn ngân sách địa phương",
                  "phát triển giao thông nông thôn giai đoạn 2021-2025"], id="uncounted, a capital after 'và'"),
    pytest.param("Ngày 19/11, UBND tỉnh Sóc Trăng tổ chức phiên họp chuyên đề.\n\nCác nội dung gồm: dự thảo Nghị quyết về kế "
                 "hoạch phát triển kinh tế - xã hội năm 2025; tờ trình điều chỉnh kế hoạch đầu tư công trung hạn nguồn vốn "
                 "ngân sách địa phương và dự thảo Nghị quyết quy định mức thu học phí năm học 2024-2025.",
                 "Cổng TTĐT tỉnh Sóc Trăng", "Phiên họp",
                 ["kế hoạch phát triển kinh tế - xã hội năm 2025",
                  "điều chỉnh kế hoạch đầu tư công trung hạn nguồn vốn ngân sách địa phương",
                  "quy định mức thu học phí năm học 2024-2025"], id="uncounted, a draft after 'và'"),
    # ('Bốn nội dung … gồm: …'): a count in words at the sentence start splits the last two at 'và'
    pytest.param("Sáng 19/4, UBND tỉnh Hậu Giang tổ chức phiên họp chuyên đề tháng 4.\n\nBốn nội dung được đưa ra thảo luận "
                 "gồm: dự thảo Nghị quyết quy định chính sách hỗ trợ phát triển hợp tác xã nông nghiệp; Đề án phát triển du "
                 "lịch đến năm 2025; Kế hoạch thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2023 và "
                 "báo cáo tình hình giải ngân vốn đầu tư công quý I/2023.", "Cổng TTĐT tỉnh Hậu Giang", "Phiên họp chuyên đề",
                 ["quy định chính sách hỗ trợ phát triển hợp tác xã nông nghiệp", "phát triển du lịch đến năm 2025",
                  "thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2023",
                  "tình hình giải ngân vốn đầu tư công quý I/2023"], id="a count in words"),
    # (resolutions a listed one repeals are its subject, not documents in general that end the row)
    pytest.param("Ngày 26/9, HĐND tỉnh tổ chức kỳ họp chuyên đề, thông qua 2 nghị quyết, gồm:\n\n1. Nghị quyết điều chỉnh kế "
                 "hoạch đầu tư công năm 2025;\n\n2. Nghị quyết bãi bỏ một số nghị quyết quy phạm pháp luật không còn phù hợp.",
                 "Báo Bắc Ninh", "Kỳ họp chuyên đề HĐND tỉnh",
                 ["điều chỉnh kế hoạch đầu tư công năm 2025", "bãi bỏ một số nghị quyết quy phạm pháp luật không còn phù hợp"],
                 id="resolutions a resolution repeals"),
    # (one more resolution by its vote after one the paragraph named; 'thông qua nghị quyết về nội dung này' is the one before)
    pytest.param("Sáng 10/7, HĐND thành phố tiến hành phiên chất vấn và trả lời chất vấn.\n\nKỳ họp cũng biểu quyết thông qua "
                 "Nghị quyết về điều chỉnh kế hoạch đầu tư công năm 2026. Với 61/62 đại biểu tán thành, HĐND thành phố thông "
                 "qua Nghị quyết quy định mức thu học phí năm học 2026-2027. Các đại biểu cũng thông qua nghị quyết về nội "
                 "dung này với 62/62 đại biểu tán thành.", "Báo Hải Phòng", "Kỳ họp thứ Ba HĐND thành phố",
                 ["chất vấn và trả lời chất vấn", "điều chỉnh kế hoạch đầu tư công năm 2026",
                  "quy định mức thu học phí năm học 2026-2027"], id="one more resolution by its vote"),
    # (a clause adopting a document named before by its type word: 'thống nhất chủ trương ban hành Đề án')
    pytest.param("Ngày 13/7, Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị lần thứ 15.\n\nHội nghị cũng cho ý kiến vào dự thảo "
                 "Đề án phát triển nguồn nhân lực chất lượng cao giai đoạn 2023-2030. Hội nghị thống nhất chủ trương ban hành "
                 "Đề án; đồng thời thông qua Báo cáo kết quả kiểm tra, giám sát 6 tháng đầu năm 2023 của Ủy ban Kiểm tra Tỉnh "
                 "ủy.", "Báo Hậu Giang", "Hội nghị Tỉnh ủy",
                 ["phát triển nguồn nhân lực chất lượng cao giai đoạn 2023-2030",
                  "kết quả kiểm tra, giám sát 6 tháng đầu năm 2023 của Ủy ban Kiểm tra Tỉnh ủy"], id="a document by its type word"),
    # (not a programme's for it, which is its own item; 'lớp 1, lớp 6' is one title)
    pytest.param("Sáng 26/10, UBND huyện Văn Bàn tổ chức phiên họp thường kỳ tháng 10 đánh giá tình hình KT-XH 10 "
                 "tháng đầu năm, triển khai nhiệm vụ trọng tâm tháng 11.\n\nTại phiên họp, các thành viên UBND huyện "
                 "thảo luận các nội dung:\n\n1. Báo cáo tình hình thực hiện nhiệm vụ phát triển KT-XH, đảm bảo QP-AN "
                 "tháng 10.\n\n2. Báo cáo tiến độ thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội "
                 "vùng đồng bào dân tộc thiểu số.\n\n3. Kế hoạch tuyển sinh vào lớp 1, lớp 6 năm học 2022-2023.",
                 "Cổng TTĐT huyện Văn Bàn", "Phiên họp",
                 ["tình hình KT-XH 10 tháng đầu năm, triển khai nhiệm vụ trọng tâm tháng 11",
                  "tiến độ thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số",
                  "tuyển sinh vào lớp 1, lớp 6 năm học 2022-2023"], id="the lead's socio-economic report listed again"),
    # (documents in general after 'các', however many in a row, name none)
    pytest.param("Sáng 19/12, HĐND huyện Lục Yên khóa XX khai mạc kỳ họp thứ 13.\n\nTại kỳ họp, đồng chí Nông Thị Hạnh, "
                 "Phó Chủ tịch UBND huyện trình bày Báo cáo tình hình thực hiện nhiệm vụ phát triển KT-XH năm 2023.\n\n"
                 "Kỳ họp cũng nghe Báo cáo kết quả giám sát chuyên đề về hoạt động khai thác đá hoa trắng trên địa bàn "
                 "huyện.\n\nBuổi chiều, các đại biểu thảo luận về các báo cáo, tờ trình, dự thảo nghị quyết trình kỳ họp."
                 "\n\nKỳ họp đã biểu quyết thông qua 2 nghị quyết: Nghị quyết về kế hoạch đầu tư công năm 2024; Nghị "
                 "quyết về Chương trình giám sát năm 2024 của HĐND huyện.",
                 "Cổng TTĐT huyện Lục Yên", "Kỳ họp thứ 13 HĐND huyện",
                 ["tình hình thực hiện nhiệm vụ phát triển KT-XH năm 2023",
                  "kết quả giám sát chuyên đề về hoạt động khai thác đá hoa trắng trên địa bàn huyện",
                  "kế hoạch đầu tư công năm 2024", "Chương trình giám sát năm 2024 của HĐND huyện"],
                 id="a session's reports beside its counted resolutions"),
    # ('dự kiến' before 'Chương trình' is the planned programme; the cue's lookahead reads past where the document starts)
    pytest.param("Chiều 28/11, Thường trực HĐND huyện Văn Bàn tổ chức phiên họp cho ý kiến về công tác chuẩn bị Kỳ "
                 "họp thứ 14.\n\nCũng tại phiên họp, Thường trực HĐND huyện cho ý kiến vào dự kiến Chương trình giám "
                 "sát của HĐND huyện năm 2024.",
                 "Cổng TTĐT huyện Văn Bàn", "Phiên họp",
                 ["công tác chuẩn bị Kỳ họp thứ 14", "giám sát của HĐND huyện năm 2024"], id="a planned programme"),
    # (and 'dự kiến kế hoạch …' is the projected plan in a report's title, no tense for the next one in the row)
    pytest.param("Ngày 19/12, Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị lần thứ tư.\n\nTại hội nghị, các đại biểu cho ý "
                 "kiến vào dự thảo Chương trình kiểm tra, giám sát năm 2026; báo cáo dự kiến kế hoạch đầu tư công năm "
                 "2026 và báo cáo dự toán ngân sách nhà nước năm 2026.",
                 "Báo Thái Nguyên", "Hội nghị Ban Chấp hành Đảng bộ tỉnh",
                 ["kiểm tra, giám sát năm 2026", "dự kiến kế hoạch đầu tư công năm 2026",
                  "dự toán ngân sách nhà nước năm 2026"], id="a projected plan"),
    # (nor does 'dự kiến' opening a document's title: 'Tờ trình về dự kiến danh mục …' is the projected list)
    pytest.param("Chiều 26/10, UBND thành phố Tuyên Quang họp phiên thường kỳ tháng 10.\n\nTại phiên họp, các thành viên "
                 "UBND thành phố còn cho ý kiến vào dự thảo Kế hoạch xây dựng tuyến phố văn minh đô thị; Tờ trình về dự "
                 "kiến danh mục dự án đầu tư công năm 2024 và Báo cáo kết quả xây dựng nông thôn mới năm 2023.",
                 "Cổng TTĐT thành phố Tuyên Quang", "Phiên họp",
                 ["xây dựng tuyến phố văn minh đô thị", "dự kiến danh mục dự án đầu tư công năm 2024",
                  "kết quả xây dựng nông thôn mới năm 2023"], id="a projected list"),
    # ('cho ý kiến vào: dự thảo A; dự thảo B'): the colon after the cue opens the list
    pytest.param("Ngày 17/7, Ban Chấp hành Đảng bộ huyện Trạm Tấu tổ chức hội nghị lần thứ 23.\n\nHội nghị đã nghe và thảo "
                 "luận, cho ý kiến vào: dự thảo Kế hoạch tổ chức đại hội đảng bộ cơ sở; dự thảo Nghị quyết về phát triển "
                 "cây dược liệu gắn với bảo vệ rừng.",
                 "Cổng TTĐT huyện Trạm Tấu", "Hội nghị Ban Chấp hành Đảng bộ huyện",
                 ["tổ chức đại hội đảng bộ cơ sở", "phát triển cây dược liệu gắn với bảo vệ rừng"], id="a colon after the cue"),
    # ('Riêng kế hoạch A, B, Sở X …', then 'Về kế hoạch B, …'): the subject runs past the title's comma to
    # the clause's own subject, and a later name for what lies past it takes the item up again
    pytest.param("Chiều 28/11, UBND tỉnh Nam Định họp phiên thường kỳ tháng 11.\n\nVề dự thảo Nghị quyết quy định mức "
                 "thu phí sử dụng công trình kết cấu hạ tầng, công trình dịch vụ trong khu vực cảng cá trên địa bàn tỉnh, "
                 "Giám đốc Sở Tài chính cho biết mức thu dự kiến 15.000 đồng/tấn.\n\nRiêng kế hoạch tổ chức các hoạt "
                 "động mừng Đảng, đón Tết Nguyên đán Đinh Mùi 2027, Sở Văn hóa, Thể thao và Du lịch đề xuất tổ chức bắn "
                 "pháo hoa tại 3 điểm.\n\nVề dự thảo Nghị quyết thu phí khu vực cảng cá, UBND tỉnh thống nhất thông "
                 "qua.\n\nVề kế hoạch đón Tết, Chủ tịch UBND tỉnh yêu cầu Sở Văn hóa, Thể thao và Du lịch tổ chức an "
                 "toàn, tiết kiệm.", "Báo Nam Định", "Phiên họp",
                 ["quy định mức thu phí sử dụng công trình kết cấu hạ tầng",
                  "kế hoạch tổ chức các hoạt động mừng Đảng"], id="a subject past its title's comma"),
    # ('Theo dự kiến, Kỳ họp thứ 12 sẽ diễn ra …. Kỳ họp xem xét …'): the documents a planned session
    # considers are its business, not the business of the meeting preparing it
    pytest.param("Chiều 25/11, Thường trực HĐND huyện Mai Sơn họp phiên thường kỳ tháng 11 để cho ý kiến về công tác chuẩn "
                 "bị Kỳ họp thứ 12, HĐND huyện khóa XX.\n\nTheo dự kiến, Kỳ họp thứ 12 sẽ diễn ra trong 2 ngày. Kỳ họp "
                 "xem xét 7 báo cáo, 8 tờ trình kèm dự thảo nghị quyết, trong đó có các nghị quyết về dự toán ngân sách "
                 "huyện năm 2025 và kế hoạch đầu tư công năm 2025.", "Cổng TTĐT huyện Mai Sơn", "Phiên họp",
                 ["công tác chuẩn bị Kỳ họp thứ 12, HĐND huyện khóa XX"], id="a planned session's documents"),
    # ('nghe đại diện … trình bày tóm tắt …'): presenters heard name no item, and a discussion group or
    # session ('tổ thảo luận', 'phiên thảo luận') is no business taken up
    pytest.param("Chiều 2/12, UBND huyện Bắc Hà tổ chức phiên họp chuyên đề.\n\nSau khi nghe đại diện các cơ quan soạn "
                 "thảo trình bày tóm tắt nội dung và thảo luận, các thành viên UBND huyện đã cho ý kiến cụ thể vào từng dự "
                 "thảo.\n\n1. "
                 "Dự thảo Nghị quyết về dự toán ngân sách huyện năm 2022. Giao Phòng Tài chính - Kế hoạch hoàn chỉnh dự "
                 "thảo.\n\nCuối phiên họp, đồng chí Chủ tịch UBND huyện yêu cầu các tổ trưởng tổ thảo luận tổng hợp ý "
                 "kiến của đại biểu; chuẩn bị giải trình tại phiên thảo luận ở hội trường.",
                 "Cổng TTĐT huyện Bắc Hà", "Phiên họp", ["dự toán ngân sách huyện năm 2022"], id="presenters heard"),
    # ('báo cáo thẩm tra báo cáo A'): the document a committee's report vets is the business heard
    pytest.param("Ngày 9/7, HĐND tỉnh Quảng Bình khóa XVIII bước vào ngày làm việc thứ hai của Kỳ họp thứ 15.\n\nBuổi "
                 "sáng, kỳ họp nghe Ban Kinh tế - Ngân sách HĐND tỉnh trình bày báo cáo thẩm tra báo cáo tình hình KT-XH 6 "
                 "tháng đầu năm, nhiệm vụ, giải pháp 6 tháng cuối năm 2024 và tờ trình điều chỉnh kế hoạch đầu tư công năm "
                 "2024.", "Báo Quảng Bình", "Kỳ họp thứ 15",
                 ["tình hình KT-XH 6 tháng đầu năm, nhiệm vụ, giải pháp 6 tháng cuối năm 2024",
                  "điều chỉnh kế hoạch đầu tư công năm 2024"], id="a report vetted"),
    # ('- Dự thảo Đề án A, B …;' then 'Riêng dự thảo Đề án A B, …'): a listed line names its document to its
    # end, and so does a numbered one after the lead named the same report shorter ('Về nhiệm vụ quý II' is
    # in that report's name)
    pytest.param("Sáng 29/10, UBND phường Chiềng An tổ chức phiên họp thường kỳ tháng 10/2026.\n\nCác nội dung trình "
                 "tại phiên họp gồm:\n- Tờ trình về dự toán thu ngân sách phường năm 2027;\n- Dự thảo Đề án phân loại, thu "
                 "gom rác thải sinh hoạt tại nguồn giai đoạn 2027-2030.\n\nRiêng dự thảo Đề án phân loại rác thải tại "
                 "nguồn, UBND phường nhất trí chủ trương xây dựng Đề án.", "Cổng TTĐT phường Chiềng An", "Phiên họp",
                 ["dự toán thu ngân sách phường năm 2027", "Đề án phân loại"], id="a listed line named again shorter"),
    pytest.param("Ngày 21/4, Ban Chấp hành Đảng bộ phường Chiềng Sinh tổ chức Hội nghị lần thứ 8 đánh giá kết quả lãnh "
                 "đạo, chỉ đạo thực hiện nhiệm vụ quý I.\n\nHội nghị đã thảo luận, cho ý kiến vào các nội dung:\n\n1. Báo "
                 "cáo kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ quý I, phương hướng, nhiệm vụ quý II/2026.\n\n2. Đề án "
                 "nâng cao chất lượng sinh hoạt chi bộ tổ dân phố.\n\nVề nhiệm vụ quý II, Ban Chấp hành thống nhất với "
                 "báo cáo.", "Cổng TTĐT phường Chiềng Sinh", "Hội nghị",
                 ["kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ quý I",
                  "nâng cao chất lượng sinh hoạt chi bộ tổ dân phố"], id="a numbered line naming the lead's report fuller"),
    # ('cho ý kiến vào từng dự thảo nghị quyết, cụ thể như sau:'): each draft in turn, named in the list after
    pytest.param("Ngày 28/11, UBND huyện Chợ Mới tổ chức phiên họp chuyên đề.\n\nTại phiên họp, các đại biểu đã nghe cơ "
                 "quan soạn thảo trình bày, thảo luận và cho ý kiến vào từng dự thảo nghi quyết, cụ thể như sau:\n\n1. Dự "
                 "thảo Nghị quyết về kế hoạch đầu tư công năm 2024.\n\n2. Dự thảo Nghị quyết về dự toán ngân sách huyện "
                 "năm 2024.", "Cổng TTĐT huyện Chợ Mới", "Phiên họp",
                 ["kế hoạch đầu tư công năm 2024", "dự toán ngân sách huyện năm 2024"], id="each draft in turn"),
    # ('Thông qua 3 nghị quyết, chất vấn về …'): a headline counting the resolutions beside the questions
    # does not count the agenda
    pytest.param("Ngày 25/9, HĐND tỉnh Ninh Thuận tổ chức Kỳ họp thứ 4 (kỳ họp chuyên đề).\n\nTại kỳ họp, các đại biểu "
                 "nghe, thảo luận các tờ trình kèm dự thảo nghị quyết của UBND tỉnh về: điều chỉnh kế hoạch đầu tư công "
                 "trung hạn; chính sách hỗ trợ phát triển nuôi biển; danh mục dự án cần thu hồi đất bổ sung.\n\nBuổi "
                 "chiều, kỳ họp dành thời gian cho phiên chất vấn và trả lời chất vấn, tập trung vào 2 nhóm vấn đề: công "
                 "tác quản lý khai thác cát, sỏi; tiến độ cấp giấy chứng nhận quyền sử dụng đất.", "Báo Ninh Thuận",
                 "Kỳ họp thứ 4: Thông qua 3 nghị quyết, chất vấn về khai thác cát và cấp sổ đỏ",
                 ["điều chỉnh kế hoạch đầu tư công trung hạn", "chính sách hỗ trợ phát triển nuôi biển",
                  "danh mục dự án cần thu hồi đất bổ sung", "công tác quản lý khai thác cát, sỏi",
                  "tiến độ cấp giấy chứng nhận quyền sử dụng đất"], id="resolutions counted beside questions"),
    # ('nghe báo cáo A; báo cáo B; xem xét các tờ trình …'): documents in general after a semicolon end the
    # row, they do not undo it; ('… thông qua 7 nghị quyết. Trong đó, Nghị quyết C được thông qua với …'):
    # one of those counted, named with its vote
    pytest.param("Ngày 18/7, HĐND huyện Điện Biên Đông tổ chức Kỳ họp thứ 13.\n\nKỳ họp nghe báo cáo kết quả giám sát "
                 "chuyên đề của Thường trực HĐND huyện về chính sách hỗ trợ sản xuất; báo cáo kết quả giải quyết ý kiến, "
                 "kiến nghị của cử tri; xem xét các tờ trình, dự thảo nghị quyết thuộc thẩm quyền.\n\nKỳ họp đã biểu "
                 "quyết thông qua 7 nghị quyết. Trong đó, Nghị quyết điều chỉnh, bổ sung kế hoạch đầu tư công năm 2024 "
                 "được thông qua với 32/32 đại biểu có mặt tán thành.", "Cổng TTĐT huyện Điện Biên Đông", "Kỳ họp thứ 13",
                 ["kết quả giám sát chuyên đề của Thường trực HĐND huyện về chính sách hỗ trợ sản xuất",
                  "kết quả giải quyết ý kiến, kiến nghị của cử tri",
                  "điều chỉnh, bổ sung kế hoạch đầu tư công năm 2024"], id="documents in general after a row"),
    # ('… thông qua 3 nghị quyết, gồm: Nghị quyết về nhiệm vụ … năm 2026; …' after the report on '… năm 2025,
    # phương hướng, nhiệm vụ năm 2026'): a resolution the session counts is never the report it heard
    pytest.param("Ngày 18/12, HĐND phường Lê Chân tổ chức Kỳ họp thứ tư. Đồng chí Lê Thị Hải Yến, Chủ tịch HĐND phường "
                 "chủ trì kỳ họp.\n\nTại kỳ họp, các đại biểu nghe Báo cáo của UBND phường về tình hình thực hiện nhiệm "
                 "vụ phát triển KT-XH năm 2025, phương hướng, nhiệm vụ năm 2026.\n\nKỳ "
                 "họp đã biểu quyết thông qua 3 nghị quyết, gồm: Nghị quyết về nhiệm vụ phát triển KT-XH năm 2026; Nghị "
                 "quyết về kế hoạch đầu tư công năm 2026; Nghị quyết về chương trình giám sát năm 2026.",
                 "Cổng TTĐT phường Lê Chân", "Kỳ họp thứ tư",
                 ["tình hình thực hiện nhiệm vụ phát triển KT-XH năm 2025, phương hướng, nhiệm vụ năm 2026",
                  "nhiệm vụ phát triển KT-XH năm 2026", "kế hoạch đầu tư công năm 2026", "chương trình giám sát năm 2026"],
                 id="a counted resolution is not the report"),
    pytest.param("Ngày 19/12, HĐND thị xã Mường Lay tổ chức Kỳ họp thứ 13. Đồng chí Đỗ Thị Ngân, Chủ tịch HĐND thị xã "
                 "chủ trì kỳ họp.\n\nTại kỳ họp, các đại biểu nghe Báo cáo của UBND thị xã về tình hình thực hiện nhiệm "
                 "vụ phát triển KT-XH năm 2023, phương hướng, nhiệm vụ năm 2024.\n\nKỳ họp đã biểu quyết thông qua 12 "
                 "nghị quyết. Trong đó có Nghị quyết về nhiệm vụ phát triển KT-XH năm 2024; Nghị quyết về kế hoạch đầu tư "
                 "công năm 2024.", "Cổng TTĐT thị xã Mường Lay", "Kỳ họp thứ 13",
                 ["tình hình thực hiện nhiệm vụ phát triển KT-XH năm 2023, phương hướng, nhiệm vụ năm 2024",
                  "nhiệm vụ phát triển KT-XH năm 2024", "kế hoạch đầu tư công năm 2024"],
                 id="a resolution among those counted is not the report"),
    # ('Sau khi nghe ý kiến các thành viên, UBND tỉnh thống nhất thông qua …'): opinions heard are no business
    pytest.param("Chiều 30/3, UBND tỉnh Đồng Tháp họp phiên thường kỳ tháng 3.\n\nVề Tờ trình ban hành Quy định phân "
                 "cấp quản lý an toàn thực phẩm, Sở Y tế cho biết dự thảo phân cấp cho cấp xã. Sau khi nghe ý kiến các "
                 "thành viên, UBND tỉnh thống nhất thông qua Tờ trình.", "Báo Đồng Tháp", "Phiên họp",
                 ["ban hành Quy định phân cấp quản lý an toàn thực phẩm"], id="opinions heard"),
    # ('Theo báo cáo của UBND tỉnh, năm 2025, …' after the resolutions passed): the figures behind the year's plan
    pytest.param("Chiều 11/12, HĐND tỉnh Long An bế mạc kỳ họp thứ 6.\n\nTại kỳ họp, HĐND tỉnh đã biểu quyết thông qua "
                 "31 nghị quyết, trong đó có các nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2026; về kế hoạch "
                 "đầu tư công năm 2026.\n\nTheo "
                 "báo cáo của UBND tỉnh, năm 2025, tổng sản phẩm trên địa bàn tỉnh ước tăng 8,95%.", "Báo Long An",
                 "Bế mạc kỳ họp thứ 6",
                 ["kế hoạch phát triển kinh tế - xã hội năm 2026", "kế hoạch đầu tư công năm 2026"],
                 id="the period's figures after resolutions"),
    # ('… quý I/2026 và một số đề án, chương trình quan trọng của tỉnh'): the lead's topic ends at business
    # named in general; ('Thảo luận về dự thảo, …'): the draft just named
    pytest.param("Chiều 16/4, Ban Thường vụ Tỉnh ủy Khánh Hòa họp cho ý kiến về kết quả thực hiện nhiệm vụ quý I/2026 và "
                 "một số đề án, chương trình quan trọng của tỉnh.\n\nTại hội nghị, Ban Thường vụ Tỉnh ủy đã nghe trình "
                 "bày dự thảo Nghị quyết về phát triển du lịch biển đến năm 2030.\n\nThảo luận về dự thảo, nhiều ý kiến "
                 "đề nghị làm rõ giải pháp thu hút nhà đầu tư.", "Báo Khánh Hòa", "Hội nghị Ban Thường vụ Tỉnh ủy",
                 ["kết quả thực hiện nhiệm vụ quý I/2026", "phát triển du lịch biển đến năm 2030"],
                 id="business in general and the draft just named"),
    # ('… Bên cạnh đó, HĐND tỉnh thông qua tờ trình về X'): more business, later in the paragraph
    pytest.param("Ngày 12/9, HĐND tỉnh Thái Bình tổ chức kỳ họp chuyên đề.\n\nKỳ họp thông qua dự thảo Nghị quyết quy "
                 "định mức thu học phí năm học 2023-2024. Theo đó, tỉnh giữ ổn định mức thu như năm học trước. Bên cạnh "
                 "đó, HĐND tỉnh thông qua tờ trình về việc đặt tên một số tuyến đường, phố trên địa bàn thành phố.",
                 "Báo Thái Bình", "Kỳ họp chuyên đề",
                 ["quy định mức thu học phí năm học 2023-2024",
                  "việc đặt tên một số tuyến đường, phố trên địa bàn thành phố"], id="besides that, more business"),
    # ('… giai đoạn 2021-2025 (41/42 đại biểu có mặt tán thành)'): a vote in brackets ends the title, which
    # then names the submission heard before it
    pytest.param("Ngày 11/7, HĐND tỉnh Gia Lai tổ chức kỳ họp chuyên đề, xem xét tờ trình về việc điều chỉnh, bổ sung kế "
                 "hoạch đầu tư công trung hạn giai đoạn 2021-2025 nguồn vốn ngân sách địa phương.\n\nKỳ họp đã biểu "
                 "quyết thông qua Nghị quyết điều chỉnh, bổ sung kế hoạch đầu tư công trung hạn giai đoạn 2021-2025 "
                 "(41/42 đại biểu có mặt tán thành); thông qua Nghị quyết quy định mức chi hỗ trợ lực lượng bảo vệ an "
                 "ninh, trật tự ở cơ sở (42/42 đại biểu có mặt tán thành).", "Báo Gia Lai", "Kỳ họp chuyên đề",
                 ["việc điều chỉnh, bổ sung kế hoạch đầu tư công trung hạn giai đoạn 2021-2025 nguồn vốn ngân sách địa phương",
                  "quy định mức chi hỗ trợ lực lượng bảo vệ an ninh, trật tự ở cơ sở"], id="a vote in brackets"),
    # ('… đối với 2 nhóm vấn đề: A; B … về đất đai …'): a 'về' inside the lead's list names no topic of its own
    pytest.param("Sáng 10/12, trong ngày làm việc thứ hai của Kỳ họp thứ 6, HĐND tỉnh Phú Yên khóa VIII tiến hành phiên "
                 "chất vấn và trả lời chất vấn đối với 2 nhóm vấn đề: việc khắc phục hậu quả đợt mưa lũ cuối tháng 11; công tác cấp giấy chứng nhận quyền sử dụng đất và giải "
                 "quyết thủ tục hành chính về đất đai tại cấp xã.\n\nVề cấp giấy chứng nhận quyền sử dụng đất, Chủ tịch "
                 "HĐND tỉnh đề nghị UBND tỉnh chỉ đạo Sở Nông nghiệp và Môi trường giải quyết dứt điểm hồ sơ tồn đọng.",
                 "Báo Phú Yên", "Kỳ họp thứ 6 HĐND tỉnh",
                 ["việc khắc phục hậu quả đợt mưa lũ cuối tháng 11",
                  "công tác cấp giấy chứng nhận quyền sử dụng đất và giải quyết thủ tục hành chính về đất đai tại cấp xã"],
                 id="a 'về' inside a lead's list"),
    # ('… các nghị quyết về: A; B, theo đó thống nhất bố trí …; C'): a listed title ends before what was decided
    pytest.param("Ngày 14/12, HĐND huyện Bảo Lạc tổ chức kỳ họp thứ 14.\n\nTrước khi bế mạc, kỳ họp đã biểu quyết thông qua "
                 "6 nghị quyết, trong đó có các nghị quyết về: dự toán thu, chi ngân sách địa phương năm 2024; kế hoạch đầu "
                 "tư công năm 2024, theo đó thống nhất bố trí 112,4 tỷ đồng cho 34 công trình, dự án; biên chế công chức "
                 "năm 2024.", "Cổng TTĐT huyện Bảo Lạc", "Kỳ họp thứ 14 HĐND huyện",
                 ["dự toán thu, chi ngân sách địa phương năm 2024", "đầu tư công năm 2024",
                  "biên chế công chức năm 2024"], id="what was decided after a listed title"),
    # ('Chương trình giám sát của HĐND huyện năm 2024' after 'Báo cáo kết quả giám sát chuyên đề của Thường trực HĐND
    # huyện về … thuộc Chương trình mục tiêu quốc gia …'): most words shared, but scattered, name another document
    pytest.param("Ngày 14/12, HĐND huyện Bảo Lạc tổ chức kỳ họp thứ 14.\n\nKỳ họp nghe Báo cáo kết quả giám sát chuyên đề "
                 "của Thường trực HĐND huyện về việc thực hiện chính sách hỗ trợ phát triển sản xuất thuộc Chương trình "
                 "mục tiêu quốc gia giảm nghèo bền vững.\n\nKỳ họp đã biểu quyết thông qua Nghị quyết về Chương trình "
                 "giám sát của HĐND huyện năm 2024 với 100% đại biểu có mặt tán thành.", "Cổng TTĐT huyện Bảo Lạc",
                 "Kỳ họp thứ 14 HĐND huyện",
                 ["kết quả giám sát chuyên đề của Thường trực HĐND huyện về việc thực hiện chính sách hỗ trợ phát triển "
                  "sản xuất thuộc Chương trình mục tiêu quốc gia giảm nghèo bền vững",
                  "giám sát của HĐND huyện năm 2024"], id="most words shared, scattered"),
    # ('thảo luận, cho ý kiến vào: A; B; C'): a taking-up verb before the colon lists the documents; a piece
    # naming no document goes on with the one before it ('… năm 2023; mục tiêu, nhiệm vụ năm 2024; …')
    pytest.param("Ngày 19/12, Ban Chấp hành Đảng bộ phường Cẩm Thành tổ chức Hội nghị lần thứ 4.\n\nTại hội nghị, Ban "
                 "Chấp hành thảo luận, cho ý kiến vào: báo cáo kết quả thực hiện nhiệm vụ chính trị năm 2025, phương hướng, "
                 "nhiệm vụ năm 2026; báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của Ban Thường vụ Đảng ủy phường năm 2025; dự "
                 "thảo Chương trình làm việc toàn khóa của Ban Chấp hành Đảng bộ phường khóa I.\n\nThảo luận về báo cáo "
                 "kiểm điểm, các đại biểu chỉ ra một số hạn chế.", "Báo Quảng Ngãi", "Hội nghị Ban Chấp hành Đảng bộ phường",
                 ["kết quả thực hiện nhiệm vụ chính trị năm 2025, phương hướng, nhiệm vụ năm 2026",
                  "kiểm điểm sự lãnh đạo, chỉ đạo của Ban Thường vụ Đảng ủy phường năm 2025",
                  "dự thảo Chương trình làm việc toàn khóa của Ban Chấp hành Đảng bộ phường khóa I"],
                 id="a taking-up verb before a list"),
    pytest.param("Ngày 19/12, HĐND huyện Mường Nhé khai mạc Kỳ họp thứ 12.\n\nTại phiên khai mạc, kỳ họp đã nghe: Báo cáo "
                 "của UBND huyện về tình hình thực hiện nhiệm vụ phát triển KT-XH năm 2023; mục tiêu, nhiệm vụ năm 2024; Báo "
                 "cáo công tác năm 2023 của Thường trực HĐND huyện; Tờ trình về kế hoạch đầu tư công năm 2024.",
                 "Cổng TTĐT huyện Mường Nhé", "Khai mạc Kỳ họp thứ 12 HĐND huyện",
                 ["tình hình thực hiện nhiệm vụ phát triển KT-XH năm 2023; mục tiêu, nhiệm vụ năm 2024",
                  "công tác năm 2023 của Thường trực HĐND huyện", "kế hoạch đầu tư công năm 2024"],
                 id="a piece naming no document goes on"),
    # ('dự thảo Nghị quyết chuyên đề phát triển du lịch …', then 'Về dự thảo Nghị quyết chuyên đề phát triển du
    # lịch cộng đồng, …'): 'chuyên đề' before the subject says how the resolution is made, not what about
    pytest.param("Ngày 16/12, Ban Chấp hành Đảng bộ huyện Văn Bàn tổ chức Hội nghị lần thứ 9.\n\nTại hội nghị, các đại biểu "
                 "cho ý kiến vào dự thảo Nghị quyết chuyên đề về phát triển du lịch cộng đồng huyện Văn Bàn giai đoạn 2021 - "
                 "2025, định hướng đến năm 2030.\n\nVề dự thảo Nghị quyết chuyên đề phát triển du lịch cộng đồng, dự thảo "
                 "đặt mục tiêu đến năm 2025 đón 150.000 lượt khách.", "Cổng TTĐT huyện Văn Bàn", "Hội nghị Ban Chấp hành",
                 ["phát triển du lịch cộng đồng huyện Văn Bàn giai đoạn 2021 - 2025, định hướng đến năm 2030"],
                 id="a resolution's manner before its subject"),
    # ('Cũng với tỷ lệ tán thành tuyệt đối, HĐND xã thông qua Nghị quyết về B'): one more resolution by its vote in words
    pytest.param("Ngày 19/12, HĐND xã Si Pa Phìn tổ chức kỳ họp thứ Tư.\n\nKỳ họp đã biểu quyết thông qua Nghị quyết về "
                 "dự toán thu, chi ngân sách xã năm 2026 với 27/27 đại biểu có mặt tán thành. Cũng với tỷ lệ tán thành "
                 "tuyệt đối, HĐND xã thông qua Nghị quyết về kế hoạch đầu tư công năm 2026, bố trí 9,6 tỷ đồng cho 7 công "
                 "trình.", "Cổng TTĐT xã Si Pa Phìn", "Kỳ họp thứ Tư HĐND xã",
                 ["dự toán thu, chi ngân sách xã năm 2026", "kế hoạch đầu tư công năm 2026"], id="a vote in words"),
    # ('cho ý kiến về tình hình A, dự thảo Đề án B và một số nội dung quan trọng khác'): a document named with
    # its capital after a comma is one more topic of the lead
    pytest.param("Ngày 20-5, Ban Thường vụ Thành ủy Cần Thơ họp cho ý kiến về tình hình thực hiện nhiệm vụ 5 tháng đầu "
                 "năm 2026, dự thảo Đề án phát triển kinh tế ban đêm thành phố Cần Thơ đến năm 2030 và một số nội dung "
                 "quan trọng khác. Đồng chí Huỳnh Công Triều, Bí thư Thành ủy chủ trì hội nghị.", "Báo Cần Thơ",
                 "Ban Thường vụ Thành ủy cho ý kiến Đề án phát triển kinh tế ban đêm",
                 ["tình hình thực hiện nhiệm vụ 5 tháng đầu năm 2026",
                  "phát triển kinh tế ban đêm thành phố Cần Thơ đến năm 2030"], id="a document after a comma in a lead"),
    # ('tránh tình trạng đề án ban hành rồi "nằm trên giấy"'): a state of things to avoid names no document
    pytest.param("Ngày 19/9, Ban Thường vụ Tỉnh ủy Đắk Nông họp cho ý kiến vào dự thảo Đề án phát triển nông nghiệp ứng "
                 "dụng công nghệ cao giai đoạn 2024-2030.\n\nThảo luận, các đồng chí Ủy viên Ban Thường vụ đề nghị làm rõ "
                 "nguồn lực thực hiện, tránh tình trạng đề án ban hành rồi \"nằm trên giấy\". Kết luận nội dung này, đồng "
                 "chí Bí thư Tỉnh ủy nhất trí chủ trương xây dựng đề án.", "Báo Đắk Nông", "Hội nghị Ban Thường vụ Tỉnh ủy",
                 ["phát triển nông nghiệp ứng dụng công nghệ cao giai đoạn 2024-2030"], id="a state of things to avoid"),
])
def test_items_a_report_lists_or_takes_up_again(nlp, body, outlet, headline, titles):
    assert _agenda(nlp, body, outlet=outlet, headline=headline) == titles
