"""The record schema: one JSONL line per article, validated before it is written.

Every value that comes from the text carries `start`/`end` character offsets into
`Record.text` (and the `text` it covers), so a reader can check it against its sentence.
Field names listed in the foundation issue are fixed; the others are additions.
"""

from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, model_validator

EntityLabel = Literal["PER", "ORG", "LOC", "DATE", "TIME", "NUM", "MONEY", "PERCENT", "TITLE"]
Granularity = Literal[
    "time", "day", "month", "quarter", "half-year", "year", "interval", "duration", "season"
]
DateRole = Literal["event", "deadline", "start", "end", "period", "target", "published"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Mention(_Model):
    """A stretch of the record's text."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Source(_Model):
    """Where the article came from."""

    path: Optional[str] = None
    url: Optional[str] = None
    line: Optional[int] = Field(default=None, description="1-based line in a JSONL input")
    member: Optional[str] = Field(default=None, description="member name inside an archive")
    extra: dict = Field(default_factory=dict, description="unknown input fields, kept as read")


class Entity(Mention):
    label: EntityLabel
    source: Literal["rule", "model", "gold"]
    rule_id: Optional[str] = Field(default=None, description="the rule that produced it")


class OfficialTitle(_Model):
    """One title of an official, as written, with the agency it belongs to."""

    title: str = Field(description="as written, e.g. 'Chủ tịch UBND tỉnh'")
    position: str = Field(description="the position alone, e.g. 'Chủ tịch'")
    agency: Optional[str] = Field(default=None, description="canonical full name of the agency")
    start: int
    end: int


class Official(_Model):
    name: str
    titles: list[str] = Field(default_factory=list, description="each title as written")
    title_details: list[OfficialTitle] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)


class Person(_Model):
    """A named person who is not an official (journalists, citizens)."""

    name: str
    role: Optional[str] = Field(default=None, description="author, photographer, …")
    mentions: list[Mention] = Field(default_factory=list)


class Agency(_Model):
    name: str = Field(description="short canonical name, e.g. 'UBND tỉnh'")
    full_name: str = Field(description="expanded, with level and place resolved")
    level: Optional[str] = Field(default=None, description="trung ương, tỉnh, huyện, xã …")
    place: Optional[str] = None
    mentions: list[Mention] = Field(default_factory=list)


class Location(_Model):
    name: str
    kind: Optional[str] = Field(default=None, description="province, district, commune, village, country …")
    mentions: list[Mention] = Field(default_factory=list)


class DateValue(Mention):
    value: str = Field(description="ISO 8601 at its real precision; '--09-02' when the year is unknown")
    granularity: Granularity
    role: DateRole = "event"
    calendar: Literal["gregorian", "lunar"] = "gregorian"
    gregorian: Optional[str] = Field(
        default=None, description="a lunar date's Gregorian equivalent; `value` keeps the lunar date as written")
    note: Optional[str] = None


class Figure(Mention):
    value: float
    value_max: Optional[float] = Field(default=None, description="upper bound of a range")
    total: Optional[float] = Field(default=None, description="denominator of a vote or ratio: 37/37 → 37")
    unit: Optional[str] = None
    kind: str = Field(description="count, money, percent, ratio, area, length, population, vote, …")
    qualifier: Optional[str] = Field(default=None, description="more-than, less-than, about, …")
    note: Optional[str] = Field(default=None, description="what was assumed when reading the number")


class DocumentRef(Mention):
    """A legal or administrative document number, e.g. 'Nghị quyết số 25/NQ-HĐND'."""

    number: str
    doc_type: Optional[str] = None


class Assignee(_Model):
    name: str
    role: Literal["lead", "cooperate", "assigned"] = "assigned"
    start: int
    end: int


class Directive(_Model):
    verb: str
    issuer: Optional[str] = None
    assignees: list[str] = Field(default_factory=list)
    assignee_details: list[Assignee] = Field(default_factory=list)
    action: Optional[str] = None
    deadline: Optional[str] = Field(default=None, description="ISO 8601 date")
    purpose: Optional[str] = None
    agenda_index: Optional[int] = Field(default=None, description="index in its meeting's agenda")
    start: int
    end: int
    text: str


class Decision(_Model):
    verb: str
    content: str
    figures: list[float] = Field(default_factory=list)
    dates: list[str] = Field(default_factory=list)
    agenda_index: Optional[int] = None
    start: int
    end: int
    text: str


class AgendaItem(_Model):
    title: str
    document_type: Optional[str] = Field(default=None, description="tờ trình, dự thảo, đề án, nghị quyết, báo cáo, kế hoạch")
    scope: Optional[str] = Field(default=None, description="the period the item covers, ISO")
    discussion: list[Mention] = Field(default_factory=list)
    decisions: list[Decision] = Field(default_factory=list)
    directives: list[Directive] = Field(default_factory=list)
    start: int
    end: int


class Meeting(_Model):
    body: Optional[str] = None
    body_full_name: Optional[str] = None
    kind: Optional[str] = None
    sequence: Optional[int] = None
    term: Optional[str] = None
    period: Optional[str] = None
    date: Optional[str] = None
    day_number: Optional[int] = None
    location: Optional[str] = None
    chair: list[str] = Field(default_factory=list)
    attendees: list[str] = Field(default_factory=list)
    agenda: list[AgendaItem] = Field(default_factory=list)
    start: int
    end: int


class PipelineInfo(_Model):
    version: str
    components: list[str] = Field(default_factory=list)


class Record(_Model):
    """One article, as extracted."""

    id: str
    source: Source = Field(default_factory=Source)
    outlet: Optional[str] = None
    title: Optional[str] = None
    published: Optional[str] = Field(default=None, description="ISO 8601, with offset when the time is known")
    authors: list[str] = Field(default_factory=list)
    text: str
    captions: list[Mention] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    officials: list[Official] = Field(default_factory=list)
    persons: list[Person] = Field(default_factory=list)
    agencies: list[Agency] = Field(default_factory=list)
    locations: list[Location] = Field(default_factory=list)
    dates: list[DateValue] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    documents: list[DocumentRef] = Field(default_factory=list)
    directives: list[Directive] = Field(
        default_factory=list, description="every directive of the article; agenda items repeat theirs"
    )
    decisions: list[Decision] = Field(
        default_factory=list, description="every decision of the article; agenda items repeat theirs"
    )
    meetings: list[Meeting] = Field(default_factory=list)
    pipeline: PipelineInfo

    @model_validator(mode="after")
    def _offsets_point_into_text(self) -> "Record":
        for where, start, end, quoted in iter_offsets(self):
            if not (0 <= start <= end <= len(self.text)):
                raise ValueError(f"{where}: offsets {start}:{end} outside text of length {len(self.text)}")
            if quoted is not None and self.text[start:end] != quoted:
                raise ValueError(f"{where}: text[{start}:{end}] is {self.text[start:end]!r}, not {quoted!r}")
        return self


class ErrorRecord(_Model):
    """One input that could not be turned into a record."""

    source: Source
    error_type: str
    message: str
    pipeline: Optional[PipelineInfo] = None


def iter_offsets(record: Record):
    """Yield (where, start, end, quoted_text_or_None) for every offset in a record."""

    def mentions(where, items):
        for i, m in enumerate(items):
            yield f"{where}[{i}]", m.start, m.end, m.text

    yield from mentions("captions", record.captions)
    yield from mentions("entities", record.entities)
    yield from mentions("dates", record.dates)
    yield from mentions("figures", record.figures)
    yield from mentions("documents", record.documents)
    for group in ("officials", "persons", "agencies", "locations"):
        for i, item in enumerate(getattr(record, group)):
            yield from mentions(f"{group}[{i}].mentions", item.mentions)
    for i, off in enumerate(record.officials):
        for j, t in enumerate(off.title_details):
            yield f"officials[{i}].title_details[{j}]", t.start, t.end, t.title

    def acts(where, directives, decisions):
        for i, d in enumerate(directives):
            yield f"{where}directives[{i}]", d.start, d.end, d.text
            for j, a in enumerate(d.assignee_details):
                yield f"{where}directives[{i}].assignee_details[{j}]", a.start, a.end, None
        for i, d in enumerate(decisions):
            yield f"{where}decisions[{i}]", d.start, d.end, d.text

    yield from acts("", record.directives, record.decisions)
    for i, m in enumerate(record.meetings):
        yield f"meetings[{i}]", m.start, m.end, None
        for j, item in enumerate(m.agenda):
            where = f"meetings[{i}].agenda[{j}]."
            yield where.rstrip("."), item.start, item.end, None
            yield from mentions(where + "discussion", item.discussion)
            yield from acts(where, item.directives, item.decisions)
