"""`vnie export RECORDS.jsonl... --format elasticsearch|csv [-o OUT]`: records for a search
cluster (bulk NDJSON, and `--mapping` for the index) or for spreadsheets (CSV tables)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pipeline.cli.records_input import ErrorCount, records_only
from pipeline.schema import ErrorRecord


def add_parser(sub) -> None:
    p = sub.add_parser(
        "export",
        help="export records: Elasticsearch/OpenSearch bulk NDJSON (and mapping) or CSV tables",
        description="elasticsearch: two lines per record (action with _id = record id, then the document); "
        "--mapping prints the index settings and mapping instead. csv: one row per official mention, per "
        "directive and per meeting; -o DIR writes officials.csv, directives.csv and meetings.csv, --table NAME "
        "writes one table to -o FILE or stdout.",
    )
    p.add_argument("inputs", nargs="*", metavar="RECORDS", help="JSONL files of records")
    p.add_argument("--format", required=True, choices=["elasticsearch", "opensearch", "csv"])
    p.add_argument("-o", "--output", default=None, help="output file (folder for all CSV tables); default: stdout")
    p.add_argument("--mapping", action="store_true", help="elasticsearch: print the index settings and mapping")
    p.add_argument("--index", default=None, help="elasticsearch: put _index in every action line")
    p.add_argument("--table", choices=["officials", "directives", "meetings"], help="csv: write only this table")
    p.set_defaults(run=run)


def run(args) -> int:
    if args.format in ("elasticsearch", "opensearch"):
        return _search_engine(args)
    return _csv(args)


def _open(path):
    return open(path, "w", encoding="utf-8", newline="") if path and path != "-" else sys.stdout


def _search_engine(args) -> int:
    from pipeline.export.elasticsearch import bulk_lines, mapping

    if args.mapping:
        out = _open(args.output)
        out.write(json.dumps(mapping(), ensure_ascii=False, indent=2) + "\n")
        if out is not sys.stdout:
            out.close()
        return 0
    if not args.inputs:
        print("vnie export: give RECORDS files (or --mapping)", file=sys.stderr)
        return 2
    errors = ErrorCount()
    out = _open(args.output)
    documents = 0
    try:
        for record in records_only(args.inputs, errors):
            try:
                action, document = bulk_lines([record], index=args.index)
            except Exception as exc:  # noqa: BLE001 - one odd record never stops an export
                errors(ErrorRecord(source=record.source, error_type=type(exc).__name__, message=f"{record.id}: {exc}"))
                continue
            out.write(action + "\n" + document + "\n")
            documents += 1
    finally:
        if out is not sys.stdout:
            out.close()
    print(f"vnie export: {documents} documents, {errors.count} errors", file=sys.stderr)
    return 1 if errors.count else 0


def _csv(args) -> int:
    from pipeline.export.csv_tables import write_table, write_tables

    if not args.inputs:
        print("vnie export: give RECORDS files", file=sys.stderr)
        return 2
    errors = ErrorCount()
    records = records_only(args.inputs, errors)
    if args.table:
        if args.output and args.output != "-":
            with open(args.output, "w", encoding="utf-8-sig", newline="") as out:
                rows = write_table(args.table, records, out, on_error=errors)
        else:
            rows = write_table(args.table, records, sys.stdout, on_error=errors)
        print(f"vnie export: {rows} {args.table} rows, {errors.count} errors", file=sys.stderr)
    else:
        if not args.output or args.output == "-":
            print("vnie export: csv needs -o FOLDER for all tables, or --table NAME", file=sys.stderr)
            return 2
        counts = write_tables(records, Path(args.output), on_error=errors)
        summary = ", ".join(f"{n} {name}" for name, n in counts.items())
        print(f"vnie export: {summary} rows into {args.output}/, {errors.count} errors", file=sys.stderr)
    return 1 if errors.count else 0
