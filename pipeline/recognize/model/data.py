"""Training sequences for the tagger: gold articles, and silver ones labelled by the sure rules.

**Gold** (`corpora/gold/*.jsonl`): every PER, ORG and LOC entity. The guidelines nest an ORG
inside a TITLE and leave it out of the flat entities; with ``title_orgs="O"`` (the shipped
choice) the model learns to leave it untagged too, with ``title_orgs="ORG"`` it tags it like any
agency. Measured in BENCHMARKS.md (section ner): as ORG it costs ORG precision, because only
entities inside a *held* title are dropped later.

**Silver** (``../shared/external/dantri-unc``, read where it lies, never copied): the entities
that the rules are sure of, on sentences where the rules account for every capitalized word —
a sentence with a capitalized word no sure rule explains may hold a name the rules missed, and
keeping it would teach the model that such names are not entities.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Optional, Sequence

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.read import Article, InputError
from pipeline.recognize.model.features import Featurizer, shape

LABELS = ("PER", "ORG", "LOC")
CAPITALIZED = frozenset({"Xx", "X", "XX", "XxX"})


@dataclass
class Example:
    texts: list[str]
    tags: list[str]
    doc_id: str
    source: str  # gold | silver


@dataclass
class SilverStats:
    articles: int = 0
    sentences: int = 0
    kept: int = 0
    dropped: Counter = field(default_factory=Counter)  # why sentences were left out
    spans: Counter = field(default_factory=Counter)  # kept spans by label

    def as_dict(self) -> dict:
        return {
            "articles": self.articles, "sentences": self.sentences, "kept": self.kept,
            "dropped": dict(self.dropped), "spans": dict(self.spans),
        }


def pipeline_until(last: str, config=None) -> Language:
    """The pipeline up to and including component `last`, without building the later ones
    (the tagger itself among them: its model may not exist yet while it is being trained)."""
    import pipeline.segment.tokenizer  # noqa: F401  registers the tokenizer
    import pipeline.stages  # noqa: F401  registers the factories
    from pipeline import extensions
    from pipeline.api import DEFAULT_CONFIG

    extensions.register()
    cfg = spacy.util.load_config(config or DEFAULT_CONFIG, interpolate=False)
    names = list(cfg["nlp"]["pipeline"])
    exclude = names[names.index(last) + 1:]
    return spacy.util.load_model_from_config(cfg, auto_fill=True, validate=True, exclude=exclude)


def bio(tokens: Sequence[Token], spans: Iterable[tuple[int, int, str]]) -> Optional[list[str]]:
    """B-/I- tags of `tokens` for character spans (start, end, label); None when two spans
    claim one token or a span does not fall on token boundaries."""
    tags = ["O"] * len(tokens)
    starts = {t.idx: i for i, t in enumerate(tokens)}
    ends = {t.idx + len(t.text): i for i, t in enumerate(tokens)}
    for start, end, label in sorted(spans):
        if start not in starts or end not in ends:
            return None
        first, last = starts[start], ends[end]
        if any(tags[i] != "O" for i in range(first, last + 1)):
            return None
        tags[first] = "B-" + label
        for i in range(first + 1, last + 1):
            tags[i] = "I-" + label
    return tags


def _in(tokens: Sequence[Token], start: int, end: int) -> bool:
    return tokens and tokens[0].idx <= start and end <= tokens[-1].idx + len(tokens[-1].text)


# -- gold ------------------------------------------------------------------------------------
def gold_spans(record, title_orgs: str = "O") -> list[tuple[int, int, str]]:
    """The PER/ORG/LOC spans of a gold record, with the agencies inside titles as `title_orgs`."""
    spans = {(e.start, e.end, e.label) for e in record.entities if e.label in LABELS}
    if title_orgs == "ORG":
        for agency in record.agencies:
            for m in agency.mentions:
                if not any(s < m.end and m.start < e for s, e, _ in spans):
                    spans.add((m.start, m.end, "ORG"))
    return sorted(spans)


def gold_examples(path, nlp: Optional[Language] = None, title_orgs: str = "O") -> list[Example]:
    from pipeline.api import make_doc
    from pipeline.evaluate.run import article_from_gold, read_records

    nlp = nlp or pipeline_until("vnie_segment")
    out: list[Example] = []
    for record in read_records(path, "gold"):
        doc = nlp(make_doc(nlp, article_from_gold(record)))
        spans = gold_spans(record, title_orgs)
        for indices in Featurizer.sequences(doc):
            tokens = [doc[i] for i in indices]
            inside = [s for s in spans if _in(tokens, s[0], s[1])]
            tags = bio(tokens, inside)
            if tags is None:
                raise ValueError(f"{record.id}: a gold entity does not fall on token boundaries near {tokens[0].idx}")
            out.append(Example([t.text for t in tokens], tags, record.id, "gold"))
    return out


# -- silver ----------------------------------------------------------------------------------
_HEADER = re.compile(r"^# (\w+) = (.*)$")


def read_dantri(path: Path) -> Article:
    """One dantri-unc file: '# key = value' header lines, then the title line and paragraphs."""
    lines = path.read_text(encoding="utf-8").splitlines()
    meta: dict[str, str] = {}
    while lines and _HEADER.match(lines[0]):
        key, value = _HEADER.match(lines[0]).groups()
        meta[key] = value.strip()
        lines.pop(0)
    published = None
    date = meta.get("date", "")
    if re.fullmatch(r"\d{8}", date):
        published = f"{date[:4]}-{date[4:6]}-{date[6:]}"
    return Article.from_raw(
        "\n".join(lines), id=meta.get("doc_id") or path.stem, url=meta.get("url"),
        published=published, path=str(path), title_in_text=True,
    )


def dantri_files(folder, limit: Optional[int] = None, every: int = 1, offset: int = 0) -> list[Path]:
    files = sorted(Path(folder).glob("news_*.txt"))[offset::every]
    return files[:limit] if limit else files


@dataclass
class SilverPolicy:
    """Which rule spans are labels, and which sentences are kept.

    `sure_rules`: rule ids (``_.rule_id`` in ``doc.spans["entity_rules"]``) taken as labels.
    `isolated_rules`: rule ids taken as labels only where the span is the whole capitalized run
    (no capitalized word touches it: 'Nguyễn Văn An' alone, not inside 'Trường Nguyễn Văn An').
    A sentence holding a span of any other rule, or a non-isolated one, is dropped. Agencies inside titles are ORG (or
    O) as in gold. A capitalized word outside every sure span, title and agency drops the
    sentence, except its first word when that word is mostly written in lower case elsewhere
    (`common_ratio` of its occurrences, counted on the silver articles themselves)."""

    sure_rules: frozenset[str]
    isolated_rules: frozenset[str] = frozenset()
    title_orgs: str = "O"
    common_ratio: float = 0.5
    min_entities: int = 0  # keep only sentences with at least this many labelled spans


def silver_examples(files: Sequence[Path], policy: SilverPolicy, nlp: Optional[Language] = None,
                    stats: Optional[SilverStats] = None) -> list[Example]:
    nlp = nlp or pipeline_until("vnie_entity_rules")
    stats = stats if stats is not None else SilverStats()
    from pipeline.api import make_doc

    candidates = []  # (doc_id, tokens as (text, idx), spans, covered flags)
    lower: Counter = Counter()
    capital: Counter = Counter()
    for path in files:
        try:
            article = read_dantri(path)
        except (InputError, OSError, UnicodeDecodeError):
            stats.dropped["unreadable article"] += 1
            continue
        doc = nlp(make_doc(nlp, article))
        stats.articles += 1
        for token in doc:
            if token.is_alpha:
                if token.text.islower():
                    lower[token.norm_] += 1
                elif token.i > 0 and not token.is_sent_start:
                    capital[token.norm_] += 1
        candidates.extend(_silver_sentences(doc, article.stable_id, policy, stats))

    out: list[Example] = []
    for doc_id, texts, tags, uncovered_first in candidates:
        if uncovered_first is not None:
            n_lower, n_cap = lower[uncovered_first], capital[uncovered_first]
            if n_lower < policy.common_ratio * (n_lower + n_cap) or n_lower == 0:
                stats.dropped["uncovered first word"] += 1
                continue
        stats.kept += 1
        for t in tags:
            if t.startswith("B-"):
                stats.spans[t[2:]] += 1
        out.append(Example(texts, tags, doc_id, "silver"))
    return out


def _silver_sentences(doc: Doc, doc_id: str, policy: SilverPolicy, stats: SilverStats):
    rule_spans = list(doc.spans["entity_rules"]) if "entity_rules" in doc.spans else []
    titles = list(doc.spans["title_candidates"]) if "title_candidates" in doc.spans else []
    agencies = list(doc.spans["agency_mentions"]) if "agency_mentions" in doc.spans else []
    sure = [s for s in rule_spans if s._.rule_id in policy.sure_rules]
    sure += [s for s in rule_spans if s._.rule_id in policy.isolated_rules and _isolated(doc, s)]
    taken = {(s.start, s.end, s.label_) for s in sure}
    unsure = [s for s in rule_spans if (s.start, s.end, s.label_) not in taken]
    labelled: list[Span] = list(sure)
    # agencies inside titles are not in entity_rules; as in gold they are ORG (or O)
    for agency in agencies:
        if not any(_overlap(agency, s) for s in rule_spans):
            if policy.title_orgs == "ORG":
                labelled.append(agency)
    covered = set()
    for span in labelled + titles + agencies:
        covered.update(range(span.start, span.end))
    by_start = sorted(labelled, key=lambda s: s.start)
    for indices in Featurizer.sequences(doc):
        tokens = [doc[i] for i in indices]
        stats.sentences += 1
        lo, hi = tokens[0].i, tokens[-1].i + 1
        if any(s.start < hi and lo < s.end for s in unsure):
            stats.dropped["unsure rule span"] += 1
            continue
        inside = [s for s in by_start if lo <= s.start and s.end <= hi]
        if any(s.start < hi and lo < s.end and not (lo <= s.start and s.end <= hi) for s in by_start):
            stats.dropped["span across sentences"] += 1
            continue
        uncovered = [t for t in tokens if shape(t.text) in CAPITALIZED and t.i not in covered]
        uncovered_first = None
        if uncovered:
            if len(uncovered) > 1 or uncovered[0].i != tokens[0].i:
                stats.dropped["uncovered capitalized word"] += 1
                continue
            uncovered_first = tokens[0].norm_
        if len(inside) < policy.min_entities:
            stats.dropped["too few entities"] += 1
            continue
        spans = [(s.start_char, s.end_char, "ORG" if s.label_ not in LABELS else s.label_) for s in inside]
        tags = bio(tokens, spans)
        if tags is None:
            stats.dropped["overlapping spans"] += 1
            continue
        yield doc_id, [t.text for t in tokens], tags, uncovered_first


def _isolated(doc: Doc, span: Span) -> bool:
    """No capitalized word right before or right after the span."""
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    return not any(t is not None and shape(t.text) in CAPITALIZED for t in (before, after))


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end
