"""Stage 4a — rule-based recognition of titles, agencies, persons and places.

The patterns are data (rules/recognize/*.yaml); this module runs them over the analysed zones
and applies the checks a pattern cannot express: a place after a level word must be a place we
know (so 'Chủ tịch UBND tỉnh Lê Thành Đô' does not swallow the name), generic plurals are not
agencies, capitalized words after an honorific are a name only if they are not a title.

Writes ``doc.spans["title_candidates"]`` (every position found, held or not),
``doc.spans["agency_mentions"]`` (every agency mention, inside titles too) and
``doc.spans["entity_rules"]`` (flat PER/ORG/LOC, overlaps resolved by rule priority; entities
inside a title are dropped only once the officials stage knows which titles are held).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Optional

import regex
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.extensions import text_of
from pipeline.recognize.gazetteer import Gazetteer, load_gazetteer
from pipeline.recognize.levels import ADMIN_KINDS, levels
from pipeline.segment.lexicon import is_nominal, is_word
from pipeline.resources import (
    REGEX_TIMEOUT_S,
    CompiledRule,
    compile_pattern,
    file_defs,
    list_pattern,
    load_rule_file,
)
from pipeline.segment.orthography import fold
from pipeline.structure.zones import analysed_zones, char_span

# Candidates carry their own label: a held title is a TITLE span written by the officials
# stage, and span attributes are keyed by offsets and label.
TITLE_CANDIDATE = "TITLE_CANDIDATE"
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}'’]+")
_GAP = regex.compile(r"[ \t\u00a0]+")
_DASH_BETWEEN = regex.compile(r"[-–](?=[ \t\u00a0]+\p{Lu})")  # ('Phan Rang - Tháp Chàm': one name)
_LETTER_OR_DIGIT = regex.compile(r"[\p{L}\p{M}\p{N}]")
_GAP_THEN_LETTER = regex.compile(r"[ \t\u00a0]+\p{L}")
_NAME_BEFORE_COMMA = regex.compile(
    r"(?:^|[^\p{L}\p{M}])((?:\p{Lu}[\p{Ll}\p{M}]*[ \t\u00a0]+){1,4}\p{Lu}[\p{Ll}\p{M}]*)\s*[,–-]\s*$"
)
# the one or two words right before a position, with nothing but spaces between them and it
_WORDS_BEFORE = regex.compile(r"(?:([\p{L}\p{M}]+)[ \t\u00a0]+)?([\p{L}\p{M}]+)[ \t\u00a0]+$")
_SYLLABLE = regex.compile(r"[\p{L}\p{M}]+(?![\p{L}\p{M}\p{N}])")
_LAST_SYLLABLE = regex.compile(r"[\p{L}\p{M}]+$")
_ONE_SPACE = regex.compile(r"[ \u00a0]")
_LIST_SEPARATOR = regex.compile(r"[ ]*,[ ]*|[ ]+và[ ]+")
_CAPWORD = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]*(?:['’]\p{Lu}?[\p{Ll}\p{M}]+)?|\d{1,2}")

# Overlaps between rule candidates are resolved by this order, then by length.
PRIORITY = {
    "ORG": 0,
    "PER:context": 1,
    "LOC:typed": 2,
    "PER:surname": 3,
    "LOC:known": 4,
}


@dataclass
class Candidate:
    start: int
    end: int
    label: str
    rule_id: str
    tier: str = ""
    attrs: dict = field(default_factory=dict)

    def overlaps(self, other: "Candidate") -> bool:
        return self.start < other.end and other.start < self.end


def _compile_with(name: str, extra_defs: dict[str, str]) -> list[CompiledRule]:
    data = load_rule_file(name)
    defs = {**file_defs(name), **extra_defs}
    rules = []
    for rule in data.get("rules") or []:
        flags = regex.IGNORECASE if rule.get("ignore_case") else 0
        rules.append(CompiledRule(rule["id"], compile_pattern(rule["pattern"], defs, flags), rule))
    return rules


def _words_at(text: str, start: int, end: int, dashes: bool = False) -> list[regex.Match]:
    """Capitalized words (or a 1-2 digit number) in text[start:end], from `start`, each separated
    by one run of spaces, and with `dashes` the dashes between them ('Phan Rang - Tháp Chàm'; in a
    person's name a dash sets off the title after it). Positions, not slices: a slice copies the
    article on every call."""
    out = []
    pos = start
    while True:
        m = _CAPWORD.match(text, pos, end)
        if not m or _LETTER_OR_DIGIT.match(text, m.end(), end):
            break
        out.append(m)
        gap = _GAP.match(text, m.end(), end)
        if not gap:
            break
        pos = gap.end()
        dash = _DASH_BETWEEN.match(text, pos, end) if dashes else None
        if dash:
            out.append(dash)
            pos = _GAP.match(text, dash.end(), end).end()
    return out


class EntityRules:
    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.gazetteer: Gazetteer = load_gazetteer()
        provinces = list_pattern(self.gazetteer.province_names())
        # a province's fused spelling is no capitalized word the place grammar reads ('Thành ủy TPHCM')
        self._province_alias = regex.compile(
            "|".join(regex.escape(a) for a in sorted(self.gazetteer.aliases, key=len, reverse=True)) + r"(?![\p{L}\p{M}\p{N}])")
        self.agency_rules = _compile_with("recognize/agencies", {})
        self.title_rules = _compile_with("recognize/titles", {})
        self.person_rules = {r.id: r for r in _compile_with("recognize/persons", {})}
        districts = list_pattern(self.gazetteer.district_names())
        self.place_rules = {
            r.id: r for r in _compile_with("recognize/places", {"provinces": provinces, "districts": districts})
        }
        # a list after one type word is read from where the previous name ends (pattern.match at a position)
        self._list_continuation = self.place_rules["recognize.places.list_continuation"]
        agencies = load_rule_file("recognize/agencies")["lists"]
        self.generic_before = {fold(w) for w in agencies["generic_before"]}
        self.generic_after = [fold(w) for w in agencies["generic_after"]]
        persons = load_rule_file("recognize/persons")["lists"]
        self.not_name_start = {fold(w) for w in persons["not_name_start"]}
        self.name_stoppers = {fold(w) for w in persons["name_stoppers"]}
        self.unit_words_also_names = {fold(w) for w in persons["unit_words_also_names"]}
        self.not_after = {fold(w) for w in persons["not_after"]}
        self.surnames = {fold(w) for w in persons["surnames"]}
        openings = [fold(w) for w in persons["name_openings_after_titles"]]
        self._openings_after_titles = self.surnames | {w for w in openings if not w.endswith("'")}
        self._opening_prefixes_after_titles = tuple(w for w in openings if w.endswith("'"))
        self.middle_names = {fold(w) for w in persons["middle_names"]}
        self.honorifics = {fold(w) for w in persons["honorifics"]}
        self._compound_named = {r.id for r in self.agency_rules if r.data.get("compound_names")}
        self._committee_levels = {fold(k): fold(v) for k, v in load_rule_file("recognize/agencies")["committee_levels"].items()}
        self.unit_name_stops = {fold(w) for w in load_rule_file("recognize/agencies")["lists"]["unit_name_stops"]}
        # level words as written: lower case, and the capitalized abbreviations ('TP.', 'TX')
        self._level_word = regex.compile(r"(?<![\p{L}\p{M}])(?:" + list_pattern(levels().written) + r")(?:(?<=\.)|(?![\p{L}\p{M}]))")
        agency_lists = load_rule_file("recognize/agencies")["lists"]
        bodies = list_pattern(agency_lists["local_bodies"] + agency_lists["capitalized_local_bodies"])
        collective = list_pattern(agency_lists["collective_openers"])
        # 'UBND tỉnh …': a level word right after a local body gives that body's place
        self._local_body_before = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{bodies})(?:[ ]+\(\p{{Lu}}+\))?[ ]+$")
        # 'UBND các huyện Hướng Hóa, Đakrông': the list opens right after the level
        self._collective_body = regex.compile(
            rf"(?<![\p{{L}}\p{{M}}])(?P<body>{bodies})[ ]+(?:{collective})[ ]+(?P<level>{list_pattern(levels().words)}):?[ ](?=\p{{Lu}})")
        # 'các huyện ủy: Quản Bạ, Yên Minh': committees of one level named by their places after a colon
        committees = sorted(self._committee_levels)
        self._collective_committee = regex.compile(
            rf"(?<![\p{{L}}\p{{M}}])(?i:{collective})[ ]+(?P<committee>(?i:{list_pattern(committees)})):[ ](?=\p{{Lu}})")
        places = load_rule_file("recognize/places")
        self.place_types = {fold(k): v for k, v in places["types"].items()}
        title_lists = load_rule_file("recognize/titles")["lists"]
        self._bare_body_in_title = regex.compile(r"\G(?:" + list_pattern(title_lists["bare_bodies_in_titles"]) + r")(?![\p{L}\p{M}])")
        self._head_in_position = regex.compile(r"(?<![\p{L}\p{M}])(?:" + list_pattern(title_lists["heads_in_positions"]) + r")$")

    # ------------------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        titles: list[Candidate] = []
        agencies: list[Candidate] = []
        others: list[Candidate] = []
        for zone in analysed_zones(doc):
            lo, hi = zone.start_char, zone.end_char
            zone_agencies = list(self._agencies(text, lo, hi))
            zone_agencies += self._agency_lists(text, zone_agencies, lo, hi)
            zone_titles, title_agencies = self._titles(text, lo, hi)
            agencies.extend(zone_agencies)
            agencies.extend(title_agencies)
            titles.extend(zone_titles)
            others.extend(self._persons(text, lo, hi, zone_titles))
            others.extend(self._places(text, lo, hi))
        titles = _longest_first(titles)
        # inside a title, its own reading of the agency wins ('Phó Bí thư Thường trực | Tỉnh ủy')
        inner = {(a.start, a.end) for a in agencies if a.attrs.get("in_title")}
        titled = [t for t in titles if "agency" in t.attrs]
        agencies = [
            a for a in agencies
            if a.attrs.get("in_title") or (a.start, a.end) in inner or not any(a.overlaps(t) for t in titled)
        ]
        # agencies inside titles are entities too until the officials stage knows the title is held
        flat = _resolve(agencies + others)
        doc.spans["title_candidates"] = [self._span(doc, c) for c in titles]
        doc.spans["agency_mentions"] = [self._span(doc, c) for c in _longest_first(agencies)]
        doc.spans["entity_rules"] = [self._span(doc, c) for c in flat]
        return doc

    @staticmethod
    def _span(doc: Doc, c: Candidate) -> Span:
        span = char_span(doc, c.start, c.end, c.label)
        span._.rule_id = c.rule_id
        span._.source = "rule"
        for key, value in c.attrs.items():
            if key in ("position", "agency", "kind", "canonical", "value"):
                setattr(span._, key, value)
        return span

    # -- agencies --------------------------------------------------------------------------
    def _agencies(self, text: str, lo: int, hi: int) -> Iterable[Candidate]:
        for rule in self.agency_rules:
            for m in rule.finditer(text, lo, hi):
                cand = self._agency_candidate(text, m, rule.id)
                if cand is not None:
                    yield cand

    def _agency_candidate(self, text: str, m: regex.Match, rule_id: str) -> Optional[Candidate]:
        groups = m.groupdict()
        start, end = m.start(), m.end()
        level = groups.get("level")
        level_end = m.end("level") if level else None
        has_place = False
        if groups.get("place") is not None and (groups["place"].isupper() or groups["place"].isdecimal()):
            end, has_place = m.end("place"), True  # an abbreviated place the pattern spells out: 'UBND TP.HCM', 'UBND phường 27'
        elif groups.get("place") is not None:
            kinds = levels().place_kinds.get(fold(level)) if level else None
            place_end = self._trim_place(text, m.start("place"), m.end("place"), kinds, ours=True)
            if place_end is not None:
                end, has_place = place_end, True
            elif level_end is not None:
                end = level_end  # the capitalized words after the level are not a place
            elif rule_id == "recognize.agencies.party_committee":
                end = m.end("body")  # 'Bí thư Tỉnh ủy Trần Hữu Phước': a person follows, no place
            elif groups.get("field") is not None:
                end = m.end("field")  # 'Trường Cao đẳng Y tế' with no place, or none we know
            else:
                return None  # a school or committee without its name
        if not has_place:
            # 'Sở Y tế Thái Nguyên', 'Công an Hà Nội': a province named without its level word
            gap = _GAP.match(text, end, min(len(text), end + 3))
            alias = self._province_alias.match(text, gap.end()) if gap and self.gazetteer.aliases else None
            if alias:
                end, has_place = alias.end(), True
            elif gap:
                words = _words_at(text, gap.end(), min(len(text), gap.end() + 40))
                n = self.gazetteer.longest_prefix([w.group(0) for w in words], {"province"})
                if n:
                    end, has_place = words[n - 1].end(), True
        if not has_place and self._is_generic(text, start, end):
            return None
        if rule_id in self._compound_named:
            end = self._complete_unit_name(text, end)
        attrs = {"level": fold(level) if level else None}
        if groups.get("unit_word"):
            attrs["canonical"] = text[start:m.start("unit_word")] + text[m.end("unit_word"):end]
        return Candidate(start, end, "ORG", rule_id, "ORG", attrs)

    def _person_at(self, text: str, word: regex.Match) -> bool:
        """A surname followed by another capitalized word starts a person's name ('Bệnh viện
        Bạch Mai Nguyễn Quang Tuấn'); alone or before one more it may end a unit's ('Lễ hội Khèn
        Mông', 'Lễ hội Thành Tuyên')."""
        if fold(word.group(0)) not in self.surnames:
            return False
        second = self._capital_after(text, word)
        return second is not None and self._capital_after(text, second) is not None

    def _verb_at(self, text: str, word: regex.Match) -> bool:
        """Whether a lower-case syllable begins a word with the next that is no noun ('tăng
        cường'), so it cannot finish the name before it."""
        nxt = self._lower_after(text, word)
        pair = f"{word.group(0)} {nxt.group(0)}" if nxt is not None else None
        return pair is not None and is_word(word.group(0), nxt.group(0)) and not is_nominal(pair)

    def _name_ends_after(self, text: str, word: regex.Match) -> bool:
        """Whether a name may end after this word: punctuation or a word no name runs over follows."""
        nxt = self._syllable_after(text, word)
        return nxt is None or self._stops_name(text, nxt)

    def _stops_name(self, text: str, word: regex.Match) -> bool:
        """Whether a word, alone or with the next, is one no unit's name runs over."""
        nxt = self._lower_after(text, word)
        pair = f"{word.group(0)} {nxt.group(0)}" if nxt is not None else None
        return fold(word.group(0)) in self.unit_name_stops or (pair is not None and fold(pair) in self.unit_name_stops)

    @staticmethod
    def _syllable_after(text: str, word: regex.Match) -> Optional[regex.Match]:
        """The syllable right after a word, one space away, if one follows."""
        gap = _ONE_SPACE.match(text, word.end())
        return _SYLLABLE.match(text, gap.end()) if gap is not None else None

    @classmethod
    def _lower_after(cls, text: str, word: regex.Match) -> Optional[regex.Match]:
        """The lower-case syllable right after a word, if one follows."""
        nxt = cls._syllable_after(text, word)
        return nxt if nxt is not None and nxt.group(0)[0].islower() else None

    @classmethod
    def _capital_word_after(cls, text: str, word: regex.Match) -> Optional[regex.Match]:
        """A capitalized syllable that a lower-case one completes into a word ('và | Thi đấu'),
        not an abbreviation or a body ('và UBND tỉnh')."""
        after = cls._capital_after(text, word)
        gap = _ONE_SPACE.match(text, after.end()) if after is not None else None
        nxt = _SYLLABLE.match(text, gap.end()) if gap is not None else None
        if nxt is None or not nxt.group(0)[0].islower() or not is_word(after.group(0), nxt.group(0)):
            return None
        return after

    @classmethod
    def _capital_after(cls, text: str, word: regex.Match) -> Optional[regex.Match]:
        after = cls._syllable_after(text, word)
        return after if after is not None and after.group(0)[0].isupper() else None

    @staticmethod
    def _bridge(text: str, first: regex.Match) -> Optional[regex.Match]:
        """The last syllable of up to three lower-case two-syllable words, nouns all, that a
        capitalized syllable follows ('dịch vụ | Ia Blang', 'du lịch cộng đồng | Nậm Đăm')."""
        start, syllable = first, first
        for _ in range(3):
            gap = _ONE_SPACE.match(text, syllable.end())
            second = _SYLLABLE.match(text, gap.end()) if gap else None
            if second is None or not second.group(0)[0].islower() or not is_word(syllable.group(0), second.group(0)):
                return None
            gap = _ONE_SPACE.match(text, second.end())
            after = _SYLLABLE.match(text, gap.end()) if gap else None
            if after is None:
                return None
            if after.group(0)[0].isupper():
                return second if is_nominal(text[start.start():second.end()]) else None
            if not after.group(0)[0].islower():
                return None
            syllable = after
        return None

    @classmethod
    def _compound_to_capital(cls, text: str, head: regex.Match) -> Optional[regex.Match]:
        """The last of two lower-case syllables that make one noun with the capitalized syllable
        before them, when a capitalized syllable follows ('Cấp thoát nước | Bến Tre')."""
        second = cls._syllable_after(text, head)
        third = cls._syllable_after(text, second) if second else None
        after = cls._syllable_after(text, third) if third else None
        if after is None or not (second.group(0)[0].islower() and third.group(0)[0].islower()):
            return None
        return third if after.group(0)[0].isupper() and is_nominal(text[head.start():third.end()]) else None

    def _word_before_level(self, text: str, first: regex.Match) -> Optional[regex.Match]:
        """The last of a few lower-case syllables that end a unit's name before its level word
        ('Cục Thi hành | án dân sự | tỉnh', '… Thi đấu | thể dục thể thao | tỉnh')."""
        syllable = first
        for _ in range(4):
            if fold(syllable.group(0)) in self.unit_name_stops or not syllable.group(0)[0].islower():
                return None
            gap = _ONE_SPACE.match(text, syllable.end())
            if gap is None:
                return None
            if self._level_word.match(text, gap.end()):
                # nouns finish a name ('án dân sự'); verbs begin the sentence ('cam kết hỗ trợ')
                return syllable if is_nominal(text[first.start():syllable.end()]) else None
            syllable = _SYLLABLE.match(text, gap.end())
            if syllable is None:
                return None
        return None

    def _complete_unit_name(self, text: str, end: int) -> int:
        """Extend a unit's name over the lower-case syllables that finish its words ('Ngân hàng
        Thế | giới', 'Trung tâm Khí | tượng Thủy văn'), then over a level and its place ('… tỉnh
        Tuyên Quang')."""
        last = _LAST_SYLLABLE.search(text, max(0, end - 12), end)
        completed = False
        while last is not None:
            gap = _ONE_SPACE.match(text, end)
            word = _SYLLABLE.match(text, gap.end()) if gap else None
            if word is None:
                break
            w = word.group(0)
            if self._stops_name(text, word):
                break  # 'chủ trì', 'đề nghị', 'tại' …: the sentence goes on
            if w[0].islower() and last.group(0)[0].isupper() and is_word(last.group(0), w):
                if self._verb_at(text, word):
                    break  # '… Xuân Sơn | tăng cường tuần tra': the sentence goes on
                completed = True
            elif (w[0].islower() and completed and is_word(last.group(0), w) and is_nominal(f"{last.group(0)} {w}")
                  and (self._capital_after(text, word) is not None or last.group(0)[0].islower())):
                # '… Đường cao | tốc Việt Nam': a word across a syllable already taken, into a name;
                # 'Cục Xuất nhập | khẩu': a compound that runs on in lower case
                pass
            elif (w[0].islower() and completed and (nxt := self._lower_after(text, word)) is not None
                  and is_word(w, nxt.group(0)) and is_nominal(f"{w} {nxt.group(0)}") and self._name_ends_after(text, nxt)):
                # 'Cục Điện lực và Năng lượng | tái tạo chủ trì …': a noun that finishes the name
                # right before the sentence goes on ('Ngân hàng Thế giới cam kết hỗ trợ' has none)
                word = nxt
            elif (w == "và" and completed and (after := self._capital_word_after(text, word)) is not None
                  and not any(r.pattern.match(text, after.start()) for r in self.agency_rules)):  # not 'X và Hợp tác xã Y'
                word = after  # 'Trung tâm Huấn luyện và Thi đấu …'
                completed = False
            elif w[0].islower() and (completed or last.group(0)[0].isupper()) and (bridge := self._bridge(text, word)) is not None:
                # lower-case words between capitalized ones: '… Nông nghiệp dịch vụ Ia Blang',
                # 'Hợp tác xã Dệt thổ cẩm Pả Vi', 'Cục Đường cao tốc Việt Nam'
                word, completed = bridge, True
            elif (w[0].islower() and last.group(0)[0].isupper()
                  and (compound := self._compound_to_capital(text, last)) is not None):
                # 'Công ty Cổ phần Cấp | thoát nước Bến Tre': a capitalized word of three syllables
                word, completed = compound, True
            elif w[0].islower() and completed and (tail := self._word_before_level(text, word)) is not None:
                end = tail.end()  # '… Kiểm soát bệnh tật | tỉnh': the name's last word, then its level
                break
            elif not (w[0].isupper() and completed and not self._person_at(text, word)):
                break
            end, last = word.end(), word
        gap = _ONE_SPACE.match(text, end)
        level = self._level_word.match(text, gap.end()) if gap and completed else None
        if level is not None:
            end = level.end()
            after = _ONE_SPACE.match(text, end)
            if after:
                words = _words_at(text, after.end(), min(len(text), after.end() + 40))
                n = self.gazetteer.longest_prefix([x.group(0) for x in words], ADMIN_KINDS)
                if n:
                    end = words[n - 1].end()
        return end

    def _agency_lists(self, text: str, found: list[Candidate], lo: int, hi: int) -> list[Candidate]:
        """The places an elliptical list adds to a local body ('UBND huyện Bến Lức, Cần Giuộc',
        'UBND xã Thái Thụy, xã Tiền Hải', 'UBND các huyện Hướng Hóa, Đakrông'): each is that
        body of its own place; the written-out name goes in `canonical`."""
        out: list[Candidate] = []
        heads: list[tuple[str, str, str, int]] = []  # (body, level as written, folded level, where the list goes on)
        for a in found:
            level = a.attrs.get("level")
            if a.rule_id == "recognize.agencies.local_body" and level:
                at = self._level_word.search(text, a.start, a.end)
                if at is not None and at.end() < a.end:  # a place follows the level
                    heads.append((" ".join(text[a.start:at.start()].split()), at.group(0), level, a.end))
            elif a.rule_id == "recognize.agencies.party_committee":
                # 'Huyện ủy Tủa Chùa, Mường Chà, Nậm Pồ': a committee names its unit after it
                words = text[a.start:a.end].split()
                committee = " ".join(words[:2]) if len(words) > 2 else None
                level = self._committee_levels.get(fold(committee)) if committee else None
                if level:
                    heads.append((committee, "", level, a.end))
        for m in self._collective_body.finditer(text, lo, hi, timeout=REGEX_TIMEOUT_S):
            heads.append((" ".join(m.group("body").split()), m.group("level"), fold(m.group("level")), m.end() - 1))
        for m in self._collective_committee.finditer(text, lo, hi, timeout=REGEX_TIMEOUT_S):
            committee = fold(m.group("committee"))
            heads.append((committee.capitalize(), "", self._committee_levels[committee], m.end() - 1))
        for body, written, level, pos in heads:
            first = True
            while True:
                kinds = levels().place_kinds.get(level) or ADMIN_KINDS
                head = f"{body} {written}".strip()
                sep = _LIST_SEPARATOR.match(text, pos, hi)
                if sep is None and not (first and text[pos:pos + 1] == " "):
                    break
                start = sep.end() if sep is not None else pos + 1
                written_level = self._level_word.match(text, start, hi)
                if written_level is not None:
                    # 'UBND TP.Vũng Tàu, TX.Phú Mỹ': the body goes on, the level is the one written;
                    # a higher level places the one before ('UBND huyện Than Uyên, tỉnh Lai Châu')
                    if not written:
                        break  # (a committee's list names places alone)
                    place_at = _ONE_SPACE.match(text, written_level.end(), hi)
                    if place_at is None and not written_level.group(0).endswith("."):
                        break
                    place_start = place_at.end() if place_at is not None else written_level.end()  # 'TX.Phú Mỹ'
                    if levels().rank(fold(written_level.group(0))) > levels().rank(level) and not self._lower_city(
                            text, place_start, hi, level):
                        break
                    written, level = written_level.group(0), fold(written_level.group(0))
                    kinds = levels().place_kinds.get(level) or ADMIN_KINDS
                    head = f"{body} {written}"
                else:
                    place_start = start
                # a known place of the level, or a short new name the way a level word takes one
                end = self._trim_place(text, place_start, min(hi, place_start + 40), kinds, ours=True)
                name = text[place_start:end] if end is not None else ""
                if not name or (written_level is None and self.gazetteer.knows(name, {"province"})):
                    break
                out.append(Candidate(start, end, "ORG", "recognize.agencies.list_continuation", "ORG",
                                     {"level": level, "canonical": f"{head} {name}"}))
                pos, first = end, False
        return out

    def _lower_city(self, text: str, start: int, end: int, level: str) -> bool:
        """Whether the 'thành phố' a list of districts goes on with is one of them ('UBND huyện
        Thanh Bình và thành phố Sa Đéc'), not the city-province they are in ('huyện Ba Vì, thành phố
        Hà Nội')."""
        if levels().tier_of(level) != "district":
            return False
        words = [w.group(0) for w in _words_at(text, start, min(end, start + 40))]
        return bool(words) and bool(self.gazetteer.longest_prefix(words, {"city", "district"})) \
            and not self.gazetteer.longest_prefix(words, {"province"})

    def _is_generic(self, text: str, start: int, end: int) -> bool:
        # ('1 UBND xã' is any one of them; '1. UBND tỉnh chỉ đạo …' opens a numbered list item)
        before = list(_WORD.finditer(text, max(0, start - 20), start))
        if before and fold(before[-1].group(0)) in self.generic_before and not text[before[-1].end():start].strip():
            return True
        after = fold(text[end:end + 30]).lstrip()
        return any(after.startswith(g) for g in self.generic_after)

    def _trim_place(self, text: str, start: int, end: int, kinds: Optional[set[str]], ours: bool = False) -> Optional[int]:
        """End offset of the known place that opens text[start:end], or None. `ours`: the place of
        one of our agencies, so a province among Vietnam's (a place alone may be a neighbour's:
        'các tỉnh Savannakhet, Salavan')."""
        words = _words_at(text, start, end, dashes=True)
        names = [w.group(0) for w in words]
        if not names:
            return None
        # a known place of the level, else a known place of two words or more at another level
        # (the data spells some districts differently from the press: 'Mù Căng Chải')
        n = self.gazetteer.longest_prefix(names, kinds)
        if n == 1 and len(names) >= 3 and fold(names[0]) in self.surnames:
            return None  # 'Bí thư Tỉnh ủy Lâm Thế Hiển': a one-syllable place that opens a full name is a surname
        if not n and fold(names[0]) not in self.surnames:
            # (not 'UBND tỉnh Hoàng Nam', a person after the title, though a commune has that name)
            n = self.gazetteer.longest_prefix(names, ADMIN_KINDS)
            n = n if n >= 2 else 0
        if n:
            return words[n - 1].end()
        dash = next((i for i, name in enumerate(names) if name in ("-", "–")), None)
        if dash is not None:  # (only a known place runs over a dash)
            words, names = words[:dash], names[:dash]
        # 'Bệnh viện Bạch Mai Nguyễn Quang Tuấn': a full name after an unknown place is a person's
        # ('Trường Đại học Dược Hà Nội' ends in a place that opens with a surname: no cut there)
        cut = next((i for i in range(1, len(words)) if fold(names[i]) in self.surnames and len(words) - i >= 2
                    and self.gazetteer.longest_prefix(names[i:], ADMIN_KINDS) < 2), None)
        if cut == 1 and fold(names[0]) in self.surnames and len(names) <= 4:
            return None  # 'Bí thư Tỉnh ủy Lưu Hoàng Khiêm': a full name whose second syllable is a surname too
        if cut:
            words, names = words[:cut], names[:cut]
        if (len(names) >= 2 and fold(names[0]) in self.surnames) or self._full_name(names):
            return None  # 'UBND tỉnh Lê Thành Đô', 'UBND huyện Clâu Thị Nhiên': a person, not a place
        # a place after a level has a few words; a unit's own name may have more ('Viện Khoa học
        # Kỹ thuật Nông lâm nghiệp Tây Nguyên')
        if names[0].isdigit() or len(names) > (3 if kinds else 6) or fold(names[0]) in self.not_name_start:
            return None
        if ours and kinds == {"province"}:
            # Vietnam's provinces are all known, whatever marks the press gives them ('tỉnh Đăk Lăk'):
            # 'Phó Chủ tịch UBND tỉnh Y Thu Hiền' names a person
            n = self.gazetteer.province_by_letters(names)
            return words[n - 1].end() if n else None
        if kinds and kinds <= ADMIN_KINDS and not any(self.gazetteer.knows(x) for x in names):
            # an administrative unit we do not know: accept a short name, it may be new
            return words[min(len(words), 2) - 1].end()
        return words[-1].end()

    # -- titles ----------------------------------------------------------------------------
    def _titles(self, text: str, lo: int, hi: int) -> tuple[list[Candidate], list[Candidate]]:
        titles, inner = [], []
        for rule in self.title_rules:
            wants_agency = rule.data.get("agency", "optional")
            for m in rule.finditer(text, lo, hi):
                start, end = m.start(), m.end()
                attrs = {"position": m.group("position")}
                agency = None
                if wants_agency != "none":
                    gap = _GAP.match(text, end, hi)
                    if gap:
                        agency = self._agency_inside(text, gap.end(), hi)
                    head = self._head_in_position.search(m.group("position")) if agency is None else None
                    if head is not None:
                        # 'Trưởng phòng Tài chính - Kế hoạch huyện X': the position ends with its body's head
                        at = m.start("position") + head.start()
                        agency = self._agency_inside(text[:at] + text[at].upper() + text[at + 1:], at, hi)
                        if agency is not None and agency.end <= end + 1:
                            agency = None  # the head alone names no body
                    bare = self._bare_body_in_title.match(text, gap.end(), hi) if gap and agency is None else None
                    if bare is not None:
                        # 'Giám đốc Sở', 'Phó Bí thư Đảng ủy': the body the article named in full
                        agency = Candidate(bare.start(), bare.end(), "ORG", "recognize.agencies.bare_in_title", "ORG", {"level": None})
                if agency is None and wants_agency == "required":
                    continue
                if agency is not None:
                    end = agency.end
                    agency.attrs["in_title"] = True
                    attrs["agency"] = text[agency.start:agency.end]
                    inner.append(agency)
                titles.append(Candidate(start, end, TITLE_CANDIDATE, rule.id, "TITLE", attrs))
        return titles, inner

    def _agency_inside(self, text: str, start: int, end: int) -> Optional[Candidate]:
        best = None
        for rule in self.agency_rules:  # match() anchors at `start`: the agency begins the span
            m = rule.pattern.match(text, start, end, timeout=REGEX_TIMEOUT_S)
            if m:
                cand = self._agency_candidate(text, m, rule.id)
                if cand is not None and (best is None or cand.end > best.end):
                    best = cand
        return best

    # -- persons ---------------------------------------------------------------------------
    def _persons(self, text: str, lo: int, hi: int, titles: list[Candidate]) -> Iterable[Candidate]:
        rule = self.person_rules["recognize.persons.after_honorific"]
        for m in rule.finditer(text, lo, hi):
            cue = text[m.start("cue"):m.end("cue")]
            if not cue[0].islower() and m.start("cue") > lo and not _sentence_start(text, m.start("cue"), lo):
                continue  # a capitalized 'Anh' inside a sentence is the country, not 'brother'
            name = self._clean_name(text, m.start("name"), m.end("name"), min_words=1)
            if name:
                yield Candidate(*name, "PER", rule.id, "PER:context")
        for title in titles:
            after = _GAP.match(text, title.end, hi)
            if after:
                name = self._clean_name(text, after.end(), hi, min_words=2)
                # 'Chủ tịch Real Madrid', 'Chủ tịch Trung Quốc Tập Cận Bình': after a title, a name
                # opens with a Vietnamese surname
                first = fold(_WORD.match(text, name[0]).group(0)) if name else ""
                if name and (first in self._openings_after_titles or first.startswith(self._opening_prefixes_after_titles)
                             or self._full_name(_WORD.findall(text, name[0], name[1]))):
                    yield Candidate(*name, "PER", "recognize.persons.after_title", "PER:context")
            before = self._name_before_apposition(text, lo, title.start)
            if before:
                yield Candidate(*before, "PER", "recognize.persons.before_title", "PER:context")
        rule = self.person_rules["recognize.persons.surname_first"]
        for m in rule.finditer(text, lo, hi):
            prev = _WORD.findall(text[max(lo, m.start() - 32):m.start()])
            # 'đường Trần Phú', 'Khu kinh tế mở Chu Lai': a place word of up to four syllables
            if any(fold(" ".join(prev[-n:])) in self.not_after for n in range(1, min(4, len(prev)) + 1)):
                continue
            name = self._clean_name(text, m.start("name"), m.end("name"), min_words=2)
            if name and not self.gazetteer.knows(text[name[0]:name[1]]):
                yield Candidate(*name, "PER", rule.id, "PER:surname")

    def _full_name(self, words: list[str]) -> bool:
        """Three words or more with a middle name second ('Pơloong Thị Hương'): a person's full name."""
        return 3 <= len(words) <= 5 and fold(words[1]) in self.middle_names

    def _clean_name(self, text: str, start: int, end: int, min_words: int) -> Optional[tuple[int, int]]:
        """The name that opens text[start:end]: capitalized words up to the first one that
        cannot be part of a name (a title word, a level word)."""
        words = _words_at(text, start, end)
        if not words or fold(words[0].group(0)) in self.not_name_start:
            return None
        kept = []
        for i, w in enumerate(words[:5]):
            if (kept and fold(w.group(0)) in self.name_stoppers) or w.group(0).isdigit():
                break
            if kept and fold(w.group(0)) in self.unit_words_also_names and i + 1 < len(words) \
                    and fold(words[i + 1].group(0)) not in self.name_stoppers:
                break
            kept.append(w)
        if len(kept) < min_words:
            return None
        if self.gazetteer.knows(text[kept[0].start():kept[-1].end()], {"province", "country", "district", "capital", "region"}):
            return None  # 'Giám đốc Sở Y tế Thái Nguyên': a place, not a name
        return kept[0].start(), kept[-1].end()

    def _name_before_apposition(self, text: str, lo: int, title_start: int) -> Optional[tuple[int, int]]:
        """'Lê Thành Đô, Phó Bí thư …': the capitalized words right before ', ' + title."""
        # a name is at most five words: look back a short window (from a word's start), not the
        # whole paragraph
        window = max(lo, title_start - 80)
        while window > lo and text[window - 1].isalpha():
            window -= 1
        lo = window
        head = text[lo:title_start]
        m = _NAME_BEFORE_COMMA.search(head)
        if not m:
            return None
        start = lo + m.start(1)
        words = [w for w in m.group(1).split()]
        # drop a leading honorific written with a capital at the start of a sentence
        while words and fold(words[0]) in self.not_name_start | self.honorifics:
            start = text.index(words[1], start) if len(words) > 1 else start
            words = words[1:]
        # 'Bạch Mai Nguyễn Quang Tuấn': a place's words, then a full name of three words
        cut = next((i for i in range(2, len(words)) if fold(words[i]) in self.surnames and len(words) - i >= 3), None)
        if cut:
            start = text.index(words[cut], start)
            words = words[cut:]
        if len(words) < 2:
            return None
        end = lo + m.end(1)
        if self.gazetteer.knows(text[start:end]):
            return None
        prev = _WORDS_BEFORE.search(text, max(0, start - 20), start)
        if prev and (fold(prev.group(2)) in self.not_after or fold(" ".join(prev.group(0).split())) in self.not_after):
            return None  # 'khu tái định cư thôn Pà Păng, Phó Chủ tịch …': a place, then the speaker's title
        return start, end

    # -- places ----------------------------------------------------------------------------
    def _places(self, text: str, lo: int, hi: int) -> Iterable[Candidate]:
        rule = self.place_rules["recognize.places.after_type"]
        for m in rule.finditer(text, lo, hi):
            type_word = fold(m.group("type"))
            kind = self.place_types.get(type_word, "other")
            ours = bool(self._local_body_before.search(text, max(lo, m.start() - 80), m.start()))
            name_end = self._place_name_end(text, m.start("name"), m.end("name"), type_word, kind, ours)
            if name_end is None:
                continue
            start = m.start("name")
            capitalized_inside = m.group("type")[0].isupper() and not _sentence_start(text, m.start(), lo)
            if capitalized_inside and fold(m.group("type")) in self.surnames and not self.gazetteer.knows(text[m.start():name_end]):
                continue  # 'là Hồ Thị Điệp': a surname, not a lake
            if m.group("type")[0].isupper() and self.gazetteer.knows(text[m.start():name_end]):
                start = m.start()  # 'Sóc Trăng' is a province, not the village 'Trăng'
            elif m.group("type")[0].isupper() and self.gazetteer.knows(text[m.start():m.end()]):
                continue
            if kind == "city" and type_word == "thành phố":
                kind = "province" if self.gazetteer.knows(text[start:name_end], {"province"}) else "city"
            yield Candidate(start, name_end, "LOC", rule.id, "LOC:typed", {"kind": kind})
            # 'các huyện Mường Tè, Sìn Hồ, Phong Thổ': the type word covers the list
            pos = name_end
            while True:
                c = self._list_continuation.pattern.match(text, pos, hi, timeout=REGEX_TIMEOUT_S)
                if not c:
                    break
                end = self._place_name_end(text, c.start("name"), c.end("name"), type_word, kind)
                if end is None or (kind not in ADMIN_KINDS | {"province"} and not self.gazetteer.knows(text[c.start("name"):end])
                                   and kind != "village"):
                    break
                yield Candidate(c.start("name"), end, "LOC", self._list_continuation.id, "LOC:typed", {"kind": kind})
                pos = end
        for rule_id in ("recognize.places.road", "recognize.places.route", "recognize.places.known_name"):
            rule = self.place_rules[rule_id]
            for m in rule.finditer(text, lo, hi):
                if rule_id.endswith(("road", "route")):
                    yield Candidate(m.start(), m.end(), "LOC", rule.id, "LOC:typed", {"kind": "other"})
                    continue
                places = self.gazetteer.lookup(m.group("name"))
                kind = places[0].kind if places else "other"
                yield Candidate(m.start(), m.end(), "LOC", rule.id, "LOC:known", {"kind": "city" if kind == "capital" else kind})

    def _place_name_end(self, text: str, start: int, end: int, type_word: str, kind: str, ours: bool = False) -> Optional[int]:
        """Where a place name after a type word ends, or None when it is not one."""
        if kind in ADMIN_KINDS or kind == "province":
            return self._trim_place(text, start, end, levels().place_kinds.get(type_word, ADMIN_KINDS), ours)
        if text[start:end].isdigit():
            # 'tổ dân phố 5' is a place; 'mỗi bản 1 công an viên' is a count
            return None if _GAP_THEN_LETTER.match(text, end) else end
        name = self._clean_name(text, start, end, min_words=1)
        return name[1] if name else None


def _sentence_start(text: str, pos: int, lo: int) -> bool:
    before = text[lo:pos].rstrip()
    return not before or before[-1] in ".!?:;\"“(-–\n"


def _longest_first(cands: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates, preferring the longest (then the earliest)."""
    chosen: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.start)):
        if not any(c.overlaps(o) for o in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


def _resolve(cands: list[Candidate]) -> list[Candidate]:
    """Flat entities by rule priority, longest first. Whether an entity sits inside a title
    that a person holds is decided later, when the entities are merged."""
    chosen: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (PRIORITY.get(c.tier, 9), -(c.end - c.start), c.start)):
        if not any(c.overlaps(o) for o in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


@Language.factory("vnie_entity_rules", assigns=["doc.spans"])
def make_entity_rules(nlp: Language, name: str):
    return EntityRules(nlp, name)
