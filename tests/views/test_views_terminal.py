from pathlib import Path

import pytest
from rich.color import Color
from rich.console import Console
from rich.style import Style

from pipeline.cli import main
from pipeline.index.records import read_records
from pipeline.views.spans import LABEL_COLORS, all_directives, highlights
from pipeline.views.terminal import highlighted_text, render_record

ROOT = Path(__file__).resolve().parents[2]
ORIGIN = "dbtv-2021-08-27-ubnd-phien-hop-thuong-ky"  # the article the project started from
GOLD_DEV = ROOT / "corpora" / "gold" / "dev.jsonl"


def screen(record, width: int) -> str:
    console = Console(width=width, record=True, file=open("/dev/null", "w"), color_system="truecolor")
    console.print(render_record(record, width))
    return console.export_text()


def flat(text: str) -> str:
    return "".join(text.split())


def test_every_span_is_highlighted_in_its_type_colour(origin_gold):
    text = highlighted_text(origin_gold)
    styled = {}
    for span in text.spans:
        style = Style.parse(span.style) if isinstance(span.style, str) else span.style
        if style.bgcolor is not None:
            styled[(span.start, span.end)] = style.bgcolor
    expected = highlights(origin_gold)
    assert len(expected) > 40
    for h in expected:
        assert styled[(h.start, h.end)] == Color.parse(LABEL_COLORS[h.label]), (h, origin_gold.text[h.start:h.end])
    underlined = {(s.start, s.end) for s in text.spans if "underline" in str(s.style)}
    assert {(d.start, d.end) for _, _, d in all_directives(origin_gold)} <= underlined


def test_narrow_screen_shows_text_then_meeting_agenda_and_directives(origin_gold):
    shown = flat(screen(origin_gold, 110))
    assert flat("phiên họp thường kỳ") in shown and "Agenda(5items)" in shown and "Directives(3)" in shown
    for item in origin_gold.meetings[0].agenda:
        assert flat(item.title) in shown
    for _, _, d in all_directives(origin_gold):
        assert flat(d.action) in shown
    assert shown.index("Điện") < shown.index("Agenda")  # the text first, the structure below


def test_wide_screen_puts_the_record_beside_the_text(origin_gold):
    lines = screen(origin_gold, 180).splitlines()
    beside = [line for line in lines if line.startswith("│") and "kind" in line and "phiên họp thường kỳ" in line]
    assert beside, "the meeting table shares lines with the article panel"


def test_cli_show_from_file_and_from_index(tmp_path, capsys):
    # the origin article among a few other dev records (showing all of them takes half a minute)
    lines = GOLD_DEV.read_text(encoding="utf-8").splitlines(keepends=True)
    gold = tmp_path / "some.jsonl"
    gold.write_text("".join(lines[:5] + [line for line in lines if f'"id": "{ORIGIN}"' in line or f'"id":"{ORIGIN}"' in line]),
                    encoding="utf-8")
    assert main(["show", str(gold), "--width", "120"]) == 0
    out = capsys.readouterr().out
    assert "Ngày làm việc thứ 2" in out and "Directives (3)" in out
    db = str(tmp_path / "a.sqlite")
    main(["index", str(gold), "--db", db])
    capsys.readouterr()
    assert main(["show", ORIGIN, "--db", db, "--width", "120"]) == 0
    assert "Agenda (5 items)" in capsys.readouterr().out
    assert main(["show", "no-such-id", "--db", db]) == 1
    assert "no record 'no-such-id'" in capsys.readouterr().err
    assert main(["show", str(gold), "--record", "nope"]) == 1


def test_cli_show_extracts_a_plain_article(tmp_path, capsys, seed_text):
    article = tmp_path / "article.txt"
    article.write_text(seed_text, encoding="utf-8")
    assert main(["show", str(article), "--width", "120"]) == 0
    assert "Ngày làm việc thứ 2" in capsys.readouterr().out
