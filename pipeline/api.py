"""The library API: load the pipeline once, turn articles into validated records.

    import pipeline
    nlp = pipeline.load()
    record = pipeline.extract("Tiêu đề\\n\\nNội dung …", nlp=nlp)
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Iterable, Optional, Union

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from pipeline import extensions
from pipeline.read import Article

DEFAULT_CONFIG = Path(__file__).parent / "config" / "default.cfg"


def load(config: Union[str, Path, None] = None, disable: Iterable[str] = (), overrides: Optional[dict] = None) -> Language:
    """Build the pipeline from a spaCy config (``pipeline/config/default.cfg`` by default).

    `disable` names components to leave out; `overrides` are dotted config keys, as in spaCy
    (``{"components.vnie_segment.words": False}``)."""
    _register_components()
    cfg = spacy.util.load_config(config or DEFAULT_CONFIG, overrides=overrides or {}, interpolate=False)
    nlp = spacy.util.load_model_from_config(cfg, auto_fill=True, validate=True)
    for name in disable:
        nlp.disable_pipe(name)
    return nlp


@functools.lru_cache(maxsize=1)
def _register_components() -> None:
    """Import every stage so that its factory is registered with spaCy (also done by the
    `spacy_factories` entry points when the package is installed)."""
    extensions.register()
    import pipeline.segment.tokenizer  # noqa: F401
    import pipeline.stages  # noqa: F401


def make_doc(nlp: Language, article: Article) -> Doc:
    doc = nlp.make_doc(article.text)
    doc._.article = article
    return doc


def analyse(nlp: Language, article: Article) -> Doc:
    """Run every enabled stage on one article."""
    return nlp(make_doc(nlp, article))


def extract(text_or_article: Union[str, Article], nlp: Optional[Language] = None, **meta):
    """One article → one validated `Record`. A plain string is read like a .txt article
    (first line is the title) unless `title=` is given."""
    from pipeline.records import to_record

    nlp = nlp or _default_nlp()
    if isinstance(text_or_article, Article):
        article = text_or_article
    else:
        meta.setdefault("title_in_text", "title" not in meta)
        article = Article.from_raw(text_or_article, **meta)
    return to_record(analyse(nlp, article), nlp)


@functools.lru_cache(maxsize=1)
def _default_nlp() -> Language:
    return load()
