"""README documents every table and column of the index, for researchers who open it directly."""

import sqlite3
from pathlib import Path

from pipeline.index.store import index_records

README = Path(__file__).resolve().parents[2] / "README.md"
COMMON = ("rid", "record_id", "item", "start_char", "end_char")  # described once, for all value tables


def sections(text: str) -> dict[str, str]:
    out, name = {}, None
    for line in text.splitlines():
        if line.startswith("#### `"):
            name = line.split("`")[1]
            out[name] = ""
        elif line.startswith("#"):
            name = None
        elif name:
            out[name] += line + "\n"
    return out


def test_every_table_and_column_is_documented(tmp_path):
    db = tmp_path / "empty.sqlite"
    index_records(db, [])
    con = sqlite3.connect(db)
    tables = [
        name for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        if not name.startswith(("sqlite_", "records_fts_"))
    ]
    assert len(tables) > 12
    readme = README.read_text(encoding="utf-8")
    documented = sections(readme)
    intro = readme.split("### The SQLite tables", 1)[1].split("#### ", 1)[0]
    for table in tables:
        assert table in documented, f"README has no section for `{table}`"
        for column in [row[1] for row in con.execute(f"PRAGMA table_info({table})")]:
            where = intro if column in COMMON and table not in ("records", "contents") else documented[table]
            assert f"`{column}`" in where, f"README does not describe {table}.{column}"
