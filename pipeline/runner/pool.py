"""The process-pool engine: N worker processes, the pipeline loaded once in each.

Inputs are cut into chunks and at most ``2 × workers`` chunks are in flight, so memory stays flat
however long the input stream; results come back in input order. Workers are started from a
forkserver that has imported the pipeline's modules once, so a worker's cold start is only the
pipeline's load. A worker that dies (a crash in native code, the OOM killer) breaks the pool:
the pool is restarted, the chunks in flight are rerun one input at a time, and the input that
kills a worker again becomes an error record.
"""

from __future__ import annotations

import itertools
import multiprocessing
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Callable, Iterable, Iterator, Optional

from pipeline.io.sources import error
from pipeline.io.writers import dumps
from pipeline.runner.work import ChunkResult, Item, Job, Result, WorkerStats, init_worker, process_chunk
from pipeline.schema import Source

# Modules the forkserver imports once, so that forked workers start with them loaded.
PRELOAD = ["pipeline.runner.work", "pipeline.api", "pipeline.stages", "pipeline.io.parse"]


class WorkerCrashed(RuntimeError):
    pass


class PoolEngine:
    name = "pool"

    def __init__(self, workers: int, chunk_size: int = 16, max_restarts: int = 20,
                 task: Callable[[list[Item]], ChunkResult] = process_chunk, start_method: str = "forkserver"):
        self.workers = workers
        self.chunk_size = chunk_size
        self.max_restarts = max_restarts
        self.task = task
        self.start_method = start_method
        self.worker_stats: dict[int, WorkerStats] = {}
        self._executor: Optional[ProcessPoolExecutor] = None
        self._restarts = 0

    def map(self, job: Job, items: Iterable[Item]) -> Iterator[Result]:
        chunks = _chunked(iter(items), self.chunk_size)
        in_flight: deque[tuple[list[Item], Future]] = deque()
        self._start(job)
        try:
            while True:
                while len(in_flight) < 2 * self.workers:
                    chunk = next(chunks, None)
                    if chunk is None:
                        break
                    in_flight.append((chunk, self._submit(job, chunk)))
                if not in_flight:
                    return
                chunk, future = in_flight.popleft()
                try:
                    yield from self._collect(future.result())
                except BrokenProcessPool:
                    # every future in flight is lost with the pool: rerun them one input at a time
                    pending = [chunk] + [c for c, _ in in_flight]
                    in_flight.clear()
                    self._restart(job)
                    for item in itertools.chain.from_iterable(pending):
                        yield self._isolated(job, item)
        finally:
            self._shutdown()

    # -- internals ---------------------------------------------------------------------
    def _start(self, job: Job) -> None:
        context = multiprocessing.get_context(self.start_method)
        if self.start_method == "forkserver":
            context.set_forkserver_preload(PRELOAD)
        self._executor = ProcessPoolExecutor(self.workers, mp_context=context, initializer=init_worker,
                                             initargs=(job,))

    def _submit(self, job: Job, chunk: list[Item]) -> Future:
        try:
            return self._executor.submit(self.task, chunk)
        except BrokenProcessPool:
            self._restart(job)
            return self._executor.submit(self.task, chunk)

    def _restart(self, job: Job) -> None:
        self._restarts += 1
        if self._restarts > self.max_restarts:
            raise WorkerCrashed(f"worker processes died {self._restarts} times; giving up")
        self._shutdown()
        self._start(job)

    def _shutdown(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def _isolated(self, job: Job, item: Item) -> Result:
        try:
            return next(self._collect(self._submit(job, [item]).result()))
        except BrokenProcessPool:
            self._restart(job)
            source = item.source if item.source is not None else Source()
            record = error(source, WorkerCrashed("the worker process died while processing this input "
                                                 "(a crash in native code, or out of memory)"))
            return Result(line=dumps(record.model_dump(mode="json")), ok=False)

    def _collect(self, chunk: ChunkResult) -> Iterator[Result]:
        self.worker_stats[chunk.stats.pid] = chunk.stats
        return iter(chunk.results)


def _chunked(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    while True:
        chunk = list(itertools.islice(items, size))
        if not chunk:
            return
        yield chunk



