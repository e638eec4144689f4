"""Reading Vietnamese numbers: digits in either notation, number words, Roman numerals.

Shared by the dates and figures stages (a date's '27/8' and a figure's '1.277' are read here).
The lexicon is data: ``rules/figures/numerals.yaml``.

Notation: Vietnamese writes '1.277' for one thousand two hundred seventy-seven and '0,5' for
one half. English notation ('1,234,567', '0.5') also appears, mostly in copied agency text. A
number is read the Vietnamese way unless its shape rules that out ('2.3' cannot group
thousands, '1,234,567' cannot be a decimal); when the reading was not the plain Vietnamese one,
or the text also uses English notation so that an ambiguous number could be read either way,
the reading carries a note saying what was assumed.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Optional, Sequence

import regex

from pipeline.figures.scan import alternation
from pipeline.resources import REGEX_TIMEOUT_S, load_rule_file

# A number in digits, with '.' or ',' between digit groups; the reading is decided by `read_digits`.
DIGITS = r"\d+(?:[.,]\d+)*"
# Upper-case Roman numerals only: lower-case 'vi', 'x', 'l' are ordinary words in Vietnamese text.
ROMAN = r"(?=[IVXLCDM])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}

_SEPARATOR = regex.compile(r"[.,]", regex.V1)
_VI_ONLY = regex.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d.,]\d)|\d\.\d{3},\d", regex.V1)
_EN_ONLY = regex.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3}){2,}(?![\d.,]\d)|\d,\d{3}\.\d", regex.V1)


@dataclass(frozen=True)
class Reading:
    value: float
    note: Optional[str] = None
    # the number as written was an integer (no decimal part)
    integer: bool = True


def detect_notation(text: str) -> str:
    """'en' when the text writes numbers only in English notation (1,234,567 or 1,234.5), else 'vi'."""
    en = _EN_ONLY.search(text, timeout=REGEX_TIMEOUT_S)
    if en is None:
        return "vi"
    return "mixed" if _VI_ONLY.search(text, timeout=REGEX_TIMEOUT_S) else "en"


def _number(text: str) -> float:
    value = float(text)
    return int(value) if value.is_integer() and "." not in text else value


def read_digits(written: str, notation: str = "vi") -> Optional[Reading]:
    """'1.277' → 1277, '0,5' → 0.5, '1.234,5' → 1234.5; None for shapes that are no number
    (an IP address, a version). `notation` is what `detect_notation` said about the text."""
    dots, commas = written.count("."), written.count(",")
    if not dots and not commas:
        return Reading(int(written))
    groups = _SEPARATOR.split(written)
    thousands = all(len(g) == 3 for g in groups[1:]) and len(groups[0]) <= 3
    ambiguous = (dots + commas == 1) and thousands and notation != "vi"
    if commas and not dots:
        if commas == 1:
            note = "the text also uses English notation; ',' read as a decimal comma" if ambiguous else None
            return Reading(float(written.replace(",", ".")), note, integer=False)
        if thousands:
            note = "',' read as a thousands separator (English notation)"
            return Reading(int(written.replace(",", "")), note)
        return None
    if dots and not commas:
        if dots == 1 and not thousands:
            note = "'.' read as a decimal point (English notation)"
            return Reading(float(written), note, integer=False)
        if thousands:
            note = "the text also uses English notation; '.' read as a thousands separator" if ambiguous else None
            return Reading(int(written.replace(".", "")), note)
        return None
    # both marks: the last one is the decimal mark
    last = max(written.rfind("."), written.rfind(","))
    head, tail = written[:last], written[last + 1:]
    head_groups = _SEPARATOR.split(head)
    if not all(len(g) == 3 for g in head_groups[1:]) or len(head_groups[0]) > 3:
        return None
    if written[last] == ",":
        if "," in head:
            return None
        return Reading(float(head.replace(".", "") + "." + tail), integer=False)
    if "." in head:
        return None
    note = "',' read as a thousands separator and '.' as a decimal point (English notation)"
    return Reading(float(head.replace(",", "") + "." + tail), note, integer=False)


def read_roman(written: str) -> Optional[int]:
    """'XV' → 15; None when it is not a well-formed upper-case Roman numeral."""
    if not written or regex.fullmatch(ROMAN, written) is None:
        return None
    total = 0
    for i, ch in enumerate(written):
        value = _ROMAN_VALUES[ch]
        if i + 1 < len(written) and _ROMAN_VALUES[written[i + 1]] > value:
            total -= value
        else:
            total += value
    return total


class NumberWords:
    """The number-word lexicon and the grammar that reads a run of number words."""

    def __init__(self, data: dict):
        self.digits: dict[str, int] = data["digit_words"]
        self.ten = set(data["ten_words"])
        self.tens = set(data["tens_words"])
        self.zero = set(data["zero_words"])
        self.half = set(data["half_words"])
        self.dozen = set(data["dozen_words"])
        self.magnitudes: dict[str, int] = data["magnitude_words"]
        self.start = list(data["start_words"])
        self.multipliers: dict[str, int] = data["multipliers"]

    # -- patterns ------------------------------------------------------------------------
    @property
    def vocabulary(self) -> list[str]:
        words = {*self.digits, *self.ten, *self.tens, *self.zero, *self.half, *self.dozen, *self.magnitudes}
        return sorted(words, key=len, reverse=True)

    def pattern(self) -> str:
        """A run of number words that opens with a word that can start a number."""
        start = alternation(self.start)
        word = alternation(self.vocabulary)
        return rf"(?:{start})(?:[^\S\n]+(?:{word}))*(?![\p{{L}}\p{{M}}])"

    def multiplier_pattern(self) -> str:
        return alternation(self.multipliers)

    # -- reading -------------------------------------------------------------------------
    def read(self, words: Sequence[str]) -> Optional[float]:
        """['hai', 'mươi', 'mốt'] → 21; None when the words do not form a number."""
        words = [w.lower() for w in words if w]
        if not words:
            return None
        return self._read(words)

    def multiplier(self, word: str) -> int:
        return self.multipliers[regex.sub(r"\s+", " ", word.lower())]

    def _read(self, words: list[str]) -> Optional[float]:
        big = [(self.magnitudes[w], i) for i, w in enumerate(words) if w in self.magnitudes and self.magnitudes[w] >= 1000]
        if big:
            scale = max(m for m, _ in big)
            i = max(i for m, i in big if m == scale)  # 'một tỷ tỷ': the last one multiplies all before
            left = words[:i]
            right = words[i + 1:]
            head = self._read(left) if left else 1
            if head is None:
                return None
            # shorthand after a magnitude: 'ba nghìn rưỡi' = 3500, 'một nghìn hai' = 1200
            if len(right) == 1 and (right[0] in self.half or right[0] in self.digits):
                if right[0] in self.half:
                    return head * scale + scale // 2
                return head * scale + self.digits[right[0]] * scale // 10
            tail = self._read(right) if right else 0
            if tail is None or tail >= scale:
                return None
            return head * scale + tail
        return self._below_thousand(words)

    def _below_thousand(self, words: list[str]) -> Optional[int]:
        if "trăm" in words:
            i = words.index("trăm")
            left, right = words[:i], words[i + 1:]
            if len(left) > 1 or (left and left[0] not in self.digits):
                return None
            hundreds = self.digits[left[0]] if left else 1
            if not right:
                return hundreds * 100
            if len(right) == 1 and right[0] in self.half:
                return hundreds * 100 + 50
            if len(right) == 1 and right[0] in self.digits:  # 'một trăm hai' = 120
                return hundreds * 100 + self.digits[right[0]] * 10
            if right[0] in self.zero:
                if len(right) == 2 and right[1] in self.digits:
                    return hundreds * 100 + self.digits[right[1]]
                return None
            tail = self._tens(right)
            return None if tail is None else hundreds * 100 + tail
        return self._tens(words)

    def _tens(self, words: list[str]) -> Optional[int]:
        if not words:
            return 0
        if words[0] in self.zero and len(words) == 2 and words[1] in self.digits:
            return self.digits[words[1]]
        if words[0] in self.ten:
            if len(words) == 1:
                return 10
            if len(words) == 2 and words[1] in self.digits and words[1] not in ("mốt", "không"):
                return 10 + self.digits[words[1]]
            return None
        if words[0] not in self.digits:
            return None
        first = self.digits[words[0]]
        rest = words[1:]
        if not rest:
            return first
        if rest[0] in self.tens or rest[0] in self.dozen:
            if first < 2 and rest[0] in self.tens:
                return None
            if len(rest) == 1:
                return first * 10
            if len(rest) == 2 and rest[1] in self.digits and rest[0] in self.tens:
                return first * 10 + self.digits[rest[1]]
            return None
        # colloquial pairs: 'hai mốt' = 21, 'chín lăm' = 95
        if len(rest) == 1 and rest[0] in self.digits and first >= 2:
            return first * 10 + self.digits[rest[0]]
        return None


@functools.lru_cache(maxsize=1)
def number_words() -> NumberWords:
    return NumberWords(load_rule_file("figures/numerals"))
