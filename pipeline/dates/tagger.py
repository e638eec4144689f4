"""The date tagger: finds temporal expressions in a text and resolves them.

One implementation serves both the spaCy component (``vnie_dates``) and the library function
``tag_dates(text, dct)``: both call `DateTagger.tag` with the regions of text to read.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from typing import Iterable, Optional

import regex

from pipeline.dates.grammar import DateRule, Lexicon, grammar
from pipeline.dates.resolve import FUTURE, NEAREST, PAST, Resolved, Resolver, Unresolvable, parse_dct
from pipeline.figures.numerals import number_words
from pipeline.figures.scan import lower_same_length
from pipeline.resources import REGEX_TIMEOUT_S
from pipeline.schema import DateValue

# How much of the line before a date its cue words are looked for in.
LEFT_WINDOW = 80
RIGHT_WINDOW = 60
_CLAUSE_END = regex.compile(r"[.!?;…](?=\s|$)|\n", regex.V1)
_SENTENCE_END = regex.compile(r"[.!?…](?=\s|$)|\n", regex.V1)
UNCUED = "uncued"  # a role cue that leaves the role to the span itself (rules/dates/context.yaml)


@dataclass(frozen=True)
class Region:
    """A stretch of text to read, with the zone it belongs to."""

    start: int
    end: int
    zone: str = "body"


@dataclass
class DateMention:
    start: int
    end: int
    text: str
    label: str
    value: str
    granularity: str
    role: str
    calendar: str
    note: Optional[str]
    rule_id: str
    gregorian: Optional[str] = None
    # (value, gregorian) read forward from the publication date, where that differs: a later
    # stage that finds the date is due ('Sở X …, xong trước ngày 31-8') takes this reading
    ahead: Optional[tuple[str, Optional[str]]] = None
    # what was read, kept so that a later mention can complete it (a range's shared year)
    _rule: DateRule = field(repr=False, default=None)
    _groups: dict = field(repr=False, default_factory=dict)
    _direction: str = field(repr=False, default=NEAREST)
    _resolved: Optional[Resolved] = field(repr=False, default=None)

    def to_value(self) -> DateValue:
        return DateValue(
            start=self.start, end=self.end, text=self.text, value=self.value, granularity=self.granularity,
            role=self.role, calendar=self.calendar, note=self.note, gregorian=self.gregorian,
        )


class DateTagger:
    def __init__(self):
        self.grammar = grammar()
        self.context = self.grammar.context
        self.resolver = Resolver(self.grammar.lexicon)
        # words that continue a number: after them 'năm' was the digit five, not 'year'
        words = number_words()
        goes_on = {*words.magnitudes, *words.tens, *words.zero, *words.half}
        self.number_goes_on = regex.compile(
            r"[^\S\n]+(?:" + "|".join(sorted(goes_on, key=len, reverse=True)) + r")(?![\p{L}\p{M}])", regex.V1)

    # -- the public entry -----------------------------------------------------------------
    def tag(self, text: str, published: Optional[str] = None, regions: Optional[Iterable[Region]] = None) -> list[DateMention]:
        dct = parse_dct(published)
        regions = list(regions) if regions is not None else [Region(0, len(text))]
        lowered = lower_same_length(text)
        mentions = self._tag_regions(text, lowered, regions, dct, published)
        if dct is None:
            # no publication date: the day the article itself reports, written in full, is the
            # reference (corpora/GUIDELINES.md); without one the year stays unknown
            own = next((m._resolved.day for m in mentions
                        if m._resolved is not None and m._resolved.day and m._resolved.explicit_year), None)
            if own is not None:
                first = {(m.start, m.end): m.value for m in mentions}
                mentions = self._tag_regions(text, lowered, regions, dt.datetime.combine(own, dt.time()), None)
                for m in mentions:
                    if first.get((m.start, m.end)) != m.value:
                        m.note = "; ".join(x for x in (m.note, f"resolved against the article's own date, {own.isoformat()}") if x)
        return mentions

    def _tag_regions(self, text: str, lowered: str, regions: list[Region], dct: Optional[dt.datetime],
                     published: Optional[str]) -> list[DateMention]:
        mentions: list[DateMention] = []
        for region in regions:
            mentions.extend(self._tag_region(text, lowered, region, dct, published, mentions))
        self._share_range_years(text, mentions, dct)
        self._share_season_years(mentions)
        return mentions

    @staticmethod
    def _share_season_years(mentions: list[DateMention]) -> None:
        """'mùa khô 2023-2024 … trong 1 tháng cuối mùa khô': a season named again without its
        year is the one named with it before."""
        named: dict[str, DateMention] = {}
        for m in mentions:
            if m.granularity not in ("season", "interval") or not m.text.lower().startswith("mùa"):
                continue
            key = " ".join(m.text.lower().split()[:2])
            if m._resolved is not None and m._resolved.explicit_year:
                named[key] = m
            elif key in named and m.granularity == "season":
                m.value, m.granularity = named[key].value, named[key].granularity
                m.note = "; ".join(x for x in (m.note, f"the {key} named before") if x)

    # -- scanning -------------------------------------------------------------------------
    def _tag_region(self, text: str, lowered: str, region: Region, dct: Optional[dt.datetime],
                    published: Optional[str], earlier: list[DateMention]) -> list[DateMention]:
        """Scan the lower-cased text (patterns are written in lower case); read the original."""
        found: list[DateMention] = []
        pos = region.start
        while pos < region.end:
            found_start = self.grammar.next_start(lowered, pos, region.end)
            if found_start is None:
                break
            start, first = found_start
            for rule, match in self.grammar.matches_at(lowered, start, region.end, first):
                mention = self._read(text, rule, match, region, dct, published, earlier + found)
                if mention is not None:
                    found.append(mention)
                    pos = mention.end
                    break
            else:
                pos = start + 1
        return found

    def _read(self, text, rule: DateRule, m: regex.Match, region: Region, dct, published, before: list[DateMention]) -> Optional[DateMention]:
        start, end = m.start(), m.end()
        surface = text[start:end]
        stripped = surface.rstrip()
        end -= len(surface) - len(stripped)
        g = {k: text[m.start(k):m.end(k)] for k, v in m.groupdict().items() if v is not None}
        g["_text"] = stripped
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        left = text[max(line_start, start - LEFT_WINDOW):start]
        right = text[end:min(line_end, end + RIGHT_WINDOW)]
        if not self._acceptable(rule, g, text, start, stripped, left, right, before):
            return None
        sentence = self._sentence(text, start, end, line_start, line_end)
        anchor = None
        if rule.read == "time":  # a clock time takes the day of its paragraph
            same_line = [b for b in before if b.start >= line_start and b._resolved is not None and b._resolved.day]
            anchor = same_line[-1]._resolved.day if same_line else None
        elif g.get("same_day"):  # 'chiều cùng ngày': the day of the last event, in any paragraph
            days = [b for b in before if b._resolved is not None and b._resolved.day and b.role in ("event", "published")]
            anchor = days[-1]._resolved.day if days else None
        try:
            resolved = self.resolver.resolve(rule.read, g, dct, NEAREST, anchor=anchor)
            if region.zone == "dateline":
                role, direction = "published", NEAREST
            elif rule.data.get("role"):  # the expression itself says its role ('từ đầu năm đến nay')
                role, direction = rule.data["role"], NEAREST
            else:
                whole = self._sentence(text, start, end, line_start, line_end, _SENTENCE_END)
                role = self._role(left, sentence, resolved, dct, whole)
                direction = self._direction(role, sentence)
            if direction != NEAREST:
                resolved = self.resolver.resolve(rule.read, g, dct, direction, anchor=anchor)
        except Unresolvable:
            return None
        ahead = None
        if direction != FUTURE and role != "published" and dct is not None and not resolved.explicit_year:
            try:
                forward = self.resolver.resolve(rule.read, g, dct, FUTURE, anchor=anchor)
                if forward.value != resolved.value:
                    ahead = (forward.value, forward.gregorian)
            except Unresolvable:
                pass
        value = resolved.value
        if role == "published" and published and dct is not None and resolved.day == dct.date():
            value = published  # the date line is what the publication date was read from
        return DateMention(
            start=start, end=end, text=stripped, label=resolved.label, value=value,
            granularity=resolved.granularity, role=role, calendar=resolved.calendar, note=resolved.note,
            rule_id=rule.id, gregorian=resolved.gregorian, ahead=ahead, _rule=rule, _groups=g, _direction=direction, _resolved=resolved,
        )

    # -- is it a date at all? ---------------------------------------------------------------
    def _acceptable(self, rule: DateRule, g: dict, text: str, start: int, surface: str, left: str, right: str,
                    before: list[DateMention]) -> bool:
        ctx = self.context
        first = text[start]
        if first.isdigit():
            if surface in ctx.blocked_texts or ctx.blockers.search(left, timeout=REGEX_TIMEOUT_S):
                return False
        elif rule.read in ("month", "year", "quarter", "relative_unit", "months_of_year", "season") or g.get("rel_day"):
            if ctx.frequency_before.search(left, timeout=REGEX_TIMEOUT_S):
                return False  # 'mỗi tháng', 'hằng năm', 'mấy hôm nay'
        if rule.cue_if_bare and first.isdigit() and not g.get("year") and not g.get("hour"):
            if not self._bare_date(g, text, start, left, right, before):
                return False
        if rule.read == "year" and g.get("edge") and ctx.session_before.search(left, timeout=REGEX_TIMEOUT_S):
            return False  # 'kỳ họp cuối năm' names a session
        if g.get("month_w") and not g.get("day") and not g.get("day_w") and not g.get("full_moon"):
            written = g["month_w"]
            key = Lexicon.key(written)
            if (key not in self.grammar.lexicon.lunar_month_words and written[0].islower()
                    and not g.get("year") and not g.get("year_w") and not g.get("lunar")):
                if key == "năm" or not ctx.month_word_after.match(right, timeout=REGEX_TIMEOUT_S):
                    return False
        read = rule.read
        if read == "weekday":
            # 'thứ 4' is also 'the fourth': a weekday needs 'tuần', a capital (thứ Hai), or a cue
            if ctx.ordinal_before.search(left, timeout=REGEX_TIMEOUT_S):
                return False
            if "tuần" in surface.lower() or ctx.weekday_cues.search(left, timeout=REGEX_TIMEOUT_S):
                return True
            if g.get("rel") and Lexicon.key(g["rel"]) not in ("sau", "trước"):
                return True  # 'thứ Ba tới', 'thứ sáu vừa rồi'
            if len(g["weekday"]) <= 2:
                return False  # 'CN', 'T2' stand alone only in date lines; 'sau CN' is AD
            day_word = regex.sub(r"(?i)^thứ\s+", "", g["weekday"])
            written_out = len(g["weekday"]) > 2 and not day_word[:1].isdigit()
            if not (written_out and day_word[:1].isupper()):
                return False
            return not g.get("rel")
        if read == "time":
            if g.get("pod") or g.get("ampm"):
                return True
            spelled = "giờ" in surface.lower()
            if spelled and not g.get("minute") and ctx.duration_cues.search(left, timeout=REGEX_TIMEOUT_S):
                return False  # 'ùn tắc khoảng 2 giờ': an amount of time
            if ctx.clock_cues.search(left, timeout=REGEX_TIMEOUT_S):
                return True
            if ctx.duration_cues.search(left, timeout=REGEX_TIMEOUT_S):
                return False
            return not (spelled and not g.get("minute") and not g.get("half_hour") and not g.get("minus"))
        if read == "months_of_year":
            if not (g.get("edge") or g.get("year") or g.get("rel") or rule.data.get("bare_months")):
                return False  # ('9 tháng' alone is an amount of time, unless its rule reads the context)
            if g.get("half") and not g.get("edge"):
                return False
        wide = read == "year_range" and _year_span(g["year"], g["year2"]) > 20
        if first.isdigit() and (read == "year" or wide):
            if ctx.counted_after.match(right, timeout=REGEX_TIMEOUT_S):
                return False  # 'đến 2000 người', '1900-2000 người': numbers
        if read == "duration":
            unit = Lexicon.key(g["dur_unit"])
            if g.get("dur_n_w") and Lexicon.key(g["dur_n_w"]) == "năm" and unit == "tháng":
                return False  # 'năm tháng': the years, not five months
            if ctx.duration_not_before.match(right, timeout=REGEX_TIMEOUT_S):
                return False
            if unit == "năm" and self.number_goes_on.match(right):
                return False  # 'một trăm năm mươi': 'năm' is five, the number goes on
            if unit == "h" and not ctx.duration_cues.search(left, timeout=REGEX_TIMEOUT_S):
                return False
        if read == "relative_unit" and Lexicon.key(g["rel"]) in ("sau", "trước"):
            if regex.match(r"[^\S\n]+(?:đó|khi|đây)(?![\p{L}\p{M}])", right, flags=regex.IGNORECASE):
                return False
        return True

    def _bare_date(self, g: dict, text: str, start: int, left: str, right: str, before: list[DateMention]) -> bool:
        """A day/month written without 'ngày' or a year: '27/8' after a cue or at the end of a
        clause; '27-8' and '27.8' only after a date word and before the end of a clause, between
        parentheses after a date ('Sáng nay (14-7)'), or continuing a range ('từ 26-10 đến 1-11')."""
        ctx = self.context
        previous = before[-1] if before else None
        if (previous is not None and text.rfind("\n", 0, start) < previous.start
                and ctx.range_continues.search(text, previous.end, start, timeout=REGEX_TIMEOUT_S)
                and not text[previous.end:start].strip(" -–").replace("đến", "").replace("tới", "").replace("và", "").strip()):
            return True
        if g.get("sep") == "/":
            if ctx.bare_before.search(left, timeout=REGEX_TIMEOUT_S):
                return True
            return bool(ctx.bare_after.match(right, timeout=REGEX_TIMEOUT_S)) and not ctx.fraction_before.search(left, timeout=REGEX_TIMEOUT_S)
        if left.rstrip().endswith("(") and right.lstrip().startswith(")") and previous is not None \
                and not text[previous.end:start].strip(" (\t"):
            return True
        return bool(ctx.strong_before.search(left, timeout=REGEX_TIMEOUT_S) and ctx.strong_after.match(right, timeout=REGEX_TIMEOUT_S))

    # -- role and tense ---------------------------------------------------------------------
    def _role(self, left: str, sentence: str, resolved: Resolved, dct, whole: str = "") -> str:
        """The date's role by the cues around it in its clause (`sentence`); an order given earlier
        in the sentence (`whole`) still governs a task after a semicolon: 'đề nghị Sở KH&ĐT rà soát
        …; báo cáo UBND tỉnh tại phiên họp tháng 7'."""
        ctx = self.context
        granularity = resolved.granularity
        if granularity == "duration":
            return "event"
        for cue in ctx.roles:
            if cue.granularity and granularity not in cue.granularity:
                continue
            found = cue.before.search(left, timeout=REGEX_TIMEOUT_S) if cue.before is not None else None
            if cue.before is not None and found is None:
                continue
            if cue.only_after is not None and not cue.only_after.search(left, timeout=REGEX_TIMEOUT_S):
                continue
            if cue.unless_before is not None and cue.unless_before.search(left.rstrip(), timeout=REGEX_TIMEOUT_S):
                continue
            if cue.ahead and not _ahead(resolved, dct):
                continue
            if cue.later and not _later(resolved, dct):
                continue
            if cue.sentence_has is not None and not cue.sentence_has.search(sentence, timeout=REGEX_TIMEOUT_S):
                continue
            ordered = whole if cue.directive_in_sentence and whole else sentence
            if cue.directive and not (ctx.directive.search(ordered, timeout=REGEX_TIMEOUT_S) and _ahead(resolved, dct)
                                      and not ctx.past.search(sentence, timeout=REGEX_TIMEOUT_S)):
                continue
            if cue.instruction and not self._instructs(sentence):
                word = Lexicon.key(found.group()).split()[0] if found else ""
                return cue.otherwise.get(word, cue.otherwise.get("default", "event"))
            if cue.role == UNCUED:
                break  # (a cue that says no later cue applies: the span's own kind decides)
            return cue.role
        if granularity in ctx.period_granularities or ctx.period_values.fullmatch(resolved.value):
            return "period"
        return "event"

    def _instructs(self, sentence: str) -> bool:
        """An instruction or a plan ('giao', 'phải', 'sẽ'), not a report of the past ('đã')."""
        ctx = self.context
        ahead = ctx.instruction.search(sentence, timeout=REGEX_TIMEOUT_S) or ctx.future.search(sentence, timeout=REGEX_TIMEOUT_S)
        return bool(ahead) and not ctx.past.search(sentence, timeout=REGEX_TIMEOUT_S)

    def _direction(self, role: str, sentence: str) -> str:
        if role in ("deadline", "target"):
            return FUTURE
        future = self.context.future.search(sentence, timeout=REGEX_TIMEOUT_S)
        past = self.context.past.search(sentence, timeout=REGEX_TIMEOUT_S)
        if future and not past:
            return FUTURE
        if past and not future:
            return PAST
        return NEAREST

    @staticmethod
    def _sentence(text: str, start: int, end: int, line_start: int, line_end: int, ends: regex.Pattern = _CLAUSE_END) -> str:
        begin = line_start
        for m in ends.finditer(text, line_start, start):
            begin = m.end()
        m = ends.search(text, end, line_end)
        return text[begin:m.start() if m else line_end]

    # -- ranges share their year: 'từ ngày 25/1 đến ngày 1/2/2021' ---------------------------
    def _share_range_years(self, text: str, mentions: list[DateMention], dct) -> None:
        for first, second in zip(mentions, mentions[1:]):
            if first._resolved is None or second._resolved is None:
                continue
            if first._resolved.explicit_year or not second._resolved.explicit_year:
                continue
            if first._rule.read not in ("date", "month", "day_range") or not second.value[:4].isdigit():
                continue
            if not self.context.range_join.fullmatch(text, first.end, second.start, timeout=REGEX_TIMEOUT_S):
                continue
            year = int(second.value[:4])
            if first.value[:4].isdigit() and first.value[5:10] > second.value[5:10]:
                year -= 1
            try:
                resolved = self.resolver.resolve(first._rule.read, first._groups, dct, first._direction, year=year)
            except Unresolvable:
                continue
            first.value, first.note, first._resolved = resolved.value, resolved.note, resolved
            first.gregorian = resolved.gregorian
            first.ahead = None  # the range's year holds either way


@functools.lru_cache(maxsize=1)
def default_tagger() -> DateTagger:
    return DateTagger()


def _year_span(first: str, last: str) -> int:
    start = int(first)
    end = int(last) if len(last) == 4 else start // 100 * 100 + int(last)
    return end - start


def _ahead(resolved: Resolved, dct) -> bool:
    """The date is not over before the publication date (its end is on or after it)."""
    if dct is None:
        return False
    last = (resolved.gregorian or resolved.value).split("/")[-1]  # a lunar date by its Gregorian day
    today = dct.date().isoformat()
    if regex.match(r"\d{4}-Q\d$", last):
        return (int(last[:4]), int(last[-1])) >= (dct.year, (dct.month - 1) // 3 + 1)
    if regex.match(r"\d{4}-H\d$", last):
        return (int(last[:4]), int(last[-1])) >= (dct.year, (dct.month - 1) // 6 + 1)
    if not regex.match(r"\d{4}", last):
        return False
    return last[:10] >= today[:len(last[:10])]


def _later(resolved: Resolved, dct) -> bool:
    """The date begins after the publication date's month ('quý III/2024' read in May 2024; not the
    quarter or month the report is written in)."""
    if dct is None:
        return False
    first = (resolved.gregorian or resolved.value).split("/")[0]
    quarter = regex.match(r"(\d{4})-Q(\d)$", first)
    if quarter:
        return (int(quarter.group(1)), 3 * int(quarter.group(2)) - 2) > (dct.year, dct.month)
    month = regex.match(r"(\d{4})-(\d\d)$", first)
    return bool(month) and (int(month.group(1)), int(month.group(2))) > (dct.year, dct.month)


def tag_dates(text: str, dct: Optional[str] = None) -> list[DateValue]:
    """Every date, time and duration in `text`, with offsets, resolved against `dct` (the
    publication date as an ISO 8601 string; date only is fine). Without `dct`, values whose
    year the text does not give say so ('--09-02')."""
    return [m.to_value() for m in default_tagger().tag(text, dct)]
