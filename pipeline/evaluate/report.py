"""The evaluation as people read it: rich tables on the terminal, a Markdown section for
BENCHMARKS.md."""

from __future__ import annotations

from typing import Optional

from rich import box
from rich.console import Console
from rich.table import Table

from pipeline.evaluate.run import Evaluation
from pipeline.evaluate.scores import Agreement, Counts, Metric


def fmt(value: Optional[float]) -> str:
    return "–" if value is None else f"{value:.3f}"


def _group(name: str) -> str:
    return name.split(".", 1)[0]


def prf_rows(evaluation: Evaluation) -> list[tuple[str, Counts, Optional[Counts]]]:
    baseline = evaluation.baseline or {}
    return [(name, m, baseline.get(name)) for name, m in evaluation.fields.items() if isinstance(m, Counts)]


def rate_rows(evaluation: Evaluation) -> list[tuple[str, Agreement]]:
    return [(name, m) for name, m in evaluation.fields.items() if isinstance(m, Agreement)]


def _title(evaluation: Evaluation) -> str:
    errors = len(evaluation.errors)
    return (
        f"{evaluation.gold_path}: {len(evaluation.articles)} articles, predictions from {evaluation.predictions}"
        + (f", {errors} failed (scored as empty)" if errors else "")
    )


def render(evaluation: Evaluation, console: Optional[Console] = None) -> None:
    console = console or Console()
    has_baseline = evaluation.baseline_name is not None
    table = Table(
        title=_title(evaluation), title_justify="left", box=box.SIMPLE_HEAD,
        caption=f"uts: {evaluation.baseline_name} on the same articles (PER/ORG/LOC only)" if has_baseline else None,
        caption_justify="left",
    )
    for header in ("field", "gold", "pred", "P", "R", "F1"):
        table.add_column(header, justify="left" if header == "field" else "right", no_wrap=True)
    if has_baseline:
        for header in ("pred", "P", "R", "F1"):
            table.add_column(f"uts {header}", justify="right", style="cyan", no_wrap=True)
    previous = None
    for name, m, base in prf_rows(evaluation):
        if previous is not None and _group(name) != previous:
            table.add_section()
        previous = _group(name)
        row = [name, str(m.gold), str(m.pred), fmt(m.precision), fmt(m.recall), fmt(m.f1)]
        if has_baseline:
            row += [str(base.pred), fmt(base.precision), fmt(base.recall), fmt(base.f1)] if base else ["", "", "", ""]
        table.add_row(*row)
    console.print(table)

    rates = Table(title="Agreement on matched items", title_justify="left", box=box.SIMPLE_HEAD)
    for header in ("field", "matched", "correct", "rate"):
        rates.add_column(header, justify="left" if header == "field" else "right", no_wrap=True)
    for name, m in rate_rows(evaluation):
        rates.add_row(name, str(m.matched), str(m.correct), fmt(m.rate))
    console.print(rates)
    for item in evaluation.errors:
        console.print(f"[red]{item.id}[/red]: {item.error}")


def markdown(evaluation: Evaluation, command: str, date: str) -> str:
    """The BENCHMARKS.md section body: what was run, when, on what, and every figure."""
    base = evaluation.baseline_name
    lines = [
        f"Measured on {date} with `{command}`: {len(evaluation.articles)} articles of `{evaluation.gold_path}` "
        f"(sha256 `{evaluation.gold_sha256[:12]}…`), predictions from {evaluation.predictions}, "
        f"{len(evaluation.errors)} failed, {evaluation.seconds:.1f} s. Micro-averaged; matching rules in "
        "`pipeline/evaluate/__init__.py`. The regression gate (`tests/evaluate/test_regression_gate.py`) "
        "guards every F1 and rate below, read from `benchmarks/eval-test.json`.",
        "",
    ]
    header = "| field | gold | pred | P | R | F1 |"
    rule = "|---|---:|---:|---:|---:|---:|"
    if base:
        header += f" {base} P | R | F1 |"
        rule += "---:|---:|---:|"
    lines += [header, rule]
    for name, m, b in prf_rows(evaluation):
        row = f"| {name} | {m.gold} | {m.pred} | {fmt(m.precision)} | {fmt(m.recall)} | {fmt(m.f1)} |"
        if base:
            row += f" {fmt(b.precision)} | {fmt(b.recall)} | {fmt(b.f1)} |" if b else " | | |"
        lines.append(row)
    lines += ["", "| agreement on matched items | matched | correct | rate |", "|---|---:|---:|---:|"]
    for name, m in rate_rows(evaluation):
        lines.append(f"| {name} | {m.matched} | {m.correct} | {fmt(m.rate)} |")
    return "\n".join(lines) + "\n"


def summary_line(fields: dict[str, Metric]) -> str:
    keys = ("entities.all.exact", "officials.name", "dates.span+value", "meetings.detection")
    return ", ".join(f"{k} F1 {fmt(fields[k].f1)}" for k in keys if k in fields)
