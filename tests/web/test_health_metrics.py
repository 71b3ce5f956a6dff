"""/healthz and /metrics through Flask's test client: a real store, a real scheduler state,
and the database made unreachable for real (its folder moved away)."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families

from aggregator.config import Config
from aggregator.fetch import Fetcher
from aggregator.metrics import route_label
from aggregator.scheduler import Poller
from aggregator.store import Store
from aggregator.update import Updater, apply_configuration
from aggregator.web import create_app, set_config

from .conftest import Site, site_toml


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every sample of a scrape, by name and sorted labels."""
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


def test_metrics_parse_and_count_requests_by_route_and_status(site: Site) -> None:
    assert site.client.get("/feeds/kremlin.atom").status_code == 200
    assert site.client.get("/feeds/kremlin.rss").status_code == 200
    assert site.client.get("/feeds/nope.json").status_code == 404
    assert site.client.get("/wp-login.php").status_code == 404
    assert site.client.get("/sources/lemonde.atom").status_code == 200
    assert site.client.get("/feeds/kremlin.atom").status_code == 200  # rendered already
    r = site.client.get("/metrics")
    assert r.status_code == 200
    assert r.headers["Content-Type"].startswith("text/plain; version=")
    assert "no-store" in r.headers["Cache-Control"]
    got = samples(r.get_data(as_text=True))
    requests = "aggregator_http_requests_total"
    assert got[(requests, (("route", "/feeds/<tag>.<fmt>"), ("status", "200")))] == 3
    assert got[(requests, (("route", "/feeds/<tag>.<fmt>"), ("status", "404")))] == 1
    assert got[(requests, (("route", "(unmatched)"), ("status", "404")))] == 1
    assert got[(requests, (("route", "/sources/<name>.<fmt>"), ("status", "200")))] == 1
    # three documents rendered once each; the unknown tag never reaches the cache
    assert got[("aggregator_render_cache_requests_total", (("result", "miss"),))] == 3
    assert got[("aggregator_render_cache_requests_total", (("result", "hit"),))] == 1
    # gauges read from the store: the site's three sources fetched once each
    assert got[("aggregator_sources", ())] == 3
    assert got[("aggregator_sources_failing", ())] == 0
    assert got[("aggregator_sources_stale", ())] == 0
    assert {
        dict(labels)["source"]
        for name, labels in got
        if name == "aggregator_source_last_success_timestamp_seconds"
    } == {"lemonde", "france24", "courrier"}
    assert {
        dict(labels)["tag"] for name, labels in got if name == "aggregator_feed_last_change_timestamp_seconds"
    } == {"kremlin"}
    assert got[("aggregator_info", (("version", "0.1.0"),))] == 1
    # no fetch in this process: the counters are there, at zero
    assert got[("aggregator_fetches_total", (("outcome", "ok"),))] == 0


def test_metrics_in_openmetrics_when_asked(site: Site) -> None:
    from prometheus_client.openmetrics.parser import text_string_to_metric_families as parse_om

    r = site.client.get("/metrics", headers={"Accept": "application/openmetrics-text; version=1.0.0"})
    assert r.headers["Content-Type"].startswith("application/openmetrics-text")
    text = r.get_data(as_text=True)
    assert text.endswith("# EOF\n")
    assert "aggregator_sources" in {f.name for f in parse_om(text)}


def test_process_metrics_do_not_need_proc_stat(site: Site) -> None:
    """The unit hides /proc/stat (ProcSubset=pid): the boot time comes from CLOCK_BOOTTIME,
    and agrees with /proc/stat where it is readable."""
    from aggregator.metrics import _ProcessCollector

    btime = next(
        float(line.split()[1])
        for line in Path("/proc/stat").read_text().splitlines()
        if line.startswith("btime ")
    )
    assert abs(_ProcessCollector(registry=None)._boot_time() - btime) < 2
    got = samples(site.client.get("/metrics").get_data(as_text=True))
    assert got[("process_resident_memory_bytes", ())] > 10_000_000
    # This test process's start: field 22 of /proc/self/stat, in clock ticks after boot.
    ticks = int(Path("/proc/self/stat").read_text().rpartition(")")[2].split()[19])
    assert abs(got[("process_start_time_seconds", ())] - (btime + ticks / os.sysconf("SC_CLK_TCK"))) < 2


@pytest.mark.parametrize(
    ("rule", "label"),
    [
        ("/feeds/<tag>.<any(atom, rss, json):fmt>", "/feeds/<tag>.<fmt>"),
        ("/sources/<name>.<any(atom, rss, json):fmt>", "/sources/<name>.<fmt>"),
        ("/", "/"),
        ("/healthz", "/healthz"),
        (None, "(unmatched)"),
    ],
)
def test_route_labels(rule: str | None, label: str) -> None:
    assert route_label(rule) == label


@pytest.mark.slow
def test_a_source_unfetched_for_three_intervals_is_stale(
    write_config: Callable[..., Config], feed_url: Callable[[str], str]
) -> None:
    text = site_toml(feed_url).replace(
        "[output]", '[scheduler]\ninterval = "1s"\nmin_interval = "1s"\n\n[output]'
    )
    config = write_config(text)
    store = Store(config.database.url)
    apply_configuration(config, store)
    app = create_app(config, store)
    got = samples(app.test_client().get("/metrics").get_data(as_text=True))
    assert got[("aggregator_sources_stale", ())] == 0  # just added: not late yet
    time.sleep(3.2)
    got = samples(app.test_client().get("/metrics").get_data(as_text=True))
    assert got[("aggregator_sources_stale", ())] == 3
    # removed from the configuration (reload): no longer counted
    set_config(app, write_config(text.split("[[sources]]")[0]))
    got = samples(app.test_client().get("/metrics").get_data(as_text=True))
    assert got[("aggregator_sources", ())] == 0
    assert got[("aggregator_sources_stale", ())] == 0
    store.close()


@pytest.fixture
def unreachable(
    write_config: Callable[..., Config], feed_url: Callable[[str], str], tmp_path: Path
) -> Iterator[tuple[Site, Path]]:
    """A site whose SQLite file lives in a folder the test can move away."""
    (tmp_path / "db").mkdir()
    config = write_config(
        site_toml(feed_url).replace("sqlite:///aggregator.db", "sqlite:///db/aggregator.db"),
        keep_database=True,
    )  # about a file that goes away: SQLite here too
    store = Store(config.database.url)
    apply_configuration(config, store)
    app = create_app(config, store)
    yield Site(config=config, store=store, app=app, client=app.test_client()), tmp_path / "db"
    store.close()


def test_healthz_is_503_when_the_database_is_unreachable(unreachable: tuple[Site, Path]) -> None:
    site, folder = unreachable
    assert site.client.get("/healthz").status_code == 200
    site.store.engine.dispose()  # no pooled connection left: the next one opens the file
    folder.rename(folder.with_name("moved"))
    r = site.client.get("/healthz")
    assert r.status_code == 503
    assert r.get_json()["database"] is False and r.get_json()["status"] == "error"
    scrape = site.client.get("/metrics")
    assert scrape.status_code == 200  # metrics still answer, and say why
    assert samples(scrape.get_data(as_text=True))[("aggregator_database_up", ())] == 0


@pytest.mark.slow
def test_healthz_follows_the_scheduler_of_this_process(site: Site) -> None:
    """``run``: the tick runs here, and a stale tick makes /healthz 503."""
    with Fetcher(site.config.fetch) as fetcher:
        poller = Poller(
            Updater(config=site.config, store=site.store, fetcher=fetcher), tick_seconds=0.5, export=False
        )
        app = create_app(site.config, site.store, scheduler=poller)
        client = app.test_client()
        poller.tick()
        body = client.get("/healthz").get_json()
        assert body["scheduler"] == {
            "alive": True,
            "in_process": True,
            "last_tick": poller.last_tick.isoformat(),  # type: ignore[union-attr]
            "consecutive_failures": 0,
        }
        time.sleep(2.0)  # more than three tick periods without a tick
        r = client.get("/healthz")
        assert r.status_code == 503
        assert r.get_json()["scheduler"]["alive"] is False
        assert r.get_json()["database"] is True
        poller.tick()
        assert client.get("/healthz").status_code == 200
        assert poller.stop(grace=1, budget=2) is True


def test_healthz_of_serve_reports_the_heartbeat_but_stays_up(site: Site) -> None:
    """``serve``: the scheduler is another process's; its heartbeat is shown, and a web
    server that can serve feeds is healthy without it."""
    body = site.client.get("/healthz").get_json()
    assert body["scheduler"] == {
        "alive": False,
        "in_process": False,
        "last_tick": None,
        "consecutive_failures": 0,
    }
    with Fetcher(site.config.fetch) as fetcher:
        poller = Poller(Updater(config=site.config, store=site.store, fetcher=fetcher), export=False)
        poller.tick()  # writes the heartbeat into the database
        assert poller.stop(grace=1, budget=2) is True
    r = site.client.get("/healthz")
    assert r.status_code == 200
    assert r.get_json()["scheduler"]["alive"] is True
    assert r.get_json()["scheduler"]["in_process"] is False
