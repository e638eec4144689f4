"""Diacritic-blind folding: case- and diacritic-insensitive, the Vietnamese way.

The search index keys on it, and the gazetteer uses it to know a province however it is spelled
(`Daklak`, `Đăk Lăk`); it lives outside both so neither stage reaches into the other.

`fold("Lê Thành Đô") == fold("LE THANH ĐO") == "le thanh do"`. Unicode's decomposition strips
tone and vowel marks but leaves `đ` alone (it is a letter of its own, not `d` plus a mark), and
so does SQLite's `remove_diacritics`; this fold maps it to `d` as Vietnamese readers expect.

Unlike `pipeline.segment.orthography.fold` (a token NORM that keeps the diacritics and only
settles tone placement), this fold throws the diacritics away: it is for finding, not for
reading. It maps one code point to one code point, so a folded NFC text has the same length as
the text and offsets found in the folded copy point into the original.
"""

from __future__ import annotations

import functools
import unicodedata

import regex

from pipeline.resources import REGEX_TIMEOUT_S

# Letters that decomposition does not reduce to a base letter plus marks.
_STROKES = {"đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "ɖ": "d", "Ɖ": "d"}

# Latin (with Vietnamese in Latin Extended Additional), Greek and Cyrillic: the scripts where
# case or marks occur in our sources. Other characters are left to SQLite's unicode61 tokenizer,
# which folds them the same way in the index and in queries.
_RANGES = ((0x0000, 0x0530), (0x1E00, 0x2000))

_WORD = regex.compile(r"[\p{L}\p{N}\p{M}]+", regex.V1)


def _fold_char(ch: str) -> str:
    if ch in _STROKES:
        return _STROKES[ch]
    lowered = ch.lower()
    if len(lowered) != 1:  # 'İ'.lower() is 'i' plus a dot: keep one code point for one
        lowered = unicodedata.normalize("NFD", ch)[0].lower()
    base = unicodedata.normalize("NFD", lowered)[0]
    if unicodedata.combining(base) and base != lowered:
        return lowered
    return base


@functools.lru_cache(maxsize=1)
def _table() -> list[str]:
    # A list indexed by code point (str.translate leaves a character whose lookup raises
    # IndexError untouched): about twice as fast as a dict on article-sized texts.
    table = [chr(code) for code in range(_RANGES[-1][1])]
    for low, high in _RANGES:
        for code in range(low, high):
            table[code] = _fold_char(chr(code))
    return table


def fold_aligned(text: str) -> str:
    """Fold without normalising first: exactly one output code point per input code point,
    so offsets carry over. Use it on record texts (NFC by the schema's convention)."""
    return text.translate(_table())


def fold(text: str) -> str:
    """'Lê Thành Đô' → 'le thanh do'; 'Uỷ ban' and 'Ủy ban' both → 'uy ban'. Normalises to NFC
    first, so a query typed in decomposed form folds like the index."""
    return fold_aligned(unicodedata.normalize("NFC", text))


def fold_words(text: str) -> str:
    """The folded words of `text`, one space apart, without punctuation: the key used to match
    names ('Lê  Thành Đô,' → 'le thanh do')."""
    return " ".join(_WORD.findall(fold(text), timeout=REGEX_TIMEOUT_S))


def words(text: str) -> list[str]:
    """The folded words of `text`."""
    return _WORD.findall(fold(text), timeout=REGEX_TIMEOUT_S)
