"""Reads never fail during writes: 8 clients poll tag feeds of a real ``aggregator serve``
while ``aggregator fetch`` ingests 300 sources into the same database, twice (first every
entry new, then every entry edited). Every request must be answered (200 or 304), with a
valid document; no process may log "database is locked"; the ingest stores every source.

Runs on the suite's database: a SQLite file shared by two processes (the contended case:
one writer at a time, readers beside it in WAL mode), or PostgreSQL.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
from _consistency import farm_problems, store_problems
from _livefarm import LiveFarm, live_config
from _process import clean_env, free_port, kill, start, stop, wait_until_up
from _validate import validate_atom, validate_jsonfeed, validate_rss

from aggregator.config import load_config
from aggregator.store import Store
from aggregator.update import apply_configuration

#: What the clients poll: configured tags (present from the start), a category tag the
#: ingest creates, the all feed and one source's feed.
PATHS = (
    "/feeds/news.atom",
    "/feeds/news.rss",
    "/feeds/revision.json",
    "/feeds/all.atom",
    "/feeds/politique.rss",
    "/sources/s0007.json",
)
CLIENTS = 8
SOURCES = 300
#: Bounds: requests per client, and seconds for the whole test.
MAX_REQUESTS, DEADLINE = 20_000, 240.0
VALIDATORS = {"atom": validate_atom, "rss": validate_rss, "json": validate_jsonfeed}


@dataclass
class Client:
    """One polling client: what it asked, what failed, the last body of each path."""

    served: int = 0
    not_modified: int = 0
    during_ingest: int = 0
    failures: list[str] = field(default_factory=list)
    bodies: dict[str, bytes] = field(default_factory=dict)


def poll(
    base: str,
    client: Client,
    offset: int,
    stop_event: threading.Event,
    ingesting: threading.Event,
    deadline: float,
) -> None:
    etags: dict[str, str] = {}
    with httpx.Client(base_url=base, trust_env=False, timeout=30) as http:
        for i in range(MAX_REQUESTS):
            if stop_event.is_set() or time.monotonic() > deadline:
                return
            path = PATHS[(i + offset) % len(PATHS)]
            headers = {"If-None-Match": etags[path]} if path in etags and i % 3 else {}
            busy = ingesting.is_set()
            try:
                response = http.get(path, headers=headers)
            except httpx.HTTPError as e:
                client.failures.append(f"{path}: {type(e).__name__}: {e}")
                continue
            client.during_ingest += busy
            if response.status_code == 304:
                client.not_modified += 1
            elif (
                response.status_code == 404
                and path == "/feeds/politique.rss"
                and "politique" not in client.bodies
            ):
                pass  # the category tag does not exist until its first entry is stored
            elif response.status_code != 200:
                client.failures.append(f"{path}: {response.status_code} {response.text[:200]}")
                continue
            else:
                client.bodies[path] = response.content
                etags[path] = response.headers["ETag"]
            client.served += 1


@pytest.mark.slow
def test_readers_never_fail_while_300_sources_are_ingested(tmp_path: Path, database_url: str) -> None:
    port = free_port()
    deadline = time.monotonic() + DEADLINE
    with LiveFarm(SOURCES, entries=5, shared=30) as farm:
        config = tmp_path / "config.toml"
        config.write_text(
            live_config(farm, database_url, workers=8, port=port, export=False), encoding="utf-8"
        )
        # What a worker does when it starts: the configured tags exist from then on.
        store = Store(database_url)
        apply_configuration(load_config(config, environ={}), store)
        store.close()
        log = tmp_path / "serve.log"
        server = start("serve", config, log, "--log-level", "INFO")
        clients = [Client() for _ in range(CLIENTS)]
        stop_event, ingesting = threading.Event(), threading.Event()
        threads = [
            threading.Thread(
                target=poll, args=(f"http://127.0.0.1:{port}", c, i, stop_event, ingesting, deadline)
            )
            for i, c in enumerate(clients)
        ]
        outputs = []
        try:
            wait_until_up(server, f"http://127.0.0.1:{port}/healthz", log)
            for t in threads:
                t.start()
            for _ in range(2):  # every entry new, then (a new revision) every entry edited
                farm.advance()
                farm.advance()
                farm.advance()
                ingesting.set()
                fetch = subprocess.run(
                    [
                        sys.executable,
                        "-m",
                        "aggregator",
                        "fetch",
                        "--config",
                        str(config),
                        "--log-level",
                        "INFO",
                    ],
                    capture_output=True,
                    text=True,
                    env=clean_env(),
                    cwd=tmp_path,
                    timeout=max(1.0, deadline - time.monotonic()),
                )
                ingesting.clear()
                outputs.append(fetch.stdout + fetch.stderr)
                assert fetch.returncode == 0, outputs[-1][-3000:]
                assert f"fetched {SOURCES} sources: {SOURCES} ok, 0 failed" in fetch.stdout
        finally:
            stop_event.set()
            for t in threads:
                t.join(timeout=60)
            status = stop(server, log) if server.poll() is None else server.returncode
            kill(server)
    logs = log.read_text() + "".join(outputs)
    failures = [f for c in clients for f in c.failures]
    assert failures == [], failures[:20]
    assert "database is locked" not in logs
    assert status == 0
    assert all(c.during_ingest > 0 for c in clients), [c.during_ingest for c in clients]
    for path in PATHS:
        body = next(c.bodies[path] for c in clients if path in c.bodies)
        VALIDATORS[path.rsplit(".", 1)[1]](body)
    assert store_problems(database_url) == []
    assert farm_problems(database_url, farm, current=True) == []
    print(
        json.dumps(
            {
                "test": "load",
                "database": database_url.split(":")[0],
                "clients": CLIENTS,
                "sources": SOURCES,
                "passes": 2,
                "requests": sum(c.served for c in clients),
                "during_ingest": sum(c.during_ingest for c in clients),
                "not_modified": sum(c.not_modified for c in clients),
                "failed": len(failures),
            }
        )
    )


@pytest.fixture(autouse=True)
def _no_env_leak(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in ("AGGREGATOR_CONFIG", "AGGREGATOR_DATABASE_URL"):
        monkeypatch.delenv(key, raising=False)
