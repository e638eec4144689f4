"""Sentence boundaries of a record's text, so a value can be shown in (and linked to) its
sentence. Split as the segment stage splits: never across a line, and within a line by
underthesea's sentence splitter, aligned back to the text by position."""

from __future__ import annotations

import bisect
import functools
from typing import Iterable, Sequence


@functools.lru_cache(maxsize=1)
def _sent_tokenize():
    from underthesea import sent_tokenize

    return sent_tokenize


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence, in order. Sentences cover each line's text from its first
    to its last non-space character; the spaces between sentences belong to none."""
    split = _sent_tokenize()
    bounds: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        line_start, pos = pos, pos + len(line) + 1
        content = line.strip()
        if not content:
            continue
        first = line_start + line.index(content[0])
        last = first + len(content)
        starts = [first]
        try:
            pieces = split(content)
        except Exception:  # the splitter failing on odd input costs us sentences, not the view
            pieces = []
        cursor = first
        for piece in pieces:
            piece = piece.strip()
            found = text.find(piece, cursor, last) if piece else -1
            if found < 0:  # the splitter rewrote the text: keep the rest of the line whole
                break
            if found > starts[-1]:
                starts.append(found)
            cursor = found + len(piece)
        for i, start in enumerate(starts):
            end = starts[i + 1] if i + 1 < len(starts) else last
            bounds.append((start, start + len(text[start:end].rstrip())))
    return bounds


def merge_across(bounds: Sequence[tuple[int, int]], spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join consecutive sentences that a span runs across, so that every span lies inside one."""
    merged = list(bounds)
    for start, end in sorted(spans):
        i = sentence_index(merged, start)
        if i is None:
            continue
        while i + 1 < len(merged) and merged[i + 1][0] < end:
            merged[i] = (merged[i][0], merged[i + 1][1])
            del merged[i + 1]
    return merged


def sentence_index(bounds: Sequence[tuple[int, int]], offset: int) -> int | None:
    """The sentence that holds `offset` (the next one when it falls between sentences)."""
    if not bounds:
        return None
    i = bisect.bisect_right([s for s, _ in bounds], offset) - 1
    if i < 0:
        return 0
    if offset >= bounds[i][1] and i + 1 < len(bounds):
        return i + 1
    return i
