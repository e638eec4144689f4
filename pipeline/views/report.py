"""A static HTML report of records: the text highlighted by displaCy, plain tables for
meetings, directives, decisions, officials, agencies, dates and figures, and a link from every
value to the sentence it was read from. One self-contained file: inline CSS, no scripts, no
fonts or images to fetch, so it opens offline."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Iterable, Optional

from spacy import displacy

from pipeline import __version__
from pipeline.schema import ErrorRecord, Record
from pipeline.views.sentences import merge_across, sentence_bounds, sentence_index
from pipeline.views.spans import LABEL_COLORS, LABEL_NAMES, all_decisions, all_directives, counted, highlights

# displaCy's entity markup, without the whitespace its default template puts inside <mark>
# (which shows as stray spaces before punctuation); the note becomes a tooltip.
ENT_TEMPLATE = (
    '<mark class="entity" style="background: {bg}" title="{note}">{text}'
    '<span class="label">{label}</span></mark>'
)

CSS = """
:root { color-scheme: light; }
body { font: 15px/1.5 "DejaVu Sans", "Noto Sans", Arial, sans-serif; margin: 0; color: #1d1d1f; background: #fafafa; }
header.page, nav, section.record, section.errors { max-width: 1500px; margin: 0 auto; padding: 0 24px; }
header.page { padding-top: 16px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 28px 0 6px; border-top: 3px solid #444; padding-top: 12px; }
h4 { font-size: 14px; margin: 14px 0 4px; }
h3 { font-size: 15px; margin: 18px 0 6px; text-transform: uppercase; letter-spacing: .04em; color: #555; }
.muted { color: #666; font-size: 13px; }
nav ol { columns: 2; font-size: 13px; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; font-size: 13px; margin: 0; }
dl.meta dt { color: #666; }
dl.meta dd { margin: 0; }
.columns { display: grid; grid-template-columns: minmax(0, 1fr); gap: 24px; }
@media (min-width: 1100px) { .columns { grid-template-columns: minmax(0, 1.05fr) minmax(0, 1fr); } }
.text { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 8px 16px; }
.text .para { margin: 0 0 10px; line-height: 2.2; }
.sent, .sent > .entities { display: inline; }
.sent > .entities { line-height: inherit !important; }
.sent { scroll-margin-top: 40px; border-radius: 3px; }
.sent:target { background: #fff1a8; box-shadow: 0 0 0 3px #f0c000; }
.sent.act { text-decoration: underline dotted #b35c00; text-decoration-thickness: 2px; text-underline-offset: 6px; }
mark.entity { padding: 0.15em 0.35em; margin: 0 0.1em; border-radius: 0.35em; line-height: 1; color: #111; }
mark.entity .label { font-size: 0.68em; font-weight: bold; margin-left: 0.35em; vertical-align: middle; color: #333; }
.legend mark.entity { font-size: 12px; }
table { border-collapse: collapse; width: 100%; background: #fff; font-size: 13.5px; margin-bottom: 6px; }
th, td { border: 1px solid #ddd; padding: 4px 7px; text-align: left; vertical-align: top; }
th { background: #f0f0f0; font-weight: 600; }
td.num { text-align: right; white-space: nowrap; }
a { color: #0645ad; }
a.sentence-link { text-decoration: none; font-size: 12px; padding: 0 3px; border: 1px solid #bbc; border-radius: 3px; margin-left: 3px; white-space: nowrap; }
ol.agenda { margin: 6px 0 0; padding-left: 22px; }
ol.agenda > li { margin-bottom: 10px; }
ol.agenda ul { margin: 4px 0 0; padding-left: 18px; font-size: 13.5px; }
.doc-type { font-size: 12px; background: #eef; border: 1px solid #ccd; border-radius: 3px; padding: 0 4px; margin-right: 4px; }
.empty { color: #888; font-style: italic; font-size: 13px; }
section.errors li { font-family: monospace; font-size: 13px; }
"""


@dataclass
class _Context:
    """One record being rendered: its anchors and its sentences."""

    record: Record
    key: str  # 'r3': the record's anchor; sentences are 'r3-s12'
    bounds: list[tuple[int, int]] = field(default_factory=list)

    def anchor(self, offset: Optional[int]) -> Optional[str]:
        if offset is None:
            return None
        i = sentence_index(self.bounds, offset)
        return None if i is None else f"{self.key}-s{i + 1}"

    def link(self, label: str, start: Optional[int], end: Optional[int] = None) -> str:
        """`label` (already HTML) followed by a link to the sentence at `start`."""
        target = self.anchor(start)
        if target is None:
            return label
        quoted = self.record.text[start:end] if end is not None else ""
        tip = f' title="{_e(quoted[:300])}"' if quoted else ""
        return f'{label} <a class="sentence-link" href="#{target}"{tip}>¶{target.split("-s")[1]}</a>'


def _e(value) -> str:
    return "" if value is None else html.escape(str(value), quote=True)


def render_report(items: Iterable[Record | ErrorRecord], source: str = "", title: str = "vnie report") -> str:
    """The whole HTML page for `items` (error records are listed at the end)."""
    records: list[Record] = []
    errors: list[ErrorRecord] = []
    for item in items:
        (errors if isinstance(item, ErrorRecord) else records).append(item)
    sections = [_guarded(r, f"r{i + 1}") for i, r in enumerate(records)]
    generated = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    parts = [
        "<!DOCTYPE html>",
        '<html lang="vi"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title><style>{CSS}</style></head><body>",
        f'<header class="page"><h1>{_e(title)}</h1><p class="muted">{len(records)} record(s)'
        + (f" from {_e(source)}" if source else "")
        + (f", {len(errors)} line(s) that are not records" if errors else "")
        + f" · vnie {_e(__version__)} · {generated}</p>{_legend()}</header>",
    ]
    if len(records) > 1:
        parts.append("<nav><ol>")
        parts.extend(f'<li><a href="#r{i + 1}">{_e(r.title or r.id)}</a></li>' for i, r in enumerate(records))
        parts.append("</ol></nav>")
    parts.extend(sections)
    if errors:
        parts.append('<section class="errors" id="errors"><h2>Lines that are not records</h2><ul>')
        parts.extend(
            f"<li>{_e(e.source.path)}:{_e(e.source.line)}: {_e(e.error_type)}: {_e(e.message)}</li>" for e in errors
        )
        parts.append("</ul></section>")
    parts.append("</body></html>")
    return "\n".join(parts)


def _guarded(record: Record, key: str) -> str:
    """A record's section, or a note saying why it could not be drawn: one odd record never
    costs the others their report."""
    try:
        return render_record(record, key)
    except Exception as exc:  # noqa: BLE001 - reported on the page, with the record id
        return (
            f'<section class="record" id="{key}" data-record-id="{_e(record.id)}"><h2>{_e(record.title or record.id)}</h2>'
            f'<p class="empty">This record could not be shown: {_e(type(exc).__name__)}: {_e(exc)}</p></section>'
        )


def _legend() -> str:
    marks = "".join(
        ENT_TEMPLATE.format(bg=color, note=_e(LABEL_NAMES[label]), text=_e(LABEL_NAMES[label]), label=label)
        for label, color in LABEL_COLORS.items()
        if label not in ("TIME", "MONEY", "PERCENT")
    )
    return f'<p class="legend muted">Highlighted: {marks} · underlined: a directive or decision · ¶N: the sentence a value was read from</p>'


def render_record(record: Record, key: str) -> str:
    spans = highlights(record)
    ctx = _Context(record, key, merge_across(sentence_bounds(record.text), [(h.start, h.end) for h in spans]))
    meta = [
        ("id", _e(record.id)),
        ("outlet", _e(record.outlet)),
        ("published", _e(record.published)),
        ("authors", _e(", ".join(record.authors))),
        ("source", _source(record)),
        ("pipeline", _e(record.pipeline.version) if record.pipeline else "gold"),
    ]
    dl = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in meta if v)
    tables = "".join(
        [
            _meetings(ctx),
            _directives(ctx),
            _decisions(ctx),
            _officials(ctx),
            _agencies(ctx),
            _dates(ctx),
            _figures(ctx),
        ]
    )
    return (
        f'<section class="record" id="{key}" data-record-id="{_e(record.id)}">'
        f"<h2>{_e(record.title or record.id)}</h2><dl class=\"meta\">{dl}</dl>"
        f'<div class="columns"><div><h3>Text</h3>{_text(ctx, spans)}</div><div>{tables}</div></div></section>'
    )


def _source(record: Record) -> str:
    src = record.source
    if src.url and src.url.startswith(("http://", "https://")):  # never a javascript: link
        return f'<a href="{_e(src.url)}">{_e(src.url)}</a>'
    if src.url:
        return _e(src.url)
    if src.path:
        return _e(src.path) + (f":{src.line}" if src.line else "")
    return ""


# ---------------------------------------------------------------------------
# The text, sentence by sentence

def _text(ctx: _Context, spans) -> str:
    """One <p> per line of the text, one anchored element per sentence, and between sentences
    exactly the text that separates them."""
    record, text = ctx.record, ctx.record.text
    acts = [(d.start, d.end) for _, _, d in all_directives(record)] + [(d.start, d.end) for _, _, d in all_decisions(record)]
    out, paragraph, last_line, last_end = ['<div class="text">'], [], None, 0
    span_i = 0
    for n, (start, end) in enumerate(ctx.bounds, 1):
        line = text.count("\n", 0, start)
        if last_line is not None and line != last_line and paragraph:
            out.append('<div class="para">' + "".join(paragraph) + "</div>")
            paragraph = []
        elif paragraph:
            paragraph.append(_e(text[last_end:start]))
        last_line, last_end = line, end
        inside = []
        while span_i < len(spans) and spans[span_i].start < end:
            h = spans[span_i]
            if h.start >= start:
                inside.append(h)
            span_i += 1
        classes = "sent act" if any(s < end and e > start for s, e in acts) else "sent"
        paragraph.append(f'<div class="{classes}" id="{ctx.key}-s{n}">{_displacy(text[start:end], start, inside)}</div>')
    if paragraph:
        out.append('<div class="para">' + "".join(paragraph) + "</div>")
    out.append("</div>")
    return "".join(out)


def _displacy(sentence: str, offset: int, spans) -> str:
    if not spans:
        return _e(sentence)
    ents = [
        {
            "start": h.start - offset,
            "end": h.end - offset,
            "label": h.label,
            "params": {"note": _e(h.note or LABEL_NAMES.get(h.label, h.label))},
        }
        for h in spans
    ]
    return displacy.render(
        {"text": sentence, "ents": ents}, style="ent", manual=True, jupyter=False,
        options={"colors": LABEL_COLORS, "template": ENT_TEMPLATE},
    )


# ---------------------------------------------------------------------------
# Tables

def _table(title: str, head: list[str], rows: list[list[str]], empty: str, row_class: str) -> str:
    if not rows:
        return f'<h3>{title}</h3><p class="empty">{empty}</p>'
    th = "".join(f"<th>{h}</th>" for h in head)
    body = "".join(f'<tr class="{row_class}">' + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<h3>{title}</h3><table><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>"


def _meetings(ctx: _Context) -> str:
    record = ctx.record
    if not record.meetings:
        return '<h3>Meetings</h3><p class="empty">No meeting in this record.</p>'
    parts = ["<h3>Meetings</h3>"]
    for i, m in enumerate(record.meetings):
        fields = [
            ("body", m.body_full_name or m.body),
            ("kind", m.kind),
            ("sequence", m.sequence),
            ("term", m.term),
            ("period", m.period),
            ("date", m.date),
            ("working day", m.day_number),
            ("location", m.location),
            ("chair", ", ".join(m.chair)),
            ("attendees", ", ".join(m.attendees)),
        ]
        rows = "".join(
            f"<tr><th>{k}</th><td>{ctx.link(_e(v), m.start, m.end) if k in ('body', 'kind') else _e(v)}</td></tr>"
            for k, v in fields
            if v not in (None, "")
        )
        items = []
        for j, item in enumerate(m.agenda):
            doc_type = f'<span class="doc-type">{_e(item.document_type)}</span>' if item.document_type else ""
            acts = [
                f"<li>directive: {ctx.link(_e(_directive_summary(d)), d.start, d.end)}</li>" for d in item.directives
            ] + [f"<li>decision: {ctx.link(_e(d.text), d.start, d.end)}</li>" for d in item.decisions]
            scope = f' <span class="muted">({_e(item.scope)})</span>' if item.scope else ""
            items.append(
                f'<li class="agenda-item">{doc_type}{ctx.link(_e(item.title), item.start, item.end)}{scope}'
                + (f"<ul>{''.join(acts)}</ul>" if acts else "")
                + "</li>"
            )
        agenda = (
            f'<p><b>Agenda</b> ({counted(len(m.agenda), "item")})</p><ol class="agenda">{"".join(items)}</ol>'
            if items
            else '<p class="empty">No agenda items.</p>'
        )
        heading = f"<h4>Meeting {i + 1} of {len(record.meetings)}</h4>" if len(record.meetings) > 1 else ""
        parts.append(f'{heading}<table class="meeting" id="{ctx.key}-m{i + 1}"><tbody>{rows}</tbody></table>{agenda}')
    return "".join(parts)


def _directive_summary(d) -> str:
    who = ", ".join(d.assignees)
    return " ".join(p for p in (d.verb, who, d.action or "") if p) + (f" (by {d.deadline})" if d.deadline else "")


def _agenda_label(record: Record, meeting: Optional[int], agenda: Optional[int]) -> str:
    if meeting is None or agenda is None:
        return ""
    return f"{agenda + 1}. {record.meetings[meeting].agenda[agenda].title}"


def _directives(ctx: _Context) -> str:
    rows = []
    for n, (mi, ai, d) in enumerate(all_directives(ctx.record), 1):
        rows.append(
            [
                f'<span class="num">{n}</span>',
                ctx.link(_e(d.verb), d.start, d.end),
                _e(d.issuer),
                "<br>".join(ctx.link(_e(a.name), a.start, a.end) + f' <span class="muted">{_e(a.role)}</span>' for a in d.assignee_details)
                or _e(", ".join(d.assignees)),
                _e(d.action),
                _e(d.deadline),
                _e(d.purpose),
                _e(_agenda_label(ctx.record, mi, ai)),
            ]
        )
    return _table(
        "Directives",
        ["#", "verb", "issuer", "assignees", "action", "deadline", "purpose", "agenda item"],
        rows,
        "No directive in this record.", "directive-row",
    )


def _decisions(ctx: _Context) -> str:
    rows = [
        [ctx.link(_e(d.verb), d.start, d.end), _e(d.content), _e(_agenda_label(ctx.record, mi, ai))]
        for mi, ai, d in all_decisions(ctx.record)
    ]
    return _table("Decisions", ["verb", "content", "agenda item"], rows, "No decision in this record.", "decision-row")


def _officials(ctx: _Context) -> str:
    rows = []
    for off in ctx.record.officials:
        titles = "<br>".join(ctx.link(_e(t.title), t.start, t.end) for t in off.title_details) or _e("; ".join(off.titles))
        mentions = " ".join(ctx.link("", m.start, m.end).strip() for m in off.mentions)
        rows.append([_e(off.name), titles, mentions])
    return _table("Officials", ["name", "titles", "mentions"], rows, "No official in this record.", "official-row")


def _agencies(ctx: _Context) -> str:
    rows = []
    for a in ctx.record.agencies:
        mentions = " ".join(ctx.link("", m.start, m.end).strip() for m in a.mentions)
        rows.append([_e(a.full_name), _e(a.name), _e(a.level), mentions])
    return _table("Agencies", ["full name", "as written", "level", "mentions"], rows, "No agency in this record.", "agency-row")


def _dates(ctx: _Context) -> str:
    rows = [
        [ctx.link(_e(d.text), d.start, d.end), _e(d.value), _e(d.granularity), _e(d.role)]
        for d in ctx.record.dates
    ]
    return _table("Dates", ["as written", "value", "granularity", "role"], rows, "No date in this record.", "date-row")


def _figures(ctx: _Context) -> str:
    rows = [
        [ctx.link(_e(f.text), f.start, f.end), f'<span class="num">{f.value:g}</span>', _e(f.unit), _e(f.kind), _e(f.qualifier)]
        for f in ctx.record.figures
    ]
    return _table("Figures", ["as written", "value", "unit", "kind", "qualifier"], rows, "No figure in this record.", "figure-row")
