"""Stage 2 — structure: which lines are title, date line, body, captions, byline, page leftovers.

Every line of the article becomes one zone span in ``doc.spans["zones"]``. Nothing is deleted:
boilerplate stays in the text and later stages skip it. The stage also fills the article's
metadata: ``doc._.title``, ``doc._.published``, ``doc._.outlet`` and ``doc._.authors``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Optional

import regex
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline import extensions  # noqa: F401  (declares the attributes used below)
from pipeline.extensions import text_of
from pipeline.resources import compile_rules
from pipeline.structure.outlets import OutletDirectory
from pipeline.structure.zones import ZONES_KEY, char_span

# How far from the end a byline may stand, counted in content lines.
BYLINE_WINDOW = 3
# How far from the top a date line may stand, counted in content lines after the title.
DATELINE_WINDOW = 3
# the one byline form read above the lead as well as at the end
LABELLED_BYLINE = "structure.byline.labelled"


@dataclass
class Line:
    start: int
    end: int
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def split_lines(text: str) -> list[Line]:
    lines, pos = [], 0
    for raw in text.split("\n"):
        lines.append(Line(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return lines


class StructureParser:
    def __init__(self, nlp: Language, name: str, default_timezone: Optional[str]):
        self.name = name
        self.default_timezone = default_timezone
        self.datelines = compile_rules("structure/dateline")
        self.boilerplate = compile_rules("structure/boilerplate")
        self.bylines = compile_rules("structure/byline")
        captions = {r.id: r for r in compile_rules("structure/captions")}
        self.photo_index = captions["structure.captions.photo_index"]
        self.after_photo_index = captions["structure.captions.after_photo_index"]
        self.credit = captions["structure.captions.credit"]
        self.credited = captions["structure.captions.credited"]
        self.outlets = OutletDirectory.load()

    # -- the component -----------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        article = doc._.article
        text = text_of(doc)
        zones: list[Span] = []
        persons: list[Span] = []
        lines = [line for line in split_lines(text) if not line.blank]

        title_line = None
        if article is not None and article.title_in_text and lines:
            title_line = lines.pop(0)
            zones.append(self._zone(doc, title_line, "title", "structure.title"))
        doc._.title = (title_line.text.strip() if title_line else (article.title if article else None))

        published = None
        byline_outlet = lead_outlet = None
        authors: list[str] = []
        classified: dict[int, Span] = {}

        # date line: near the top only
        for line in lines[:DATELINE_WINDOW]:
            for rule in self.datelines:
                m = rule.match(line.text)
                if m:
                    span = self._zone(doc, line, "dateline", rule.id)
                    published = self._published(m)
                    span._.value = published
                    classified[line.start] = span
                    break
            if line.start in classified:
                break

        # boilerplate and photo indexes: anywhere
        after_photo_index = False
        for line in lines:
            if line.start in classified:
                continue
            if after_photo_index and self.after_photo_index.match(line.text):
                classified[line.start] = self._zone(doc, line, "caption", self.after_photo_index.id)
                after_photo_index = False
                continue
            after_photo_index = False
            if self.photo_index.match(line.text):
                classified[line.start] = self._zone(doc, line, "photo_index", self.photo_index.id)
                after_photo_index = True
                continue
            if line is not lines[0] and self.credited.match(line.text):
                classified[line.start] = self._zone(doc, line, "caption", self.credited.id)
                continue
            for rule in self.boilerplate:
                if rule.match(line.text):
                    classified[line.start] = self._zone(doc, line, "boilerplate", rule.id)
                    break

        # a labelled byline ('Bài, ảnh: Thu Phương') may also stand above the lead, before any body
        # line: its label makes it safe to read there
        for line in lines[:DATELINE_WINDOW]:
            if line.start in classified:
                continue
            found = self._byline(doc, line, only=LABELLED_BYLINE)
            if found is None:
                break
            span, names, outlet = found
            classified[line.start] = span
            authors += names
            persons.extend(self._name_spans(doc, line, span._.rule_id))
            byline_outlet = byline_outlet or outlet

        # bylines: the last content lines only
        content = [line for line in lines if line.start not in classified]
        for line in reversed(content[-BYLINE_WINDOW:]):
            found = self._byline(doc, line)
            if found is None:
                break  # a byline closes the article: stop at the first line that is not one
            span, names, outlet = found
            classified[line.start] = span
            authors = names + authors
            persons.extend(self._name_spans(doc, line, span._.rule_id))
            byline_outlet = byline_outlet or outlet

        # everything else is body; the first body line may open with the outlet's name
        first_body = True
        for line in lines:
            if line.start in classified:
                zones.append(classified[line.start])
                continue
            start = line.start
            if first_body:
                first_body = False
                lead = self.outlets.match_lead(line.text)
                if lead is not None:
                    rule_id, end, outlet = lead
                    lead_span = char_span(doc, line.start, line.start + end, "outlet_lead")
                    lead_span._.rule_id = rule_id
                    lead_span._.canonical = outlet
                    zones.append(lead_span)
                    lead_outlet = outlet
                    start = line.start + end
            if start < line.end:
                zones.append(self._zone(doc, Line(start, line.end, text[start:line.end]), "body", "structure.body"))

        # photo credits inside captions and body lines: the photographers are persons too
        for zone in zones:
            if zone.label_ in ("caption", "body"):
                m = self.credit.search(zone.text)
                if m:
                    line = Line(zone.start_char, zone.end_char, zone.text)
                    name = m.group("authors")
                    persons.extend(self._spans_for(doc, line, [(m.start("authors"), m.end("authors"))], self.credit.id))
                    if name not in authors:
                        authors.append(name)

        zones.sort(key=lambda s: s.start_char)
        doc.spans[ZONES_KEY] = zones
        doc.spans["authors"] = persons
        doc._.authors = authors
        doc._.published = published or (article.published if article else None)
        # a byline names the outlet ('Theo Báo Lào Cai') or only a contributor's affiliation
        # ('Trung tâm VH-TT&TT huyện Mai Châu'): the latter never overrides the page's own outlet
        # so is a lead naming a site the directory does not list ('(Baohatinh.vn) -')
        known = [o for o in (lead_outlet, byline_outlet) if self.outlets.is_known(o)]
        doc._.outlet = next(iter(known), None) or self._outlet_from_meta(article) or lead_outlet or byline_outlet
        return doc

    # -- pieces ------------------------------------------------------------------------
    @staticmethod
    def _zone(doc: Doc, line: Line, label: str, rule_id: str) -> Span:
        # zones cover the line without its surrounding whitespace
        stripped = line.text.strip()
        start = line.start + (len(line.text) - len(line.text.lstrip()))
        span = char_span(doc, start, start + len(stripped), label)
        span._.rule_id = rule_id
        return span

    def _byline(self, doc: Doc, line: Line, only: Optional[str] = None):
        for rule in self.bylines:
            if only is not None and rule.id != only:
                continue
            m = rule.match(line.text)
            if not m:
                continue
            names = []
            if "authors" in m.groupdict() and m.group("authors"):
                names = split_names(m.group("authors"))
            raw_outlet = m.groupdict().get("outlet")
            outlet = self.outlets.canonical(raw_outlet) if raw_outlet else None
            span = self._zone(doc, line, "byline", rule.id)
            span._.value = names
            span._.canonical = outlet
            return span, names, outlet
        return None

    def _name_spans(self, doc: Doc, line: Line, rule_id: str) -> list[Span]:
        for rule in self.bylines:
            if rule.id == rule_id:
                m = rule.match(line.text)
                if m and m.groupdict().get("authors"):
                    offsets = name_offsets(m.group("authors"), m.start("authors"))
                    return self._spans_for(doc, line, offsets, rule_id + ".author")
        return []

    @staticmethod
    def _spans_for(doc: Doc, line: Line, offsets, rule_id: str) -> list[Span]:
        spans = []
        for start, end in offsets:
            span = char_span(doc, line.start + start, line.start + end, "PER")
            span._.rule_id = rule_id
            span._.source = "rule"
            spans.append(span)
        return spans

    def _published(self, m: regex.Match) -> str:
        g = m.groupdict()
        day = dt.date(int(g["year"]), int(g["month"]), int(g["day"]))
        if not g.get("hour"):
            return day.isoformat()
        hour = int(g["hour"])
        if (g.get("ampm") or "").upper() in ("PM", "CH") and hour < 12:
            hour += 12
        moment = dt.datetime(day.year, day.month, day.day, hour, int(g["minute"]), int(g.get("second") or 0))
        zone = g.get("zone") or self.default_timezone
        if not zone:
            return moment.isoformat()
        return moment.isoformat() + format_offset(zone)

    def _outlet_from_meta(self, article) -> Optional[str]:
        if article is None:
            return None
        if article.outlet:
            return self.outlets.canonical(article.outlet)
        if article.url:
            return self.outlets.from_url(article.url)
        return None


def format_offset(zone: str) -> str:
    """'+7' → '+07:00', '+0700' → '+07:00', '+07:00' stays."""
    zone = zone.replace(" ", "")
    sign, digits = zone[0], zone[1:].replace(":", "")
    hours, minutes = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "00")
    return f"{sign}{int(hours):02d}:{minutes}"


_NAME_SEPARATOR = regex.compile(r"\s*(?:[-–,]|\s+và\s+)\s*")


def name_offsets(names: str, base: int = 0) -> list[tuple[int, int]]:
    out, pos = [], 0
    for sep in _NAME_SEPARATOR.finditer(names):
        out.append((base + pos, base + sep.start()))
        pos = sep.end()
    out.append((base + pos, base + len(names.rstrip())))
    return [(s, e) for s, e in out if e > s]


def split_names(names: str) -> list[str]:
    return [p for p in _NAME_SEPARATOR.split(names.strip()) if p]


@Language.factory(
    "vnie_structure",
    assigns=["doc._.title", "doc._.published", "doc._.outlet", "doc._.authors", "doc.spans"],
    default_config={"default_timezone": "+07:00"},
)
def make_structure(nlp: Language, name: str, default_timezone: Optional[str]):
    """`default_timezone` is applied to a date line that prints a time without a zone
    (Vietnam has a single zone, UTC+7); set it to null to leave such times without an offset."""
    return StructureParser(nlp, name, default_timezone)
