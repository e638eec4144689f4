"""Spelling folds for token norms: lower case plus one tone-mark placement."""

from __future__ import annotations

import functools

import regex

from pipeline.resources import load_rule_file

_LETTER = r"[\p{L}\p{M}]"


@functools.lru_cache(maxsize=1)
def _fold_table() -> tuple[regex.Pattern, dict[str, str]]:
    table = load_rule_file("segment/orthography")["fold"]
    # a pair folds only at the end of a syllable, and 'uy' not after 'q' ('quý' is right)
    alternatives = "|".join(regex.escape(k) for k in sorted(table, key=len, reverse=True))
    pattern = regex.compile(rf"(?<!q)(?:{alternatives})(?!{_LETTER})", regex.V1)
    return pattern, table


@functools.lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """'Tỉnh Uỷ' → 'tỉnh ủy'. Used as the NORM of every lexeme, so it runs once per word type."""
    pattern, table = _fold_table()
    lowered = text.lower()
    return pattern.sub(lambda m: table[m.group(0)], lowered)


@functools.lru_cache(maxsize=1)
def _case_table() -> tuple[regex.Pattern, dict[str, str]]:
    table = load_rule_file("segment/orthography")["fold"]
    cased = {}
    for variant, canonical in table.items():
        cased[variant] = canonical
        cased[variant[0].upper() + variant[1:]] = canonical[0].upper() + canonical[1:]
        cased[variant.upper()] = canonical.upper()
    alternatives = "|".join(regex.escape(k) for k in sorted(cased, key=len, reverse=True))
    return regex.compile(rf"(?<![qQ])(?:{alternatives})(?!{_LETTER})", regex.V1), cased


def canonical_spelling(text: str) -> str:
    """One tone-mark placement, case kept: 'Tỉnh Uỷ' → 'Tỉnh Ủy'. For canonical names."""
    pattern, table = _case_table()
    return pattern.sub(lambda m: table[m.group(0)], text)
