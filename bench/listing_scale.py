"""Listing pages at scale: the CPU a listing page's parse takes as its number of cards grows.

    python bench/listing_scale.py [--sizes 250,1000,4000] [--layouts flat,nested,...]
                                  [--rounds 1] [--page FILE ...] [--no-real]

Writes synthetic listing pages of growing size in a few layouts (one flat list of
<article> teasers; a <ul> of <li> cards with nested <div>s; many sections of a few
teasers each; cards with a kicker, a byline and a label; cards deep in wrappers; a weblog
archive's entries dated in a text line beside their byline, beside a tag cloud with counts), each
with a menu, a "Most read" box and a footer around the list, and reads each through
``parse_document`` with the parse CPU budget lifted (an outer ``within_budget`` of an hour:
the inner call runs under it), so that the real cost shows rather than the refusal at
``CPU_SECONDS``. Then reads the largest real listing pages of the corpus the same way.

Prints one JSON line per page: its layout and cards, its size, the entries found, the CPU
seconds of the parse (least of ``--rounds``; the thread's own clock) and, from the second
size of a layout on, the growth exponent against the previous size (CPU ~ cards ** k: 1 is
linear, 2 quadratic); then one line per layout with the exponent over all its sizes
(least squares on the logarithms). A page whose parse would have been refused by the
budget says so (``over_budget``).
"""

from __future__ import annotations

import argparse
import json
import math
import runpy
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from aggregator.exceptions import ParseError  # noqa: E402
from aggregator.parse import parse_document  # noqa: E402
from aggregator.parse._budget import CPU_SECONDS, within_budget  # noqa: E402

NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)
URL = "https://news.example.org/archive/"
#: The corpus's largest listing pages (kept outside the repository, tests/data/get_pages.py).
REAL_PAGES = ("welt_front_de", "wired_front_us", "juejin_frontend_zh", "spiegel_front_de")
PAGES_DIR_CANDIDATES = (
    ROOT.parent / "corpus-pages" / "listing-pages" / "dev",
    Path("/work/corpus-pages/listing-pages/dev"),
)
EXPECTED = ROOT / "tests" / "data" / "listing_corpus" / "dev"
#: A lifted budget: an hour of CPU.
LIFTED_SECONDS = 3600.0

_PROSE = """council votes on new harbour plan after long debate over costs and jobs river bridge
opens to traffic school results rise again city hall budget talks stall museum reopens with
modern wing storm damage repairs begin across the northern districts"""
WORDS = _PROSE.split()


def _headline(i: int) -> str:
    return " ".join(WORDS[(i * 7 + k * 3) % len(WORDS)] for k in range(6)).capitalize() + f" {i}"


def _excerpt(i: int) -> str:
    return " ".join(WORDS[(i * 5 + k) % len(WORDS)] for k in range(24)).capitalize() + "."


def _when(i: int) -> datetime:
    return NOW - timedelta(minutes=37 * i + 5)


def _link(i: int) -> str:
    when = _when(i)
    return f"/{when:%Y/%m/%d}/story-{i}-{'-'.join(_headline(i).lower().split()[:4])}/"


def _time(i: int) -> str:
    when = _when(i)
    return f'<time datetime="{when.isoformat()}">{when:%d %B %Y, %H:%M}</time>'


def card_flat(i: int) -> str:
    return (
        f'<article class="post"><h2 class="post-title"><a href="{_link(i)}">{_headline(i)}</a></h2>'
        f'<div class="post-meta">{_time(i)}</div><p class="post-excerpt">{_excerpt(i)}</p></article>'
    )


def card_nested(i: int) -> str:
    return (
        f'<li class="item"><div class="card"><div class="card-media"><a href="{_link(i)}">'
        f'<img src="/img/{i}.jpg" alt=""></a></div><div class="card-body"><div class="card-head">'
        f'<h3 class="card-title"><a href="{_link(i)}">{_headline(i)}</a></h3></div>'
        f'<div class="card-meta"><span class="date">{_time(i)}</span></div>'
        f'<div class="card-text"><p>{_excerpt(i)}</p></div></div></div></li>'
    )


def card_byline(i: int) -> str:
    authors = ("Alice Martin", "Bruno Keller", "Chloé Dubois", "Dana Novak")
    return (
        f'<div class="teaser"><span class="kicker">{WORDS[i % len(WORDS)].capitalize()}</span>'
        f'<h3 class="teaser-title"><a href="{_link(i)}">{_headline(i)}</a></h3>'
        f'<p class="teaser-text">{_excerpt(i)}</p><div class="teaser-foot">'
        f'<span class="byline">By <a href="/authors/{i % 4}/">{authors[i % 4]}</a></span> · {_time(i)}'
        f' · <span class="label">Premium</span> <span class="comments">{i % 50} comments</span></div></div>'
    )


def card_deep(i: int) -> str:
    depth = 12
    return '<div class="w">' * depth + card_flat(i) + "</div>" * depth


def page(cards: str, title: str = "Archive") -> str:
    menu = "".join(f'<li><a href="/section/{w}/">{w.capitalize()}</a></li>' for w in WORDS[:12])
    most_read = "".join(f'<li><a href="{_link(j)}">{_headline(j)}</a></li>' for j in range(5))
    footer = "".join(f'<a href="/about/{w}/">{w}</a> ' for w in WORDS[:20])
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title></head><body>'
        f'<header><a href="/">News</a><nav><ul class="menu">{menu}</ul></nav></header>'
        f'<main id="content"><h1>{title}</h1>{cards}'
        '<nav class="pager"><a rel="next" href="/archive/page/2/">Next</a></nav></main>'
        '<aside class="sidebar"><section class="widget">'
        f"<h2>Most read</h2><ol>{most_read}</ol></section></aside>"
        f"<footer>{footer}</footer></body></html>"
    )


def layout_flat(n: int) -> str:
    return page("".join(card_flat(i) for i in range(n)))


def layout_nested(n: int) -> str:
    return page('<ul class="stories">' + "".join(card_nested(i) for i in range(n)) + "</ul>")


def layout_sections(n: int, per_section: int = 8) -> str:
    parts = []
    for s in range(0, n, per_section):
        cards = "".join(card_byline(i) for i in range(s, min(n, s + per_section)))
        name = WORDS[(s // per_section) % len(WORDS)].capitalize()
        parts.append(
            f'<section class="block"><h2 class="block-title">'
            f'<a href="/section/{name.lower()}-{s}/">{name} {s}</a></h2>'
            f'<div class="block-grid">{cards}</div></section>'
        )
    return page("".join(parts), "Front page")


def layout_byline(n: int) -> str:
    return page('<div class="river">' + "".join(card_byline(i) for i in range(n)) + "</div>")


def layout_deep(n: int) -> str:
    return page("".join(card_deep(i) for i in range(n)))


def card_archive(i: int) -> str:
    """A weblog archive's entry as older themes write it: no <time>, the date in a text line
    with the byline and the comments' count, the post's categories and tags below."""
    authors = ("Alice Martin", "Bruno Keller", "Chloé Dubois", "Dana Novak")
    tags = "".join(
        f'<a href="/tag/{WORDS[(i + k) % len(WORDS)]}/">{WORDS[(i + k) % len(WORDS)]}</a> ' for k in range(3)
    )
    return (
        f'<div class="entry"><h2 class="entry-title"><a href="{_link(i)}">{_headline(i)}</a></h2>'
        f'<div class="entry-meta">Posted on {_when(i):%B %d, %Y} by <a href="/author/{i % 4}/">'
        f'{authors[i % 4]}</a> | <a href="{_link(i)}#comments">{i % 50} Comments</a></div>'
        f'<div class="entry-content"><p>{_excerpt(i)}</p>'
        f'<p><a href="{_link(i)}">Continue reading →</a></p></div><div class="entry-footer">'
        f'<span>Filed under <a href="/category/{WORDS[i % 9]}/">{WORDS[i % 9]}</a></span>'
        f"<span>Tags: {tags}</span><span>{i % 7 + 1} shares · v{i % 3}.{i % 10}</span></div></div>"
    )


def layout_archive(n: int) -> str:
    cloud = "".join(
        f'<li><a href="/tag/{w}-{k}/">{w} {k}</a> × {(k * 7919) % 100000}</li>'
        for k, w in enumerate(WORDS * 8)
    )
    months = "".join(
        f'<li><a href="/{2026 - k // 12}/{k % 12 + 1:02d}/">Archive {k}</a> ({k * 3 % 40})</li>'
        for k in range(60)
    )
    side = f'<div id="sidebar"><h3>Tags</h3><ul class="cloud">{cloud}</ul>'
    side += f"<h3>Archives</h3><ul>{months}</ul></div>"
    return page('<div id="main">' + "".join(card_archive(i) for i in range(n)) + "</div>" + side, "Archives")


LAYOUTS: dict[str, Callable[[int], str]] = {
    "flat": layout_flat,
    "nested": layout_nested,
    "sections": layout_sections,
    "byline": layout_byline,
    "deep": layout_deep,
    "archive": layout_archive,
}


def timed_parse(body: bytes, url: str, timezone: str, now: datetime, rounds: int) -> dict[str, Any]:
    """The least CPU and wall seconds of ``rounds`` parses of ``body``, budget lifted."""
    best_cpu = best_wall = math.inf
    found: int | str = 0
    for _ in range(rounds):
        wall, cpu = time.perf_counter(), time.thread_time()

        def parse() -> Any:
            return parse_document(body, url=url, source_type="html", timezone=timezone, now=now)

        try:
            found = len(within_budget(LIFTED_SECONDS, parse).entries)
        except ParseError as e:
            found = f"ParseError: {e}"
        best_cpu = min(best_cpu, time.thread_time() - cpu)
        best_wall = min(best_wall, time.perf_counter() - wall)
    return {
        "bytes": len(body),
        "entries": found,
        "cpu_s": round(best_cpu, 3),
        "wall_s": round(best_wall, 3),
        "over_budget": best_cpu > CPU_SECONDS,
    }


def slope(points: list[tuple[int, float]]) -> float | None:
    """Least-squares slope of log(cpu) on log(cards)."""
    pts = [(math.log(n), math.log(t)) for n, t in points if t > 0]
    if len(pts) < 2:
        return None
    mx = sum(x for x, _ in pts) / len(pts)
    my = sum(y for _, y in pts) / len(pts)
    sxx = sum((x - mx) ** 2 for x, _ in pts)
    return round(sum((x - mx) * (y - my) for x, y in pts) / sxx, 2) if sxx else None


def emit(line: dict[str, Any]) -> None:
    print(json.dumps(line, ensure_ascii=False), flush=True)


def real_pages(extra: list[str], with_corpus: bool) -> list[Path]:
    paths = [Path(p) for p in extra]
    if with_corpus:
        folder = next((d for d in PAGES_DIR_CANDIDATES if d.is_dir()), None)
        if folder is not None:
            paths += [folder / f"{name}.html" for name in REAL_PAGES if (folder / f"{name}.html").is_file()]
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="250,1000,4000", help="cards per page, comma-separated")
    ap.add_argument("--layouts", default=",".join(LAYOUTS), help="of: " + ", ".join(LAYOUTS))
    ap.add_argument("--rounds", type=int, default=1, help="parses per page; the least CPU is kept")
    ap.add_argument("--page", action="append", default=[], help="a real page to time as well (repeatable)")
    ap.add_argument("--no-real", action="store_true", help="skip the corpus's largest real pages")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    # A first parse loads what is loaded once (dateparser's languages, lazy imports).
    timed_parse(layout_byline(20).encode(), URL, "UTC", NOW, 1)
    for name in [s for s in args.layouts.split(",") if s]:
        points: list[tuple[int, float]] = []
        for n in sizes:
            body = LAYOUTS[name](n).encode()
            line = {"bench": "listing-scale", "layout": name, "cards": n}
            line |= timed_parse(body, URL, "UTC", NOW, args.rounds)
            if points:
                prev_n, prev_t = points[-1]
                if prev_t > 0 and line["cpu_s"] > 0:
                    line["exponent"] = round(math.log(line["cpu_s"] / prev_t) / math.log(n / prev_n), 2)
            points.append((n, line["cpu_s"]))
            emit(line)
        emit({"bench": "listing-scale-growth", "layout": name, "sizes": sizes, "exponent": slope(points)})
    for path in real_pages(args.page, not args.no_real):
        # The page's own address, time zone and "now" from its expectations when it has some.
        exp_file = EXPECTED / f"{path.stem}.py"
        exp = runpy.run_path(str(exp_file)) if exp_file.is_file() else {}
        line = {"bench": "listing-scale-real", "page": path.stem}
        line |= timed_parse(
            path.read_bytes(),
            exp.get("url", URL),
            exp.get("timezone", "UTC"),
            exp.get("now", NOW),
            args.rounds,
        )
        emit(line)


if __name__ == "__main__":
    main()
