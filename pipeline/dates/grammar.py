"""The date grammar: lexicons and patterns from ``rules/dates/``, compiled once.

Every rule file shares the fragments of ``rules/dates/lexicon.yaml`` (its ``defs`` plus one
fragment per word list). Rules are tried together: one combined pattern finds where a date
may start, then every rule is tried at that position and the longest match wins (ties go to
the rule listed first). This keeps the scan to a single pass over the text.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

import regex

from pipeline.figures.numerals import DIGITS, ROMAN, number_words
from pipeline.figures.scan import FirstWordIndex, alternation, trie_pattern
from pipeline.resources import REGEX_TIMEOUT_S, compile_pattern, load_rule_file

# Rule files in the order their rules are tried when two matches have the same length.
RULE_FILES = ("dates/times", "dates/absolute", "dates/relative", "dates/durations")
LEXICON = "dates/lexicon"
CONTEXT = "dates/context"
# Rule patterns run on the lower-cased text (`lower_same_length`): their literals are lower case.
RULE_FLAGS = 0
# Cue patterns run on short windows of the original text.
FLAGS = regex.IGNORECASE
# A date starts at a word start: never inside a word or a number.
_WORD_START = r"(?<![\p{L}\p{M}\p{N}])"


@dataclass
class DateRule:
    id: str
    read: str
    pattern: regex.Pattern
    data: dict
    order: int

    @property
    def cue_if_bare(self) -> bool:
        return bool(self.data.get("cue_if_bare"))


@dataclass
class Lexicon:
    month_words: dict[str, int]
    lunar_month_words: set[str]
    weekdays: dict[str, int]
    parts_of_day: dict[str, str]
    relative_days: dict[str, int]
    part_of_day_relatives: dict[str, int]
    relative_words: dict[str, int]
    duration_units: dict[str, str]
    duration_tails: list[str]
    period_edges: dict[str, str]
    seasons: dict[str, str]
    lunar_markers: list[str]
    same_day_words: list[str]
    day_words: dict[str, int] = field(default_factory=dict)

    @classmethod
    def load(cls) -> "Lexicon":
        data = load_rule_file(LEXICON)
        lex = cls(
            month_words=data["month_words"],
            lunar_month_words=set(data["lunar_month_words"]),
            weekdays=data["weekdays"],
            parts_of_day=data["parts_of_day"],
            relative_days=data["relative_days"],
            part_of_day_relatives=data["part_of_day_relatives"],
            relative_words=data["relative_words"],
            duration_units=data["duration_units"],
            duration_tails=list(data["duration_tails"]),
            period_edges=data["period_edges"],
            seasons=data["seasons"],
            lunar_markers=list(data["lunar_markers"]),
            same_day_words=list(data["same_day_words"]),
        )
        lex.day_words = _day_words()
        return lex

    def fragments(self) -> dict[str, str]:
        return {
            "month_word": alternation(self.month_words),
            "weekday": alternation(self.weekdays),
            "pod": alternation(self.parts_of_day),
            "rel_day": alternation(self.relative_days),
            "pod_rel": alternation(self.part_of_day_relatives),
            "rel": alternation(self.relative_words),
            "dur_unit": alternation(self.duration_units),
            "dur_tail": alternation(self.duration_tails),
            "edge": alternation(self.period_edges),
            "season": alternation(self.seasons),
            "lunar_marker": alternation(self.lunar_markers),
            "same_day": alternation(self.same_day_words),
            "num_word": number_words().pattern(),
            "day_word": alternation(self.day_words),
            "roman": ROMAN,
            "digits": DIGITS,
        }

    @staticmethod
    def key(text: str) -> str:
        """Lexicon key of a matched word: lower case, single spaces."""
        return " ".join(text.lower().split())


def _day_words() -> dict[str, int]:
    """Days 1-31 in words, read by the number-word grammar (mười lăm, hai mươi mốt, ba mươi)."""
    words = number_words()
    units = ["một", "mốt", "hai", "ba", "bốn", "tư", "năm", "lăm", "sáu", "bảy", "bẩy", "tám", "chín"]
    candidates = set(units) | {"mười"} | {f"mười {u}" for u in units}
    for tens in ("hai", "ba"):
        candidates.add(f"{tens} mươi")
        candidates |= {f"{tens} mươi {u}" for u in units}
        candidates |= {f"{tens} {u}" for u in units}
    out = {}
    for phrase in candidates:
        value = words.read(phrase.split())
        if value is not None and 1 <= value <= 31:
            out[phrase] = int(value)
    return out


class Grammar:
    def __init__(self):
        self.lexicon = Lexicon.load()
        lexicon_data = load_rule_file(LEXICON)
        self.defs = {**self.lexicon.fragments(), **(lexicon_data.get("defs") or {})}
        self.rules: list[DateRule] = []
        for name in RULE_FILES:
            data = load_rule_file(name)
            defs = {**self.defs, **(data.get("defs") or {})}
            for rule in data.get("rules") or []:
                pattern = compile_pattern(_WORD_START + "(?:" + rule["pattern"] + ")", defs, RULE_FLAGS)
                self.rules.append(DateRule(rule["id"], rule["read"], pattern, rule, len(self.rules)))
        self.finder = regex.compile(
            r"\b(?:\d|(?:" + trie_pattern(self.start_words(lexicon_data)) + r")\b)", regex.V1)
        self.rules_for = FirstWordIndex(self.rules, lambda r: r.pattern, always=lambda r: r.data["pattern"].startswith("(?<="))
        self.context = Context(load_rule_file(CONTEXT), self.defs)

    def start_words(self, lexicon_data: dict) -> set[str]:
        """Where the scan stops: a digit or one of these words (then every rule is tried)."""
        lex = self.lexicon
        words = set(lexicon_data["start_words"]) | set(number_words().start)
        for phrases in (lex.weekdays, lex.parts_of_day, lex.relative_days, lex.part_of_day_relatives, lex.period_edges):
            words |= {p.split()[0] for p in phrases if not p[0].isdigit()}
        return words

    def next_start(self, text: str, pos: int, endpos: int) -> tuple[int, str] | None:
        """Where the next date may start and the word (or digit) it starts with, or None."""
        found = self.finder.search(text, pos, endpos, timeout=REGEX_TIMEOUT_S)
        return None if found is None else (found.start(), found.group())

    def matches_at(self, text: str, start: int, endpos: int, first: str) -> list[tuple[DateRule, regex.Match]]:
        """Every rule that matches at `start`, longest first (ties: the rule listed first)."""
        matches = []
        for rule in self.rules_for(first.lower()):
            m = rule.pattern.match(text, start, endpos, timeout=REGEX_TIMEOUT_S)
            if m is not None and m.end() > start:
                matches.append((rule, m))
        # longest first, but a rule may claim its words before a longer reading ('6 tháng qua')
        matches.sort(key=lambda rm: (not rm[0].data.get("before_longer"), -(rm[1].end() - start), rm[0].order))
        return matches


class Context:
    """The cue patterns of ``rules/dates/context.yaml``, compiled."""

    def __init__(self, data: dict, defs: dict[str, str]):
        defs = {**defs, **(data.get("defs") or {})}

        edges = alternation(load_rule_file(LEXICON)["period_edges"])

        def before(pattern: str, edge: bool = False) -> regex.Pattern:
            # searched backwards from the end: a miss costs one step per position
            tail = rf"(?:[^\S\n]+(?:{edges}))?" if edge else ""
            return compile_pattern(r"(?<![\p{L}\p{M}])(?:" + pattern + r")" + tail + r"[^\S\n]*$", defs,
                                   FLAGS | regex.REVERSE)

        def anywhere(pattern: str) -> regex.Pattern:
            return compile_pattern(r"(?<![\p{L}\p{M}])(?:" + pattern + r")(?![\p{L}\p{M}])", defs, FLAGS)

        def raw(pattern: str) -> regex.Pattern:
            return compile_pattern(pattern, defs, FLAGS)

        self.roles = []
        for cue in data["roles"]:
            self.roles.append(
                RoleCue(
                    id=cue["id"],
                    role=cue["role"],
                    before=before(cue["before"], edge=True) if cue.get("before") else None,
                    granularity=set(cue.get("granularity") or ()),
                    instruction=bool(cue.get("instruction")),
                    otherwise=cue.get("otherwise") or {},
                    unless_before=raw(cue["unless_before"]) if cue.get("unless_before") else None,
                    only_after=compile_pattern(cue["only_after"], defs, FLAGS | regex.REVERSE) if cue.get("only_after") else None,
                    directive=bool(cue.get("directive")),
                    directive_in_sentence=cue.get("directive") == "sentence",
                    ahead=bool(cue.get("ahead")),
                    data=cue,
                    sentence_has=raw(cue["sentence_has"]) if cue.get("sentence_has") else None,
                    later=bool(cue.get("later")),
                )
            )
        self.period_granularities = set(data["period_granularities"])
        self.period_values = raw(data["period_values"])
        self.directive = anywhere(data["directive"])
        self.session_before = before(data["session_before"])
        self.range_continues = before(data["range_continues"])
        self.instruction = anywhere(data["instruction"])
        self.future = anywhere(data["tense"]["future"])
        self.past = anywhere(data["tense"]["past"])
        bare = data["bare_date_cues"]
        self.bare_before = compile_pattern(r"(?<![\p{L}\p{M}])(?:" + bare["before"] + ")", defs, FLAGS | regex.REVERSE)
        self.strong_before = compile_pattern(r"(?<![\p{L}\p{M}])(?:" + bare["strong_before"] + ")", defs, FLAGS | regex.REVERSE)
        self.bare_after = raw(bare["after"])
        self.strong_after = raw(bare["strong_after"])
        self.fraction_before = before(bare["fraction_before"])
        self.blockers = before(data["blockers"]["before"])
        self.blocked_texts = set(data["blockers"]["text"])
        self.clock_cues = before(data["clock_cues"])
        self.duration_cues = before(data["duration_cues"])
        self.weekday_cues = before(data["weekday_cues"])
        self.ordinal_before = before(data["ordinal_before"])
        self.frequency_before = before(data["frequency_before"])
        self.counted_after = raw(data["counted_after"])
        self.month_word_after = raw(data["month_word_after"])
        self.duration_not_before = raw(data["duration_not_before"])
        self.range_join = raw(data["range_join"])


@dataclass
class RoleCue:
    id: str
    role: str
    before: regex.Pattern | None
    granularity: set[str]
    instruction: bool
    otherwise: dict
    unless_before: regex.Pattern | None
    only_after: regex.Pattern | None
    directive: bool
    directive_in_sentence: bool  # the order may be given earlier in the sentence, before a ';'
    ahead: bool
    data: dict
    sentence_has: regex.Pattern | None = None  # must be found in the date's clause
    later: bool = False  # the date begins after the publication date's month


@functools.lru_cache(maxsize=1)
def grammar() -> Grammar:
    return Grammar()
