from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extensions import text_of
from pipeline.segment.tokenizer import VietnameseTokenizer


def test_text_is_kept_character_for_character(nlp, seed_text):
    doc = nlp.make_doc(seed_text)
    assert doc.text == seed_text
    # the no-break-space lines of the page become whitespace tokens, not words
    assert all(t.is_space for t in doc if t.text.strip("\u00a0\n ") == "")


def test_numbers_and_abbreviations_split_on_punctuation(nlp):
    doc = nlp.make_doc("Ngày 27/8/2021, Sở TT&TT chi 2.300 tỷ đồng.")
    words = [t.text for t in doc]
    assert words[:7] == ["Ngày", "27", "/", "8", "/", "2021", ","]
    assert ["TT", "&", "TT"] == words[8:11]
    assert ["2", ".", "300"] == words[12:15]


def test_apostrophe_names_and_urls_stay_whole(nlp):
    words = [t.text for t in nlp.make_doc("Người H'Mông ở xã N’Thôn, xem https://dienbientv.vn/tin-tuc.")]
    assert "H'Mông" in words and "N’Thôn" in words
    assert "https://dienbientv.vn/tin-tuc" in words


def test_norms_fold_case_and_tone_placement(nlp):
    doc = nlp.make_doc("Tỉnh uỷ Khánh Hoà")
    assert [t.norm_ for t in doc] == ["tỉnh", "ủy", "khánh", "hòa"]
    assert doc.text == "Tỉnh uỷ Khánh Hoà"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_any_text_round_trips(nlp, text):
    doc = nlp.make_doc(text)
    assert doc.text == text
    # the stages read the text the tokenizer kept, which must be what the tokens join back to
    assert text_of(doc) == doc.text
