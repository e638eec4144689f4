"""Stage 7 — records: turn an analysed Doc into the validated `Record` the CLI writes."""

from pipeline.records.assemble import to_record

__all__ = ["to_record"]
