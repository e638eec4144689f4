"""The figure tagger: numbers with their unit and kind, and document numbers.

One implementation for the spaCy component (``vnie_figures``) and the library function
``tag_figures(text)``. Dates are found first (by the dates stage, or by the date tagger when
called alone) because a number inside a date is never a figure.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable, Optional

import regex

from pipeline.figures.numerals import Reading, detect_notation, number_words, read_digits
from pipeline.figures.scan import FirstWordIndex, alternation, lower_same_length, trie_pattern
from pipeline.resources import REGEX_TIMEOUT_S, compile_pattern, load_rule_file
from pipeline.schema import DocumentRef, Figure

FIGURE_FILE = "figures/figures"
UNIT_FILE = "figures/units"
DOCUMENT_FILE = "figures/documents"
# figure patterns run on the lower-cased text; cue patterns on the original, either case
RULE_FLAGS = 0
FLAGS = regex.IGNORECASE
# cue patterns anchored at the end of the text before a number are searched backwards
BEFORE_FLAGS = FLAGS | regex.REVERSE
# a word of a counted noun; '/' and '-' join parts of one ('mẫu/ngày', 'vắc-xin')
_WORD = regex.compile(r"[^\S\n]*(?:(?P<word>[\p{L}\p{M}]+(?:[/-][\p{L}\p{M}]+)*)|(?P<comma>,)|(?P<other>\S))", regex.V1)
_LEFT_WINDOW = 40


@dataclass
class FigureMention:
    start: int
    end: int
    text: str
    label: str  # NUM, MONEY, PERCENT
    value: float
    kind: str
    rule_id: str
    value_max: Optional[float] = None
    total: Optional[float] = None
    unit: Optional[str] = None
    qualifier: Optional[str] = None
    note: Optional[str] = None

    def to_figure(self) -> Figure:
        return Figure(
            start=self.start, end=self.end, text=self.text, value=self.value, value_max=self.value_max,
            total=self.total, unit=self.unit, kind=self.kind, qualifier=self.qualifier, note=self.note,
        )


@dataclass
class DocumentMention:
    start: int
    end: int
    text: str
    number: str
    doc_type: Optional[str]
    rule_id: str

    def to_ref(self) -> DocumentRef:
        return DocumentRef(start=self.start, end=self.end, text=self.text, number=self.number, doc_type=self.doc_type)


def _key(text: str) -> str:
    return " ".join(text.split())


@dataclass
class _Rule:
    id: str
    read: str
    pattern: regex.Pattern


class FigureTagger:
    def __init__(self):
        units = load_rule_file(UNIT_FILE)
        self.words = number_words()
        self.currencies = {_key(k): v for k, v in units["currencies"].items()}
        self.currencies_folded = {k.lower(): v for k, v in self.currencies.items()}
        self.measures = {_key(k): v for k, v in units["measures"].items()}
        self.measures_folded = {k.lower(): v for k, v in self.measures.items()}
        self.qualifiers = units["qualifiers"]
        self.quantities = units["quantities"]
        self.vote_nouns = set(units["vote_nouns"])
        self.population_nouns = set(units["population_nouns"])
        self.stops = {w for w in units["counted_noun_stops"] if " " not in w}
        # ('nội dung quan trọng': a stop of two words, whose first alone is no stop: 'quan tâm'; with
        # none listed, none matches)
        phrases = [w for w in units["counted_noun_stops"] if " " in w]
        self.phrase_stops = regex.compile(r"(?:" + (alternation(phrases) if phrases else r"(?!)") + r")(?![\p{L}\p{M}])", FLAGS | regex.V1)
        self.max_noun_words = units["counted_noun_words"]
        self.counted_acronyms = set(units["counted_acronyms"])
        self.max_item_words = units["counted_list_item_words"]
        bound = r"(?<![\p{L}\p{M}])"
        self.qualifier_before = regex.compile(bound + r"(?P<q>" + alternation(self.qualifiers) + r")[^\S\n]*$", BEFORE_FLAGS | regex.V1)
        self.quantity_before = regex.compile(
            bound + r"(?P<q>" + alternation(self.quantities) + r")(?:[^\S\n]+[\p{L}\p{M}]+){0,3}[^\S\n]*$",
            BEFORE_FLAGS | regex.V1)
        self.coefficient_after = regex.compile(units["coefficient_after"], FLAGS | regex.V1)
        self.vote_before = regex.compile(bound + units["vote_before"], FLAGS | regex.V1)
        unit_defs = {"s": r"[^\S\n]+"}
        tail = r"[^\S\n]*[-:.]?[^\S\n]*$"
        self.not_a_figure = compile_pattern(bound + units["not_a_figure_before"] + tail, unit_defs, BEFORE_FLAGS)
        self.label_before = compile_pattern(bound + units["label_before"] + tail, unit_defs, BEFORE_FLAGS)
        self.place_nouns = set(units["place_nouns"])
        self.list_mark_after = compile_pattern(units["list_mark_after"], unit_defs, FLAGS)
        self.model_before = compile_pattern(units["model_before"], unit_defs, regex.REVERSE)
        self.score_before = compile_pattern(bound + units["score_before"] + r"[^\S\n]*$", unit_defs, BEFORE_FLAGS)
        self.magnitude_compound_after = compile_pattern(units["magnitude_compound_after"], unit_defs, FLAGS)
        self.vague = compile_pattern(bound + units["vague_before"] + r"[^\S\n]*$", unit_defs, BEFORE_FLAGS)

        fig = load_rule_file(FIGURE_FILE)
        prefix_currencies = {c.lower() for c in units["prefix_currencies"]}
        defs = {
            **(fig.get("defs") or {}),
            "currency": alternation({c.lower() for c in self.currencies}),
            "prefix_currency": alternation(prefix_currencies),
            "measure": alternation({m.lower() for m in self.measures}),
            "per_noun": alternation({n.lower() for n in units["per_nouns"]}),
            "num_word": self.words.pattern(),
        }
        self.rules = [_Rule(r["id"], r["read"], compile_pattern(r["pattern"], defs, RULE_FLAGS)) for r in fig["rules"]]
        # the scan stops at a digit, a currency written first, or a number word
        signs = "".join(regex.escape(c) for c in prefix_currencies if not c[0].isalpha())
        words = trie_pattern({*(c for c in prefix_currencies if c[0].isalpha()), *self.words.start})
        self.finder = regex.compile(
            rf"(?<![\d.,])\d|(?<![\p{{L}}\p{{N}}])[-−](?=\d)|[{signs}]|\b(?:{words})(?![\p{{L}}\p{{M}}])", regex.V1)
        self.rules_for = FirstWordIndex(self.rules, lambda r: r.pattern)

        docs = load_rule_file(DOCUMENT_FILE)
        self.doc_types = docs["doc_types"]
        self.code_types = docs["code_types"]
        doc_defs = {**(docs.get("defs") or {}), "doc_type": alternation(self.doc_types)}
        rule = docs["rules"][0]
        self.document_rule = _Rule(rule["id"], "document", compile_pattern(rule["pattern"], doc_defs, 0))
        self.document_type_before = compile_pattern(docs["type_before"], doc_defs, BEFORE_FLAGS)

    # -- the public entry -------------------------------------------------------------------
    def tag(self, text: str, regions: Optional[Iterable[tuple[int, int]]] = None,
            taken: Iterable[tuple[int, int]] = ()) -> tuple[list[FigureMention], list[DocumentMention]]:
        """Figures and document numbers in the `regions` of `text` (all of it by default),
        leaving out the `taken` stretches (the dates)."""
        regions = list(regions) if regions is not None else [(0, len(text))]
        notation = detect_notation(text)
        lowered = lower_same_length(text)
        documents: list[DocumentMention] = []
        figures: list[FigureMention] = []
        for start, end in regions:
            documents.extend(self._documents(text, start, end))
        blocked = _merged([*taken, *((d.start, d.end) for d in documents)])
        for start, end in regions:
            figures.extend(self._figures(text, lowered, start, end, blocked, notation))
        return figures, documents

    # -- documents ----------------------------------------------------------------------------
    def _documents(self, text: str, start: int, end: int) -> list[DocumentMention]:
        out = []
        for m in self.document_rule.pattern.finditer(text, start, end, timeout=REGEX_TIMEOUT_S):
            number = m.group("number")
            begin = m.start()
            written = self.document_type_before.search(text, max(start, begin - _LEFT_WINDOW), begin, timeout=REGEX_TIMEOUT_S)
            if written:
                begin = written.start()
                doc_type = self.doc_types[_key(written.group("doc_type")).lower()]
            else:
                doc_type = self._type_from_code(number)
            out.append(DocumentMention(begin, m.end(), text[begin:m.end()], number, doc_type, self.document_rule.id))
        return out

    def _type_from_code(self, number: str) -> Optional[str]:
        for part in regex.split(r"[/–-]", number)[1:]:
            if part in self.code_types:
                return self.code_types[part]
        return None

    # -- figures ------------------------------------------------------------------------------
    def _figures(self, text: str, lowered: str, start: int, end: int, blocked: list[tuple[int, int]],
                 notation: str) -> list[FigureMention]:
        """Scan the lower-cased text (patterns are written in lower case); read the original."""
        out: list[FigureMention] = []
        pos = start
        while pos < end:
            found = self.finder.search(lowered, pos, end, timeout=REGEX_TIMEOUT_S)
            if found is None:
                break
            at = found.start()
            mention = None
            candidates = []
            for rule in self.rules_for(found.group()):
                m = rule.pattern.match(lowered, at, end, timeout=REGEX_TIMEOUT_S)
                if m is not None and m.end() > at:
                    candidates.append((rule, m))
            candidates.sort(key=lambda rm: -(rm[1].end() - at))
            for rule, m in candidates:
                if _overlaps(blocked, m.start(), m.end()):
                    continue
                mention = self._read(text, rule, m, notation)
                if mention is not None:
                    break
            if mention is None:
                skip = _overlap_end(blocked, at)
                pos = max(at + 1, skip)
                continue
            out.append(mention)
            pos = mention.end
        return out

    def _read(self, text: str, rule: _Rule, m: regex.Match, notation: str) -> Optional[FigureMention]:
        g = {k: text[m.start(k):m.end(k)] for k, v in m.groupdict().items() if v is not None}
        start, end = m.start(), m.end()
        line_start = text.rfind("\n", 0, start) + 1
        left = text[max(line_start, start - _LEFT_WINDOW):start]
        if rule.read != "money" and self._is_label(text, end, left):
            return None
        if not text[line_start:start].strip() and self.list_mark_after.match(text, end):
            return None  # ('1. Sở Tài chính chủ trì …': a list item's mark)
        notes = []
        value = self._value(g.get("num"), g.get("num_w"), g.get("mult"), notation, notes)
        if value is None:
            return None
        value_max = None
        if g.get("num2"):
            value_max = self._value(g["num2"], None, g.get("mult"), notation, notes)
            if value_max is None or value_max <= value:
                return None
        if g.get("num") and self._looks_like_code(g["num"], g, rule):
            return None
        if self.model_before.search(left, timeout=REGEX_TIMEOUT_S):
            return None  # 'ATR 72', 'iOS 14.5': a model or version
        if value_max is not None and self.score_before.search(left, timeout=REGEX_TIMEOUT_S):
            return None
        last_word = (g.get("mult") or g.get("num_w") or "").lower().split()[-1:]
        if last_word and last_word[0] in ("tỷ", "tỉ") and self.magnitude_compound_after.match(text[end:end + 20]):
            return None
        qualifier = None
        q = self.qualifier_before.search(left, timeout=REGEX_TIMEOUT_S)
        if q:
            qualifier = self.qualifiers[_key(q.group("q")).lower()]
        read = rule.read
        unit = kind = None
        total = None
        label = "NUM"
        if g.get("sign") and read == "measure":
            value, value_max = -value, (-value_max if value_max is not None else None)
            if value_max is not None:  # '-5 - -2' is not written; a range keeps its order
                value, value_max = min(value, value_max), max(value, value_max)
        if read == "money":
            label, kind = "MONEY", "money"
            unit = self.currencies.get(_key(g["currency"])) or self.currencies_folded[_key(g["currency"]).lower()]
            unit += g.get("per", "")
        elif read == "percent":
            label, kind, unit = "PERCENT", "percent", "%" + (g.get("per") or "")
        elif read == "measure":
            written = _key(g["measure"])
            found = self.measures.get(written) or (len(written) > 2 and self.measures_folded.get(written.lower()))
            if not found:
                return None  # case matters for short units: '3M' is three million, not three metres
            unit, kind = found
            if g.get("per"):
                unit, kind = unit + g["per"], "other"  # a rate: 'tấn/ha'
        elif read == "ratio":
            total = float(g["total"])
            if total <= 0:
                return None
            noun = self._counted_noun(text, end)
            unit = noun
            is_vote = noun is not None and any(noun == v or noun.startswith(v + " ") for v in self.vote_nouns)
            kind = "vote" if (is_vote or self.vote_before.search(left)) else "ratio"
        else:
            if read == "words":
                if self.vague.search(left, timeout=REGEX_TIMEOUT_S):
                    return None
                before = left.rstrip()
                if g["num_w"][0].isupper() and before and before[-1] not in ".!?:\"“(":
                    return None  # a name: 'Mai Văn Mười'
                if value < 10 and not any(w in self.words.magnitudes for w in g["num_w"].lower().split()):
                    return None
            elif g.get("num") and not g.get("mult") and not g.get("num2") and self._is_bare_year(g["num"], text, end):
                return None
            unit, kind = self._count_unit(text, end, left)
        if value != int(value) and not g.get("mult") and read == "count" and len(g["num"]) == 1:
            return None
        return FigureMention(
            start=start, end=end, text=text[start:end], label=label, value=value, kind=kind, rule_id=rule.id,
            value_max=value_max, total=total, unit=unit, qualifier=qualifier,
            note="; ".join(dict.fromkeys(notes)) or None,
        )

    def _value(self, digits, words, mult, notation, notes) -> Optional[float]:
        if digits:
            reading: Optional[Reading] = read_digits(digits, notation)
            if reading is None:
                return None
            if reading.note:
                notes.append(reading.note)
            amount = Decimal(str(reading.value))
        elif words:
            read = self.words.read(words.split())
            if read is None:
                return None
            amount = Decimal(str(read))
        else:
            return None
        if mult:
            amount *= self.words.multiplier(mult)
        return float(amount)

    def _is_label(self, text: str, end: int, left: str) -> bool:
        """An ordinal, a code, a road, or a place's number ('thôn 5')."""
        if self.not_a_figure.search(left, timeout=REGEX_TIMEOUT_S):
            return True
        if self.label_before.search(left, timeout=REGEX_TIMEOUT_S):
            noun = self._counted_noun(text, end)
            return noun is None or any(noun == p or noun.startswith(p + " ") for p in self.place_nouns)
        return False

    @staticmethod
    def _looks_like_code(digits: str, g: dict, rule: _Rule) -> bool:
        """Phone numbers and codes: a leading zero (0912…) or a long run of digits."""
        plain = digits.replace(".", "").replace(",", "")
        if len(digits) > 1 and digits[0] == "0" and digits[1].isdigit() and "," not in digits:
            return True
        return len(plain) >= 9 and not g.get("currency") and "." not in digits and "," not in digits

    def _is_bare_year(self, digits: str, text: str, end: int) -> bool:
        """'2022' written without a thousands dot and followed by no counted noun is a year."""
        if not (len(digits) == 4 and digits.isdigit() and 1900 <= int(digits) <= 2100):
            return False
        return self._counted_noun(text, end) is None

    def _count_unit(self, text: str, end: int, left: str) -> tuple[Optional[str], str]:
        q = self.quantity_before.search(left, timeout=REGEX_TIMEOUT_S)
        noun = self._counted_noun(text, end)
        if q:
            spec = self.quantities[_key(q.group("q")).lower()]
            return spec.get("unit", noun), spec["kind"]
        if self.coefficient_after.match(text[end:end + _LEFT_WINDOW], timeout=REGEX_TIMEOUT_S):
            return "hệ số", "ratio"
        if noun in self.population_nouns:
            return noun, "population"
        return noun, "count"

    def _counted_noun(self, text: str, end: int) -> Optional[str]:
        """The noun phrase a number counts: the words after it up to a stop word, punctuation,
        a number or a capitalized word; a comma list of short nouns continues it
        ('1.277 thôn, bản, đội')."""
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        items: list[list[str]] = []
        current: Optional[list[str]] = []
        pos = end
        while pos < line_end:
            m = _WORD.match(text, pos, line_end)
            if m is None:
                break
            if m.group("comma"):
                if not current:
                    break
                items.append(current)
                current = []
                pos = m.end()
                continue
            word = m.group("word")
            # (a capitalized word ends the noun, but a listed acronym goes on with it: '20 dự án FDI', '76 đại biểu HĐND tỉnh')
            acronym = word in self.counted_acronyms
            if word is None or word.lower() in self.stops or (word[0].isupper() and not acronym and (current or items)) \
                    or self.phrase_stops.match(text, m.start("word"), line_end):
                break
            current.append(word)
            limit = self.max_item_words if items else self.max_noun_words
            if len(current) > limit:
                # a first noun is cut at the limit; a list item that runs on is no list item
                current = current[:limit] if not items else None
                break
            pos = m.end()
        if current:
            items.append(current)
        if not items:
            return None
        return ", ".join(" ".join(words) for words in items)


def _merged(stretches: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted stretches with the overlapping ones joined (dates and documents may overlap)."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(stretches):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _overlaps(blocked: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does [start, end) overlap a blocked stretch? (`blocked` is sorted and its stretches
    do not overlap one another, so only the one starting last before `end` can.)"""
    i = bisect.bisect_left(blocked, (end, -1)) - 1
    return i >= 0 and blocked[i][1] > start


def _overlap_end(blocked: list[tuple[int, int]], at: int) -> int:
    i = bisect.bisect_right(blocked, (at, float("inf"))) - 1
    if i >= 0 and blocked[i][0] <= at < blocked[i][1]:
        return blocked[i][1]
    return at + 1


@functools.lru_cache(maxsize=1)
def default_tagger() -> FigureTagger:
    return FigureTagger()


def tag_figures(text: str) -> list[Figure]:
    """Every figure in `text`, with offsets (numbers inside dates and document numbers left out)."""
    from pipeline.dates.tagger import default_tagger as date_tagger  # dates first: their numbers are no figures

    dates = date_tagger().tag(text)
    figures, _ = default_tagger().tag(text, taken=[(d.start, d.end) for d in dates])
    return [f.to_figure() for f in figures]


def tag_documents(text: str) -> list[DocumentRef]:
    """Document numbers in `text` (Nghị quyết số 25/NQ-HĐND)."""
    _, documents = default_tagger().tag(text)
    return [d.to_ref() for d in documents]
