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


class GoldRecord(Record):
    """A record written by an annotator: no pipeline info."""

    pipeline: Optional[PipelineInfo] = None
    split: Optional[str] = None


class GoldError(ValueError):
    pass


def _find(text: str, quote: str, where: str, after: int = 0) -> tuple[int, int]:
    """Offsets of a quoted substring; `quote` may be 'text#N' for its N-th occurrence (1-based)."""
    occurrence, explicit = 1, False
    if "#" in quote and quote.rsplit("#", 1)[1].isdigit():
        quote, n = quote.rsplit("#", 1)
        occurrence, explicit = int(n), True
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


def build_record(source: dict, path: str = "") -> GoldRecord:
    where = source.get("id") or path
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
    for key, mentions in people.items():
        name = next((m.attrs["name"] for m in mentions if "name" in m.attrs), None) or max(
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

    directives = [_directive(d, text, f"{where}: directive {i}") for i, d in enumerate(source.get("directives") or [])]
    decisions = [_decision(d, text, f"{where}: decision {i}") for i, d in enumerate(source.get("decisions") or [])]
    meetings = [_meeting(m, text, f"{where}: meeting {i}") for i, m in enumerate(source.get("meetings") or [])]

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


def _directive(d: dict, text: str, where: str) -> Directive:
    start, end = _span(d, text, where)
    details = []
    names = []
    for a in d.get("assignees") or []:
        a = {"name": a} if isinstance(a, str) else a
        quote = a.get("quote", a["name"])
        s, e = _find(text[start:end], quote, f"{where}: assignee", 0) if quote in text[start:end] else (None, None)
        if s is None:
            raise GoldError(f"{where}: assignee quote {quote!r} is not inside the directive's span")
        details.append(Assignee(name=a["name"], role=a.get("role", "assigned"), start=start + s, end=start + e))
        names.append(a["name"])
    return Directive(
        verb=d["verb"], issuer=d.get("issuer"), assignees=names, assignee_details=details,
        action=d.get("action"), deadline=d.get("deadline"), purpose=d.get("purpose"),
        agenda_index=d.get("agenda_index"), start=start, end=end, text=text[start:end],
    )


def _decision(d: dict, text: str, where: str) -> Decision:
    start, end = _span(d, text, where)
    return Decision(
        verb=d["verb"], content=d.get("content", text[start:end]), figures=d.get("figures") or [],
        dates=d.get("dates") or [], agenda_index=d.get("agenda_index"), start=start, end=end, text=text[start:end],
    )


def _meeting(m: dict, text: str, where: str) -> Meeting:
    start, end = _span(m, text, where) if "span" in m else (0, len(text))
    agenda = []
    for j, item in enumerate(m.get("agenda") or []):
        w = f"{where}: agenda {j}"
        s, e = _span(item, text, w) if "span" in item else _find(text, item["title"], w)
        agenda.append(
            AgendaItem(
                title=item["title"].rsplit("#", 1)[0] if "#" in item["title"] else item["title"],
                document_type=item.get("document_type"), scope=item.get("scope"), start=s, end=e,
                directives=[_directive(d, text, f"{w}: directive {k}") for k, d in enumerate(item.get("directives") or [])],
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
    manifest_path = root / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8")) if manifest_path.exists() else {"splits": {}}
    splits: dict[str, str] = manifest.setdefault("splits", {})
    records: dict[str, list[GoldRecord]] = {"dev": [], "test": []}
    (root / "articles").mkdir(exist_ok=True)
    (root / "gold").mkdir(exist_ok=True)
    for path, source in load_sources(root / "src"):
        record = build_record(source, str(path))
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
    manifest["splits"] = dict(sorted(splits.items()))
    manifest_path.write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return {"counts": {k: len(v) for k, v in records.items()}, "sha256": sums}
