import pytest

from pipeline.api import extract


def test_origin_article_directives(seed_record):
    by_assignee = {tuple(d.assignees): d for d in seed_record.directives}
    tttt = by_assignee[("Sở Thông tin và Truyền thông tỉnh Điện Biên",)]
    assert tttt.issuer == "Lê Thành Đô"
    assert tttt.action.startswith("hoàn thiện lại dự thảo tờ trình")
    police = by_assignee[("Công an tỉnh Điện Biên",)]
    assert police.issuer == "Lê Thành Đô"
    assert police.purpose == "để trình HĐND tỉnh"
    assert police.text.startswith("Giao Công an tỉnh hoàn thiện")
    assert police.assignee_details[0].role == "lead"


def test_origin_article_decisions(seed_record):
    texts = [d.text for d in seed_record.decisions]
    assert texts == [
        "thống nhất mức phụ cấp bằng 0,5 so với mức lương tối thiểu",
        "thống nhất số lượng mỗi thôn, bản 1 công an xã bán chuyên trách và mỗi tổ dân phố 1 bảo vệ dân phố",
        "Thống nhất thời gian thực hiện từ 1/1/2022",
    ]


def directives(nlp, body):
    return extract(body, nlp=nlp, title="Tin", outlet="Báo Sơn La").directives


def test_lead_and_cooperating_assignees(nlp):
    (d,) = directives(nlp, "Chủ tịch UBND tỉnh Hoàng Quốc Khánh giao Sở Tài chính chủ trì, phối hợp với Sở KH&ĐT, "
                           "Kho bạc Nhà nước tỉnh rà soát nguồn vốn đầu tư công.")
    assert [(a.name, a.role) for a in d.assignee_details] == [
        ("Sở Tài chính tỉnh Sơn La", "lead"),
        ("Sở Kế hoạch và Đầu tư tỉnh Sơn La", "cooperate"),
        ("Kho bạc Nhà nước tỉnh Sơn La", "cooperate"),
    ]
    assert d.issuer == "Hoàng Quốc Khánh"
    assert d.action == "rà soát nguồn vốn đầu tư công"


def test_partners_named_after_the_first_task_cooperate(nlp):
    (d,) = directives(nlp, "Chủ tịch UBND tỉnh giao Sở KH&ĐT tiếp thu ý kiến, phối hợp với Sở Tài chính rà soát khả "
                           "năng cân đối ngân sách.")
    assert [(a.name, a.role) for a in d.assignee_details] == [
        ("Sở Kế hoạch và Đầu tư tỉnh Sơn La", "lead"), ("Sở Tài chính tỉnh Sơn La", "cooperate")]
    # the partners of a task the assignee is to direct are not the assignee's
    (d,) = directives(nlp, "Chủ tịch HĐND tỉnh đề nghị UBND tỉnh chỉ đạo Sở TN&MT chủ trì, phối hợp với Sở Tài chính rà soát "
                           "hồ sơ.")
    assert [a.name for a in d.assignee_details] == ["Ủy ban nhân dân tỉnh Sơn La"]


def test_a_caption_kept_without_its_index_decides_nothing(nlp):
    body = ("Kỳ họp đã biểu quyết thông qua 9 nghị quyết.\n\n"
            "Các đại biểu biểu quyết thông qua các nội dung tại kỳ họp\n\n"
            "Phát biểu bế mạc, Chủ tịch HĐND tỉnh đề nghị UBND tỉnh triển khai các nghị quyết.")
    r = extract(body, nlp=nlp, title="Tin", outlet="Báo Sơn La")
    assert [r.text[d.start:d.end] for d in r.decisions] == ["biểu quyết thông qua 9 nghị quyết"]
    assert len(r.directives) == 1


def test_two_directives_in_one_sentence(nlp):
    ds = directives(nlp, "Đồng chí Chủ tịch UBND tỉnh Hoàng Quốc Khánh giao Sở Y tế kiểm tra các cơ sở khám bệnh; "
                         "yêu cầu UBND các huyện báo cáo kết quả.")
    assert [d.assignees for d in ds] == [["Sở Y tế tỉnh Sơn La"], ["UBND các huyện"]]


def test_delegates_proposals_are_not_directives(nlp):
    assert directives(nlp, "Các đại biểu đề nghị Sở Y tế làm rõ nguyên nhân chậm giải ngân.") == []


def test_request_without_assignee_is_not_a_directive(nlp):
    assert directives(nlp, "Đồng chí Hoàng Quốc Khánh, Chủ tịch UBND tỉnh yêu cầu rà soát, đánh giá lại kết quả.") == []


def test_an_elliptical_list_of_local_bodies_gives_one_assignee_per_place(nlp):
    r = extract("Chủ tịch UBND tỉnh giao Sở NN&PTNT chủ trì, phối hợp với UBND huyện Bến Lức, Cần Giuộc "
                "hoàn thành giải phóng mặt bằng trước ngày 30/9.", nlp=nlp, title="Tin", outlet="Báo Long An")
    (d,) = r.directives
    roles = {a.name: a.role for a in d.assignee_details}
    assert roles == {"Sở Nông nghiệp và Phát triển nông thôn tỉnh Long An": "lead",
                     "Ủy ban nhân dân huyện Bến Lức": "cooperate", "Ủy ban nhân dân huyện Cần Giuộc": "cooperate"}


def test_a_collective_assignee_is_read_whole(nlp):
    r = extract("Đồng chí Bí thư yêu cầu UBND các xã, phường vùng trũng tổ chức tiêu úng, bảo vệ lúa.",
                nlp=nlp, title="Tin")
    (d,) = r.directives
    assert d.assignees == ["UBND các xã, phường vùng trũng"]


def test_a_group_alone_stays_several_equal_assignees(nlp):
    r = extract("Chủ tịch UBND tỉnh Võ Văn Hưng yêu cầu các địa phương, đơn vị không chủ quan. Giao Sở Y tế tăng "
                "cường giám sát dịch bệnh.", nlp=nlp, title="Tin", outlet="Báo Bình Thuận")
    assert [[(a.name, a.role) for a in d.assignee_details] for d in r.directives] == [
        [("các địa phương, đơn vị", "assigned")], [("Sở Y tế tỉnh Bình Thuận", "lead")]]


def test_a_sentence_that_hands_over_still_continues_an_order(nlp):
    # 'bàn giao' hands something over: it is no verb of an order of its own
    r = extract("Ông Trần Văn Lâm giao UBND huyện Gò Dầu chủ trì rà soát phương án bồi thường. Sở Xây dựng khẩn "
                "trương hoàn thiện khu tái định cư trước khi bàn giao mặt bằng. Các chủ đầu tư cập nhật tiến độ "
                "giải ngân hằng tuần.", nlp=nlp, title="Tin", outlet="Báo Tây Ninh")
    assert [d.assignees for d in r.directives] == [
        ["Ủy ban nhân dân huyện Gò Dầu"], ["Sở Xây dựng tỉnh Tây Ninh"], ["Các chủ đầu tư"]]


def test_a_continued_orders_bodies_may_be_told_to_direct_others(nlp):
    r = extract("Phó Chủ tịch UBND tỉnh Đặng Văn Minh giao Sở NN&PTNT rà soát hệ thống đê bao. Sở Công Thương chỉ "
                "đạo các siêu thị dự trữ hàng hóa thiết yếu; Chủ tịch UBND các huyện, thị xã phải trực tiếp chỉ đạo "
                "việc sơ tán dân. Sở Y tế đề nghị bổ sung kinh phí.", nlp=nlp, title="Tin", outlet="Báo Bạc Liêu")
    assert [(d.verb, d.assignees, d.action) for d in r.directives] == [
        ("giao", ["Sở Nông nghiệp và Phát triển nông thôn tỉnh Bạc Liêu"], "rà soát hệ thống đê bao"),
        ("giao", ["Sở Công Thương tỉnh Bạc Liêu"], "chỉ đạo các siêu thị dự trữ hàng hóa thiết yếu"),
        ("giao", ["Chủ tịch UBND các huyện, thị xã"], "phải trực tiếp chỉ đạo việc sơ tán dân"),
    ]  # a body's own 'đề nghị' is no order


def test_partners_named_after_a_dotted_abbreviation_and_in_a_continued_order(nlp):
    r = extract("Ông Đoàn Văn Hải giao Sở TN&MT chủ trì, phối hợp với UBND TP. Phan Thiết, huyện Bắc Bình rà soát hồ sơ "
                "tồn đọng. Công an tỉnh phối hợp với UBND các huyện Đức Linh, Tánh Linh tăng cường tuần tra.",
                nlp=nlp, title="Tin", outlet="Báo Bình Thuận")
    assert [[(a.name, a.role) for a in d.assignee_details] for d in r.directives] == [
        [("Sở Tài nguyên và Môi trường tỉnh Bình Thuận", "lead"), ("Ủy ban nhân dân thành phố Phan Thiết", "cooperate"),
         ("Ủy ban nhân dân huyện Bắc Bình", "cooperate")],
        [("Công an tỉnh Bình Thuận", "lead"), ("Ủy ban nhân dân huyện Đức Linh", "cooperate"),
         ("Ủy ban nhân dân huyện Tánh Linh", "cooperate")],
    ]
    assert r.directives[0].action == "rà soát hồ sơ tồn đọng"


def test_a_list_item_that_leads_names_its_partners(nlp):
    r = extract("Bí thư Huyện ủy Vũ Văn Tâm yêu cầu:\n- Ban Tổ chức Huyện ủy chủ trì, phối hợp với Ủy ban Kiểm tra Huyện "
                "ủy tham mưu kế hoạch tổ chức đại hội.", nlp=nlp, title="Tin", outlet="Báo Hải Phòng")
    (d,) = r.directives
    assert [(a.name.split(" Huyện ủy")[0], a.role) for a in d.assignee_details] == [
        ("Ban Tổ chức", "lead"), ("Ủy ban Kiểm tra", "cooperate")]
    assert d.action == "tham mưu kế hoạch tổ chức đại hội"


@pytest.mark.parametrize("sentence, assignees", [
    ("yêu cầu thủ trưởng các sở, ngành, Chủ tịch UBND các huyện trực tiếp chỉ đạo giải ngân.",
     ["thủ trưởng các sở, ngành", "Chủ tịch UBND các huyện"]),
    ("yêu cầu các cấp ủy, chính quyền các cấp tập trung lãnh đạo.", ["các cấp ủy, chính quyền các cấp"]),
    ("yêu cầu các chủ hồ vận hành đúng quy trình.", ["các chủ hồ"]),
    ("yêu cầu các cấp ủy, chính quyền, MTTQ và đoàn thể tập trung lãnh đạo.",
     ["các cấp ủy, chính quyền, MTTQ và đoàn thể"]),
    ("yêu cầu các chủ đầu tư trên địa bàn huyện đẩy nhanh tiến độ.", ["các chủ đầu tư trên địa bàn huyện"]),
    ("yêu cầu UBND các tỉnh, thành phố rà soát tổng đàn trâu, bò.", ["UBND các tỉnh, thành phố"]),
    ("yêu cầu Hội LHPN các huyện, thị xã hoàn thành chỉ tiêu.", ["Hội LHPN các huyện, thị xã"]),
])
def test_groups_headed_by_a_post_or_owning_something(nlp, sentence, assignees):
    (d,) = extract("Ông Phạm Văn Sáu " + sentence, nlp=nlp, title="Tin", outlet="Báo Bạc Liêu").directives
    assert d.assignees == assignees


def test_a_unit_word_with_its_place_and_a_bare_ministers_title_direct(nlp):
    r = extract("Làm việc với tỉnh Quảng Trị\n\nChiều 18/4, Bộ trưởng Bộ NN&PTNT Lê Minh Hoan làm việc với UBND tỉnh "
                "Quảng Trị. Kết luận buổi làm việc, Bộ trưởng đề nghị tỉnh Quảng Trị tiếp tục quyết liệt chống khai thác "
                "IUU.", nlp=nlp, title_in_text=True, outlet="Báo Quảng Trị")
    (d,) = r.directives
    assert (d.assignees, d.issuer) == (["tỉnh Quảng Trị"], "Lê Minh Hoan")


def test_every_body_before_a_passive_assignment_is_assigned(nlp):
    r = extract("Chủ tịch UBND tỉnh Lê Hồng Vinh kết luận: Bộ CHQS tỉnh, Công an tỉnh được giao huy động lực lượng "
                "giúp dân khắc phục hậu quả.", nlp=nlp, title="Tin", outlet="Báo Nghệ An")
    (d,) = r.directives
    assert [(a.name, a.role) for a in d.assignee_details] == [
        ("Bộ Chỉ huy Quân sự tỉnh Nghệ An", "assigned"), ("Công an tỉnh Nghệ An", "assigned")]


@pytest.mark.parametrize("level, place, outlet", [("huyện", "Than Uyên", "Báo Lai Châu"), ("quận", "Bình Thủy", "Báo Cần Thơ"),
                                                 ("thành phố", "Tân Uyên", "Báo Bình Dương")])
def test_a_bare_unit_word_is_the_unit_its_paragraph_named(nlp, level, place, outlet):
    r = extract(f"Thứ trưởng đã làm việc với UBND {level} {place}. Thứ trưởng Lê Minh Tuấn đề nghị {level} rà soát lại "
                "những diện tích trồng kém hiệu quả.", nlp=nlp, title="Tin", outlet=outlet)
    assert [d.assignees for d in r.directives] == [[f"{level} {place}"]]


def test_a_clause_after_a_directive_that_names_bodies_carries_its_verb(nlp):
    r = extract("Chủ tịch UBND tỉnh Lê Văn Thành yêu cầu Sở Tài chính rà soát nguồn vốn; Công an tỉnh tăng cường tuần "
                "tra trên Quốc lộ 51.", nlp=nlp, title="Tin", outlet="Báo Bà Rịa - Vũng Tàu")
    assert [(d.verb, d.assignees) for d in r.directives] == [
        ("yêu cầu", ["Sở Tài chính tỉnh Bà Rịa - Vũng Tàu"]), ("yêu cầu", ["Công an tỉnh Bà Rịa - Vũng Tàu"])]


def test_a_list_of_local_bodies_may_change_its_level(nlp):
    r = extract("Ông Trần Văn Long yêu cầu UBND TP.Vũng Tàu, TX.Phú Mỹ khẩn trương hoàn thành giải phóng mặt bằng. "
                "Giao UBND huyện Than Uyên, tỉnh Lai Châu báo cáo.", nlp=nlp, title="Tin", outlet="Báo Bà Rịa - Vũng Tàu")
    assert [d.assignees for d in r.directives] == [
        ["Ủy ban nhân dân thành phố Vũng Tàu", "Ủy ban nhân dân thị xã Phú Mỹ"], ["Ủy ban nhân dân huyện Than Uyên"]]


def test_a_group_of_a_bodys_parts_is_spelled_out(nlp):
    r = extract("Chủ tịch HĐND tỉnh Trần Văn Ánh giao Thường trực HĐND tỉnh, các Ban và đại biểu HĐND tỉnh tăng cường "
                "giám sát.", nlp=nlp, title="Tin", outlet="Báo Cao Bằng")
    assert r.directives[0].assignees == ["Thường trực Hội đồng nhân dân tỉnh Cao Bằng",
                                         "các Ban và đại biểu Hội đồng nhân dân tỉnh Cao Bằng"]


def test_a_request_up_from_a_district_is_no_directive(nlp):
    r = extract("Ông Sùng Sính Páo, Chủ tịch UBND huyện Đồng Văn đề nghị tỉnh hỗ trợ 25 tỷ đồng đầu tư hệ thống cấp nước. "
                "Bộ trưởng Lê Minh Hoan đề nghị tỉnh Hà Giang rà soát quy hoạch.", nlp=nlp, title="Tin", outlet="Báo Hà Giang")
    assert [d.issuer for d in r.directives] == ["Lê Minh Hoan"]


def test_a_speaker_referred_back_to_as_dong_chi_still_directs(nlp):
    text = ("Phát biểu kết luận, đồng chí Lê Văn Phúc, Bí thư Tỉnh ủy ghi nhận nỗ lực của huyện.\n\n"
            "Về cấp nước cho các ấp ven biển, đồng chí đề nghị UBND tỉnh chỉ đạo ngành chức năng bố trí vốn năm 2025.")
    (d,) = extract(text, nlp=nlp, title="Tin", outlet="Báo Đồng Khởi").directives
    assert (d.verb, d.issuer, d.assignees) == ("đề nghị", "Lê Văn Phúc", ["Ủy ban nhân dân tỉnh Bến Tre"])


def test_an_order_announced_for_a_list_goes_to_each_items_bodies(nlp):
    text = ("Kết luận hội nghị, đồng chí Lò Văn Ỏn, Phó Chủ tịch UBND tỉnh yêu cầu:\n"
            "1. Sở NN&PTNT chỉ đạo Chi cục Kiểm lâm tăng cường lực lượng xuống địa bàn trọng điểm.\n"
            "2. UBND các huyện Mộc Châu, Vân Hồ rà soát, kiện toàn Ban Chỉ huy PCCCR cấp xã.\n\n"
            "Trong mùa khô, Sở NN&PTNT đã tổ chức 12 đợt kiểm tra.")
    ds = extract(text, nlp=nlp, title="Tin", outlet="Báo Sơn La").directives
    assert [(d.verb, d.issuer, d.assignees) for d in ds] == [
        ("yêu cầu", "Lò Văn Ỏn", ["Sở Nông nghiệp và Phát triển nông thôn tỉnh Sơn La"]),
        ("yêu cầu", "Lò Văn Ỏn", ["Ủy ban nhân dân huyện Mộc Châu", "Ủy ban nhân dân huyện Vân Hồ"])]
    assert ds[0].action.startswith("chỉ đạo Chi cục Kiểm lâm")


def test_orders_continue_into_the_next_paragraph_that_opens_with_bodies(nlp):
    text = ("Chủ tịch UBND tỉnh Lê Văn Hùng yêu cầu Chủ tịch UBND các huyện chỉ đạo sơ tán người dân.\n\n"
            "Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh bố trí lực lượng thường trực tại các địa bàn xung yếu.\n\n"
            "Sở Y tế cho biết đã chuẩn bị đủ cơ số thuốc.")
    ds = extract(text, nlp=nlp, title="Tin", outlet="Báo Cao Bằng").directives
    assert [d.assignees for d in ds][1:] == [["Bộ Chỉ huy Quân sự tỉnh Cao Bằng", "Công an tỉnh Cao Bằng"]]
    assert ds[1].issuer == "Lê Văn Hùng"


def test_an_official_told_to_act_is_the_assignee(nlp):
    text = ("Kết luận phiên họp, Chủ tịch UBND tỉnh Lê Văn Hùng giao đồng chí Phó Chủ tịch UBND tỉnh Trần Văn Phúc trực "
            "tiếp chỉ đạo Sở Xây dựng đẩy nhanh tiến độ dự án.")
    (d,) = extract(text, nlp=nlp, title="Tin", outlet="Báo Cà Mau").directives
    assert (d.verb, d.assignees) == ("giao", ["Trần Văn Phúc"])
    assert d.action.startswith("trực tiếp chỉ đạo Sở Xây dựng")


@pytest.mark.parametrize("when, deadline", [
    ("trong tuần tới", "2024-11-24"),  # an interval: due by its last day
    ("trước ngày 30/11", "2024-11-30"),
])
def test_a_deadline_is_a_day_even_when_written_as_a_week(nlp, when, deadline):
    r = extract(f"Chủ tịch UBND tỉnh Lê Văn Hùng giao Sở Tài chính hoàn thiện dự thảo tờ trình {when}.", nlp=nlp,
                title="Tin", outlet="Báo Sơn La", published="2024-11-13")
    (d,) = r.directives
    assert d.deadline == deadline


@pytest.mark.parametrize("order, deadline", [
    # a continued order names no act of asking: the date is read nearest (August last year)
    # until the order makes it a deadline
    ("Chủ tịch UBND thành phố giao Sở Tài chính tổng kết năm 2023. Sở Xây dựng phối hợp với UBND các quận nạo vét "
     "hệ thống thoát nước, xong trước ngày 31-8.", "2024-08-31"),
    # 'đã' reads the sentence as past; what is still to be done by the day is not
    ("Chủ tịch UBND thành phố yêu cầu UBND huyện tiếp tục vận động 107 hộ còn lại; trường hợp đã vận động nhiều "
     "lần nhưng không chấp hành thì lập thủ tục cưỡng chế, hoàn thành trước ngày 30-4.", "2024-04-30"),
])
def test_a_deadline_found_by_its_order_is_read_forward(nlp, order, deadline):
    r = extract(order, nlp=nlp, title="Tin", outlet="Báo Sơn La", published="2024-01-12")
    assert r.directives[-1].deadline == deadline
    (date,) = [x for x in r.dates if x.value == deadline]
    assert date.role == "deadline"


@pytest.mark.parametrize("text", [
    # what an order asks another body to approve is the order's task
    "Chủ tịch UBND tỉnh Lê Văn Hùng giao Sở TN&MT hướng dẫn huyện hoàn thiện hồ sơ, trình UBND tỉnh phê duyệt trước "
    "ngày 15/5.",
    # what a meeting is held for is no decision taken there
    "Sáng 19/4, HĐND tỉnh tổ chức kỳ họp chuyên đề để xem xét, quyết định một số nội dung cấp bách.",
    # a decision named in a document's title, or denied, is none
    "Kỳ họp xem xét tờ trình về việc thông qua danh mục dự án cần thu hồi đất.",
    "Việc cấp phát sách giáo khoa không thống nhất giữa các trường.",
    # a decision word capitalized inside a sentence is a name ('xã Thống Nhất')
    "Sở Xây dựng phối hợp với UBND xã Thống Nhất tháo gỡ dứt điểm nguồn đất san lấp cho dự án.",
    # a decision someone has is a document ('đã có quyết định'); agreeing is an order's task
    "Hiện còn hơn 1.200 hộ dân đã có quyết định bố trí đất tái định cư nhưng chưa nhận được đất.",
    "Ban Thường vụ Thành ủy giao Đảng ủy UBND thành phố hoàn thiện hồ sơ, trình HĐND thành phố tại kỳ họp cuối "
    "năm; đồng thời làm việc với tỉnh Đồng Nai thống nhất điểm kết nối tại sân bay Long Thành.",
])
def test_no_decision_where_nothing_is_decided(nlp, text):
    assert extract(text, nlp=nlp, title="Tin", outlet="Báo Sơn La").decisions == []


def test_a_decision_after_its_order_is_still_one(nlp):
    r = extract("Chủ tịch UBND tỉnh Lê Văn Hùng giao Sở Tài chính rà soát nguồn vốn; UBND tỉnh thống nhất bố trí 50 tỷ "
                "đồng cho dự án.", nlp=nlp, title="Tin", outlet="Báo Sơn La")
    assert [d.text for d in r.decisions] == ["thống nhất bố trí 50 tỷ đồng cho dự án"]


def test_a_paragraph_of_bodies_told_to_direct_others_goes_on_with_the_order(nlp):
    r = extract("Chủ tịch UBND tỉnh Lê Văn Hùng yêu cầu Công an tỉnh điều tra, xử lý nghiêm các hành vi gây cháy rừng."
                "\n\nUBND các huyện, thành phố chỉ đạo UBND cấp xã tổ chức ký cam kết bảo vệ rừng với các hộ gia đình.",
                nlp=nlp, title="Tin", outlet="Báo Lai Châu")
    assert [d.assignees for d in r.directives] == [["Công an tỉnh Lai Châu"], ["UBND các huyện, thành phố"]]
    assert r.directives[1].action.startswith("chỉ đạo UBND cấp xã")


@pytest.mark.parametrize("group", ["các đoàn thể chính trị - xã hội huyện", "các sở, ngành tỉnh",
                                   "các cấp ủy, tổ chức đảng, chính quyền từ tỉnh đến cơ sở"])
def test_a_group_keeps_its_kind_its_level_and_the_levels_it_spans(nlp, group):
    r = extract(f"Bí thư Tỉnh ủy Trần Văn Hùng yêu cầu {group} tập trung lãnh đạo thực hiện nghị quyết.",
                nlp=nlp, title="Tin", outlet="Báo Tây Ninh")
    (d,) = r.directives
    assert (d.assignees, d.action) == ([group], "tập trung lãnh đạo thực hiện nghị quyết")


def test_a_position_after_an_honorific_is_the_official_holding_it(nlp):
    r = extract("UBND tỉnh họp phiên thường kỳ tháng 6\n\nSáng 3/7, UBND tỉnh tổ chức phiên họp thường kỳ tháng 6. Đồng "
                "chí Võ Văn Minh, Chủ tịch UBND tỉnh chủ trì phiên họp.\n\nKết luận phiên họp, đồng chí Chủ tịch đề nghị "
                "các sở, ngành tập trung giải ngân vốn đầu tư công.", nlp=nlp, title_in_text=True, outlet="Báo Bình Dương")
    assert [(d.verb, d.issuer, d.assignees) for d in r.directives] == [("đề nghị", "Võ Văn Minh", ["các sở, ngành"])]


# the delegates' agreement decides unless it is a turn of their discussion; a decision word that
# describes, is asked for, is aimed at or names a document obeyed decides nothing
@pytest.mark.parametrize("sentence, decided", [
    ("Các đại biểu nhất trí ban hành kế hoạch với mục tiêu xử lý dứt điểm 100% vi phạm mới phát sinh.", True),
    ("Nghị quyết được thông qua sau khi các đại biểu thống nhất mức hỗ trợ 2 triệu đồng/người/tháng.", True),
    ("Thảo luận tại hội nghị, các đại biểu thống nhất cao với những kết quả đạt được.", False),
    ("Các đại biểu thống nhất với báo cáo, đồng thời đề xuất nhiều giải pháp khôi phục sản xuất.", False),
    ("Các đại biểu cơ bản nhất trí với dự thảo nghị quyết.", False),
    ("Quý IV có ý nghĩa quyết định đến việc hoàn thành các mục tiêu năm 2023.", False),
    ("Huyện kiến nghị tỉnh sớm phê duyệt giá đất cụ thể để chi trả cho dân.", False),
    ("Kỳ họp được triệu tập nhằm kịp thời xem xét, quyết định những vấn đề cấp bách.", False),
    ("Người dân cần chấp hành quyết định thu hồi đất của UBND huyện.", False),
    ("Đối với kiến nghị của huyện, đồng chí Lê Văn Hùng thống nhất chủ trương hỗ trợ 15 tỷ đồng.", True),
    ("Các thành viên UBND tỉnh cơ bản thống nhất với dự thảo; một số ý kiến đề nghị làm rõ nguồn kinh phí.", False),
    ("Huyện kiến nghị tỉnh hỗ trợ 35 tỷ đồng khắc phục sạt lở; sớm phê duyệt điều chỉnh quy hoạch khu du lịch.", False),
    ("Quy hoạch chung đô thị mới đến năm 2045 đã được Thủ tướng Chính phủ phê duyệt.", False),
    ("Kết quả lấy ý kiến cử tri cho thấy tỷ lệ đồng ý đạt trên 92%.", False),
    ("Theo chương trình, kỳ họp xem xét, thông qua 5 dự thảo nghị quyết quan trọng.", False),
    ("Kỳ họp xem xét dự thảo Nghị quyết thông qua danh mục dự án cần thu hồi đất bổ sung năm 2024.", False),
    ("Huyện kiến nghị thành phố hỗ trợ 45 tỷ đồng nâng cấp đê bao, đồng thời sớm phê duyệt điều chỉnh quy hoạch chung.", False),
    ("UBND tỉnh cho ý kiến vào dự thảo Nghị quyết A; dự thảo Quyết định sửa đổi, bổ sung Bảng giá đất.", False),
    ("Kỳ họp dự kiến diễn ra trong 3 ngày, xem xét, thông qua khoảng 28 nghị quyết.", False),
    ("Kỳ họp đã thông qua nghị quyết về kế hoạch đầu tư công năm 2025; 33/33 đại biểu có mặt tán thành.", True),
    # a document passed in the passive, by the meeting or its body
    ("Tờ trình điều chỉnh kế hoạch đầu tư công trung hạn được nhất trí về nguyên tắc.", True),
    ("Chương trình kiểm tra, giám sát năm 2026 cũng được Ban Chấp hành nhất trí thông qua.", True),
    ("Chủ tịch HĐND tỉnh đề nghị UBND tỉnh khẩn trương triển khai các nghị quyết vừa được thông qua.", False),
    # approved before, as a speaker relays it or as progress so far; a decisive moment
    ("Phó Chủ tịch UBND tỉnh thông tin thêm, tỉnh đã chấp thuận chủ trương đầu tư nhà máy đốt rác phát điện.", False),
    ("Đến nay các địa phương đã phê duyệt phương án bồi thường cho 1.016 hộ.", False),
    ("Chủ tịch UBND tỉnh nhấn mạnh quý IV là thời điểm quyết định để đạt mục tiêu tăng trưởng.", False),
    # a body agreeing after a clause that names opinions or deputies decides; the members' view does not
    ("Đối với dự thảo Báo cáo chính trị, sau khi nghe Tiểu ban Văn kiện báo cáo kết quả tiếp thu ý kiến đóng góp, Ban "
     "Thường vụ Tỉnh ủy cơ bản thống nhất với bố cục dự thảo.", True),
    ("Về dự thảo Kế hoạch bầu cử đại biểu Quốc hội, Ban Thường vụ Tỉnh ủy nhất trí ban hành Kế hoạch.", True),
    ("Các ý kiến trong Ban Thường vụ cơ bản tán thành, song đề nghị làm rõ nguồn vốn.", False),
])
def test_whether_a_decision_word_decides(nlp, sentence, decided):
    r = extract(sentence, nlp=nlp, title="Tin", outlet="Báo Sơn La")
    assert bool(r.decisions) == decided


def test_a_vote_tally_is_the_decisions_vote_not_one_more(nlp):
    for sentence in ("Với 34/34 đại biểu có mặt tán thành, kỳ họp đã thông qua nghị quyết điều chỉnh kế hoạch đầu tư công.",
                     "Kỳ họp đã thông qua nghị quyết về kế hoạch đầu tư công năm 2025; 33/33 đại biểu có mặt tán thành."):
        assert len(extract(sentence, nlp=nlp, title="Tin", outlet="Báo Sơn La").decisions) == 1


def test_a_delegate_who_holds_an_office_still_speaks_as_a_delegate(nlp):
    r = extract("Đại biểu Chẻo Thị Mây, Trưởng Ban Dân tộc HĐND tỉnh đề nghị UBND tỉnh làm rõ nguyên nhân diện tích mắc ca "
                "trồng mới chỉ đạt 38% kế hoạch.", nlp=nlp, title="Tin", outlet="Báo Lai Châu")
    assert r.directives == []


@pytest.mark.parametrize("clause, partner", [
    ("UBND huyện chủ động phối hợp với Sở Xây dựng tháo gỡ vướng mắc", "Sở Xây dựng tỉnh Bình Dương"),
    ("UBND huyện phối hợp với các hợp tác xã xây dựng phương án tiêu thụ", "các hợp tác xã"),
    ("UBND huyện phối hợp với chủ đầu tư đẩy nhanh giải phóng mặt bằng", "chủ đầu tư"),
    ("UBND huyện phối hợp chặt chẽ với Sở Xây dựng lập quy hoạch phân khu", "Sở Xây dựng tỉnh Bình Dương"),
])
def test_partners_after_an_adverb_or_named_by_a_common_noun_cooperate(nlp, clause, partner):
    (d,) = extract(f"Chủ tịch UBND tỉnh Trần Văn Hùng giao {clause}.", nlp=nlp, title="Tin", outlet="Báo Bình Dương").directives
    assert [(a.name, a.role) for a in d.assignee_details][1:] == [(partner, "cooperate")]


def test_a_group_named_by_what_sets_it_apart_before_what_it_must_do(nlp):
    r = extract("Chủ tịch UBND tỉnh Trần Văn Hùng yêu cầu Sở Tài chính rà soát nguồn vốn. Các chủ đầu tư có dự án chậm "
                "giải ngân phải giải trình cụ thể nguyên nhân.", nlp=nlp, title="Tin", outlet="Báo Bình Dương")
    assert [d.assignees for d in r.directives] == [["Sở Tài chính tỉnh Bình Dương"],
                                                   ["Các chủ đầu tư có dự án chậm giải ngân"]]


def test_a_credited_caption_between_orders_does_not_break_their_chain(nlp):
    r = extract("Chủ tịch UBND tỉnh yêu cầu Sở Y tế chủ trì, phối hợp với các địa phương tăng cường giám sát ca bệnh.\n\n"
                "Ngành y tế phun hóa chất diệt muỗi tại phường Mỹ Long. Ảnh: THU THẢO\n\n"
                "UBND các huyện, thị xã, thành phố tổ chức chiến dịch diệt lăng quăng, hoàn thành trước ngày 30/6.",
                nlp=nlp, title="Tin", outlet="Báo An Giang")
    assert [d.assignees[0] for d in r.directives] == ["Sở Y tế tỉnh An Giang", "UBND các huyện, thị xã, thành phố"]


def test_a_continued_orders_partner_named_by_a_common_noun_cooperates(nlp):
    r = extract("Chủ tịch UBND tỉnh Trần Văn Hùng giao Sở Xây dựng kiểm tra. Công an tỉnh phối hợp với chính quyền địa "
                "phương bảo đảm an ninh trật tự.", nlp=nlp, title="Tin", outlet="Báo Vĩnh Phúc")
    assert [(a.name, a.role) for a in r.directives[1].assignee_details] == [
        ("Công an tỉnh Vĩnh Phúc", "lead"), ("chính quyền địa phương", "cooperate")]


def test_a_task_going_on_after_a_semicolon_keeps_its_order_and_deadline(nlp):
    r = extract("Chủ tịch UBND tỉnh yêu cầu các sở khẩn trương hoàn thành các chỉ tiêu năm 2023; phấn đấu giải ngân vốn "
                "đầu tư công đạt trên 95% kế hoạch trước ngày 31/1/2024; Công an tỉnh tăng cường tuần tra.",
                nlp=nlp, title="Tin", outlet="Báo Bắc Kạn", published="2023-09-28")
    first, second = r.directives
    assert (first.deadline, first.text.endswith("trước ngày 31/1/2024")) == ("2024-01-31", True)
    assert second.assignees == ["Công an tỉnh Bắc Kạn"]


@pytest.mark.parametrize("order, parties", [
    ("yêu cầu chủ đầu tư và nhà thầu tăng ca, hoàn thành phần thân kè trước mùa mưa", ["chủ đầu tư", "nhà thầu"]),
    ("yêu cầu các nhà thầu tăng ca, tăng kíp để đẩy nhanh tiến độ", ["các nhà thầu"]),
])
def test_parties_named_by_a_common_noun_are_told_to_act(nlp, order, parties):
    (d,) = extract(f"Kiểm tra công trình, Chủ tịch UBND tỉnh Lê Văn Hùng {order}.", nlp=nlp, title="Tin",
                   outlet="Báo Bình Định").directives
    assert [(a.name, a.role) for a in d.assignee_details] == [(p, "assigned") for p in parties]


@pytest.mark.parametrize("order, groups", [
    ("đề nghị các cấp ủy, tổ chức đảng, chính quyền và các đoàn thể tập trung lãnh đạo thực hiện các chỉ tiêu",
     ["các cấp ủy, tổ chức đảng, chính quyền và các đoàn thể"]),
    ("yêu cầu các phòng, đơn vị và các tổ dân phố hoàn thành chỉ tiêu thu ngân sách", ["các phòng, đơn vị", "các tổ dân phố"]),
])
def test_a_group_goes_on_past_va_cac_only_in_the_formulas_that_name_one(nlp, order, groups):
    (d,) = extract(f"Kết luận hội nghị, đồng chí Lê Văn Hùng, Bí thư Huyện ủy {order}.", nlp=nlp, title="Tin",
                   outlet="Báo Thái Nguyên").directives
    assert d.assignees == groups


def test_a_councils_parts_named_after_an_order_are_told_to_act_too(nlp):
    r = extract("Bế mạc kỳ họp, Chủ tịch HĐND tỉnh Hoàng Văn An đề nghị UBND tỉnh sớm triển khai các nghị quyết. Thường "
                "trực HĐND tỉnh, các ban và các tổ đại biểu HĐND tỉnh tăng cường giám sát việc bồi thường, giải phóng "
                "mặt bằng.", nlp=nlp, title="Tin", outlet="Báo Quảng Trị")
    assert [d.assignees for d in r.directives] == [
        ["Ủy ban nhân dân tỉnh Quảng Trị"],
        ["Thường trực Hội đồng nhân dân tỉnh Quảng Trị", "các ban và các tổ đại biểu Hội đồng nhân dân tỉnh Quảng Trị"]]


@pytest.mark.parametrize("order", [
    "Sở NN&PTNT - cơ quan thường trực Ban Chỉ huy PCTT và TKCN tỉnh theo dõi sát tình hình, báo cáo UBND tỉnh trước ngày 26/7.",
    "Sở NN&PTNT (cơ quan thường trực Ban Chỉ huy PCTT và TKCN tỉnh) chủ trì, phối hợp với Đài Khí tượng thủy văn tỉnh theo dõi sát tình hình.",
    "Sở NN&PTNT là cơ quan thường trực, tổng hợp tình hình thiệt hại, báo cáo UBND tỉnh trước ngày 26/7.",
])
def test_what_a_body_is_said_between_its_name_and_its_task_does_not_hide_the_order(nlp, order):
    r = extract("UBND tỉnh yêu cầu Chủ tịch UBND các huyện tổ chức trực ban nghiêm túc, theo dõi chặt chẽ diễn biến mưa lũ.\n\n"
                + order, nlp=nlp, title="Tin", outlet="Báo Yên Bái")
    assert [d.assignees[0] for d in r.directives] == ["Chủ tịch UBND các huyện",
                                                     "Sở Nông nghiệp và Phát triển nông thôn tỉnh Yên Bái"]


@pytest.mark.parametrize("order", [
    "Giao Sở NN&PTNT - cơ quan thường trực Ban Chỉ huy PCTT và TKCN tỉnh chủ trì, phối hợp với Đài Khí tượng Thủy văn "
    "tỉnh theo dõi chặt chẽ diễn biến mưa, lũ.",
    "Chủ tịch UBND tỉnh yêu cầu Sở NN&PTNT (cơ quan thường trực Ban Chỉ huy PCTT và TKCN tỉnh) chủ trì, phối hợp với "
    "Đài Khí tượng Thủy văn tỉnh theo dõi chặt chẽ diễn biến mưa, lũ.",
    "UBND tỉnh giao Sở Nông nghiệp và Phát triển nông thôn (NN&PTNT) - cơ quan thường trực của Ban Chỉ huy PCTT và "
    "TKCN tỉnh chủ trì, phối hợp với Đài Khí tượng Thủy văn tỉnh theo dõi chặt chẽ diễn biến mưa, lũ.",
])
def test_what_an_addressee_is_said_before_chu_tri_keeps_its_partners(nlp, order):
    (d,) = extract(order, nlp=nlp, title="Tin", outlet="Báo Yên Bái").directives
    assert [(a.name, a.role) for a in d.assignee_details] == [
        ("Sở Nông nghiệp và Phát triển nông thôn tỉnh Yên Bái", "lead"),
        ("Đài Khí tượng Thủy văn tỉnh Yên Bái", "cooperate")]
    assert d.action == "theo dõi chặt chẽ diễn biến mưa, lũ"


def test_the_provincial_tax_office_since_the_reform_is_a_body_told_to_act(nlp):
    (d,) = extract("Chủ tịch UBND tỉnh yêu cầu Sở NN&MT chủ trì, phối hợp với Sở Tài chính và Thuế tỉnh Lâm Đồng xác "
                   "định lại tiền thuê đất.", nlp=nlp, title="Tin", outlet="Báo Lâm Đồng", published="2025-10-16").directives
    assert [(a.name, a.role) for a in d.assignee_details] == [
        ("Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng", "lead"), ("Sở Tài chính tỉnh Lâm Đồng", "cooperate"),
        ("Thuế tỉnh Lâm Đồng", "cooperate")]


def test_a_provinces_body_that_decided_goes_on_as_the_subject_of_de_nghi(nlp):
    (d,) = extract("Về chủ trương đầu tư dự án nâng cấp đường tỉnh 342, Ban Thường vụ Tỉnh ủy nhất trí chủ trương đầu tư "
                   "với tổng mức khoảng 1.250 tỷ đồng; đề nghị Đảng ủy UBND tỉnh chỉ đạo rà soát quy mô, phương án tuyến.",
                   nlp=nlp, title="Tin", outlet="Báo Quảng Ninh").directives
    assert (d.verb, d.assignees, d.issuer) == (
        "đề nghị", ["Đảng ủy Ủy ban nhân dân tỉnh Quảng Ninh"], "Ban Thường vụ Tỉnh ủy Quảng Ninh")
    # (a district's body asks the province, it does not direct it)
    assert not extract("Về chủ trương đầu tư chợ Cái Rồng, UBND huyện thống nhất chủ trương; đề nghị UBND tỉnh sớm bố "
                       "trí vốn.", nlp=nlp, title="Tin", outlet="Báo Quảng Ninh").directives


def test_a_list_announced_with_what_it_is_about_before_its_colon(nlp):
    r = extract("Kết luận nội dung này, Bí thư Tỉnh ủy Đỗ Mạnh Tường yêu cầu trong quý II tập trung một số nhiệm vụ trọng "
                "tâm:\n\n- Đảng ủy UBND tỉnh lãnh đạo UBND tỉnh tháo gỡ dứt điểm vướng mắc mặt bằng của dự án đường ven "
                "sông.\n\n- Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với Ủy ban Kiểm tra Tỉnh ủy tham mưu sơ kết.",
                nlp=nlp, title="Tin", outlet="Báo Quảng Ninh")
    assert [(d.verb, d.assignees, d.issuer) for d in r.directives] == [
        ("yêu cầu", ["Đảng ủy Ủy ban nhân dân tỉnh Quảng Ninh"], "Đỗ Mạnh Tường"),
        ("yêu cầu", ["Ban Tổ chức Tỉnh ủy Quảng Ninh", "Ủy ban Kiểm tra Tỉnh ủy Quảng Ninh"], "Đỗ Mạnh Tường")]


def test_the_press_told_to_act_is_one_group(nlp):
    r = extract("Chủ tịch UBND tỉnh yêu cầu Sở TT&TT phối hợp với các cơ quan báo chí thông tin kịp thời về nguy cơ cháy "
                "rừng.\n\nĐài Phát thanh và Truyền hình tỉnh, Báo Yên Bái và các cơ quan thông tin đại chúng tăng cường "
                "thời lượng tuyên truyền.", nlp=nlp, title="Tin", outlet="Báo Yên Bái")
    assert [d.assignees for d in r.directives] == [
        ["Sở Thông tin và Truyền thông tỉnh Yên Bái", "các cơ quan báo chí"],
        ["Đài Phát thanh và Truyền hình tỉnh Yên Bái", "Báo Yên Bái", "các cơ quan thông tin đại chúng"]]


def test_a_provinces_authority_issuing_a_written_order_directs_with_de_nghi_but_asks_a_ministry(nlp):
    r = extract("UBND tỉnh đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội vận động Nhân dân chấp hành "
                "nghiêm hướng dẫn của chính quyền. UBND tỉnh đề nghị Bộ GTVT sớm bố trí vốn sửa chữa Quốc lộ 32.",
                nlp=nlp, title="Tin", outlet="Báo Yên Bái")
    (d,) = r.directives
    assert d.assignees == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Yên Bái", "các tổ chức chính trị - xã hội"]
    assert d.issuer == "Ủy ban nhân dân tỉnh Yên Bái"


def test_bodies_told_to_cooperate_with_no_lead_named_cooperate(nlp):
    (d,) = extract("Chủ tịch UBND tỉnh Trần Văn Hùng đề nghị Ủy ban MTTQ Việt Nam tỉnh, Hội Nông dân tỉnh phối hợp tuyên "
                   "truyền, vận động nông dân.", nlp=nlp, title="Tin", outlet="Báo Quảng Ngãi").directives
    assert [(a.name, a.role) for a in d.assignee_details] == [
        ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ngãi", "cooperate"), ("Hội Nông dân tỉnh Quảng Ngãi", "cooperate")]
    assert d.action.startswith("phối hợp tuyên truyền")


def test_a_councils_parts_named_with_of_are_spelled_out(nlp):
    (d,) = extract("Bế mạc kỳ họp, Chủ tịch HĐND tỉnh Lương Văn Hiển đề nghị các Ban của HĐND tỉnh, các Tổ đại biểu và đại "
                   "biểu HĐND tỉnh tăng cường giám sát việc tổ chức thực hiện.", nlp=nlp, title="Tin",
                   outlet="Báo Lạng Sơn").directives
    assert d.assignees == ["các Ban của Hội đồng nhân dân tỉnh Lạng Sơn",
                           "các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh Lạng Sơn"]


def test_a_continued_order_to_cooperate_with_no_partner_named_cooperates_and_one_with_a_partner_leads(nlp):
    r = extract("Chủ tịch UBND tỉnh Lê Văn An giao Sở KH&ĐT chủ trì rà soát hồ sơ; Sở Xây dựng phối hợp thẩm định hồ sơ "
                "điều chỉnh quy hoạch; Công an tỉnh phối hợp với chính quyền các xã biên giới kiểm tra, xử lý vi phạm.",
                nlp=nlp, title="Tin", outlet="Báo Cao Bằng")
    assert [[(a.name, a.role) for a in d.assignee_details] for d in r.directives][1:] == [
        [("Sở Xây dựng tỉnh Cao Bằng", "cooperate")],
        [("Công an tỉnh Cao Bằng", "lead"), ("chính quyền các xã biên giới", "cooperate")]]


def test_a_department_asking_in_the_chairs_meeting_speaks_for_itself(nlp):
    r = extract("Kết luận buổi làm việc, Phó Chủ tịch UBND thành phố Lê Văn Hùng giao Sở Tài chính cân đối nguồn vốn. "
                "Lãnh đạo Sở KH&ĐT đề nghị huyện chủ động rà soát, đề xuất điều chuyển vốn.", nlp=nlp, title="Tin",
                outlet="Báo Sài Gòn Giải Phóng")
    assert [d.verb for d in r.directives] == ["giao"]


def test_a_continued_orders_task_to_submit_for_approval_decides_nothing(nlp):
    r = extract("Chủ tịch UBND tỉnh Lê Văn An giao Sở KH&ĐT chủ trì rà soát hồ sơ; Sở Xây dựng phối hợp thẩm định hồ sơ "
                "điều chỉnh quy hoạch, trình phê duyệt trong quý IV/2023.", nlp=nlp, title="Tin", outlet="Báo Cao Bằng")
    assert r.decisions == [] and len(r.directives) == 2


def test_a_group_of_units_named_one_by_one_is_one_assignee(nlp):
    r = extract("Chủ tịch UBND tỉnh Trần Duy Đông yêu cầu các huyện Vĩnh Tường, Yên Lạc, Sông Lô chủ động phương án phòng, "
                "chống thiên tai mùa mưa bão năm 2023.", nlp=nlp, title="Tin", outlet="Báo Vĩnh Phúc")
    assert [d.assignees for d in r.directives] == [["các huyện Vĩnh Tường, Yên Lạc, Sông Lô"]]


def test_a_group_ends_before_a_named_body_in_its_list(nlp):
    r = extract("Chủ tịch UBND huyện Nguyễn Văn Hải yêu cầu các chủ đầu tư, Ban Quản lý dự án đầu tư xây dựng huyện lập kế "
                "hoạch giải ngân chi tiết cho từng dự án.", nlp=nlp, title="Tin", outlet="Báo Phú Thọ")
    (d,) = r.directives
    assert d.assignees[0] == "các chủ đầu tư" and len(d.assignees) == 2


def test_an_official_answering_what_delegates_raised_orders(nlp):
    r = extract("Phát biểu bế mạc kỳ họp, Chủ tịch HĐND tỉnh Nguyễn Thị Hương phát biểu. Đối với các vấn đề đại biểu nêu, "
                "đồng chí đề nghị UBND tỉnh chỉ đạo Sở TN&MT xây dựng lộ trình di dời các cơ sở tái chế nhôm, hoàn thành "
                "trước ngày 31/12/2025; các tiểu ban khẩn trương hoàn thiện dự thảo văn kiện.", nlp=nlp, title="Tin",
                outlet="Báo Bắc Ninh")
    assert [d.assignees[0] for d in r.directives] == ["Ủy ban nhân dân tỉnh Bắc Ninh", "các tiểu ban"]


def test_a_bare_name_that_is_a_district_of_another_province_does_not_hide_the_reports_district(nlp):
    r = extract("Chiều 22/11, Phó Chủ tịch UBND tỉnh Nguyễn Minh Tuấn làm việc với huyện Thanh Miện. Tại Cụm công nghiệp "
                "Ngô Quyền còn 57 hộ chưa nhận tiền; Ngô Quyền là cụm lớn nhất. Chủ tịch UBND huyện Thanh Miện kiến nghị "
                "tỉnh hỗ trợ Cụm công nghiệp Ngô Quyền.\n\nÔng Nguyễn Minh Tuấn yêu cầu huyện rà soát từng dự án.",
                nlp=nlp, title="Tin", outlet="Báo Hải Dương")
    assert r.directives[-1].assignees == ["huyện Thanh Miện"]


def test_the_councils_committees_groups_and_delegates_are_one_group_of_its_parts(nlp):
    r = extract("Chủ tịch HĐND tỉnh Giàng Páo Mỷ đề nghị Thường trực HĐND tỉnh, các Ban, các Tổ đại biểu và đại biểu HĐND "
                "tỉnh tăng cường giám sát việc thực hiện.", nlp=nlp, title="Tin", outlet="Báo Lai Châu")
    assert r.directives[0].assignees == ["Thường trực Hội đồng nhân dân tỉnh Lai Châu",
                                         "các Ban, các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh Lai Châu"]


def test_the_date_an_order_is_due_by_is_a_deadline_in_the_dates_too(nlp):
    r = extract("Ông yêu cầu Sở Tài nguyên và Môi trường lập danh sách hồ sơ quá hạn theo từng địa phương, báo cáo UBND tỉnh "
                "trong tuần tới.", nlp=nlp, title="Tin", outlet="Báo Sơn La", published="2023-08-02")
    (d,) = r.directives
    assert d.deadline == "2023-08-13" and [(x.text, x.role) for x in r.dates] == [("tuần tới", "deadline")]


def test_partners_named_after_a_semicolon_with_chu_tri_cooperate(nlp):
    r = extract("Phó Chủ tịch UBND tỉnh Nguyễn Hoàng Lâm đề nghị Ban Quản lý Khu kinh tế tỉnh tăng cường xúc tiến đầu tư; chủ "
                "trì, phối hợp với Sở TN&MT kiểm tra việc xử lý nước thải tại các khu công nghiệp, báo cáo UBND tỉnh trước ngày "
                "15/9.", nlp=nlp, title="Tin", outlet="Báo Long An")
    (d,) = r.directives
    assert [(a.name, a.role) for a in d.assignee_details] == [
        ("Ban Quản lý Khu kinh tế tỉnh Long An", "lead"), ("Sở Tài nguyên và Môi trường tỉnh Long An", "cooperate")]


@pytest.mark.parametrize("body, group", [
    ("Chủ tịch UBND tỉnh yêu cầu UBND các xã, phường có diện tích sầu riêng rà soát mã số vùng trồng.",
     "UBND các xã, phường có diện tích sầu riêng"),
    ("Chủ tịch UBND tỉnh yêu cầu các chủ đầu tư có dự án giải ngân dưới 30% báo cáo rõ nguyên nhân trước ngày 5/7.",
     "các chủ đầu tư có dự án giải ngân dưới 30%"),
    ("Chủ tịch UBND tỉnh yêu cầu các chủ đầu tư có tỷ lệ giải ngân thấp phải có văn bản giải trình.",
     "các chủ đầu tư có tỷ lệ giải ngân thấp"),
])
def test_a_group_qualified_by_what_it_has_runs_up_to_its_task(nlp, body, group):
    assert [d.assignees for d in directives(nlp, body)] == [[group]]


def test_a_party_committees_advisory_bodies_are_a_group_of_its_parts(nlp):
    (d,) = directives(nlp, "Đồng chí Bí thư yêu cầu các cơ quan tham mưu, giúp việc của Tỉnh ủy khẩn trương hoàn chỉnh báo cáo.")
    assert d.assignees == ["các cơ quan tham mưu, giúp việc của Tỉnh ủy Sơn La"]


def test_the_party_committees_of_a_level_are_one_group(nlp):
    (d,) = directives(nlp, "Đồng chí Bí thư yêu cầu Đảng ủy các xã, phường, đặc khu chăm lo Tết cho nhân dân.")
    assert d.assignees == ["Đảng ủy các xã, phường, đặc khu"]


def test_a_board_written_in_lower_case_carries_a_chain_of_continued_orders(nlp):
    ds = directives(nlp, "Chủ tịch UBND tỉnh yêu cầu UBND các huyện, thị xã kiện toàn Ban Chỉ huy PCCCR trước ngày 20-12.\n\n"
                         "Ban quản lý Vườn quốc gia Bù Gia Mập làm đường băng cản lửa, hoàn thành trước ngày 15-1-2025.\n\n"
                         "Công an tỉnh chỉ đạo lực lượng cảnh sát PCCC sẵn sàng tham gia chữa cháy.")
    assert [d.assignees for d in ds] == [
        ["UBND các huyện, thị xã"], ["Ban quản lý Vườn quốc gia Bù Gia Mập"], ["Công an tỉnh Sơn La"]]


def test_a_body_singled_out_after_trong_do_is_one_more_directive(nlp):
    ds = directives(nlp, "Đồng chí Trí yêu cầu Sở Xây dựng rà soát quy hoạch; trong đó, Sở Tài chính bố trí vốn cho dự án.")
    assert [(d.assignees, d.action) for d in ds] == [(["Sở Xây dựng tỉnh Sơn La"], "rà soát quy hoạch"),
                                                     (["Sở Tài chính tỉnh Sơn La"], "bố trí vốn cho dự án")]


def test_directing_others_after_a_semicolon_is_more_of_the_order_before(nlp):
    (d,) = directives(nlp, "Phát biểu bế mạc kỳ họp, đồng chí Nguyễn Văn An, Chủ tịch HĐND tỉnh đề nghị UBND tỉnh khẩn trương ban "
                           "hành kế hoạch triển khai các nghị quyết vừa được thông qua; chỉ đạo các chủ đầu tư đẩy nhanh tiến độ, "
                           "giải ngân 100% kế hoạch vốn trước ngày 31/1/2025.")
    assert d.assignees == ["Ủy ban nhân dân tỉnh Sơn La"] and d.action.endswith("chỉ đạo các chủ đầu tư đẩy nhanh tiến độ, giải ngân 100% kế hoạch vốn")
    assert d.deadline == "2025-01-31"


def test_district_committees_listed_after_a_colon_are_each_assigned(nlp):
    (d,) = directives(nlp, "Chủ tịch UBND tỉnh yêu cầu UBND các huyện: Bảo Lâm, Di Linh, Lâm Hà kiểm điểm trách nhiệm, báo cáo "
                           "trước ngày 15/6.")
    assert d.assignees == ["Ủy ban nhân dân huyện Bảo Lâm", "Ủy ban nhân dân huyện Di Linh", "Ủy ban nhân dân huyện Lâm Hà"]


@pytest.mark.parametrize("sentence", [
    "Sản lượng hàng hóa thông qua cụm cảng Cái Mép - Thị Vải đạt gần 84 triệu tấn.",
    "Tuyến đường thông qua huyện Lấp Vò, huyện Lai Vung và thành phố Sa Đéc.",
    "Bế mạc kỳ họp, HĐND huyện đã quyết định nhiều nội dung quan trọng thuộc thẩm quyền.",
    "Với 46/46 đại biểu có mặt tán thành, kỳ họp đã biểu quyết thông qua các nghị quyết tại kỳ họp.",
])
def test_passing_through_a_place_and_business_in_general_decide_nothing(nlp, sentence):
    assert extract(sentence, nlp=nlp, title="Tin", outlet="Báo Sơn La").decisions == []


def test_a_councils_standing_body_named_without_level_goes_on_with_the_order_before(nlp):
    ds = directives(nlp, "Kỳ họp thứ 14, HĐND huyện Phong Thổ bế mạc. Đồng chí Lò Văn Thắng, Chủ tịch HĐND huyện đề nghị UBND "
                         "huyện triển khai các nghị quyết. Thường trực HĐND, các Ban và các Tổ đại biểu HĐND huyện tăng cường "
                         "giám sát việc thực hiện.")
    assert ds[-1].assignees == ["Thường trực Hội đồng nhân dân huyện Phong Thổ",
                                "các Ban và các Tổ đại biểu Hội đồng nhân dân huyện Phong Thổ"]


def test_a_group_after_va_with_its_own_list_is_a_second_assignee(nlp):
    (d,) = directives(nlp, "Chủ tịch UBND tỉnh yêu cầu các sở, ngành và chính quyền các xã, phường ven biển triển khai "
                           "khẩn cấp các biện pháp ứng phó với triều cường.")
    assert d.assignees == ["các sở, ngành", "chính quyền các xã, phường ven biển"]


def test_a_group_qualified_by_what_it_has_up_to_kiem_diem(nlp):
    (d,) = directives(nlp, "Chủ tịch UBND tỉnh yêu cầu các chủ đầu tư có dự án bị điều chuyển vốn kiểm điểm, làm rõ trách "
                           "nhiệm của tập thể, cá nhân liên quan.")
    assert d.assignees == ["các chủ đầu tư có dự án bị điều chuyển vốn"]


def test_a_group_qualified_as_under_the_party_committee(nlp):
    (d,) = directives(nlp, "Bí thư Đảng ủy phường yêu cầu các chi bộ, cơ quan, đơn vị trực thuộc Đảng bộ tập trung lãnh đạo "
                           "hoàn thành các chỉ tiêu năm.")
    assert d.assignees == ["các chi bộ, cơ quan, đơn vị trực thuộc Đảng bộ"]


def test_the_meeting_as_subject_directs_with_de_nghi(nlp):
    (d,) = directives(nlp, "Hội nghị cơ bản thống nhất với phương án sắp xếp; đề nghị Ban cán sự đảng UBND tỉnh chỉ đạo hoàn "
                           "chỉnh hồ sơ, tổ chức lấy ý kiến cử tri trước ngày 25-10.")
    assert (d.verb, d.assignees) == ("đề nghị", ["Ban cán sự đảng Ủy ban nhân dân tỉnh Sơn La"])
    # (a delegate's 'đề nghị' is still a request)
    assert directives(nlp, "Đại biểu Nguyễn Văn An đề nghị Sở Tài chính sớm bố trí vốn.") == []


def test_a_bare_special_zone_is_the_one_the_visit_is_to(nlp):
    r = extract("Tin\n\nChiều 14/5, Chủ tịch UBND tỉnh làm việc với đặc khu Phú Quốc.\n\nĐồng chí giao Sở NN&MT phối hợp với "
                "đặc khu xây dựng phương án. Đồng chí yêu cầu đặc khu khẩn trương hoàn thành.", nlp=nlp,
                outlet="Báo An Giang", published="2026-05-14")
    assert [d.assignees for d in r.directives] == [["Sở Nông nghiệp và Môi trường tỉnh An Giang", "đặc khu Phú Quốc"],
                                                  ["đặc khu Phú Quốc"]]


@pytest.mark.parametrize("body, group", [
    ("Chủ tịch UBND tỉnh yêu cầu UBND các xã còn nhà tạm hoàn thành dứt điểm 312 căn còn lại trước Tết Nguyên đán.",
     "UBND các xã còn nhà tạm"),
    ("Chủ tịch UBND tỉnh yêu cầu Chủ tịch UBND các xã, phường có rừng tuyệt đối không chủ quan, lơ là.",
     "Chủ tịch UBND các xã, phường có rừng"),
    ("Chủ tịch UBND tỉnh yêu cầu UBND các xã vùng miền núi hướng dẫn người dân không thả rông gia súc.",
     "UBND các xã vùng miền núi"),
])
def test_a_group_keeps_what_narrows_it(nlp, body, group):
    (d,) = directives(nlp, body)
    assert d.assignees == [group]


def test_a_report_due_by_a_date_continues_the_order(nlp):
    r = extract("Chủ tịch UBND tỉnh yêu cầu Sở Y tế chỉ đạo các cơ sở y tế chủ động phòng bệnh. Các sở, ngành, địa phương báo "
                "cáo kết quả triển khai về Sở Nông nghiệp và Môi trường trước ngày 20/12.", nlp=nlp, title="Tin",
                outlet="Báo Bắc Ninh", published="2025-12-15")
    assert [(d.assignees, d.deadline) for d in r.directives] == [
        (["Sở Y tế tỉnh Bắc Ninh"], None), (["Các sở, ngành, địa phương"], "2025-12-20")]
    # (a body that reports what it did is no order)
    r = extract("Chủ tịch UBND tỉnh yêu cầu Sở Y tế chỉ đạo các cơ sở y tế chủ động phòng bệnh. Công an tỉnh báo cáo, năm "
                "2025 đã xử lý 120 vụ.", nlp=nlp, title="Tin", outlet="Báo Bắc Ninh", published="2025-12-15")
    assert len(r.directives) == 1


def test_towns_and_cities_written_short_in_a_group(nlp):
    (d,) = directives(nlp, "Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành, UBND các huyện, thành, thị và các chủ đầu tư quán "
                           "triệt nghiêm túc chỉ đạo của Chính phủ.")
    assert d.assignees == ["các sở, ban, ngành", "UBND các huyện, thành, thị", "các chủ đầu tư"]


def test_an_order_due_at_a_council_session_named_by_its_part_of_the_year(nlp):
    (d,) = directives(nlp, "Ngày 7/12/2023, Chủ tịch HĐND tỉnh Lò Văn Mừng giao Ban Kinh tế - Ngân sách HĐND tỉnh "
                           "giám sát việc thực hiện các nội dung đã hứa tại phiên chất vấn, báo cáo kết quả tại kỳ họp "
                           "giữa năm 2024.")
    assert d.deadline == "2024"
    # the action keeps what is to be reported and stops before the session it is due at
    assert d.action.endswith("tại phiên chất vấn, báo cáo kết quả")
    (d,) = directives(nlp, "Ngày 20/9/2024, Ban Thường vụ Tỉnh ủy giao Đảng đoàn HĐND tỉnh lãnh đạo HĐND tỉnh xem xét, "
                           "quyết định chủ trương đầu tư tại kỳ họp thường lệ cuối năm 2024.")
    assert d.deadline == "2024"
    assert d.action == "lãnh đạo HĐND tỉnh xem xét, quyết định chủ trương đầu tư"
    # (what is to be reported may run to a few words)
    (d,) = directives(nlp, "Ngày 9/7/2026, Chủ tịch HĐND tỉnh Lò Văn Mừng đề nghị UBND tỉnh báo cáo kết quả thực hiện các "
                           "cam kết tại kỳ họp thường lệ cuối năm 2026.")
    assert (d.deadline, d.action) == ("2026", "báo cáo kết quả thực hiện các cam kết")
    # the session a document goes to is where it is submitted, not by when
    (d,) = directives(nlp, "Ngày 5/4/2023, Chủ tịch UBND tỉnh Hoàng Quốc Khánh giao Sở Tư pháp hoàn thiện hồ sơ để "
                           "trình HĐND tỉnh tại kỳ họp giữa năm 2023.")
    assert d.deadline is None


@pytest.mark.parametrize("text, group", [
    # bodies responsible for a task go on with the order
    ("Chủ tịch UBND tỉnh Hoàng Quốc Khánh yêu cầu Sở Nông nghiệp và Môi trường rà soát các công trình thủy lợi. UBND "
     "các xã, phường có trách nhiệm quản lý chặt chẽ hành lang bảo vệ công trình, không để lấn chiếm.",
     "UBND các xã, phường"),
    # a group narrowed by what it has, before its task
    ("Chủ tịch UBND tỉnh Hoàng Quốc Khánh yêu cầu Sở Nông nghiệp và Môi trường chỉ đạo Chi cục Kiểm lâm cập nhật bản "
     "đồ vùng trọng điểm cháy rừng.\n\nUBND các xã có rừng kiện toàn Ban Chỉ huy phòng cháy, chữa cháy rừng, hoàn "
     "thành trong tháng 12.", "UBND các xã có rừng"),
])
def test_a_continued_orders_group_responsible_or_narrowed_before_its_task(nlp, text, group):
    assert directives(nlp, text)[-1].assignees == [group]


def test_a_run_of_orders_goes_on_past_one_sentence_whose_bodies_were_not_recognized(nlp):
    found = directives(nlp, "Chủ tịch UBND tỉnh Hoàng Quốc Khánh yêu cầu Sở Nông nghiệp và Môi trường chỉ đạo Chi "
                            "cục Kiểm lâm tổ chức trực cháy 24/24 giờ.\n\n"
                            "Vườn quốc gia Xuân Sơn bố trí người canh gác thường xuyên trên các chòi canh. Công an tỉnh "
                            "chỉ đạo lực lượng cảnh sát phòng cháy sẵn sàng phối hợp chữa cháy. Sở Tài chính tham mưu bố "
                            "trí kinh phí sửa chữa chòi canh.")
    assert [d.assignees for d in found][-2:] == [["Công an tỉnh Sơn La"], ["Sở Tài chính tỉnh Sơn La"]]
    # … but a person who then chairs or speaks is no addressee of it
    found = directives(nlp, "Chủ tịch UBND tỉnh Hoàng Quốc Khánh yêu cầu Sở Nông nghiệp và Môi trường tổ chức trực "
                            "cháy 24/24 giờ.\n\n"
                            "Toàn tỉnh có 186 chòi canh lửa. Đồng chí Lò Minh Hùng chủ trì buổi làm việc với các xã.")
    assert len(found) == 1


def test_an_approval_asked_for_promised_or_ahead_is_no_decision(nlp):
    record = extract("Xã kiến nghị tỉnh bổ sung biên chế công chức, hỗ trợ khoảng 18 tỷ đồng cải tạo trụ sở và sớm phê "
                     "duyệt giá đất cụ thể. Giám đốc Sở cam kết đến hết quý I/2026 sẽ hoàn thành phê duyệt giá đất cho "
                     "các dự án còn tồn đọng.", nlp=nlp, title="Tin", outlet="Báo Gia Lai")
    assert record.decisions == []
    # … while one the meeting makes is
    record = extract("Ngày 5/3, UBND tỉnh họp. UBND tỉnh thống nhất phê duyệt giá đất cụ thể của dự án.",
                     nlp=nlp, title="Tin", outlet="Báo Gia Lai")
    assert len(record.decisions) == 1


@pytest.mark.parametrize("clause, group", [
    ("các đảng ủy xã, phường, đặc khu chủ động đề xuất nhu cầu đào tạo", "các đảng ủy xã, phường, đặc khu"),
    ("UBND các huyện miền núi, biên giới rà soát quỹ đất", "UBND các huyện miền núi, biên giới"),
])
def test_a_group_spanning_listed_levels_or_kinds_goes_on_with_the_order(nlp, clause, group):
    # (after a modal the act verb 'đề xuất' is the group's task, not a proposal of its own)
    r = extract(f"Bí thư Tỉnh ủy giao Ban Tổ chức Tỉnh ủy rà soát cán bộ; {clause}.", nlp=nlp, title="Tin",
                outlet="Báo Lâm Đồng")
    assert [d.assignees for d in r.directives] == [["Ban Tổ chức Tỉnh ủy Lâm Đồng"], [group]]


@pytest.mark.parametrize("sentence, decided", [
    # a second decision after what the first decided
    ("Ban Thường vụ Tỉnh ủy thống nhất với báo cáo đánh giá và cơ bản thông qua dự thảo Kế hoạch.",
     ["thống nhất với báo cáo đánh giá", "thông qua dự thảo Kế hoạch"]),
    # two verbs of one decision
    ("Ban Thường vụ Tỉnh ủy thống nhất và thông qua dự thảo Kế hoạch.", ["thống nhất và thông qua dự thảo Kế hoạch"]),
    # a meeting still to come decides nothing
    ("Kỳ họp thứ 10 dự kiến khai mạc ngày 20/10, xem xét, thông qua 49 dự án luật và quyết định kế hoạch năm 2026.", []),
    ("Hội nghị thống nhất dự kiến nội dung, chương trình kỳ họp.", ["thống nhất dự kiến nội dung, chương trình kỳ họp"]),
])
def test_decisions_joined_by_va_are_two_and_a_planned_meeting_decides_nothing(nlp, sentence, decided):
    r = extract(sentence, nlp=nlp, title="Tin", outlet="Báo Quảng Ngãi", published="2025-10-09")
    assert [d.text for d in r.decisions] == decided


@pytest.mark.parametrize("sentence, assignees", [
    ("Văn bản nêu rõ: “Yêu cầu Công an tỉnh xem xét, làm rõ dấu hiệu vi phạm pháp luật”.", ["Công an tỉnh Sơn La"]),
    ("Chủ tịch UBND tỉnh yêu cầu: “Các sở, ngành và UBND các xã, phường tuyệt đối không để xảy ra sai phạm”.",
     ["Các sở, ngành", "UBND các xã, phường"]),
])
def test_a_quoted_order_is_an_order(nlp, sentence, assignees):
    r = extract(f"Tiêu đề\n\nSáng 5/3, UBND tỉnh họp. {sentence}\n", nlp=nlp, title_in_text=True, outlet="Báo Sơn La")
    assert [d.assignees for d in r.directives] == [assignees]


def test_a_body_saying_what_it_will_do_gives_no_order(nlp):
    r = extract("Tiêu đề\n\nSáng 5/3, HĐND tỉnh họp phiên chất vấn. Chủ tịch HĐND tỉnh Hồ Quốc Dũng đề nghị các Ban và "
                "đại biểu HĐND tỉnh tăng cường giám sát việc thực hiện. Thường trực HĐND tỉnh sẽ theo dõi, báo cáo kết "
                "quả tại kỳ họp giữa năm 2024.\n", nlp=nlp, title_in_text=True, outlet="Báo Sơn La")
    assert [d.assignees for d in r.directives] == [["các Ban và đại biểu Hội đồng nhân dân tỉnh Sơn La"]]


def test_a_continued_order_due_before_a_season_has_that_deadline(nlp):
    r = extract("Đối với tình trạng ngập úng, Chủ tịch HĐND tỉnh đề nghị UBND tỉnh sớm phê duyệt đề án chống ngập trong "
                "quý I/2026; UBND phường Trấn Biên kiên quyết xử lý các công trình lấn chiếm hành lang thoát nước trước "
                "mùa mưa năm 2026. Đồng thời, Sở Xây dựng tăng cường kiểm tra trong mùa mưa năm 2026.", nlp=nlp,
                title="Tin", outlet="Báo Đồng Nai", published="2025-12-10")
    assert [d.deadline for d in r.directives] == ["2026-Q1", "2026", None]


@pytest.mark.parametrize("sentence", [
    "Riêng đề án phát triển nguồn nhân lực du lịch, phiên họp chưa xem xét thông qua.",
    "Thanh tra tỉnh ban hành Quyết định số 96/QĐ-TTr ngày 4/6/2026 thanh tra việc quản lý vốn.",
    # a decision issued, named as the document it is
    "Quyết định nêu rõ, tình huống khẩn cấp được áp dụng từ ngày 24/11.",
    "Theo quyết định, Sở Xây dựng làm chủ đầu tư công trình.",
    "Tại quyết định, Sở Xây dựng làm chủ đầu tư công trình.",
])
def test_a_decision_denied_or_cited_by_its_number_is_none(nlp, sentence):
    r = extract(f"Tiêu đề\n\nSáng 5/3, UBND tỉnh họp phiên thường kỳ. {sentence} UBND tỉnh thống nhất thông qua "
                "Kế hoạch phòng, chống thiên tai năm 2026.\n", nlp=nlp, title_in_text=True, outlet="Báo Sơn La")
    assert [d.verb for d in r.decisions] == ["thống nhất"]


@pytest.mark.parametrize("clause, group", [
    ("các xã, phường ven sông Tiền, sông Hậu tăng cường kiểm tra, cảnh báo sạt lở", "các xã, phường ven sông Tiền, sông Hậu"),
    ("UBND các huyện ven sông theo dõi sát diễn biến", "UBND các huyện ven sông"),
    ("UBND các xã, phường vùng ảnh hưởng mặn nạo vét kênh mương", "UBND các xã, phường vùng ảnh hưởng mặn"),
    ("các cấp ủy đảng liên quan làm tốt công tác tư tưởng", "các cấp ủy đảng liên quan"),
    # a second river without its 'sông'
    ("UBND các xã, phường ven sông Cổ Chiên, Hàm Luông thường xuyên kiểm tra bờ sông",
     "UBND các xã, phường ven sông Cổ Chiên, Hàm Luông"),
    # what the group drafts, underwent or did
    ("các sở, ngành được giao soạn thảo khẩn trương hoàn thiện hồ sơ", "các sở, ngành được giao soạn thảo"),
    ("các sở, ngành được giao chủ trì khẩn trương hoàn thiện hồ sơ", "các sở, ngành được giao chủ trì"),
    ("UBND các xã được thanh tra rà soát toàn bộ hồ sơ", "UBND các xã được thanh tra"),
    ("các doanh nghiệp vi phạm dừng ngay việc khai thác", "các doanh nghiệp vi phạm"),
    ("các sở, ngành được chất vấn nghiêm túc thực hiện các cam kết", "các sở, ngành được chất vấn"),
    # a 'có …' qualifier up to its task
    ("UBND các phường có di tích kiên quyết xử lý tình trạng bán hàng rong", "UBND các phường có di tích"),
    ("Đảng ủy các xã có tuyến đường đi qua lãnh đạo làm tốt công tác vận động", "Đảng ủy các xã có tuyến đường đi qua"),
    # a paper writing 'Ủy ban Nhân dân'
    ("Ủy ban Nhân dân các xã, phường có dự án đi qua tập trung bàn giao mặt bằng",
     "Ủy ban Nhân dân các xã, phường có dự án đi qua"),
    # a 'có …' qualifier listing hazards over a comma; the departments that manage a sector
    ("các xã có nguy cơ cao về sạt lở đất, lũ quét khẩn trương di dời các hộ dân", "các xã có nguy cơ cao về sạt lở đất, lũ quét"),
    ("các sở quản lý ngành hướng dẫn các xã lập hồ sơ", "các sở quản lý ngành"),
    # a qualifier after the levels a group spans; places far off; what the group does often
    ("các đảng ủy xã, phường được kiểm tra xây dựng kế hoạch khắc phục", "các đảng ủy xã, phường được kiểm tra"),
    ("các địa phương vùng sâu, vùng xa chủ động bố trí quỹ đất", "các địa phương vùng sâu, vùng xa"),
    ("UBND các xã, phường có mỏ khoáng sản thường xuyên kiểm tra", "UBND các xã, phường có mỏ khoáng sản"),
    # what must be done first, by a body named after 'trước mắt'
    ("trước mắt, Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh khắc phục các điểm sạt lở",
     "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh An Giang"),
])
def test_a_continued_orders_group_is_read_with_its_qualifier(nlp, clause, group):
    r = extract(f"Chủ tịch UBND tỉnh yêu cầu Sở Nông nghiệp và Môi trường kiểm tra đê; {clause}.", nlp=nlp, title="Tin",
                outlet="Báo An Giang")
    assert [d.assignees for d in r.directives][1:] == [[group]]


def test_an_amount_allotted_is_no_order(nlp):
    r = extract("Ông Ma Văn Quyết cho biết tổng vốn các chương trình mục tiêu quốc gia năm 2024 giao cho tỉnh là 1.296 tỷ "
                "đồng; vốn giao cho huyện năm 2025 là 68,5 tỷ đồng. Chủ tịch UBND tỉnh giao Sở Nông nghiệp và Phát triển nông thôn là cơ quan thường trực, theo dõi, "
                "tổng hợp tình hình.", nlp=nlp, title="Tin", outlet="Báo Tuyên Quang")
    assert [d.assignees for d in r.directives] == [["Sở Nông nghiệp và Phát triển nông thôn tỉnh Tuyên Quang"]]


def test_a_body_agreeing_after_an_order_decides_and_is_not_ordered(nlp):
    r = extract("Ban Thường vụ Tỉnh ủy thống nhất thông qua dự thảo Chương trình; giao Văn phòng Tỉnh ủy tiếp thu ý kiến, "
                "hoàn thiện trước ngày 25/11.\n\nBan Thường vụ cơ bản nhất trí với Đề án phát triển kinh tế biển.",
                nlp=nlp, title="Tin", outlet="Báo Hà Tĩnh", published="2025-11-14")
    assert [d.assignees for d in r.directives] == [["Văn phòng Tỉnh ủy Hà Tĩnh"]]
    assert [d.verb for d in r.decisions] == ["thống nhất", "nhất trí"]


def test_a_second_verb_of_a_task_directs_no_one_new(nlp):
    r = extract("Chủ tịch UBND tỉnh giao Sở Lao động - Thương binh và Xã hội hoàn thiện dự thảo, trình ban hành trước ngày "
                "10/4; đồng thời tăng cường kiểm tra, đôn đốc các huyện giải ngân vốn sự nghiệp. Đối với chương trình kiểm "
                "tra, giám sát, giao Ủy ban Kiểm tra Tỉnh ủy hoàn chỉnh, trình ban hành trước ngày 31/12.",
                nlp=nlp, title="Tin", outlet="Báo Lai Châu", published="2024-03-29")
    assert [d.assignees for d in r.directives] == [["Sở Lao động - Thương binh và Xã hội tỉnh Lai Châu"],
                                                   ["Ủy ban Kiểm tra Tỉnh ủy Lai Châu"]]


def test_a_continued_order_whose_task_holds_an_approval(nlp):
    r = extract("Về kiến nghị của huyện, Phó Chủ tịch UBND tỉnh thống nhất chủ trương hỗ trợ đầu tư hạ tầng khu tái định cư; "
                "giao Sở Tài chính cân đối nguồn vốn, báo cáo UBND tỉnh trước ngày 25/10. Sở Nông nghiệp và Môi trường khẩn "
                "trương thẩm định, tham mưu phê duyệt hệ số điều chỉnh giá đất, hoàn thành trong tháng 11.\n\n"
                "Riêng kế hoạch tổ chức đại hội, hội nghị thống nhất chọn Đảng bộ xã An Trạch A tổ chức đại hội điểm; các "
                "đảng bộ, chi bộ cơ sở hoàn thành đại hội trước ngày 30/6/2025.", nlp=nlp, title="Tin", outlet="Báo Bạc Liêu",
                published="2024-10-09")
    assert [d.assignees for d in r.directives] == [["Sở Tài chính tỉnh Bạc Liêu"],
                                                   ["Sở Nông nghiệp và Môi trường tỉnh Bạc Liêu"]]
    # (the approval is the order's task; what the meeting decided stays a decision, not an order)
    assert [d.verb for d in r.decisions] == ["thống nhất", "thống nhất"]


@pytest.mark.parametrize("sentence, assignees", [
    ("Chánh Thanh tra tỉnh yêu cầu Chủ tịch UBND huyện Gio Linh chỉ đạo các chủ đầu tư thu hồi số tiền 1,26 tỷ đồng.",
     ["Chủ tịch Ủy ban nhân dân huyện Gio Linh"]),
    ("Thanh tra tỉnh yêu cầu Chủ tịch UBND xã Óc Eo, Chủ tịch UBND xã Định Mỹ thu hồi, nộp ngân sách 1,36 tỷ đồng.",
     ["Chủ tịch Ủy ban nhân dân xã Óc Eo", "Chủ tịch Ủy ban nhân dân xã Định Mỹ"]),
])
def test_a_post_told_to_act_with_no_holder_named_is_the_assignee(nlp, sentence, assignees):
    r = extract(sentence, nlp=nlp, title="Tin", outlet="Báo Quảng Trị")
    assert [d.assignees for d in r.directives] == [assignees]


@pytest.mark.parametrize("sentence, group", [
    # a 'có …' qualifier ends before the places that illustrate it
    ("Phó Chủ tịch UBND tỉnh Nguyễn Văn Hưng đề nghị Sở Xây dựng và UBND các xã, phường có nguy cơ sạt lở, nhất là "
     "khu vực đèo Bảo Lộc, thường xuyên kiểm tra, cảnh báo.", "UBND các xã, phường có nguy cơ sạt lở"),
    ("Bí thư Tỉnh ủy Nguyễn Đăng Khoa đề nghị Văn phòng Tỉnh ủy phối hợp với các ban xây dựng Đảng tiếp thu ý kiến, "
     "hoàn chỉnh báo cáo.", "các ban xây dựng Đảng"),
    ("Phó Chủ tịch UBND tỉnh Phan Minh Đức yêu cầu Sở Khoa học và Công nghệ chủ trì, phối hợp với các doanh nghiệp viễn "
     "thông hoàn thành phủ sóng tại 23 xã.", "các doanh nghiệp viễn thông"),
    # a group under a body: that body spelled out
    ("Bí thư Tỉnh ủy Y Thanh Hà Niê Kđăm yêu cầu các huyện ủy, thành ủy và đảng ủy trực thuộc Tỉnh ủy khẩn trương "
     "xây dựng kế hoạch của cấp mình.", "các huyện ủy, thành ủy và đảng ủy trực thuộc Tỉnh ủy Lâm Đồng"),
])
def test_a_groups_qualifier_or_kind_is_in_its_name(nlp, sentence, group):
    (d,) = extract(sentence, nlp=nlp, title="Tin", outlet="Báo Lâm Đồng").directives
    assert d.assignees[-1] == group


def test_the_official_who_gave_the_order_speaking_on_gives_no_order(nlp):
    r = extract("Kết luận hội nghị, Bí thư Tỉnh ủy Hồ Minh Quảng giao Ban cán sự đảng UBND tỉnh hoàn chỉnh đề án. Đồng chí "
                "Hồ Minh Quảng lưu ý, quá trình triển khai đề án phải bảo đảm hài hòa lợi ích của người dân.", nlp=nlp,
                title="Tin", outlet="Báo Gia Lai")
    assert [d.verb for d in r.directives] == ["giao"]


def test_a_time_already_past_is_what_a_task_covers_not_its_deadline(nlp):
    r = extract("Chánh Thanh tra tỉnh yêu cầu Ban Quản lý dự án đầu tư xây dựng huyện rà soát toàn bộ các công trình đã "
                "nghiệm thu, thanh toán trong giai đoạn 2021-2022, báo cáo kết quả trong quý I/2024.", nlp=nlp,
                title="Tin", outlet="Báo Quảng Trị", published="2023-10-26")
    assert [d.deadline for d in r.directives] == ["2024-Q1"]


def test_list_items_under_an_announced_order_may_name_their_subject_first(nlp):
    r = extract("Kết luận buổi làm việc, Phó Chủ tịch UBND tỉnh Đàm Quang Huy chỉ ra tiến độ giải ngân còn chậm. Đồng chí "
                "yêu cầu:\n\nVề giải phóng mặt bằng, UBND huyện Yên Phong tăng cường tuyên truyền, hoàn thành bàn giao mặt "
                "bằng trước ngày 30/6/2024.\n\nVề đầu tư công, Sở Kế hoạch và Đầu tư rà soát từng dự án, điều chuyển vốn.",
                nlp=nlp, title="Tin", outlet="Báo Bắc Ninh", published="2024-05-16")
    assert [(d.verb, d.assignees) for d in r.directives] == [
        ("yêu cầu", ["Ủy ban nhân dân huyện Yên Phong"]), ("yêu cầu", ["Sở Kế hoạch và Đầu tư tỉnh Bắc Ninh"])]


def test_addressees_listed_over_a_semicolon_share_one_order(nlp):
    (d,) = extract("Công điện yêu cầu Giám đốc các sở, Thủ trưởng các ban, ngành, đoàn thể tỉnh; Chủ tịch UBND các huyện, "
                   "thành phố chỉ đạo triển khai các biện pháp chống rét cho người dân.",
                   nlp=nlp, title="Tin", outlet="Báo Tuyên Quang", published="2024-01-20").directives
    assert d.assignees == ["Giám đốc các sở", "Thủ trưởng các ban, ngành, đoàn thể tỉnh", "Chủ tịch UBND các huyện, thành phố"]
    assert d.action.startswith("chỉ đạo triển khai")


def test_groups_headed_by_a_post_or_a_standing_committee(nlp):
    r = extract("Chủ tịch UBND tỉnh yêu cầu giám đốc các sở, ngành, Chủ tịch UBND các xã, phường không được chủ quan, "
                "lơ là.\n\nBan Thường vụ Tỉnh ủy yêu cầu Ban cán sự đảng UBND tỉnh chỉ đạo giải quyết dứt điểm vướng mắc; "
                "Ban Thường vụ các huyện ủy, thành ủy có dự án đi qua trực tiếp chỉ đạo công tác tuyên truyền.",
                nlp=nlp, title="Tin", outlet="Báo Lâm Đồng", published="2024-07-11")
    assert [d.assignees for d in r.directives] == [
        ["giám đốc các sở, ngành", "Chủ tịch UBND các xã, phường"],
        ["Ban cán sự đảng Ủy ban nhân dân tỉnh Lâm Đồng"],
        ["Ban Thường vụ các huyện ủy, thành ủy có dự án đi qua"]]


def test_a_written_order_asks_and_a_proposal_orders_nothing(nlp):
    r = extract("Văn bản cũng đề nghị Ủy ban MTTQ "
                "Việt Nam tỉnh tiếp tục vận động nguồn lực xã hội hóa.\n\nĐối với tờ trình về phân cấp thẩm quyền, Giám đốc "
                "Sở Nông nghiệp và Môi trường cho biết, dự thảo đề xuất giao UBND cấp xã thẩm quyền cho thuê đất.",
                nlp=nlp, title="Tin", outlet="Báo Lâm Đồng", published="2025-05-21")
    assert [(d.verb, d.assignees) for d in r.directives] == [("đề nghị", ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lâm Đồng"])]


def test_an_order_goes_on_past_a_subject_named_first_when_a_task_follows(nlp):
    r = extract("Về xóa nhà tạm, đồng chí yêu cầu huyện Quế Phong rà soát từng hộ, hoàn thành trước ngày 30/6/2025; Sở "
                "Xây dựng thường xuyên cử cán bộ xuống cơ sở hướng dẫn.\n\nVề giải ngân vốn các chương trình mục tiêu quốc "
                "gia, UBND huyện cần rà soát từng dự án, điều chuyển vốn.\n\nRiêng tờ trình về bảng giá đất, UBND tỉnh chưa "
                "thông qua.\n\nVề đề án du lịch, Ban Thường vụ Tỉnh ủy đánh giá cao sự chuẩn bị của cơ quan soạn thảo.",
                nlp=nlp, title="Tin", outlet="Báo Nghệ An", published="2025-04-17")
    assert [d.assignees for d in r.directives] == [
        ["huyện Quế Phong"], ["Sở Xây dựng tỉnh Nghệ An"], ["Ủy ban nhân dân huyện Quế Phong"]]


def test_a_listed_subject_whose_bodies_direct_others_is_the_lists_order(nlp):
    r = extract("Kết luận phiên chất vấn, Chủ tịch HĐND tỉnh Trần Văn Khánh đề nghị:\n\nVề quản lý khoáng sản, UBND tỉnh "
                "chỉ đạo Sở TN&MT chủ trì, phối hợp với UBND các huyện rà soát toàn bộ các mỏ cát, sỏi.",
                nlp=nlp, title="Tin", outlet="Báo Nghệ An", published="2023-12-08")
    (d,) = r.directives
    assert (d.verb, d.issuer, d.assignees) == ("đề nghị", "Trần Văn Khánh", ["Ủy ban nhân dân tỉnh Nghệ An"])
    assert d.action.startswith("chỉ đạo Sở TN&MT chủ trì")


def test_a_body_agreeing_after_the_vote_tally_decides(nlp):
    r = extract("Với 66/66 đại biểu có mặt tán thành, HĐND tỉnh thống nhất mục tiêu tăng trưởng GRDP năm 2026 đạt 8,5% "
                "trở lên.\n\nVới 34/34 đại biểu có mặt tán thành, kỳ họp đã thông qua Nghị quyết về kế hoạch đầu tư công.",
                nlp=nlp, title="Tin", outlet="Báo Quảng Trị", published="2025-12-11")
    assert [d.verb for d in r.decisions] == ["thống nhất", "thông qua"]


def test_orders_spelled_out_after_cu_the_go_on_with_the_order(nlp):
    r = extract("Chủ tịch UBND thành phố yêu cầu các sở, ngành, địa phương tập trung thực hiện quyết liệt các giải pháp "
                "thúc đẩy tăng trưởng.\n\nCụ thể, Sở Tài chính tham mưu điều chuyển vốn từ các dự án giải ngân chậm, báo "
                "cáo UBND thành phố trước ngày 20/10; các cấp ủy, chính quyền và các đoàn thể ở những xã có dự án đi qua "
                "làm tốt công tác dân vận.", nlp=nlp, title="Tin", outlet="Báo Cần Thơ", published="2025-10-03")
    assert [(d.verb, d.assignees, d.deadline) for d in r.directives] == [
        ("yêu cầu", ["các sở, ngành, địa phương"], None),
        ("yêu cầu", ["Sở Tài chính thành phố Cần Thơ"], "2025-10-20"),
        ("yêu cầu", ["các cấp ủy, chính quyền và các đoàn thể ở những xã có dự án đi qua"], None)]


def test_a_bare_unit_refers_to_the_one_visited_not_a_former_one(nlp):
    r = extract("Phó Chủ tịch UBND tỉnh Phan Hữu Đức làm việc với UBND xã Cần Giuộc về tình hình sau sắp xếp. Xã Cần "
                "Giuộc được thành lập trên cơ sở sáp nhập thị trấn Cần Giuộc, xã Phước Lâm và xã Phước Hậu.\n\n"
                "Ông thống nhất chủ trương cho xã sử dụng trụ sở UBND xã Phước Lâm cũ làm điểm trường mầm non, giao xã "
                "hoàn chỉnh hồ sơ theo quy định.", nlp=nlp, title="Tin", outlet="Báo Tây Ninh", published="2025-08-14")
    assert [d.assignees for d in r.directives] == [["xã Cần Giuộc"]]


@pytest.mark.parametrize("adverb", ["tăng cường", "khẩn trương"])
def test_a_continued_orders_board_urging_others_is_its_task(nlp, adverb):
    r = extract("Phó Chủ tịch UBND tỉnh Nguyễn Thị Bích Vân đề nghị UBND huyện tập trung tháo gỡ vướng mắc về mặt bằng; "
                f"Ban Quản lý dự án đầu tư xây dựng huyện {adverb} đôn đốc nhà thầu bổ sung nhân lực, thiết bị.",
                nlp=nlp, title="Tin", outlet="Báo Ninh Thuận", published="2024-04-18")
    assert [(d.verb, d.assignees) for d in r.directives] == [
        ("đề nghị", ["Ủy ban nhân dân huyện"]), ("đề nghị", ["Ban Quản lý dự án đầu tư xây dựng huyện"])]


def test_a_continued_orders_group_ends_before_its_duty(nlp):
    r = extract("UBND Thành phố giao Sở Xây dựng chủ trì triển khai kế hoạch. UBND các xã, phường, đặc khu có trách nhiệm "
                "bố trí quỹ đất làm bến, bãi đỗ xe buýt.", nlp=nlp, title="Tin", outlet="Báo Sài Gòn Giải Phóng",
                published="2026-10-13")
    assert [d.assignees for d in r.directives] == [["Sở Xây dựng Thành phố Hồ Chí Minh"], ["UBND các xã, phường, đặc khu"]]
    assert r.directives[1].action.startswith("có trách nhiệm bố trí quỹ đất")


@pytest.mark.parametrize("text, outlet, published, orders", [
    pytest.param("Chủ tịch UBND tỉnh yêu cầu các sở, ngành tăng cường kiểm tra. Các sở, ngành, địa phương báo cáo kết quả "
                 "triển khai về Sở Nông nghiệp và Môi trường trong tuần tới để tổng hợp, báo cáo Chủ tịch UBND tỉnh.",
                 "Báo Bắc Ninh", "2025-12-15",
                 [(["các sở, ngành"], None), (["Các sở, ngành, địa phương"], "2025-12-28")], id="by-a-time-it-names"),
    # (in a list item, where the date tagger sees no order in the sentence)
    pytest.param("Kết luận phiên họp, Chủ tịch UBND tỉnh Lê Ngọc Tuấn yêu cầu:\n\n"
                 "- UBND các huyện, thành phố tập trung giải phóng mặt bằng các dự án trọng điểm; các chủ đầu tư có tỷ lệ "
                 "giải ngân dưới 10% báo cáo, giải trình cụ thể tại phiên họp UBND tỉnh tháng 4.", "Báo Kon Tum", "2022-03-30",
                 [(["UBND các huyện, thành phố"], None), (["các chủ đầu tư có tỷ lệ giải ngân dưới 10%"], "2022-04")],
                 id="at-a-coming-session"),
    # (a schedule makes it an order, but no deadline)
    pytest.param("Chủ tịch UBND tỉnh yêu cầu các sở tăng cường kiểm tra. Các đơn vị, địa phương báo cáo tình hình hạn hán "
                 "về Sở NN&PTNT vào thứ Sáu hằng tuần để tổng hợp.", "Báo Đắk Nông", "2023-12-15",
                 [(["các sở"], None), (["Các đơn vị, địa phương"], None)], id="every-week"),
    # (… or with no day at all)
    pytest.param("Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh Tô Văn Hải yêu cầu huyện đẩy nhanh giải ngân; Phòng Tài chính - "
                 "Kế hoạch huyện báo cáo tiến độ giải ngân hằng tuần về Sở Kế hoạch và Đầu tư.", "Báo Bình Phước", "2024-09-19",
                 [(["huyện"], None), (["Phòng Tài chính - Kế hoạch huyện"], None)], id="every-week-no-day"),
])
def test_a_continued_order_to_report_and_when_it_is_due(nlp, text, outlet, published, orders):
    r = extract(text, nlp=nlp, title="Tin", outlet=outlet, published=published)
    assert [(d.assignees, d.deadline) for d in r.directives] == orders


def test_a_body_told_in_the_passive_to_lead_has_its_partners(nlp):
    r = extract("Ban Thường vụ Tỉnh ủy thống nhất thông qua đề án. Ban Tổ chức Tỉnh ủy được giao chủ trì, phối hợp với Văn "
                "phòng Tỉnh ủy, Ban Tuyên giáo và Dân vận Tỉnh ủy hoàn thiện đề án, trình Ban Chấp hành.",
                nlp=nlp, title="Tin", outlet="Báo Lào Cai", published="2026-04-08")
    (d,) = r.directives
    assert [(a.name, a.role) for a in d.assignee_details] == [
        ("Ban Tổ chức Tỉnh ủy Lào Cai", "lead"), ("Văn phòng Tỉnh ủy Lào Cai", "cooperate"),
        ("Ban Tuyên giáo và Dân vận Tỉnh ủy Lào Cai", "cooperate")]
    assert d.action == "hoàn thiện đề án, trình Ban Chấp hành"


@pytest.mark.parametrize("clause, group", [
    ("UBND các xã, phường bị thiệt hại do mưa lũ khẩn trương thống kê thiệt hại.", "UBND các xã, phường bị thiệt hại do mưa lũ"),
    ("UBND các xã thụ hưởng chương trình tự kiểm tra, kịp thời chấn chỉnh sai sót.", "UBND các xã thụ hưởng chương trình"),
    ("UBND các xã có dự án xác định giải phóng mặt bằng là nhiệm vụ trọng tâm.", "UBND các xã có dự án"),
])
def test_a_groups_qualifier_may_say_what_befell_or_serves_it(nlp, clause, group):
    r = extract("Chủ tịch UBND tỉnh yêu cầu Sở Xây dựng kiểm tra các công trình. " + clause,
                nlp=nlp, title="Tin", outlet="Báo Lào Cai", published="2025-09-30")
    assert [d.assignees for d in r.directives] == [["Sở Xây dựng tỉnh Lào Cai"], [group]]


def test_the_partys_formula_is_the_group_without_the_levels_it_spans(nlp):
    r = extract("Bí thư Huyện ủy yêu cầu các cấp ủy, tổ chức đảng, chính quyền, MTTQ và các đoàn thể từ huyện đến cơ sở "
                "tập trung lãnh đạo thực hiện nghị quyết.", nlp=nlp, title="Tin", outlet="Báo Bắc Giang")
    (d,) = r.directives
    assert d.assignees == ["các cấp ủy, tổ chức đảng, chính quyền, MTTQ và các đoàn thể"]


def test_a_half_year_is_a_deadline_only_for_a_task_done_within_it(nlp):
    r = extract("Bí thư Huyện ủy yêu cầu Ủy ban Kiểm tra Huyện ủy tập trung giám sát việc quản lý đất đai tại các xã có "
                "nhiều đơn thư trong 6 tháng cuối năm. Đồng chí giao UBND huyện khắc phục các điểm sạt lở trên tuyến "
                "ĐT.188, hoàn thành trong 6 tháng đầu năm 2024.", nlp=nlp, title="Tin", outlet="Báo Bắc Giang",
                published="2023-07-12")
    assert [d.deadline for d in r.directives] == [None, "2024-H1"]
