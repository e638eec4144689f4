"""Run the yardstick: read gold, get predictions (the pipeline, or a records file), compare, sum."""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional, Union

from pydantic import ValidationError

from pipeline.evaluate.baseline import LABELS as BASELINE_LABELS
from pipeline.evaluate.compare import compare, entity_metrics, squash
from pipeline.evaluate.scores import Agreement, Counts, Metric
from pipeline.gold.build import GoldRecord
from pipeline.read import Article


class EvalError(ValueError):
    """The gold or prediction file cannot be used at all."""


@dataclass
class ArticleResult:
    id: str
    metrics: dict[str, Metric]
    baseline: Optional[dict[str, Metric]] = None
    error: Optional[str] = None  # why the prediction is missing or empty

    def as_dict(self) -> dict:
        out: dict = {"id": self.id, "error": self.error, "fields": {k: m.as_dict(details=True) for k, m in self.metrics.items()}}
        if self.baseline is not None:
            out["baseline"] = {k: m.as_dict(details=True) for k, m in self.baseline.items()}
        return out


@dataclass
class Evaluation:
    gold_path: str
    gold_sha256: str
    predictions: str  # "pipeline" or the records file
    articles: list[ArticleResult] = field(default_factory=list)
    baseline_name: Optional[str] = None
    seconds: float = 0.0

    @property
    def fields(self) -> dict[str, Metric]:
        """Micro-averaged metrics: the counts of all articles summed, then divided."""
        return _sum(r.metrics for r in self.articles)

    @property
    def baseline(self) -> Optional[dict[str, Metric]]:
        if self.baseline_name is None:
            return None
        return _sum(r.baseline for r in self.articles if r.baseline is not None)

    @property
    def errors(self) -> list[ArticleResult]:
        return [r for r in self.articles if r.error]

    def figures(self, undefined: bool = False) -> dict[str, Optional[float]]:
        """The headline figures the regression gate guards: F1 of every P/R/F1 field, the rate
        of every agreement field. Undefined ones (nothing on either side) are left out, or kept
        as None with `undefined`."""
        return flat_figures(self.fields, undefined)

    def as_dict(self, details: bool = True) -> dict:
        out = {
            "gold": self.gold_path,
            "gold_sha256": self.gold_sha256,
            "predictions": self.predictions,
            "articles": len(self.articles),
            "errors": [{"id": r.id, "error": r.error} for r in self.errors],
            "seconds": round(self.seconds, 2),
            "fields": {k: m.as_dict() for k, m in self.fields.items()},
        }
        if self.baseline_name is not None:
            out["baseline"] = {"name": self.baseline_name, "fields": {k: m.as_dict() for k, m in self.baseline.items()}}
        if details:
            out["per_article"] = [r.as_dict() for r in self.articles]
        return out


def flat_figures(fields: dict[str, Metric], undefined: bool = False) -> dict[str, Optional[float]]:
    out: dict[str, Optional[float]] = {}
    for name, metric in fields.items():
        value, suffix = (metric.f1, "f1") if isinstance(metric, Counts) else (metric.rate, "rate")
        if value is not None or undefined:
            out[f"{name}.{suffix}"] = None if value is None else round(value, 4)
    return out


def _sum(per_article: Iterable[dict[str, Metric]]) -> dict[str, Metric]:
    out: dict[str, Metric] = {}
    for metrics in per_article:
        for name, metric in metrics.items():
            if name not in out:
                out[name] = Counts() if isinstance(metric, Counts) else Agreement()
            out[name].add(metric)
    return out


def sha256_file(path: Union[str, Path]) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def read_records(path: Union[str, Path], what: str) -> list[GoldRecord]:
    """Records of a JSONL file (gold, or predictions with or without pipeline info). Error
    records (inputs the pipeline could not read) are skipped: they carry no id."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalError(f"cannot read the {what} file {path}: {exc}") from exc
    records = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
        except ValueError as exc:
            raise EvalError(f"{path}:{n}: not JSON ({exc})") from exc
        if isinstance(raw, dict) and "error_type" in raw and "text" not in raw:
            continue
        try:
            records.append(GoldRecord.model_validate(raw))
        except ValidationError as exc:
            raise EvalError(f"{path}:{n}: not a record: {exc}") from exc
    return records


def article_from_gold(gold: GoldRecord) -> Article:
    """The input a real source would give for this article: the text as is; the title as a
    field only when the text does not start with it; the publication time only when the text
    has no date line (the gold marks a date line as a date with role 'published'); the outlet,
    which an archive's export always names (the pipeline reads its province from it)."""
    first_line = next((line for line in gold.text.split("\n") if line.strip()), "")
    title_in_text = bool(gold.title) and squash(first_line) == squash(gold.title)
    has_dateline = any(d.role == "published" for d in gold.dates)
    return Article.from_raw(
        gold.text,
        id=gold.id,
        title=None if title_in_text else gold.title,
        published=None if has_dateline else gold.published,
        url=gold.source.url,
        outlet=gold.outlet,
        path=gold.source.path,
        title_in_text=title_in_text,
    )


def _empty_like(gold: GoldRecord) -> GoldRecord:
    return GoldRecord(id=gold.id, text=gold.text)


Predictor = Callable[[GoldRecord], GoldRecord]


def pipeline_predictor(nlp=None, config=None, disable: Iterable[str] = ()) -> Predictor:
    """Load the pipeline once; each call extracts one gold article's record."""
    from pipeline.api import extract, load

    nlp = nlp if nlp is not None else load(config, disable=disable)

    def predict(gold: GoldRecord):
        return extract(article_from_gold(gold), nlp=nlp)

    return predict


def file_predictor(path: Union[str, Path]) -> Predictor:
    """Predictions read from a records file, matched to gold by id."""
    by_id: dict[str, GoldRecord] = {}
    for record in read_records(path, "predictions"):
        by_id.setdefault(record.id, record)

    def predict(gold: GoldRecord):
        if gold.id not in by_id:
            raise LookupError(f"no record with id {gold.id} in {path}")
        return by_id[gold.id]

    predict.ids = set(by_id)  # type: ignore[attr-defined]
    return predict


def evaluate(
    gold_path: Union[str, Path],
    predict: Optional[Predictor] = None,
    pred_path: Optional[Union[str, Path]] = None,
    baseline: Optional[Callable[[str], list]] = None,
    baseline_name: str = "underthesea.ner",
    nlp=None,
    progress: Optional[Callable[[int, int, str], None]] = None,
) -> Evaluation:
    """Measure predictions against every article of a gold file.

    Predictions come from `predict`, else from the records file `pred_path`, else from the
    pipeline (`nlp`, loaded once when not given). `baseline`, a text → PER/ORG/LOC spans
    function, is scored on the same articles. An article whose prediction fails or is missing
    is scored as an empty prediction and listed in `errors`; it never stops the run."""
    started = time.perf_counter()
    golds = read_records(gold_path, "gold")
    if predict is None:
        predict = file_predictor(pred_path) if pred_path else pipeline_predictor(nlp)
    result = Evaluation(
        gold_path=str(gold_path), gold_sha256=sha256_file(gold_path),
        predictions=str(pred_path) if pred_path else "pipeline",
        baseline_name=baseline_name if baseline else None,
    )
    for n, gold in enumerate(golds, 1):
        if progress:
            progress(n, len(golds), gold.id)
        error = None
        try:
            pred = predict(gold)
            if pred.text != gold.text:
                raise ValueError("the predicted record's text differs from the gold text, so its offsets cannot be compared")
        except Exception as exc:  # noqa: BLE001  one bad article never stops the evaluation
            error = f"{type(exc).__name__}: {exc}"
            pred = _empty_like(gold)
        item = ArticleResult(id=gold.id, metrics=compare(gold, pred), error=error)
        if baseline:
            item.baseline = entity_metrics(gold.entities, baseline(gold.text), labels=BASELINE_LABELS)
            # the label sum of the baseline covers fewer labels than the pipeline's: not comparable
            item.baseline = {k: v for k, v in item.baseline.items() if ".all." not in k}
        result.articles.append(item)
    result.seconds = time.perf_counter() - started
    return result
