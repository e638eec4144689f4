def test_sentences_never_cross_lines(seed_doc):
    for sent in seed_doc.sents:
        assert "\n" not in sent.text.strip(), sent.text


def test_sentences_split_inside_a_paragraph(seed_doc):
    starts = [s.text.strip()[:30] for s in seed_doc.sents]
    assert any(s.startswith("Giao Công an tỉnh hoàn thiện") for s in starts)
    assert any(s.startswith("Thống nhất thời gian thực hiện") for s in starts)


def test_words_group_syllables(seed_text):
    # word segmentation is off in the default config (see its comment); switched on here
    from pipeline.api import analyse, load
    from pipeline.read import Article

    nlp = load(overrides={"components.vnie_segment.words": True}, disable=["vnie_entity_rules"])
    doc = analyse(nlp, Article.from_raw(seed_text, title_in_text=True))
    words = {w.text for w in doc.spans["words"]}
    assert "Lê Thành Đô" in words
    assert "chuyển đổi" in words
    # every token that is not whitespace belongs to exactly one word
    covered = [i for w in doc.spans["words"] for i in range(w.start, w.end)]
    assert len(covered) == len(set(covered))
    assert set(covered) == {t.i for t in doc if not t.is_space}


def test_no_sentence_starts_after_a_dot_with_no_space(nlp):
    from pipeline.api import analyse
    from pipeline.read import Article
    doc = analyse(nlp, Article.from_raw("Yêu cầu UBND TP.Vũng Tàu, TX.Phú Mỹ hoàn thành. Giao Sở Tài chính báo cáo.", title="T"))
    assert [s.text.strip() for s in doc.sents] == ["Yêu cầu UBND TP.Vũng Tàu, TX.Phú Mỹ hoàn thành.", "Giao Sở Tài chính báo cáo."]


def test_a_list_lines_number_opens_no_sentence_of_its_own(nlp):
    from pipeline.api import analyse
    from pipeline.read import Article
    doc = analyse(nlp, Article.from_raw("Kỳ họp thông qua 2 nghị quyết:\n2. Nghị quyết phê duyệt chủ trương đầu tư dự án A.\n"
                                        "b) Nghị quyết về giá đất. Nghị quyết có hiệu lực từ ngày 1/1/2026.", title="T"))
    assert [s.text.strip() for s in doc.sents] == [
        "Kỳ họp thông qua 2 nghị quyết:", "2. Nghị quyết phê duyệt chủ trương đầu tư dự án A.", "b) Nghị quyết về giá đất.",
        "Nghị quyết có hiệu lực từ ngày 1/1/2026."]
