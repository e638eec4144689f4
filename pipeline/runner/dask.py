"""The Dask engine: the same job on a Dask distributed cluster.

The client (this process) frames the inputs and sends them to the cluster in partitions; each
worker process loads the pipeline the first time it meets the job (`work.process_partition`)
and keeps it. At most ``2 × workers`` partitions are in flight, and results come back in input
order. Every finished partition is also written as a part file, ``part-<run>-<n>.jsonl``
(records) and ``part-<run>-<n>.errors.jsonl`` (failures), beside the merged output; ``<run>``
counts the runs into the same folder, so a resumed run adds parts and overwrites none.

Without a scheduler address a `distributed.LocalCluster` is started with one single-threaded
worker process per requested worker.
"""

from __future__ import annotations

from collections import deque
from pathlib import Path
from typing import Iterable, Iterator, Optional

from pipeline.io.sources import error
from pipeline.io.writers import JsonlWriter, Serialized, dumps
from pipeline.runner.pool import WorkerCrashed
from pipeline.runner.work import Item, Job, Result, WorkerStats, process_partition


class DaskEngine:
    name = "dask"

    def __init__(self, scheduler: Optional[str] = None, workers: int = 2, partition_size: int = 64,
                 parts_dir: Optional[str] = None):
        self.scheduler = scheduler
        self.workers = workers
        self.partition_size = partition_size
        self.parts_dir = Path(parts_dir) if parts_dir else None
        self.worker_stats: dict[int, WorkerStats] = {}
        self._run_number = 1

    def map(self, job: Job, items: Iterable[Item]) -> Iterator[Result]:
        from distributed import Client, LocalCluster

        cluster = None
        if self.scheduler:
            client = Client(self.scheduler)
        else:
            cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None)
            client = Client(cluster)
        if self.parts_dir:
            self.parts_dir.mkdir(parents=True, exist_ok=True)
            earlier = [int(p.name.split("-")[1]) for p in self.parts_dir.glob("part-*-*.jsonl")]
            self._run_number = max(earlier, default=0) + 1
        try:
            yield from self._run(client, job, iter(items))
        finally:
            client.close()
            if cluster is not None:
                cluster.close()

    def _run(self, client, job: Job, items: Iterator[Item]) -> Iterator[Result]:
        window = 2 * max(self.workers, len(client.scheduler_info().get("workers", {})) or 1)
        in_flight: deque = deque()
        number = 0
        job_future = client.scatter(job, broadcast=True)
        while True:
            while len(in_flight) < window:
                partition = [item for _, item in zip(range(self.partition_size), items)]
                if not partition:
                    break
                future = client.submit(process_partition, job_future, partition, pure=False)
                in_flight.append((number, partition, future))
                number += 1
            if not in_flight:
                return
            number_done, partition, future = in_flight.popleft()
            try:
                results = self._collect(future.result())
            except Exception:  # noqa: BLE001 — a lost worker (KilledWorker …): find the input that did it
                results = [self._isolated(client, job_future, item) for item in partition]
            if self.parts_dir:
                self._write_part(number_done, results)
            yield from results

    def _collect(self, chunk) -> list[Result]:
        self.worker_stats[chunk.stats.pid] = chunk.stats
        return chunk.results

    def _isolated(self, client, job_future, item: Item) -> Result:
        try:
            return self._collect(client.submit(process_partition, job_future, [item], pure=False).result())[0]
        except Exception as exc:  # noqa: BLE001
            record = error(item.source, WorkerCrashed(f"the Dask task failed on this input: {exc}"))
            return Result(line=dumps(record.model_dump(mode="json")), ok=False)

    def _write_part(self, number: int, results: list[Result]) -> None:
        stem = self.parts_dir / f"part-{self._run_number:03d}-{number:06d}"
        with JsonlWriter(f"{stem}.jsonl") as out:
            for result in results:
                if result.ok:
                    out.write(Serialized(result.line))
        failed = [r for r in results if not r.ok]
        if failed:
            with JsonlWriter(f"{stem}.errors.jsonl") as out:
                for result in failed:
                    out.write(Serialized(result.line))
