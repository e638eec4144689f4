"""`vnie extract` as a user runs it: the progress line, the summary, the exit status."""

import json
import subprocess
import sys

from runner_helpers import seed_variants

VNIE = [sys.executable, "-m", "pipeline.cli", "extract"]


def test_progress_only_when_asked_or_on_a_terminal_and_exit_status(tmp_path):
    for i, text in enumerate(seed_variants(3)):
        (tmp_path / f"{i}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out.jsonl"

    quiet = subprocess.run(VNIE + [str(tmp_path), "-o", str(out), "--summary", str(tmp_path / "s.json")],
                           capture_output=True, text=True, timeout=120)
    assert quiet.returncode == 0, quiet.stderr
    assert quiet.stderr.strip().splitlines() == [quiet.stderr.strip()]  # stderr is no terminal: the summary alone
    assert quiet.stderr.startswith("vnie extract: 3 inputs, 3 records, 0 errors")
    summary = json.loads((tmp_path / "s.json").read_text())
    assert (summary["inputs"], summary["records"], summary["errors"]) == (3, 3, 0) and summary["articles_per_s"] > 0

    (tmp_path / "bad.txt").write_bytes(b"")
    shown = subprocess.run(VNIE + [str(tmp_path), "-o", str(out), "--progress"], capture_output=True, text=True,
                           timeout=120)
    assert shown.returncode == 1  # an input failed
    assert "articles/s" in shown.stderr.split("vnie extract:")[0]  # the progress line came first
    assert "1 errors" in shown.stderr
    assert json.loads((tmp_path / "out.errors.jsonl").read_text())["source"]["path"].endswith("bad.txt")

    usage = subprocess.run(VNIE + [str(tmp_path), "--resume"], capture_output=True, text=True, timeout=120)
    assert usage.returncode == 2 and "--resume needs an output file" in usage.stderr
