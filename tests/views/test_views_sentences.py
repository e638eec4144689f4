import pytest

from pipeline.index.samples import DANTRI, dantri_files
from pipeline.views.sentences import merge_across, sentence_bounds, sentence_index


def test_seed_sentences(seed_text):
    bounds = sentence_bounds(seed_text)
    sentences = [seed_text[s:e] for s, e in bounds]
    assert sentences[0] == "Ngày làm việc thứ 2, phiên họp thường UBND tỉnh kỳ tháng 8/2021"
    assert "Thống nhất thời gian thực hiện từ 1/1/2022." in sentences
    assert "Giao Công an tỉnh hoàn thiện nội dung tờ trình đề án gửi về UBND tỉnh trước ngày 2/9 để trình HĐND tỉnh." in sentences


@pytest.mark.skipif(not DANTRI.is_dir(), reason="needs ../shared/external/dantri-unc")
def test_sentences_tile_every_line_of_real_articles():
    """On real articles: in order, never across a line, and together they hold every
    non-space character of the text."""
    total = 0
    for path in dantri_files(limit=60):
        text = path.read_text(encoding="utf-8")
        bounds = sentence_bounds(text)
        assert all(s < e for s, e in bounds)
        assert all(a[1] <= b[0] for a, b in zip(bounds, bounds[1:]))
        covered = "".join(text[s:e] for s, e in bounds)
        assert "".join(covered.split()) == "".join(text.split()), path.name
        assert all("\n" not in text[s:e] and text[s:e] == text[s:e].strip() for s, e in bounds)
        total += len(bounds)
    assert total > 60 * 5  # articles have many sentences, not one per line only


def test_merge_across_and_index():
    bounds = [(0, 10), (11, 20), (21, 30)]
    assert merge_across(bounds, [(5, 15)]) == [(0, 20), (21, 30)]
    assert merge_across(bounds, [(2, 4), (22, 29)]) == bounds
    assert merge_across(bounds, [(9, 25)]) == [(0, 30)]
    assert [sentence_index(bounds, o) for o in (0, 9, 10, 11, 29, 30, 99)] == [0, 0, 1, 1, 2, 2, 2]
    assert sentence_index([], 3) is None
