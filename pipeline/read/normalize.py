"""Text normalization applied once, at ingestion; every offset later indexes the result."""

from __future__ import annotations

import unicodedata

import regex

# Zero-width characters and the BOM carry no text; soft hyphens are invisible line-break hints.
_INVISIBLE = regex.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_LINE_ENDS = regex.compile(r"\r\n?|[\u2028\u2029\x85]")


def normalize_text(raw: str) -> str:
    """NFC, `\\n` line ends, no zero-width characters. Nothing else is rewritten:
    spelling variants such as 'uỷ'/'ủy' stay as written and are folded in token norms."""
    text = _LINE_ENDS.sub("\n", raw)
    text = _INVISIBLE.sub("", text)
    return unicodedata.normalize("NFC", text)
