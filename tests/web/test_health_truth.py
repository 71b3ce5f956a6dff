"""/healthz and /metrics tell the truth about the database under a running process: its
SQLite file deleted or replaced, writes refused, ticks failing in a row; no descriptor
leaks while it lasts. Real SQLite files, a real app, a real Poller."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from aggregator.exceptions import StorageError
from aggregator.fetch import Fetcher
from aggregator.metrics import Metrics
from aggregator.scheduler import Poller
from aggregator.store import Store
from aggregator.update import Updater
from aggregator.web import create_app
from aggregator.web.views import TICK_FAILURES_UNHEALTHY

from .conftest import Site
from .test_health_metrics import samples

# The faults here are made to a SQLite file; PostgreSQL's (out of reach, then back) are
# tests/test_faults.py's.
pytestmark = pytest.mark.skipif(
    os.environ.get("AGGREGATOR_TEST_DATABASE", "sqlite").lower() == "postgresql",
    reason="faults of a SQLite file",
)

#: Failing ticks in the descriptor test: past the 1024 a leak of one per tick would reach.
TICKS = 300


def _db(site: Site) -> Path:
    assert site.store.file is not None
    return Path(site.store.file)


def _scrape(client: FlaskClient) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    return samples(client.get("/metrics").get_data(as_text=True))


def _backup(db: Path, to: Path) -> None:
    """A consistent copy of ``db``, as a backup tool makes it."""
    with contextlib.closing(sqlite3.connect(db)) as conn:
        conn.execute("VACUUM INTO ?", (str(to),))


def _fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def test_a_deleted_database_file_is_noticed_and_written_to_no_more(site: Site, tmp_path: Path) -> None:
    db = _db(site)
    site.store.set_setting("probe", "before")
    backup = tmp_path / "backup.db"
    _backup(db, backup)
    assert site.client.get("/healthz").status_code == 200

    db.unlink()  # the connections still open keep the deleted file alive
    health = site.client.get("/healthz")
    assert health.status_code == 503
    body = health.get_json()
    assert body["database"] is False and body["database_file"] == "gone"
    with pytest.raises(StorageError, match="is gone"):
        site.store.set_setting("probe", "into the void")  # not stored where nobody sees it
    scrape = _scrape(site.client)
    assert scrape[("aggregator_database_up", ())] == 0
    assert scrape[("aggregator_database_writable", ())] == 0
    assert scrape[("aggregator_database_write_failures_total", ())] >= 1

    shutil.copy(backup, db)  # the file comes back: a new inode, reopened
    assert site.client.get("/healthz").status_code == 200
    assert site.store.get_setting("probe") == "before"
    site.store.set_setting("probe", "after")
    assert site.client.get("/healthz").get_json()["database_writable"] is True
    scrape = _scrape(site.client)
    assert scrape[("aggregator_database_reopened_total", ())] == 1
    assert scrape[("aggregator_database_writable", ())] == 1
    reopened = Store(f"sqlite:///{db}")
    try:
        assert reopened.get_setting("probe") == "after"  # written into the file on disk
    finally:
        reopened.close()


def test_a_replaced_database_file_is_reopened(site: Site, tmp_path: Path) -> None:
    db = _db(site)
    site.store.set_setting("probe", "old file")
    replacement = tmp_path / "restored.db"
    _backup(db, replacement)
    other = Store(f"sqlite:///{replacement}")
    try:
        other.set_setting("probe", "restored file")
    finally:
        other.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{replacement}{suffix}").unlink(missing_ok=True)
    os.replace(replacement, db)  # atomically, as a restore does

    assert site.store.get_setting("probe") == "restored file"
    assert site.client.get("/healthz").status_code == 200
    assert _scrape(site.client)[("aggregator_database_reopened_total", ())] == 1


@pytest.fixture
def read_only(site: Site) -> Iterator[Store]:
    """The site's database opened read-only, as on a read-only file system: reads answer,
    every write fails."""
    site.store.close()
    store = Store(f"sqlite:///file:{_db(site)}?mode=ro&uri=true", migrate=False)
    yield store
    store.close()


@pytest.mark.slow
def test_ticks_failing_on_a_read_only_database_are_reported_without_leaking(
    site: Site, read_only: Store
) -> None:
    metrics = Metrics()
    metrics.watch_store(read_only, lambda: site.config)
    with Fetcher(site.config.fetch) as fetcher:
        poller = Poller(
            Updater(config=site.config, store=read_only, fetcher=fetcher),
            tick_seconds=60,
            metrics=metrics,
            export=False,
        )
        client = create_app(site.config, read_only, metrics=metrics, scheduler=poller).test_client()
        poller.tick()
        poller.tick()
        assert poller.consecutive_failures == 2
        body = client.get("/healthz").get_json()
        assert body["database"] is True  # it still answers reads
        assert body["database_writable"] is False
        assert "readonly" in body["write_error"]
        assert client.get("/healthz").status_code == 503  # a write failing is a fault

        before = _fds()
        for _ in range(TICKS):
            poller.tick()
            client.get("/healthz")
        client.get("/metrics")
        assert _fds() <= before + 2, "descriptors leak while writes fail"

        assert poller.consecutive_failures == TICKS + 2 >= TICK_FAILURES_UNHEALTHY
        body = client.get("/healthz").get_json()
        assert body["scheduler"]["consecutive_failures"] == TICKS + 2
        scrape = _scrape(client)
        assert scrape[("aggregator_scheduler_tick_failures_total", ())] == TICKS + 2
        assert scrape[("aggregator_scheduler_tick_failures_consecutive", ())] == TICKS + 2
        assert scrape[("aggregator_database_writable", ())] == 0
        assert scrape[("aggregator_database_write_failures_total", ())] >= TICKS
        assert poller.stop(grace=1, budget=2) is True


def test_healthz_is_503_after_consecutive_tick_failures_and_ok_once_one_succeeds(site: Site) -> None:
    metrics = Metrics()
    with Fetcher(site.config.fetch) as fetcher:
        poller = Poller(
            Updater(config=site.config, store=site.store, fetcher=fetcher),
            tick_seconds=60,
            metrics=metrics,
            export=False,
        )
        client = create_app(site.config, site.store, metrics=metrics, scheduler=poller).test_client()
        db = _db(site)
        away = db.with_name("away.db")
        db.rename(away)  # every tick fails: the file is gone
        for n in range(1, TICK_FAILURES_UNHEALTHY + 1):
            poller.tick()
            assert poller.consecutive_failures == n
        body = client.get("/healthz").get_json()
        assert body["scheduler"]["consecutive_failures"] == TICK_FAILURES_UNHEALTHY
        assert client.get("/healthz").status_code == 503
        away.rename(db)  # back: the same file, nothing to reopen
        poller.tick()
        assert poller.consecutive_failures == 0
        assert client.get("/healthz").status_code == 200
        assert _scrape(client)[("aggregator_scheduler_tick_failures_consecutive", ())] == 0
        assert poller.stop(grace=1, budget=2) is True
