"""The commands end to end, on the corpus's gold record and real pipeline output."""

import json

import pytest
from index_samples import GOLD_DEV

from pipeline.cli import main
from pipeline.index.fold import fold, words
from pipeline.index.samples import DANTRI, dantri_articles


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


def run_json(capsys, *argv) -> dict:
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_index_and_search_corpus_and_real_articles(tmp_path, capsys, dantri_records_file):
    db = str(tmp_path / "archive.sqlite")
    assert main(["index", str(dantri_records_file), str(GOLD_DEV), "--db", db]) == 0
    assert "41 added, 0 replaced, 0 errors" in capsys.readouterr().err
    assert main(["index", str(GOLD_DEV), "--db", db]) == 0
    assert "0 added, 1 replaced" in capsys.readouterr().err

    found = [run_json(capsys, "search", q, "--db", db, "--json") for q in ("le thanh do", "Lê Thành Đô", "LE THANH ĐO")]
    assert all(r["total"] == 1 for r in found)
    assert {r["hits"][0]["id"] for r in found} == {"dbtv-2021-08-27-ubnd-phien-hop-thuong-ky"}

    filtered = run_json(capsys, "search", "chuyển đổi số", "--db", db, "--json", "--official", "LE THANH ĐO",
                        "--kind", "phiên họp thường kỳ", "--from", "2021-08", "--to", "2021-08-31")
    assert [h["id"] for h in filtered["hits"]] == ["dbtv-2021-08-27-ubnd-phien-hop-thuong-ky"]
    assert filtered["facets"]["officials"] == [{"value": "Lê Thành Đô", "count": 1}]
    assert {f["value"] for f in filtered["facets"]["agencies"]} >= {"Ủy ban nhân dân tỉnh Điện Biên", "Công an tỉnh Điện Biên"}


def test_diacritic_free_queries_find_real_articles(tmp_path, capsys, dantri_records_file):
    """For words taken from real articles, the query without diacritics finds the article that
    has the word, and the highlights show the word as printed."""
    db = str(tmp_path / "dantri.sqlite")
    assert main(["index", str(dantri_records_file), "--db", db]) == 0
    capsys.readouterr()
    records = [json.loads(line) for line in dantri_records_file.read_text(encoding="utf-8").splitlines()]
    checked = 0
    for record in records[::5]:
        title_words = record["title"].split()
        phrase = " ".join(title_words[:3])
        plain = fold(phrase)
        if plain == phrase.lower():
            continue  # nothing to fold: proves nothing
        result = run_json(capsys, "search", plain, "--db", db, "--json", "--limit", "50")
        hit = next((h for h in result["hits"] if h["id"] == record["id"]), None)
        assert hit is not None, (phrase, plain)
        text = record["text"]
        marked = hit["snippet"]["highlights"] + hit["title_highlights"]
        assert marked
        for start, end in hit["snippet"]["highlights"]:
            assert words(text[start:end]) == words(plain)
        checked += 1
    assert checked >= 4


def test_search_errors_are_clear(tmp_path, capsys):
    assert main(["search", "x", "--db", str(tmp_path / "none.sqlite")]) == 2
    assert "no index there" in capsys.readouterr().err
    db = str(tmp_path / "g.sqlite")
    main(["index", str(GOLD_DEV), "--db", db])
    capsys.readouterr()
    assert main(["search", "x", "--db", db, "--from", "27/8/2021"]) == 2
    assert "not a date" in capsys.readouterr().err
    assert main(["search", "!!!", "--db", db]) == 2
    assert "nothing to look for" in capsys.readouterr().err


def test_search_prints_hits_and_facets_for_people(tmp_path, capsys):
    db = str(tmp_path / "g.sqlite")
    main(["index", str(GOLD_DEV), "--db", db])
    capsys.readouterr()
    assert main(["search", "chuyển đổi số", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "1 record(s) match" in out and "Ngày làm việc thứ 2" in out
    assert "Officials" in out and "Lê Thành Đô" in out and "2021-08" in out


def test_index_reports_bad_lines_and_fails(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(GOLD_DEV.read_text(encoding="utf-8") + "{broken\n", encoding="utf-8")
    assert main(["index", str(bad), "--db", str(tmp_path / "b.sqlite")]) == 1
    err = capsys.readouterr().err
    assert '"line":2' in err and "1 added" in err and "1 errors" in err
