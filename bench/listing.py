"""Listing pages: per-field accuracy and parse time over the expected-data fixtures.

    python bench/listing.py [DIR ...] [--rounds 5]

DIR holds NAME.html + NAME.py pairs (the format of tests/data/html_archive/; default: that
folder and its heldout/). Prints one JSON line per page and one for all of them: links
precision/recall, titles, dates (to the minute) and authors right among the expected
entries, summaries free of "read more", and the median parse time of a cold and of a warm
pass (dateparser loads a language's data on first use, then answers from its cache). Pages
whose expected module has no "author" key do not count for authors.
"""

from __future__ import annotations

import argparse
import json
import runpy
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from aggregator.exceptions import ParseError  # noqa: E402
from aggregator.parse import parse_document  # noqa: E402

READ_MORE = ("read more", "continue reading", "lire la suite", "weiterlesen", "leer más")


def measure(html: Path, rounds: int) -> dict[str, Any]:
    exp = runpy.run_path(str(html.with_suffix(".py")))
    body = html.read_bytes()

    def parse() -> Any:
        return parse_document(
            body, url=exp["url"], source_type="html", timezone=exp["timezone"], now=exp["now"]
        )

    times = []
    try:
        for _ in range(rounds):
            start = time.perf_counter()
            result = parse()
            times.append(time.perf_counter() - start)
        entries = result.entries
    except ParseError:
        entries = ()
    want = exp.get("entries", [])
    got = {e.link: e for e in entries}
    hits = [(w, got[w["link"]]) for w in want if w["link"] in got]
    with_author = [(w, g) for w, g in hits if "author" in w]
    return {
        "bench": "listing-page",
        "page": html.stem,
        "expected": len(want),
        "found": len(entries),
        "link_hits": len(hits),
        "titles": sum(g.title == w["title"] for w, g in hits),
        "dates": sum(
            (
                g.published is not None
                and w.get("published") is not None
                and g.published.replace(second=0, microsecond=0)
                == w["published"].replace(second=0, microsecond=0)
            )
            or (g.published is None and w.get("published") is None)
            for w, g in hits
        ),
        "authors": sum(g.author == w["author"] for w, g in with_author),
        "author_expected": len(with_author),
        "clean_summaries": sum(
            not any(r in (g.summary or "").casefold() for r in READ_MORE) for _, g in hits
        ),
        "cold_ms": round(times[0] * 1000, 1) if times else None,
        "warm_ms": round(statistics.median(times[1:]) * 1000, 1) if len(times) > 1 else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "dirs",
        nargs="*",
        type=Path,
        default=[ROOT / "tests/data/html_archive", ROOT / "tests/data/html_archive/heldout"],
    )
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    pages = [p for d in args.dirs for p in sorted(d.glob("*.html")) if p.with_suffix(".py").exists()]
    rows = [measure(p, args.rounds) for p in pages]
    for row in rows:
        print(json.dumps(row), flush=True)
    total = {
        k: sum(r[k] for r in rows)
        for k in (
            "expected",
            "found",
            "link_hits",
            "titles",
            "dates",
            "authors",
            "author_expected",
            "clean_summaries",
        )
    }
    n = max(total["link_hits"], 1)
    print(
        json.dumps(
            {
                "bench": "listing",
                "pages": len(rows),
                "links_precision": round(total["link_hits"] / max(total["found"], 1), 3),
                "links_recall": round(total["link_hits"] / max(total["expected"], 1), 3),
                "titles": round(total["titles"] / n, 3),
                "dates": round(total["dates"] / n, 3),
                "authors": round(total["authors"] / max(total["author_expected"], 1), 3),
                "clean_summaries": round(total["clean_summaries"] / n, 3),
                "cold_ms_total": round(sum(r["cold_ms"] or 0 for r in rows), 1),
                "warm_ms_median": statistics.median([r["warm_ms"] for r in rows if r["warm_ms"]] or [0]),
            }
        )
    )


if __name__ == "__main__":
    main()
