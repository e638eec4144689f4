"""The counting and matching primitives, on numbers small enough to check by hand."""

from pipeline.evaluate.scores import Agreement, Counts, match_keys, match_overlapping, overlap


def test_precision_recall_f1_from_counts():
    c = Counts(tp=3, fp=1, fn=2)
    assert (c.gold, c.pred) == (5, 4)
    assert c.precision == 0.75
    assert c.recall == 0.6
    assert abs(c.f1 - 2 * 0.75 * 0.6 / (0.75 + 0.6)) < 1e-12


def test_undefined_figures_are_none_not_zero():
    nothing_predicted = Counts(fn=4)
    assert nothing_predicted.precision is None
    assert nothing_predicted.recall == 0.0 and nothing_predicted.f1 == 0.0
    nothing_in_gold = Counts(fp=2)
    assert nothing_in_gold.recall is None and nothing_in_gold.f1 == 0.0
    assert Counts().f1 is None
    assert Agreement().rate is None


def test_adding_counts_is_micro_averaging():
    a, b = Counts(tp=1, fn=0), Counts(tp=0, fn=9)
    a.add(b)
    # macro would average F1 1.0 and 0.0 to 0.5; micro pools the ten gold items
    assert (a.tp, a.fn) == (1, 9)
    assert abs(a.f1 - 2 / 11) < 1e-12


def test_key_matching_is_a_multiset_match():
    m = match_keys(["a", "a", "b"], ["a", "c", "a", "a"])
    assert m.pairs == [(0, 0), (1, 2)]
    assert m.gold_left == [2]
    assert m.pred_left == [1, 3]


def test_overlap_is_shared_characters_of_half_open_spans():
    assert overlap((0, 5), (4, 9)) == 1
    assert overlap((0, 5), (5, 9)) == 0  # touching is not overlapping
    assert overlap((2, 3), (0, 10)) == 1


def test_overlap_matching_is_one_to_one_and_prefers_the_larger_overlap():
    gold = [(0, 10), (20, 30)]
    pred = [(8, 22), (0, 9), (25, 26), (25, 27)]
    m = match_overlapping(gold, pred, span=lambda s: s)
    # (0,10) takes (0,9): 9 shared beats 2 with (8,22). (20,30) shares 2 with both (8,22) and
    # (25,27) and takes (25,27), whose start is closer; (25,26) shares only 1.
    assert m.pairs == [(0, 1), (1, 3)]
    assert m.pred_left == [0, 2]
    assert m.gold_left == []


def test_overlap_matching_respects_compatibility_and_preference():
    gold = [("x", 0, 10)]
    pred = [("y", 0, 10), ("x", 5, 6)]
    span = lambda t: (t[1], t[2])  # noqa: E731
    m = match_overlapping(gold, pred, span=span, compatible=lambda g, p: g[0] == p[0])
    assert m.pairs == [(0, 1)]
    m = match_overlapping(gold, pred, span=span, preference=lambda g, p: (g[0] == p[0],))
    assert m.pairs == [(0, 1)] and m.pred_left == [0]
