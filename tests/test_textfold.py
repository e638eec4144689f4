import unicodedata

import pytest
import regex

from pipeline.textfold import fold, fold_aligned, fold_words, words
from pipeline.index.samples import DANTRI, dantri_files


@pytest.mark.parametrize(
    "variants",
    [
        ("le thanh do", "Lê Thành Đô", "LE THANH ĐO", "LÊ THÀNH ĐÔ", "lê thành đô"),
        ("Phạm Hải", "PHAM HAI", "pham hai"),
        ("Mùa A Sơn", "MUA A SON"),
        ("Đỗ Mười", "do muoi", "ĐỖ MƯỜI"),
        ("Nguyễn Thị Kim Ngân", "NGUYEN THI KIM NGAN"),
        ("Tỉnh uỷ Điện Biên", "Tỉnh ủy Điện Biên", "tinh uy dien bien"),
        ("Hoà Bình", "Hòa Bình", "HOA BINH"),
    ],
)
def test_spellings_of_one_name_fold_alike(variants):
    assert len({fold_words(v) for v in variants}) == 1


def test_stroke_d_folds_to_d_where_unicode_does_not():
    # decomposition leaves đ alone (it is a letter, not d plus a mark), which is why we fold it
    assert unicodedata.normalize("NFD", "đ") == "đ"
    assert fold("Đô đốc đi đâu") == "do doc di dau"


def test_decomposed_input_folds_like_composed():
    composed = "Lê Thành Đô chuyển đổi số"
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    assert fold(decomposed) == fold(composed)


def test_words_drop_punctuation_and_space_runs():
    assert fold_words("  Lê   Thành-Đô, (UBND)  ") == "le thanh do ubnd"
    assert words("KT-XH, 8/2021") == ["kt", "xh", "8", "2021"]


@pytest.mark.skipif(not DANTRI.is_dir(), reason="needs ../shared/external/dantri-unc")
def test_real_text_folds_to_plain_latin_and_keeps_length():
    """On 200 real articles: one code point out for one in (so offsets carry over), and no
    Vietnamese letter keeps a mark or its case."""
    vietnamese_letter = regex.compile(r"[^\P{Latin}a-z]", regex.V1)
    folded_chars = 0
    for path in dantri_files(limit=200):
        text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
        folded = fold_aligned(text)
        assert len(folded) == len(text), path.name
        leftovers = set(vietnamese_letter.findall(folded))
        assert not leftovers, f"{path.name}: {sorted(leftovers)}"
        folded_chars += sum(a != b for a, b in zip(text, folded))
    assert folded_chars > 10_000  # the articles are Vietnamese: the fold did real work
