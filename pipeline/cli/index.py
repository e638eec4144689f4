"""`vnie index RECORDS.jsonl... [--db archive.sqlite]`: build or update the SQLite index."""

from __future__ import annotations

import sys

from pipeline.cli.records_input import ErrorCount

DEFAULT_DB = "archive.sqlite"


def add_parser(sub) -> None:
    p = sub.add_parser(
        "index",
        help="add records to a SQLite index (full text, officials, agencies, dates, meetings …)",
        description="Add records to a SQLite index; a record whose id is already there replaces it. "
        "All or nothing: the index changes only when the whole run succeeds.",
    )
    p.add_argument("inputs", nargs="+", metavar="RECORDS", help="JSONL files of records (vnie extract output, or gold)")
    p.add_argument("--db", default=DEFAULT_DB, help=f"the index file, created when missing (default: {DEFAULT_DB})")
    p.set_defaults(run=run)


def run(args) -> int:
    import sqlite3

    from pipeline.index.records import iter_records
    from pipeline.index.store import IndexFileError, index_records

    errors = ErrorCount()
    try:
        stats = index_records(args.db, iter_records(args.inputs), on_error=errors)
    except IndexFileError as exc:
        print(f"vnie index: {exc}", file=sys.stderr)
        return 2
    except sqlite3.Error as exc:  # e.g. another process is writing the same index
        print(f"vnie index: {args.db}: {exc}; the index is unchanged", file=sys.stderr)
        return 2
    rate = stats.indexed / stats.seconds if stats.seconds else 0.0
    print(
        f"vnie index: {stats.added} added, {stats.replaced} replaced, {errors.count} errors "
        f"into {args.db} in {stats.seconds:.1f} s ({rate:.0f} records/s)",
        file=sys.stderr,
    )
    return 1 if errors.count else 0
