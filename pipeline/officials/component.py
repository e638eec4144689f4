"""Stage 5b — officials: which person holds which title, and which mentions are one person.

Titles attach to names by the patterns of rules/officials/linking.yaml (a title before a name,
an apposition after it, chains of titles sharing one holder). Mentions of one person — the full
name, 'ông Đô', 'đồng chí Đô' — are one cluster. A cluster that holds a title is an official;
the others (citizens, journalists in bylines and photo credits) are persons.

Writes ``doc.spans["titles"]`` (the titles someone holds, label TITLE), ``doc._.officials`` and
``doc._.persons``, and removes from ``doc.spans["entities"]`` the agencies and places that sit
inside a held title (they are part of the title; the agency is still in ``doc._.agencies``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.extensions import text_of
from pipeline.resources import compile_pattern, compile_rules, file_defs, load_rule_file
from pipeline.segment.orthography import canonical_spelling, fold

TITLE = "TITLE"


@dataclass
class PersonCluster:
    name: str
    mentions: list[Span] = field(default_factory=list)
    titles: list[Span] = field(default_factory=list)  # held TITLE spans
    role: Optional[str] = None  # author, photographer

    @property
    def key(self) -> str:
        return fold(self.name)


@dataclass
class Link:
    titles: list[Span]
    holder: Span
    rule_id: str


class OfficialLinker:
    def __init__(self, nlp: Language, name: str):
        self.name = name
        rules = {r.id.rsplit(".", 1)[1]: r for r in compile_rules("officials/linking")}
        self.title_dash_name = rules["title_dash_name"]
        self.before_name = [rules["title_before_name"], rules["title_comma_name"], self.title_dash_name]
        self.apposition = rules["apposition"]
        self.chain = rules["chain"]
        linking = load_rule_file("officials/linking")
        self.bare_references = {fold(p) for p in linking["lists"]["bare_references"]}
        # 'đồng chí Chủ tịch đề nghị …': a position after an honorific refers back to its holder
        self.honorific_before = compile_pattern(r"(?<![\p{L}\p{M}]){honorific}[ \t\u00a0]+$", linking["defs"])
        # the place a held title may end with past its level word ('Chủ tịch UBND tỉnh| An Giang')
        self.place_after_level = compile_pattern(r"(?<={B}(?i:{levels}))[ \t\u00a0]+{placeseq}$", file_defs("recognize/common"))

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        entities = list(doc.spans["entities"]) if "entities" in doc.spans else []
        persons = [e for e in entities if e.label_ == "PER"]
        candidates = list(doc.spans["title_candidates"]) if "title_candidates" in doc.spans else []
        candidates = [c for c in candidates if not any(_overlaps(c, p) for p in persons)]

        links = self._link(text, candidates, persons)
        clusters = self._cluster(persons)
        by_mention = {(m.start, m.end): c for c in clusters for m in c.mentions}
        held: list[Span] = []
        for link in links:
            cluster = by_mention[(link.holder.start, link.holder.end)]
            for i, cand in enumerate(link.titles):
                span = self._held(doc, cand, link.rule_id if i == 0 else self.chain.id)
                cluster.titles.append(span)
                held.append(span)
        # a title written alone ('Chủ tịch UBND tỉnh yêu cầu …') refers to the one official holding it
        linked = {(s.start, s.end) for s in held}
        for cand in candidates:
            if (cand.start, cand.end) in linked or any(_overlaps(cand, h) for h in held):
                continue
            owners = [c for c in clusters if any(self._same_post(t.text, cand.text) for t in c.titles)]
            referring = fold(cand._.position or "") in self.bare_references or self.honorific_before.search(
                text, max(0, cand.start_char - 10), cand.start_char)
            if not owners and not cand._.agency and cand.text[:1].isupper() and referring:
                # 'Bộ trưởng đề nghị …' after 'Bộ trưởng Bộ NN&PTNT Lê Minh Hoan': the position alone
                # (and 'đồng chí Chủ tịch đề nghị …' where one official the article names is a Chủ tịch)
                owners = [c for c in clusters if any(fold(t._.position or "") == fold(cand._.position) for t in c.titles)]
            if len(owners) == 1:
                span = self._held(doc, cand, "officials.linking.reference")
                owners[0].titles.append(span)
                held.append(span)

        authors = self._authors(doc, clusters)
        doc.spans["titles"] = sorted(held, key=lambda s: s.start)
        doc.spans["entities"] = sorted(
            [e for e in entities if not any(_overlaps(e, h) for h in held)]
            + [a for a in authors if not any(_overlaps(a, e) for e in entities)],
            key=lambda s: s.start,
        )
        doc._.officials = [c for c in clusters if c.titles]
        doc._.persons = [c for c in clusters if not c.titles]
        return doc

    # ------------------------------------------------------------------------------------
    def _link(self, text: str, titles: list[Span], persons: list[Span]) -> list[Link]:
        """Group titles into chains, then give each chain the name it is attached to."""
        titles = sorted(titles, key=lambda s: s.start)
        chains: list[list[Span]] = []
        for t in titles:
            if chains and self.chain.match(text[chains[-1][-1].end_char:t.start_char]):
                chains[-1].append(t)
            else:
                chains.append([t])
        starts = sorted(persons, key=lambda s: s.start)
        links = []
        for chain in chains:
            first, last = chain[0], chain[-1]
            after = next((p for p in starts if p.start >= last.end), None)
            before = next((p for p in reversed(starts) if p.end <= first.start), None)
            # 'Chủ tịch UBND tỉnh Lê Thành Đô': a title right before a name is the clearest case
            apposed = before is not None and self.apposition.match(text[before.end_char:first.start_char])
            if after is not None:
                gap = text[last.end_char:after.start_char]
                rule = next((r for r in self.before_name if r.match(gap)), None)
                if rule is self.title_dash_name and apposed:
                    rule = None  # 'Ông A - Giám đốc Sở X - ông B …': the dash closes A's apposition
                if rule is not None:
                    links.append(Link(list(reversed(chain)), after, rule.id))
                    continue
            if apposed:
                links.append(Link(chain, before, self.apposition.id))
        return links

    def _same_post(self, held: str, written: str) -> bool:
        """Whether a title written alone is one a named official holds: the same words, or the same
        less the place the held one names after its level word ('Chủ tịch UBND tỉnh' for 'Chủ tịch
        UBND tỉnh An Giang')."""
        if fold(held) == fold(written):
            return True
        place = self.place_after_level.search(held)
        return place is not None and fold(held[:place.start()]) == fold(written)

    @staticmethod
    def _held(doc: Doc, cand: Span, rule_id: str) -> Span:
        span = Span(doc, cand.start, cand.end, label=TITLE)
        span._.rule_id = rule_id
        span._.source = "rule"
        span._.position = cand._.position
        span._.agency = cand._.agency
        return span

    @staticmethod
    def _cluster(persons: list[Span]) -> list[PersonCluster]:
        """Full names make clusters; a shorter mention joins the nearest earlier full name it ends
        ('Đô' → 'Lê Thành Đô'), else any full name it ends, else stands alone."""
        clusters: list[PersonCluster] = []
        by_key: dict[str, PersonCluster] = {}
        ordered = sorted(persons, key=lambda s: s.start)
        full = [p for p in ordered if len(p.text.split()) >= 2]
        for p in full:
            name = canonical_spelling(" ".join(p.text.split()))
            cluster = by_key.get(fold(name))
            if cluster is None:
                cluster = by_key[fold(name)] = PersonCluster(name)
                clusters.append(cluster)
            cluster.mentions.append(p)
        for p in ordered:
            if len(p.text.split()) >= 2:
                continue
            key = fold(p.text)
            fitting = [c for c in clusters if c.key == key or c.key.endswith(" " + key)]
            if not fitting:
                cluster = by_key.get(key)
                if cluster is None:
                    cluster = by_key[key] = PersonCluster(canonical_spelling(p.text))
                    clusters.append(cluster)
                cluster.mentions.append(p)
                continue
            earlier = [c for c in fitting if any(m.start < p.start for m in c.mentions)]
            choice = max(earlier or fitting, key=lambda c: max((m.start for m in c.mentions if m.start < p.start), default=-1))
            choice.mentions.append(p)
        for c in clusters:
            c.mentions.sort(key=lambda s: s.start)
        return clusters

    @staticmethod
    def _authors(doc: Doc, clusters: list[PersonCluster]) -> list[Span]:
        """Bylines and photo credits: persons with a role, never officials."""
        spans = list(doc.spans["authors"]) if "authors" in doc.spans else []
        for span in spans:
            role = "photographer" if "credit" in (span._.rule_id or "") else "author"
            name = canonical_spelling(" ".join(span.text.split()))
            cluster = next((c for c in clusters if c.key == fold(name) and c.role == role), None)
            if cluster is None:
                cluster = PersonCluster(name, role=role)
                clusters.append(cluster)
            cluster.mentions.append(span)
        return spans


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


@Language.factory("vnie_officials", assigns=["doc._.officials", "doc._.persons", "doc.spans"])
def make_officials(nlp: Language, name: str):
    return OfficialLinker(nlp, name)
