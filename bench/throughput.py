"""Throughput of the whole pipeline, end to end, on real articles (`make bench`).

    .venv/bin/python bench/throughput.py [--articles 2000] [--ner-sample 100] [--write BENCHMARKS.md]

On the first N articles of ../shared/external/dantri-unc (sorted by name), in one run:
- cold start: a fresh process importing vnie and loading the pipeline;
- `vnie extract` with 1 and with 2 workers (the CLI, reading the files, writing JSONL): articles/s,
  articles/s per core, the 1 → 2 scaling, peak RSS of each worker;
- underthesea's `ner` on a sample of the same articles, one process: the yardstick;
- a pyinstrument profile of the pipeline on a sample, the functions with the most own time.

With --write, the results replace the block between <!-- bench:throughput --> and
<!-- /bench:throughput --> in that file. Findings written by hand belong outside the block.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DANTRI = ROOT.parent / "shared" / "external" / "dantri-unc"
GOALS = {"per_core": 100.0, "scaling": 1.8, "rss_mb": 400.0, "cold_s": 2.0}
COMMAND = "make bench-throughput  # = .venv/bin/python bench/throughput.py --articles 2000 --ner-sample 100 --write BENCHMARKS.md"


def articles(n: int) -> list[Path]:
    files = sorted(DANTRI.glob("*.txt"))
    if len(files) < n:
        sys.exit(f"need {n} articles in {DANTRI}, found {len(files)}")
    return files[:n]


def cold_start() -> dict:
    code = (
        "import time, json; t0 = time.perf_counter()\n"
        "import pipeline.api; t1 = time.perf_counter()\n"
        "nlp = pipeline.api.load(); t2 = time.perf_counter()\n"
        "pipeline.api.extract('Tiêu đề\\n\\nUBND tỉnh họp phiên thường kỳ tháng 8/2021.', nlp=nlp)\n"
        "t3 = time.perf_counter()\n"
        "print(json.dumps({'import_s': t1 - t0, 'load_s': t2 - t1, 'first_article_s': t3 - t2}))"
    )
    runs = []
    for _ in range(3):
        started = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
        result = json.loads(out.stdout.strip().splitlines()[-1])
        result["process_s"] = time.perf_counter() - started
        runs.append(result)
    return min(runs, key=lambda r: r["process_s"])


def extract_run(files: list[Path], workers: int, workdir: Path) -> dict:
    folder = workdir / "in"
    if not folder.exists():
        folder.mkdir()
        for f in files:
            (folder / f.name).symlink_to(f)
    out, summary = workdir / f"out-{workers}.jsonl", workdir / f"summary-{workers}.json"
    started = time.perf_counter()
    subprocess.run([str(Path(sys.executable).parent / "vnie"), "extract", str(folder), "-o", str(out),
                    "--workers", str(workers), "--summary", str(summary), "-q"], check=False, cwd=ROOT)
    wall = time.perf_counter() - started
    data = json.loads(summary.read_text())
    data["wall_s"] = wall
    return data


def underthesea_ner(files: list[Path]) -> dict:
    from underthesea import ner

    texts = [_body(f) for f in files]
    ner(texts[0])  # load the model outside the clock
    started = time.perf_counter()
    for text in texts:
        for line in text.split("\n"):
            if line.strip():
                ner(line)
    seconds = time.perf_counter() - started
    return {"articles": len(texts), "seconds": seconds, "articles_per_s": len(texts) / seconds}


def _body(path: Path) -> str:
    return "\n".join(line for line in path.read_text(encoding="utf-8").split("\n") if not line.startswith("# "))


def profile(files: list[Path], top: int = 15) -> tuple[float, list[tuple[str, float]]]:
    from pyinstrument import Profiler

    from pipeline.api import extract, load
    from pipeline.io.readers import iter_inputs

    nlp = load()
    items = list(iter_inputs([str(f) for f in files]))
    profiler = Profiler(interval=0.001)
    profiler.start()
    for article in items:
        extract(article, nlp=nlp)
    session = profiler.stop()
    own: dict[str, float] = defaultdict(float)

    def walk(frame, parent: str):
        if frame.is_synthetic:  # pyinstrument's "[self]" leaves: time spent in the parent itself
            own[parent] += frame.time
            return
        name = f"{frame.function} ({_short(frame.file_path)}:{frame.line_no})"
        own[name] += frame.time - sum(child.time for child in frame.children)
        for child in frame.children:
            walk(child, name)

    root = session.root_frame()
    for child in root.children if root is not None else []:  # below the thread's own frame
        walk(child, "?")
    total = session.duration
    return total, sorted(own.items(), key=lambda kv: -kv[1])[:top]


def _short(path: str | None) -> str:
    if not path:
        return "?"
    for marker in ("site-packages/", "/batch/", str(ROOT) + "/"):
        if marker in path:
            return path.split(marker, 1)[1]
    return Path(path).name


def report(args, cold, runs, ner, prof) -> str:
    one, two = runs[1], runs[2]
    rate1 = one["articles_per_s"]
    rate2 = two["articles_per_s"]
    steady1 = one["inputs"] / (one["seconds"] - max(w["load_seconds"] for w in one["workers"]))
    # articles per CPU-second of the workers: what one core does, whatever else runs on the machine
    per_cpu = {n: r["inputs"] / sum(w["cpu_seconds"] for w in r["workers"]) for n, r in runs.items()}
    scaling = rate2 / rate1 if rate1 else 0.0
    rss = max(w["peak_rss_mb"] for r in runs.values() for w in r["workers"])
    ratio = rate1 / ner["articles_per_s"]

    def goal(ok: bool) -> str:
        return "met" if ok else "**missed**"

    load = os.getloadavg()
    total, hot = prof
    lines = [
        f"Run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} on {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}; load average before the run {load[0]:.2f} (other jobs share "
        f"this machine: read the figures as lower bounds).",
        "",
        f"Command: `{COMMAND}`",
        "",
        f"Articles: the first {args.articles} of ../shared/external/dantri-unc (sorted by name), "
        f"{sum(f.stat().st_size for f in articles(args.articles)) / 1e6:.1f} MB; pipeline: "
        f"{', '.join(one.get('components', [])) or 'the bundled config'}.",
        "",
        "| measure | value | goal |",
        "| --- | --- | --- |",
        f"| `vnie extract`, 1 worker | {rate1:.1f} articles/s ({one['inputs']} in {one['seconds']:.1f} s; "
        f"{steady1:.1f}/s after the pipeline load) | ≥ {GOALS['per_core']:.0f}/s per core: {goal(rate1 >= GOALS['per_core'])} |",
        f"| `vnie extract`, 2 workers | {rate2:.1f} articles/s ({rate2 / 2:.1f} per core) | |",
        f"| articles per CPU-second of a worker (1 / 2 workers) | {per_cpu[1]:.1f} / {per_cpu[2]:.1f} | "
        f"≥ {GOALS['per_core']:.0f}: {goal(min(per_cpu.values()) >= GOALS['per_core'])} |",
        f"| scaling 1 → 2 workers | {scaling:.2f}× | ≥ {GOALS['scaling']}×: {goal(scaling >= GOALS['scaling'])} |",
        f"| underthesea `ner`, 1 process | {ner['articles_per_s']:.2f} articles/s ({ner['articles']} articles, "
        f"line by line) | |",
        f"| vnie (1 worker) ÷ underthesea `ner` | {ratio:.1f}× | |",
        f"| peak RSS per worker | {rss:.0f} MB | ≤ {GOALS['rss_mb']:.0f} MB: {goal(rss <= GOALS['rss_mb'])} |",
        f"| cold start (import + load, fresh process) | {cold['import_s'] + cold['load_s']:.2f} s (import "
        f"{cold['import_s']:.2f} s, load {cold['load_s']:.2f} s, first article {cold['first_article_s'] * 1000:.0f} ms) "
        f"| ≤ {GOALS['cold_s']:.0f} s: {goal(cold['import_s'] + cold['load_s'] <= GOALS['cold_s'])} |",
        "",
        "Workers: " + "; ".join(
            f"{n} worker{'s' if n > 1 else ''}: " + ", ".join(
                f"{w['articles']} articles, {w['cpu_seconds']:.0f} CPU-s, {w['peak_rss_mb']:.0f} MB, "
                f"load {w['load_seconds']:.1f} s" for w in r["workers"])
            for n, r in runs.items()),
        "",
        f"Profile (pyinstrument, {args.profile_sample} articles, {total:.1f} s, one process): own time by function",
        "",
        "| function | own time | share |",
        "| --- | --- | --- |",
    ]
    lines += [f"| `{name}` | {seconds:.2f} s | {seconds / total:.0%} |" for name, seconds in hot]
    return "\n".join(lines)


def write_block(path: Path, block: str) -> None:
    start, end = "<!-- bench:throughput -->", "<!-- /bench:throughput -->"
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    new = f"{start}\n{block}\n{end}"
    if start in text and end in text:
        text = re.sub(re.escape(start) + r".*?" + re.escape(end), lambda _: new, text, flags=re.DOTALL)
    else:
        text = text.rstrip("\n") + f"\n\n## Throughput\n\n{new}\n"
    path.write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--ner-sample", type=int, default=100)
    parser.add_argument("--profile-sample", type=int, default=200)
    parser.add_argument("--write", default=None, metavar="BENCHMARKS.md")
    args = parser.parse_args()
    files = articles(args.articles)
    print("cold start …", file=sys.stderr)
    cold = cold_start()
    runs = {}
    with tempfile.TemporaryDirectory() as tmp:
        for workers in (1, 2):
            print(f"vnie extract, {workers} worker(s) …", file=sys.stderr)
            runs[workers] = extract_run(files, workers, Path(tmp))
        # the first records say which components ran
        first = (Path(tmp) / "out-1.jsonl").open(encoding="utf-8").readline()
        runs[1]["components"] = json.loads(first)["pipeline"]["components"] if first else []
    print("underthesea ner …", file=sys.stderr)
    ner = underthesea_ner(files[: args.ner_sample])
    print("profile …", file=sys.stderr)
    prof = profile(files[: args.profile_sample])
    block = report(args, cold, runs, ner, prof)
    print(block)
    if args.write:
        write_block(Path(args.write), block)


if __name__ == "__main__":
    main()
