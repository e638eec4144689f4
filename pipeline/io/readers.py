"""Inputs → `Article`s (or `ErrorRecord`s for inputs that cannot be read), in one process.

The batch runner splits this in two — framing in the main process (`pipeline.io.sources`),
parsing in the workers (`pipeline.io.parse`) — but a library user who wants articles can call
`iter_inputs` directly.
"""

from __future__ import annotations

from typing import Iterator, Union

from pipeline.io.parse import parse
from pipeline.io.sources import Limits, RawInput, error, iter_raw
from pipeline.read import Article, InputError
from pipeline.schema import ErrorRecord

Item = Union[Article, ErrorRecord]

__all__ = ["Item", "iter_inputs", "read_one", "error"]


def read_one(raw: RawInput) -> Item:
    try:
        return parse(raw)
    except (InputError, ValueError) as exc:
        return error(raw.source, exc)


def iter_inputs(paths: list[str], limits: Limits = Limits()) -> Iterator[Item]:
    for item in iter_raw(paths, limits):
        yield item if isinstance(item, ErrorRecord) else read_one(item)
