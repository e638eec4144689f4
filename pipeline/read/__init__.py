"""Stage 1 — read and normalize: raw input → `Article` with NFC text and `\\n` line ends."""

from pipeline.read.article import Article, InputError
from pipeline.read.normalize import normalize_text

__all__ = ["Article", "InputError", "normalize_text"]
