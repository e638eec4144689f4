"""Helpers for tests and rule examples: build docs from marked examples, find spans by rule."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.api import analyse
from pipeline.read import Article
from pipeline.resources import RuleExample


def doc_for_example(nlp: Language, case: RuleExample) -> Doc:
    ctx = case.context
    article = Article.from_raw(
        case.text,
        title=ctx.get("title"),
        published=ctx.get("published"),
        outlet=ctx.get("outlet"),
        title_in_text=bool(ctx.get("title_in_text", "title" not in ctx)),
    )
    return analyse(nlp, article)


def spans_of(doc: Doc, rule_id: str, prefix: bool = False) -> list[Span]:
    """Every span in every group produced by `rule_id` (or by any rule under it, with `prefix`)."""
    out = []
    for key in doc.spans:
        for span in doc.spans[key]:
            rid = span._.rule_id
            if rid is None:
                continue
            if rid == rule_id or (prefix and rid.startswith(rule_id + ".")):
                out.append(span)
    return out


def attr_text(value) -> str:
    if isinstance(value, (list, tuple)):
        return "|".join(str(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # figures: value="1277" in an example, 1277.0 on the span
    return "" if value is None else str(value)
