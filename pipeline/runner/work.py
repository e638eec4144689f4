"""What a worker does with one input: parse it, run the pipeline, serialize the record.

Shared by every engine. A worker loads the pipeline once (`Worker`), then turns each item into a
`Result` — a record line, or an error line for an input that could not be read, tripped a regex
timeout, ran past the per-article wall-clock limit, or broke a stage. Nothing an article does
escapes as an exception: one bad article never stops a batch.
"""

from __future__ import annotations

import hashlib
import os
import resource
import signal
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Optional, Union

from pipeline.io.sources import RawInput, error
from pipeline.io.writers import dumps
from pipeline.schema import ErrorRecord, PipelineInfo

Item = Union[RawInput, ErrorRecord]


@dataclass(frozen=True)
class Job:
    """How to build the pipeline, and the per-article limits; sent once to every worker."""

    config: Optional[str] = None
    disable: tuple[str, ...] = ()
    overrides: tuple[tuple[str, object], ...] = ()
    article_timeout_s: Optional[float] = 120.0


@dataclass
class Result:
    line: str  # the JSON line to write
    ok: bool  # a record (True) or an error record (False)
    text_hash: Optional[str] = None  # of the article's text, for --dedup
    meetings: int = 0
    officials: int = 0


@dataclass
class WorkerStats:
    pid: int
    articles: int = 0
    peak_rss_mb: float = 0.0
    load_seconds: float = 0.0
    cpu_seconds: float = 0.0  # CPU time spent on articles, after the load: contention does not inflate it


@dataclass
class ChunkResult:
    results: list[Result]
    stats: WorkerStats = field(default_factory=lambda: WorkerStats(os.getpid()))


class ArticleTimeout(TimeoutError):
    """The article ran past the per-article wall-clock limit."""


class Worker:
    """One loaded pipeline."""

    def __init__(self, job: Job):
        import time

        from pipeline import __version__
        from pipeline.api import load

        started = time.perf_counter()
        self.job = job
        self.nlp = load(job.config, disable=job.disable, overrides=dict(job.overrides))
        self.info = PipelineInfo(version=__version__, components=list(self.nlp.pipe_names))
        self.stats = WorkerStats(os.getpid(), load_seconds=time.perf_counter() - started)
        self._cpu_at_load = cpu_seconds()

    def process(self, item: Item) -> Result:
        from pipeline.api import extract
        from pipeline.io.parse import parse

        if isinstance(item, ErrorRecord):
            return self._failed(item)
        self.stats.articles += 1
        try:
            with deadline(self.job.article_timeout_s):
                article = parse(item)
                record = extract(article, nlp=self.nlp)
                line = dumps(record.model_dump(mode="json"))
        except Exception as exc:  # noqa: BLE001 — whatever an article does, the batch goes on
            return self._failed(error(item.source, exc))
        return Result(
            line=line,
            ok=True,
            text_hash=text_hash(article.text),
            meetings=len(record.meetings),
            officials=len(record.officials),
        )

    def process_chunk(self, items: list[Item]) -> ChunkResult:
        results = [self.process(item) for item in items]
        self.update_stats()
        return ChunkResult(results, WorkerStats(**vars(self.stats)))

    def update_stats(self) -> None:
        self.stats.peak_rss_mb = peak_rss_mb()
        self.stats.cpu_seconds = cpu_seconds() - self._cpu_at_load

    def _failed(self, record: ErrorRecord) -> Result:
        if record.pipeline is None:
            record = record.model_copy(update={"pipeline": self.info})
        return Result(line=dumps(record.model_dump(mode="json")), ok=False)


def text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def peak_rss_mb() -> float:
    # ru_maxrss is in KiB on Linux
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@contextmanager
def deadline(seconds: Optional[float]):
    """Raise `ArticleTimeout` in the block after `seconds` of wall-clock time.

    Uses SIGALRM, so it works where signals can be delivered — the main thread of a process
    (the sequential engine and the process pool). In other threads (Dask runs tasks in a thread
    pool) it does nothing, and the regex timeouts of every rule remain the guard. The alarm
    fires between Python bytecodes: a single call into native code finishes first."""
    if not seconds or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def on_alarm(signum, frame):
        raise ArticleTimeout(f"the article took longer than {seconds:g} s (--article-timeout)")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# ---------------------------------------------------------------------------
# Process-wide worker, for engines that run in other processes

_WORKER: Optional[Worker] = None
_WORKER_JOB: Optional[Job] = None
_LOCK = threading.Lock()


def init_worker(job: Job) -> None:
    """Process-pool initializer: load the pipeline once per worker process."""
    global _WORKER, _WORKER_JOB
    _WORKER, _WORKER_JOB = Worker(job), job


def process_chunk(items: list[Item]) -> ChunkResult:
    """Process-pool task: the pipeline is the one `init_worker` loaded."""
    assert _WORKER is not None, "init_worker was not called in this process"
    return _WORKER.process_chunk(items)


def process_partition(job: Job, items: list[Item]) -> ChunkResult:
    """Dask task: load the pipeline the first time this worker process sees the job."""
    global _WORKER, _WORKER_JOB
    with _LOCK:
        if _WORKER is None or _WORKER_JOB != job:
            _WORKER, _WORKER_JOB = Worker(job), job
        return _WORKER.process_chunk(items)
