"""`vnie gold check`: every gold offset points at the text it claims, and the split is frozen."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import regex
from pydantic import ValidationError

from pipeline.gold.build import GoldRecord
from pipeline.schema import iter_offsets

# ISO 8601 as the guidelines write it: dates, partial dates, quarters, halves, intervals,
# durations, date-times with offsets, and an unknown year ('--09-02').
ISO_VALUE = regex.compile(
    r"""^(?:
        (?:\d{4}|--)(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:[+-]\d{2}:\d{2}|Z)?)?)?)?
      | \d{4}-(?:Q[1-4]|H[12])
      | \d{4}(?:-\d{2}(?:-\d{2})?)?/\d{4}(?:-\d{2}(?:-\d{2})?)?
      | P(?:\d+[YMWD])+(?:T(?:\d+[HMS])+)?
      | PT(?:\d+[HMS])+
      | T?\d{2}:\d{2}(?::\d{2})?
      | --\d{2}(?:-\d{2})?
    )$""",
    regex.VERBOSE,
)


def check_record(record: GoldRecord) -> list[str]:
    problems = []
    text = record.text
    for where, start, end, quoted in iter_offsets(record):
        span = text[start:end]
        if quoted is not None and span != quoted:
            problems.append(f"{where}: text[{start}:{end}]={span!r} is not {quoted!r}")
        if span != span.strip():
            problems.append(f"{where}: {span!r} has surrounding whitespace")
    flat = sorted(record.entities, key=lambda e: (e.start, e.end))
    for a, b in zip(flat, flat[1:]):
        if b.start < a.end:
            problems.append(f"entities overlap: {a.text!r} ({a.label}) and {b.text!r} ({b.label})")
    for d in record.dates:
        if not ISO_VALUE.match(d.value):
            problems.append(f"date {d.text!r}: value {d.value!r} is not ISO 8601 as the guidelines write it")
    for o in record.officials:
        if not o.titles or not o.mentions:
            problems.append(f"official {o.name!r} without titles or mentions")
    for m in record.meetings:
        for field in ("date", "period"):
            value = getattr(m, field)
            if value and not ISO_VALUE.match(value):
                problems.append(f"meeting {field} {value!r} is not ISO 8601")
    return problems


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def check_corpus(root: Path) -> list[str]:
    """All problems found in ``root/gold/*.jsonl`` and against ``root/manifest.json``."""
    problems: list[str] = []
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    seen: dict[str, str] = {}
    for split in ("dev", "test"):
        path = root / "gold" / f"{split}.jsonl"
        if not path.exists():
            problems.append(f"{path} is missing")
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            try:
                record = GoldRecord.model_validate_json(line)
            except ValidationError as exc:
                problems.append(f"{path}:{n}: {exc}")
                continue
            if record.id in seen:
                problems.append(f"{path}:{n}: id {record.id} also in {seen[record.id]}")
            seen[record.id] = split
            if manifest["splits"].get(record.id) != split:
                problems.append(f"{path}:{n}: {record.id} is in {split}, the manifest says {manifest['splits'].get(record.id)}")
            problems.extend(f"{path}:{n} ({record.id}): {p}" for p in check_record(record))
        frozen = manifest.get("sha256", {}).get(split)
        if split == "test" and frozen and frozen != sha256_of(path):
            problems.append(
                f"{path} changed since the manifest froze it; the {split} gold may change only deliberately "
                f"(rebuild with `vnie gold build --freeze` and say why in the commit)"
            )
    missing = set(manifest["splits"]) - set(seen)
    problems.extend(f"{m} is in the manifest but in no gold file" for m in sorted(missing))
    return problems
