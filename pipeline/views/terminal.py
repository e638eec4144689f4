"""`vnie show`: one record in the terminal, its text with every extracted span highlighted by
type and the structured record beside it (below it on narrow terminals)."""

from __future__ import annotations

from typing import Optional

from rich import box
from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from pipeline.schema import Record
from pipeline.views.spans import LABEL_COLORS, LABEL_NAMES, all_decisions, all_directives, counted, highlights

SIDE_BY_SIDE_WIDTH = 140  # below this the structured record goes under the text


def label_style(label: str) -> str:
    return f"#000000 on {LABEL_COLORS.get(label, '#dddddd')}"


def highlighted_text(record: Record) -> Text:
    text = Text(record.text)
    for d in [d for _, _, d in all_directives(record)] + [d for _, _, d in all_decisions(record)]:
        text.stylize("underline", d.start, d.end)
    for h in highlights(record):
        text.stylize(label_style(h.label), h.start, h.end)
    return text


def legend() -> Text:
    out = Text("spans: ")
    for label in ("PER", "TITLE", "ORG", "LOC", "DATE", "NUM", "DOC"):
        out.append(f" {LABEL_NAMES[label]} ", style=label_style(label))
        out.append(" ")
    out.append(" underlined: directives and decisions", style="italic")
    return out


def _kv_table(title: str) -> Table:
    table = Table(title=title, title_justify="left", title_style="bold", box=box.SIMPLE_HEAD, show_header=False, expand=True)
    table.add_column(style="dim", no_wrap=True)
    table.add_column(ratio=1)
    return table


def meetings_view(record: Record) -> list[RenderableType]:
    out: list[RenderableType] = []
    for i, m in enumerate(record.meetings, 1):
        table = _kv_table(f"Meeting {i}" if len(record.meetings) > 1 else "Meeting")
        for key, value in (
            ("body", m.body_full_name or m.body), ("kind", m.kind), ("sequence", m.sequence), ("term", m.term),
            ("period", m.period), ("date", m.date), ("working day", m.day_number), ("location", m.location),
            ("chair", ", ".join(m.chair)), ("attendees", ", ".join(m.attendees)),
            ("text", f"{m.start}:{m.end}"),
        ):
            if value not in (None, ""):
                table.add_row(key, str(value))
        out.append(table)
        if m.agenda:
            agenda = Table(title=f"Agenda ({counted(len(m.agenda), 'item')})", title_justify="left", title_style="bold",
                           box=box.SIMPLE_HEAD, expand=True)
            agenda.add_column("#", justify="right", no_wrap=True)
            agenda.add_column("type", style="cyan", no_wrap=True)
            agenda.add_column("item", ratio=1)
            for j, item in enumerate(m.agenda, 1):
                lines = Text(item.title)
                for d in item.directives:
                    lines.append(f"\n→ {d.verb} {', '.join(d.assignees)}: {d.action or d.text}", style="yellow")
                for d in item.decisions:
                    lines.append(f"\n✓ {d.text}", style="green")
                agenda.add_row(str(j), item.document_type or "", lines)
            out.append(agenda)
    return out


def directives_view(record: Record) -> Optional[Table]:
    found = all_directives(record)
    if not found:
        return None
    table = Table(title=f"Directives ({len(found)})", title_justify="left", title_style="bold", box=box.SIMPLE_HEAD,
                  show_header=False, expand=True)
    table.add_column(justify="right", no_wrap=True)
    table.add_column(ratio=1)
    for n, (_, _, d) in enumerate(found, 1):
        cell = Text.assemble((d.verb, "bold"), " ", (", ".join(d.assignees), "bold yellow"))
        cell.append(f"\n{d.action or d.text}")
        details = [f"by {d.deadline}" if d.deadline else "", d.purpose or "", f"issuer {d.issuer}" if d.issuer else "",
                   f"at {d.start}:{d.end}"]
        cell.append("\n" + " · ".join(x for x in details if x), style="dim")
        table.add_row(str(n), cell)
    return table


def decisions_view(record: Record) -> Optional[Table]:
    found = all_decisions(record)
    if not found:
        return None
    table = Table(title=f"Decisions ({len(found)})", title_justify="left", title_style="bold", box=box.SIMPLE_HEAD, expand=True)
    table.add_column("verb", no_wrap=True)
    table.add_column("content", ratio=1)
    table.add_column("at", no_wrap=True)
    for _, _, d in found:
        table.add_row(d.verb, d.content, f"{d.start}:{d.end}")
    return table


def officials_view(record: Record) -> Optional[Table]:
    if not record.officials and not record.agencies:
        return None
    table = Table(title="Officials and agencies", title_justify="left", title_style="bold", box=box.SIMPLE_HEAD, expand=True)
    table.add_column("name")
    table.add_column("titles / full name", ratio=1)
    table.add_column("mentions", justify="right", no_wrap=True)
    for off in record.officials:
        table.add_row(Text.assemble((off.name, label_style("PER"))), "; ".join(off.titles), str(len(off.mentions)))
    for a in record.agencies:
        table.add_row(Text.assemble((a.name, label_style("ORG"))), a.full_name, str(len(a.mentions)))
    return table


def dates_view(record: Record) -> Optional[Table]:
    if not record.dates:
        return None
    table = Table(title="Dates", title_justify="left", title_style="bold", box=box.SIMPLE_HEAD, expand=True)
    for col in ("as written", "value", "role"):
        table.add_column(col)
    for d in record.dates:
        table.add_row(d.text, d.value, d.role)
    return table


def render_record(record: Record, width: Optional[int] = None) -> RenderableType:
    header = Text.assemble(
        (record.title or record.id, "bold"), "\n",
        (" · ".join(x for x in (record.id, record.outlet, record.published) if x), "dim"),
    )
    article = Panel(highlighted_text(record), title="text", title_align="left", box=box.ROUNDED)
    parts = [meetings_view(record)] + [[v] for v in (directives_view(record), decisions_view(record), officials_view(record), dates_view(record)) if v]
    structured = [r for group in parts for r in group]
    side: RenderableType = Group(*structured) if structured else Text("No structured values in this record.", style="italic dim")
    if (width or 0) >= SIDE_BY_SIDE_WIDTH:
        grid = Table.grid(expand=True, padding=(0, 1))
        grid.add_column(ratio=5)
        grid.add_column(ratio=4)
        grid.add_row(article, side)
        body: RenderableType = grid
    else:
        body = Group(article, side)
    return Group(header, legend(), body)


def show(record: Record, console: Optional[Console] = None) -> None:
    console = console or Console()
    console.print(render_record(record, console.width))
    console.print()
