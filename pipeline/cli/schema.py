"""`vnie schema`: print the JSON Schema of the records (or of the error records)."""

from __future__ import annotations

import json

from pipeline.schema import ErrorRecord, Record


def add_parser(sub) -> None:
    p = sub.add_parser("schema", help="print the JSON Schema of a record")
    p.add_argument("--errors", action="store_true", help="the schema of error records instead")
    p.set_defaults(run=run)


def run(args) -> int:
    model = ErrorRecord if args.errors else Record
    print(json.dumps(model.model_json_schema(), ensure_ascii=False, indent=2))
    return 0
