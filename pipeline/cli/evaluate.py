"""`vnie eval GOLD [--pred RECORDS] [--json [FILE]] [--record BENCHMARKS.md]`: measure records
against the gold corpus, beside underthesea's NER."""

from __future__ import annotations

import datetime as dt
import json
import shlex
import sys
from pathlib import Path


def add_parser(sub) -> None:
    p = sub.add_parser("eval", help="score the pipeline (or a records file) against gold JSONL")
    p.add_argument("gold", metavar="GOLD", help="gold JSONL, e.g. corpora/gold/test.jsonl")
    p.add_argument("--pred", default=None, metavar="RECORDS", help="score these records (matched by id) instead of running the pipeline")
    p.add_argument("--json", nargs="?", const="-", default=None, metavar="FILE",
                   help="write the figures and the per-article breakdown as JSON to FILE (stdout when no FILE is given)")
    p.add_argument("--no-baseline", action="store_true", help="leave out underthesea's NER")
    p.add_argument("--cache-dir", default=None, help="where underthesea's output is cached (default: .cache/underthesea-ner)")
    p.add_argument("--config", default=None, help="a spaCy config of the pipeline (default: the bundled one)")
    p.add_argument("--disable", action="append", default=[], metavar="COMPONENT", help="leave a component out")
    p.add_argument("--record", default=None, metavar="BENCHMARKS_MD",
                   help="write the figures into this file's eval section and benchmarks/eval-<split>.json beside it")
    p.set_defaults(run=run)


def run(args) -> int:
    from rich.console import Console

    from pipeline.evaluate import benchmarks
    from pipeline.evaluate.baseline import CachedTagger
    from pipeline.evaluate.report import render, summary_line
    from pipeline.evaluate.run import EvalError, evaluate, pipeline_predictor, read_records

    json_to_stdout = args.json == "-"
    console = Console(stderr=json_to_stdout)
    if not console.is_terminal:
        console.width = max(console.width, 120)  # a log or a pipe: keep the table unwrapped
    try:
        if not read_records(args.gold, "gold"):
            print(f"vnie eval: {args.gold} holds no articles; nothing to measure", file=sys.stderr)
            return 1
        predict = None if args.pred else pipeline_predictor(config=args.config, disable=args.disable)
        tagger = None if args.no_baseline else CachedTagger(args.cache_dir)
        with console.status("evaluating …") as status:
            evaluation = evaluate(
                args.gold, predict=predict, pred_path=args.pred, baseline=tagger,
                progress=lambda n, total, name: status.update(f"evaluating {n}/{total}: {name}"),
            )
    except EvalError as exc:
        print(f"vnie eval: {exc}", file=sys.stderr)
        return 1

    render(evaluation, console)
    if tagger is not None:
        console.print(f"underthesea {tagger.version}: {tagger.hits} cached, {tagger.misses} tagged now ({tagger.directory})")
    console.print(summary_line(evaluation.fields))
    if args.json:
        payload = json.dumps(evaluation.as_dict(details=True), ensure_ascii=False, indent=1)
        if json_to_stdout:
            print(payload)
        else:
            Path(args.json).write_text(payload + "\n", encoding="utf-8")
    if args.record:
        command = "vnie " + shlex.join(sys.argv[1:] if sys.argv[1:2] == ["eval"] else ["eval", args.gold, "--record", args.record])
        path = benchmarks.record(evaluation, Path(args.record), command, dt.date.today().isoformat())
        console.print(f"recorded the figures in {args.record} and {path}")
    return 0
