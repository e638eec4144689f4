"""`vnie extract INPUT... [-o OUT]`: articles in, one JSONL record each out, in input order.

INPUT is a file (.txt, .jsonl, .html, .zip, .tar.gz …), a directory, a glob or ``-`` (stdin).
Failed inputs go to the errors file (default: OUT.errors.jsonl beside OUT; stderr when the
records go to stdout). The summary goes to stderr (and to --summary as JSON); the exit status
is 1 when any input failed, 2 on a usage error.
"""

from __future__ import annotations

import json
import sys

from pipeline.io.sources import MB, Limits
from pipeline.runner import Job, RunOptions, UsageError, default_workers, run as run_batch


def add_parser(sub) -> None:
    p = sub.add_parser("extract", help="extract records from articles (files, directories, globs, archives, stdin)")
    p.add_argument("inputs", nargs="+", metavar="INPUT")
    p.add_argument("-o", "--output", default=None, help="records JSONL (default: stdout)")
    p.add_argument("--errors", default=None, help="error records JSONL (default: OUT.errors.jsonl, or stderr)")
    p.add_argument("--summary", default=None, metavar="FILE", help="also write the run summary as JSON")
    p.add_argument("--config", default=None, help="a spaCy config of the pipeline (default: the bundled one)")
    p.add_argument("--disable", action="append", default=[], metavar="COMPONENT", help="leave a component out")
    p.add_argument("-w", "--workers", type=int, default=default_workers(),
                   help="worker processes (default: the cores, %(default)s here); 1 runs in this process")
    p.add_argument("--engine", choices=["local", "dask"], default="local",
                   help="local: this machine; dask: a Dask distributed cluster")
    p.add_argument("--scheduler", default=None, metavar="tcp://HOST:PORT",
                   help="the Dask scheduler (default: start a local cluster of --workers)")
    p.add_argument("--chunk-size", type=int, default=16, help="inputs per process-pool task (default: 16)")
    p.add_argument("--partition-size", type=int, default=64, help="inputs per Dask task (default: 64)")
    p.add_argument("--parts", default=None, metavar="DIR", help="Dask part files (default: OUT.parts/)")
    p.add_argument("--dedup", action="store_true", help="drop articles whose text was seen before")
    p.add_argument("--resume", action="store_true",
                   help="continue an interrupted run into the same output: skip the inputs already answered")
    p.add_argument("--article-timeout", type=float, default=120.0, metavar="S",
                   help="wall-clock limit for one article, 0 for none (default: 120)")
    p.add_argument("--max-article-mb", type=float, default=Limits.article_bytes / MB,
                   help="larger inputs (a .txt file, a JSONL line) become error records (default: %(default)g)")
    p.add_argument("--max-archive-mb", type=float, default=Limits.archive_bytes / MB,
                   help="what one archive may inflate to (default: %(default)g)")
    bar = p.add_mutually_exclusive_group()
    bar.add_argument("--progress", dest="progress", action="store_true", default=None,
                     help="show the progress bar even when stderr is not a terminal")
    bar.add_argument("-q", "--quiet", dest="progress", action="store_false", help="no progress bar")
    p.set_defaults(run=run)


def run(args) -> int:
    options = RunOptions(
        output=args.output,
        errors=args.errors,
        engine=args.engine,
        workers=max(1, args.workers),
        scheduler=args.scheduler,
        chunk_size=max(1, args.chunk_size),
        partition_size=max(1, args.partition_size),
        parts_dir=args.parts,
        dedup=args.dedup,
        resume=args.resume,
        progress=args.progress,
        limits=Limits(
            article_bytes=int(args.max_article_mb * MB),
            html_bytes=max(Limits.html_bytes, int(args.max_article_mb * MB)),
            archive_bytes=int(args.max_archive_mb * MB),
        ),
        job=Job(config=args.config, disable=tuple(args.disable), article_timeout_s=args.article_timeout or None),
    )
    try:
        summary = run_batch(args.inputs, options)
    except UsageError as exc:
        print(f"vnie extract: {exc}", file=sys.stderr)
        return 2
    print(summary.line(), file=sys.stderr)
    if args.summary:
        with open(args.summary, "w", encoding="utf-8") as fh:
            json.dump(summary.to_dict(), fh, ensure_ascii=False, indent=1)
    return 1 if summary.failed else 0
