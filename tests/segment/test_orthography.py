import pytest

from pipeline.resources import load_rule_file
from pipeline.segment.orthography import fold

DATA = load_rule_file("segment/orthography")


@pytest.mark.parametrize("a,b", DATA["same_norm"])
def test_variants_fold_to_one_norm(a, b):
    assert fold(a) == fold(b)


@pytest.mark.parametrize("a,b", DATA["different_norm"])
def test_distinct_spellings_stay_distinct(a, b):
    assert fold(a) != fold(b)
