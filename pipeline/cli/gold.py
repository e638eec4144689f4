"""`vnie gold build|check`: compile the annotated corpus and prove its offsets."""

from __future__ import annotations

import sys
from pathlib import Path

from pipeline.gold.build import GoldError, build_corpus
from pipeline.gold.check import check_corpus


def add_parser(sub) -> None:
    p = sub.add_parser("gold", help="build or check the gold corpus")
    gsub = p.add_subparsers(dest="gold_command", required=True)
    b = gsub.add_parser("build", help="compile corpora/src into corpora/articles and corpora/gold")
    b.add_argument("--root", default="corpora", help="the corpus folder (default: corpora)")
    b.add_argument("--assign-new", action="store_true", help="give articles missing from the manifest a split")
    b.add_argument("--freeze", action="store_true", help="record the gold checksums in the manifest")
    b.set_defaults(run=run_build)
    c = gsub.add_parser("check", help="validate every gold offset and the frozen split")
    c.add_argument("--root", default="corpora")
    c.set_defaults(run=run_check)


def run_build(args) -> int:
    try:
        summary = build_corpus(Path(args.root), assign_new=args.assign_new, freeze=args.freeze)
    except GoldError as exc:
        print(f"vnie gold build: {exc}", file=sys.stderr)
        return 1
    counts = summary["counts"]
    print(f"built {counts['dev']} dev and {counts['test']} test articles into {args.root}/gold")
    return 0


def run_check(args) -> int:
    problems = check_corpus(Path(args.root))
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"vnie gold check: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    print("gold corpus OK")
    return 0
