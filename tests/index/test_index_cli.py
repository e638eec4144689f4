"""The commands end to end, on the corpus's gold records and real pipeline output. Expected
results are computed from the records themselves, independently of SQLite."""

import json
from collections import Counter

import pytest
from index_samples import GOLD_DEV

from pipeline.cli import main
from pipeline.textfold import fold, fold_words, words
from pipeline.index.records import read_records
from pipeline.index.samples import DANTRI, dantri_articles
from pipeline.index.tables import record_date

ORIGIN = "dbtv-2021-08-27-ubnd-phien-hop-thuong-ky"


@pytest.fixture(scope="module")
def dantri_records_file(nlp, tmp_path_factory):
    if not DANTRI.is_dir():
        pytest.skip("needs ../shared/external/dantri-unc")
    from pipeline.api import extract

    path = tmp_path_factory.mktemp("dantri") / "records.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for article in dantri_articles(limit=40):
            out.write(extract(article, nlp=nlp).model_dump_json() + "\n")
    return path


@pytest.fixture(scope="module")
def origin_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("origin") / "origin.jsonl"
    line = next(line for line in GOLD_DEV.read_text(encoding="utf-8").splitlines() if json.loads(line)["id"] == ORIGIN)
    path.write_text(line + "\n", encoding="utf-8")
    return path


def run_json(capsys, *argv) -> dict:
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def has_phrase(text: str, phrase: str) -> bool:
    return f" {' '.join(words(phrase))} " in f" {' '.join(words(text or ''))} "


def has_words(name: str, key: str) -> bool:
    return f" {fold_words(key)} " in f" {fold_words(name)} "


def test_index_and_search_corpus_and_real_articles(tmp_path, capsys, dantri_records_file):
    records = list(read_records(dantri_records_file)) + list(read_records(GOLD_DEV))
    db = str(tmp_path / "archive.sqlite")
    assert main(["index", str(dantri_records_file), str(GOLD_DEV), "--db", db]) == 0
    assert f"{len(records)} added, 0 replaced, 0 errors" in capsys.readouterr().err
    assert main(["index", str(GOLD_DEV), "--db", db]) == 0
    assert f"0 added, {len(records) - 40} replaced" in capsys.readouterr().err

    # the same official however it is typed, in the text and as a filter
    in_text = {r.id for r in records if has_phrase(r.title, "le thanh do") or has_phrase(r.text, "le thanh do")}
    as_official = {r.id for r in records if any(has_words(o.name, "le thanh do") for o in r.officials)}
    assert ORIGIN in in_text and ORIGIN in as_official
    for typed in ("le thanh do", "Lê Thành Đô", "LE THANH ĐO"):
        found = run_json(capsys, "search", typed, "--db", db, "--json", "--limit", "100")
        assert {h["id"] for h in found["hits"]} == in_text and found["total"] == len(in_text)
        filtered = run_json(capsys, "search", "--official", typed, "--db", db, "--json", "--limit", "100")
        assert {h["id"] for h in filtered["hits"]} == as_official

    # a phrase with filters, and facets counted over the whole matching set (asked for enough values to
    # see every one: the dev corpus grows)
    def wanted(r) -> bool:
        date = record_date(r) or ""
        return (
            (has_phrase(r.title, "chuyển đổi số") or has_phrase(r.text, "chuyển đổi số"))
            and any(m.kind and has_words(m.kind, "phiên họp") for m in r.meetings)
            and "2021-01" <= date[:7] <= "2025-12"
        )

    expected = [r for r in records if wanted(r)]
    assert expected
    result = run_json(capsys, "search", "chuyển đổi số", "--db", db, "--json", "--kind", "PHIEN HOP",
                      "--from", "2021-01", "--to", "2025", "--limit", "2", "--facets", "500")
    assert result["total"] == len(expected) and len(result["hits"]) == min(2, len(expected))
    officials = Counter()
    for r in expected:
        officials.update({fold_words(o.name) for o in r.officials})
    assert {fold_words(f["value"]): f["count"] for f in result["facets"]["officials"]} == dict(officials)
    months = Counter((record_date(r) or "")[:7] for r in expected)
    assert {f["value"]: f["count"] for f in result["facets"]["months"]} == dict(months)


def test_diacritic_free_queries_find_real_articles(tmp_path, capsys, dantri_records_file):
    """For words taken from real articles, the query without diacritics finds the article that
    has the word, and the highlights show the word as printed."""
    db = str(tmp_path / "dantri.sqlite")
    assert main(["index", str(dantri_records_file), "--db", db]) == 0
    capsys.readouterr()
    records = [json.loads(line) for line in dantri_records_file.read_text(encoding="utf-8").splitlines()]
    checked = 0
    for record in records[::5]:
        phrase = " ".join(record["title"].split()[:3])
        plain = fold(phrase)
        if plain == phrase.lower():
            continue  # nothing to fold: proves nothing
        result = run_json(capsys, "search", plain, "--db", db, "--json", "--limit", "50")
        hit = next((h for h in result["hits"] if h["id"] == record["id"]), None)
        assert hit is not None, (phrase, plain)
        assert hit["snippet"]["highlights"] or hit["title_highlights"]
        for start, end in hit["snippet"]["highlights"]:
            assert words(record["text"][start:end]) == words(plain)
        checked += 1
    assert checked >= 4


def test_search_errors_are_clear(tmp_path, capsys, origin_file):
    assert main(["search", "x", "--db", str(tmp_path / "none.sqlite")]) == 2
    assert "no index there" in capsys.readouterr().err
    db = str(tmp_path / "g.sqlite")
    main(["index", str(origin_file), "--db", db])
    capsys.readouterr()
    assert main(["search", "x", "--db", db, "--from", "27/8/2021"]) == 2
    assert "not a date" in capsys.readouterr().err
    assert main(["search", "!!!", "--db", db]) == 2
    assert "nothing to look for" in capsys.readouterr().err


def test_search_prints_hits_and_facets_for_people(tmp_path, capsys, origin_file):
    db = str(tmp_path / "g.sqlite")
    main(["index", str(origin_file), "--db", db])
    capsys.readouterr()
    assert main(["search", "chuyển đổi số", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "1 record(s) match" in out and "Ngày làm việc thứ 2" in out
    assert "Officials" in out and "Lê Thành Đô" in out and "2021-08" in out


def test_index_reports_bad_lines_and_fails(tmp_path, capsys, origin_file):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(origin_file.read_text(encoding="utf-8") + "{broken\n", encoding="utf-8")
    assert main(["index", str(bad), "--db", str(tmp_path / "b.sqlite")]) == 1
    err = capsys.readouterr().err
    assert '"line":2' in err and "1 added" in err and "1 errors" in err
