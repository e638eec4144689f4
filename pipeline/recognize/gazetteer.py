"""Places we know by name: Vietnam's administrative units from underthesea's address data
(before and after the 1 July 2025 merger) plus the countries, capitals and regions listed in
rules/recognize/places.yaml. Looked up by folded name, so spelling variants meet."""

from __future__ import annotations

import functools
import json
import os
from dataclasses import dataclass
from typing import Optional

from pipeline.textfold import fold as fold_marks
from pipeline.resources import load_rule_file
from pipeline.segment.orthography import fold

# the administrative type word that opens each unit's official name, longest first
_UNIT_TYPES = [
    ("thành phố", "city"), ("thị trấn", "commune"), ("thị xã", "district"), ("đặc khu", "commune"),
    ("tỉnh", "province"), ("huyện", "district"), ("quận", "district"), ("phường", "commune"), ("xã", "commune"),
]


@dataclass(frozen=True)
class Place:
    name: str  # as officially written, without the type word: 'Mường Chà'
    kind: str  # province, district, commune, country, capital, region
    type_word: Optional[str] = None  # 'huyện', 'tỉnh', 'thành phố' …
    province: Optional[str] = None  # the province it belongs to
    current: bool = True  # still a unit after the 2025 merger
    until: Optional[str] = None  # a former province's last day (ISO), for `province_on`
    became: Optional[str] = None  # … and its successor's name


@functools.lru_cache(maxsize=None)  # the ward table repeats each district and province thousands of times
def split_unit_name(full: str) -> tuple[Optional[str], str]:
    """'Huyện Mường Chà' → ('huyện', 'Mường Chà')."""
    lowered = full.lower()
    for word, _ in _UNIT_TYPES:
        if lowered.startswith(word + " "):
            return word, full[len(word) + 1:]
    return None, full


class Gazetteer:
    def __init__(self, places: list[Place], merged: Optional[dict[str, tuple[str, str]]] = None):
        self._by_name: dict[str, list[Place]] = {}
        for place in dict.fromkeys(places):  # each place once, in order
            self._by_name.setdefault(fold(place.name), []).append(place)
        # former provinces by the name they became ('Huế' → Thừa Thiên Huế), for `province_on`
        self._former_of = {fold(p.became): p for p in places if p.kind == "province" and p.became}
        # provinces merged into another on 1 July 2025 ('Bà Rịa - Vũng Tàu' → Hồ Chí Minh), by folded
        # name: the successor and the first day it holds (a many-to-one map, so never read backwards)
        self._merged = {fold(k): v for k, v in (merged or {}).items()}
        self._province_letters: Optional[set[str]] = None
        self.aliases: list[str] = []  # as written, for patterns that must see them ('Thành ủy TPHCM')

    def add_alias(self, alias: str, province: str) -> None:
        """'HCM' is Hồ Chí Minh: the alias finds the province (and nothing else of that name)."""
        self._by_name.setdefault(fold(alias), []).extend(p for p in self.lookup(province) if p.kind == "province")
        self.aliases.append(alias)

    def lookup(self, name: str) -> list[Place]:
        return self._by_name.get(fold(name), [])

    def knows(self, name: str, kinds: Optional[set[str]] = None) -> bool:
        return any(kinds is None or p.kind in kinds for p in self.lookup(name))

    def longest_prefix(self, words: list[str], kinds: Optional[set[str]] = None) -> int:
        """How many of `words` form the longest known place name (0 when none)."""
        for n in range(len(words), 0, -1):
            if self.knows(" ".join(words[:n]), kinds):
                return n
        return 0

    def district_names(self, min_words: int = 2) -> list[str]:
        """Districts and cities, before or after 2025, written with at least `min_words` words."""
        return sorted({
            p.name for ps in self._by_name.values() for p in ps
            if p.kind in ("district", "city") and len(p.name.split()) >= min_words
        })

    def province_by_letters(self, words: list[str]) -> int:
        """How many of `words` spell a province's name when marks, spaces and dashes are ignored
        ('Đăk Lăk', 'Daklak' for Đắk Lắk); or the first two words of a longer one, before a dash
        the place pattern stops at ('Thừa Thiên - Huế'); 0 when they spell none."""
        if self._province_letters is None:
            names = [name.split() for name in self.province_names()]
            self._province_letters = {_letters(n) for n in names} | {_letters(n[:2]) for n in names if len(n) > 2}
        for n in range(min(len(words), 5), 0, -1):
            if _letters(words[:n]) in self._province_letters:
                return n
        return 0

    def province_names(self) -> list[str]:
        return sorted({p.name for ps in self._by_name.values() for p in ps if p.kind == "province"})

    def province_of(self, name: str) -> Optional[str]:
        for p in self.lookup(name):
            if p.kind == "province":
                return p.name
        return None

    def province_on(self, name: str, day: Optional[str]) -> str:
        """A province as it was named on an ISO day: 'Thừa Thiên Huế' until 2024, 'Huế' after
        (and either name read on a day that fits the other is that one's)."""
        if not day:
            return name
        merged = self._merged.get(fold(name))
        if merged is not None and day[:10] >= merged[1]:
            return merged[0]
        for p in self.lookup(name):
            if p.kind == "province" and p.became and day[:10] > p.until:
                return p.became
        former = self._former_of.get(fold(name))
        return former.name if former is not None and day[:10] <= former.until else name


def _letters(words: list[str]) -> str:
    return fold_marks("".join(w for w in words if w not in ("-", "–")))


def _address_data() -> dict:
    import underthesea

    path = os.path.join(os.path.dirname(underthesea.__file__), "address", "data", "mapping.json")
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def _merged_provinces(data: dict) -> dict[str, tuple[str, str]]:
    """Each province that ceased on the merger, with the one it joined and that one's first day."""
    first_day = data["metadata"]["effective_date"]
    merged = {}
    for row in data["ward_mapping"]:
        old, new = split_unit_name(row["old_province"])[1], split_unit_name(row["new_province"])[1]
        if old != new:
            merged[old] = (new, first_day)
    return merged


def _address_places(data: dict) -> list[Place]:
    places: list[Place] = []
    new_provinces = {v["short"] for v in data["province_names"].values()}
    for table in ("old_province_names", "province_names"):
        for value in data[table].values():
            type_word, _ = split_unit_name(value["name"])
            places.append(Place(value["short"], "province", type_word, value["short"], value["short"] in new_provinces))
    for row in data["ward_mapping"]:
        old_province = split_unit_name(row["old_province"])[1]
        new_province = split_unit_name(row["new_province"])[1]
        if row["old_district"]:
            word, name = split_unit_name(row["old_district"])
            places.append(Place(name, "district", word, old_province, False))
        if row["old_ward"]:
            word, name = split_unit_name(row["old_ward"])
            places.append(Place(name, "commune", word, old_province, False))
        if row["new_ward"]:
            word, name = split_unit_name(row["new_ward"])
            places.append(Place(name, "commune", word, new_province, True))
    # numbered wards ('Phường 1') are not names one can find without their type word
    return [p for p in places if not p.name.isdecimal()]


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    data = load_rule_file("recognize/places")
    lists = data["lists"]
    extra = [Place(f["name"], "province", f["type_word"], f["name"], False, str(f["until"]), f["became"])
             for f in data.get("former_provinces") or ()]
    extra += [Place(n, "country") for n in lists["countries"]]
    extra += [Place(n, "capital") for n in lists["capitals"]]
    extra += [Place(n, "region") for n in lists["regions"]]
    address = _address_data()
    gazetteer = Gazetteer(_address_places(address) + extra, merged=_merged_provinces(address))
    for alias, name in (data.get("province_aliases") or {}).items():
        gazetteer.add_alias(alias, name)
    return gazetteer
