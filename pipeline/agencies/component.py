"""Stage 5a — canonical agency names.

Every agency mention gets a full name: abbreviations expanded (rules/recognize/agencies.yaml),
one spelling of 'ủy'/'hòa', the level word kept, and the place the text leaves implicit resolved
from the article — a DIENBIENTV article's 'UBND tỉnh' is 'Ủy ban nhân dân tỉnh Điện Biên', while
'UBND huyện Mường Chà' keeps its district. Mentions with one full name form one agency.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

import regex
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.extensions import doc_list, span_text, text_of
from pipeline.recognize.gazetteer import Place, load_gazetteer
from pipeline.recognize.levels import levels
from pipeline.recognize.merge import WEAK_RULES
from pipeline.segment.lexicon import is_word
from pipeline.resources import compile_pattern, file_defs, load_rule_file
from pipeline.segment.orthography import canonical_spelling, fold
from pipeline.structure.outlets import OutletDirectory

CITY_WORDS = {w for w in levels().words if levels().spelled(w) == "thành phố"}  # 'thành phố', 'tp', 'tp.'
CENTRAL_RULES = {"recognize.agencies.central", "recognize.agencies.ministry"}
KNOWN_NAME_RULE = "recognize.places.known_name"  # a place recognized by its bare name, with no level word
LISTED_SECTOR_RULE = "recognize.agencies.listed_sector"  # 'các sở: KH&ĐT, Tài chính': the head is the list's


@dataclass
class AgencyCluster:
    name: str  # the most frequent way the article writes it
    full_name: str
    level: Optional[str]
    place: Optional[str]
    mentions: list[Span] = field(default_factory=list)


@dataclass
class ArticlePlaces:
    """The places an article's implicit 'tỉnh', 'huyện', 'xã' refer to."""

    province: Optional[str] = None
    province_word: str = "tỉnh"  # 'thành phố' for Hà Nội, Cần Thơ …
    district: Optional[str] = None
    commune: Optional[str] = None
    city: Optional[str] = None  # a district-tier city the article is about ('TP Hạ Long')
    commune_word: str = "xã"  # 'phường', 'thị trấn', 'đặc khu' as the article writes its commune
    district_word: str = "huyện"  # 'quận', 'thị xã' as the article writes its district
    has_districts: bool = True  # False from the 2025 reform on: no district tier, no district-tier city
    dated_with_districts: bool = False  # published on a known day before the reform
    # the one commune named with each level word ('đặc khu' → 'Lý Sơn' beside 'xã Vạn Tường')
    commune_by_word: dict[str, str] = field(default_factory=dict)

    def resolve(self, level: str) -> Optional[str]:
        """The place an implicit level word refers to, if the article makes it clear."""
        if fold(level) in CITY_WORDS and self.province_word != "thành phố":
            # in a province, 'thành phố' is one of its cities, never the province itself
            return self.city
        if fold(level) in self.commune_by_word:
            # (the article's own commune first, if it is of that kind: 'làm việc với xã Vĩnh Hậu', then
            # 'UBND xã', though only the former 'UBND xã Vĩnh Thịnh cũ' is named with its body)
            if self.commune and fold(self.commune_word) == fold(level):
                return self.commune
            return self.commune_by_word[fold(level)]
        return {"province": self.province, "district": self.district, "commune": self.commune}.get(levels().tier_of(level))


def _renamed(clusters: dict, surfaces: dict[str, Counter], key: str, new_key: str) -> None:
    """Move the cluster at `key`, whose full name has just changed, to `new_key`: its mentions take
    the new name, and it joins the cluster already there, if any."""
    cluster = clusters.pop(key)
    for span in cluster.mentions:
        span._.full_name = cluster.full_name
    if new_key in clusters:
        clusters[new_key].mentions.extend(cluster.mentions)
        surfaces[new_key].update(surfaces.pop(key))
    else:
        clusters[new_key] = cluster
        surfaces[new_key] = surfaces.pop(key)


def _dominant(counts: Counter) -> Optional[str]:
    """The name counted more often than any other, if there is one."""
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _level_word_before(doc: Doc, span: Span, words, window: int = 8) -> Optional[str]:
    """The level word written right before a place ('quận Long Biên', 'thành phố Sơn La'), if one of these."""
    before = fold(text_of(doc)[max(0, span.start_char - window):span.start_char].rstrip())
    return next((w for w in words if before.endswith(" " + w) or before == w), None)


def _ascii(text: str) -> str:
    """'Hà Tĩnh' → 'ha tinh', the way site names spell a province."""
    plain = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return plain.replace("đ", "d").replace("Đ", "D").lower()


def _word_alternation(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


class AgencyNormalizer:
    def __init__(self, nlp: Language, name: str):
        self.name = name
        data = load_rule_file("recognize/agencies")
        self._expansions = data["abbreviations"]
        self._abbr = regex.compile(rf"(?<![\p{{L}}\p{{N}}&])({_word_alternation(self._expansions)})(?![\p{{L}}\p{{N}}&])")
        self._implied = {fold(k): v for k, v in data["implied_levels"].items()}
        self._implied.update({fold(k): v for k, v in data["committee_levels"].items()})
        heads = [fold(k) for k in data["implied_levels"]]
        self._area_named = regex.compile(rf"(?<![\p{{L}}])(?:{_word_alternation(data['area_words'])})\s+\p{{Lu}}")
        committees = [fold(k) for k in data["committee_levels"]]
        # a department head opens the mention; a committee may follow a part ('Văn phòng Tỉnh ủy')
        self._implied_head = regex.compile(
            rf"^({_word_alternation(heads)})(?![\p{{L}}])|(?<![\p{{L}}])({_word_alternation(committees)})(?![\p{{L}}])"
        )
        # a level word, but not the first half of 'Tỉnh ủy', 'Huyện đoàn' or of 'Xã hội', nor the end of a
        # name's word ('Liên minh Hợp tác xã tỉnh')
        inside = _word_alternation(data["lists"]["level_word_inside_after"])
        self._level = regex.compile(
            rf"(?<![\p{{L}}])(?<!(?:{inside})\s+)({_word_alternation(levels().words)})(?![\p{{L}}])(?!\s+(?:ủy|uỷ|đoàn|hội)(?![\p{{L}}]))",
            regex.IGNORECASE,
        )
        # lexicon phrases in the spelling and case the lexicon gives ('Thương binh và xã hội' →
        # 'Thương binh và Xã hội'); the first spelling listed is the canonical one
        self._canonical: dict[str, str] = {}
        for key in ("local_bodies", "council_parts", "sectors", "ministries", "central_bodies", "party_committees"):
            for phrase in data["lists"][key]:
                self._canonical.setdefault(fold(phrase), canonical_spelling(phrase))
        self._phrases = regex.compile(
            rf"(?<![\p{{L}}])(?<!(?i:{_word_alternation(data['lists']['not_a_phrase_after'])})[ ])"
            rf"({_word_alternation(sorted(self._canonical, key=len, reverse=True))})(?![\p{{L}}])",
            regex.IGNORECASE,
        )
        self._aliases = {fold(k): v for k, v in (data.get("aliases") or {}).items()}
        self._anaphoric_heads = {fold(h) for h in data["lists"]["anaphoric_heads"]}
        # lower case only: 'Ban Chỉ đạo' is a name
        self._verb_inside = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{_word_alternation(data['lists']['verbs_in_no_name'])})(?![\p{{L}}\p{{M}}])")
        # (or an aside, or words run together on the page: 'Ngân hàng Trung ương Anh (BoE', 'Điện lựcquận')
        self._past_a_name = regex.compile(
            rf"(?<![\p{{L}}\p{{M}}])(?i:{_word_alternation(data['lists']['words_past_a_name'])})(?![\p{{L}}\p{{M}}])|[()/]|\p{{Ll}}\p{{Lu}}")
        self._council_committees = {fold(self._expanded(c)) for c in data["lists"]["council_committees"]}
        self._levelless_bodies = [fold(b) for b in data["lists"]["levelless_bodies"]]
        self._level_sharing = {fold(b) for b in data["lists"]["level_sharing_bodies"]}
        self._subcommittees = sorted((canonical_spelling(s) for s in data["lists"]["congress_subcommittees"]), key=len, reverse=True)
        self._congress = compile_pattern(r"{congress}", file_defs("recognize/agencies"))
        self._congress_name = data["congress_full_name"]
        self._joint = regex.compile(rf"[ \t\u00a0]*(?:{_word_alternation(data['lists']['body_joints'])})[ \t\u00a0]*")
        self._spelled_levels = sorted({levels().spelled(w) for w in levels().words})
        self._named_place = regex.compile(
            rf"(?<![\p{{L}}])(?P<level>(?i:{_word_alternation(levels().words)}))[ ]+"
            r"(?P<place>\p{Lu}[\p{Ll}\p{M}]*(?:[ ]\p{Lu}[\p{Ll}\p{M}]*){0,3}(?:[ ]\d{1,2})?)"
        )
        self._sectors = {fold(s) for s in data["lists"]["sectors"]}
        # the list's head, then items of a few words each, up to the mention
        self._list_before = regex.compile(
            rf"(?<![\p{{L}}])(?i:các[ ]+)?(?P<head>(?i:{_word_alternation(data['lists']['list_heads'])}))"
            rf"(?:,[ ]+(?i:{_word_alternation(data['lists']['list_head_companions'])}))?[ ]*:?[ ]+"
            rf"(?:[^,.;:()\n]{{1,40}}(?:,|[ ]và)[ ]+)*$"
        )
        self._rewrites = [(regex.compile(a), b) for a, b in data.get("rewrites") or []]
        self._fused = [(regex.compile(a), b) for a, b in data.get("fused_names") or []]
        self.gazetteer = load_gazetteer()
        self._province_names = sorted(self.gazetteer.province_names(), key=len, reverse=True)
        self._provinces_ascii = {_ascii(p).replace(" ", ""): p for p in self._province_names}
        self.outlets = OutletDirectory.load()

    def __call__(self, doc: Doc) -> Doc:
        mentions = list(doc.spans["agency_mentions"]) if "agency_mentions" in doc.spans else []
        organizations = [e for e in (doc.spans["entities"] if "entities" in doc.spans else []) if e.label_ == "ORG"]
        # a unit's name the rules cut where it goes on in lower case ('Trung tâm Phục vụ | hành chính
        # công') is the entity the merge preferred to it
        mentions = [self._longer_reading(m, organizations) for m in mentions]
        # an organization only the model found ('Ban Chỉ đạo phòng, chống dịch tỉnh') is an agency too
        found = [
            e for e in organizations
            if not any(m.start_char < e.end_char and e.start_char < m.end_char for m in mentions)
        ]
        # the model's reading stops short of sense sometimes: 'Bộ sớm ban hành' is 'Bộ' referring
        # back; 'Ban Thường vụ yêu cầu Ban Chỉ huy …' runs over a verb and is no agency
        found = [e for e in found if not self._verb_inside.search(e.text)]
        bare = [e for e in found if self._bare_head(e.text)]
        mentions += [e for e in found if e not in bare]
        # a title's 'Giám đốc Sở' refers back the same way
        bare += [m for m in mentions if m._.rule_id == "recognize.agencies.bare_in_title" and self._bare_head(m.text)]
        mentions = [m for m in mentions if m not in bare]
        places = doc._.places = self.article_places(doc)
        clusters: dict[str, AgencyCluster] = {}
        surfaces: dict[str, Counter] = {}
        text = text_of(doc)
        mentions.sort(key=lambda s: s.start_char)
        for i, span in enumerate(mentions):
            if span._.canonical:
                # the name the recognizer wrote out: 'Cần Giuộc' in 'UBND huyện Bến Lức, Cần Giuộc' is
                # 'UBND huyện Cần Giuộc'; 'Đoàn ĐBQH đơn vị tỉnh X' is 'Đoàn ĐBQH tỉnh X'
                written = span._.canonical
            else:
                written = self._sharing_level(text, span, mentions[i + 1] if i + 1 < len(mentions) else None)
                if span._.source != "rule" or span._.rule_id == LISTED_SECTOR_RULE:
                    head = self._list_head(text, span.start_char, written)
                    written = f"{head} {written}" if head else written
            written = self._with_local_place(text, span.start_char, written)
            full, level, place = self.full_name(written, span._.rule_id, places)
            span._.full_name = full
            key = fold(full)
            cluster = clusters.get(key)
            if cluster is None:
                cluster = clusters[key] = AgencyCluster(name=span.text, full_name=full, level=level, place=place)
                surfaces[key] = Counter()
            cluster.mentions.append(span)
            surfaces[key][" ".join(span.text.split())] += 1
        # a mention with no place the article could resolve ('UBND huyện', 'Huyện ủy', 'HĐND')
        # is the one agency the article names in full that way ('UBND huyện Than Uyên')
        for key, cluster in list(clusters.items()):
            if cluster.place is not None:
                continue
            fuller = [k for k in clusters if k != key and k.startswith(key + " ")]
            if len(fuller) == 1:
                target = clusters[fuller[0]]
                for span in cluster.mentions:
                    span._.full_name = target.full_name
                target.mentions.extend(cluster.mentions)
                surfaces[fuller[0]].update(surfaces.pop(key))
                del clusters[key]
        self._place_levelless(clusters, surfaces)
        self._name_subcommittees(text, clusters, surfaces, places)
        for span in bare:
            head = self._bare_head(span.text)
            referents = [c for c in clusters.values() if fold(c.full_name).startswith(head + " ")]
            if len(referents) == 1:
                span._.full_name = referents[0].full_name
                referents[0].mentions.append(span)
        for key, cluster in clusters.items():
            cluster.name = surfaces[key].most_common(1)[0][0]
            for span in cluster.mentions:
                span._.canonical = cluster.name
        doc._.agencies = list(clusters.values())
        return doc

    def _longer_reading(self, mention: Span, organizations: list[Span]) -> Span:
        if mention._.rule_id not in WEAK_RULES:
            return mention
        return next((e for e in organizations if e.start_char == mention.start_char and e.end_char > mention.end_char
                     and not self._verb_inside.search(e.text) and not self._past_a_name.search(e.text)), mention)

    def _expanded(self, name: str) -> str:
        """A name with its abbreviations spelled out and its spaces single: 'Sở TN&MT' → 'Sở Tài nguyên và Môi trường'."""
        return self._abbr.sub(lambda m: self._expansions[m.group(1)], " ".join(name.split()))

    def _sharing_level(self, text: str, span: Span, following: Optional[Span]) -> str:
        """'Đảng ủy, UBND xã Sìn Hồ': a body written with no level, joined to the next one that has
        its level and place, shares them."""
        written = span.text
        if following is None or self._level.search(written) or not self._joint.fullmatch(text, span.end_char, following.start_char):
            return written
        if fold(self._expanded(written)) not in self._level_sharing:
            return written
        level = self._level.search(following.text)
        return f"{written} {following.text[level.start():]}" if level else written

    def _name_subcommittees(self, text: str, clusters: dict[str, AgencyCluster], surfaces: dict[str, Counter],
                            places: ArticlePlaces) -> None:
        """'Tiểu ban Văn kiện' is the subcommittee of the congress the article names ('Đại hội đại
        biểu Đảng bộ tỉnh lần thứ XIII', its place the article's)."""
        named = []
        for key, cluster in clusters.items():
            head = next((s for s in self._subcommittees if key.startswith(fold(s))), None)
            if head is not None and not self._congress.search(cluster.full_name):
                named.append((key, cluster, head))
        if not named:
            return  # (most articles name none: the text is searched for a congress only when one does)
        m = self._congress.search(text)
        place = (m.group("place") or places.resolve(fold(m.group("level")))) if m else None
        if place is None:
            return
        congress = self._congress_name.format(level=m.group("level").lower(), place=place, number=m.group("number"))
        for key, cluster, head in named:
            cluster.full_name = f"{head} {congress}"
            _renamed(clusters, surfaces, key, fold(cluster.full_name))

    def _place_levelless(self, clusters: dict[str, AgencyCluster], surfaces: dict[str, Counter]) -> None:
        """'Thường trực Hội đồng nhân dân' named with no level is part of the one council the article
        names with its level and place ('Hội đồng nhân dân tỉnh Bến Tre'); with two, it stays as written."""
        for body in self._levelless_bodies:
            named = {key[key.index(body):] for key, c in clusters.items()
                     if c.place is not None and c.level is not None and f"{body} " in key}
            placed = {k for k in named if any(k.startswith(f"{body} {level} ") for level in self._spelled_levels)}
            if len(placed) != 1:
                continue
            suffix = next(iter(placed))[len(body):]  # ' tỉnh bến tre'
            for key, cluster in list(clusters.items()):
                if cluster.place is not None or not key.endswith(body):
                    continue
                target = next(c for k, c in clusters.items() if k.endswith(body + suffix))
                written = target.full_name[-len(suffix):]  # (as the target spells it)
                cluster.full_name += written
                cluster.level, cluster.place = target.level, target.place
                _renamed(clusters, surfaces, key, key + suffix)

    # ------------------------------------------------------------------------------------
    def _bare_head(self, written: str) -> Optional[str]:
        """'Bộ', or 'Bộ' of 'Bộ sớm' (a head and a word that does not name anything): the
        folded head, when the mention is only that."""
        words = written.split()
        key = fold(" ".join(words))
        if key in self._anaphoric_heads:
            return key
        if len(words) >= 2 and fold(words[0]) in self._anaphoric_heads and words[1][:1].islower() and not is_word(words[0], words[1]):
            return fold(words[0])
        return None

    def _with_local_place(self, text: str, start: int, written: str) -> str:
        """'Riêng đặc khu Vân Đồn, … yêu cầu UBND đặc khu …': a district or commune level written
        without its place names the one its paragraph has just named."""
        level = self._level.search(written)
        if level is None or written[level.end():].strip():
            return written
        word = fold(level.group(1))
        if levels().tier_of(word) not in ("district", "commune"):
            return written
        lo = max(text.rfind("\n", 0, start) + 1, start - 300)
        named = None
        for m in self._named_place.finditer(text, lo, start):
            if fold(m.group("level")) == word and self.gazetteer.knows(m.group("place"), {"district", "city", "commune"}):
                named = m.group("place")
        return f"{written} {named}" if named else written

    def _list_head(self, text: str, start: int, written: str) -> Optional[str]:
        """The head an elliptical list shares ('các sở: KH&ĐT, Tài chính' → 'Sở' for 'Tài
        chính'), when the mention is a sector name in such a list."""
        sector = self._expanded(written)
        if fold(sector) not in self._sectors:
            return None
        m = self._list_before.search(text, max(0, start - 160), start)
        return canonical_spelling(m.group("head").capitalize()) if m else None

    def article_places(self, doc: Doc) -> ArticlePlaces:
        """The article's province: its outlet's, else the one its places name most often;
        its district: the only district it names, if it names one."""
        # (a district's or city's own portal names its unit: 'Cổng thông tin điện tử huyện Lục Ngạn')
        own_unit = self._district_in_name(doc._.outlet)
        province = (self.outlets.province_of(doc._.outlet) or self._province_in_name(doc._.outlet)
                    or (own_unit.province if own_unit is not None else None))
        if province is not None:
            province = self.gazetteer.province_on(province, doc._.published)  # ('Báo Thừa Thiên Huế' in 2024 and in 2025)
        in_a_province = province is not None and self._province_word(province) != "thành phố"
        provinces: Counter = Counter()
        districts: Counter = Counter()
        communes: Counter = Counter()
        commune_words: dict[str, str] = {}
        place_words: dict[str, str] = {}  # (communes named as places with their level word)
        district_words: dict[str, str] = {}
        named_communes: Counter = Counter()  # (with a level word: 'xã Long Thành', 'UBND phường X')
        cities: Counter = Counter()
        for span in doc.spans["entity_rules"] if "entity_rules" in doc.spans else []:
            if span.label_ != "LOC":
                continue
            if span._.kind in ("province", "city") and in_a_province and _level_word_before(doc, span, CITY_WORDS, window=10):
                cities[canonical_spelling(span.text)] += 1  # ('thành phố Sơn La' in Sơn La: its city, named like it)
            elif span._.kind == "province":
                provinces[self.gazetteer.province_of(span.text) or span.text] += 1
            elif span._.kind == "city" and not self.gazetteer.province_of(span.text):
                cities[canonical_spelling(span.text)] += 1
            elif span._.kind == "district":
                if span._.rule_id == KNOWN_NAME_RULE and province is not None and not any(
                        p.kind == "district" and p.province == province for p in self.gazetteer.lookup(span.text)):
                    continue  # a bare name that is a district elsewhere ('Cụm công nghiệp Ngô Quyền' in Hải Dương)
                districts[canonical_spelling(span.text)] += 1
                written = _level_word_before(doc, span, levels().tiers["district"])
                if written:  # ('quận Long Biên', 'thị xã Kim Bảng')
                    district_words.setdefault(canonical_spelling(span.text), levels().spelled(written))
            elif span._.kind == "commune":
                communes[canonical_spelling(span.text)] += 1
                if span._.rule_id != KNOWN_NAME_RULE:
                    named_communes[canonical_spelling(span.text)] += 1
                written = _level_word_before(doc, span, levels().tiers["commune"])
                if written:  # ('làm việc với đặc khu Vân Đồn': its 'UBND đặc khu', 'yêu cầu đặc khu …')
                    place_words.setdefault(canonical_spelling(span.text), levels().spelled(written))
        for span in doc.spans["agency_mentions"] if "agency_mentions" in doc.spans else []:
            m = self._level.search(span.text)
            place = span.text[m.end():].lstrip(". ").strip() if m else ""  # ('UBND TP.Tân Uyên')
            tier = levels().tier_of(fold(m.group(1))) if m else None
            head = None if m else self._implied_head.search(fold(span.text))
            if head is not None and head.group(2):
                # a committee names its unit after it: 'Huyện ủy Mai Châu'
                place = span.text[head.end():].strip()
                tier = levels().tier_of(self._implied[head.group(2)])
            if not place:
                continue
            level_word = fold(m.group(1)) if m else (self._implied[head.group(2)] if head is not None and head.group(2) else "")
            if level_word in CITY_WORDS and in_a_province and place:
                # in a province, 'Thành ủy Kon Tum' is the committee of its city Kon Tum, though the
                # city bears the province's name
                cities[canonical_spelling(place)] += 1
            elif tier == "province" and self.gazetteer.province_of(place):
                provinces[self.gazetteer.province_of(place)] += 1
            elif level_word in CITY_WORDS:
                cities[canonical_spelling(place)] += 1  # 'HĐND TP Hạ Long', 'Thành ủy Điện Biên Phủ'
            elif tier == "district":
                districts[canonical_spelling(place)] += 1
                district_words[canonical_spelling(place)] = levels().spelled(level_word)  # ('UBND quận Long Biên')
            elif tier == "commune":
                communes[canonical_spelling(place)] += 1
                named_communes[canonical_spelling(place)] += 1
                commune_words[canonical_spelling(place)] = level_word
        if own_unit is not None and own_unit.province == province:
            # what a district's portal reports is that district's, unless the text names another more
            # often: the outlet counts as two mentions ('huyện Lục Nam' named once in passing)
            if fold(own_unit.type_word or "") in CITY_WORDS:
                cities[own_unit.name] += 2
            else:
                districts[own_unit.name] += 2
                district_words.setdefault(own_unit.name, own_unit.type_word or "huyện")
        if province is None and provinces:
            # (after the 2025 merger a former province names its successor: 'dự án của tỉnh Yên Bái cũ'
            # in a Lào Cai report counts for Lào Cai)
            current: Counter = Counter()
            for name, count in provinces.items():
                current[self.gazetteer.province_on(name, doc._.published)] += count
            province = current.most_common(1)[0][0]
        if province is None and len(districts) == 1:
            # a district report that never names its province ('huyện Mai Châu'): the district's
            owners = {p.province for p in self.gazetteer.lookup(next(iter(districts))) if p.kind == "district" and p.province}
            province = owners.pop() if len(owners) == 1 else None
        word = self._province_word(province or "")
        # the district (or city) a district report is about: named more often than any other
        district, city = _dominant(districts), _dominant(cities)
        if not levels().has_districts(doc._.published):
            district = None
        # the one commune named, else the one named with its level word ('Đảng bộ xã Long Thành'; a
        # bare known name may be part of another's: 'khu tái định cư Lộc An - Bình Sơn')
        # (else the one named with its level word more often than any other: 'Đảng bộ phường Đồng Xoài' in a
        # report that also names the wards it works with)
        commune = next(iter(communes)) if len(communes) == 1 else (
            next(iter(named_communes)) if len(named_communes) == 1 else _dominant(named_communes))
        by_word: dict[str, list[str]] = {}
        for place, level_word in commune_words.items():
            by_word.setdefault(fold(level_word), []).append(place)
        # a level word no body is named with is the commune named as a place with it ('làm việc với đặc
        # khu Vân Đồn', then 'UBND đặc khu'); bodies named with it ('UBND xã Bù Đăng') go first
        with_bodies = {fold(w) for w in commune_words.values()}
        for place, level_word in place_words.items():
            if fold(level_word) not in with_bodies:
                by_word.setdefault(fold(level_word), []).append(place)
            commune_words.setdefault(place, level_word)
        return ArticlePlaces(province, word, district, commune, city, commune_words.get(commune or "", "xã"),
                             district_words.get(district or "", "huyện"), levels().has_districts(doc._.published),
                             bool(doc._.published) and levels().has_districts(doc._.published),
                             {w: places[0] for w, places in by_word.items() if len(places) == 1})

    def _district_in_name(self, outlet: Optional[str]) -> Optional[Place]:
        """The district or district-tier city an outlet is the portal or paper of, as its name ends
        ('Cổng thông tin điện tử huyện Lục Ngạn', '… thành phố Sơn La'; not the city that is a province:
        '… thành phố Hải Phòng')."""
        words = (outlet or "").split()
        for n in range(min(5, len(words) - 1), 0, -1):
            before, name = " " + fold(" ".join(words[:-n])), " ".join(words[-n:])
            unit = next((p for p in self.gazetteer.lookup(name)
                         if p.kind == "district" and p.type_word and before.endswith(" " + fold(p.type_word))), None)
            if unit is not None:
                return unit
        return None

    def _province_word(self, province: str) -> str:
        """How a province is named: 'tỉnh', or 'thành phố' for Hà Nội, Cần Thơ …"""
        return next((p.type_word for p in self.gazetteer.lookup(province) if p.kind == "province" and p.type_word), "tỉnh")

    def _province_in_name(self, outlet: Optional[str]) -> Optional[str]:
        """An unlisted provincial outlet names its province ('Báo Phú Thọ', 'Đài PT-TH Kon Tum',
        'Cổng thông tin điện tử tỉnh Lai Châu', 'Nam Định TV')."""
        words = (outlet or "").split()
        if len(words) == 1 and "." in words[0]:
            # an unlisted site ('Baohatinh.vn', 'www.baoquangtri.vn', 'laichau.gov.vn') spells its
            # province in ASCII
            site = words[0].lower().removeprefix("www.")
            host, _, domain = site.partition(".")
            if domain == self.outlets.portal_domain and host in self._provinces_ascii:
                return self._provinces_ascii[host]
            for prefix in self.outlets.site_prefixes:
                if host.startswith(prefix) and host[len(prefix):] in self._provinces_ascii:
                    return self._provinces_ascii[host[len(prefix):]]
            return None
        if len(words) > 1 and words[-1].lower() in self.outlets.outlet_tags:
            return self.gazetteer.province_of(" ".join(words[:-1]))
        if not words or words[0].lower() not in self.outlets.paper_words:
            return None
        for n in range(min(6, len(words) - 1), 0, -1):  # 'Báo Bà Rịa - Vũng Tàu'
            province = self.gazetteer.province_of(" ".join(words[-n:]))
            if province:
                return province
        return None

    def full_name(self, mention: str, rule_id: Optional[str], places: ArticlePlaces) -> tuple[str, Optional[str], Optional[str]]:
        """(full name, level, place) of one mention."""
        name, level, place = self._full_name(mention, rule_id, places)
        for pattern, replacement in self._rewrites:  # again, over the place the name was given
            name = pattern.sub(replacement, name)
        # (a body named inside a title may open in lower case: 'Trưởng phòng Tài chính huyện X')
        return name[:1].upper() + name[1:], level, place

    def _full_name(self, mention: str, rule_id: Optional[str], places: ArticlePlaces) -> tuple[str, Optional[str], Optional[str]]:
        text = " ".join(mention.split())
        text = regex.sub(r" \(\p{Lu}[\p{Lu}&-]{1,9}\)(?= )", "", text)  # 'Ban Chấp hành (BCH) Đảng bộ'
        for pattern, replacement in self._fused:  # before the abbreviations: 'TP.HCM' is one name
            text = pattern.sub(replacement, text)
        text = self._expanded(text)
        for pattern, replacement in self._rewrites:
            text = pattern.sub(replacement, text)
        text = canonical_spelling(text)
        if rule_id != "recognize.agencies.project_board":  # its name is a description in lower case
            text = self._phrases.sub(lambda m: self._canonical.get(fold(m.group(1)), m.group(1)), text)
        if rule_id in CENTRAL_RULES:
            return self._aliases.get(fold(text), text), "trung ương", None
        if fold(text) in self._council_committees and places.province:
            # 'giao Ban Kinh tế - Ngân sách thẩm tra': the council's committee
            return f"{text} Hội đồng nhân dân {places.province_word} {places.province}", places.province_word, places.province
        m = self._level.search(text)
        if m and rule_id == "recognize.agencies.delegate_group":
            # 'Tổ đại biểu HĐND tỉnh ứng cử tại huyện Đại Lộc': the council's place follows its level,
            # what comes after is where the delegates were elected
            level = levels().spelled(fold(m.group(1)))
            place = places.resolve(level)
            return (text[:m.end()] + (f" {place}" if place else "") + text[m.end():]), level, place
        if m:
            level = fold(m.group(1))
            level = levels().spelled(level)
            rest = text[m.end():].lstrip(". ")  # 'UBND TP.Vũng Tàu'
            place = rest.strip() or None
            # level words are written in lower case inside a name: 'Ủy ban nhân dân tỉnh'
            text = text[:m.start()] + level + (" " + rest if rest else "")
            if place is None:
                place = places.resolve(level)
                if place:
                    text = f"{text} {place}"
            return text, level, place
        head = self._implied_head.search(fold(text))
        if head is None:
            return text, None, None
        word = head.group(1) or head.group(2)
        level = self._implied[word]
        tail = text[head.end():].strip()
        # 'Tỉnh ủy Điện Biên' names its place itself; 'Sở Tài chính' takes 'tỉnh Điện Biên'
        committee = head.group(2) is not None
        if committee and tail:
            return text, level, tail
        if self._area_named.search(tail):
            return text, None, None  # (its name gives its area, across districts)
        # 'Sở Y tế Hà Nội': the province is written without its level word
        written = next((p for p in self._province_names if text.endswith(" " + p)), None)
        if written is not None and not committee:
            word = self._province_word(written)
            return f"{text[:-len(written)].rstrip()} {word} {written}", word, written
        place = places.resolve(level)
        if levels().tier_of(level) == "district" and not committee and place in (None, places.city) and places.city \
                and places.has_districts:
            # a city report's 'Phòng Tài chính - Kế hoạch' is the city's
            return f"{text} thành phố {places.city}", "thành phố", places.city
        if levels().tier_of(level) == "district" and not committee and place is None and places.commune \
                and not places.dated_with_districts:
            # after 2025 a commune has the offices a district had: 'Phòng Kinh tế, Hạ tầng và Đô thị'
            # (before, an office of an unnamed district is no commune's)
            return f"{text} {places.commune_word} {places.commune}", places.commune_word, places.commune
        if place is None:
            return text, level, None
        if committee:
            return f"{text} {place}", level, place
        # a provincial department of Cần Thơ is the city's: 'Sở Tài chính thành phố Cần Thơ'
        # ('Phòng Nội vụ' of an article about 'quận Long Biên' is 'Phòng Nội vụ quận Long Biên')
        word = {"province": places.province_word, "district": places.district_word}.get(levels().tier_of(level), level)
        return f"{text} {word} {place}", word, place


def agency_for(doc: Doc, span: Span) -> Optional[AgencyCluster]:
    """The agency a mention span belongs to."""
    for cluster in doc_list(doc, "agencies"):
        for mention in cluster.mentions:
            if mention.start_char == span.start_char and mention.end_char == span.end_char:
                return cluster
    return None


@Language.factory("vnie_agencies", assigns=["doc._.agencies"])
def make_agencies(nlp: Language, name: str):
    return AgencyNormalizer(nlp, name)
