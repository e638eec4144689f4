import pytest

from pipeline.textfold import fold
from pipeline.index.search import Filters, QueryError, date_bounds, search, to_fts
from pipeline.index.store import open_index


@pytest.fixture
def con(hand_index):
    con = open_index(hand_index)
    yield con
    con.close()


def ids(result) -> set[str]:
    return {h.id for h in result.hits}


@pytest.mark.parametrize("query", ["le thanh do", "Lê Thành Đô", "LE THANH ĐO", "lê THÀNH đô"])
def test_a_name_is_found_however_it_is_typed(con, query):
    assert ids(search(con, query)) == {"r1", "r2"}
    assert ids(search(con, None, Filters(official=query))) == {"r1", "r2"}


def test_old_and_new_tone_placement_match(con):
    # r4 writes 'Tỉnh uỷ'; the query writes 'ủy'
    assert "r4" in ids(search(con, "tỉnh ủy"))


def test_words_written_together_are_a_phrase(con):
    # r3 has 'chuyển', 'đổi' and 'số' scattered, never the phrase
    assert ids(search(con, "chuyển đổi số")) == {"r1", "r2", "r4"}
    assert "r3" in ids(search(con, "chuyển, đổi, số"))


def test_query_operators(con):
    assert ids(search(con, "chuyển đổi số, Mường Chà")) == {"r2"}
    assert ids(search(con, "Mường Chà OR giao ban")) == {"r2", "r4"}
    assert ids(search(con, "chuyển đổi số -Mường Chà")) == {"r1", "r4"}
    assert ids(search(con, "chuyển đổi số NOT \"giao ban\"")) == {"r1", "r2"}
    assert ids(search(con, "Mườ*")) == {"r2"}


def test_official_filter_matches_whole_words_in_order(con):
    assert ids(search(con, None, Filters(official="Đô"))) == {"r1", "r2", "r3"}
    assert ids(search(con, None, Filters(official="thanh do"))) == {"r1", "r2"}
    assert ids(search(con, None, Filters(official="le van do"))) == {"r3"}
    assert ids(search(con, None, Filters(official="do thanh"))) == set()
    assert ids(search(con, None, Filters(official="Đ"))) == set()  # not a prefix match


def test_agency_filter_reads_short_and_full_names(con):
    assert ids(search(con, None, Filters(agency="ubnd tinh"))) == {"r1"}
    assert ids(search(con, None, Filters(agency="Ủy ban nhân dân tỉnh Điện Biên"))) == {"r1", "r2"}
    assert ids(search(con, None, Filters(agency="tỉnh ủy"))) == {"r4"}


def test_date_filters_are_inclusive_and_cover_whole_periods(con):
    assert ids(search(con, None, Filters(date_from="2021-08", date_to="2021-08"))) == {"r1", "r4"}
    assert ids(search(con, None, Filters(date_from="2021-08-27", date_to="2021-09-10"))) == {"r1", "r2"}
    assert ids(search(con, None, Filters(date_from="2022"))) == {"r3"}
    assert ids(search(con, None, Filters(date_to="2021"))) == {"r1", "r2", "r4"}


def test_kind_filter(con):
    assert ids(search(con, None, Filters(kind="phiên họp thường kỳ"))) == {"r1"}
    assert ids(search(con, None, Filters(kind="PHIEN HOP"))) == {"r1"}
    assert ids(search(con, None, Filters(kind="hội nghị"))) == {"r2"}


def test_filters_combine(con):
    f = Filters(official="le thanh do", date_from="2021-09", kind="hội nghị")
    assert ids(search(con, "chuyển đổi số", f)) == {"r2"}
    assert ids(search(con, "chuyển đổi số", Filters(official="le thanh do", date_to="2021-08"))) == {"r1"}


def test_facets_count_the_whole_matching_set(con):
    result = search(con, "chuyển đổi số", limit=1)
    assert result.total == 3 and len(result.hits) == 1
    facets = {name: {f.value: f.count for f in values} for name, values in result.facets.items()}
    assert facets["officials"] == {"Lê Thành Đô": 2, "Mùa A Sơn": 1}
    assert facets["agencies"] == {
        "Ủy ban nhân dân tỉnh Điện Biên": 2, "Sở Thông tin và Truyền thông tỉnh Điện Biên": 1, "Tỉnh ủy Điện Biên": 1,
    }
    assert facets["months"] == {"2021-08": 2, "2021-09": 1}
    assert facets["kinds"] == {"phiên họp thường kỳ": 1, "hội nghị": 1, "giao ban": 1}
    assert [f.value for f in result.facets["officials"]] == ["Lê Thành Đô", "Mùa A Sơn"]  # most records first


def test_facet_size_limits_values(con):
    result = search(con, None, facet_size=1)
    assert [len(v) for v in result.facets.values()] == [1, 1, 1, 1]


def test_snippets_highlight_what_matched(con):
    result = search(con, "LE THANH ĐO")
    for hit in result.hits:
        assert hit.snippet.highlights
        for start, end in hit.snippet.highlights:
            assert hit.snippet.start <= start < end <= hit.snippet.end
            matched = hit.snippet.text[start - hit.snippet.start:end - hit.snippet.start]
            assert fold(matched) == "le thanh do"


def test_title_matches_rank_first_and_are_highlighted(con):
    result = search(con, "chuyển đổi số")
    assert result.hits[0].id == "r2"  # the only record with the phrase in its title
    title = "Hội nghị về chuyển đổi số ở Mường Chà"
    assert [title[s:e] for s, e in result.hits[0].title_highlights] == ["chuyển đổi số"]
    assert all(h.score is not None for h in result.hits)
    scores = [h.score for h in result.hits]
    assert scores == sorted(scores, reverse=True)


def test_without_a_query_newest_first(con):
    assert [h.id for h in search(con, None).hits] == ["r3", "r2", "r1", "r4"]


@pytest.mark.parametrize(
    "query", ['"', "(", "a:b", "NEAR(a b)", "^x", "x AND", "OR", "*", "'; DROP TABLE records; --", "c++", "a\"b"]
)
def test_no_input_is_an_fts_syntax_error(con, query):
    try:
        search(con, query)
    except QueryError as exc:
        assert "nothing to look for" in str(exc)


def test_to_fts_quotes_and_folds_everything():
    assert to_fts("Chuyển đổi số") == '"chuyen doi so"'
    assert to_fts("chuyển đổi số, Điện Biên") == '"chuyen doi so" AND "dien bien"'
    assert to_fts("a OR b, c") == '("a" OR "b") AND "c"'
    assert to_fts('x -"TP HCM"') == '("x") NOT "tp hcm"'
    assert to_fts("chuyển đổi*") == '"chuyen doi"*'
    assert to_fts('"OR"') == '"or"'


@pytest.mark.parametrize("query", ["", "   ", "!!!", "-chỉ loại trừ", "NOT x"])
def test_queries_with_nothing_to_find_are_refused(query):
    with pytest.raises(QueryError):
        to_fts(query)


@pytest.mark.parametrize("bad", ["2021-13", "2021-02-30", "27/8/2021", "tháng 8", "21"])
def test_bad_dates_are_refused(bad):
    with pytest.raises(QueryError, match="not a date"):
        date_bounds(bad, upper=False)


def test_empty_name_filter_is_refused(con):
    with pytest.raises(QueryError):
        search(con, None, Filters(official="..."))
