"""Framing and parsing: files, directories, globs, stdin, archives, JSONL, dantri headers, pages."""

import io
import json
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

from pipeline.io.parse import parse
from pipeline.io.readers import iter_inputs
from pipeline.io.sources import Limits, RawInput, iter_raw
from pipeline.read import Article
from pipeline.schema import ErrorRecord, Source

PAGES = Path(__file__).resolve().parent / "pages"
ARTICLE = "Tiêu đề bài viết\n\nUBND tỉnh họp phiên thường kỳ tháng 8/2021.\n"


def articles(items):
    return [i for i in items if isinstance(i, Article)]


def errors(items):
    return [i for i in items if isinstance(i, ErrorRecord)]


def test_directory_walk_is_sorted_and_keeps_known_formats(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Hai\n\nnội dung hai", encoding="utf-8")
    (tmp_path / "1.txt").write_text("Một\n\nnội dung một", encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    items = list(iter_inputs([str(tmp_path)]))
    assert [Path(a.path).name for a in articles(items)] == ["1.txt", "2.txt"]
    assert not errors(items)


def test_glob_and_missing_inputs(tmp_path):
    for name in ("a.txt", "b.txt", "c.md"):
        (tmp_path / name).write_text("Tiêu đề\n\nnội dung", encoding="utf-8")
    items = list(iter_inputs([str(tmp_path / "*.txt"), str(tmp_path / "nothing-*.txt"), str(tmp_path / "gone.txt")]))
    assert [Path(a.path).name for a in articles(items)] == ["a.txt", "b.txt"]
    assert [e.error_type for e in errors(items)] == ["FileNotFoundError", "FileNotFoundError"]
    assert "no file matches" in errors(items)[0].message


def test_dantri_layout_headers_become_metadata(dantri_files):
    path = dantri_files[0]
    (article,) = list(iter_inputs([str(path)]))
    raw = path.read_text(encoding="utf-8").split("\n")
    assert article.id == raw[0].split(" = ")[1]
    assert article.url == raw[1].split(" = ")[1]
    date = raw[2].split(" = ")[1]
    assert article.published == f"{date[:4]}-{date[4:6]}-{date[6:]}"
    assert article.text.split("\n")[0] == raw[3] and article.title_in_text
    assert "# doc_id" not in article.text


def test_jsonl_fields_bad_lines_and_truncated_last_line(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": 7, "text": ARTICLE, "title": "T", "published": "2021-08-27", "section": "thời sự"},
                   ensure_ascii=False),
        json.dumps({"title": "no text"}),
        "[1, 2]",
        "",
        json.dumps({"text": ARTICLE, "title": 5}),
        '{"text": "Tiêu đề\\n\\nnội dung bị cắ',  # truncated mid-line, no newline at the end
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    items = list(iter_inputs([str(path)]))
    assert len(items) == 5  # the blank line is no input
    first = items[0]
    assert (first.id, first.title, first.published, first.line, first.extra) == ("7", "T", "2021-08-27", 1,
                                                                                  {"section": "thời sự"})
    assert [(e.source.line, e.error_type) for e in errors(items)] == [(2, "InputError"), (3, "InputError"),
                                                                     (5, "InputError"), (6, "InputError")]
    assert "no 'text' field" in items[1].message
    assert "not valid JSON" in items[4].message


def test_stdin_is_sniffed(tmp_path):
    code = ("import sys, json; from pipeline.io.readers import iter_inputs; "
            "print(json.dumps([[type(i).__name__, getattr(i, 'line', None)] for i in iter_inputs(['-'])]))")
    def read(data: bytes):
        out = subprocess.run([sys.executable, "-c", code], input=data, capture_output=True, check=True)
        return json.loads(out.stdout)

    assert read(ARTICLE.encode()) == [["Article", None]]
    jsonl = b"\n".join(json.dumps({"text": ARTICLE}).encode() for _ in range(3))
    assert read(jsonl) == [["Article", 1], ["Article", 2], ["Article", 3]]


def _zip(path, members: dict[str, bytes]):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)


def test_zip_and_tar_are_streamed_member_by_member(tmp_path):
    members = {"a/1.txt": ARTICLE.encode(), "a/2.jsonl": (json.dumps({"text": ARTICLE}) + "\n").encode() * 2,
               "a/p.html": (PAGES / "baodienbienphu-hdnd.html").read_bytes(), "a/img.png": b"\x89PNG"}
    _zip(tmp_path / "x.zip", members)
    with tarfile.open(tmp_path / "x.tar.gz", "w:gz") as t:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            t.addfile(info, io.BytesIO(data))
    for archive in ("x.zip", "x.tar.gz"):
        items = list(iter_inputs([str(tmp_path / archive)]))
        assert [(a.member, a.line) for a in articles(items)] == [("a/1.txt", None), ("a/2.jsonl", 1),
                                                                 ("a/2.jsonl", 2), ("a/p.html", None)]
        assert not errors(items)
    assert not any(p.name.startswith("a") for p in tmp_path.iterdir())  # nothing unpacked


def test_zip_slip_members_are_refused(tmp_path):
    _zip(tmp_path / "evil.zip", {"../../etc/cron.d/x.txt": ARTICLE.encode(), "/abs.txt": ARTICLE.encode(),
                                 "ok.txt": ARTICLE.encode()})
    items = list(iter_inputs([str(tmp_path / "evil.zip")]))
    assert [a.member for a in articles(items)] == ["ok.txt"]
    assert [e.error_type for e in errors(items)] == ["UnsafeMember", "UnsafeMember"]


def test_zip_bomb_stops_at_the_cap(tmp_path):
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("big.txt", b"a" * (64 * 1024 * 1024))  # 64 MB of one letter: ~64 KB compressed
    assert bomb.stat().st_size < 1024 * 1024
    started = time.perf_counter()
    (item,) = list(iter_raw([str(bomb)]))
    assert time.perf_counter() - started < 5
    assert item.error_type == "InputTooLarge" and "limit for one input" in item.message


def test_archive_cap_counts_every_member(tmp_path):
    _zip(tmp_path / "many.zip", {f"{i}.txt": (ARTICLE * 40).encode() for i in range(50)})
    limits = Limits(article_bytes=10_000, archive_bytes=50_000)
    items = list(iter_raw([str(tmp_path / "many.zip")], limits))
    raws = [i for i in items if isinstance(i, RawInput)]
    assert 0 < len(raws) < 50
    assert items[-1].error_type == "InputTooLarge" and "limit for one archive" in items[-1].message


def test_pages_give_main_text_title_date_and_byline():
    expected = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
    for page, want in expected.items():
        (article,) = list(iter_inputs([str(PAGES / page)]))
        assert article.text.split("\n")[0] == want["title"]
        assert article.published.startswith(want["published"])
        assert want["author"].startswith(article.extra["author"])
        for paragraph in want["paragraphs"]:
            assert paragraph in article.text
        for noise in want["noise"]:
            assert noise not in article.text, noise


def test_hostile_html_is_a_record_or_an_error_quickly():
    deep = b"<html><body>" + b"<div>" * 100_000 + "Nội dung sâu".encode() + b"</div>" * 100_000 + b"</body></html>"
    scripts = ("<html><head><title>T</title></head><body>" + "<script>while(true){}</script>" * 1000
               + "<p>" + "Đoạn văn có nội dung. " * 50 + "</p><script>alert(1)</script></body></html>").encode()
    for data in (deep, scripts, b"<html><body></body></html>", b"<<<>>><html"):
        started = time.perf_counter()
        try:
            article = parse(RawInput(source=Source(path="page.html"), format="html", data=data))
        except ValueError:
            article = None
        assert time.perf_counter() - started < 10
        if article is not None:
            assert "alert(" not in article.text and "while(true)" not in article.text
