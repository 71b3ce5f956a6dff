"""Resource faults: the database out of reach, a full disk. Each gives a clear error in the
log, the server keeps answering feeds from what it has, and the scheduler recovers when the
fault goes.

- SQLite file gone (moved away, a directory in its place) under a real app and a real
  file: feeds it rendered are served from memory, marked stale (``Aggregator-Stale``),
  conditional requests still get 304, /healthz says 503; back to current once the file is.
- PostgreSQL out of reach: a real ``aggregator run`` reaches the real server through a
  proxy on 127.0.0.1 that the test cuts: the same, and the farm's new content is fetched
  and stored once the proxy lets connections through again.
- A full disk: RLIMIT_FSIZE lowered on a running ``aggregator run`` (``prlimit``, no
  privilege needed; writes past the limit fail with EFBIG as on a full disk). On SQLite its
  database writes fail; on both, the static export does. Lifted, the next ticks store the
  new content and the export catches up.

Each runs in the pass of the suite whose database it concerns (SQLite, or PostgreSQL with
AGGREGATOR_TEST_DATABASE=postgresql).
"""

from __future__ import annotations

import logging
import resource
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from _consistency import farm_problems, store_problems
from _livefarm import LiveFarm, live_config
from _process import clean_env, free_port, kill, stop, wait_until_up
from _proxy import CuttableProxy
from conftest import ON_POSTGRES
from sqlalchemy.engine import make_url

from aggregator.config import Config, load_config
from aggregator.feeds import STALE_HEADER
from aggregator.fetch import Fetcher
from aggregator.politeness import HostLimiter
from aggregator.scheduler import Poller
from aggregator.store import Store
from aggregator.update import Updater, apply_configuration, update_due_sources
from aggregator.web import create_app

#: Bound on every wait.
WAIT = 60.0


def wait_until(condition: Callable[[], bool], what: str, log: Callable[[], str] = str) -> None:
    deadline = time.monotonic() + WAIT
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"not {what} after {WAIT:.0f}s\n{log()[-4000:]}")
        time.sleep(0.2)


class Daemon:
    """``aggregator run`` with its output read through a pipe (a file would be subject to
    the file size limit the test sets on the process), copied to ``log``."""

    def __init__(self, config: Path, log: Path) -> None:
        self.log = log
        self.lines: list[str] = []
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "aggregator", "run", "--config", str(config), "--log-level", "INFO"],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=clean_env(),
            cwd=config.parent,
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        with self.log.open("w", encoding="utf-8") as out:
            for raw in self.proc.stdout:
                line = raw.decode("utf-8", "replace")
                self.lines.append(line)
                out.write(line)
                out.flush()

    def text(self) -> str:
        return "".join(self.lines)

    def close(self) -> int | None:
        status = stop(self.proc, self.log) if self.proc.poll() is None else self.proc.returncode
        kill(self.proc)
        self._reader.join(timeout=10)
        if self.proc.stdout is not None:
            self.proc.stdout.close()
        return status


@pytest.fixture(autouse=True)
def _no_env_leak(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in ("AGGREGATOR_CONFIG", "AGGREGATOR_DATABASE_URL"):
        monkeypatch.delenv(key, raising=False)


@pytest.fixture
def farm() -> Iterator[LiveFarm]:
    with LiveFarm(12, entries=3, shared=4) as f:
        yield f


def _ingest(config: Config, store: Store) -> None:
    """One pass over every source, as ``aggregator fetch`` does."""
    apply_configuration(config, store)
    with Fetcher(config.fetch) as fetcher, ThreadPoolExecutor(4) as pool:
        updater = Updater(config=config, store=store, fetcher=fetcher)
        dispatch = update_due_sources(updater, HostLimiter(pool, 4), limit=100, due_only=False)
        assert all(f.result(timeout=WAIT).ok for f in dispatch.futures.values())


# -- the database out of reach ----------------------------------------------------------------


@pytest.mark.skipif(ON_POSTGRES, reason="the SQLite case; the PostgreSQL one is below")
def test_feeds_are_served_stale_while_the_sqlite_file_is_gone(
    tmp_path: Path, farm: LiveFarm, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="aggregator")
    db = tmp_path / "data" / "aggregator.db"
    path = tmp_path / "config.toml"
    path.write_text(live_config(farm, f"sqlite:///{db}", export=False), encoding="utf-8")
    config = load_config(path, environ={})
    store = Store(config.database.url)
    try:
        _ingest(config, store)
        client = create_app(config, store).test_client()
        fresh = client.get("/feeds/news.atom")
        assert fresh.status_code == 200 and STALE_HEADER not in fresh.headers
        etag = fresh.headers["ETag"]

        # The file goes (moved away, a directory in its place: nothing can open it), and
        # the connections open on it with it (as after a restart of the pool).
        away = tmp_path / "away"
        shutil.move(db.parent, away)
        db.mkdir(parents=True)
        store.engine.dispose()
        stale = client.get("/feeds/news.atom")
        assert stale.status_code == 200
        assert stale.headers[STALE_HEADER].startswith("database unavailable")
        assert stale.get_data() == fresh.get_data() and stale.headers["ETag"] == etag
        assert "max-age=30" in stale.headers["Cache-Control"]
        assert client.get("/feeds/news.atom", headers={"If-None-Match": etag}).status_code == 304
        never_rendered = client.get("/feeds/revision.rss")
        assert never_rendered.status_code == 503
        assert "database is not answering" in never_rendered.get_data(as_text=True)
        health = client.get("/healthz")
        assert health.status_code == 503 and health.get_json()["database"] is False
        assert "database unreachable, serving feeds from memory" in caplog.text

        shutil.rmtree(db.parent)
        shutil.move(away, db.parent)
        back = client.get("/feeds/news.atom")
        assert back.status_code == 200 and STALE_HEADER not in back.headers
        assert back.get_data() == fresh.get_data()
        assert client.get("/healthz").status_code == 200
        assert "database reachable again" in caplog.text
    finally:
        store.close()
    assert store_problems(config.database.url) == []


@pytest.mark.postgres
@pytest.mark.skipif(not ON_POSTGRES, reason="the PostgreSQL case; the SQLite one is above")
def test_postgres_out_of_reach_then_back(tmp_path: Path, farm: LiveFarm, database_url: str) -> None:
    target = make_url(database_url)
    with CuttableProxy((target.host or "127.0.0.1", target.port or 5432)) as proxy:
        through_proxy = target.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
        port = free_port()
        config = tmp_path / "config.toml"
        config.write_text(
            live_config(
                farm,
                through_proxy,
                port=port,
                interval="2s",
                min_interval="1s",
                max_interval="3s",
                export=False,
            ),
            encoding="utf-8",
        )
        daemon = Daemon(config, tmp_path / "run.log")
        base = f"http://127.0.0.1:{port}"
        try:
            wait_until_up(daemon.proc, f"{base}/healthz", daemon.log)
            wait_until(
                lambda: farm_problems(database_url, farm, current=True) == [],
                "every source fetched",
                daemon.text,
            )
            with httpx.Client(base_url=base, trust_env=False, timeout=30) as http:
                before = http.get("/feeds/news.atom")
                assert before.status_code == 200 and STALE_HEADER not in before.headers

                proxy.cut()
                farm.advance()
                wait_until(
                    lambda: "tick failed, will retry" in daemon.text(), "a failed tick logged", daemon.text
                )
                # A feed's version read within the last second (service.FRESH_FOR) is still
                # taken as current: ask until the web process has found the database gone.
                wait_until(
                    lambda: STALE_HEADER in http.get("/feeds/news.atom").headers,
                    "a feed served stale from memory",
                    daemon.text,
                )
                stale = http.get("/feeds/news.atom")
                assert stale.status_code == 200, stale.text
                assert stale.headers[STALE_HEADER].startswith("database unavailable")
                assert stale.content == before.content
                assert http.get("/healthz").status_code == 503
                assert daemon.proc.poll() is None

                proxy.restore()
                wait_until(
                    lambda: farm_problems(database_url, farm, current=True) == [],
                    "the new generation stored after the database came back",
                    daemon.text,
                )
                wait_until(lambda: http.get("/healthz").status_code == 200, "healthy again", daemon.text)
                after = http.get("/feeds/news.atom")
                assert after.status_code == 200 and STALE_HEADER not in after.headers
                # Each web process notes the database's return on its own next feed request; a
                # fresh connection may reach any of them, so ask until the one that served stale has.
                wait_until(
                    lambda: (
                        httpx.get(f"{base}/feeds/news.atom", trust_env=False, timeout=30).status_code == 200
                        and "database reachable again" in daemon.text()
                    ),
                    "the web process that served stale reporting the database back",
                    daemon.text,
                )
                assert (
                    farm.revision(farm.generation).encode() in after.content
                    or farm.guid(0, farm.entries + farm.generation - 1).encode() in after.content
                )
        finally:
            status = daemon.close()
    log = daemon.text()
    assert status == 0, log[-3000:]
    assert "database unreachable, serving feeds from memory" in log
    assert "database reachable again" in log
    assert store_problems(database_url) == []


# -- a full disk ------------------------------------------------------------------------------


@pytest.mark.slow
def test_a_full_disk_then_space_again(tmp_path: Path, farm: LiveFarm, database_url: str) -> None:
    port = free_port()
    config = tmp_path / "config.toml"
    config.write_text(
        live_config(
            farm, database_url, port=port, interval="2s", min_interval="1s", max_interval="3s", export=True
        ),
        encoding="utf-8",
    )
    exported = tmp_path / "public" / "feeds" / "news.atom"
    # The title of the item the next generation adds to feed 0.
    newest = f"Article {farm.entries + farm.generation} of feed 0".encode()

    daemon = Daemon(config, tmp_path / "run.log")
    base = f"http://127.0.0.1:{port}"
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    try:
        wait_until_up(daemon.proc, f"{base}/healthz", daemon.log)
        wait_until(
            lambda: farm_problems(database_url, farm, current=True) == [], "every source fetched", daemon.text
        )
        wait_until(lambda: "export done" in daemon.text(), "the first export written", daemon.text)

        # No file of the process may grow any more: every write fails with EFBIG.
        resource.prlimit(daemon.proc.pid, resource.RLIMIT_FSIZE, (0, hard))
        farm.advance()
        failure = (
            "database write failed"
            if database_url.startswith("sqlite")
            else "static export failed, will retry"
        )
        wait_until(lambda: failure in daemon.text(), f"{failure!r} logged", daemon.text)
        with httpx.Client(base_url=base, trust_env=False, timeout=30) as http:
            for path in ("/feeds/news.atom", "/feeds/all.json", "/sources/s0001.rss"):
                response = http.get(path)
                assert response.status_code == 200, (path, response.text)
            if database_url.startswith("sqlite"):
                # The failing writes are reported, not only logged (a write that only
                # overwrites pages of the WAL may still succeed now and then: wait).
                def unhealthy() -> bool:
                    health = http.get("/healthz")
                    return health.status_code == 503 and health.json()["database_writable"] is False

                wait_until(unhealthy, "/healthz reporting the failing writes", daemon.text)
                failures = [
                    line
                    for line in http.get("/metrics").text.splitlines()
                    if line.startswith("aggregator_database_write_failures_total ")
                ]
                assert failures and float(failures[0].split()[1]) > 0
        assert daemon.proc.poll() is None

        resource.prlimit(daemon.proc.pid, resource.RLIMIT_FSIZE, (soft, hard))
        wait_until(
            lambda: farm_problems(database_url, farm, current=True) == [],
            "the new generation stored once writes work again",
            daemon.text,
        )
        with httpx.Client(base_url=base, trust_env=False, timeout=30) as http:
            wait_until(
                lambda: http.get("/healthz").status_code == 200, "healthy again once writes work", daemon.text
            )
        wait_until(
            lambda: exported.exists() and newest in exported.read_bytes(), "the export caught up", daemon.text
        )
    finally:
        status = daemon.close()
    log = daemon.text()
    assert status == 0, log[-3000:]
    # SQLite says "disk I/O error" (EFBIG on a write), the export names the errno.
    assert ("disk I/O error" if database_url.startswith("sqlite") else "File too large") in log
    assert not list((tmp_path / "public").rglob(".*.tmp")), "a failed write left a temp file"
    assert store_problems(database_url) == []


# -- a small file system of its own: full, or read-only ---------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 4 MB tmpfs mounted for the test (needs the right to mount: root, as in CI)."""
    mountpoint = tmp_path / "disk"
    mountpoint.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m,mode=0755", "tmpfs", str(mountpoint)],
        capture_output=True,
        text=True,
        timeout=30,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    yield mountpoint
    subprocess.run(["umount", "-l", str(mountpoint)], capture_output=True, timeout=30)


def _fill(disk: Path) -> Path:
    """Fill ``disk`` to the last byte with one file; returns it."""
    filler = disk / "filler"
    with filler.open("wb", buffering=0) as f:
        for _ in range(10_000):  # 4 MB at most in 4 kB writes; a bound, not a count
            try:
                f.write(b"\0" * 4096)
            except OSError:
                break
    return filler


@pytest.mark.slow
@pytest.mark.parametrize("fault", ["full", "read-only"])
def test_a_small_disk_full_or_read_only_then_back(
    tmp_path: Path, farm: LiveFarm, database_url: str, small_disk: Path, fault: str
) -> None:
    """The export directory (and, on SQLite, for a full disk, the database too) on a file
    system of its own, made full or read-only under the running daemon, then given back.
    (A file system with a file open for writing cannot be remounted read-only: the SQLite
    database stays outside it then.)"""
    on_disk = fault == "full" and database_url.startswith("sqlite")
    url = f"sqlite:///{small_disk / 'aggregator.db'}" if on_disk else database_url
    port = free_port()
    config = tmp_path / "config.toml"
    config.write_text(
        live_config(
            farm,
            url,
            port=port,
            interval="2s",
            min_interval="1s",
            max_interval="3s",
            export=True,
            output_dir=str(small_disk / "public"),
        ),
        encoding="utf-8",
    )
    exported = small_disk / "public" / "feeds" / "news.atom"
    newest = f"Article {farm.entries + farm.generation} of feed 0".encode()
    daemon = Daemon(config, tmp_path / "run.log")
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(daemon.proc, f"{base}/healthz", daemon.log)
        wait_until(lambda: farm_problems(url, farm, current=True) == [], "every source fetched", daemon.text)
        wait_until(lambda: "export done" in daemon.text(), "the first export written", daemon.text)
        if fault == "full":
            filler = _fill(small_disk)
        else:
            subprocess.run(
                ["mount", "-o", "remount,ro", str(small_disk)], check=True, capture_output=True, timeout=30
            )
        farm.advance()
        expected = {
            ("full", True): "database or disk is full",
            ("full", False): "No space left on device",
            ("read-only", False): "Read-only file system",
        }[fault, on_disk]
        wait_until(lambda: expected in daemon.text(), f"{expected!r} logged", daemon.text)
        with httpx.Client(base_url=base, trust_env=False, timeout=30) as http:
            for path in ("/feeds/news.atom", "/feeds/all.json", "/sources/s0001.rss"):
                response = http.get(path)
                assert response.status_code == 200, (path, response.text)
        assert daemon.proc.poll() is None

        if fault == "full":
            filler.unlink()
        else:
            subprocess.run(
                ["mount", "-o", "remount,rw", str(small_disk)], check=True, capture_output=True, timeout=30
            )
        wait_until(
            lambda: farm_problems(url, farm, current=True) == [], "the new generation stored", daemon.text
        )
        wait_until(
            lambda: exported.exists() and newest in exported.read_bytes(), "the export caught up", daemon.text
        )
    finally:
        status = daemon.close()
    assert status == 0, daemon.text()[-3000:]
    assert "static export recovered" in daemon.text() or on_disk
    assert not list((small_disk / "public").rglob(".*.tmp")), "a failed write left a temp file"
    assert store_problems(url) == []


@pytest.mark.postgres
@pytest.mark.skipif(
    not ON_POSTGRES,
    reason="runs in the PostgreSQL pass "
    "(AGGREGATOR_TEST_DATABASE=postgresql): it cuts PostgreSQL off behind a proxy",
)
def test_a_result_the_database_refused_is_fetched_again_once_it_answers(
    tmp_path: Path, database_url: str
) -> None:
    """A fetch in flight when the database goes away cannot store its result, and its
    claim stays in the database. Once the database answers, the scheduler gives the
    claim back and fetches the source again at once, not when the lease (5 minutes) ends."""
    target = make_url(database_url)
    with LiveFarm(1) as farm, CuttableProxy((target.host or "127.0.0.1", target.port or 5432)) as proxy:
        url = target.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
        path = tmp_path / "config.toml"
        path.write_text(live_config(farm, url, export=False), encoding="utf-8")
        config = load_config(path, environ={})
        store = Store(url)
        apply_configuration(config, store)
        feed = f"/feed/{0}.xml"
        with Fetcher(config.fetch) as fetcher:
            poller = Poller(Updater(config=config, store=store, fetcher=fetcher), export=False)
            try:
                farm.gate.clear()  # the response waits: the fetch is in flight
                poller.tick()
                wait_until(lambda: farm.counts[feed] == 1, "the request sent")
                proxy.cut()
                farm.gate.set()
                wait_until(lambda: poller.in_flight() == 0, "the fetch over")
                assert poller.stats.failed == 1  # not stored
                assert farm_problems(database_url, farm) == []  # nothing half stored
                proxy.restore()
                poller.tick()
                wait_until(
                    lambda: farm_problems(database_url, farm, current=True) == [],
                    "the source fetched again and stored",
                )
            finally:
                poller.stop(grace=5, budget=10)
                store.close()
    assert farm.counts[feed] == 2
    assert store_problems(database_url) == []
