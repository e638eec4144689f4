"""The HTML report in a real headless browser (Debian's chromium; `.ci/run` installs it), with
every network name unresolvable: what a person would see, offline."""

import os
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest
from test_views_report import Page

from pipeline.index.records import read_records
from pipeline.views.report import render_report
from pipeline.views.spans import LABEL_COLORS

ROOT = Path(__file__).resolve().parents[2]
ORIGIN = "dbtv-2021-08-27-ubnd-phien-hop-thuong-ky"  # the article the project started from
GOLD_DEV = ROOT / "corpora" / "gold" / "dev.jsonl"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
PDFTOTEXT = shutil.which("pdftotext")

if os.environ.get("CI") and not (CHROMIUM and PDFTOTEXT):
    raise RuntimeError("CI must run the browser tests: .ci/run installs chromium and poppler-utils")
pytestmark = pytest.mark.skipif(not (CHROMIUM and PDFTOTEXT), reason="needs chromium and pdftotext (apt)")


def squash(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def report(tmp_path_factory, seed_record) -> Path:
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(render_report([seed_record], source="dev.jsonl"), encoding="utf-8")
    return path


def chromium(tmp: Path, url: str, *args: str) -> subprocess.CompletedProcess:
    profile = tmp / "profile"
    command = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
        "--disable-dev-shm-usage", "--hide-scrollbars", f"--user-data-dir={profile}",
        "--host-resolver-rules=MAP * ~NOTFOUND",  # nothing can be fetched: the page must stand alone
        *args, url,
    ]
    proc = subprocess.run(command, capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc


def read_png(path: Path) -> tuple[int, int, list[bytes]]:
    """Width, height and rows of RGB pixels of an 8-bit, non-interlaced PNG (what chromium writes)."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        (length,), kind = struct.unpack(">I", data[pos:pos + 4]), data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, color, _, _, interlace = header
    assert depth == 8 and color in (2, 6) and interlace == 0
    channels = 3 if color == 2 else 4
    raw, stride, rows, prev = zlib.decompress(idat), width * channels, [], bytearray(width * channels)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b, c = prev[i], prev[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line) if channels == 3 else bytes(v for i, v in enumerate(line) if i % 4 != 3))
        prev = line
    return width, height, rows


def pixels_of(rows: list[bytes], hex_color: str) -> int:
    target = bytes.fromhex(hex_color.lstrip("#"))
    return sum(row.count(target) for row in rows)  # approximate: also counts unaligned matches


def test_printed_report_shows_the_meeting_agenda_and_directives(tmp_path, report, seed_record):
    pdf = tmp_path / "report.pdf"
    chromium(tmp_path, report.as_uri(), f"--print-to-pdf={pdf}", "--no-pdf-header-footer")
    text = squash(subprocess.run([PDFTOTEXT, str(pdf), "-"], capture_output=True, text=True, check=True).stdout)
    meeting = seed_record.meetings[0]
    assert "phiên họp thường kỳ" in text and "Agenda (5 items)" in text
    for item in meeting.agenda:
        assert squash(item.title) in text, item.title
    directives = [d for item in meeting.agenda for d in item.directives]
    assert len(directives) == 3
    for d in directives:
        assert squash(d.action) in text, d.action


def test_the_browser_builds_the_page_as_written(tmp_path, report, seed_record):
    dom = chromium(tmp_path, report.as_uri(), "--dump-dom").stdout
    page = Page(dom)
    # a paragraph per line, each line whole: no element the parser had to move
    assert page.by_class["para"] == [line.strip() for line in seed_record.text.split("\n") if line.strip()]
    assert len(page.by_class["agenda-item"]) == 5
    assert all(href[1:] in page.ids for href, _ in page.hrefs if href.startswith("#"))


def test_highlights_and_sentence_links_are_visible(tmp_path, report):
    plain, linked = tmp_path / "plain.png", tmp_path / "linked.png"
    # the whole page (headless screenshots of a scrolled view come out blank), at half scale to
    # keep decoding quick: the inside of every highlight keeps its exact colour
    size = ("--window-size=1400,4000", "--force-device-scale-factor=0.5")
    chromium(tmp_path, report.as_uri(), f"--screenshot={plain}", *size)
    # ¶15 in the tables links to the sentence of a directive; following it marks the sentence
    chromium(tmp_path, report.as_uri() + "#r1-s15", f"--screenshot={linked}", *size)
    width, height, rows = read_png(plain)
    assert (width, height) == (700, 2000)
    for label in ("PER", "ORG", "TITLE", "DATE"):
        assert pixels_of(rows, LABEL_COLORS[label]) > 100, label
    target = "#fff1a8"  # .sent:target background
    assert pixels_of(rows, target) == 0
    assert pixels_of(read_png(linked)[2], target) > 300
