"""Benchmark: our date tagger against dateparser's search_dates (Vietnamese) on the gold dates.

    .venv/bin/python bench/dates_vs_dateparser.py [--gold corpora/gold/dev.jsonl] [--write BENCHMARKS.md]

For each gold date of the split: was its span found (exactly; or overlapping), is the value
right on exactly matched spans, and the precision (granularity). dateparser gives a datetime
and, through DateDataParser, a period (day, month, year, week, time): its value is written at
that period's precision so that both systems are judged alike. Both get the article's
publication date as the reference. Also measured: our two stages' throughput on the dantri
articles (../shared/external/dantri-unc), one process, one core.

Only the dev split is read by default: the test split is for measuring the whole system.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.api import analyse, load  # noqa: E402
from pipeline.read import Article  # noqa: E402

BEGIN, END = "<!-- bench:dates -->", "<!-- /bench:dates -->"
DANTRI = ROOT.parent / "shared" / "external" / "dantri-unc"
PERIOD_GRANULARITY = {"day": "day", "month": "month", "year": "year", "week": "interval", "time": "time"}


def gold_articles(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def reference(published: str | None) -> dt.datetime | None:
    if not published:
        return None
    moment = dt.datetime.fromisoformat(published)
    return moment.replace(tzinfo=None)


# -- the two systems ----------------------------------------------------------------------
def ours(nlp, record: dict) -> list[dict]:
    first_line = record["text"].split("\n", 1)[0].strip()
    article = Article.from_raw(record["text"], title_in_text=first_line == (record.get("title") or "").strip(),
                               published=record.get("published"))
    doc = analyse(nlp, article)
    return [{"start": s.start_char, "end": s.end_char, "value": s._.value, "granularity": s._.granularity}
            for s in doc.spans["dates"]]


def dateparser_dates(record: dict) -> list[dict]:
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    base = reference(record.get("published")) or dt.datetime.now()
    settings = {"RELATIVE_BASE": base}
    found = search_dates(record["text"], languages=["vi"], settings=settings) or []
    parser = DateDataParser(languages=["vi"], settings=settings)
    out, cursor = [], 0
    for surface, moment in found:
        start = record["text"].find(surface, cursor)
        if start < 0:
            continue
        cursor = start + len(surface)
        period = parser.get_date_data(surface).period or "day"
        out.append({"start": start, "end": cursor, "value": at_period(moment, period),
                    "granularity": PERIOD_GRANULARITY.get(period, period)})
    return out


def at_period(moment: dt.datetime, period: str) -> str:
    if period == "year":
        return f"{moment.year:04d}"
    if period == "month":
        return f"{moment.year:04d}-{moment.month:02d}"
    if period == "time":
        return moment.strftime("%Y-%m-%dT%H:%M")
    return moment.date().isoformat()


# -- scoring ------------------------------------------------------------------------------
def same_value(got: str, want: str) -> bool:
    """Equal, or equal up to the zone and seconds a date line adds."""
    return got == want or (len(want) > 16 and got == want[:16])


def score(gold: list[dict], predicted: list[dict]) -> dict:
    gold_spans = {(g["start"], g["end"]): g for g in gold}
    pred_spans = {(p["start"], p["end"]): p for p in predicted}
    exact = set(gold_spans) & set(pred_spans)
    overlapping = {g for g in gold_spans if any(p[0] < g[1] and g[0] < p[1] for p in pred_spans)}
    values = sum(same_value(pred_spans[k]["value"], gold_spans[k]["value"]) for k in exact)
    grains = sum(pred_spans[k]["granularity"] == gold_spans[k]["granularity"] for k in exact)
    return {"gold": len(gold_spans), "predicted": len(pred_spans), "exact": len(exact),
            "overlap": len(overlapping), "value": values, "granularity": grains}


def add(total: dict, part: dict) -> None:
    for key, value in part.items():
        total[key] = total.get(key, 0) + value


def summary(total: dict) -> dict:
    p = total["exact"] / total["predicted"] if total["predicted"] else 0.0
    r = total["exact"] / total["gold"] if total["gold"] else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    matched = total["exact"] or 1
    return {"precision": p, "recall": r, "f1": f1, "overlap_recall": total["overlap"] / (total["gold"] or 1),
            "value_accuracy": total["value"] / matched, "granularity_accuracy": total["granularity"] / matched}


def throughput(limit: int | None) -> tuple[int, float] | None:
    """Articles per second of the library taggers (both stages) on dantri articles."""
    if not DANTRI.is_dir():
        return None
    from pipeline.dates.tagger import default_tagger as date_tagger
    from pipeline.figures.tagger import default_tagger as figure_tagger

    dates, figures = date_tagger(), figure_tagger()
    texts = []
    for path in sorted(DANTRI.glob("*.txt"))[:limit]:
        lines = path.read_text(encoding="utf-8").split("\n")
        stamp = next((l[9:] for l in lines if l.startswith("# date = ")), "20210101")
        texts.append(("\n".join(l for l in lines if not l.startswith("# ")), f"{stamp[:4]}-{stamp[4:6]}-{stamp[6:]}"))
    dates.tag(texts[0][0], texts[0][1])  # warm the per-word rule cache
    start = time.perf_counter()
    for text, published in texts:
        found = dates.tag(text, published)
        figures.tag(text, taken=[(d.start, d.end) for d in found])
    return len(texts), len(texts) / (time.perf_counter() - start)


# -- report ---------------------------------------------------------------------------------
def report(args, results: dict, timing: dict, n_articles: int, speed) -> str:
    lines = [
        BEGIN,
        "## Dates: vnie vs dateparser",
        "",
        f"Command: `{args.command}` — {dt.date.today().isoformat()}, Python {platform.python_version()}, "
        f"{os.cpu_count()} cores (one used).",
        f"Gold: `{args.gold}` — {n_articles} articles, {results['vnie']['gold']} gold dates "
        "(DATE and TIME spans). Exact span = same start and end; value and granularity are judged "
        "on exactly matched spans; dateparser's value is written at the precision of its period.",
        "",
        "| system | span P | span R | span F1 | overlap R | value acc. | granularity acc. | ms / article |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, total in results.items():
        s = summary(total)
        lines.append(
            f"| {name} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | {s['overlap_recall']:.3f} | "
            f"{s['value_accuracy']:.3f} | {s['granularity_accuracy']:.3f} | {timing[name] * 1000 / max(n_articles, 1):.0f} |")
    lines.append("")
    lines.append("vnie's time is the whole pipeline (structure, dates; segment and figures disabled); "
                 "dateparser's is search_dates plus one DateDataParser call per found date. "
                 "vnie's rules are tuned on the dev split, so its dev figures show fit, not generalization: "
                 "the test split is measured by `make eval`.")
    if speed:
        count, rate = speed
        lines += ["", f"Throughput of the library taggers (`tag_dates` then `tag_figures`, both stages' work) on "
                  f"{count} dantri articles (~3,200 characters each): **{rate:.0f} articles/s** on one core."]
    lines.append(END)
    return "\n".join(lines)


def write_section(path: Path, section: str) -> None:
    old = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    if BEGIN in old and END in old:
        head, rest = old.split(BEGIN, 1)
        tail = rest.split(END, 1)[1]
        new = head + section + tail
    else:
        new = old.rstrip("\n") + "\n\n" + section + "\n"
    path.write_text(new, encoding="utf-8")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", default="corpora/gold/dev.jsonl")
    parser.add_argument("--write", help="update this markdown file's bench:dates section")
    parser.add_argument("--dantri-limit", type=int, default=None, help="read only the first N dantri articles")
    args = parser.parse_args(argv)
    args.command = "make bench" if os.environ.get("MAKELEVEL") else "python bench/dates_vs_dateparser.py " + " ".join(argv or sys.argv[1:])

    records = gold_articles(ROOT / args.gold)
    nlp = load(disable=["vnie_segment", "vnie_figures"])
    results: dict[str, dict] = {"vnie": {}, "dateparser": {}}
    timing = {"vnie": 0.0, "dateparser": 0.0}
    for record in records:
        gold = record["dates"]
        for name, system in (("vnie", lambda r: ours(nlp, r)), ("dateparser", dateparser_dates)):
            start = time.perf_counter()
            predicted = system(record)
            timing[name] += time.perf_counter() - start
            add(results[name], score(gold, predicted))
    section = report(args, results, timing, len(records), throughput(args.dantri_limit))
    print(section)
    if args.write:
        write_section(ROOT / args.write, section)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
