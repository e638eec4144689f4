"""The sequential engine: the pipeline in this process, one input after the other."""

from __future__ import annotations

from typing import Iterable, Iterator

from pipeline.runner.work import Item, Job, Result, Worker, WorkerStats


class LocalEngine:
    name = "local"

    def __init__(self):
        self.worker_stats: dict[int, WorkerStats] = {}

    def map(self, job: Job, items: Iterable[Item]) -> Iterator[Result]:
        worker = Worker(job)
        for item in items:
            yield worker.process(item)
            worker.update_stats()
            self.worker_stats[worker.stats.pid] = worker.stats
