"""underthesea's NER as a baseline: tokens placed back into the text, B-/I- tags read as spans."""

from pathlib import Path

import pytest

from pipeline.evaluate import baseline
from pipeline.evaluate.baseline import CachedTagger, TaggedSpan, align, decode_bio, tag_text
from pipeline.read.normalize import normalize_text

DANTRI = Path(__file__).resolve().parents[3] / "shared" / "external" / "dantri-unc"


def test_tokens_rewritten_by_underthesea_are_found_in_the_text():
    text = "Ông  Lò Văn Phương, Tỉnh uỷ viên,\tdự lễ ở Hoà Bình."
    tokens = ["Ông", "Lò Văn Phương", ",", "Tỉnh", "ủy viên", ",", "dự", "lễ", "ở", "Hòa Bình", "."]
    spans = align(tokens, text, offset=100)
    assert [text[s - 100:e - 100] for s, e in spans] == [
        "Ông", "Lò Văn Phương", ",", "Tỉnh", "uỷ viên", ",", "dự", "lễ", "ở", "Hoà Bình", "."]


def test_a_token_that_cannot_be_found_does_not_move_the_cursor():
    assert align(["Hà", "XYZ", "Nội"], "Hà Nội") == [(0, 2), None, (3, 6)]
    # 'Nam' is in the text, but only past the word 'Nội': that is not where this token is
    assert align(["Hà", "Nam", "Nội"], "Hà Nội Nam") == [(0, 2), None, (3, 6)]


def test_syllables_split_by_the_tokenizer_where_the_text_has_no_space():
    text = "48.676hội viên"
    assert [text[s:e] for s, e in align(["48.676", "hội viên"], text)] == ["48.676", "hội viên"]
    assert [text[s:e] for s, e in align(["48.676 hội viên"], text)] == ["48.676hội viên"]


def test_bio_tags_become_spans():
    text = "Vừ A Bằng thăm Sơn La và Điện Biên hôm qua"
    tokens = ["Vừ A Bằng", "thăm", "Sơn La", "và", "Điện Biên", "hôm", "qua"]
    tags = ["B-PER", "O", "B-LOC", "O", "I-LOC", "B-MISC", "I-MISC"]
    got = decode_bio(tags, align(tokens, text), text)
    # an I- tag after O opens a span (lenient reading); MISC is not a baseline label
    assert got == [TaggedSpan(0, 9, "PER", "Vừ A Bằng"), TaggedSpan(15, 21, "LOC", "Sơn La"), TaggedSpan(25, 34, "LOC", "Điện Biên")]


def test_a_label_change_inside_a_run_starts_a_new_span():
    text = "UBND tỉnh Lai Châu"
    got = decode_bio(["B-ORG", "I-ORG", "I-LOC", "I-LOC"], align(["UBND", "tỉnh", "Lai", "Châu"], text), text)
    assert [(s.label, s.text) for s in got] == [("ORG", "UBND tỉnh"), ("LOC", "Lai Châu")]


def test_underthesea_tags_a_real_sentence_with_offsets_into_the_text():
    text = "Tiêu đề\n\nSáng nay, ông  Nguyễn Văn An đến thăm Hà Nội."
    spans = tag_text(text)
    assert spans, "underthesea found nothing"
    for s in spans:
        assert text[s.start:s.end] == s.text and s.label in ("PER", "ORG", "LOC")
    assert TaggedSpan(text.index("Nguyễn"), text.index(" đến"), "PER", "Nguyễn Văn An") in spans


@pytest.mark.skipif(not DANTRI.is_dir(), reason="../shared/external/dantri-unc is not here")
def test_every_token_finds_its_place_in_real_articles(monkeypatch):
    """Real pages hold quotes, ellipses and odd spacing that underthesea rewrites; each token
    must still be placed, or its tag would be lost."""
    from underthesea import ner, sent_tokenize

    files = sorted(DANTRI.glob("news_*.txt"))[::300]  # one from each section
    lost = []
    for path in files:
        text = normalize_text(path.read_text(encoding="utf-8"))  # as the pipeline reads it
        lines = [line for line in text.splitlines() if line.strip() and not line.startswith("# ")]
        for line in lines[:8]:
            tokens = [row[0] for sentence in sent_tokenize(line) for row in ner(sentence)]
            lost += [(path.name, tok) for tok, span in zip(tokens, align(tokens, line)) if span is None]
    assert not lost


def test_the_cache_answers_the_second_time(tmp_path, monkeypatch):
    calls = []

    def fake_tag(text):
        calls.append(text)
        return [TaggedSpan(0, 2, "LOC", text[:2])]

    monkeypatch.setattr(baseline, "tag_text", fake_tag)
    tagger = CachedTagger(tmp_path)
    first = tagger("Hà Nội")
    second = CachedTagger(tmp_path)("Hà Nội")
    assert first == second == [TaggedSpan(0, 2, "LOC", "Hà")]
    assert calls == ["Hà Nội"]
    assert (tagger.misses, tagger.hits) == (1, 0)
    # another text, another entry; a damaged entry is recomputed
    for entry in tagger.directory.glob("*.json"):
        entry.write_text("{not json", encoding="utf-8")
    assert CachedTagger(tmp_path)("Hà Nội") == first
    assert len(calls) == 2
