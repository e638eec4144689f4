"""`vnie` — a thin command line over the library API. Each command lives in its own module
and registers itself with `add_parser(subparsers)`."""

from __future__ import annotations

import argparse
import sys
from typing import Optional

from pipeline import __version__
from pipeline.cli import evaluate, export, extract, gold, index, report, schema, search, show, train

COMMANDS = [extract, schema, gold, evaluate, index, search, show, report, export, train]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="vnie", description="Structured records from Vietnamese news articles.")
    parser.add_argument("--version", action="version", version=f"vnie {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        command.add_parser(sub)
    return parser


def main(argv: Optional[list[str]] = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.run(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
