"""`vnie report RECORDS.jsonl... -o report.html`: a static HTML report that opens offline."""

from __future__ import annotations

import sys

from pipeline.cli.records_input import ErrorCount


def add_parser(sub) -> None:
    p = sub.add_parser(
        "report",
        help="write a static HTML report: highlighted text, meetings, officials, directives",
        description="One self-contained HTML file (no scripts, fonts or images to fetch). Every value links to "
        "the sentence it was read from.",
    )
    p.add_argument("inputs", nargs="+", metavar="RECORDS", help="JSONL files of records")
    p.add_argument("-o", "--output", required=True, help="the HTML file to write")
    p.add_argument("--record", action="append", default=[], metavar="ID", help="only these records (repeatable)")
    p.add_argument("--limit", type=int, default=None, metavar="N", help="at most N records")
    p.add_argument("--title", default="vnie report")
    p.set_defaults(run=run)


def run(args) -> int:
    from itertools import islice

    from pipeline.index.records import iter_records
    from pipeline.schema import ErrorRecord
    from pipeline.views.report import render_report

    errors = ErrorCount()
    wanted = set(args.record)

    def items():
        for item in iter_records(args.inputs):
            if isinstance(item, ErrorRecord):
                errors(item)
                yield item
            elif not wanted or item.id in wanted:
                yield item

    selected = items()
    if args.limit is not None:
        selected = islice(selected, args.limit)
    page = render_report(selected, source=", ".join(args.inputs), title=args.title)
    with open(args.output, "w", encoding="utf-8") as out:
        out.write(page)
    print(f"vnie report: wrote {args.output} ({len(page) // 1024} KiB), {errors.count} errors", file=sys.stderr)
    return 1 if errors.count else 0
