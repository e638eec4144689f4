"""`vnie search [QUERY] [--official NAME] [--agency NAME] [--from DATE] [--to DATE] [--kind KIND]
[--limit N] [--json]`: ranked full-text search over an index, with facet counts."""

from __future__ import annotations

import json
import sys

from pipeline.cli.index import DEFAULT_DB


def add_parser(sub) -> None:
    p = sub.add_parser(
        "search",
        help="search an index: ranked results, snippets and facets",
        description="Case and diacritics never matter: 'le thanh do' finds 'Lê Thành Đô'. Words written together "
        "are one phrase; separate phrases with commas (all must occur) or OR; exclude with -phrase; word* is a prefix.",
    )
    p.add_argument("query", nargs="?", default=None, help="what to look for (leave out to list by filters alone)")
    p.add_argument("--db", default=DEFAULT_DB, help=f"the index file (default: {DEFAULT_DB})")
    p.add_argument("--official", metavar="NAME", help="records with an official of this name (words in order)")
    p.add_argument("--agency", metavar="NAME", help="records with an agency of this short or full name")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="records dated on or after (2021, 2021-08, 2021-08-27)")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="records dated on or before (the whole month or year for 2021-08 or 2021)")
    p.add_argument("--kind", metavar="KIND", help='records with a meeting of this kind ("phiên họp thường kỳ")')
    p.add_argument("--limit", type=int, default=10, metavar="N", help="results to show (default: 10)")
    p.add_argument("--facets", type=int, default=10, metavar="N", help="values per facet (default: 10)")
    p.add_argument("--json", action="store_true", help="print one JSON object (hits with offsets, facets)")
    p.set_defaults(run=run)


def run(args) -> int:
    import sqlite3

    from pipeline.index.search import Filters, QueryError, search
    from pipeline.index.store import IndexFileError, open_index

    if args.limit < 0 or args.facets < 0:
        print("vnie search: --limit and --facets must be 0 or more", file=sys.stderr)
        return 2
    filters = Filters(official=args.official, agency=args.agency, date_from=args.date_from, date_to=args.date_to, kind=args.kind)
    try:
        con = open_index(args.db)
        try:
            result = search(con, args.query, filters, limit=args.limit, facet_size=args.facets)
        finally:
            con.close()
    except (IndexFileError, QueryError) as exc:
        print(f"vnie search: {exc}", file=sys.stderr)
        return 2
    except sqlite3.Error as exc:
        print(f"vnie search: {args.db}: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=1))
    else:
        from rich.console import Console

        from pipeline.views.results import print_results

        print_results(result, Console())
    return 0
