"""Recorded figures: `make eval` writes them (BENCHMARKS.md section + a JSON file beside it), and
the regression gate compares a fresh evaluation with them."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Optional

import regex

from pipeline.evaluate.report import markdown
from pipeline.evaluate.run import Evaluation

# A figure may fall by this much (absolute) before the gate fails: rounding and nothing more.
TOLERANCE = 0.02
SECTION_START = "<!-- bench:eval -->"
SECTION_END = "<!-- /bench:eval -->"


def figures_path(benchmarks_md: Path, gold_path: str) -> Path:
    """`BENCHMARKS.md` + `corpora/gold/test.jsonl` → `benchmarks/eval-test.json` beside it."""
    return benchmarks_md.parent / "benchmarks" / f"eval-{Path(gold_path).stem}.json"


def replace_section(document: str, body: str) -> str:
    """Put `body` between the eval markers, appending the section when it is not there yet."""
    section = f"{SECTION_START}\n## Evaluation (`vnie eval`)\n\n{body}{SECTION_END}"
    pattern = regex.compile(regex.escape(SECTION_START) + r".*?" + regex.escape(SECTION_END), regex.DOTALL)
    if pattern.search(document, timeout=5):
        return pattern.sub(lambda _: section, document, count=1, timeout=5)
    if not document.strip():
        document = "# Benchmarks\n"
    return document.rstrip("\n") + "\n\n" + section + "\n"


def record(evaluation: Evaluation, benchmarks_md: Path, command: str, date: str) -> Path:
    """Write the figures into BENCHMARKS.md and the JSON file the gate reads; return the latter."""
    text = benchmarks_md.read_text(encoding="utf-8") if benchmarks_md.exists() else ""
    benchmarks_md.write_text(replace_section(text, markdown(evaluation, command, date)), encoding="utf-8")
    path = figures_path(benchmarks_md, evaluation.gold_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    summary = evaluation.as_dict(details=False)
    summary.pop("seconds", None)  # timing varies by machine; it is not a figure to guard
    # the gate finds the gold again from the folder of BENCHMARKS.md, on any machine
    summary["gold"] = Path(os.path.relpath(Path(evaluation.gold_path).resolve(), benchmarks_md.parent.resolve())).as_posix()
    payload = {
        "command": command,
        "date": date,
        "tolerance": TOLERANCE,
        "figures": evaluation.figures(),
        **summary,
    }
    path.write_text(json.dumps(payload, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path


def regressions(recorded: dict[str, float], current: dict[str, Optional[float]], tolerance: float = TOLERANCE) -> list[str]:
    """Every recorded figure that is now lower by more than `tolerance`, or no longer measured.

    `current` holds every figure, None where undefined (e.g. a rate over matched dates when no
    date matches any more): that one cannot be compared and is not reported; the detection
    figure that feeds it is guarded on its own."""
    problems = []
    for name, before in sorted(recorded.items()):
        if name not in current:
            problems.append(f"{name}: recorded {before:.3f}, no longer measured (renamed? rerun `make eval`)")
            continue
        now = current[name]
        if now is not None and now < before - tolerance:
            problems.append(f"{name}: {now:.3f} < recorded {before:.3f} − {tolerance}")
    return problems


class NothingRecorded(LookupError):
    """No figures to guard yet (the gate skips, saying why)."""


def check_recorded(figures_json: Path, root: Path, nlp=None, pred_path: Optional[Path] = None) -> list[str]:
    """Evaluate again the gold the figures were recorded on (its path is relative to `root`, the
    folder of BENCHMARKS.md) and list every regression. A gold file changed since then is a
    problem of its own: its old figures no longer mean anything. Raises `NothingRecorded` when
    there is nothing to guard."""
    from pipeline.evaluate.run import evaluate, sha256_file

    if not figures_json.exists():
        raise NothingRecorded(f"{figures_json} does not exist: no figures recorded yet (`make eval` writes it)")
    recorded = json.loads(figures_json.read_text(encoding="utf-8"))
    if not recorded.get("figures"):
        raise NothingRecorded(f"{figures_json} holds no figures")
    gold = root / recorded["gold"]
    if not gold.exists():
        return [f"{figures_json} was recorded on {recorded['gold']}, which no longer exists"]
    if sha256_file(gold) != recorded["gold_sha256"]:
        return [
            f"{recorded['gold']} changed since the figures were recorded on {recorded.get('date')}: "
            "rerun `make eval` and commit BENCHMARKS.md and the figures with the gold change"
        ]
    evaluation = evaluate(gold, nlp=nlp, pred_path=pred_path)
    problems = [f"{item.id}: {item.error}" for item in evaluation.errors]
    return problems + regressions(recorded["figures"], evaluation.figures(undefined=True), TOLERANCE)
