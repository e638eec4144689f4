"""Which library reads saved news pages: trafilatura or selectolax? (`make bench-html`)

Runs both on the page fixtures in tests/io/pages (expected text in expected.json) and reports,
per library: share of the article's paragraphs found, page furniture let through, title, date and
author found, milliseconds per page and import time. selectolax is only a fast HTML parser, so its
reader here is the usual hand-made recipe (drop script/nav/header/footer/aside, take <article> or
the block with the most paragraph text, metadata from meta tags and JSON-LD); trafilatura brings
its own main-text and metadata extraction.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

PAGES = Path(__file__).resolve().parent.parent / "tests" / "io" / "pages"


def with_trafilatura(data: bytes) -> dict:
    import trafilatura

    doc = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False, include_tables=True)
    return {"text": doc.text or "", "title": doc.title, "date": doc.date, "author": doc.author}


def with_selectolax(data: bytes) -> dict:
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    tree = HTMLParser(data)
    meta = {}
    for node in tree.css("meta"):
        key = node.attributes.get("property") or node.attributes.get("name")
        if key and node.attributes.get("content"):
            meta[key] = node.attributes["content"]
    ld = {}
    for node in tree.css('script[type="application/ld+json"]'):
        try:
            ld = json.loads(node.text())
        except ValueError:
            pass
    tree.strip_tags(["script", "style", "nav", "header", "footer", "aside", "form", "noscript"])
    candidates = tree.css("article") or []
    if not candidates:
        blocks = tree.css("div")
        candidates = sorted(blocks, key=lambda n: sum(len(c.text(deep=False).strip()) for c in n.iter()), reverse=True)[:1]
    node = candidates[0] if candidates else tree.body
    text = "\n".join(t for t in (c.text(separator=" ").strip() for c in node.css("p, div, h1, h2, figcaption")) if t)
    h1 = tree.css_first("h1")
    author = ld.get("author", {}).get("name") if isinstance(ld.get("author"), dict) else None
    return {
        "text": text,
        "title": meta.get("og:title") or ld.get("headline") or (h1.text().strip() if h1 else None),
        "date": (meta.get("article:published_time") or ld.get("datePublished") or "")[:10] or None,
        "author": meta.get("author") or author,
    }


def score(result: dict, want: dict) -> dict:
    found = sum(1 for p in want["paragraphs"] if p in result["text"])
    noise = sum(1 for n in want["noise"] if n in result["text"])
    return {
        "paragraphs": f"{found}/{len(want['paragraphs'])}",
        "noise": f"{noise}/{len(want['noise'])}",
        "title": result["title"] == want["title"] or (result["title"] or "").startswith(want["title"]),
        "date": result["date"] == want["published"],
        "author": bool(result["author"]) and want["author"] in result["author"],
    }


def import_seconds(module: str) -> float:
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    return float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)


def main() -> None:
    expected = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
    for name, module, extract in (("trafilatura", "trafilatura", with_trafilatura),
                                  ("selectolax", "selectolax.lexbor", with_selectolax)):
        print(f"## {name} (import {import_seconds(module):.2f} s)")
        for page, want in expected.items():
            data = (PAGES / page).read_bytes()
            extract(data)  # warm up
            times = []
            for _ in range(20):
                t = time.perf_counter()
                result = extract(data)
                times.append(time.perf_counter() - t)
            print(f"  {page}: {score(result, want)}, {statistics.median(times) * 1000:.1f} ms/page")


if __name__ == "__main__":
    main()
