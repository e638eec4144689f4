"""Every engine gives the same records, in input order, as the sequential run."""

import os

import pytest
from runner_helpers import read_jsonl, seed_variants
from crashers import crash_on_marker

from pipeline.runner import Job, RunOptions, run
from pipeline.runner.pool import PoolEngine
from pipeline.io.sources import iter_raw


@pytest.fixture
def local_run(article_dir, tmp_path):
    out = tmp_path / "local.jsonl"
    summary = run([str(article_dir)], RunOptions(output=str(out), workers=1, progress=False))
    return out, summary


def test_local_run_answers_every_input_once(local_run, article_dir):
    out, summary = local_run
    records = read_jsonl(out)
    errors = read_jsonl(str(out).replace(".jsonl", ".errors.jsonl"))
    assert summary.inputs == 40 + 7 + 1 == len(records) + len(errors)
    assert (summary.records, summary.errors) == (len(records), len(errors)) == (46, 2)
    assert [r["source"]["path"] for r in records[:3]] == [str(article_dir / f"a00{i}.txt") for i in range(3)]
    assert {e["error_type"] for e in errors} == {"InputError"}
    assert summary.failed


@pytest.mark.slow
def test_process_pool_equals_sequential(local_run, article_dir, tmp_path):
    out, _ = local_run
    pooled = tmp_path / "pool.jsonl"
    summary = run([str(article_dir)], RunOptions(output=str(pooled), workers=2, chunk_size=4, progress=False))
    assert summary.engine == "pool of 2"
    assert pooled.read_bytes() == out.read_bytes()
    assert (tmp_path / "pool.errors.jsonl").read_bytes() == (tmp_path / "local.errors.jsonl").read_bytes()
    assert len(summary.workers) == 2 and all(w["articles"] > 0 for w in summary.workers)


@pytest.mark.slow
def test_dask_cluster_equals_sequential(local_run, article_dir, tmp_path):
    distributed = pytest.importorskip("distributed")
    out, _ = local_run
    merged = tmp_path / "dask.jsonl"
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        summary = run([str(article_dir)], RunOptions(output=str(merged), engine="dask", scheduler=cluster.scheduler_address,
                                                     workers=2, partition_size=8, progress=False))
    assert merged.read_bytes() == out.read_bytes()
    assert (tmp_path / "dask.errors.jsonl").read_bytes() == (tmp_path / "local.errors.jsonl").read_bytes()
    parts = sorted((tmp_path / "dask.parts").glob("part-*.jsonl"))
    part_records = [r for p in parts if not p.name.endswith(".errors.jsonl") for r in read_jsonl(p)]
    assert part_records == read_jsonl(merged)
    assert summary.records == 46


def test_identical_articles_share_an_id_and_dedup_drops_repeats(tmp_path):
    text = seed_variants(1)[0]
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(text if name != "b.txt" else seed_variants(2)[1], encoding="utf-8")
    all_out, dedup_out = tmp_path / "all.jsonl", tmp_path / "dedup.jsonl"
    run([str(tmp_path / "*.txt")], RunOptions(output=str(all_out), workers=1, progress=False))
    summary = run([str(tmp_path / "*.txt")], RunOptions(output=str(dedup_out), workers=1, dedup=True, progress=False))
    ids = [r["id"] for r in read_jsonl(all_out)]
    assert ids[0] == ids[2] != ids[1]
    assert [r["source"]["path"] for r in read_jsonl(dedup_out)] == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    assert summary.duplicates == 1


@pytest.mark.slow
def test_a_worker_that_dies_costs_one_error_record(tmp_path):
    for i, text in enumerate(seed_variants(12)):
        (tmp_path / f"{i:02d}.txt").write_text(text + ("CRASH\n" if i == 5 else ""), encoding="utf-8")
    engine = PoolEngine(workers=2, chunk_size=3, task=crash_on_marker)
    results = list(engine.map(Job(), iter_raw([str(tmp_path)])))
    assert len(results) == 12
    assert [r.ok for r in results] == [i != 5 for i in range(12)]
    assert "WorkerCrashed" in results[5].line and os.fspath(tmp_path / "05.txt") in results[5].line
