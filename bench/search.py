"""Uncached time of a search feed (/search.atom?q=…) against the size of the database.

For each backend (SQLite file, PostgreSQL schema), fills a database with
bench/render_scale.py's bulk INSERT … SELECT, gives the titles words of known frequency
("Kremlin" in one entry of 7, "Peskov" one of 101, "Élysée" one of 1,009, "place Rouge"
one of 10,007), indexes every entry as the store does (store/_search.py, in batches), then
times, with an empty render cache each time, the search documents the web app would
render (index candidates, matcher, entries, Atom: ``median_ms``) and, apart, the search
alone (``search_median_ms``: what the index and the matcher cost, rendering aside; an
all-feed document of 50 entries costs the rendering part too). Prints one JSON line per
figure. ``/elysee/`` is the worst case by design: a regex alone, which the index cannot
narrow, matched against the newest 20,000 entries (the bound, store.SEARCH_EXAMINED).

The filled databases are kept for the next run (filling a million entries takes one to
three minutes): a SQLite file under ``--cache`` (default $TMPDIR/aggregator-bench-search)
and a PostgreSQL schema ``bench_search_N``; ``--fresh`` fills them again.

    python bench/search.py [--entries 1000000] [--backends sqlite postgresql]
                           [--repeat 20] [--postgres-url URL] [--cache DIR] [--fresh]
                           [--query Q ...]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from render_scale import fill, timed
from sqlalchemy import text
from sqlalchemy.engine import make_url

from aggregator.config import Config
from aggregator.feeds import Documents
from aggregator.query import parse_query
from aggregator.store import Store, _search

QUERIES = [
    "kremlin",
    "peskov",
    "elysee",
    '"place rouge"',
    "kremlin OR peskov",
    "intitle:kremlin -peskov",
    "ÉLYSÉE -football",
    "/kreml/ peskov",
    "nowhere",
    "-kremlin",
    "/elysee/",
]
#: Words given to the titles: (word, one entry in how many).
WORDS = [("Kremlin", 7), ("Peskov", 101), ("Élysée", 1009), ("place Rouge", 10007)]


def give_words(store: Store) -> None:
    cases = " || ".join(f"(CASE WHEN id % {every} = 0 THEN ' {word}' ELSE '' END)" for word, every in WORDS)
    with store.engine.begin() as conn:
        conn.execute(text(f"UPDATE entries SET title = title || {cases}"))


def index_all(store: Store) -> None:
    last = 0
    while True:
        with store.engine.begin() as conn:
            rows = conn.execute(
                text(
                    "SELECT id, title, summary, content FROM entries WHERE id > :last ORDER BY id LIMIT 5000"
                ),
                {"last": last},
            ).all()
            if not rows:
                break
            _search.index(conn, [tuple(r) for r in rows])
        last = rows[-1][0]
    with store.engine.connect() as conn:
        # As autovacuum leaves a table that grew: statistics, visibility map, hint bits.
        conn.execution_options(isolation_level="AUTOCOMMIT").execute(
            text("VACUUM ANALYZE" if store.dialect == "postgresql" else "ANALYZE")
        )


#: Settings key marking a cached database as filled and indexed (bump to rebuild caches).
READY = "bench_search_ready"
READY_VALUE = "1"


def open_database(backend: str, n: int, pg_url: str, cache: Path, fresh: bool) -> tuple[Store, bool]:
    """The bench database, and whether it is already filled: a SQLite file
    ``cache/search-N.db`` or a PostgreSQL schema ``bench_search_N``, kept between runs
    (``--fresh`` starts them again)."""
    if backend == "sqlite":
        cache.mkdir(parents=True, exist_ok=True)
        path = cache / f"search-{n}.db"
        if fresh:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        url = f"sqlite:///{path}"
    else:
        import psycopg

        schema = f"bench_search_{n}"
        with psycopg.connect(
            pg_url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True
        ) as conn:
            if fresh:
                conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
            conn.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
        parsed = make_url(pg_url)
        url = parsed.set(query=dict(parsed.query) | {"options": f"-csearch_path={schema}"}).render_as_string(
            hide_password=False
        )
    store = Store(url)
    ready = store.get_setting(READY) == READY_VALUE
    if not ready and store.entry_count():  # a fill cut short: start again
        store.close()
        return open_database(backend, n, pg_url, cache, fresh=True)
    return store, ready


def run(backend: str, n: int, repeat: int, pg_url: str, cache: Path, fresh: bool, queries: list[str]) -> None:
    store, ready = open_database(backend, n, pg_url, cache, fresh)
    try:
        if not ready:
            started = time.perf_counter()
            fill(store, n)
            give_words(store)
            filled = time.perf_counter()
            index_all(store)
            store.set_setting(READY, READY_VALUE)
            print(
                json.dumps(
                    {
                        "bench": "search",
                        "backend": backend,
                        "entries": n,
                        "fill_seconds": round(filled - started, 1),
                        "index_seconds": round(time.perf_counter() - filled, 1),
                    }
                ),
                flush=True,
            )
        config = Config(path=None)
        all_feed = timed(lambda: Documents(store, config).get("all", "all", "atom"), repeat)
        print(
            json.dumps(
                {
                    "bench": "search",
                    "backend": backend,
                    "entries": n,
                    "baseline": "all feed, uncached",
                    "median_ms": round(statistics.median(all_feed), 2),
                }
            ),
            flush=True,
        )
        for query in queries:

            def render(q: str = query) -> None:
                Documents(store, config).get("search", q, "atom")

            def search(q: str = query) -> None:
                store.search(parse_query(q), config.output.entries)

            times = timed(render, repeat)
            searches = timed(search, repeat)
            found = len(store.search(parse_query(query), config.output.entries).entries)
            print(
                json.dumps(
                    {
                        "bench": "search",
                        "backend": backend,
                        "entries": n,
                        "q": query,
                        "found": found,
                        "median_ms": round(statistics.median(times), 2),
                        "p90_ms": round(statistics.quantiles(times, n=10)[-1], 2),
                        "search_median_ms": round(statistics.median(searches), 2),
                        "runs": repeat,
                    },
                    ensure_ascii=False,
                ),
                flush=True,
            )
    finally:
        store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument(
        "--backends", nargs="+", default=["sqlite", "postgresql"], choices=["sqlite", "postgresql"]
    )
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument(
        "--postgres-url",
        default=os.environ.get(
            "AGGREGATOR_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
        ),
    )
    parser.add_argument(
        "--cache",
        type=Path,
        default=Path(tempfile.gettempdir()) / "aggregator-bench-search",
        help="folder of the SQLite database kept between runs",
    )
    parser.add_argument(
        "--fresh", action="store_true", help="fill the databases again rather than reuse them"
    )
    parser.add_argument(
        "--query",
        action="append",
        dest="queries",
        help="time this query only (repeatable); default: the set above",
    )
    args = parser.parse_args()
    for backend in args.backends:
        run(
            backend,
            args.entries,
            args.repeat,
            args.postgres_url,
            args.cache,
            args.fresh,
            args.queries or QUERIES,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
