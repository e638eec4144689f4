"""Reading records back: JSONL of `pipeline.schema.Record`, validated line by line.

A line that is not a valid record becomes an `ErrorRecord` (with its path and line), so one bad
line never stops an index, export or report. A line without `pipeline` (or with
`"pipeline": null`) is a gold record (`corpora/gold/*.jsonl`) and is validated as
`pipeline.gold.build.GoldRecord`, so annotated articles can be indexed and viewed like
extracted ones.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Iterator, Union

from pydantic import ValidationError

from pipeline.gold.build import GoldRecord
from pipeline.schema import ErrorRecord, Record, Source

Item = Union[Record, ErrorRecord]


class RecordError(ValueError):
    """A line that is not a valid record."""


def parse_record(data: dict) -> Record:
    """A record from its JSON object: a `Record`, or a `GoldRecord` when it has no `pipeline`."""
    if not isinstance(data, dict):
        raise RecordError("not a JSON object")
    if data.get("pipeline") is None:
        return GoldRecord.model_validate(data)
    return Record.model_validate(data)


def _message(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        problems = [f"{'.'.join(str(p) for p in e['loc']) or 'record'}: {e['msg']}" for e in exc.errors()[:5]]
        more = exc.error_count() - len(problems)
        return "; ".join(problems) + (f"; and {more} more" if more > 0 else "")
    return str(exc) or repr(exc)


def read_records(path: Union[str, Path]) -> Iterator[Item]:
    """Every record of a JSONL file, in order; `ErrorRecord`s for lines that are not records."""
    path = Path(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield ErrorRecord(source=Source(path=str(path)), error_type=type(exc).__name__, message=str(exc))
        return
    with handle:
        for n, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            try:
                yield parse_record(json.loads(raw.decode("utf-8-sig")))
            except (ValueError, ValidationError) as exc:  # JSONDecodeError, UnicodeDecodeError are ValueErrors
                yield ErrorRecord(
                    source=Source(path=str(path), line=n), error_type=type(exc).__name__, message=_message(exc)
                )


def iter_records(paths: Iterable[Union[str, Path]]) -> Iterator[Item]:
    for path in paths:
        yield from read_records(path)
