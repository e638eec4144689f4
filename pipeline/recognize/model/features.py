"""Token features for the statistical PER/ORG/LOC tagger, shared by training and tagging.

A sequence is one sentence of an analysed zone, without whitespace tokens; a token is one of
our syllable tokens. Each token gets a handful of strings (CRF attributes):

- the word itself (folded, and as written), its shape (``Xx``, ``XX``, ``x``, ``d``, ``p``)
  and whether it opens the sentence;
- the same for its neighbours two tokens either way, plus word and shape bigrams;
- lexicon tags, B/I over multi-syllable phrases: honorifics, surnames, positions and ranks,
  place-type and level words, agency heads — read from ``rules/recognize/*.yaml`` so the
  model and the rules share one vocabulary;
- a gazetteer tag over capitalized runs (``B-province``, ``I-district`` …): the longest known
  place name starting at each capitalized token, found by a few hash lookups, never a scan.

Word-level attributes are cached per word type, so the per-token cost is a few list
concatenations; only the phrase and gazetteer tags depend on position.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional, Sequence

from spacy.attrs import IS_SPACE, SENT_START
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from pipeline.recognize.gazetteer import Gazetteer, load_gazetteer
from pipeline.resources import load_rule_file
from pipeline.segment.orthography import fold
from pipeline.segment.tokenizer import VietnameseTokenizer
from pipeline.structure.zones import analysed_zones

# Bump when the attributes change: a model trained on other attributes must not be loaded.
FEATURES_VERSION = 1

# the longest place name looked up in the gazetteer, in syllables ('Đồng bằng sông Cửu Long')
MAX_PLACE_TOKENS = 6
# place kinds, most specific reading last: a name that is a province and a commune reads as a province
KIND_RANK = ("country", "capital", "region", "province", "district", "commune")


def shape(text: str) -> str:
    """'Đô' Xx, 'UBND' XX, 'A' X, 'iPhone' xX, 'McKinsey' XxX, 'tỉnh' x, '2021' d, ',' p."""
    if text.isdigit():
        return "d"
    if not text[0].isalpha():
        return "p"
    if text.islower():
        return "x"
    if not text[0].isupper():
        return "xX"
    if len(text) == 1:
        return "X"
    if text.isupper():
        return "XX"
    return "XxX" if any(c.isupper() for c in text[1:]) else "Xx"


@dataclass(frozen=True)
class Lexicons:
    """Phrases by category, each phrase a tuple of folded tokens."""

    phrases: dict[tuple[str, ...], frozenset[str]]
    first_tokens: frozenset[str]
    longest: int
    surnames: frozenset[str]


def _split(phrase: str, tokenizer: VietnameseTokenizer) -> tuple[str, ...]:
    return tuple(fold(t.text) for t in tokenizer(phrase) if not t.is_space)


def _lists(name: str, *keys: str) -> list[str]:
    lists = load_rule_file(name).get("lists") or {}
    out: list[str] = []
    for key in keys:
        out.extend(str(p) for p in lists.get(key) or [])
    return out


def load_lexicons() -> Lexicons:
    """The rule files' vocabularies, by the category the model sees."""
    tokenizer = VietnameseTokenizer(Vocab())
    categories = {
        "hon": _lists("recognize/persons", "honorifics"),
        "pos": _lists("recognize/titles", "positions", "positions_with_agency", "ranks"),
        "typ": _lists("recognize/places", "type_words") + _lists("recognize/common", "levels"),
        "agy": _lists(
            "recognize/agencies",
            "local_bodies", "council_parts", "party_committees", "central_bodies", "ministries", "sectors",
        ),
    }
    phrases: dict[tuple[str, ...], set[str]] = {}
    for category, items in categories.items():
        for item in items:
            key = _split(item, tokenizer)
            if key:
                phrases.setdefault(key, set()).add(category)
    surnames = frozenset(fold(s) for s in _lists("recognize/persons", "surnames"))
    return Lexicons(
        phrases={k: frozenset(v) for k, v in phrases.items()},
        first_tokens=frozenset(k[0] for k in phrases),
        longest=max(len(k) for k in phrases),
        surnames=surnames,
    )


class Featurizer:
    """Doc → sequences of tokens → attribute lists, the same way at training and tagging time.

    `known`: the attributes a trained model weighs; the others are not produced at all (a model
    ignores attributes it does not know, so this changes nothing but the time spent)."""

    def __init__(self, lexicons: Optional[Lexicons] = None, gazetteer: Optional[Gazetteer] = None,
                 known: Optional[frozenset[str]] = None):
        self.lexicons = lexicons or load_lexicons()
        self.gazetteer = gazetteer or load_gazetteer()
        self.known = known
        self._words: dict[str, tuple] = {}
        self._places: dict[str, Optional[str]] = {}
        self._pairs: dict[tuple[str, str], tuple[list[str], list[str]]] = {}
        self._bos, self._eos, self._first = self._keep(["w-1=BOS"]), self._keep(["w+1=EOS"]), self._keep(["first"])

    # -- sequences ---------------------------------------------------------------------------
    @staticmethod
    def sequences(doc: Doc, zones: Optional[Iterable[Span]] = None) -> list[list[int]]:
        """The sentences of the analysed zones, as lists of the indices of their non-space
        tokens. A sentence never crosses a line break."""
        if not len(doc):
            return []
        flags = doc.to_array([SENT_START, IS_SPACE])
        starts = flags[:, 0].tolist() if doc.has_annotation("SENT_START") else [0] * len(doc)
        spaces = flags[:, 1].tolist()
        out: list[list[int]] = []
        for zone in zones if zones is not None else analysed_zones(doc):
            current: list[int] = []
            for i in range(zone.start, zone.end):
                if starts[i] == 1 and current:
                    out.append(current)
                    current = []
                if spaces[i]:
                    if current and "\n" in doc[i].text:
                        out.append(current)
                        current = []
                    continue
                current.append(i)
            if current:
                out.append(current)
        return out

    # -- attributes --------------------------------------------------------------------------
    def _keep(self, names: list[str]) -> list[str]:
        return names if self.known is None else [a for a in names if a in self.known]

    def _word(self, text: str) -> tuple:
        """(as center, as left neighbour, as right neighbour, two left, two right, norm, shape)."""
        cached = self._words.get(text)
        if cached is None:
            norm = fold(text)
            sh = shape(text)
            center = ["b", "w=" + norm, "W=" + text, "s=" + sh]
            if norm in self.lexicons.surnames:
                center.append("sur")
            cached = (
                self._keep(center),
                self._keep(["w-1=" + norm, "s-1=" + sh]),
                self._keep(["w+1=" + norm, "s+1=" + sh]),
                self._keep(["w-2=" + norm, "s-2=" + sh]),
                self._keep(["w+2=" + norm, "s+2=" + sh]),
                norm,
                sh,
            )
            if len(self._words) > 200_000:  # bounded: news text has a long tail of words
                self._words.clear()
            self._words[text] = cached
        return cached

    def _phrase_tags(self, norms: Sequence[str]) -> dict[int, list[str]]:
        """'B-hon', 'I-pos' … by token position (only positions that have one): the lexicon
        phrases that start at or cover each token (the longest one from each start)."""
        lex = self.lexicons
        tags: dict[int, list[str]] = {}
        n = len(norms)
        for i in range(n):
            if norms[i] not in lex.first_tokens:
                continue
            for length in range(min(lex.longest, n - i), 0, -1):
                cats = lex.phrases.get(tuple(norms[i:i + length]))
                if cats:
                    for cat in cats:
                        tags.setdefault(i, []).append("B-" + cat)
                        for j in range(i + 1, i + length):
                            tags.setdefault(j, []).append("I-" + cat)
                    break
        return tags

    def _place_kind(self, key: str) -> Optional[str]:
        if key in self._places:
            return self._places[key]
        kinds = {p.kind for p in self.gazetteer.lookup(key)}
        kind = next((k for k in KIND_RANK if k in kinds), None)
        if len(self._places) > 200_000:
            self._places.clear()
        self._places[key] = kind
        return kind

    def _gazetteer_tags(self, norms: Sequence[str], shapes: Sequence[str]) -> list[Optional[str]]:
        """The longest known place over capitalized tokens from each capitalized token on."""
        n = len(norms)
        tags: list[Optional[str]] = [None] * n
        i = 0
        while i < n:
            if shapes[i] not in _CAPS:
                i += 1
                continue
            end = i
            while end < n and end - i < MAX_PLACE_TOKENS and (shapes[end] in _CAPS or shapes[end] == "d"):
                end += 1
            for stop in range(end, i, -1):
                kind = self._place_kind(" ".join(norms[i:stop]))
                if kind:
                    tags[i] = "B-" + kind
                    for j in range(i + 1, stop):
                        tags[j] = "I-" + kind
                    i = stop
                    break
            else:
                i += 1
        return tags

    def _pair(self, a: str, b: str) -> tuple[list[str], list[str]]:
        """Bigram attributes of two adjacent tokens: (for the right one, for the left one)."""
        cached = self._pairs.get((a, b))
        if cached is None:
            wa, wb = self._word(a), self._word(b)
            cached = (
                self._keep(["w-1|0=" + wa[5] + "|" + wb[5], "s-1|0=" + wa[6] + wb[6]]),
                self._keep(["w0|+1=" + wa[5] + "|" + wb[5], "s0|+1=" + wa[6] + wb[6]]),
            )
            if len(self._pairs) > 200_000:
                self._pairs.clear()
            self._pairs[(a, b)] = cached
        return cached

    def attributes(self, texts: Sequence[str]) -> list[list[str]]:
        """One attribute list per token of a sequence (token texts as written)."""
        n = len(texts)
        if not n:
            return []
        words = [self._word(t) for t in texts]
        # what each position gets from its neighbours
        left = [self._bos] + [w[1] for w in words[:-1]]
        right = [w[2] for w in words[1:]] + [self._eos]
        left2 = [_NONE, _NONE] + [w[3] for w in words[:-2]]
        right2 = [w[4] for w in words[2:]] + [_NONE, _NONE]
        pairs = [self._pair(a, b) for a, b in zip(texts, texts[1:])]
        from_left = [_NONE] + [p[0] for p in pairs]
        from_right = [p[1] for p in pairs] + [_NONE]
        out = [
            w[0] + l1 + r1 + l2 + r2 + fl + fr
            for w, l1, r1, l2, r2, fl, fr in zip(words, left, right, left2, right2, from_left, from_right)
        ]
        out[0] += self._first
        # lexicon and gazetteer tags, on the few tokens that have one
        norms = [w[5] for w in words]
        extra: list[tuple[int, str]] = []
        for i, tags in self._phrase_tags(norms).items():
            for t in tags:
                extra += ((i, t), (i + 1, "-1" + t), (i + 2, "-2" + t), (i - 1, "+1" + t))
        for i, place in enumerate(self._gazetteer_tags(norms, [w[6] for w in words])):
            if place:
                extra += ((i, "g=" + place), (i + 1, "g-1=" + place), (i - 1, "g+1=" + place))
        known = self.known
        for i, name in extra:
            if 0 <= i < n and (known is None or name in known):
                out[i].append(name)
        return out


_CAPS = frozenset({"Xx", "X", "XxX"})
_NONE: list[str] = []
