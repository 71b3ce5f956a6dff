"""The daemon as systemd runs it: real ``aggregator run|serve|worker`` processes, a
notification socket the test owns, signals, a configuration file rewritten under them, and
the database (SQLite, or PostgreSQL in that pass) locked from here to hang the scheduler for
real.

Every wait is bounded; counts of watchdog pings are checked loosely (a period of 1 s, so
a few in a few seconds), never timed precisely.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
from _notify import NotifyListener
from _paths import DATA
from _process import (
    START_TIMEOUT,
    STOP_TIMEOUT,
    clean_env,
    free_port,
    kill,
    start,
    stop,
    wait_for_log,
    wait_until_up,
)
from prometheus_client.parser import text_string_to_metric_families
from pytest_httpserver import HTTPServer
from sqlalchemy import create_engine, text
from werkzeug.wrappers import Request, Response

from aggregator.cli import main

BASE_URL = "http://feeds.test"
FILES = {"lemonde": "lemonde.rss", "france24": "france24.atom", "courrier": "courrier.rdf"}
ENTRIES = {"lemonde": 4, "france24": 3, "courrier": 2}
#: $WATCHDOG_USEC of the tests: systemd would want a ping every second.
WATCHDOG_USEC = "2000000"
#: The database line of service_toml: the daemon fixture writes the test's database there.
SQLITE_DATABASE = 'url = "sqlite:///aggregator.db"'


def service_toml(
    port: int,
    url: Callable[[str], str],
    names: tuple[str, ...] = tuple(FILES),
    *,
    kremlin_title: str = "Kremlin",
    extra: str = "",
) -> str:
    text = (
        f'[server]\nhost = "127.0.0.1"\nport = {port}\nbase_url = "{BASE_URL}"\n\n'
        f'[database]\n{SQLITE_DATABASE}\n\n[output]\ndir = "public"\n\n'
        '[scheduler]\ninterval = "1h"\nmin_interval = "1s"\n\n'
        f'[tags.kremlin]\ntitle = "{kremlin_title}"\n'
        'keywords = ["kremlin", "poutine", "putin", "peskov"]\n\n'
    )
    for name in names:
        text += f'[[sources]]\nname = "{name}"\nurl = "{url(FILES.get(name, name))}"\n'
        if name == "courrier":
            text += 'tags = ["revue"]\n'
    return text + extra


@dataclass
class Daemon:
    """One aggregator process, its log, and (when asked) the notification socket."""

    proc: subprocess.Popen[bytes]
    log: Path
    config: Path
    port: int
    #: The test's database (conftest.py's database_url), in place of service_toml's.
    database: str
    notify: NotifyListener | None = None
    client: httpx.Client = field(default_factory=lambda: httpx.Client(trust_env=False, timeout=5))

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def get(self, path: str, **kwargs: object) -> httpx.Response:
        return self.client.get(f"{self.base}{path}", **kwargs)  # type: ignore[arg-type]

    def wait_ready(self) -> dict[str, str]:
        assert self.notify is not None
        ready = self.notify.wait_for("READY", START_TIMEOUT)
        if ready is None:
            pytest.fail(f"no READY=1 within {START_TIMEOUT}s:\n{self.log.read_text()}")
        return ready

    def wait_items(self, path: str, count: int) -> list[dict[str, object]]:
        """The items of a JSON feed once it has ``count`` of them (bounded wait)."""
        items: list[dict[str, object]] = []
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            r = self.get(path)
            items = r.json()["items"] if r.status_code == 200 else []
            if len(items) >= count:
                return items
            time.sleep(0.2)
        pytest.fail(f"{path}: {len(items)} items, expected {count}:\n{self.log.read_text()}")

    def send(self, signum: int) -> None:
        self.proc.send_signal(signum)

    def stop(self, signum: int = signal.SIGTERM) -> int:
        return stop(self.proc, self.log, signum)


def config_text(text: str, database_url: str) -> str:
    """A service_toml text as written for the daemon: on the test's database."""
    return '[fetch]\nallow_private = ["127.0.0.1"]\n' + text.replace(
        SQLITE_DATABASE, f'url = "{database_url}"'
    )


@pytest.fixture
def daemon(tmp_path: Path, database_url: str) -> Iterator[Callable[..., Daemon]]:
    """Start ``aggregator COMMAND`` on a config text, on the test's database; everything is
    killed and closed after."""
    started: list[Daemon] = []

    def launch(
        command: str,
        text: str,
        port: int,
        *,
        notify: str | None = None,
        env: dict[str, str] | None = None,
        args: tuple[str, ...] = (),
    ) -> Daemon:
        config = tmp_path / "config.toml"
        config.write_text(config_text(text, database_url), encoding="utf-8")
        listener = NotifyListener(abstract=notify == "abstract") if notify else None
        extra = dict(env or {})
        if listener is not None:
            extra["NOTIFY_SOCKET"] = listener.address
        log = tmp_path / f"{command}.log"
        d = Daemon(
            start(command, config, log, *args, env=clean_env(**extra)),
            log,
            config,
            port,
            database_url,
            listener,
        )
        started.append(d)
        return d

    yield launch
    for d in started:
        kill(d.proc)
        d.client.close()
        if d.notify is not None:
            d.notify.close()


def rewrite(d: Daemon, text: str) -> None:
    d.config.write_text(config_text(text, d.database), encoding="utf-8")


class WriteLock:
    """The database's write lock, held from the test: SQLite's (BEGIN IMMEDIATE), or on
    PostgreSQL the sources table's (EXCLUSIVE mode: readers go on, claims and writes wait),
    as a database stuck under another writer would hold it."""

    def __init__(self, database_url: str) -> None:
        self.database_url = database_url

    def __enter__(self) -> WriteLock:
        if self.database_url.startswith("sqlite"):
            path = self.database_url.removeprefix("sqlite:///")
            self.sqlite = sqlite3.connect(path, isolation_level=None, timeout=10)
            self.sqlite.execute("BEGIN IMMEDIATE")
        else:
            self.engine = create_engine(self.database_url)
            self.pg = self.engine.connect()
            self.pg.execute(text("LOCK TABLE sources IN EXCLUSIVE MODE"))  # begins a transaction
        return self

    def __exit__(self, *exc: object) -> None:
        if self.database_url.startswith("sqlite"):
            self.sqlite.execute("ROLLBACK")
            self.sqlite.close()
        else:
            self.pg.rollback()
            self.pg.close()
            self.engine.dispose()


def sources_json(config: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, dict[str, object]]:
    import json

    capsys.readouterr()
    assert main(["sources", "--json", "--config", str(config), "--log-level", "ERROR"]) == 0
    return {s["name"]: s for s in json.loads(capsys.readouterr().out)}


# -- sd_notify: READY, WATCHDOG, STOPPING ------------------------------------------------------


def wait_healthy(d: Daemon) -> httpx.Response:
    """The daemon's /healthz once it says 200, or its last answer after START_TIMEOUT: the
    scheduler counts as alive once a tick has finished, which a loaded machine delays."""
    answer = d.get("/healthz")
    deadline = time.monotonic() + START_TIMEOUT
    while answer.status_code != 200 and time.monotonic() < deadline:
        time.sleep(0.2)
        answer = d.get("/healthz")
    return answer


@pytest.mark.slow
@pytest.mark.parametrize(
    ("command", "socket_kind", "signum"),
    [
        ("run", "path", signal.SIGTERM),
        ("run", "abstract", signal.SIGTERM),
        ("serve", "abstract", signal.SIGTERM),
        ("worker", "path", signal.SIGINT),
    ],
)
def test_ready_watchdog_and_stopping(
    daemon: Callable[..., Daemon], feed_url: Callable[[str], str], command: str, socket_kind: str, signum: int
) -> None:
    port = free_port()
    d = daemon(
        command, service_toml(port, feed_url), port, notify=socket_kind, env={"WATCHDOG_USEC": WATCHDOG_USEC}
    )
    assert d.notify is not None
    ready = d.wait_ready()
    if command != "worker":
        # READY=1 means the server listens: the first request, not retried, is answered
        # (a connection refused would raise). Healthy may come a moment later on a loaded
        # machine: the first tick must finish within three tick periods to count as alive.
        first = d.get("/healthz")
        assert first.status_code in (200, 503), first.text
        assert wait_healthy(d).status_code == 200
    assert ("serving http://127.0.0.1" in ready["STATUS"]) == (command != "worker")
    assert ("3 sources" in ready["STATUS"]) == (command != "serve")
    # WATCHDOG=1 every half of WATCHDOG_USEC: about 5 in 5 s, loosely.
    pings = d.notify.count("WATCHDOG", 5.0)
    assert 3 <= pings <= 12, (pings, d.log.read_text())
    assert d.stop(signum) == 0, d.log.read_text()
    stopping = d.notify.wait_for("STOPPING", 1.0)
    assert stopping is not None, d.notify.messages
    log = d.log.read_text()
    assert f"stopping signal={signal.Signals(signum).name}" in log
    assert "Traceback" not in log


@pytest.mark.slow
def test_no_watchdog_pings_unless_asked(
    daemon: Callable[..., Daemon], feed_url: Callable[[str], str]
) -> None:
    port = free_port()
    d = daemon("run", service_toml(port, feed_url), port, notify="path")
    assert d.notify is not None
    d.wait_ready()
    assert d.notify.count("WATCHDOG", 2.5) == 0
    assert d.stop() == 0, d.log.read_text()


@pytest.mark.slow
def test_watchdog_stops_while_the_tick_is_stuck_and_resumes(
    daemon: Callable[..., Daemon], feed_url: Callable[[str], str]
) -> None:
    """Holding the database's write lock from here makes the tick wait on its claim, as a
    stuck database would: the pings must stop, /healthz must say so, and both recover after."""
    port = free_port()
    d = daemon(
        "run", service_toml(port, feed_url), port, notify="abstract", env={"WATCHDOG_USEC": WATCHDOG_USEC}
    )
    assert d.notify is not None
    d.wait_ready()
    d.wait_items("/feeds/all.json", 9)  # the first ingest is over: no fetch in flight
    assert d.notify.wait_for("WATCHDOG", 5.0) is not None
    with WriteLock(d.database):
        # The tick runs every second and is stale after three: pings stop within a few
        # seconds, and none comes for several periods after that.
        deadline = time.monotonic() + 15
        last_ping = time.monotonic()
        while time.monotonic() < deadline and time.monotonic() - last_ping < 4.0:
            message = d.notify.receive(0.5)
            if message is not None and message.get("WATCHDOG") == "1":
                last_ping = time.monotonic()
        assert time.monotonic() - last_ping >= 4.0, "watchdog pings went on with the tick stuck"
        statuses = [m.get("STATUS", "") for _, m in d.notify.messages[-3:]]
        assert any("NOT ALIVE: scheduler tick stale" in s for s in statuses), statuses
        health = d.get("/healthz")
        assert health.status_code == 503
        assert health.json()["scheduler"]["alive"] is False
        assert health.json()["database"] is True  # readers still get through
        assert "not alive, watchdog withheld problems=scheduler tick stale" in d.log.read_text()
    assert d.notify.wait_for("WATCHDOG", 10.0) is not None, d.log.read_text()
    assert d.get("/healthz").status_code == 200
    wait_for_log(d.log, "alive again", d.proc, timeout=5)
    assert d.stop() == 0, d.log.read_text()


# -- SIGHUP: reload -----------------------------------------------------------------------------


@pytest.mark.slow
def test_sighup_applies_added_removed_and_changed_sources_and_tags(
    daemon: Callable[..., Daemon], feed_url: Callable[[str], str], capsys: pytest.CaptureFixture[str]
) -> None:
    port = free_port()
    d = daemon("run", service_toml(port, feed_url, ("lemonde", "france24")), port, notify="path")
    assert d.notify is not None
    d.wait_ready()
    d.wait_items("/feeds/all.json", 7)
    assert "courrier" not in d.get("/").text
    assert d.get("/feeds/revue.json").status_code == 404

    rewrite(d, service_toml(port, feed_url, ("lemonde", "courrier"), kremlin_title="Le Kremlin"))
    d.send(signal.SIGHUP)
    reloading = d.notify.wait_for("RELOADING", 5.0)
    assert reloading is not None and int(reloading["MONOTONIC_USEC"]) > 0
    assert d.notify.wait_for("READY", 10.0) is not None
    log = wait_for_log(d.log, "configuration reloaded", d.proc)
    assert (
        "configuration reloaded sources_added=courrier sources_removed=france24 "
        "sources_changed=- tags_added=- tags_removed=- tags_changed=kremlin"
    ) in log
    # the new source is fetched at once, with its source tag; the removed one is gone
    assert len(d.wait_items("/feeds/revue.json", 2)) == 2
    index = d.get("/").text
    assert "courrier" in index
    assert "france24" not in index
    assert d.get("/feeds/kremlin.json").json()["title"] == "Le Kremlin"
    listed = sources_json(d.config, capsys)
    assert set(listed) == {"lemonde", "courrier"}
    assert listed["courrier"]["entries"] == 2 and listed["courrier"]["error"] is None
    assert d.stop() == 0, d.log.read_text()
    assert "Traceback" not in d.log.read_text()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("broken", "why"),
    [
        ("[server]\nprot = 8080\n", "server.prot: unknown key; did you mean 'port'?"),
        ("this is = = not toml\n", "not valid TOML"),
    ],
)
def test_sighup_with_a_broken_config_keeps_the_running_one(
    daemon: Callable[..., Daemon], feed_url: Callable[[str], str], broken: str, why: str
) -> None:
    port = free_port()
    text = service_toml(port, feed_url, ("lemonde", "france24"))
    d = daemon("run", text, port, notify="path")
    assert d.notify is not None
    d.wait_ready()
    d.wait_items("/feeds/all.json", 7)
    d.config.write_text(broken, encoding="utf-8")
    d.send(signal.SIGHUP)
    log = wait_for_log(d.log, "configuration not reloaded", d.proc)
    line = next(x for x in log.splitlines() if "configuration not reloaded" in x)
    assert "keeping the running one" in line and str(d.config) in line and why in line, line
    assert d.notify.wait_for("READY", 5.0) is not None  # back to running, as it was
    index = d.get("/").text
    assert "lemonde" in index and "france24" in index
    assert d.get("/feeds/kremlin.atom").status_code == 200
    assert d.get("/healthz").status_code == 200
    # and the next good file is applied
    rewrite(d, text + '[[sources]]\nname = "courrier"\nurl = "' + feed_url("courrier.rdf") + '"\n')
    d.send(signal.SIGHUP)
    wait_for_log(d.log, "sources_added=courrier", d.proc)
    d.wait_items("/sources/courrier.json", 2)
    assert d.stop() == 0, d.log.read_text()


@pytest.mark.slow
def test_sighup_keeps_what_needs_a_restart(
    daemon: Callable[..., Daemon], feed_url: Callable[[str], str]
) -> None:
    port = free_port()
    d = daemon("run", service_toml(port, feed_url, ("lemonde",)), port)
    wait_until_up(d.proc, f"{d.base}/healthz", d.log)
    rewrite(
        d,
        service_toml(free_port(), feed_url, ("lemonde",)).replace(
            "[scheduler]\n", "[scheduler]\nworkers = 3\n"
        ),
    )
    d.send(signal.SIGHUP)
    log = wait_for_log(d.log, "configuration reloaded", d.proc)
    assert "configuration changes that need a restart, not applied keys=server.port,scheduler.workers" in log
    # still on the old port: answered at once, healthy once a tick has finished (a moment
    # later on a loaded machine, as after READY)
    assert d.get("/healthz").status_code in (200, 503)
    assert wait_healthy(d).status_code == 200
    assert d.stop() == 0, d.log.read_text()


# -- SIGTERM: fetches in flight ------------------------------------------------------------------


@pytest.fixture
def slow_server() -> Iterator[tuple[HTTPServer, threading.Event, threading.Event]]:
    """A threaded feed server whose /slow/<file> answers once ``release`` is set (or after
    30 s); ``arrived`` is set when such a request comes in."""
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    arrived, release = threading.Event(), threading.Event()

    def handler(request: Request) -> Response:
        arrived.set()
        release.wait(30)
        body = (DATA / "feed" / request.path.rsplit("/", 1)[-1]).read_bytes()
        return Response(body, content_type="application/rss+xml")

    server.expect_request("/slow/lemonde.rss").respond_with_handler(handler)
    server.start()
    yield server, arrived, release
    release.set()
    server.clear()
    if server.is_running():
        server.stop()


@pytest.mark.slow
def test_sigterm_lets_a_fetch_in_flight_finish_and_commit(
    daemon: Callable[..., Daemon],
    slow_server: tuple[HTTPServer, threading.Event, threading.Event],
    capsys: pytest.CaptureFixture[str],
) -> None:
    server, arrived, release = slow_server
    port = free_port()
    d = daemon("run", service_toml(port, lambda f: server.url_for(f"/slow/{f}"), ("lemonde",)), port)
    assert arrived.wait(START_TIMEOUT), d.log.read_text()
    d.send(signal.SIGTERM)
    wait_for_log(d.log, "waiting for fetches in flight fetches=1", d.proc, timeout=5)
    release.set()  # the source answers, within the grace period
    assert d.proc.wait(timeout=STOP_TIMEOUT) == 0, d.log.read_text()
    log = d.log.read_text()
    assert "source fetched source=lemonde outcome=ok status=200 new=4" in log
    assert "stopping before fetches finished" not in log
    listed = sources_json(d.config, capsys)
    assert listed["lemonde"]["entries"] == 4 and listed["lemonde"]["error"] is None


@pytest.mark.slow
def test_sigterm_gives_up_on_a_fetch_past_the_grace_period(
    daemon: Callable[..., Daemon],
    slow_server: tuple[HTTPServer, threading.Event, threading.Event],
    capsys: pytest.CaptureFixture[str],
) -> None:
    server, arrived, release = slow_server
    port = free_port()
    d = daemon("run", service_toml(port, lambda f: server.url_for(f"/slow/{f}"), ("lemonde",)), port)
    assert arrived.wait(START_TIMEOUT), d.log.read_text()
    started = time.monotonic()
    assert d.stop() == 0, d.log.read_text()  # within STOP_TIMEOUT, the source unanswered
    assert time.monotonic() - started < STOP_TIMEOUT
    log = d.log.read_text()
    assert "stopping before fetches finished, they will be fetched at the next start sources=lemonde" in log
    listed = sources_json(d.config, capsys)
    # not the source's failure: nothing recorded; and its claim was given back, so the
    # next pass fetches it at once instead of after the lease
    assert listed["lemonde"]["error"] is None and listed["lemonde"]["failures"] == 0
    release.set()
    capsys.readouterr()
    assert main(["fetch", "lemonde", "--config", str(d.config), "--log-level", "ERROR"]) == 0
    assert "lemonde: ok, 4 new" in capsys.readouterr().out


# -- /metrics ----------------------------------------------------------------------------------


@pytest.mark.slow
def test_metrics_of_a_running_daemon(daemon: Callable[..., Daemon], feed_url: Callable[[str], str]) -> None:
    port = free_port()
    broken = f'[[sources]]\nname = "broken"\nurl = "{feed_url("missing.rss")}"\n'
    d = daemon("run", service_toml(port, feed_url, extra=broken), port)
    wait_until_up(d.proc, f"{d.base}/healthz", d.log)
    d.wait_items("/feeds/all.json", 9)
    wait_for_log(d.log, "source fetched source=broken outcome=error", d.proc)
    assert d.get("/feeds/kremlin.atom").status_code == 200
    assert d.get("/feeds/nope.atom").status_code == 404
    r = d.get("/metrics")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/plain; version=")
    families = {f.name: f for f in text_string_to_metric_families(r.text)}

    def value(family: str, sample: str | None = None, **labels: str) -> float:
        for s in families[family].samples:
            if (sample is None or s.name == sample) and all(s.labels.get(k) == v for k, v in labels.items()):
                return float(s.value)
        raise AssertionError(f"no {family} {labels} in {families[family].samples}")

    assert value("aggregator_fetches", "aggregator_fetches_total", outcome="ok") == 3
    assert value("aggregator_fetches", "aggregator_fetches_total", outcome="http_error") == 1
    assert value("aggregator_fetches", "aggregator_fetches_total", outcome="parse_error") == 0
    assert value("aggregator_fetch_duration_seconds", "aggregator_fetch_duration_seconds_count") == 4
    assert value("aggregator_entries_ingested", "aggregator_entries_ingested_total", change="new") == 9
    assert value("aggregator_sources") == 4
    assert value("aggregator_sources_failing") == 1
    assert value("aggregator_sources_stale") == 0
    assert value("aggregator_database_up") == 1
    successes = {
        s.labels["source"] for s in families["aggregator_source_last_success_timestamp_seconds"].samples
    }
    assert successes == set(FILES)
    now = time.time()
    for name in FILES:
        assert now - 60 < value("aggregator_source_last_success_timestamp_seconds", source=name) <= now
    assert value("aggregator_feed_last_change_timestamp_seconds", tag="kremlin") > now - 60
    assert (
        value(
            "aggregator_http_requests",
            "aggregator_http_requests_total",
            route="/feeds/<tag>.<fmt>",
            status="200",
        )
        >= 1
    )
    assert (
        value(
            "aggregator_http_requests",
            "aggregator_http_requests_total",
            route="/feeds/<tag>.<fmt>",
            status="404",
        )
        == 1
    )
    assert (
        value("aggregator_render_cache_requests", "aggregator_render_cache_requests_total", result="miss")
        >= 1
    )
    assert value("aggregator_scheduler_last_tick_timestamp_seconds") > now - 60
    assert d.stop() == 0, d.log.read_text()


@pytest.mark.slow
def test_a_worker_serves_health_and_metrics_where_told_and_nothing_else(
    daemon: Callable[..., Daemon], feed_url: Callable[[str], str]
) -> None:
    """``worker --listen``: its own fetch counters and scheduler health for a scraper; no
    feeds, and nothing on ``[server] port`` (the web node's, maybe on the same machine)."""
    web_port, port = free_port(), free_port()
    d = daemon("worker", service_toml(web_port, feed_url), port, args=("--listen", f"127.0.0.1:{port}"))
    wait_until_up(d.proc, f"{d.base}/healthz", d.log)
    wait_for_log(d.log, "started mode=worker url=http://127.0.0.1:", d.proc)
    deadline = time.monotonic() + START_TIMEOUT
    while True:
        families = {f.name: f for f in text_string_to_metric_families(d.get("/metrics").text)}
        fetches = {
            s.labels["outcome"]: s.value
            for s in families["aggregator_fetches"].samples
            if s.name == "aggregator_fetches_total"
        }
        if fetches.get("ok") == len(FILES) or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert fetches.get("ok") == len(FILES), d.log.read_text()
    new = [
        s.value
        for s in families["aggregator_entries_ingested"].samples
        if s.name == "aggregator_entries_ingested_total" and s.labels["change"] == "new"
    ]
    assert new == [sum(ENTRIES.values())]
    health = d.get("/healthz")
    assert health.status_code == 200
    assert health.json()["scheduler"]["in_process"] is True
    assert health.json()["scheduler"]["alive"] is True
    for path in ("/", "/feeds/kremlin.atom", "/feeds/all.json", "/opml"):
        assert d.get(path).status_code == 404, path
    with pytest.raises(httpx.ConnectError):
        d.client.get(f"http://127.0.0.1:{web_port}/healthz")
    assert d.stop() == 0, d.log.read_text()


def test_malloc_arenas_are_capped_unless_the_administrator_chose(monkeypatch: pytest.MonkeyPatch) -> None:
    import platform
    import sys

    from aggregator.service import limit_malloc_arenas

    monkeypatch.delenv("MALLOC_ARENA_MAX", raising=False)
    glibc = sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"
    assert limit_malloc_arenas() is glibc
    monkeypatch.setenv("MALLOC_ARENA_MAX", "4")
    assert limit_malloc_arenas() is False
