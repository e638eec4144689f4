"""The baseline: underthesea's off-the-shelf `ner` (a CRF tagger) on the same texts, as PER/ORG/LOC
spans with character offsets, so that the report can put it beside the pipeline.

underthesea works on sentences and returns tokens without offsets, rewritten on the way
(`uỷ` comes back as `ủy`, whitespace runs vanish). Each line of the text is split into sentences,
tagged, and every token is found again in the line, left to right, by comparing folded
spellings (`pipeline.segment.orthography.fold`, which keeps the length) with any whitespace
between syllables. B-/I- tags become spans: a span starts at a B- tag, or at an I- tag whose
label differs from the open span's (the lenient CoNLL reading), and ends before O or a new B-.

Tagging sentence by sentence is also faster than the whole text at once (0.5 s against 2.4 s
for the origin article); still, at about 3–4 articles a second it costs more than the pipeline,
so its spans are cached on disk, keyed by the underthesea version and the SHA-256 of the text.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Iterable, Optional, Sequence

import regex

from pipeline.segment.orthography import fold

LABELS = ("PER", "ORG", "LOC")
DEFAULT_CACHE = Path(".cache") / "underthesea-ner"
_WORD_CHAR = regex.compile(r"[\p{L}\p{N}]")


@dataclass(frozen=True)
class TaggedSpan:
    start: int
    end: int
    label: str
    text: str


def _folded(text: str) -> str:
    folded = fold(text)
    # fold lower-cases; a character whose lower case is longer would shift every offset after it
    return folded if len(folded) == len(text) else text


def align(tokens: Sequence[str], text: str, offset: int = 0) -> list[Optional[tuple[int, int]]]:
    """Character spans of `tokens` in `text` (plus `offset`), found in order. Syllables may be
    separated by any whitespace or none (underthesea splits '48.676hội'). A token is None when
    it is not found before the next word of the text; the cursor then stays where it was."""
    haystack = _folded(text)
    spans: list[Optional[tuple[int, int]]] = []
    cursor = 0
    for token in tokens:
        parts = _folded(token).split()
        if not parts:
            spans.append(None)
            continue
        pattern = regex.compile(r"\s*".join(regex.escape(p) for p in parts))
        found = pattern.search(haystack, cursor, timeout=1.0)
        if found is None or _WORD_CHAR.search(haystack, cursor, found.start()):
            # not there, or only further on past words of the text: a wrong place, not this token's
            spans.append(None)
            continue
        spans.append((offset + found.start(), offset + found.end()))
        cursor = found.end()
    return spans


def decode_bio(tags: Sequence[str], spans: Sequence[Optional[tuple[int, int]]], text: str, labels: Iterable[str] = LABELS) -> list[TaggedSpan]:
    """Spans from B-/I- tags over tokens already placed in `text` (unplaced tokens close the span)."""
    wanted = set(labels)
    out: list[TaggedSpan] = []
    open_label, open_start, open_end = None, 0, 0

    def close():
        if open_label in wanted:
            out.append(TaggedSpan(open_start, open_end, open_label, text[open_start:open_end]))

    for tag, span in zip(tags, spans):
        prefix, _, label = tag.partition("-")
        if span is None or prefix not in ("B", "I") or not label:
            close()
            open_label = None
            continue
        if prefix == "B" or label != open_label:
            close()
            open_label, open_start = label, span[0]
        open_end = span[1]
    close()
    return out


def _lines(text: str) -> Iterable[tuple[int, str]]:
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def tag_text(text: str) -> list[TaggedSpan]:
    """Run underthesea's `ner` over `text`, sentence by sentence; spans index `text`."""
    from underthesea import ner, sent_tokenize

    out: list[TaggedSpan] = []
    for start, line in _lines(text):
        if not line.strip():
            continue
        tokens: list[str] = []
        tags: list[str] = []
        for sentence in sent_tokenize(line):
            for row in ner(sentence):
                tokens.append(row[0])
                tags.append(row[-1])
        out.extend(decode_bio(tags, align(tokens, line, start), text))
    return out


def _version() -> str:
    try:
        import underthesea

        return str(underthesea.__version__)
    except Exception:  # noqa: BLE001  (the version only names the cache folder)
        return "unknown"


class CachedTagger:
    """`tag_text`, remembered on disk by text hash (and underthesea version)."""

    def __init__(self, cache_dir: Optional[Path] = None):
        base = Path(cache_dir or os.environ.get("VNIE_CACHE_DIR") or DEFAULT_CACHE)
        self.version = _version()
        self.directory = base / self.version
        self.hits = self.misses = 0

    def _path(self, text: str) -> Path:
        return self.directory / (hashlib.sha256(text.encode("utf-8")).hexdigest() + ".json")

    def __call__(self, text: str) -> list[TaggedSpan]:
        path = self._path(text)
        if path.exists():
            try:
                spans = [TaggedSpan(**s) for s in json.loads(path.read_text(encoding="utf-8"))]
            except (ValueError, TypeError):
                spans = None  # a damaged cache entry is recomputed
            if spans is not None and all(text[s.start:s.end] == s.text for s in spans):
                self.hits += 1
                return spans
        self.misses += 1
        spans = tag_text(text)
        self.directory.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps([asdict(s) for s in spans], ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)
        return spans
