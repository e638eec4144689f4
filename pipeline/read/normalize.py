"""Text normalization applied once, at ingestion; every offset later indexes the result."""

from __future__ import annotations

import unicodedata

import regex

# Zero-width characters and the BOM carry no text; soft hyphens are invisible line-break hints;
# direction marks are invisible too. Control characters (NUL and the like, other than tab and
# line ends) are debris of broken exports; a vertical tab or form feed ends a line.
_INVISIBLE = regex.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u180e"
                           "\x00-\x08\x0e-\x1f\x7f\x80-\x84\x86-\x9f]")
_LINE_ENDS = regex.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")


def normalize_text(raw: str) -> str:
    """NFC, `\\n` line ends, no zero-width or control characters. Nothing else is rewritten:
    spelling variants such as 'uỷ'/'ủy' stay as written and are folded in token norms."""
    text = _LINE_ENDS.sub("\n", raw)
    text = _INVISIBLE.sub("", text)
    return unicodedata.normalize("NFC", text)
