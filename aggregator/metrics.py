"""Prometheus metrics of one process, served at ``/metrics``.

Two kinds. Counters and histograms say what *this process* did: fetches (``run``,
``worker``), HTTP requests and render-cache lookups (``run``, ``serve``). Gauges about the
sources and feeds are read from the store at each scrape, so every process that serves
``/metrics`` reports the same freshness whoever did the fetching.

Each ``Metrics`` has a registry of its own, no module globals: the service builds one,
tests as many as they like. Does not serve HTTP (web/ does) nor decide outcomes of
fetches (update.py does); it only counts them.

Shared mode (``share_metrics()``, when the service serves with several web processes,
web/prefork.py): prometheus-client's multiprocess mode, every process's counters and
histograms in files of one directory, so that the scrape, answered by any web process,
adds up the requests of all of them and the fetches of the service process; process_*
metrics are the sums over the live processes.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, Info, ProcessCollector, values
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.exposition import choose_encoder
from prometheus_client.registry import Collector

from aggregator import __version__
from aggregator.config import Config
from aggregator.exceptions import FetchError, ParseError, SourceError, StorageError
from aggregator.store import Store
from aggregator.types import UpdateResult

#: What became of one fetch; every value is exported from the start, at 0.
OUTCOMES = (
    "ok",
    "not_modified",
    "http_error",
    "network_error",
    "parse_error",
    "storage_error",
    "internal_error",
    "skipped",
)
#: Seconds: a conditional GET on loopback takes milliseconds; fetch.timeout defaults to 30 s.
FETCH_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 20.0, 30.0, 60.0)
#: A source is stale when its last success is older than this many of its polling
#: intervals: one missed poll is jitter or a blip, three are a problem worth an alert.
STALE_INTERVALS = 3

_CONVERTER = re.compile(r"<(?:[^:<>]+:)?([^<>]+)>")
#: prometheus-client's multiprocess mode: the directory of every process's values.
SHARED_DIR_ENV = "PROMETHEUS_MULTIPROC_DIR"


def share_metrics() -> str:
    """Count in shared mode from now on, in this process and the processes it starts (they
    inherit the environment variable): a new, empty directory, for the caller to remove
    when the service ends. Call before building any Metrics."""
    folder = tempfile.mkdtemp(prefix="aggregator-metrics-")
    os.environ[SHARED_DIR_ENV] = folder
    # The value class was chosen from the variable at import: choose again (prometheus-client
    # leaves get_value_class unannotated).
    values.ValueClass = values.get_value_class()  # type: ignore[no-untyped-call]
    return folder


def unshare_metrics(folder: str) -> None:
    """End shared mode started by ``share_metrics()``: its directory removed, and this
    process counting alone again (a process that starts another service after, as tests
    do, must not count into a directory that is gone)."""
    shutil.rmtree(folder, ignore_errors=True)
    if os.environ.get(SHARED_DIR_ENV) == folder:
        del os.environ[SHARED_DIR_ENV]
        values.ValueClass = values.get_value_class()  # type: ignore[no-untyped-call]


def shared_dir() -> str | None:
    """The directory of shared mode, or None (one process counts alone)."""
    return os.environ.get(SHARED_DIR_ENV) or None


def fetch_outcome(result: UpdateResult) -> str:
    """The ``outcome`` label of one update result."""
    error = result.error
    if error is None:
        return "not_modified" if result.not_modified else "ok"
    if isinstance(error, FetchError):
        return "http_error" if error.status is not None else "network_error"
    if isinstance(error, ParseError):
        return "parse_error"
    if isinstance(error, StorageError):
        return "storage_error"
    if isinstance(error, SourceError):  # e.g. removed from the configuration meanwhile
        return "skipped"
    return "internal_error"


def route_label(rule: str | None) -> str:
    """A Flask URL rule as a label: ``/feeds/<tag>.<fmt>``; unmatched paths are one value,
    so a scan of random URLs cannot grow the number of series."""
    return _CONVERTER.sub(r"<\1>", rule) if rule else "(unmatched)"


class Metrics:
    """The metrics of one process, in their own registry."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        #: What a scrape reads: ``registry``; in shared mode the files of every process.
        self.exported = r
        self.shared = shared_dir()
        if self.shared is not None:
            from prometheus_client.multiprocess import MultiProcessCollector

            self.exported = CollectorRegistry()
            # prometheus-client leaves MultiProcessCollector's __init__ unannotated.
            MultiProcessCollector(self.exported, path=self.shared)  # type: ignore[no-untyped-call]
            _ProcessesCollector(self.shared, registry=self.exported)
        else:
            _ProcessCollector(registry=r)
        Info("aggregator", "Version of this process", registry=self.exported).info({"version": __version__})
        self.fetches = Counter(
            "aggregator_fetches", "Source updates finished, by outcome", ["outcome"], registry=r
        )
        for outcome in OUTCOMES:
            self.fetches.labels(outcome)
        self.fetch_seconds = Histogram(
            "aggregator_fetch_duration_seconds",
            "Time to update one source: fetch, parse, tag and store",
            buckets=FETCH_BUCKETS,
            registry=r,
        )
        self.entries = Counter(
            "aggregator_entries_ingested",
            "Entries stored by this process: new ones, and edited ones",
            ["change"],
            registry=r,
        )
        for change in ("new", "updated"):
            self.entries.labels(change)
        self.articles = Counter(
            "aggregator_article_pages",
            "Article pages of entries read ([[sources]] enrich), by "
            "outcome: read, failed (tried again later), given_up",
            ["outcome"],
            registry=r,
        )
        for outcome in ("read", "failed", "given_up"):
            self.articles.labels(outcome)
        # Gauges set by the one process that runs the scheduler: in shared mode, its value.
        self.last_tick = Gauge(
            "aggregator_scheduler_last_tick_timestamp_seconds",
            "When this process's scheduler tick last finished",
            registry=r,
            multiprocess_mode="mostrecent",
        )
        self.tick_failures = Counter(
            "aggregator_scheduler_tick_failures",
            "Scheduler ticks that failed (the database did not answer or refused a write)",
            registry=r,
        )
        self.tick_failures_in_a_row = Gauge(
            "aggregator_scheduler_tick_failures_consecutive",
            "Scheduler ticks failed since the last one that succeeded",
            registry=r,
            multiprocess_mode="mostrecent",
        )
        self.http_requests = Counter(
            "aggregator_http_requests",
            "HTTP requests answered, by route and status",
            ["route", "status"],
            registry=r,
        )
        self.render_cache = Counter(
            "aggregator_render_cache_requests",
            "Feed documents asked of the render cache, by result (a miss renders it; stale: "
            "served from memory while the database did not answer)",
            ["result"],
            registry=r,
        )
        for result in ("hit", "miss", "stale"):
            self.render_cache.labels(result)
        self.websub_queue = Gauge(
            "aggregator_websub_queue",
            "WebSub subscriptions that had a verification or a delivery to do at the hub's "
            "last run (this process)",
            registry=r,
            multiprocess_mode="mostrecent",
        )
        self.render_dropped = Counter(
            "aggregator_render_dropped_entries",
            "Entries left out of a feed document because it could not be rendered with them "
            "(each is logged with its source)",
            registry=r,
        )
        self.export_failures = Counter(
            "aggregator_export_failures",
            "Static exports that failed, in whole or for some feeds (each is logged; the "
            "export is tried again)",
            registry=r,
        )

    def watch_store(
        self,
        store: Store,
        config: Callable[[], Config],
        service_writes: Callable[[], tuple[bool, int]] | None = None,
    ) -> None:
        """Export the sources' and tags' freshness, read from ``store`` at each scrape.
        ``config`` returns the configuration in force (it changes on reload);
        ``service_writes``, in a web process, the service process's database writes (failing
        now, failures so far), added to this process's own."""
        self.exported.register(_StoreCollector(store, config, service_writes))

    def observe_update(self, result: UpdateResult) -> None:
        self.fetches.labels(fetch_outcome(result)).inc()
        self.fetch_seconds.observe(result.seconds)
        if result.new:
            self.entries.labels("new").inc(result.new)
        if result.updated:
            self.entries.labels("updated").inc(result.updated)
        for outcome, count in (
            ("read", result.articles_read),
            ("failed", result.articles_failed),
            ("given_up", result.articles_given_up),
        ):
            if count:
                self.articles.labels(outcome).inc(count)

    def observe_request(self, rule: str | None, status: int) -> None:
        self.http_requests.labels(route_label(rule), str(status)).inc()

    def exposition(self, accept: str | None = None) -> tuple[bytes, str]:
        """The scrape and its content type, in the format ``accept`` asks for: Prometheus
        text by default, OpenMetrics when the scraper prefers it."""
        encode, content_type = choose_encoder(accept or "")
        return encode(self.exported), content_type


class _ProcessCollector(ProcessCollector):
    """prometheus-client's memory, CPU and file metrics of this process, without /proc/stat.

    The library reads the boot time from /proc/stat, which the systemd unit hides
    (ProcSubset=pid); without it the collector exports nothing. The boot time is also
    now minus CLOCK_BOOTTIME, the clock /proc/<pid>/stat's start times count on.
    """

    def _boot_time(self) -> float:
        return time.time() - time.clock_gettime(time.CLOCK_BOOTTIME)


class _ProcessesCollector(Collector):
    """The process_* metrics of shared mode: the sums over the live processes that count in
    ``folder`` (the service's and its web processes'), named by their files (``*_PID.db``);
    the start time is the earliest, the descriptor limit the first one's."""

    def __init__(self, folder: str, registry: CollectorRegistry) -> None:
        self.folder = folder
        registry.register(self)

    def collect(self) -> Iterator[Metric]:
        pids = sorted(
            {
                int(name.rpartition("_")[2].removesuffix(".db"))
                for name in os.listdir(self.folder)
                if name.endswith(".db") and name.rpartition("_")[2][:-3].isdigit()
            }
        )
        families: dict[str, Metric] = {}
        for pid in pids:
            if not os.path.exists(f"/proc/{pid}/stat"):
                continue
            for family in _ProcessCollector(pid=_returning(pid), registry=None).collect():
                known = families.setdefault(family.name, family)
                if known is family:
                    continue
                for mine, theirs in zip(known.samples, family.samples, strict=False):
                    if family.name == "process_start_time_seconds":
                        value = min(mine.value, theirs.value)
                    elif family.name == "process_max_fds":
                        value = mine.value
                    else:
                        value = mine.value + theirs.value
                    known.samples[known.samples.index(mine)] = mine._replace(value=value)
        yield from families.values()


def _returning(pid: int) -> Callable[[], int]:
    """ProcessCollector's ``pid`` argument (a callable), bound to one process."""
    return lambda: pid


class _StoreCollector(Collector):
    """Gauges computed from the store when scraped. Per-tag gauges cover the configured
    tags only: category tags come from remote feeds and are unbounded in number."""

    def __init__(
        self,
        store: Store,
        config: Callable[[], Config],
        service_writes: Callable[[], tuple[bool, int]] | None = None,
    ) -> None:
        self.store = store
        self.config = config
        self.service_writes = service_writes or (lambda: (False, 0))

    def describe(self) -> list[Metric]:
        return []  # nothing to check at registration; no scrape before the first request

    def collect(self) -> Iterator[Metric]:
        store = self.store
        service_failing, service_failed = self.service_writes()
        yield GaugeMetricFamily(
            "aggregator_database_writable",
            "0 while this process's (or its service's) writes to the database fail (disk "
            "full, read-only, file gone), else 1",
            value=0 if store.write_error or store.file_problem or service_failing else 1,
        )
        yield CounterMetricFamily(
            "aggregator_database_write_failures",
            "Write transactions of this process (and its service) that failed",
            value=store.write_failures + service_failed,
        )
        yield CounterMetricFamily(
            "aggregator_database_reopened",
            "Times the SQLite file was found replaced under this process and reopened",
            value=store.reopened,
        )
        up = GaugeMetricFamily("aggregator_database_up", "1 when the database answered this scrape, else 0")
        try:
            health = self.store.source_health()
            changes = self.store.tag_changes()
        except StorageError:
            up.add_metric([], 0)
            yield up
            return
        up.add_metric([], 1)
        yield up
        config = self.config()
        configured = {s.name: s for s in config.sources}
        now = datetime.now(UTC)
        failing = stale = warned = 0
        last_success = GaugeMetricFamily(
            "aggregator_source_last_success_timestamp_seconds",
            "When each source was last fetched successfully (a 304 counts)",
            labels=["source"],
        )
        for h in health:
            cfg = configured.get(h.name)
            if cfg is None:
                continue
            failing += h.failures > 0
            warned += h.warned
            stale += now - (h.last_success or h.created) > STALE_INTERVALS * config.interval_of(cfg)
            if h.last_success is not None:
                last_success.add_metric([h.name], h.last_success.timestamp())
        yield GaugeMetricFamily("aggregator_sources", "Sources in the configuration", value=len(configured))
        yield GaugeMetricFamily(
            "aggregator_sources_failing", "Sources whose last fetch failed", value=failing
        )
        yield GaugeMetricFamily(
            "aggregator_sources_warning",
            "Sources whose last document was malformed, though entries were read from it",
            value=warned,
        )
        yield GaugeMetricFamily(
            "aggregator_sources_stale",
            f"Sources without a successful fetch for {STALE_INTERVALS} of their polling "
            "intervals (counted from when they were added, until they first succeed)",
            value=stale,
        )
        yield last_success
        feeds = GaugeMetricFamily(
            "aggregator_feed_last_change_timestamp_seconds",
            "When each configured tag's feed last changed",
            labels=["tag"],
        )
        for tag in config.tags:
            if tag.slug in changes:
                feeds.add_metric([tag.slug], changes[tag.slug].timestamp())
        yield feeds
