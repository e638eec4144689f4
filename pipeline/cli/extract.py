"""`vnie extract INPUT... [-o OUT] [--errors ERRORS]`: articles in, one JSONL record each out."""

from __future__ import annotations

import sys
import time

from pipeline.io.readers import error, iter_inputs
from pipeline.io.writers import JsonlWriter
from pipeline.schema import ErrorRecord


def add_parser(sub) -> None:
    p = sub.add_parser("extract", help="extract records from articles (.txt, .jsonl, directories)")
    p.add_argument("inputs", nargs="+", metavar="INPUT")
    p.add_argument("-o", "--output", default=None, help="records JSONL (default: stdout)")
    p.add_argument("--errors", default=None, help="error records JSONL (default: stderr)")
    p.add_argument("--config", default=None, help="a spaCy config of the pipeline (default: the bundled one)")
    p.add_argument("--disable", action="append", default=[], metavar="COMPONENT", help="leave a component out")
    p.set_defaults(run=run)


def run(args) -> int:
    from pipeline.api import load
    from pipeline.api import extract as extract_one

    started = time.perf_counter()
    nlp = load(args.config, disable=args.disable)
    counts = {"inputs": 0, "records": 0, "errors": 0, "meetings": 0, "officials": 0}
    errors_out = JsonlWriter(args.errors) if args.errors else None
    with JsonlWriter(args.output) as out:
        for item in iter_inputs(args.inputs):
            counts["inputs"] += 1
            if not isinstance(item, ErrorRecord):
                try:
                    record = extract_one(item, nlp=nlp)
                except Exception as exc:  # one bad article never stops a batch
                    item = error(_source(item), exc)
                else:
                    out.write(record)
                    counts["records"] += 1
                    counts["meetings"] += len(record.meetings)
                    counts["officials"] += len(record.officials)
                    continue
            counts["errors"] += 1
            if errors_out:
                errors_out.write(item)
            else:
                print(item.model_dump_json(), file=sys.stderr)
    if errors_out:
        errors_out.close()
    seconds = time.perf_counter() - started
    rate = counts["inputs"] / seconds if seconds else 0.0
    print(
        f"vnie extract: {counts['inputs']} inputs, {counts['records']} records, {counts['errors']} errors, "
        f"{counts['meetings']} meetings, {counts['officials']} officials in {seconds:.1f} s ({rate:.1f} articles/s)",
        file=sys.stderr,
    )
    return 1 if counts["errors"] else 0


def _source(article):
    from pipeline.schema import Source

    return Source(path=article.path, url=article.url, line=article.line, member=article.member)
