"""Batch runs: the same job on one of three engines, results always in input order.

- `local.LocalEngine`: sequential, in this process;
- `pool.PoolEngine`: a process pool, the pipeline loaded once per worker, inputs in chunks;
- `dask.DaskEngine`: a Dask distributed cluster (or a local one), inputs in partitions.

`run.run(inputs, options)` reads the inputs, feeds an engine, writes records and error records,
handles ``--dedup`` and ``--resume`` and returns a `Summary`. Stages never import this package.
"""

from pipeline.runner.run import RunOptions, Summary, UsageError, default_workers, run
from pipeline.runner.work import Job

__all__ = ["Job", "RunOptions", "Summary", "UsageError", "default_workers", "run"]
