import json
import sqlite3
import subprocess
import sys
import textwrap

import pytest
from index_samples import GOLD_DEV, gold_lines, make_record

from pipeline.index.records import read_records
from pipeline.index.search import search
from pipeline.index.store import IndexFileError, index_records, load_record, open_index
from pipeline.index.tables import VALUE_TABLES
from pipeline.schema import ErrorRecord


def counts(db) -> dict:
    con = sqlite3.connect(db)
    try:
        out = {t: con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("records", "contents", *VALUE_TABLES)}
        out["records_fts"] = con.execute("SELECT COUNT(*) FROM records_fts").fetchone()[0]
        return out
    finally:
        con.close()


def test_value_rows_point_back_into_the_text(hand_index):
    con = sqlite3.connect(hand_index)
    rows = 0
    for table, columns in VALUE_TABLES.items():
        if "start_char" not in columns:
            continue
        quoted = "text" if "text" in columns else None
        for record_id, start, end, *text in con.execute(
            f"SELECT v.record_id, v.start_char, v.end_char{', v.text' if quoted else ''} FROM {table} v "
            "WHERE v.start_char IS NOT NULL"
        ):
            body = con.execute(
                "SELECT c.text FROM records r JOIN contents c ON c.rid = r.rid WHERE r.id = ?", (record_id,)
            ).fetchone()[0]
            assert 0 <= start <= end <= len(body)
            if quoted:
                assert body[start:end] == text[0], (table, record_id)
            rows += 1
    assert rows > 10


def test_tables_hold_the_records_values(hand_index, hand_records):
    con = sqlite3.connect(hand_index)
    assert con.execute("SELECT name, name_fold, titles, mentions FROM officials WHERE record_id = 'r1'").fetchall() == [
        ("Lê Thành Đô", "le thanh do", "Chủ tịch UBND tỉnh", 1)
    ]
    assert con.execute("SELECT date, month FROM records WHERE id = 'r4'").fetchone() == ("2021-08-15", "2021-08")
    assert con.execute("SELECT kind, kind_fold, agenda_items FROM meetings WHERE record_id = 'r1'").fetchone() == (
        "phiên họp thường kỳ", "phien hop thuong ky", 1)
    assert con.execute("SELECT meeting, agenda, assignees FROM directives WHERE record_id = 'r1'").fetchone() == (
        0, 0, "Sở Thông tin và Truyền thông")
    kinds = dict(con.execute("SELECT kind, COUNT(*) FROM mentions GROUP BY kind").fetchall())
    assert kinds["official"] == sum(len(o.mentions) for r in hand_records for o in r.officials)


def test_reindexing_an_id_replaces_the_record(hand_index):
    before = counts(hand_index)
    changed = make_record(
        "r1", "Bản tin khác\nĐồng chí Mùa A Sơn nói về nông nghiệp.", published="2021-08-28",
        officials=[("Mùa A Sơn", [])],
    )
    stats = index_records(hand_index, [changed])
    assert (stats.added, stats.replaced) == (0, 1)
    after = counts(hand_index)
    assert after["records"] == before["records"] and after["records_fts"] == before["records_fts"]
    assert after["meetings"] == before["meetings"] - 1 and after["directives"] == before["directives"] - 1
    con = open_index(hand_index)
    assert {h.id for h in search(con, "chuyển đổi số").hits} == {"r2", "r4"}
    assert [h.id for h in search(con, "nông nghiệp").hits] == ["r1"]
    assert load_record(con, "r1") == changed


def test_a_failed_run_leaves_the_old_index(hand_index):
    before = counts(hand_index)

    def items():
        yield make_record("new-1", "Tin mới\nHội nghị chuyển đổi số lần hai.")
        raise RuntimeError("the input broke half way")

    with pytest.raises(RuntimeError):
        index_records(hand_index, items())
    assert counts(hand_index) == before
    con = open_index(hand_index)
    assert load_record(con, "new-1") is None
    assert {h.id for h in search(con, "chuyển đổi số").hits} == {"r1", "r2", "r4"}


def test_a_killed_process_leaves_the_old_index_usable(hand_index, tmp_path):
    """A hard crash (no rollback by Python) mid-run: SQLite's journal restores the index."""
    before = counts(hand_index)
    script = textwrap.dedent(f"""
        import os
        from pipeline.index.store import index_records
        from pipeline.schema import PipelineInfo, Record

        def items():
            for i in range(300):
                yield Record(id=f"crash-{{i}}", text=f"Tin {{i}} về chuyển đổi số", pipeline=PipelineInfo(version="t"))
            os._exit(3)  # dies inside the transaction

        index_records({str(hand_index)!r}, items())
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 3, proc.stderr
    assert counts(hand_index) == before
    con = open_index(hand_index)
    assert search(con, "chuyển đổi số").total == 3


def test_bad_lines_are_reported_and_skipped(tmp_path):
    path = tmp_path / "mixed.jsonl"
    good = gold_lines()[0]
    broken = json.loads(good)
    broken["officials"][0]["mentions"][0]["start"] += 1  # offsets that do not quote the text
    path.write_text("\n".join([good, "{not json", json.dumps(broken, ensure_ascii=False), "[1, 2]", ""]) + "\n",
                    encoding="utf-8")
    items = list(read_records(path))
    assert [type(i).__name__ for i in items] == ["GoldRecord", "ErrorRecord", "ErrorRecord", "ErrorRecord"]
    assert [i.source.line for i in items if isinstance(i, ErrorRecord)] == [2, 3, 4]
    assert "officials[0].mentions[0]: text[" in items[2].message
    seen = []
    stats = index_records(tmp_path / "mixed.sqlite", items, on_error=seen.append)
    assert stats.added == 1 and len(stats.errors) == 3 and seen == stats.errors


def test_gold_record_round_trips_through_the_index(tmp_path):
    items = list(read_records(GOLD_DEV))
    db = tmp_path / "gold.sqlite"
    index_records(db, items)
    con = open_index(db)
    assert load_record(con, items[0].id) == items[0]


def test_opening_what_is_not_an_index_fails_clearly(tmp_path):
    with pytest.raises(IndexFileError, match="no index there"):
        open_index(tmp_path / "missing.sqlite")
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not a database at all" * 10)
    with pytest.raises(IndexFileError, match="not a vnie index"):
        open_index(junk)
    other = tmp_path / "other.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    con.execute("INSERT INTO meta VALUES ('schema_version', '0')")
    con.commit()
    con.close()
    with pytest.raises(IndexFileError, match="schema version 0"):
        open_index(other)
    with pytest.raises(IndexFileError):
        index_records(other, [])


def test_researchers_can_query_with_plain_sqlite(hand_index):
    """No vnie code: the FTS table holds folded text, so a folded query finds 'Lê Thành Đô'."""
    con = sqlite3.connect(hand_index)
    ids = [row[0] for row in con.execute(
        "SELECT r.id FROM records_fts JOIN records r ON r.rid = records_fts.rowid "
        "WHERE records_fts MATCH '\"le thanh do\"' ORDER BY r.id")]
    assert ids == ["r1", "r2"]
    rows = con.execute(
        "SELECT o.name, substr(c.text, o.start_char + 1, o.end_char - o.start_char) FROM officials o "
        "JOIN records r ON r.id = o.record_id JOIN contents c ON c.rid = r.rid WHERE o.record_id = 'r1'"
    ).fetchall()
    assert rows == [("Lê Thành Đô", "Lê Thành Đô")]


def test_a_locked_index_is_reported_not_crashed(hand_index, capsys, tmp_path, monkeypatch):
    from pipeline.cli import main

    records = tmp_path / "one.jsonl"
    records.write_text(make_record("z", "Tin z\nNội dung.").model_dump_json() + "\n", encoding="utf-8")
    other = sqlite3.connect(hand_index, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another writer holds the index
    connect = sqlite3.connect
    monkeypatch.setattr(sqlite3, "connect", lambda *a, **k: connect(*a, **{**k, "timeout": 0.1}))  # fail fast
    try:
        assert main(["index", str(records), "--db", str(hand_index)]) == 2
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert "database is locked; the index is unchanged" in capsys.readouterr().err
    assert counts(hand_index)["records"] == 4
