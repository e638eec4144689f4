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

    @property
    def words(self) -> list[str]:
        """Every level word, the abbreviations of 'thành phố' included."""
        return sorted(self.place_kinds, key=len, reverse=True)

    def tier_of(self, word: str) -> str | None:
        return next((tier for tier, words in self.tiers.items() if word in words), None)


@functools.lru_cache(maxsize=1)
def levels() -> Levels:
    data = load_rule_file("recognize/common")
    return Levels(
        tiers={tier: frozenset(words) for tier, words in data["levels_by_tier"].items()},
        place_kinds={word: frozenset(kinds) for word, kinds in data["level_place_kinds"].items()},
    )
