"""Records and error records out as JSONL, one validated line each, flushed as written."""

from __future__ import annotations

import sys
from typing import IO, Optional

import jsonlines

from pipeline.schema import ErrorRecord, Record


class JsonlWriter:
    def __init__(self, path: Optional[str], append: bool = False):
        self._own = path not in (None, "-")
        self._fh: IO[str] = open(path, "a" if append else "w", encoding="utf-8") if self._own else sys.stdout
        self._writer = jsonlines.Writer(self._fh, flush=True, compact=True, dumps=_dumps)

    def write(self, item: Record | ErrorRecord) -> None:
        self._writer.write(item.model_dump(mode="json"))

    def close(self) -> None:
        self._writer.close()
        if self._own:
            self._fh.close()

    def __enter__(self) -> "JsonlWriter":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _dumps(obj) -> str:
    import json

    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
