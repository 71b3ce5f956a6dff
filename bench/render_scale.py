"""Uncached render time of a tag feed against the size of the database.

For each backend (SQLite file, PostgreSQL schema) and each size (default 10,000 and
1,000,000 entries), fills a fresh database with bulk INSERT ... SELECT (100 sources, tags
"news" on every other entry and "rare" on one in a hundred), then times, with an empty
render cache each time, the current document and an archive page of those tags in Atom, as
the web app does (feed version, entries, metadata, render). Prints one JSON line per figure,
then one per backend with the ratio of the largest size to the smallest.

    python bench/render_scale.py [--sizes 10000 1000000] [--backends sqlite postgresql]
                                 [--repeat 30] [--postgres-url URL]

PostgreSQL: --postgres-url, else $AGGREGATOR_TEST_POSTGRES_URL, else
postgresql+psycopg://postgres@127.0.0.1:5432/test; a schema is made for the run and dropped.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import secrets
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import make_url

from aggregator.config import Config
from aggregator.feeds import Documents
from aggregator.store import Store

SOURCES = 100
FEEDS = [("tag", "news", None), ("tag", "news", 3), ("tag", "rare", None), ("all", "all", None)]
#: Fewest entries measured: the "news" tag (half of them) then has an archive page 3.
MIN_SIZE = 1_000


def fill(store: Store, n: int, *, sources: int = SOURCES) -> None:
    """``sources`` sources named s1, s2, ..., and n entries (sort dates one minute apart,
    entry i in source 1 + i % sources), their tag links, and the counters."""
    pg = store.dialect == "postgresql"
    series = (
        "generate_series(1, :n) AS g(i)"
        if pg
        else "(WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < :n)"
        " SELECT i FROM c) AS g"
    )
    date = (
        "(timestamp '2026-01-01' - (i || ' minutes')::interval)"
        if pg
        else "datetime('2026-01-01', '-' || i || ' minutes')"
    )
    statements = [
        (
            "INSERT INTO sources (id, name, url, config_url, type, active, disabled, failures,"
            " created_at, last_seq, entry_count, title) SELECT i, 's' || i,"
            " 'https://s' || i || '.example/feed', 'https://s' || i || '.example/feed', 'feed',"
            f" true, false, 0, {date}, :n / {sources}, :n / {sources}, 'Source ' || i"
            f" FROM {series.replace(':n', str(sources))}"
        ),
        (
            "INSERT INTO entries (id, source_id, guid, url, title, summary, categories, enclosures,"
            " content_hash, first_seen, changed_at, sort_date, source_seq, seen_at)"
            f" SELECT i, 1 + i % {sources}, 'guid-' || i, 'https://news.example/article/' || i,"
            " 'Article number ' || i || ' about the news of the day',"
            " '<p>A summary of article ' || i || ', long enough to look like one: lorem ipsum"
            " dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.</p>',"
            f" '[]', '[]', 'hash', {date}, {date}, {date}, 1 + i / {sources}, {date}"
            f" FROM {series}"
        ),
        (
            "INSERT INTO tags (id, slug, title, configured, last_seq, entry_count, last_entry)"
            " VALUES (1, 'news', 'News', true, :n / 2, :n / 2, NULL),"
            " (2, 'rare', 'Rare', true, :n / 100, :n / 100, NULL)"
        ),
        # Newest entries (lowest i) joined last: seq counts down from the oldest.
        f"INSERT INTO entry_tags (tag_id, entry_id, seq) SELECT 1, i, (:n - i) / 2 + 1 FROM {series}"
        " WHERE i % 2 = 0",
        f"INSERT INTO entry_tags (tag_id, entry_id, seq) SELECT 2, i, (:n - i) / 100 + 1 FROM {series}"
        " WHERE i % 100 = 0",
    ]
    with store.engine.begin() as conn:
        for statement in statements:
            conn.execute(text(statement), {"n": n})
        if pg:
            conn.execute(text("SELECT setval(pg_get_serial_sequence('entries', 'id'), :n)"), {"n": n})
    with store.engine.connect() as conn:
        conn.execution_options(isolation_level="AUTOCOMMIT").execute(text("ANALYZE"))


def render_uncached(store: Store, config: Config, kind: str, key: str, page: int | None) -> None:
    """As a web node does on a cache miss: an empty cache, so the document is rendered."""
    Documents(store, config).get(kind, key, "atom", page)


def timed(fn: Callable[[], Any], repeat: int) -> list[float]:
    fn()  # warm the connection pool and the database's own caches
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return times


def plan(store: Store, slug: str) -> list[str]:
    """Node types of the plan of the tag feed's range query (PostgreSQL)."""
    with store.engine.connect() as conn:
        tag = conn.execute(text("SELECT id, last_seq FROM tags WHERE slug = :s"), {"s": slug}).one()
        rows = conn.execute(
            text(
                "EXPLAIN SELECT entry_id FROM entry_tags WHERE tag_id = :t AND seq >= :low AND seq <= :high"
            ),
            {"t": tag.id, "low": tag.last_seq - 49, "high": tag.last_seq},
        )
        return [r[0].strip() for r in rows]


def run(backend: str, n: int, repeat: int, pg_url: str, workdir: Path) -> dict[str, float]:
    schema = None
    if backend == "sqlite":
        url = f"sqlite:///{workdir / f'render-{n}.db'}"
    else:
        import psycopg

        schema = f"bench_{secrets.token_hex(4)}"
        with psycopg.connect(
            pg_url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True
        ) as conn:
            conn.execute(f'CREATE SCHEMA "{schema}"')
        parsed = make_url(pg_url)
        url = parsed.set(query=dict(parsed.query) | {"options": f"-csearch_path={schema}"}).render_as_string(
            hide_password=False
        )
    store = Store(url)
    medians: dict[str, float] = {}
    try:
        started = time.perf_counter()
        fill(store, n)
        print(
            json.dumps(
                {
                    "bench": "render_scale",
                    "backend": backend,
                    "entries": n,
                    "fill_seconds": round(time.perf_counter() - started, 1),
                }
            ),
            flush=True,
        )
        config = Config(path=None)
        for kind, key, page in FEEDS:
            times = timed(functools.partial(render_uncached, store, config, kind, key, page), repeat)
            name = f"{kind}:{key}" + (f":archive{page}" if page else "")
            medians[name] = statistics.median(times)
            print(
                json.dumps(
                    {
                        "bench": "render_scale",
                        "backend": backend,
                        "entries": n,
                        "feed": name,
                        "feed_entries": {"news": n // 2, "rare": n // 100, "all": n}[key],
                        "median_ms": round(medians[name], 2),
                        "p90_ms": round(statistics.quantiles(times, n=10)[-1], 2),
                        "min_ms": round(min(times), 2),
                        "runs": repeat,
                    }
                ),
                flush=True,
            )
        if backend == "postgresql":
            print(
                json.dumps(
                    {"bench": "render_scale", "backend": backend, "entries": n, "plan": plan(store, "news")}
                ),
                flush=True,
            )
    finally:
        store.close()
        if schema:
            import psycopg

            with psycopg.connect(
                pg_url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True
            ) as conn:
                conn.execute(f'DROP SCHEMA "{schema}" CASCADE')
    return medians


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 1_000_000])
    parser.add_argument(
        "--backends", nargs="+", default=["sqlite", "postgresql"], choices=["sqlite", "postgresql"]
    )
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument(
        "--postgres-url",
        default=os.environ.get(
            "AGGREGATOR_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
        ),
    )
    args = parser.parse_args()
    if min(args.sizes) < MIN_SIZE:
        parser.error(
            f"--sizes: at least {MIN_SIZE:,} entries (the archive page rendered is "
            "page 3 of a tag holding half of them)"
        )
    with tempfile.TemporaryDirectory(prefix="aggregator-bench-") as tmp:
        for backend in args.backends:
            results = {
                n: run(backend, n, args.repeat, args.postgres_url, Path(tmp)) for n in sorted(args.sizes)
            }
            small, large = min(results), max(results)
            for feed in results[small]:
                print(
                    json.dumps(
                        {
                            "bench": "render_scale",
                            "backend": backend,
                            "feed": feed,
                            "ratio": round(results[large][feed] / results[small][feed], 2),
                            "sizes": [small, large],
                        }
                    ),
                    flush=True,
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
