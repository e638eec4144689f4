import pytest

from pipeline.api import extract


def test_origin_article_has_one_official_with_both_titles(seed_record):
    assert [o.name for o in seed_record.officials] == ["Lê Thành Đô"]
    official = seed_record.officials[0]
    assert official.titles == ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"]
    assert [(d.position, d.agency) for d in official.title_details] == [
        ("Phó Bí thư", "Tỉnh ủy Điện Biên"),
        ("Chủ tịch", "Ủy ban nhân dân tỉnh Điện Biên"),
    ]
    assert len(official.mentions) == 6
    assert all(seed_record.text[m.start:m.end] == "Lê Thành Đô" for m in official.mentions)


def test_authors_are_persons_not_officials(seed_record):
    assert {p.name: p.role for p in seed_record.persons} == {"Phạm Hải": "author", "Duy Hải": "author"}
    names = {o.name for o in seed_record.officials}
    assert "Điện Biên TV" not in names and "Phạm Hải" not in names


def record(nlp, body, **meta):
    return extract(body, nlp=nlp, title=meta.pop("title", "Tin"), **meta)


def test_short_mentions_join_the_full_name(nlp):
    r = record(nlp, "Ông Vừ A Bằng, Giám đốc Sở Tài chính báo cáo. Theo ông Bằng, nguồn thu tăng 12%.")
    assert [(o.name, len(o.mentions)) for o in r.officials] == [("Vừ A Bằng", 2)]


def test_title_before_name_and_rank(nlp):
    r = record(nlp, "Đại tá Lò Văn Tươi, Giám đốc Công an tỉnh Lai Châu chỉ đạo. Chủ tịch UBND tỉnh Giàng A Dình dự.")
    got = {o.name: o.titles for o in r.officials}
    assert got == {"Lò Văn Tươi": ["Đại tá", "Giám đốc Công an tỉnh Lai Châu"], "Giàng A Dình": ["Chủ tịch UBND tỉnh"]}


def test_a_title_before_a_dash_and_the_name(nlp):
    r = record(nlp, "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh - Nguyễn Văn Út chủ trì hội nghị. Ông Lê Văn Tám - Phó "
                    "Giám đốc Sở Y tế - cho biết, ông Trần Văn Hai cũng dự.")
    got = {o.name: o.titles for o in r.officials}
    assert got["Nguyễn Văn Út"] == ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"]
    assert got["Lê Văn Tám"] == ["Phó Giám đốc Sở Y tế"]  # the second dash closes his apposition
    assert "Trần Văn Hai" not in got


def test_chain_with_kiem_and_parenthesis(nlp):
    r = record(nlp, "Đồng chí Quàng Văn Hương, Bí thư Huyện ủy kiêm Chủ tịch HĐND huyện Tuần Giáo dự. "
                    "Bà Lò Thị Hoa (Phó Chủ tịch UBND huyện) phát biểu.")
    got = {o.name: o.titles for o in r.officials}
    assert got["Quàng Văn Hương"] == ["Bí thư Huyện ủy", "Chủ tịch HĐND huyện Tuần Giáo"]
    assert got["Lò Thị Hoa"] == ["Phó Chủ tịch UBND huyện"]


def test_unheld_titles_are_not_entities(nlp):
    r = record(nlp, "Các Phó Chủ tịch UBND tỉnh và Giám đốc các sở dự hội nghị.")
    assert r.officials == []
    assert [e.label for e in r.entities if e.label == "TITLE"] == []
    assert [e.text for e in r.entities if e.label == "ORG"] == ["UBND tỉnh"]


def test_a_citizen_is_a_person(nlp):
    r = record(nlp, "Anh Hờ A Di, người dân bản Huổi Só, cho biết năm nay lúa được mùa.")
    assert r.officials == []
    assert [p.name for p in r.persons] == ["Hờ A Di"]
    assert {(l.name, l.kind) for l in r.locations} == {("Huổi Só", "village")}


def test_a_title_naming_its_body_by_the_head_alone(nlp):
    text = ("HĐND xã Di Linh họp\n\n"
            "Sáng 12/12, HĐND xã Di Linh khai mạc kỳ họp thứ 5. Đồng chí Trần Văn Thịnh, Phó Bí thư Đảng ủy, Chủ tịch "
            "HĐND xã chủ trì. Bà Lê Thị Hương, Giám đốc Sở Y tế báo cáo. Sau đó, bà Hương, Giám đốc Sở trình bày tờ "
            "trình. Đồng chí Lò Văn Minh, Trưởng Ban Chỉ đạo, kết luận.")
    r = extract(text, nlp=nlp, outlet="Báo Lâm Đồng")
    titles = {o.name: o.titles for o in r.officials}
    assert titles["Trần Văn Thịnh"] == ["Phó Bí thư Đảng ủy", "Chủ tịch HĐND xã"]
    assert "Trưởng Ban Chỉ đạo" in titles["Lò Văn Minh"]
    (health,) = [a for a in r.agencies if a.full_name == "Sở Y tế tỉnh Lâm Đồng"]
    assert len(health.mentions) == 2


def test_a_position_ending_with_its_bodys_head_and_bodies_the_rules_now_know(nlp):
    r = extract("Bà Lê Thị Mai, Trưởng phòng Tài chính - Kế hoạch huyện Dầu Tiếng báo cáo. Ông Nguyễn Văn Hòa, Trưởng Ban "
                "ATGT tỉnh và ông Trần Văn Nam, Giám đốc Văn phòng Đăng ký đất đai tỉnh cùng dự.",
                nlp=nlp, title="Tin", outlet="Báo Bình Dương")
    titles = {o.name: o.titles for o in r.officials}
    assert titles == {"Lê Thị Mai": ["Trưởng phòng Tài chính - Kế hoạch huyện Dầu Tiếng"],
                      "Nguyễn Văn Hòa": ["Trưởng Ban ATGT tỉnh"],
                      "Trần Văn Nam": ["Giám đốc Văn phòng Đăng ký đất đai tỉnh"]}
    assert "Phòng Tài chính - Kế hoạch huyện Dầu Tiếng" in {a.full_name for a in r.agencies}


@pytest.mark.parametrize("name", ["Lưu Hoàng Khiêm", "Lương Hoàng Khiêm", "Lê Văn Hùng"])
def test_a_full_name_after_the_party_committees_title_is_the_officials_whose_second_syllable_is_a_surname_too(nlp, name):
    r = extract(f"Hôm qua, Bí thư Tỉnh ủy {name} làm việc tại huyện Như Xuân.", nlp=nlp, title="Tin", outlet="Báo Thanh Hóa")
    assert [o.name for o in r.officials] == [name]


@pytest.mark.parametrize("title", ["Ủy viên Ủy ban Xã hội của Quốc hội", "Ủy viên chuyên trách Ủy ban Văn hóa và Xã hội của Quốc hội",
                                   "Ủy viên Thường trực Hội đồng Dân tộc của Quốc hội",
                                   "Ủy viên Ủy ban Văn hoá, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng của Quốc hội"])
def test_a_deputy_listed_as_member_of_a_national_assembly_committee(nlp, title):
    r = extract(f"Ngày 7/10, Đoàn ĐBQH tỉnh tiếp xúc cử tri xã Đức Hòa. Cùng tham gia đoàn có bà Trần Thị Mỹ Duyên - {title}; "
                "ông Lâm Văn Hùng - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.", nlp=nlp, outlet="Báo Long An")
    (deputy,) = [o for o in r.officials if o.name == "Trần Thị Mỹ Duyên"]
    assert deputy.titles == [title] and deputy.title_details[0].agency.endswith("của Quốc hội")


def test_a_title_written_alone_without_the_place_is_the_named_officials(nlp):
    r = extract("Chủ tịch UBND tỉnh An Giang Lâm Hoàng Tuấn vừa ký công văn về phòng, chống dịch sốt xuất huyết.\n\n"
                "Chủ tịch UBND tỉnh yêu cầu Sở Y tế chủ trì, phối hợp với các địa phương giám sát dịch.",
                nlp=nlp, title="Tin", outlet="Báo An Giang")
    (tuan,) = r.officials
    assert tuan.titles == ["Chủ tịch UBND tỉnh An Giang", "Chủ tịch UBND tỉnh"]


def test_a_bare_position_is_not_a_named_officials_full_title_less_its_body(nlp):
    r = extract("Chủ tịch UBND TP.HCM Nguyễn Thành Phong dự buổi lễ. Chủ tịch cho biết thành phố sẽ hỗ trợ.",
                nlp=nlp, title="Tin", outlet="Dân trí")
    assert [o.titles for o in r.officials] == [["Chủ tịch UBND TP.HCM"]]


@pytest.mark.parametrize("text, name", [
    ("Đồng chí Phạm Xuân Trường đề nghị UBND tỉnh khẩn trương ban hành kế hoạch.", "Phạm Xuân Trường"),
    ("Bí thư Tỉnh ủy Nguyễn Văn Trường chủ trì hội nghị.", "Nguyễn Văn Trường"),
    ("Đồng chí Nguyễn Văn Hội, Chủ tịch UBND huyện dự hội nghị.", "Nguyễn Văn Hội"),
])
def test_a_given_name_that_is_also_a_unit_word_ends_the_name(nlp, text, name):
    r = extract(text, nlp=nlp, title="Tin", outlet="Báo Ninh Bình", published="2026-10-15")
    assert [e.text for e in r.entities if e.label == "PER"] == [name]


@pytest.mark.parametrize("text, officials", [
    # a full name with a middle name second, whatever its first word (Cơ Tu names open with none we list)
    ("Báo cáo với đoàn, Chủ tịch UBND huyện Clâu Thị Nhiên cho biết huyện đã giải ngân 62% kế hoạch vốn.",
     {"Clâu Thị Nhiên": ["Chủ tịch UBND huyện"]}),
    ("Tiếp đoàn có Bí thư Đảng ủy xã Pơloong Thị Hương, Chủ tịch UBND xã Nguyễn Văn Tư.",
     {"Pơloong Thị Hương": ["Bí thư Đảng ủy xã"], "Nguyễn Văn Tư": ["Chủ tịch UBND xã"]}),
    # Ho Chi Minh City's fused spelling closes a Party committee's name, as it closes a council's
    ("Ủy viên Trung ương Đảng, Bí thư Thành ủy TPHCM Võ Thanh Tùng chủ trì hội nghị.",
     {"Võ Thanh Tùng": ["Ủy viên Trung ương Đảng", "Bí thư Thành ủy TPHCM"]}),
    # a village's name before a comma and a title is the place, not the speaker; a name after a
    # place and a semicolon is a person's
    ("Đối với kiến nghị bổ sung vốn cho khu tái định cư thôn Pà Păng, Phó Chủ tịch UBND thành phố đồng ý về chủ trương.",
     {}),
    ("Dự có các đồng chí: Phan Minh Đạt - Trưởng Đoàn ĐBQH tỉnh; Hồ Xuân Vinh - Phó Bí thư Tỉnh ủy.",
     {"Phan Minh Đạt": ["Trưởng Đoàn ĐBQH tỉnh"], "Hồ Xuân Vinh": ["Phó Bí thư Tỉnh ủy"]}),
])
def test_names_no_surname_opens_and_places_before_a_title(nlp, text, officials):
    r = extract(text, nlp=nlp, title="Tin", outlet="Báo Quảng Nam", published="2024-06-15")
    assert {o.name: o.titles for o in r.officials} == officials


def test_a_name_opening_with_a_after_a_title_but_not_a_place(nlp):
    r = record(nlp, "Sáng 24/9, Phó Chủ tịch UBND tỉnh A Khoa làm việc với Sở Khoa học và Công nghệ. Bí thư Huyện ủy A "
                    "Lưới Hồ Văn Hạnh cùng dự.", outlet="Báo Quảng Ngãi", published="2026-09-24")
    assert {o.name: o.titles for o in r.officials} == {
        "A Khoa": ["Phó Chủ tịch UBND tỉnh"], "Hồ Văn Hạnh": ["Bí thư Huyện ủy A Lưới"]}
