"""`vnie train [--config FILE] [--output BASE] [--cv K]`: reproduce the shipped NER model from the
gold dev split and silver-labelled news, or measure a training configuration by cross-validation."""

from __future__ import annotations

import json
import sys
from pathlib import Path


def add_parser(sub) -> None:
    p = sub.add_parser("train", help="train the statistical NER model (or cross-validate a training setup)")
    p.add_argument("--config", default=None, metavar="YAML",
                   help="training options (default: pipeline/recognize/model/train.yaml)")
    p.add_argument("--output", default=None, metavar="BASE",
                   help="write BASE.crf and BASE.json (default: the model shipped in the package)")
    p.add_argument("--cv", type=int, default=None, metavar="K",
                   help="instead of training, cross-validate over K folds of the gold articles")
    p.add_argument("--model-only", action="store_true",
                   help="with --cv: score the model alone, not the whole pipeline with it")
    p.add_argument("--silver-limit", type=int, default=None, metavar="N", help="use at most N silver articles")
    p.add_argument("--no-cache", action="store_true", help="relabel the silver articles even if cached")
    p.add_argument("--json", default=None, metavar="FILE", help="also write the figures as JSON")
    p.set_defaults(run=run)


def run(args) -> int:
    from pipeline.recognize.model.crf import SHIPPED
    from pipeline.recognize.model.train import TrainConfig, cross_validate, format_report, train

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    try:
        config = TrainConfig.from_file(args.config, silver_limit=args.silver_limit)
    except (OSError, ValueError, TypeError) as exc:
        print(f"vnie train: bad configuration: {exc}", file=sys.stderr)
        return 1
    try:
        if args.cv:
            if args.cv < 2:
                print("vnie train: --cv needs at least 2 folds", file=sys.stderr)
                return 1
            result = cross_validate(config, folds=args.cv, log=log, pipeline=not args.model_only, cache=not args.no_cache)
            print(format_report(result))
        else:
            result = train(config, output=Path(args.output) if args.output else SHIPPED, log=log, cache=not args.no_cache)
    except FileNotFoundError as exc:
        print(f"vnie train: {exc}", file=sys.stderr)
        return 1
    if args.json:
        Path(args.json).write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0
