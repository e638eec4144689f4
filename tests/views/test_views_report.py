"""The HTML report as markup: structure, links, and that it needs nothing from the network."""

from html.parser import HTMLParser
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.index.records import read_records
from pipeline.schema import ErrorRecord, PipelineInfo, Record, Source
from pipeline.views.report import render_record, render_report
from pipeline.views.spans import all_directives, highlights

ROOT = Path(__file__).resolve().parents[2]
ORIGIN = "dbtv-2021-08-27-ubnd-phien-hop-thuong-ky"  # the article the project started from
GOLD_DEV = ROOT / "corpora" / "gold" / "dev.jsonl"


class Page(HTMLParser):
    """Elements by id (with their text), every href, every tag name, and the text of each class.
    The labels displaCy prints after each span (`span.label`) are left out of the text."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.ids: dict[str, str] = {}
        self.hrefs: list[tuple[str, dict]] = []
        self.tags: set[str] = set()
        self.by_class: dict[str, list[str]] = {}
        self._open: list[tuple[str, str | None, list[str]]] = []  # (tag, id, classes)
        self._text: dict[int, list[str]] = {}
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.add(tag)
        if tag == "a" and "href" in attrs:
            self.hrefs.append((attrs["href"], attrs))
        if tag in ("br", "meta", "img", "link", "input"):
            return
        self._open.append((tag, attrs.get("id"), (attrs.get("class") or "").split()))
        self._text[len(self._open)] = []

    def handle_endtag(self, tag):
        while self._open:
            depth = len(self._open)
            name, ident, classes = self._open.pop()
            text = "".join(self._text.pop(depth))
            if self._open:
                self._text[len(self._open)].append(text)
            if ident:
                self.ids[ident] = text
            for c in classes:
                self.by_class.setdefault(c, []).append(text)
            if name == tag:
                break

    def handle_data(self, data):
        if self._open and "label" not in self._open[-1][2]:
            self._text[len(self._open)].append(data)


def squash(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def page(seed_record):
    return Page(render_report([seed_record], source="dev.jsonl"))


def test_report_shows_the_meeting_its_agenda_and_every_directive(seed_record, page):
    meeting = seed_record.meetings[0]
    assert len(page.by_class["agenda-item"]) == 5
    for item, shown in zip(meeting.agenda, page.by_class["agenda-item"]):
        assert squash(item.title) in squash(shown)
    assert "phiên họp thường kỳ" in page.ids["r1-m1"]
    directives = [d for item in meeting.agenda for d in item.directives]
    assert len(directives) == 3
    text = squash("".join(page.ids.values()))
    for d in directives:
        assert squash(d.action) in text


@pytest.fixture(scope="module")
def corpus_page():
    # every fourth dev record, from every outlet and kind of article (the whole split takes half a minute)
    records = list(read_records(GOLD_DEV))[::4]
    return records, Page(render_report(records))


def test_every_link_to_a_sentence_lands_on_the_sentence_of_its_value(corpus_page):
    records, page = corpus_page
    links = [(href[1:], attrs) for href, attrs in page.hrefs if href.startswith("#")]
    assert len(links) > 40 * len(records)
    for target, attrs in links:
        assert target in page.ids, target
        if "title" in attrs and "-s" in target:
            quoted = squash(attrs["title"])
            sentence = squash(page.ids[target])
            # the value starts in the sentence it links to (a directive may run past its end)
            assert quoted[:25] in sentence or sentence in quoted, (quoted, sentence)


def test_the_text_is_all_there_and_highlighted_by_displacy(seed_record, page):
    # one paragraph per line, holding the line exactly as written
    assert page.by_class["para"] == [line.strip() for line in seed_record.text.split("\n") if line.strip()]
    marks = Page(render_record(seed_record, "r1")).by_class["entity"]  # the record alone: no legend
    assert marks == [seed_record.text[h.start:h.end] for h in highlights(seed_record)]
    assert len(marks) > 40


def test_the_corpus_report_holds_every_meeting_agenda_item_and_directive(corpus_page):
    records, page = corpus_page
    assert len(page.by_class["record"]) == len(records)
    assert len(page.by_class["agenda-item"]) == sum(len(m.agenda) for r in records for m in r.meetings)
    assert len(page.by_class["meeting"]) == sum(len(r.meetings) for r in records)
    directives = sum(len(all_directives(r)) for r in records)
    assert len(page.by_class["directive-row"]) == directives > 20


def test_nothing_is_fetched_from_the_network(page, seed_record):
    html = render_report([seed_record])
    assert page.tags.isdisjoint({"script", "link", "img", "iframe", "object", "embed", "video", "audio"})
    assert "@import" not in html and "url(" not in html and "@font-face" not in html
    assert 'src="' not in html


def test_values_are_escaped():
    text = 'Tiêu đề <script>alert(1)</script>\nÔng A & "B" nói.'
    record = Record(id="x<y", title=text.split("\n")[0], text=text, pipeline=PipelineInfo(version="t"))
    html = render_report([record])
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert 'data-record-id="x&lt;y"' in html


def test_several_records_get_a_table_of_contents_and_errors_are_listed(seed_record):
    other = Record(id="b", title="Tin thứ hai", text="Tin thứ hai\nNội dung.", pipeline=PipelineInfo(version="t"))
    bad = ErrorRecord(source=Source(path="in.jsonl", line=3), error_type="JSONDecodeError", message="Expecting value")
    page = Page(render_report([seed_record, other, bad]))
    assert {"r1", "r2", "errors"} <= set(page.ids)
    assert ("#r2", {"href": "#r2"}) in page.hrefs
    assert "in.jsonl:3" in page.ids["errors"]


def test_cli_report(tmp_path, capsys):
    gold = tmp_path / "some.jsonl"  # a few dev records (a report of the whole split takes twenty seconds)
    gold.write_text("".join(GOLD_DEV.read_text(encoding="utf-8").splitlines(keepends=True)[:8]), encoding="utf-8")
    out = tmp_path / "report.html"
    assert main(["report", str(gold), "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and html.count('class="record"') == 8
    assert main(["report", str(gold), "-o", str(out), "--record", "nope"]) == 0
    assert 'class="record"' not in out.read_text(encoding="utf-8")


def test_a_record_that_cannot_be_drawn_does_not_cost_the_others(seed_record, monkeypatch):
    import pipeline.views.report as report

    draw = report.render_record

    def fragile(record, key):
        if record.id == "odd":
            raise ValueError("cannot draw this one")
        return draw(record, key)

    monkeypatch.setattr(report, "render_record", fragile)
    odd = Record(id="odd", text="Tin lạ", pipeline=PipelineInfo(version="t"))
    page = Page(render_report([odd, seed_record]))
    assert "could not be shown: ValueError: cannot draw this one" in page.ids["r1"]
    assert len(page.by_class["agenda-item"]) == 5  # the origin record is drawn in full
