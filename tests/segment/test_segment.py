def test_sentences_never_cross_lines(seed_doc):
    for sent in seed_doc.sents:
        assert "\n" not in sent.text.strip(), sent.text


def test_sentences_split_inside_a_paragraph(seed_doc):
    starts = [s.text.strip()[:30] for s in seed_doc.sents]
    assert any(s.startswith("Giao Công an tỉnh hoàn thiện") for s in starts)
    assert any(s.startswith("Thống nhất thời gian thực hiện") for s in starts)


def test_words_group_syllables(seed_doc):
    words = {w.text for w in seed_doc.spans["words"]}
    assert "Lê Thành Đô" in words
    assert "chuyển đổi" in words
    # every token that is not whitespace belongs to exactly one word
    covered = [i for w in seed_doc.spans["words"] for i in range(w.start, w.end)]
    assert len(covered) == len(set(covered))
    assert set(covered) == {t.i for t in seed_doc if not t.is_space}
