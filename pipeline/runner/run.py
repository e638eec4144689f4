"""One batch run: inputs → engine → records and error records, in input order, with a summary.

Every input ends as exactly one line: a record in the output, or an error record in the errors
file (or nothing, when ``--dedup`` drops a repeat). That is what makes ``--resume`` exact: after a
crash or kill -9, the torn last line (if any) is cut off, the inputs already answered in either
file are skipped, and the rest is appended — no record lost, none duplicated.
"""

from __future__ import annotations

import os
import re
import sys
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Iterable, Iterator, Optional

from pipeline.io.sources import Limits, iter_raw
from pipeline.io.writers import JsonlWriter, Serialized, read_lines, repair_tail, source_key
from pipeline.runner.work import Item, Job, text_hash


def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


@dataclass
class RunOptions:
    output: Optional[str] = None  # None or "-": stdout
    errors: Optional[str] = None  # None: beside the output (OUT.errors.jsonl), stderr for stdout
    engine: str = "local"  # local (sequential or process pool) | dask
    workers: int = field(default_factory=default_workers)
    scheduler: Optional[str] = None  # dask: tcp://HOST:PORT; none starts a local cluster
    chunk_size: int = 16  # inputs per process-pool task
    partition_size: int = 64  # inputs per Dask task
    parts_dir: Optional[str] = None  # dask: part files (default OUT.parts/)
    dedup: bool = False
    resume: bool = False
    progress: Optional[bool] = None  # None: only when stderr is a terminal
    limits: Limits = field(default_factory=Limits)
    job: Job = field(default_factory=Job)


@dataclass
class Summary:
    inputs: int = 0  # inputs answered by this run
    records: int = 0
    errors: int = 0
    meetings: int = 0
    officials: int = 0
    duplicates: int = 0  # dropped by --dedup
    skipped: int = 0  # already answered by an earlier run (--resume)
    earlier_errors: int = 0  # error records an earlier run left in the errors file
    seconds: float = 0.0
    engine: str = ""
    workers: list[dict] = field(default_factory=list)  # per worker: pid, articles, peak_rss_mb, load_seconds

    @property
    def articles_per_s(self) -> float:
        return self.inputs / self.seconds if self.seconds else 0.0

    @property
    def failed(self) -> bool:
        return bool(self.errors or self.earlier_errors)

    def to_dict(self) -> dict:
        return {**asdict(self), "articles_per_s": round(self.articles_per_s, 2), "seconds": round(self.seconds, 3)}

    def line(self) -> str:
        out = (f"vnie extract: {self.inputs} inputs, {self.records} records, {self.errors} errors, "
               f"{self.meetings} meetings, {self.officials} officials in {self.seconds:.1f} s "
               f"({self.articles_per_s:.1f} articles/s, {self.engine})")
        if self.duplicates:
            out += f"; {self.duplicates} duplicates dropped"
        if self.skipped:
            out += f"; {self.skipped} inputs already done, skipped"
        return out


class UsageError(ValueError):
    pass


def errors_path(options: RunOptions) -> Optional[str]:
    if options.errors:
        return options.errors
    if options.output in (None, "-"):
        return None
    return re.sub(r"(\.jsonl)?$", ".errors.jsonl", options.output, count=1)


def run(inputs: list[str], options: RunOptions) -> Summary:
    started = time.perf_counter()
    summary = Summary()
    errors_to = errors_path(options)
    done: Counter = Counter()
    seen: set[str] = set()
    if options.resume:
        if options.output in (None, "-"):
            raise UsageError("--resume needs an output file (-o), not stdout")
        done, seen, summary.earlier_errors = _read_earlier(options.output, errors_to, options.dedup)
    append = options.resume

    items = _skip_done(iter_raw(inputs, options.limits), done, summary)
    engine, items = _choose_engine(options, items)
    summary.engine = engine.name if engine.name != "pool" else f"pool of {options.workers}"

    out = JsonlWriter(options.output, append=append)
    err = JsonlWriter(errors_to, append=append) if errors_to else None
    progress = _Progress(options.progress)
    try:
        for result in engine.map(options.job, items):
            summary.inputs += 1
            if result.ok:
                if options.dedup:
                    if result.text_hash in seen:
                        summary.duplicates += 1
                        progress.advance(summary)
                        continue
                    seen.add(result.text_hash)
                out.write(Serialized(result.line))
                summary.records += 1
                summary.meetings += result.meetings
                summary.officials += result.officials
            else:
                summary.errors += 1
                if err is not None:
                    err.write(Serialized(result.line))
                else:
                    print(result.line, file=sys.stderr, flush=True)
            progress.advance(summary)
    finally:
        progress.close()
        out.close()
        if err is not None:
            err.close()
        summary.seconds = time.perf_counter() - started
        summary.workers = [asdict(s) for s in sorted(engine.worker_stats.values(), key=lambda s: s.pid)]
    return summary


def _read_earlier(output: str, errors_to: Optional[str], dedup: bool) -> tuple[Counter, set, int]:
    """What a killed run answered: the inputs in both files, and the texts it wrote."""
    done: Counter = Counter()
    seen: set[str] = set()
    earlier_errors = 0
    repair_tail(output)
    for record in read_lines(output):
        done[source_key(record.get("source") or {})] += 1
        if dedup:
            seen.add(text_hash(record.get("text", "")))
    if errors_to:
        repair_tail(errors_to)
        for record in read_lines(errors_to):
            done[source_key(record.get("source") or {})] += 1
            earlier_errors += 1
    return done, seen, earlier_errors


def _skip_done(items: Iterable[Item], done: Counter, summary: Summary) -> Iterator[Item]:
    # a counter, not a set: the same file named twice is two inputs
    for item in items:
        key = source_key(item.source)
        if done.get(key):
            done[key] -= 1
            summary.skipped += 1
            continue
        yield item


def _choose_engine(options: RunOptions, items: Iterator[Item]):
    if options.engine == "dask":
        from pipeline.runner.dask import DaskEngine

        parts = options.parts_dir
        if parts is None and options.output not in (None, "-"):
            parts = re.sub(r"(\.jsonl)?$", ".parts", options.output, count=1)
        return DaskEngine(options.scheduler, options.workers, options.partition_size, parts), items
    if options.engine != "local":
        raise UsageError(f"unknown engine {options.engine!r} (local or dask)")
    from pipeline.runner.local import LocalEngine

    if options.workers <= 1:
        return LocalEngine(), items
    # a handful of inputs is done sooner by one pipeline here than by starting N workers
    head = [item for _, item in zip(range(options.chunk_size + 1), items)]
    rest = _chain(head, items)
    if len(head) <= options.chunk_size:
        return LocalEngine(), rest
    from pipeline.runner.pool import PoolEngine

    return PoolEngine(options.workers, options.chunk_size), rest


def _chain(head: list, tail: Iterator) -> Iterator:
    yield from head
    yield from tail


class _Progress:
    """A rich progress line on stderr: articles, articles/s, errors. Quiet unless stderr is a
    terminal (or `enabled` says otherwise)."""

    def __init__(self, enabled: Optional[bool]):
        if enabled is None:
            enabled = sys.stderr.isatty()
        self._progress = None
        if not enabled:
            return
        from rich.console import Console
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self._started = time.perf_counter()
        self._progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.completed} articles"),
            TextColumn("{task.fields[rate]:.1f} articles/s"),
            TextColumn("{task.fields[errors]} errors"),
            TimeElapsedColumn(),
            console=Console(stderr=True),
        )
        self._task = self._progress.add_task("extract", total=None, rate=0.0, errors=0)
        self._progress.start()

    def advance(self, summary: Summary) -> None:
        if self._progress is None:
            return
        elapsed = time.perf_counter() - self._started
        self._progress.update(self._task, advance=1, rate=summary.inputs / elapsed if elapsed else 0.0,
                              errors=summary.errors)

    def close(self) -> None:
        if self._progress is not None:
            self._progress.stop()

