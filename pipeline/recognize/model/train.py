"""Training the shipped tagger, and measuring training choices by cross-validation.

    from pipeline.recognize.model.train import TrainConfig, train, cross_validate
    config = TrainConfig.from_file()                  # pipeline/recognize/model/train.yaml
    train(config, output=SHIPPED)                     # what `vnie train` does
    cross_validate(config, folds=5)                   # what `vnie train --cv 5` does

Cross-validation splits the gold articles (never the silver ones, which every fold shares) into
folds; each fold's model is trained on the other folds plus silver and measured on its own
articles twice: alone (its spans against the gold spans it was taught to find) and inside the
whole pipeline (``vnie eval``'s entity, official, agency and place figures), beside the
pipeline without the model on the same articles.
"""

from __future__ import annotations

import hashlib
import json
import random
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Optional

import yaml

from pipeline.evaluate.scores import Counts
from pipeline.recognize.model import crf, data
from pipeline.recognize.model.features import FEATURES_VERSION, Featurizer
from pipeline.resources import rules_dir

DEFAULT_CONFIG = Path(__file__).resolve().parent / "train.yaml"
REPO = Path(__file__).resolve().parents[3]
# the fields the pipeline-level cross-validation reports
PIPELINE_FIELDS = (
    "entities.PER.exact", "entities.ORG.exact", "entities.LOC.exact", "entities.all.exact",
    "officials.name", "officials.title", "agencies.full_name", "locations.name",
)

Log = Callable[[str], None]


@dataclass
class TrainConfig:
    gold: list[str] = field(default_factory=lambda: ["corpora/gold/dev.jsonl"])
    gold_repeat: int = 2  # gold sentences count this many times against silver ones
    title_orgs: str = "O"  # how the agency inside a title is taught: ORG, or O
    silver_dir: Optional[str] = "../shared/external/dantri-unc"
    silver_limit: Optional[int] = None  # at most this many silver articles
    silver_every: int = 1  # every n-th silver article (sorted by file name)
    sure_rules: list[str] = field(default_factory=list)
    isolated_rules: list[str] = field(default_factory=list)
    common_ratio: float = 0.5
    empty_ratio: float = 0.25  # share of silver sentences without any entity that are kept
    seed: int = 13
    crf: crf.CrfParams = field(default_factory=crf.CrfParams)

    @classmethod
    def from_file(cls, path=None, **overrides) -> "TrainConfig":
        raw = yaml.safe_load(Path(path or DEFAULT_CONFIG).read_text(encoding="utf-8")) or {}
        raw.update({k: v for k, v in overrides.items() if v is not None})
        params = crf.CrfParams(**(raw.pop("crf", None) or {}))
        unknown = set(raw) - set(cls.__dataclass_fields__)
        if unknown:
            raise ValueError(f"unknown training options: {', '.join(sorted(unknown))}")
        return cls(crf=params, **raw)

    def policy(self) -> data.SilverPolicy:
        return data.SilverPolicy(frozenset(self.sure_rules), frozenset(self.isolated_rules), self.title_orgs, self.common_ratio)

    def as_dict(self) -> dict:
        return asdict(self)


def resolve(path: str) -> Path:
    """A path from the config: as given (from the working directory), else from the repo root."""
    p = Path(path)
    return p if p.is_absolute() or p.exists() else REPO / p


# -- data --------------------------------------------------------------------------------------
def load_gold(config: TrainConfig) -> list[data.Example]:
    nlp = data.pipeline_until("vnie_segment")
    out: list[data.Example] = []
    for path in config.gold:
        out += data.gold_examples(resolve(path), nlp=nlp, title_orgs=config.title_orgs)
    return out


def _silver_key(config: TrainConfig, files: list[Path]) -> str:
    h = hashlib.sha256()
    h.update(json.dumps([config.sure_rules, config.isolated_rules, config.title_orgs, config.common_ratio, FEATURES_VERSION], sort_keys=True).encode())
    for name in ("recognize", "structure", "segment"):
        for p in sorted((rules_dir() / name).glob("*.yaml")):
            h.update(p.read_bytes())
    code = Path(__file__).resolve().parents[2]  # the stages that make silver labels, and this package's data code
    for pattern in ("recognize/*.py", "structure/*.py", "segment/*.py", "read/*.py", "recognize/model/data.py", "recognize/model/features.py"):
        for p in sorted(code.glob(pattern)):
            h.update(p.read_bytes())
    for f in files:
        h.update(f.name.encode())
    return h.hexdigest()[:16]


def load_silver(config: TrainConfig, log: Log = lambda _: None, cache: bool = True) -> tuple[list[data.Example], dict]:
    """Silver sentences (all of them, before `empty_ratio` sampling) and how they were chosen.
    Cached under .cache/ner-silver/, keyed by the rules, this code and the options."""
    if not config.silver_dir:
        return [], {}
    folder = resolve(config.silver_dir)
    if not folder.is_dir():
        raise FileNotFoundError(f"silver articles not found: {folder} (set silver_dir: null to train on gold only)")
    files = data.dantri_files(folder, limit=config.silver_limit, every=config.silver_every)
    cache_file = REPO / ".cache" / "ner-silver" / f"{_silver_key(config, files)}.jsonl"
    if cache and cache_file.is_file():
        lines = cache_file.read_text(encoding="utf-8").splitlines()
        stats = json.loads(lines[0])
        examples = [data.Example(**json.loads(line)) for line in lines[1:]]
        log(f"silver: {len(examples)} sentences from {stats['articles']} articles (cached)")
        return examples, stats
    log(f"silver: labelling {len(files)} articles of {folder} with the rules …")
    stats = data.SilverStats()
    examples = data.silver_examples(files, config.policy(), stats=stats)
    if cache:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        with cache_file.open("w", encoding="utf-8") as fh:
            fh.write(json.dumps(stats.as_dict(), ensure_ascii=False) + "\n")
            for ex in examples:
                fh.write(json.dumps(asdict(ex), ensure_ascii=False) + "\n")
    log(f"silver: kept {stats.kept} of {stats.sentences} sentences; left out {dict(stats.dropped)}")
    return examples, stats.as_dict()


def training_set(config: TrainConfig, gold: list[data.Example], silver: list[data.Example]) -> list[data.Example]:
    rng = random.Random(config.seed)
    chosen = [ex for ex in silver if any(t != "O" for t in ex.tags) or rng.random() < config.empty_ratio]
    return gold * config.gold_repeat + chosen


def fit(config: TrainConfig, examples: list[data.Example], featurizer: Optional[Featurizer] = None):
    return crf.train([ex.texts for ex in examples], [ex.tags for ex in examples], config.crf, featurizer)


# -- training ----------------------------------------------------------------------------------
def train(config: TrainConfig, output: Path = crf.SHIPPED, log: Log = lambda _: None, cache: bool = True) -> dict:
    """Train on all gold and silver sentences and write the model to `output` (.crf + .json)."""
    started = time.perf_counter()
    gold = load_gold(config)
    silver, silver_stats = load_silver(config, log, cache)
    examples = training_set(config, gold, silver)
    log(f"training on {len(gold)} gold sentences (x{config.gold_repeat}) and {len(examples) - len(gold) * config.gold_repeat} silver ones …")
    fit_started = time.perf_counter()
    trained = fit(config, examples)
    seconds = time.perf_counter() - fit_started
    meta = {
        "trained_with": "vnie train",
        "config": config.as_dict(),
        "gold_sentences": len(gold),
        "silver": silver_stats,
        "silver_sentences": len(examples) - len(gold) * config.gold_repeat,
        "tokens": sum(len(ex.texts) for ex in examples),
        "attribute_count": len(trained.attributes),
        "state_features": trained.model.num_state_features(),
        "fit_seconds": round(seconds, 1),
        "total_seconds": round(time.perf_counter() - started, 1),
    }
    crf.save(trained, Path(output), meta)
    log(f"wrote {Path(output).with_suffix('.crf')} ({Path(output).with_suffix('.crf').stat().st_size / 1e6:.2f} MB) in {meta['total_seconds']} s")
    return meta


# -- cross-validation --------------------------------------------------------------------------
def folds_of(ids: list[str], k: int, seed: int) -> list[set[str]]:
    order = sorted(set(ids))
    random.Random(seed).shuffle(order)
    return [set(order[i::k]) for i in range(k)]


def model_counts(tagger: crf.Tagger, examples: list[data.Example]) -> dict[str, Counts]:
    """Exact-span counts per label of the model alone, on the spans it was taught to find."""
    counts = {label: Counts() for label in (*data.LABELS, "all")}
    for ex in examples:
        gold = set(crf.decode(ex.tags))
        pred = set(tagger.spans(ex.texts))
        for label in data.LABELS:
            g = {s for s in gold if s[2] == label}
            p = {s for s in pred if s[2] == label}
            for c in (counts[label], counts["all"]):
                c.tp += len(g & p)
                c.fp += len(p - g)
                c.fn += len(g - p)
    return counts


def pipeline_counts(gold_lines: list[str], model_path: Optional[Path]) -> dict[str, Counts]:
    """`vnie eval`'s counts on these gold articles, with a model (or with none)."""
    from pipeline.api import load
    from pipeline.evaluate.run import evaluate, pipeline_predictor

    if model_path is None:
        # left out rather than disabled: a disabled component is still built, model and all
        names = [n for n in _pipeline_names() if n != "vnie_ner"]
        nlp = load(overrides={"nlp.pipeline": names})
    else:
        nlp = load(overrides={"components.vnie_ner.model": str(model_path)})
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "fold.jsonl"
        path.write_text("\n".join(gold_lines) + "\n", encoding="utf-8")
        evaluation = evaluate(path, predict=pipeline_predictor(nlp))
    fields = evaluation.fields
    return {name: fields[name] for name in PIPELINE_FIELDS if name in fields}


def _pipeline_names() -> list[str]:
    import spacy

    from pipeline.api import DEFAULT_CONFIG

    return list(spacy.util.load_config(DEFAULT_CONFIG, interpolate=False)["nlp"]["pipeline"])


def _add(total: dict[str, Counts], part: dict[str, Counts]) -> None:
    for name, c in part.items():
        total.setdefault(name, Counts()).add(c)


def cross_validate(config: TrainConfig, folds: int = 5, log: Log = lambda _: None, pipeline: bool = True,
                   cache: bool = True) -> dict:
    gold = load_gold(config)
    silver, silver_stats = load_silver(config, log, cache)
    gold_lines = {}
    for path in config.gold:
        for line in resolve(path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                gold_lines[json.loads(line)["id"]] = line
    parts = folds_of([ex.doc_id for ex in gold], folds, config.seed)
    alone: dict[str, Counts] = {}
    with_model: dict[str, Counts] = {}
    without: dict[str, Counts] = {}
    fit_seconds = 0.0
    featurizer = Featurizer()
    with tempfile.TemporaryDirectory() as tmp:
        for n, held in enumerate(parts, 1):
            train_gold = [ex for ex in gold if ex.doc_id not in held]
            test_gold = [ex for ex in gold if ex.doc_id in held]
            started = time.perf_counter()
            trained = fit(config, training_set(config, train_gold, silver), featurizer)
            fit_seconds += time.perf_counter() - started
            tagger = crf.Tagger(trained=trained, lexicons=featurizer.lexicons)
            _add(alone, model_counts(tagger, test_gold))
            if pipeline:
                base = Path(tmp) / f"fold{n}"
                crf.save(trained, base, {"fold": n})
                lines = [gold_lines[i] for i in sorted(held)]
                _add(with_model, pipeline_counts(lines, base))
                _add(without, pipeline_counts(lines, None))
            log(f"fold {n}/{folds}: {len(held)} articles, model alone F1 so far "
                + ", ".join(f"{k} {alone[k].f1:.3f}" for k in (*data.LABELS, "all") if alone[k].f1 is not None))
    report = {
        "folds": folds,
        "articles": len(gold_lines),
        "silver": silver_stats,
        "fit_seconds_per_fold": round(fit_seconds / folds, 1),
        "model": {k: c.as_dict() for k, c in alone.items()},
    }
    if pipeline:
        report["pipeline_with_model"] = {k: c.as_dict() for k, c in with_model.items()}
        report["pipeline_without_model"] = {k: c.as_dict() for k, c in without.items()}
    return report


def format_report(report: dict) -> str:
    def row(name: str, c: dict) -> str:
        f = lambda v: "–" if v is None else f"{v:.3f}"  # noqa: E731
        return f"| {name} | {c['gold']} | {c['pred']} | {f(c['precision'])} | {f(c['recall'])} | {f(c['f1'])} |"

    lines = [f"{report['folds']}-fold cross-validation over {report['articles']} gold articles "
             f"(fit {report['fit_seconds_per_fold']} s a fold)", "",
             "| model alone | gold | pred | P | R | F1 |", "|---|---|---|---|---|---|"]
    lines += [row(k, c) for k, c in report["model"].items()]
    if "pipeline_with_model" in report:
        lines += ["", "| pipeline field | gold | pred (no model → model) | P | R | F1 (no model → model) |", "|---|---|---|---|---|---|"]
        for name, c in report["pipeline_with_model"].items():
            b = report["pipeline_without_model"][name]
            f = lambda v: "–" if v is None else f"{v:.3f}"  # noqa: E731
            lines.append(f"| {name} | {c['gold']} | {b['pred']} → {c['pred']} | {f(b['precision'])} → {f(c['precision'])} "
                         f"| {f(b['recall'])} → {f(c['recall'])} | {f(b['f1'])} → {f(c['f1'])} |")
    return "\n".join(lines)
