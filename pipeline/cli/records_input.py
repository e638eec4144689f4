"""Reading record files for the commands that take records (index, export, show, report):
bad lines are reported on stderr, as error records, and skipped."""

from __future__ import annotations

import sys
from typing import Iterable, Iterator

from pipeline.index.records import iter_records
from pipeline.schema import ErrorRecord, Record


class ErrorCount:
    """Counts (and prints to stderr) the lines that are not records."""

    def __init__(self, quiet: bool = False):
        self.count = 0
        self.quiet = quiet

    def __call__(self, error: ErrorRecord) -> None:
        self.count += 1
        if not self.quiet:
            print(error.model_dump_json(exclude_none=True), file=sys.stderr)


def records_only(paths: Iterable[str], errors: ErrorCount) -> Iterator[Record]:
    for item in iter_records(paths):
        if isinstance(item, ErrorRecord):
            errors(item)
        else:
            yield item
