"""`vnie show FILE_OR_ID [--db archive.sqlite] [--record ID]`: an article in the terminal, every
extracted span highlighted, the structured record beside it."""

from __future__ import annotations

import sys
from pathlib import Path

from pipeline.cli.index import DEFAULT_DB
from pipeline.cli.records_input import ErrorCount, records_only
from pipeline.schema import ErrorRecord


def add_parser(sub) -> None:
    p = sub.add_parser(
        "show",
        help="show records in the terminal with every extracted span highlighted",
        description="TARGET is a records file (.jsonl), an article (.txt, extracted on the fly), or the id of a "
        "record in the index given by --db.",
    )
    p.add_argument("target", metavar="FILE_OR_ID")
    p.add_argument("--db", default=None, help=f"look TARGET up as a record id in this index (default: {DEFAULT_DB} when TARGET is no file)")
    p.add_argument("--record", default=None, metavar="ID", help="of a records file, show only this record")
    p.add_argument("--width", type=int, default=None, help="terminal width to lay out for")
    p.set_defaults(run=run)


def run(args) -> int:
    from rich.console import Console

    from pipeline.views.terminal import show

    console = Console(width=args.width) if args.width else Console()
    path = Path(args.target)
    errors = ErrorCount()
    if args.db is None and path.is_file():
        if path.suffix.lower() == ".txt":
            records = [_extract(path)]
        else:
            records = records_only([str(path)], errors)
        shown = 0
        for record in records:
            if args.record is None or record.id == args.record:
                try:
                    show(record, console)
                except Exception as exc:  # noqa: BLE001 - one odd record never hides the others
                    errors(ErrorRecord(source=record.source, error_type=type(exc).__name__, message=f"{record.id}: {exc}"))
                shown += 1
        if not shown:
            print(f"vnie show: no record{' ' + repr(args.record) if args.record else ''} in {path}", file=sys.stderr)
            return 1
        return 1 if errors.count else 0
    from pipeline.index.store import IndexFileError, load_record, open_index

    try:
        con = open_index(args.db or DEFAULT_DB)
    except IndexFileError as exc:
        print(f"vnie show: {args.target} is no file, and {exc}", file=sys.stderr)
        return 2
    try:
        record = load_record(con, args.target)
    finally:
        con.close()
    if record is None:
        print(f"vnie show: no record {args.target!r} in {args.db or DEFAULT_DB}", file=sys.stderr)
        return 1
    show(record, console)
    return 0


def _extract(path: Path):
    from pipeline.api import extract
    from pipeline.read import Article

    return extract(Article.from_raw(path.read_text(encoding="utf-8"), path=str(path), title_in_text=True))
