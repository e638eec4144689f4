"""Reading the zones the structure stage wrote; the one way later stages ask 'where am I?'."""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span

ZONES_KEY = "zones"
# Zones whose sentences are analysed for entities, dates, acts and meetings.
ANALYSED = frozenset({"title", "body", "caption"})


def char_span(doc: Doc, start: int, end: int, label: str) -> Span:
    """A span on token boundaries; the tokenizer splits finely enough that patterns align."""
    span = doc.char_span(start, end, label=label, alignment_mode="expand")
    if span is None:  # only whitespace inside
        raise ValueError(f"no tokens in {start}:{end}")
    return span


def zones(doc: Doc, *labels: str) -> list[Span]:
    if ZONES_KEY not in doc.spans:
        return [doc[:]]  # a doc without structure is all body
    group = doc.spans[ZONES_KEY]
    return [z for z in group if not labels or z.label_ in labels]


def analysed_zones(doc: Doc) -> list[Span]:
    return zones(doc, *ANALYSED) if ZONES_KEY in doc.spans else [doc[:]]


class ZoneIndex:
    """Which zone holds a character offset, in O(log n)."""

    def __init__(self, doc: Doc):
        spans = sorted(zones(doc), key=lambda s: s.start_char)
        self._starts = [s.start_char for s in spans]
        self._spans = spans

    def at(self, char: int) -> Span | None:
        i = bisect.bisect_right(self._starts, char) - 1
        if i >= 0 and char < self._spans[i].end_char:
            return self._spans[i]
        return None

    def label_at(self, char: int) -> str | None:
        zone = self.at(char)
        return zone.label_ if zone is not None else None

    def is_analysed(self, start: int, end: int) -> bool:
        zone = self.at(start)
        return zone is not None and zone.label_ in ANALYSED and end <= zone.end_char
