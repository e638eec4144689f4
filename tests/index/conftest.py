"""Fixtures of the index tests: four hand-made records and an index of them."""

from __future__ import annotations

from pathlib import Path

import pytest
from index_samples import T1, T2, T3, T4, make_record

from pipeline.schema import Record


@pytest.fixture
def hand_records() -> list[Record]:
    return [
        make_record(
            "r1", T1, published="2021-08-27T09:00:00+07:00",
            officials=[("Lê Thành Đô", ["Chủ tịch UBND tỉnh"])],
            agencies=[("UBND tỉnh", "Ủy ban nhân dân tỉnh Điện Biên"),
                      ("Sở Thông tin và Truyền thông", "Sở Thông tin và Truyền thông tỉnh Điện Biên")],
            meeting=("phiên họp thường kỳ", "2021-08-27", ["chuyển đổi số"],
                     [("Giao Sở Thông tin và Truyền thông hoàn thiện đề án chuyển đổi số.", "Sở Thông tin và Truyền thông")]),
        ),
        make_record(
            "r2", T2, published="2021-09-10",
            officials=[("Lê Thành Đô", []), ("Mùa A Sơn", [])],
            agencies=[("Ủy ban nhân dân tỉnh Điện Biên", "Ủy ban nhân dân tỉnh Điện Biên")],
            meeting=("hội nghị", "2021-09-10", [], []),
        ),
        make_record("r3", T3, published="2022-01-05", officials=[("Lê Văn Đô", [])]),
        # no publication date: filed under its meeting's date
        make_record(
            "r4", T4, published=None, agencies=[("Tỉnh uỷ", "Tỉnh ủy Điện Biên")],
            meeting=("giao ban", "2021-08-15", [], []),
        ),
    ]


@pytest.fixture
def records_file(tmp_path, hand_records) -> Path:
    path = tmp_path / "records.jsonl"
    path.write_text("".join(r.model_dump_json() + "\n" for r in hand_records), encoding="utf-8")
    return path


@pytest.fixture
def hand_index(tmp_path, hand_records) -> Path:
    from pipeline.index.store import index_records

    db = tmp_path / "hand.sqlite"
    stats = index_records(db, hand_records)
    assert stats.added == len(hand_records) and not stats.errors
    return db
