"""Vietnamese words: two-syllable words from the word list underthesea ships (Viet74K), and
underthesea's part-of-speech reading of a short phrase.

A unit's proper name capitalizes only the first syllable of each word: 'Ngân hàng Thế giới',
'Trung tâm Khí tượng Thủy văn'. A pattern cannot tell 'Thế giới' (one word) from 'Mai cho
biết' (a name, then the sentence); the word list can.
"""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path

from pipeline.segment.orthography import fold


@functools.lru_cache(maxsize=1)
def two_syllable_words() -> frozenset[str]:
    """Folded two-syllable words ('thế giới', 'khí tượng', 'thủy văn')."""
    # located without importing underthesea, which takes longer than reading the list
    spec = importlib.util.find_spec("underthesea")
    path = Path(next(iter(spec.submodule_search_locations))) / "corpus" / "data" / "Viet74K.txt"
    text = path.read_text(encoding="utf-8")
    return frozenset(line.lower() for line in text.splitlines() if line.count(" ") == 1)


def is_word(first: str, second: str) -> bool:
    # the list spells both tone placements ('thủy văn', 'thuỷ văn'); lower case is enough
    pair = f"{first} {second}".lower()
    return pair in two_syllable_words() or fold(pair) in two_syllable_words()


@functools.lru_cache(maxsize=4096)
def is_nominal(phrase: str) -> bool:
    """Whether underthesea's POS tagger reads every word of a short lower-case phrase as a noun
    or an adjective ('án dân sự', 'thể dục thể thao'), not as a verb ('cam kết hỗ trợ'). Only
    the rare unit name that ends in lower-case words before its level asks; the tagger is loaded
    then, not at start-up."""
    from underthesea import pos_tag

    return all(tag in ("N", "Nc", "A", "Np") for _, tag in pos_tag(phrase + " tỉnh")[:-1])
