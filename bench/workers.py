"""Fetch throughput of 1, 2 and 3 ``aggregator worker`` processes sharing one PostgreSQL
database, against a local server (tests/_farm.py) that holds every response 50 ms.

For each number of workers: a fresh schema, ``--sources`` feeds of 3 entries all due at
once, the workers started together; the figure is sources fetched per second between the
first and the last fetch the database records (process start-up excluded), with the number
of requests the server counted (one per source when no source is fetched twice).

    python bench/workers.py [--workers 1 2 3] [--sources 600] [--threads 8] [--latency 0.05]
                            [--export] [--postgres-url URL]

Workers do not write the static export unless --export ([output] export): rendering every
feed after each pass is not fetching, and would compete with it for the CPU.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from _farm import FeedFarm, farm_config

from aggregator.store import Store

#: Longest one run may take before it is abandoned.
DEADLINE = 600.0


def run(
    workers: int, sources: int, threads: int, latency: float, pg_url: str, export: bool
) -> dict[str, object]:
    import psycopg

    dsn = pg_url.replace("postgresql+psycopg://", "postgresql://")
    schema = f"bench_{secrets.token_hex(4)}"
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    parsed = make_url(pg_url)
    url = parsed.set(query=dict(parsed.query) | {"options": f"-csearch_path={schema}"}).render_as_string(
        hide_password=False
    )
    procs: list[subprocess.Popen[bytes]] = []
    try:
        with (
            FeedFarm(sources, entries=3, shared=30, delay=latency) as farm,
            tempfile.TemporaryDirectory(prefix="aggregator-bench-") as tmp,
        ):
            config = Path(tmp) / "config.toml"
            config.write_text(farm_config(farm, url, workers=threads, export=export), encoding="utf-8")
            Store(url).close()  # migrate once, outside the measurement
            env = {k: v for k, v in os.environ.items() if not k.startswith("AGGREGATOR_")}
            for _ in range(workers):
                procs.append(
                    subprocess.Popen(
                        [
                            sys.executable,
                            "-m",
                            "aggregator",
                            "worker",
                            "--config",
                            str(config),
                            "--log-level",
                            "WARNING",
                        ],
                        env=env,
                        stdout=subprocess.DEVNULL,
                    )
                )
            store = Store(url)
            deadline = time.monotonic() + DEADLINE
            query = text("SELECT count(last_fetch_at), min(last_fetch_at), max(last_fetch_at) FROM sources")
            while True:
                with store.engine.connect() as conn:
                    done, first, last = conn.execute(query).one()
                if done == sources or time.monotonic() > deadline:
                    break
                time.sleep(0.2)
            with store.engine.connect() as conn:
                entries = conn.execute(text("SELECT count(*) FROM entries")).scalar_one()
            store.close()
            seconds = (last - first).total_seconds() if done else float("nan")
            requests = sum(farm.counts.values())
            _stop(procs)  # before the folder they export into goes
    finally:
        _stop(procs)
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')
    return {
        "bench": "workers",
        "workers": workers,
        "threads_per_worker": threads,
        "latency_ms": latency * 1000,
        "export": export,
        "sources": sources,
        "fetched": done,
        "requests": requests,
        "entries": entries,
        "seconds": round(seconds, 2),
        "sources_per_second": round(done / seconds, 1) if seconds else None,
    }


def _stop(procs: list[subprocess.Popen[bytes]]) -> None:
    for p in procs:
        if p.poll() is None:
            p.send_signal(signal.SIGTERM)
    for p in procs:
        try:
            p.wait(timeout=60)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait(timeout=10)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 3])
    parser.add_argument("--sources", type=int, default=600)
    parser.add_argument("--threads", type=int, default=8, help="scheduler.workers per process")
    parser.add_argument("--latency", type=float, default=0.05, help="seconds added per response")
    parser.add_argument(
        "--postgres-url",
        default=os.environ.get(
            "AGGREGATOR_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
        ),
    )
    parser.add_argument(
        "--export", action="store_true", help="workers also write the static export ([output] export = true)"
    )
    args = parser.parse_args()
    for n in args.workers:
        print(
            json.dumps(run(n, args.sources, args.threads, args.latency, args.postgres_url, args.export)),
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
