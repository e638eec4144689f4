"""The outlet directory: canonical names, lead aliases and domains (rules/structure/outlets.yaml)."""

from __future__ import annotations

import functools
from typing import Optional
from urllib.parse import urlparse

import regex

from pipeline.resources import REGEX_TIMEOUT_S, compile_pattern, load_rule_file
from pipeline.segment.orthography import fold


class OutletDirectory:
    def __init__(self, data: dict):
        self._by_alias: dict[str, str] = {}
        self._by_domain: dict[str, str] = {}
        self._province: dict[str, str] = {o["name"]: o["province"] for o in data["outlets"] if o.get("province")}
        self._known = {o["name"] for o in data["outlets"]}
        self.paper_words = tuple(data.get("provincial_paper_words") or ())
        self.site_prefixes = tuple(data.get("provincial_site_prefixes") or ())
        self.outlet_tags = tuple(data.get("provincial_outlet_tags") or ())
        self.portal_domain = data.get("provincial_portal_domain") or ""
        for outlet in data["outlets"]:
            for alias in outlet.get("aliases", []) + [outlet["name"]]:
                self._by_alias[fold(alias)] = outlet["name"]
            for domain in outlet.get("domains", []):
                self._by_domain[domain.lower()] = outlet["name"]
                self._by_alias[fold(domain)] = outlet["name"]
        aliases = sorted({a for o in data["outlets"] for a in o.get("aliases", []) + [o["name"]]}, key=len, reverse=True)
        defs = {**(data.get("defs") or {}), "outlet_alias": "|".join(regex.escape(a) for a in aliases)}
        self._leads = [(r["id"], compile_pattern(r["pattern"], defs, regex.IGNORECASE if r.get("ignore_case") else 0))
                       for r in data["rules"]]

    @classmethod
    @functools.lru_cache(maxsize=1)
    def load(cls) -> "OutletDirectory":
        return cls(load_rule_file("structure/outlets"))

    def canonical(self, raw: str) -> str:
        """A known outlet's canonical name; unknown names and domains are returned as written."""
        key = fold(raw.strip())
        if key in self._by_alias:
            return self._by_alias[key]
        domain = key.removeprefix("www.")
        return self._by_domain.get(domain, raw.strip())

    def is_known(self, outlet: Optional[str]) -> bool:
        """Whether a canonical outlet name is one this directory lists."""
        return bool(outlet) and outlet in self._known

    def province_of(self, outlet: Optional[str]) -> Optional[str]:
        """The province a provincial outlet listed in outlets.yaml reports from, under any of its
        names ('SGGP', 'Báo Sài Gòn Giải Phóng')."""
        if not outlet:
            return None
        name = self.canonical(outlet)
        words = name.split()
        if name not in self._province and len(words) > 1 and words[0].lower() in self.paper_words:
            name = self.canonical(" ".join(words[1:]))
        return self._province.get(name)

    def from_url(self, url: str) -> Optional[str]:
        host = (urlparse(url).hostname or "").lower().removeprefix("www.")
        return self._by_domain.get(host)

    def match_lead(self, line: str) -> Optional[tuple[str, int, str]]:
        """(rule id, end offset of the lead in the line, canonical outlet) or None."""
        for rule_id, pattern in self._leads:
            m = pattern.match(line, timeout=REGEX_TIMEOUT_S)
            if m:
                return rule_id, m.end(), self.canonical(m.group("outlet"))
        return None
