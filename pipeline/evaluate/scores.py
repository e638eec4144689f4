"""Counting and matching primitives of the yardstick: P/R/F1 counts, agreement rates, and the two
ways a predicted item can match a gold item (equal keys, or overlapping spans).

Both matchers are one-to-one: a gold item is matched by at most one prediction and a
prediction matches at most one gold item, so a duplicated prediction is a false positive.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Callable, Hashable, Optional, Sequence, TypeVar, Union

G = TypeVar("G")
P = TypeVar("P")


def ratio(num: int, den: int) -> Optional[float]:
    return num / den if den else None


@dataclass
class Counts:
    """True positives, false positives, false negatives of one field, with the items behind
    the errors (kept per article only, for the JSON breakdown)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    missed: list[str] = field(default_factory=list)  # gold items no prediction matched
    extra: list[str] = field(default_factory=list)  # predictions that matched no gold item

    @property
    def gold(self) -> int:
        return self.tp + self.fn

    @property
    def pred(self) -> int:
        return self.tp + self.fp

    @property
    def precision(self) -> Optional[float]:
        """Undefined (None) when nothing was predicted."""
        return ratio(self.tp, self.pred)

    @property
    def recall(self) -> Optional[float]:
        """Undefined (None) when the gold has nothing."""
        return ratio(self.tp, self.gold)

    @property
    def f1(self) -> Optional[float]:
        """2·TP / (2·TP + FP + FN): 0 when only one side has items, undefined when neither has."""
        return ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)

    def hit(self, n: int = 1) -> None:
        self.tp += n

    def miss(self, what: str) -> None:
        self.fn += 1
        self.missed.append(what)

    def spurious(self, what: str) -> None:
        self.fp += 1
        self.extra.append(what)

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def as_dict(self, details: bool = False) -> dict:
        out = {
            "gold": self.gold, "pred": self.pred, "tp": self.tp, "fp": self.fp, "fn": self.fn,
            "precision": self.precision, "recall": self.recall, "f1": self.f1,
        }
        if details:
            out["missed"] = list(self.missed)
            out["extra"] = list(self.extra)
        return out


@dataclass
class Agreement:
    """How often a property agrees on matched pairs (e.g. a date's value once its span matched)."""

    matched: int = 0
    correct: int = 0
    wrong: list[str] = field(default_factory=list)

    @property
    def rate(self) -> Optional[float]:
        return ratio(self.correct, self.matched)

    def judge(self, agrees: bool, what: str = "") -> None:
        self.matched += 1
        if agrees:
            self.correct += 1
        else:
            self.wrong.append(what)

    def add(self, other: "Agreement") -> None:
        self.matched += other.matched
        self.correct += other.correct

    def as_dict(self, details: bool = False) -> dict:
        out = {"matched": self.matched, "correct": self.correct, "rate": self.rate}
        if details:
            out["wrong"] = list(self.wrong)
        return out


Metric = Union[Counts, Agreement]


@dataclass
class Matching:
    pairs: list[tuple[int, int]]  # (gold index, pred index)
    gold_left: list[int]
    pred_left: list[int]


def match_keys(gold_keys: Sequence[Hashable], pred_keys: Sequence[Hashable]) -> Matching:
    """Pair items whose keys are equal, as multisets: two gold items with one key need two
    predictions with that key; a third prediction is left over. Earlier items pair first."""
    waiting: dict[Hashable, list[int]] = defaultdict(list)
    for i, key in enumerate(gold_keys):
        waiting[key].append(i)
    pairs, pred_left = [], []
    for j, key in enumerate(pred_keys):
        if waiting.get(key):
            pairs.append((waiting[key].pop(0), j))
        else:
            pred_left.append(j)
    used = {i for i, _ in pairs}
    return Matching(sorted(pairs), [i for i in range(len(gold_keys)) if i not in used], pred_left)


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters shared by two half-open spans [start, end); 0 when they only touch."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_overlapping(
    gold: Sequence[G],
    pred: Sequence[P],
    span: Callable[[object], tuple[int, int]],
    compatible: Callable[[G, P], bool] = lambda g, p: True,
    preference: Callable[[G, P], tuple] = lambda g, p: (),
) -> Matching:
    """Pair items whose spans share at least one character and that are `compatible`.

    Greedy and deterministic: among all candidate pairs, the one with the highest
    `preference`, then the largest overlap, then the closest start, then the earliest gold
    and prediction is taken first, and both of its items leave the pool."""
    candidates = []
    for i, g in enumerate(gold):
        gs = span(g)
        for j, p in enumerate(pred):
            ps = span(p)
            shared = overlap(gs, ps)
            if shared and compatible(g, p):
                candidates.append((preference(g, p), shared, -abs(gs[0] - ps[0]), -i, -j, i, j))
    candidates.sort(reverse=True)
    gold_used, pred_used, pairs = set(), set(), []
    for *_, i, j in candidates:
        if i in gold_used or j in pred_used:
            continue
        gold_used.add(i)
        pred_used.add(j)
        pairs.append((i, j))
    return Matching(
        sorted(pairs),
        [i for i in range(len(gold)) if i not in gold_used],
        [j for j in range(len(pred)) if j not in pred_used],
    )


def count(matching: Matching, gold: Sequence, pred: Sequence, describe: Callable[[object], str], counts: Optional[Counts] = None) -> Counts:
    """Turn a matching into counts: pairs are hits, leftovers are misses and spurious items."""
    counts = counts if counts is not None else Counts()
    counts.hit(len(matching.pairs))
    for i in matching.gold_left:
        counts.miss(describe(gold[i]))
    for j in matching.pred_left:
        counts.spurious(describe(pred[j]))
    return counts

