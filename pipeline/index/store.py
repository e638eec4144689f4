"""Build and open the SQLite index: full text (FTS5) plus one table per kind of value.

Indexing runs in one transaction: readers keep seeing the old index until it commits, and a
crash (or Ctrl-C) rolls back to it. Each record is written under a savepoint, so a record the
database refuses is reported and skipped without undoing the others. A record whose `id` is
already indexed replaces the old one.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Optional, Union

from pipeline import __version__
from pipeline.textfold import fold_aligned
from pipeline.index.records import Item, parse_record
from pipeline.index.tables import DDL, SCHEMA_VERSION, VALUE_TABLES, record_row, value_rows
from pipeline.schema import ErrorRecord, Record, Source

PathLike = Union[str, Path]

_RECORD_COLUMNS = ("id", "title", "outlet", "published", "date", "month", "url", "path", "pipeline")
_INSERT_RECORD = f"INSERT INTO records ({', '.join(_RECORD_COLUMNS)}) VALUES ({', '.join('?' * len(_RECORD_COLUMNS))})"
_INSERT_VALUES = {
    table: f"INSERT INTO {table} (rid, {', '.join(cols)}) VALUES (?, {', '.join('?' * len(cols))})"
    for table, cols in VALUE_TABLES.items()
}


class IndexFileError(RuntimeError):
    """The database is missing, not an index, or an index of another schema version."""


@dataclass
class IndexStats:
    added: int = 0
    replaced: int = 0
    errors: list[ErrorRecord] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def indexed(self) -> int:
        return self.added + self.replaced


def open_index(path: PathLike, readonly: bool = True) -> sqlite3.Connection:
    """A connection to an existing index (read-only by default); clear errors for a missing
    file, a file that is not SQLite, or an index written by an incompatible version."""
    path = Path(path)
    if not path.is_file():
        raise IndexFileError(f"{path}: no index there (build one with `vnie index RECORDS.jsonl --db {path}`)")
    uri = f"{path.resolve().as_uri()}?mode={'ro' if readonly else 'rw'}"
    con = sqlite3.connect(uri, uri=True, isolation_level=None)
    try:
        _check_version(con, path)
    except BaseException:
        con.close()
        raise
    return con


def _check_version(con: sqlite3.Connection, path: Path) -> None:
    try:
        row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    except sqlite3.OperationalError as exc:
        if "no such table" not in str(exc):
            raise  # busy or locked: not a verdict on the file
        raise IndexFileError(f"{path}: not a vnie index ({exc})") from exc
    except sqlite3.DatabaseError as exc:  # 'file is not a database'
        raise IndexFileError(f"{path}: not a vnie index ({exc})") from exc
    if row is None or row[0] != SCHEMA_VERSION:
        found = row[0] if row else "none"
        raise IndexFileError(
            f"{path}: index schema version {found}, this vnie writes version {SCHEMA_VERSION}; "
            "rebuild it into a new file with `vnie index`"
        )


def _open_for_writing(path: Path) -> sqlite3.Connection:
    fresh = not path.exists() or path.stat().st_size == 0
    if fresh:
        path.parent.mkdir(parents=True, exist_ok=True)
    con = sqlite3.connect(path, isolation_level=None)
    if not fresh:
        _check_version(con, path)
    return con


def _create(con: sqlite3.Connection) -> None:
    # statement by statement: executescript() would commit the open transaction first
    statement = ""
    for line in DDL.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            con.execute(statement)
            statement = ""
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    con.executemany(
        "INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)",
        [("schema_version", SCHEMA_VERSION), ("created", now)],
    )


def _remove(con: sqlite3.Connection, record_id: str) -> bool:
    row = con.execute("SELECT rid FROM records WHERE id = ?", (record_id,)).fetchone()
    if row is None:
        return False
    con.execute("DELETE FROM records_fts WHERE rowid = ?", row)
    con.execute("DELETE FROM contents WHERE rid = ?", row)
    con.execute("DELETE FROM records WHERE rid = ?", row)
    for table in VALUE_TABLES:
        con.execute(f"DELETE FROM {table} WHERE rid = ?", row)
    return True


def _insert(con: sqlite3.Connection, record: Record) -> None:
    row = record_row(record)
    rid = con.execute(_INSERT_RECORD, tuple(row[c] for c in _RECORD_COLUMNS)).lastrowid
    con.execute(
        "INSERT INTO contents (rid, text, record) VALUES (?, ?, ?)",
        (rid, record.text, record.model_dump_json(exclude={"text"})),
    )
    con.execute(
        "INSERT INTO records_fts (rowid, title, text) VALUES (?, ?, ?)",
        (rid, fold_aligned(record.title or ""), fold_aligned(record.text)),
    )
    grouped: dict[str, list[tuple]] = defaultdict(list)
    for table, values in value_rows(record):
        grouped[table].append((rid, *values))
    for table, rows in grouped.items():
        con.executemany(_INSERT_VALUES[table], rows)


def index_records(
    path: PathLike,
    items: Iterable[Item],
    on_error: Optional[Callable[[ErrorRecord], None]] = None,
    optimize: bool = True,
) -> IndexStats:
    """Add `items` (records, or error records read from bad lines) to the index at `path`,
    creating it when missing. All or nothing: the index changes only when every item has been
    read and written."""
    started = time.perf_counter()
    path = Path(path)
    stats = IndexStats()
    con = _open_for_writing(path)
    try:
        con.execute("BEGIN IMMEDIATE")
        try:
            _create(con)
            for item in items:
                if isinstance(item, ErrorRecord):
                    _report(stats, on_error, item)
                    continue
                con.execute("SAVEPOINT record")
                try:
                    replaced = _remove(con, item.id)
                    _insert(con, item)
                except sqlite3.Error as exc:  # one record the database refuses never stops the batch
                    con.execute("ROLLBACK TO record")
                    con.execute("RELEASE record")
                    source = item.source.model_copy() if item.source else Source()
                    _report(stats, on_error, ErrorRecord(source=source, error_type=type(exc).__name__, message=f"{item.id}: {exc}"))
                    continue
                con.execute("RELEASE record")
                if replaced:
                    stats.replaced += 1
                else:
                    stats.added += 1
            con.executemany(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                [("vnie_version", __version__), ("updated", datetime.now(timezone.utc).isoformat(timespec="seconds"))],
            )
            if optimize and stats.indexed:
                # merge the FTS segments written by this run: queries read one b-tree, not many
                con.execute("INSERT INTO records_fts (records_fts) VALUES ('optimize')")
            con.execute("COMMIT")
        except BaseException:
            if con.in_transaction:
                con.execute("ROLLBACK")
            raise
    finally:
        con.close()
    stats.seconds = time.perf_counter() - started
    return stats


def _report(stats: IndexStats, on_error, error: ErrorRecord) -> None:
    stats.errors.append(error)
    if on_error:
        on_error(error)


def load_record(con: sqlite3.Connection, record_id: str) -> Optional[Record]:
    """The record stored under `record_id`, or None."""
    row = con.execute(
        "SELECT c.text, c.record FROM records r JOIN contents c ON c.rid = r.rid WHERE r.id = ?", (record_id,)
    ).fetchone()
    if row is None:
        return None
    data = json.loads(row[1])
    data["text"] = row[0]
    return parse_record(data)
