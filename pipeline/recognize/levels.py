"""Administrative level words and what they name, read from rules/recognize/common.yaml."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from pipeline.resources import load_rule_file

# the kinds of place that are units of local government
ADMIN_KINDS = frozenset({"province", "city", "district", "commune"})


@dataclass(frozen=True)
class Levels:
    tiers: dict[str, frozenset[str]]  # tier → its level words ('district' → huyện, quận, thị xã)
    place_kinds: dict[str, frozenset[str]]  # level word → the kinds of place it may precede
    abbreviations: dict[str, str]  # 'tp' → 'thành phố'
    districts_abolished: str  # ISO day from which there is no district tier

    def has_districts(self, day: str | None) -> bool:
        """Whether local government had a district tier on an ISO day (unknown: yes)."""
        return not day or day[:10] < self.districts_abolished

    @property
    def words(self) -> list[str]:
        """Every level word, the abbreviations of 'thành phố' included."""
        return sorted(self.place_kinds, key=len, reverse=True)

    @property
    def written(self) -> list[str]:
        """Every level word as written: lower case, and the abbreviations in capitals too."""
        return self.words + [a.upper() for a in self.abbreviations]

    def tier_of(self, word: str) -> str | None:
        return next((tier for tier, words in self.tiers.items() if word in words), None)

    def rank(self, word: str) -> int:
        """How high a level word's tier is: 0 for a commune's, more above it (unknown: -1)."""
        order = list(self.tiers)
        tier = self.tier_of(word)
        return len(order) - 1 - order.index(tier) if tier is not None else -1

    def spelled(self, word: str) -> str:
        """A level word spelled out: 'tp.' → 'thành phố'."""
        return self.abbreviations.get(word, word)


@functools.lru_cache(maxsize=1)
def levels() -> Levels:
    data = load_rule_file("recognize/common")
    return Levels(
        tiers={tier: frozenset(words) for tier, words in data["levels_by_tier"].items()},
        place_kinds={word: frozenset(kinds) for word, kinds in data["level_place_kinds"].items()},
        abbreviations=dict(data["level_abbreviations"]),
        districts_abolished=str(data["districts_abolished"]),
    )
