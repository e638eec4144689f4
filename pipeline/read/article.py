"""The article as the pipeline receives it, before any analysis."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Optional

from pipeline.read.normalize import normalize_text


class InputError(ValueError):
    """An input that cannot become an article (empty, undecodable, missing text …)."""


@dataclass
class Article:
    text: str
    id: Optional[str] = None
    title: Optional[str] = None
    published: Optional[str] = None  # ISO 8601 when given by the input
    url: Optional[str] = None
    outlet: Optional[str] = None
    path: Optional[str] = None
    line: Optional[int] = None
    member: Optional[str] = None
    extra: dict = field(default_factory=dict)
    # True when the first line of `text` is the title (plain .txt articles)
    title_in_text: bool = False

    @classmethod
    def from_raw(cls, raw: str, **meta) -> "Article":
        text = normalize_text(raw)
        if not text.strip():
            raise InputError("the article has no text")
        meta = {k: (normalize_text(v).strip() if isinstance(v, str) else v) for k, v in meta.items()}
        return cls(text=text, **meta)

    @property
    def stable_id(self) -> str:
        """The given id, else a hash of the text: identical articles get the same id."""
        if self.id:
            return str(self.id)
        return hashlib.sha1(self.text.encode("utf-8")).hexdigest()[:16]
