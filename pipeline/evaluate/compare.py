"""One gold record against one predicted record, field by field.

`compare(gold, pred)` returns the metrics of one article, in a fixed order, under the names the
report uses. The matching rules are spelled out in `pipeline.evaluate`'s docstring; this module
implements them.
"""

from __future__ import annotations

import math
import unicodedata
from typing import Optional, Sequence

from pipeline.evaluate.scores import Agreement, Counts, Metric, count, match_keys, match_overlapping
from pipeline.schema import Decision, Directive, Meeting, Record
from pipeline.segment.orthography import fold

ENTITY_LABELS = ("PER", "ORG", "LOC", "TITLE", "DATE", "TIME", "NUM", "MONEY", "PERCENT")


def squash(text: Optional[str]) -> str:
    """NFC, whitespace runs as one space, no surrounding whitespace."""
    return " ".join(unicodedata.normalize("NFC", text or "").split())


def fold_name(text: Optional[str]) -> str:
    """The key names are compared by: `squash`, then lower case and one tone-mark placement
    ('Tỉnh Uỷ' and 'tỉnh ủy' are equal; 'quý' and 'qúy' are not)."""
    return fold(squash(text))


def _span(item) -> tuple[int, int]:
    return item.start, item.end


def _quote(item) -> str:
    return f"{item.start}:{item.end} {item.text!r}"


# -- entities -----------------------------------------------------------------------------

def entity_metrics(gold: Sequence, pred: Sequence, labels: Sequence[str] = ENTITY_LABELS, prefix: str = "entities") -> dict[str, Metric]:
    """Per label: exact span (equal start and end) and partial (spans share a character);
    the label must be equal in both. `<prefix>.all.*` sums the labels."""
    out: dict[str, Metric] = {}
    every = {"exact": Counts(), "partial": Counts()}
    for label in labels:
        g = [e for e in gold if e.label == label]
        p = [e for e in pred if e.label == label]
        describe = lambda e: f"{e.label} {_quote(e)}"  # noqa: E731
        exact = count(match_keys([_span(e) for e in g], [_span(e) for e in p]), g, p, describe)
        partial = count(match_overlapping(g, p, span=_span), g, p, describe)
        out[f"{prefix}.{label}.exact"] = exact
        out[f"{prefix}.{label}.partial"] = partial
        every["exact"].add(exact)
        every["partial"].add(partial)
    out[f"{prefix}.all.exact"] = every["exact"]
    out[f"{prefix}.all.partial"] = every["partial"]
    return out


# -- named things: officials, agencies, locations -----------------------------------------

def _by_key(gold_items: list, pred_items: list, key, describe) -> Counts:
    return count(match_keys([key(x) for x in gold_items], [key(x) for x in pred_items]), gold_items, pred_items, describe)


def official_metrics(gold: Record, pred: Record) -> dict[str, Metric]:
    titles = lambda r: [(o.name, t) for o in r.officials for t in o.titles]  # noqa: E731
    return {
        "officials.name": _by_key(gold.officials, pred.officials, lambda o: fold_name(o.name), lambda o: o.name),
        "officials.title": _by_key(
            titles(gold), titles(pred), lambda nt: (fold_name(nt[0]), squash(nt[1])), lambda nt: f"{nt[0]}: {nt[1]}"
        ),
    }


def agency_metrics(gold: Record, pred: Record) -> dict[str, Metric]:
    return {
        "agencies.full_name": _by_key(gold.agencies, pred.agencies, lambda a: fold_name(a.full_name), lambda a: a.full_name),
        "agencies.name": _by_key(gold.agencies, pred.agencies, lambda a: fold_name(a.name), lambda a: a.name),
    }


def location_metrics(gold: Record, pred: Record) -> dict[str, Metric]:
    return {"locations.name": _by_key(gold.locations, pred.locations, lambda x: fold_name(x.name), lambda x: x.name)}


# -- dates and figures --------------------------------------------------------------------

def date_metrics(gold: Record, pred: Record) -> dict[str, Metric]:
    g, p = gold.dates, pred.dates
    spans = match_keys([_span(d) for d in g], [_span(d) for d in p])
    out: dict[str, Metric] = {
        "dates.span": count(spans, g, p, _quote),
        "dates.span+value": count(
            match_keys([(*_span(d), d.value) for d in g], [(*_span(d), d.value) for d in p]), g, p,
            lambda d: f"{_quote(d)} = {d.value}",
        ),
    }
    for attr in ("value", "granularity", "role"):
        agreement = Agreement()
        for i, j in spans.pairs:
            a, b = getattr(g[i], attr), getattr(p[j], attr)
            agreement.judge(a == b, f"{_quote(g[i])}: gold {a}, pred {b}")
        out[f"dates.{attr}"] = agreement
    return out


def same_number(a: Optional[float], b: Optional[float]) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def figure_metrics(gold: Record, pred: Record) -> dict[str, Metric]:
    g, p = gold.figures, pred.figures
    describe = lambda f: f"{_quote(f)} = {f.value:.15g} {f.unit or ''}".rstrip()  # noqa: E731
    same_unit = lambda a, b: fold_name(a.unit) == fold_name(b.unit)  # noqa: E731
    return {
        "figures.span": count(match_keys([_span(f) for f in g], [_span(f) for f in p]), g, p, describe),
        "figures.value": count(
            match_overlapping(g, p, span=_span, compatible=lambda a, b: same_number(a.value, b.value)), g, p, describe
        ),
        "figures.value+unit": count(
            match_overlapping(g, p, span=_span, compatible=lambda a, b: same_number(a.value, b.value) and same_unit(a, b)),
            g, p, describe,
        ),
    }


# -- directives, decisions, meetings ------------------------------------------------------

def _unique(items: list) -> list:
    """One item per span: records list every act at the top level and again under its agenda
    item; gold lists each once, in one place or the other."""
    seen: dict = {}
    for item in items:
        seen.setdefault(_span(item), item)
    return sorted(seen.values(), key=_span)


def all_directives(record: Record) -> list[Directive]:
    """Top-level directives and those listed under an agenda item, in text order."""
    return _unique(list(record.directives) + [d for m in record.meetings for a in m.agenda for d in a.directives])


def all_decisions(record: Record) -> list[Decision]:
    return _unique(list(record.decisions) + [d for m in record.meetings for a in m.agenda for d in a.decisions])


def _names_on_pairs(matching, gold: list, pred: list, names, describe) -> Counts:
    """Names listed on matched pairs (assignees of a directive, chairs of a meeting) compared as
    folded multisets; the names of unmatched items are all missed or spurious."""
    counts = Counts()
    for i, j in matching.pairs:
        inner = match_keys([fold_name(n) for n in names(gold[i])], [fold_name(n) for n in names(pred[j])])
        count(inner, names(gold[i]), names(pred[j]), lambda n, i=i: f"{n} ({describe(gold[i])})", counts)
    for i in matching.gold_left:
        for n in names(gold[i]):
            counts.miss(f"{n} ({describe(gold[i])})")
    for j in matching.pred_left:
        for n in names(pred[j]):
            counts.spurious(f"{n} ({describe(pred[j])})")
    return counts


def directive_metrics(gold: Record, pred: Record) -> dict[str, Metric]:
    g, p = all_directives(gold), all_directives(pred)
    describe = lambda d: f"{d.start}:{d.end} {d.text[:60]!r}"  # noqa: E731
    matching = match_overlapping(g, p, span=_span)
    deadline = Counts()
    exact = Agreement()
    for i, j in matching.pairs:
        a, b = g[i].deadline, p[j].deadline
        exact.judge(a == b, f"{describe(g[i])}: gold {a}, pred {b}")
        if a is not None and a == b:
            deadline.hit()
        else:
            if a is not None:
                deadline.miss(f"{a} ({describe(g[i])})")
            if b is not None:
                deadline.spurious(f"{b} ({describe(p[j])})")
    roles = Agreement()
    for i, j in matching.pairs:
        # the role ('lead', 'cooperate', 'assigned') of each assignee named on both sides
        predicted = {fold_name(a.name): a.role for a in p[j].assignee_details}
        for a in g[i].assignee_details:
            if fold_name(a.name) in predicted:
                role = predicted[fold_name(a.name)]
                roles.judge(role == a.role, f"{a.name}: gold {a.role}, pred {role} ({describe(g[i])})")
    for i in matching.gold_left:
        if g[i].deadline is not None:
            deadline.miss(f"{g[i].deadline} ({describe(g[i])})")
    for j in matching.pred_left:
        if p[j].deadline is not None:
            deadline.spurious(f"{p[j].deadline} ({describe(p[j])})")
    return {
        "directives.detection": count(matching, g, p, describe),
        "directives.assignee": _names_on_pairs(matching, g, p, lambda d: d.assignees, describe),
        "directives.assignee_role": roles,
        "directives.deadline": deadline,
        "directives.deadline_exact": exact,
    }


def decision_metrics(gold: Record, pred: Record) -> dict[str, Metric]:
    g, p = all_decisions(gold), all_decisions(pred)
    describe = lambda d: f"{d.start}:{d.end} {d.text[:60]!r}"  # noqa: E731
    return {"decisions.detection": count(match_overlapping(g, p, span=_span), g, p, describe)}


MEETING_SLOTS = ("body", "body_full_name", "kind", "date")


def _meeting_slot(m: Meeting, slot: str) -> Optional[str]:
    value = getattr(m, slot)
    return value if slot == "date" or value is None else fold_name(value)


def meeting_metrics(gold: Record, pred: Record) -> dict[str, Metric]:
    g, p = list(gold.meetings), list(pred.meetings)
    describe = lambda m: f"{m.kind or '?'} of {m.body or '?'} on {m.date or '?'} at {m.start}:{m.end}"  # noqa: E731

    def agreeing_slots(a: Meeting, b: Meeting) -> tuple:
        return (sum(_meeting_slot(a, s) == _meeting_slot(b, s) for s in ("body", "kind", "date")),)

    matching = match_overlapping(g, p, span=_span, preference=agreeing_slots)
    out: dict[str, Metric] = {"meetings.detection": count(matching, g, p, describe)}
    no_invented = Agreement()
    if not g:
        no_invented.judge(not p, "; ".join(describe(m) for m in p))
    out["meetings.no_invented"] = no_invented
    for slot in MEETING_SLOTS:
        agreement = Agreement()
        for i, j in matching.pairs:
            a, b = getattr(g[i], slot), getattr(p[j], slot)
            agreement.judge(_meeting_slot(g[i], slot) == _meeting_slot(p[j], slot), f"{describe(g[i])}: gold {a}, pred {b}")
        out[f"meetings.{slot}"] = agreement
    out["meetings.chair"] = _names_on_pairs(matching, g, p, lambda m: m.chair, describe)
    agenda = Agreement()
    for i, j in matching.pairs:
        agenda.judge(len(g[i].agenda) == len(p[j].agenda), f"{describe(g[i])}: gold {len(g[i].agenda)} items, pred {len(p[j].agenda)}")
    out["meetings.agenda_count"] = agenda
    # the items themselves, by title: a count can stay right while one item is lost and another invented
    items = Counts()
    placement = Agreement()
    for i, j in matching.pairs:
        left = list(range(len(p[j].agenda)))
        item_of: dict[int, int] = {}  # gold item → the predicted item of the same title
        for n, item in enumerate(g[i].agenda):
            k = next((k for k in left if _same_agenda_item(item.title, p[j].agenda[k].title)), None)
            if k is None:
                items.miss(f"{describe(g[i])}: {(item.title or '')[:60]!r}")
            else:
                left.remove(k)
                item_of[n] = k
                items.hit()
        for k in left:
            items.spurious(f"{describe(g[i])}: {(p[j].agenda[k].title or '')[:60]!r}")
        _judge_placement(gold, pred, g[i], p[j], item_of, placement)
    out["meetings.agenda_items"] = items
    out["meetings.act_item"] = placement
    return out


def _acts_placed(record: Record, meeting: Meeting, listed: list) -> list[tuple]:
    """The meeting's acts, each with the index of the agenda item it is listed under (None: under
    no item, in the stretch of text that reports the meeting). A gold act is listed once; a predicted
    one also at the top level, where it is ignored."""
    placed = {_span(a): (a, n) for n, item in enumerate(meeting.agenda) for a in listed(item)}
    # (a meeting's report runs to the next meeting's start: a gold span may quote only its lead)
    starts = sorted(m.start for m in record.meetings)
    lo = 0 if meeting.start == starts[0] else meeting.start
    hi = next((s for s in starts if s > meeting.start), len(record.text))
    for a in listed(record):
        if _span(a) not in placed and lo <= a.start < hi:
            placed[_span(a)] = (a, None)
    return sorted(placed.values(), key=lambda x: _span(x[0]))


def _judge_placement(gold: Record, pred: Record, g: Meeting, p: Meeting, item_of: dict[int, int], placement: Agreement) -> None:
    """On a matched meeting, each act found on both sides is placed alike: under the predicted item
    matched to its gold item by title, or under no item on both sides."""
    for listed in (lambda x: x.directives, lambda x: x.decisions):
        predicted = _acts_placed(pred, p, listed)
        for act, n in _acts_placed(gold, g, listed):
            k = next((k for b, k in predicted if b.start < act.end and act.start < b.end), False)
            if k is False:
                continue
            expected = None if n is None else item_of.get(n, -1)
            placement.judge(k == expected, f"{act.start}:{act.end} {act.text[:50]!r}: gold item {n}, pred item {k}")


def _same_agenda_item(a: Optional[str], b: Optional[str]) -> bool:
    """Two titles name one item when one holds the other, or when most words of the shorter are the
    other's ('kế hoạch đầu tư công năm 2024' and 'điều chỉnh kế hoạch đầu tư công năm 2024')."""
    x, y = fold_name(a), fold_name(b)
    if not x or not y:
        return False
    if x in y or y in x:
        return True
    wx, wy = set(x.split()), set(y.split())
    shorter = min(wx, wy, key=len)
    return len(wx & wy) >= 0.6 * len(shorter)


def compare(gold: Record, pred: Record) -> dict[str, Metric]:
    """Every metric of one article, in report order."""
    out: dict[str, Metric] = {}
    out.update(entity_metrics(gold.entities, pred.entities))
    out.update(official_metrics(gold, pred))
    out.update(agency_metrics(gold, pred))
    out.update(location_metrics(gold, pred))
    out.update(date_metrics(gold, pred))
    out.update(figure_metrics(gold, pred))
    out.update(directive_metrics(gold, pred))
    out.update(decision_metrics(gold, pred))
    out.update(meeting_metrics(gold, pred))
    return out
