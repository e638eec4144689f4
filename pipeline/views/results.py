"""Search results in the terminal: ranked hits with highlighted snippets, then the facets."""

from __future__ import annotations

from rich import box
from rich.columns import Columns
from rich.console import Console
from rich.table import Table
from rich.text import Text

from pipeline.index.search import SearchResult

FACET_TITLES = {"officials": "Officials", "agencies": "Agencies", "kinds": "Meeting kinds", "months": "Months"}


def _marked(text: str, offset: int, ranges) -> Text:
    # newlines become spaces (same length, so the offsets still hold)
    out = Text(text.replace("\n", " "))
    for start, end in ranges:
        out.stylize("bold black on yellow", start - offset, end - offset)
    return out


def print_results(result: SearchResult, console: Console) -> None:
    what = f"“{result.query}”" if result.query else "the filters"
    console.print(Text.assemble((f"{result.total}", "bold"), f" record(s) match {what}", (f"   fts: {result.fts}" if result.fts else "", "dim")))
    for n, hit in enumerate(result.hits, 1):
        console.print()
        title = _marked(hit.title or hit.id, 0, hit.title_highlights)
        title.stylize("bold")
        console.print(Text.assemble(f"{n}. ", title))
        meta = " · ".join(x for x in (hit.id, hit.outlet, hit.published, f"score {hit.score}" if hit.score is not None else None) if x)
        console.print(Text(meta, style="dim"))
        snippet = hit.snippet
        lead = "… " if snippet.start > 0 else ""
        console.print(Text.assemble(lead, _marked(snippet.text, snippet.start, snippet.highlights), " …"))
    if not any(result.facets.values()):
        return
    console.print()
    tables = []
    for name in [name for name, values in result.facets.items() if values]:
        table = Table(title=FACET_TITLES.get(name, name), title_justify="left", title_style="bold", box=box.SIMPLE_HEAD, show_header=False)
        table.add_column()
        table.add_column(justify="right")
        for facet in result.facets[name]:
            table.add_row(facet.value, str(facet.count))
        tables.append(table)
    console.print(Columns(tables, padding=(0, 4)))
