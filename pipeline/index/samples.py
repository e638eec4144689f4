"""Real articles for benchmarks and tests: the dantri.com.vn collection in
``../shared/external/dantri-unc`` (header lines ``# doc_id = …``, ``# url = …``,
``# date = YYYYMMDD``, then the title and one paragraph a line). Read from there, never copied."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterator, Optional

from pipeline.read import Article

# beside the checkout, as laid out for development and CI; VNIE_DANTRI points elsewhere
DANTRI = Path(os.environ.get("VNIE_DANTRI") or Path(__file__).resolve().parents[2].parent / "shared" / "external" / "dantri-unc")


def dantri_files(folder: Path = DANTRI, limit: Optional[int] = None, spread: bool = True) -> list[Path]:
    """Article files, sorted; with `spread`, `limit` files taken evenly from every section
    (business, education, …) rather than the first section only."""
    files = sorted(folder.glob("news_*.txt"))
    if limit is None or limit >= len(files):
        return files
    if not spread:
        return files[:limit]
    step = len(files) / limit
    return [files[int(i * step)] for i in range(limit)]


def dantri_article(path: Path) -> Article:
    lines = path.read_text(encoding="utf-8").split("\n")
    meta: dict[str, str] = {}
    while lines and lines[0].startswith("# ") and " = " in lines[0]:
        key, _, value = lines.pop(0)[2:].partition(" = ")
        meta[key.strip()] = value.strip()
    day = meta.get("date", "")
    published = f"{day[:4]}-{day[4:6]}-{day[6:8]}" if len(day) == 8 and day.isdigit() else None
    return Article.from_raw(
        "\n".join(lines), id=meta.get("doc_id") or path.stem, url=meta.get("url"), published=published,
        path=str(path), title_in_text=True,
    )


def dantri_articles(folder: Path = DANTRI, limit: Optional[int] = None) -> Iterator[Article]:
    for path in dantri_files(folder, limit):
        yield dantri_article(path)
