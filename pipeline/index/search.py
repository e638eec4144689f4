"""Search an index: ranked full text (bm25) with highlighted snippets, filters, and facet counts
over the whole matching set.

Query syntax, chosen for Vietnamese, whose words are several syllables long:

- words written together are one phrase: `chuyển đổi số` finds the phrase, not the three
  syllables scattered over an article;
- a comma separates phrases that must all occur: `chuyển đổi số, Điện Biên`;
- `OR` between phrases accepts either: `chuyển đổi số OR số hóa`;
- `-phrase` or `NOT phrase` excludes; `"…"` quotes a phrase (and protects the words OR and NOT);
- `word*` matches words that start with `word`.

Case and diacritics never matter (`pipeline.textfold`): `le thanh do` finds `Lê Thành Đô`.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import asdict, dataclass, field
from typing import Optional

import regex

from pipeline.textfold import fold_aligned, fold_words, words
from pipeline.resources import REGEX_TIMEOUT_S

_TOKEN = regex.compile(r'-?"[^"]*"?|,|[^\s,"]+', regex.V1)
_DATE = regex.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", regex.V1)
_OPEN, _CLOSE = "\ue000", "\ue001"  # private-use marks for highlight(): never in a record's text
TITLE_WEIGHT = 5.0  # bm25 weight of the title against the text (1.0)
FACETS = ("officials", "agencies", "kinds", "months")


class QueryError(ValueError):
    """A query or filter that cannot be run; the message says why."""


# ---------------------------------------------------------------------------
# Query → FTS5 expression

@dataclass
class _Phrase:
    words: list[str] = field(default_factory=list)
    prefix: bool = False
    negated: bool = False

    def fts(self) -> str:
        return '"' + " ".join(self.words) + '"' + ("*" if self.prefix else "")


def to_fts(query: str) -> str:
    """The FTS5 expression for a user query (see the module docstring), every word folded and
    quoted so that no input can be an FTS5 syntax error."""
    clauses: list[list[_Phrase]] = []  # AND of ORs
    negated: list[_Phrase] = []
    current = _Phrase()
    pending_or = False

    def flush() -> None:
        nonlocal current, pending_or
        if current.words:
            if current.negated:
                negated.append(current)
            elif pending_or and clauses:
                clauses[-1].append(current)
            else:
                clauses.append([current])
            pending_or = False
        current = _Phrase(negated=current.negated and not current.words)

    for token in _TOKEN.findall(query, timeout=REGEX_TIMEOUT_S):
        if token == ",":
            flush()
        elif token in ("OR", "AND", "NOT"):
            flush()
            pending_or = token == "OR"
            current.negated = token == "NOT"
        elif token.lstrip("-").startswith('"'):
            flush()
            current.negated = current.negated or token.startswith("-")
            current.words = words(token.lstrip("-").strip('"'))
            flush()
        else:
            if token.startswith("-") and len(token) > 1:
                flush()
                current.negated = True
            current.words.extend(words(token))
            if token.endswith("*") and current.words:
                current.prefix = True
                flush()
    flush()
    if not clauses:
        raise QueryError(f"nothing to look for in {query!r}" + (" (only exclusions)" if negated else ""))
    expression = " AND ".join(
        "(" + " OR ".join(p.fts() for p in alternatives) + ")" if len(alternatives) > 1 else alternatives[0].fts()
        for alternatives in clauses
    )
    for phrase in negated:
        expression = f"({expression}) NOT {phrase.fts()}"
    return expression


# ---------------------------------------------------------------------------
# Filters

def date_bounds(value: str, upper: bool) -> str:
    """'2021', '2021-08' or '2021-08-27' as a bound on `records.date` (inclusive either way)."""
    m = _DATE.fullmatch(value.strip(), timeout=REGEX_TIMEOUT_S)
    if not m:
        raise QueryError(f"{value!r} is not a date: write 2021, 2021-08 or 2021-08-27")
    year, month, day = m.group(1), m.group(2), m.group(3)
    try:
        dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError as exc:
        raise QueryError(f"{value!r} is not a date: {exc}") from exc
    bound = m.group(0)
    # '2021-08\uffff' sorts after every '2021-08-..': an upper bound covers the whole period
    return bound + "\uffff" if upper else bound


@dataclass
class Filters:
    official: Optional[str] = None  # words of an official's name, in order: 'le thanh do', 'Đô'
    agency: Optional[str] = None  # words of an agency's short or full name
    date_from: Optional[str] = None  # on records.date, inclusive: 2021, 2021-08, 2021-08-27
    date_to: Optional[str] = None
    kind: Optional[str] = None  # words of a meeting kind: 'phiên họp thường kỳ', 'hội nghị'

    def active(self) -> bool:
        return any(v is not None for v in vars(self).values())

    def sql(self) -> tuple[list[str], list]:
        where, params = [], []
        for value, table, columns in (
            (self.official, "officials", ("name_fold",)),
            (self.agency, "agencies", ("name_fold", "full_name_fold")),
            (self.kind, "meetings", ("kind_fold",)),
        ):
            if value is None:
                continue
            key = fold_words(value)
            if not key:
                raise QueryError(f"{value!r}: no words to match")
            # whole words in order: ' thanh do ' is in ' le thanh do ', ' do ' is not in ' dong '
            test = " OR ".join(f"instr(' ' || {c} || ' ', ?) > 0" for c in columns)
            where.append(f"r.rid IN (SELECT rid FROM {table} WHERE {test})")
            params.extend([f" {key} "] * len(columns))
        if self.date_from:
            where.append("r.date >= ?")
            params.append(date_bounds(self.date_from, upper=False))
        if self.date_to:
            where.append("r.date <= ?")
            params.append(date_bounds(self.date_to, upper=True))
        return where, params


# ---------------------------------------------------------------------------
# Results

@dataclass
class Snippet:
    """A stretch of the record's text around the first match, with offsets into that text."""

    start: int
    end: int
    text: str
    highlights: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Hit:
    id: str
    title: Optional[str]
    published: Optional[str]
    outlet: Optional[str]
    url: Optional[str]
    score: Optional[float]
    snippet: Snippet
    title_highlights: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Facet:
    value: str
    count: int


@dataclass
class SearchResult:
    query: Optional[str]
    fts: Optional[str]
    total: int
    hits: list[Hit]
    facets: dict[str, list[Facet]]

    def to_dict(self) -> dict:
        return asdict(self)


_FACET_SQL = {
    # records per official / agency, grouped on the folded name (one spelling is shown);
    # {hits} is the matching set: temp.hits, or the records table itself when all match
    "officials": """
        SELECT MAX(o.name), COUNT(DISTINCT o.rid) AS n
        FROM officials o JOIN {hits} h ON h.rid = o.rid
        GROUP BY o.name_fold ORDER BY n DESC, o.name_fold LIMIT ?""",
    "agencies": """
        SELECT MAX(a.full_name), COUNT(DISTINCT a.rid) AS n
        FROM agencies a JOIN {hits} h ON h.rid = a.rid
        GROUP BY a.full_name_fold ORDER BY n DESC, a.full_name_fold LIMIT ?""",
    "kinds": """
        SELECT MAX(m.kind), COUNT(DISTINCT m.rid) AS n
        FROM meetings m JOIN {hits} h ON h.rid = m.rid
        WHERE m.kind_fold IS NOT NULL GROUP BY m.kind_fold ORDER BY n DESC, m.kind_fold LIMIT ?""",
    "months": """
        SELECT month, COUNT(*) AS n FROM {hits}
        WHERE month IS NOT NULL GROUP BY month ORDER BY n DESC, month DESC LIMIT ?""",
}


def search(
    con: sqlite3.Connection,
    query: Optional[str] = None,
    filters: Optional[Filters] = None,
    limit: int = 10,
    facet_size: int = 10,
    snippet_chars: int = 240,
) -> SearchResult:
    """Records matching `query` (optional) and `filters`, best first (bm25; newest first when
    there is no query), with facet counts over every match, not only the `limit` shown."""
    filters = filters or Filters()
    fts = to_fts(query) if query and query.strip() else None
    where, params = filters.sql()
    if fts:
        # the matching set without scores (cheap); bm25 is computed below, for the top only
        where.insert(0, "r.rid IN (SELECT rowid FROM records_fts WHERE records_fts MATCH ?)")
        params.insert(0, fts)
    if fts or filters.active():
        matching = "temp.hits"
        con.execute("CREATE TEMP TABLE IF NOT EXISTS hits (rid INTEGER PRIMARY KEY, date TEXT, month TEXT)")
        con.execute("DELETE FROM temp.hits")
        try:
            con.execute(
                "INSERT INTO temp.hits (rid, date, month) SELECT r.rid, r.date, r.month FROM records r"
                + (f" WHERE {' AND '.join(where)}" if where else ""),
                params,
            )
        except sqlite3.OperationalError as exc:  # to_fts quotes every word, so this is not expected
            raise QueryError(f"cannot run {query!r} ({fts}): {exc}") from exc
    else:
        matching = "main.records"  # everything matches: no need to copy the set
    total = con.execute(f"SELECT COUNT(*) FROM {matching}").fetchone()[0]
    score = f"bm25(records_fts, {TITLE_WEIGHT}, 1.0)"
    if fts and filters.active():
        ranked = con.execute(
            f"SELECT f.rowid, {score} AS score FROM records_fts f JOIN temp.hits h ON h.rid = f.rowid "
            "WHERE records_fts MATCH ? ORDER BY score, f.rowid DESC LIMIT ?",
            (fts, limit),
        ).fetchall()
    elif fts:  # every match is a hit: rank straight from the full-text index
        ranked = con.execute(
            f"SELECT rowid, {score} AS score FROM records_fts WHERE records_fts MATCH ? "
            "ORDER BY score, rowid DESC LIMIT ?",
            (fts, limit),
        ).fetchall()
    else:
        ranked = con.execute(
            f"SELECT rid, NULL FROM {matching} ORDER BY date IS NULL, date DESC, rid DESC LIMIT ?", (limit,)
        ).fetchall()
    scores = dict(ranked)
    rows = [
        con.execute(
            "SELECT r.rid, r.id, r.title, r.published, r.outlet, r.url, c.text FROM records r "
            "JOIN contents c ON c.rid = r.rid WHERE r.rid = ?",
            (rid,),
        ).fetchone()
        for rid, _ in ranked
    ]
    marks = _highlights(con, fts, [row[0] for row in rows]) if fts else {}
    hits = []
    for rid, rec_id, title, published, outlet, url, text in rows:
        score = scores[rid]
        title_marks, text_marks = marks.get(rid, ([], []))
        hits.append(
            Hit(
                id=rec_id, title=title, published=published, outlet=outlet, url=url,
                score=None if score is None else round(-score, 4),  # bm25 is lower-is-better
                snippet=make_snippet(text, text_marks, snippet_chars), title_highlights=title_marks,
            )
        )
    facets = {
        name: [Facet(value, count) for value, count in con.execute(_FACET_SQL[name].format(hits=matching), (facet_size,))]
        for name in FACETS
    }
    return SearchResult(query=query, fts=fts, total=total, hits=hits, facets=facets)


def _highlights(con, fts: str, rids: list[int]) -> dict[int, tuple[list, list]]:
    """Matched stretches of title and text per record, as offsets: highlight() marks the folded
    copies, and folding keeps offsets, so positions carry over to the original text."""
    if not rids:
        return {}
    rows = con.execute(
        "SELECT rowid, highlight(records_fts, 0, ?, ?), highlight(records_fts, 1, ?, ?) FROM records_fts "
        f"WHERE records_fts MATCH ? AND rowid IN ({', '.join('?' * len(rids))})",
        (_OPEN, _CLOSE, _OPEN, _CLOSE, fts, *rids),
    ).fetchall()
    return {rid: (_marked_ranges(title or ""), _marked_ranges(text or "")) for rid, title, text in rows}


def _marked_ranges(marked: str) -> list[tuple[int, int]]:
    """Offsets of the stretches between _OPEN and _CLOSE, in the text without the marks."""
    ranges = []
    head, *parts = marked.split(_OPEN)
    pos = len(head)
    for part in parts:
        inner, _, rest = part.partition(_CLOSE)
        ranges.append((pos, pos + len(inner)))
        pos += len(inner) + len(rest)
    return ranges


def make_snippet(text: str, highlights: list[tuple[int, int]], size: int = 240) -> Snippet:
    """About `size` characters of `text` around the first highlight (the start of the text when
    there is none), cut at spaces, with the highlights that fall inside."""
    if not highlights:
        start = 0
    else:
        start = max(0, highlights[0][0] - size // 4)
        space = text.rfind(" ", 0, start)
        start = 0 if space < 0 or start == 0 else space + 1
    end = min(len(text), start + size)
    if end < len(text):
        space = text.rfind(" ", start, end)
        if space > start:
            end = space
    inside = [(s, e) for s, e in highlights if s >= start and e <= end]
    return Snippet(start=start, end=end, text=text[start:end], highlights=inside)
