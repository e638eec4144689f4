"""kill -9 in the middle of a run, then --resume: every input answered exactly once."""

import os
import signal
import subprocess
import sys
import time

import pytest
from runner_helpers import read_jsonl, seed_variants

from pipeline.io.writers import JsonlWriter, repair_tail

VNIE = [sys.executable, "-m", "pipeline.cli"]


def test_repair_tail_cuts_only_a_torn_line(tmp_path):
    path = tmp_path / "x.jsonl"
    with JsonlWriter(str(path)) as out:
        out.write({"a": 1})
        out.write({"b": "ủy"})
    whole = path.read_bytes()
    assert repair_tail(str(path)) == 0 and path.read_bytes() == whole
    with path.open("ab") as fh:
        fh.write('{"c": "bị cắ'.encode())
    assert repair_tail(str(path)) == len('{"c": "bị cắ'.encode())
    assert path.read_bytes() == whole
    assert repair_tail(str(tmp_path / "missing.jsonl")) == 0


@pytest.mark.slow
def test_kill_9_then_resume_answers_every_input_once(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i, text in enumerate(seed_variants(80)):
        (folder / f"{i:03d}.txt").write_text(text, encoding="utf-8")
    (folder / "zz-empty.txt").write_bytes(b"")  # one error record too
    out = tmp_path / "out.jsonl"
    args = VNIE + ["extract", str(folder), "-o", str(out), "--workers", "2", "--chunk-size", "2", "-q"]

    job = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and job.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= 8:
            break
        time.sleep(0.05)
    assert job.poll() is None, "the run ended before it could be killed: " + job.stderr.read().decode()
    os.killpg(job.pid, signal.SIGKILL)  # the whole job: main process, forkserver and workers
    job.wait()
    job.stderr.close()
    done_before = out.read_bytes().count(b"\n")
    assert 8 <= done_before < 80
    with out.open("ab") as fh:  # as if the kill had landed in the middle of a write
        fh.write(b'{"id": "torn", "text": "bi c')

    resumed = subprocess.run(args + ["--resume", "--summary", str(tmp_path / "summary.json")],
                             capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 1, resumed.stderr  # the empty file failed (in the first run or this one)
    records = read_jsonl(out)
    errors = read_jsonl(tmp_path / "out.errors.jsonl")
    paths = [r["source"]["path"] for r in records]
    assert paths == [str(folder / f"{i:03d}.txt") for i in range(80)]  # all, once, in input order
    assert [e["source"]["path"] for e in errors] == [str(folder / "zz-empty.txt")]
    assert "skipped" in resumed.stderr

    clean = tmp_path / "clean.jsonl"
    subprocess.run(VNIE + ["extract", str(folder), "-o", str(clean), "--workers", "1", "-q"],
                   capture_output=True, timeout=300)
    assert out.read_bytes() == clean.read_bytes()
