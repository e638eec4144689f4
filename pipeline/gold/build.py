"""Compile annotated sources (``corpora/src/*.yaml``) into gold JSONL in the record schema.

A source file holds the article with inline marks (see ``corpora/GUIDELINES.md``) and the
structured parts that do not fit inline (directives, decisions, meetings), which point at the
text by quoting it. The compiler resolves every quote to offsets and fails loudly when a quote
is missing or ambiguous, so gold offsets can be trusted.
"""

from __future__ import annotations

import hashlib
import json
from collections import OrderedDict
from pathlib import Path
from typing import Any, Optional

import yaml

from pipeline.gold.markup import Mark, MarkupError, parse
from pipeline.read.normalize import normalize_text
from pipeline.schema import (
    Agency,
    AgendaItem,
    Assignee,
    DateValue,
    Decision,
    Directive,
    Entity,
    Figure,
    Location,
    Meeting,
    Mention,
    Official,
    OfficialTitle,
    Person,
    PipelineInfo,
    Record,
    Source,
)

ENTITY_LABELS = {"PER", "ORG", "LOC", "DATE", "TIME", "NUM", "MONEY", "PERCENT", "TITLE"}
FIGURE_LABELS = {"NUM", "MONEY", "PERCENT"}
DATE_LABELS = {"DATE", "TIME"}

# Closed vocabularies of corpora/GUIDELINES.md: a value outside them is a typo or an undocumented call.
LOC_KINDS = {"country", "province", "district", "commune", "village", "city", "region", "other"}
FIGURE_KINDS = {
    "count", "money", "percent", "ratio", "area", "length", "weight", "volume", "population", "vote", "age",
    "duration", "other",
}
QUALIFIERS = {"more-than", "less-than", "about", "at-least", "up-to"}
CALENDARS = {"gregorian", "lunar"}
ASSIGNEE_ROLES = {"lead", "cooperate", "assigned"}
MEETING_KINDS = {
    "phiên họp thường kỳ", "phiên họp chuyên đề", "phiên họp", "kỳ họp", "hội nghị", "hội nghị trực tuyến",
    "buổi làm việc", "họp trực tuyến", "tiếp xúc cử tri", "giao ban", "hội thảo", "họp báo", "đại hội",
}
DOCUMENT_TYPES = {"tờ trình", "dự thảo", "đề án", "nghị quyết", "báo cáo", "kế hoạch", "chương trình", None}

# The keys each YAML block may hold. An unknown key is almost always a flow map cut at a comma:
# `{name: Sở Văn hóa, Thể thao và Du lịch}` reads as name 'Sở Văn hóa' plus a key 'Thể thao và Du lịch'.
KEYS = {
    "source": {"id", "title", "published", "outlet", "authors", "meta", "text", "directives", "decisions", "meetings"},
    "directive": {"verb", "issuer", "assignees", "action", "deadline", "purpose", "span", "agenda_index"},
    "assignee": {"name", "quote", "role"},
    "decision": {"verb", "span", "content", "figures", "dates", "agenda_index"},
    "meeting": {
        "body", "body_full_name", "kind", "sequence", "term", "period", "date", "day_number", "location", "chair",
        "attendees", "agenda", "span",
    },
    "agenda": {"title", "document_type", "scope", "span", "directives", "decisions"},
}


class GoldRecord(Record):
    """A record written by an annotator: no pipeline info."""

    pipeline: Optional[PipelineInfo] = None
    split: Optional[str] = None


class GoldError(ValueError):
    pass


def _occurrence(quote: str) -> tuple[str, Optional[int]]:
    """'text#N' → ('text', N); a quote without '#N' → (quote, None)."""
    if "#" in quote and quote.rsplit("#", 1)[1].isdigit():
        text, n = quote.rsplit("#", 1)
        return text, int(n)
    return quote, None


def _find(text: str, quote: str, where: str, after: int = 0) -> tuple[int, int]:
    """Offsets of a quoted substring; `quote` may be 'text#N' for its N-th occurrence (1-based)."""
    quote, n = _occurrence(quote)
    occurrence, explicit = (n, True) if n is not None else (1, False)
    quote = normalize_text(quote)
    pos = after - 1
    for _ in range(occurrence):
        pos = text.find(quote, pos + 1)
        if pos < 0:
            raise GoldError(f"{where}: {quote!r} is not in the text")
    if not explicit and text.find(quote, pos + 1) >= 0 and after == 0:
        raise GoldError(f"{where}: {quote!r} occurs more than once; write {quote!r}#N")
    return pos, pos + len(quote)


def _number(value: Optional[str], where: str) -> Optional[float]:
    if value is None:
        return None
    try:
        return float(value)
    except ValueError as exc:
        raise GoldError(f"{where}: value {value!r} is not a number (write 1277 or 0.5)") from exc


def _keys(item: Any, kind: str, where: str) -> None:
    if not isinstance(item, dict):
        raise GoldError(f"{where}: expected a mapping, got {item!r}")
    unknown = [k for k in item if k not in KEYS[kind]]
    if unknown:
        raise GoldError(
            f"{where}: unknown key(s) {unknown} of this {kind}; a flow map cuts an unquoted value at its first "
            f"comma: write name: \"…, …\" in quotes"
        )


def _vocabulary(mark: Mark, key: str, allowed: set, where: str) -> None:
    value = mark.attrs.get(key)
    if value is not None and value not in allowed:
        raise GoldError(f"{where}: {mark.label} {mark.text!r} has {key}={value}, not one of {sorted(allowed)}")


def _check_marks(marks: list[Mark], where: str) -> None:
    """Attributes the guidelines require or restrict, checked before anything is built."""
    for m in marks:
        if m.label == "PER" and "id" not in m.attrs:
            raise GoldError(f"{where}: PER {m.text!r} has no id= (every mention of a person carries one)")
        if m.label == "ORG" and "full" not in m.attrs:
            raise GoldError(f"{where}: ORG {m.text!r} has no full= (the agency's canonical full name)")
        if m.label == "LOC":
            _vocabulary(m, "kind", LOC_KINDS, where)
        if m.label in FIGURE_LABELS:
            _vocabulary(m, "kind", FIGURE_KINDS, where)
            _vocabulary(m, "qualifier", QUALIFIERS, where)
        if m.label in DATE_LABELS:
            _vocabulary(m, "calendar", CALENDARS, where)


# Calls of corpora/GUIDELINES.md that can be checked mechanically; each was once made both ways.
PARTY_CENTRAL_COMMITTEE = "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"
PLACE_TYPE_WORDS = ("tỉnh", "huyện", "xã", "phường", "quận", "thị xã", "thị trấn", "thành phố", "bản", "thôn",
                    "xóm", "làng", "buôn", "plei", "sông", "suối", "thác", "hồ", "đèo", "đỉnh")
PARTS_OF_DAY = ("sáng", "trưa", "chiều", "tối", "đêm")
# ... unless a word before makes it another noun: 'hộ nghèo đa chiều giai đoạn 2022-2025' (multidimensional),
# 'đường hai chiều' (two-way)
NOT_PARTS_OF_DAY_AFTER = ("đa", "một", "hai", "nhiều", "ba")
LUNAR_WORDS = ("âm lịch", "rằm", "tháng giêng", "mùng", "tết")


def _last_word(text: str) -> str:
    words = text.split()
    return words[-1].lower() if words else ""


def _check_conventions(text: str, marks: list[Mark], where: str) -> None:
    for m in marks:
        w = f"{where}: {m.label} {m.text!r}"
        if m.label == "TITLE" and m.text.lower() == "đại biểu":
            raise GoldError(f"{w}: a bare 'đại biểu' is no title (the person is an official only through another one)")
        if m.label == "ORG" and "Trung ương Đảng" in m.text and m.attrs["full"] != PARTY_CENTRAL_COMMITTEE:
            raise GoldError(f"{w}: the Party Central Committee is full=\"{PARTY_CENTRAL_COMMITTEE}\"")
        if m.label == "LOC" and any(
            m.text.startswith(t + " ") and not m.text[len(t) + 1:][:1].isdigit() for t in PLACE_TYPE_WORDS
        ):  # 'thôn 3' keeps its type word: what remains is a number
            raise GoldError(f"{w}: the lower-case type word stays outside the span (sông {{{{LOC|Lô}}}})")
        if m.label in DATE_LABELS:
            # the word right before the span, on the same line
            before = _last_word(text[:m.start]) if text[m.start - 1:m.start] == " " else ""
            if before in PARTS_OF_DAY and _last_word(text[:m.start].rstrip()[:-len(before)]) not in NOT_PARTS_OF_DAY_AFTER:
                raise GoldError(f"{w}: the part of day {before!r} belongs inside the span ('chiều 26/8')")
            if before == "năm" and m.text[:1].isdigit():
                raise GoldError(f"{w}: the unit word 'năm' belongs inside the span ('năm 2022')")
            lowered = m.text.lower()
            if any(word in lowered for word in LUNAR_WORDS) and m.attrs.get("calendar") != "lunar":
                raise GoldError(f"{w}: a lunar date keeps its lunar value with calendar=lunar")
        if m.label in FIGURE_LABELS and m.attrs.get("kind") == "duration":
            raise GoldError(f"{w}: a duration is a DATE with gran=duration ('5 năm' → P5Y), not a figure")


class _Names:
    """What structured blocks may refer to: marked persons' names and agencies' full names."""

    def __init__(self, text: str, marks: list[Mark], persons: dict[str, str], strict: bool):
        self.text = text
        self.marks = marks
        self.persons = persons  # PER id → the person's name
        self.agencies = {m.attrs.get("full", m.text) for m in marks if m.label == "ORG"}
        self.strict = strict

    def party(self, name: Optional[str], field: str, where: str) -> None:
        """An issuer, chair or attendee names a marked person or an agency (ORG full=)."""
        if not self.strict or name is None or name in self.agencies or name in self.persons.values():
            return
        raise GoldError(
            f"{where}: {field} {name!r} is neither a marked person's name nor an ORG full= of this article"
        )

    def assignee(self, name: str, start: int, end: int, where: str) -> None:
        """An assignee is named by its quote with the mark inside spelled out: the ORG's full= (or the
        person's name) for a quote of one mark, `các Ban và đại biểu HĐND tỉnh` → `các Ban và đại biểu
        Hội đồng nhân dân tỉnh Cao Bằng` around it. A quote of no mark (a group, or `huyện` standing for
        its authorities) is named as written, the place added when the text leaves it implicit."""
        if not self.strict:
            return
        quoted = self.text[start:end]
        inside = []
        for m in self.marks:
            if m.label not in ("ORG", "PER") or m.end <= start or end <= m.start:
                continue
            if m.start < start or end < m.end:
                raise GoldError(f"{where}: assignee quote {quoted!r} cuts the {m.label} mark {m.text!r}; quote it whole")
            if m.parent is None or m.parent.label != "TITLE":
                inside.append(m)
        if len(inside) > 1:
            raise GoldError(
                f"{where}: assignee quote {quoted!r} covers {len(inside)} marks ({', '.join(m.text for m in inside)}); "
                f"list one assignee per agency or person"
            )
        if not inside:
            if not name.startswith(quoted):
                raise GoldError(f"{where}: assignee {name!r} quotes no mark, so it is named as written: {quoted!r}")
            return
        (mark,) = inside
        canonical = mark.attrs["full"] if mark.label == "ORG" else self.persons[mark.attrs["id"]]
        expected = self.text[start:mark.start] + canonical + self.text[mark.end:end]
        if name != expected:
            what = "the full= of the ORG" if mark.label == "ORG" else "the name of the person"
            raise GoldError(f"{where}: assignee {name!r} is not {what} it quotes: {expected!r}")

    def deadline(self, deadline: Optional[str], start: int, end: int, where: str) -> None:
        """A deadline is the value of a role=deadline date in the directive (the last day of an interval,
        or any Gregorian date for a lunar one); such a date without a deadline is a missed deadline."""
        if not self.strict:
            return
        dates = [m for m in self.marks if m.label in DATE_LABELS and start <= m.start and m.end <= end
                 and m.attrs.get("role") == "deadline"]
        if deadline is None:
            if dates:
                raise GoldError(f"{where}: {dates[0].text!r} has role=deadline but the directive has no deadline")
            return
        for m in dates:
            value = m.attrs["value"]
            if deadline == value or deadline == value.rsplit("/", 1)[-1] or m.attrs.get("calendar") == "lunar":
                return
        raise GoldError(
            f"{where}: deadline {deadline!r} matches no role=deadline DATE inside the directive "
            f"(found {[m.attrs['value'] for m in dates]})"
        )


def build_record(source: dict, path: str = "", strict: bool = False) -> GoldRecord:
    """One source compiled into a gold record. `strict` (as `vnie gold build` compiles the corpus)
    also enforces the guidelines: required attributes, closed vocabularies, the conventions made
    both ways once, and that structured blocks name what the marks mark. Without it, a quick record
    for tests and tools is built from whatever the marks say."""
    where = source.get("id") or path
    _keys(source, "source", where)
    try:
        text, marks = parse(normalize_text(source["text"]))
    except MarkupError as exc:
        raise GoldError(f"{where}: {exc}") from exc
    meta = source.get("meta") or {}

    entities = [
        Entity(label=m.label, start=m.start, end=m.end, text=m.text, source="gold")
        for m in marks
        if m.label in ENTITY_LABELS and (m.parent is None or m.parent.label not in ENTITY_LABELS)
    ]
    unknown = sorted({m.label for m in marks} - ENTITY_LABELS)
    if unknown:
        raise GoldError(f"{where}: unknown labels {unknown}")
    if strict:
        _check_marks(marks, where)
        _check_conventions(text, marks, where)

    # people: PER marks grouped by id; officials are the groups with a TITLE of the same id
    people: "OrderedDict[str, list[Mark]]" = OrderedDict()
    for m in marks:
        if m.label == "PER":
            people.setdefault(m.attrs.get("id", m.text), []).append(m)
    titles: dict[str, list[Mark]] = {}
    for m in marks:
        if m.label == "TITLE":
            if "id" not in m.attrs:
                raise GoldError(f"{where}: TITLE {m.text!r} has no id= of the person holding it")
            titles.setdefault(m.attrs["id"], []).append(m)
    for key in titles:
        if key not in people:
            raise GoldError(f"{where}: TITLE id={key} names no PER mark")

    officials, persons = [], []
    names: dict[str, str] = {}
    for key, mentions in people.items():
        name = names[key] = next((m.attrs["name"] for m in mentions if "name" in m.attrs), None) or max(
            (m.text for m in mentions), key=len
        )
        spans = [Mention(start=m.start, end=m.end, text=m.text) for m in mentions]
        if key in titles:
            details = []
            for t in titles[key]:
                agency = next((c for c in marks if c.parent is t and c.label == "ORG"), None)
                details.append(
                    OfficialTitle(
                        title=t.text,
                        position=t.attrs.get("position", t.text if agency is None else text[t.start:agency.start].strip()),
                        agency=(agency.attrs.get("full", agency.text) if agency else None),
                        start=t.start,
                        end=t.end,
                    )
                )
            officials.append(
                Official(name=name, titles=list(OrderedDict.fromkeys(t.text for t in titles[key])), title_details=details, mentions=spans)
            )
        else:
            persons.append(Person(name=name, role=mentions[0].attrs.get("role"), mentions=spans))

    agencies: "OrderedDict[str, Agency]" = OrderedDict()
    for m in marks:
        if m.label == "ORG":
            full = m.attrs.get("full", m.text)
            agency = agencies.get(full)
            if agency is None:
                agency = agencies[full] = Agency(
                    name=m.attrs.get("name", m.text), full_name=full, level=m.attrs.get("level"), place=m.attrs.get("place")
                )
            agency.mentions.append(Mention(start=m.start, end=m.end, text=m.text))

    locations: "OrderedDict[str, Location]" = OrderedDict()
    for m in marks:
        if m.label == "LOC":
            name = m.attrs.get("name", m.text)
            loc = locations.setdefault(name, Location(name=name, kind=m.attrs.get("kind")))
            loc.mentions.append(Mention(start=m.start, end=m.end, text=m.text))

    dates = []
    for m in marks:
        if m.label in DATE_LABELS:
            if "value" not in m.attrs or "gran" not in m.attrs:
                raise GoldError(f"{where}: {m.label} {m.text!r} needs value= and gran=")
            dates.append(
                DateValue(
                    start=m.start, end=m.end, text=m.text, value=m.attrs["value"], granularity=m.attrs["gran"],
                    role=m.attrs.get("role", "event"), calendar=m.attrs.get("calendar", "gregorian"),
                )
            )

    figures = []
    for m in marks:
        if m.label in FIGURE_LABELS:
            w = f"{where}: {m.label} {m.text!r}"
            if "value" not in m.attrs or "kind" not in m.attrs:
                raise GoldError(f"{w} needs value= and kind=")
            figures.append(
                Figure(
                    start=m.start, end=m.end, text=m.text, value=_number(m.attrs["value"], w),
                    value_max=_number(m.attrs.get("max"), w), total=_number(m.attrs.get("total"), w),
                    unit=m.attrs.get("unit"), kind=m.attrs["kind"], qualifier=m.attrs.get("qualifier"),
                )
            )

    refs = _Names(text, marks, names, strict)
    directives = [_directive(d, refs, f"{where}: directive {i}") for i, d in enumerate(source.get("directives") or [])]
    decisions = [_decision(d, text, f"{where}: decision {i}") for i, d in enumerate(source.get("decisions") or [])]
    meetings = [_meeting(m, refs, f"{where}: meeting {i}") for i, m in enumerate(source.get("meetings") or [])]

    return GoldRecord(
        id=source["id"],
        source=Source(path=meta.get("path"), url=meta.get("url")),
        outlet=source.get("outlet"),
        title=source.get("title"),
        published=source.get("published"),
        authors=source.get("authors") or [],
        text=text,
        entities=entities,
        officials=officials,
        persons=persons,
        agencies=list(agencies.values()),
        locations=list(locations.values()),
        dates=dates,
        figures=figures,
        directives=directives,
        decisions=decisions,
        meetings=meetings,
        split=source.get("split"),
    )


def _span(item: dict, text: str, where: str) -> tuple[int, int]:
    if "span" not in item:
        raise GoldError(f"{where}: needs span: (a quote of its text)")
    return _find(text, item["span"], where)


def _directive(d: dict, refs: _Names, where: str) -> Directive:
    _keys(d, "directive", where)
    text = refs.text
    start, end = _span(d, text, where)
    refs.party(d.get("issuer"), "issuer", where)
    details = []
    names = []
    for a in d.get("assignees") or []:
        a = {"name": a} if isinstance(a, str) else a
        _keys(a, "assignee", f"{where}: assignee")
        quote = a.get("quote", a["name"])
        # a quote's '#N' counts its occurrences inside the directive's span
        inside = normalize_text(_occurrence(quote)[0]) in text[start:end]
        s, e = _find(text[start:end], quote, f"{where}: assignee", 0) if inside else (None, None)
        if s is None:
            raise GoldError(f"{where}: assignee quote {quote!r} is not inside the directive's span")
        role = a.get("role", "assigned")
        if refs.strict and role not in ASSIGNEE_ROLES:
            raise GoldError(f"{where}: assignee {a['name']!r} has role {role!r}, not one of {sorted(ASSIGNEE_ROLES)}")
        refs.assignee(a["name"], start + s, start + e, f"{where}: assignee")
        details.append(Assignee(name=a["name"], role=role, start=start + s, end=start + e))
        names.append(a["name"])
    deadline = d.get("deadline")
    refs.deadline(deadline, start, end, where)
    return Directive(
        verb=d["verb"], issuer=d.get("issuer"), assignees=names, assignee_details=details,
        action=d.get("action"), deadline=deadline, purpose=d.get("purpose"),
        agenda_index=d.get("agenda_index"), start=start, end=end, text=text[start:end],
    )


def _decision(d: dict, text: str, where: str) -> Decision:
    _keys(d, "decision", where)
    start, end = _span(d, text, where)
    return Decision(
        verb=d["verb"], content=d.get("content", text[start:end]), figures=d.get("figures") or [],
        dates=d.get("dates") or [], agenda_index=d.get("agenda_index"), start=start, end=end, text=text[start:end],
    )


def _check_meeting(m: dict, refs: _Names, where: str) -> None:
    if m.get("kind") not in MEETING_KINDS:
        raise GoldError(f"{where}: kind {m.get('kind')!r} is not one of the guidelines' meeting kinds")
    if m.get("kind") == "buổi làm việc" and not m.get("location"):
        raise GoldError(f"{where}: a working visit names its host in location: (the place or body visited)")
    if m.get("day_number") is not None and "ngày làm việc thứ" not in refs.text.lower():
        raise GoldError(f"{where}: day_number is set only when the text writes 'ngày làm việc thứ N'")
    full = m.get("body_full_name")
    if full is not None and full not in refs.agencies:
        raise GoldError(f"{where}: body_full_name {full!r} is not an ORG full= of this article")
    for name in m.get("chair") or []:
        refs.party(name, "chair", where)
    for name in m.get("attendees") or []:
        refs.party(name, "attendee", where)


def _meeting(m: dict, refs: _Names, where: str) -> Meeting:
    _keys(m, "meeting", where)
    text = refs.text
    start, end = _span(m, text, where) if "span" in m else (0, len(text))
    if refs.strict:
        _check_meeting(m, refs, where)
    agenda = []
    for j, item in enumerate(m.get("agenda") or []):
        w = f"{where}: agenda {j}"
        _keys(item, "agenda", w)
        if refs.strict and item.get("document_type") not in DOCUMENT_TYPES:
            raise GoldError(f"{w}: document_type {item.get('document_type')!r} is not one of the guidelines' types")
        s, e = _span(item, text, w) if "span" in item else _find(text, item["title"], w)
        agenda.append(
            AgendaItem(
                title=item["title"].rsplit("#", 1)[0] if "#" in item["title"] else item["title"],
                document_type=item.get("document_type"), scope=item.get("scope"), start=s, end=e,
                directives=[_directive(d, refs, f"{w}: directive {k}") for k, d in enumerate(item.get("directives") or [])],
                decisions=[_decision(d, text, f"{w}: decision {k}") for k, d in enumerate(item.get("decisions") or [])],
            )
        )
    return Meeting(
        body=m.get("body"), body_full_name=m.get("body_full_name"), kind=m.get("kind"), sequence=m.get("sequence"),
        term=m.get("term"), period=m.get("period"), date=m.get("date"), day_number=m.get("day_number"),
        location=m.get("location"), chair=m.get("chair") or [], attendees=m.get("attendees") or [],
        agenda=agenda, start=start, end=end,
    )


# ---------------------------------------------------------------------------
# The corpus: sources → articles/*.txt and gold/{dev,test}.jsonl, with a manifest.

class _TextLoader(yaml.SafeLoader):
    """YAML without implicit dates: `2021-09-02` stays the string the annotator wrote."""


_TextLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def read_source(path: Path) -> dict:
    with path.open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_TextLoader)


def load_sources(src_dir: Path) -> list[tuple[Path, dict]]:
    return [(path, read_source(path)) for path in sorted(src_dir.glob("*.yaml"))]


def assign_split(record_id: str) -> str:
    """A new article's split, from its id alone: about one in three goes to test."""
    return "test" if int(hashlib.sha1(record_id.encode("utf-8")).hexdigest(), 16) % 3 == 0 else "dev"


def build_corpus(root: Path, assign_new: bool = False, freeze: bool = False) -> dict[str, Any]:
    """Write ``articles/``, ``gold/dev.jsonl`` and ``gold/test.jsonl`` from ``src/``.

    The split of every article is read from ``manifest.json``; `assign_new` gives unlisted
    articles a split by `assign_split`. `freeze` records the gold files' checksums, which
    `vnie gold check` then enforces for the test split."""
    if not (root / "src").is_dir():
        raise GoldError(f"{root / 'src'} is not a folder of annotated sources")
    manifest_path = root / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8")) if manifest_path.exists() else {"splits": {}}
    splits: dict[str, str] = manifest.setdefault("splits", {})
    records: dict[str, list[GoldRecord]] = {"dev": [], "test": []}
    (root / "articles").mkdir(exist_ok=True)
    (root / "gold").mkdir(exist_ok=True)
    built, errors = [], []
    for path, source in load_sources(root / "src"):
        try:
            built.append(build_record(source, str(path), strict=True))
        except GoldError as exc:  # report every broken source at once, not only the first
            errors.append(str(exc))
    if errors:
        raise GoldError(f"{len(errors)} source(s) do not compile:\n" + "\n".join(errors))
    for record in built:
        split = splits.get(record.id)
        if split is None and assign_new:
            split = splits[record.id] = assign_split(record.id)
        if split is None:
            raise GoldError(f"{record.id}: not in manifest.json's splits (run `vnie gold build --assign-new`)")
        record.split = split
        article = root / "articles" / f"{record.id}.txt"
        article.write_text(record.text, encoding="utf-8")
        record.source.path = str(article.relative_to(root.parent))
        records[split].append(record)
    sums = {}
    for split, items in records.items():
        lines = "".join(r.model_dump_json(exclude_none=True) + "\n" for r in items)
        (root / "gold" / f"{split}.jsonl").write_text(lines, encoding="utf-8")
        sums[split] = hashlib.sha256(lines.encode("utf-8")).hexdigest()
    if freeze:
        manifest["sha256"] = sums
    else:
        # the other splits move with their sources; only the frozen test checksum is kept as it was, and
        # none is recorded where none was frozen (a new corpus is not frozen by its first build)
        frozen = {k: v for k, v in manifest.get("sha256", {}).items() if k == "test"}
        manifest["sha256"] = {**{k: v for k, v in sums.items() if k != "test"}, **frozen}
    manifest["splits"] = dict(sorted(splits.items()))
    manifest_path.write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return {"counts": {k: len(v) for k, v in records.items()}, "sha256": sums}
