"""Scanning helpers shared by the dates and figures stages.

Both stages scan once over a lower-cased copy of the text (patterns are written in lower case,
which is several times faster than a case-insensitive flag), stop only where a rule can start
(a digit or a start word, found by a prefix-tree pattern), and there try only the rules that
can open with that word.
"""

from __future__ import annotations

from typing import Callable, Generic, Iterable, TypeVar

import regex

Rule = TypeVar("Rule")
# a space inside a lexicon entry matches any run of spaces, never a line break
_SPACE = r"[^\S\n]+"


def alternation(words: Iterable[str]) -> str:
    """Lexicon entries as one alternation, longest first."""
    return "|".join(regex.escape(w).replace(r"\ ", _SPACE) for w in sorted(set(words), key=len, reverse=True))


def trie_pattern(words: Iterable[str]) -> str:
    """An alternation of literal words as a prefix tree ('ng(?:ày|àn)'): the regex engine
    then tries one branch per character instead of every word at every position."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [
            (_SPACE if ch == " " else regex.escape(ch)) + build(sub) for ch, sub in sorted(node.items()) if ch != ""
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return build(trie)


def lower_same_length(text: str) -> str:
    """The text in lower case, character for character, so that offsets stay valid."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    # a few characters lower-case to two ('İ'): keep those as they are
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


class FirstWordIndex(Generic[Rule]):
    """The rules that can start with a given word, found once per word by asking each pattern
    (partial matching) whether the word can begin one of its matches. A digit stands for any
    number. `always` names rules that cannot be asked without their context (a look-behind)."""

    def __init__(self, rules: list[Rule], pattern: Callable[[Rule], regex.Pattern],
                 always: Callable[[Rule], bool] = lambda rule: False,
                 digit_samples: tuple[str, ...] = ("1", "12", "2021", "1.277")):
        self.rules = rules
        self.pattern = pattern
        self.always = always
        self.digit_samples = digit_samples
        self._cache: dict[str, list[Rule]] = {}

    def __call__(self, first: str) -> list[Rule]:
        key = "1" if first[:1].isdigit() else first
        rules = self._cache.get(key)
        if rules is None:
            samples = self.digit_samples if key == "1" else (key,)
            rules = [r for r in self.rules
                     if self.always(r) or any(self.pattern(r).match(x, partial=True) for x in samples)]
            self._cache[key] = rules
        return rules
