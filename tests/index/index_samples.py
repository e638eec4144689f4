"""Hand-made records for index tests: offsets are found by quoting the text, so every value
points at what it claims (the schema validates it)."""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.schema import (
    Agency, AgendaItem, Assignee, Directive, Meeting, Mention, Official, OfficialTitle, PipelineInfo, Record,
)

ROOT = Path(__file__).resolve().parents[2]
GOLD_DEV = ROOT / "corpora" / "gold" / "dev.jsonl"


def at(text: str, quote: str, nth: int = 1) -> tuple[int, int]:
    pos = -1
    for _ in range(nth):
        pos = text.index(quote, pos + 1)
    return pos, pos + len(quote)


def mentions(text: str, quote: str) -> list[Mention]:
    out, pos = [], text.find(quote)
    while pos >= 0:
        out.append(Mention(start=pos, end=pos + len(quote), text=quote))
        pos = text.find(quote, pos + 1)
    return out


def make_record(
    id: str, text: str, published=None, officials=(), agencies=(), meeting=None, title=None
) -> Record:
    """`officials`: (name, [titles]) quoted in the text; `agencies`: (as written, full name);
    `meeting`: (kind, date, [agenda titles], [(directive sentence, assignee quote)])."""
    offs = []
    for name, titles in officials:
        details = [
            OfficialTitle(title=t, position=t.split(" UBND")[0], agency=None, start=at(text, t)[0], end=at(text, t)[1])
            for t in titles
        ]
        offs.append(Official(name=name, titles=list(titles), title_details=details, mentions=mentions(text, name)))
    ags = [Agency(name=written, full_name=full, level="tỉnh", mentions=mentions(text, written)) for written, full in agencies]
    meetings = []
    if meeting:
        kind, date, agenda, directives = meeting
        items = []
        for k, item in enumerate(agenda):
            s, e = at(text, item)
            acts = []
            if k == 0:
                for sentence, assignee in directives:
                    ds, de = at(text, sentence)
                    a_s, a_e = at(text, assignee)
                    acts.append(Directive(
                        verb=sentence.split()[0], issuer=offs[0].name if offs else None, assignees=[assignee],
                        assignee_details=[Assignee(name=assignee, role="lead", start=a_s, end=a_e)],
                        action=sentence, start=ds, end=de, text=sentence,
                    ))
            items.append(AgendaItem(title=item, start=s, end=e, directives=acts))
        meetings.append(Meeting(body="UBND tỉnh", kind=kind, date=date, chair=[o.name for o in offs[:1]],
                                agenda=items, start=0, end=len(text)))
    return Record(
        id=id, title=title or text.split("\n", 1)[0], published=published, text=text, officials=offs, agencies=ags,
        meetings=meetings, pipeline=PipelineInfo(version="test"),
    )


T1 = (
    "UBND tỉnh họp phiên thường kỳ tháng 8\n"
    "Đồng chí Lê Thành Đô, Chủ tịch UBND tỉnh chủ trì phiên họp về chuyển đổi số. "
    "Giao Sở Thông tin và Truyền thông hoàn thiện đề án chuyển đổi số."
)
T2 = (
    "Hội nghị về chuyển đổi số ở Mường Chà\n"
    "Ông Lê Thành Đô và ông Mùa A Sơn dự hội nghị. Ủy ban nhân dân tỉnh Điện Biên đánh giá cao kết quả."
)
T3 = (
    "Lê Văn Đô thăm trường học\n"
    "Ông Lê Văn Đô chuyển lời hỏi thăm tới các em học sinh; số học sinh đổi mới phương pháp học tăng."
)
T4 = (
    "Tỉnh uỷ Điện Biên giao ban\n"
    "Hội nghị giao ban của Tỉnh uỷ bàn về an ninh trật tự và chuyển đổi số."
)


def gold_lines() -> list[str]:
    return [line for line in GOLD_DEV.read_text(encoding="utf-8").splitlines() if line.strip()]


def gold_record_json() -> dict:
    return json.loads(gold_lines()[0])
