"""Index and query benchmark (`make bench`): index 10,000 records, then time typical queries.

The records: the pipeline is run over dantri.com.vn articles (`--articles`, spread over all
sections), and one record in ten is a copy of a gold record of the dev split (officials,
agencies, meetings with agenda and directives: the government news the project is for, which
dantri's general news has little of); these are replicated under new ids up to `--records`,
because the pipeline is too slow to extract 10,000 articles for every benchmark run. Results go to stdout and, with `--update FILE`, into FILE
between `<!-- bench:index -->` and `<!-- /bench:index -->`.

    python -m pipeline.index.bench --update BENCHMARKS.md
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from pipeline import __version__
from pipeline.index.records import iter_records
from pipeline.index.samples import DANTRI, dantri_articles
from pipeline.index.search import Filters, search
from pipeline.index.store import index_records, open_index

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "corpora" / "gold" / "dev.jsonl"
START, END = "<!-- bench:index -->", "<!-- /bench:index -->"
COMMAND = "make bench  (python -m pipeline.index.bench --update BENCHMARKS.md)"

QUERIES = [
    ("phrase", "chuyển đổi số", Filters()),
    ("common phrase", "Việt Nam", Filters()),
    ("very common word", "người", Filters()),
    ("name, folded", "le thanh do", Filters()),
    ("official filter only", None, Filters(official="LE THANH ĐO")),
    ("phrase + dates", "kinh tế", Filters(date_from="2021-01", date_to="2021-06")),
    ("kind + agency filters", None, Filters(kind="phiên họp thường kỳ", agency="UBND tỉnh")),
    ("no query, no filter", None, Filters()),
]


def make_records(out: Path, articles: int, total: int) -> dict:
    from pipeline.api import extract, load

    started = time.perf_counter()
    nlp = load()
    base = [extract(a, nlp=nlp).model_dump(mode="json") for a in dantri_articles(DANTRI, articles)]
    extract_s = time.perf_counter() - started
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    with out.open("w", encoding="utf-8") as fh:
        for i in range(total):
            data = dict(gold[(i // 10) % len(gold)] if i % 10 == 0 else base[i % len(base)])
            data["id"] = f"{data['id']}~{i}"
            fh.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n")
    return {"articles": len(base), "extract_s": extract_s}


def time_queries(db: Path, runs: int) -> list[dict]:
    con = open_index(db)
    results = []
    for name, query, filters in QUERIES:
        search(con, query, filters)  # warm the page cache and the temp table
        times, cpu, total = [], [], 0
        for _ in range(runs):
            started, started_cpu = time.perf_counter(), time.process_time()
            result = search(con, query, filters)
            times.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
            total = result.total
        times.sort()
        results.append({
            "name": name, "query": query, "filters": {k: v for k, v in vars(filters).items() if v},
            "matches": total, "median_ms": statistics.median(times), "p90_ms": times[int(0.9 * (len(times) - 1))],
            "max_ms": times[-1], "cpu_ms": statistics.median(cpu),
        })
    con.close()
    return results


def report(facts: dict) -> str:
    q = facts["queries"]
    lines = [
        START,
        "### Index and search (`vnie index`, `vnie search`)",
        "",
        f"Command: `{COMMAND}`",
        "",
        f"Machine: {facts['machine']}. Records: {facts['records']:,} — pipeline output for {facts['articles']:,} "
        "dantri.com.vn articles, and one in ten a copy of a `corpora/gold/dev.jsonl` record (meetings, agendas, "
        "directives), replicated under new ids: the pipeline is too slow to extract 10,000 articles per run "
        f"(extracting these took {facts['extract_s']:.0f} s, not counted below).",
        "",
        "| measure | result | target |",
        "| --- | --- | --- |",
        f"| index {facts['records']:,} records from JSONL into a new database | {facts['index_s']:.1f} s "
        f"({facts['records'] / facts['index_s']:,.0f} records/s) | < 30 s |",
        f"| re-index {facts['reindexed']:,} of them (same ids: replaced) | {facts['reindex_s']:.1f} s | |",
        f"| database size | {facts['db_mb']:.0f} MB | |",
        f"| slowest query, median of {facts['runs']} runs | {max(x['median_ms'] for x in q):.1f} ms "
        f"(CPU {max(x['cpu_ms'] for x in q):.1f} ms) | < 50 ms |",
        "",
        "| query | matches | median ms | p90 ms | max ms | CPU ms (median) |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for x in q:
        what = " ".join(
            ([f"`{x['query']}`"] if x["query"] else []) + [f"--{k.replace('date_', '')} {v!r}" for k, v in x["filters"].items()]
        ) or "(everything)"
        lines.append(
            f"| {x['name']}: {what} | {x['matches']:,} | {x['median_ms']:.1f} | {x['p90_ms']:.1f} | {x['max_ms']:.1f} "
            f"| {x['cpu_ms']:.1f} |"
        )
    lines += [
        "",
        "A query is timed through `pipeline.index.search.search` on an open connection: ranking (bm25), "
        "snippets for 10 hits and four facets over the whole matching set; starting the `vnie` process "
        "adds about half a second that is not the query's. Wall-clock times include waiting for a core "
        "when other work shares the machine (see the load average); CPU time is the query's own work.",
        END,
    ]
    return "\n".join(lines)


def update(path: Path, block: str) -> None:
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    if START in text and END in text:
        head, rest = text.split(START, 1)
        text = head + block + rest.split(END, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    path.write_text(text, encoding="utf-8")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--articles", type=int, default=1_000, help="dantri articles to run the pipeline over")
    parser.add_argument("--runs", type=int, default=20, help="timed runs per query")
    parser.add_argument("--update", type=Path, default=None, help="write the results into this Markdown file")
    parser.add_argument("--workdir", type=Path, default=None, help="keep the records and database here")
    args = parser.parse_args(argv)
    if not DANTRI.is_dir():
        print(f"bench: {DANTRI} is missing; the benchmark needs the dantri articles", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        work = args.workdir or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        records, db = work / "bench-records.jsonl", work / "bench.sqlite"
        if db.exists():
            db.unlink()
        made = make_records(records, args.articles, args.records)
        started = time.perf_counter()
        stats = index_records(db, iter_records([records]))
        index_s = time.perf_counter() - started
        if stats.errors or stats.added != args.records:
            print(f"bench: indexed {stats.added} of {args.records} ({len(stats.errors)} errors)", file=sys.stderr)
            return 1
        subset = work / "bench-subset.jsonl"
        with records.open(encoding="utf-8") as src, subset.open("w", encoding="utf-8") as dst:
            for i, line in enumerate(src):
                if i % 10 == 5:
                    dst.write(line)
        started = time.perf_counter()
        re_stats = index_records(db, iter_records([subset]))
        reindex_s = time.perf_counter() - started
        facts = {
            "machine": f"{os.cpu_count()} cores, {platform.python_implementation()} {platform.python_version()}, "
            f"SQLite {sqlite3.sqlite_version}, vnie {__version__}, load average {os.getloadavg()[0]:.1f} before the queries",
            "records": args.records, "index_s": index_s, "reindexed": re_stats.replaced, "reindex_s": reindex_s,
            "db_mb": db.stat().st_size / 1e6, "runs": args.runs, "queries": time_queries(db, args.runs), **made,
        }
    block = report(facts)
    print(block)
    if args.update:
        update(args.update, block)
    return 0


if __name__ == "__main__":
    sys.exit(main())
