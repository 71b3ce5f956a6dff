"""The configuration's definitions: every section a frozen dataclass, every key one of its fields.

These classes are the one source of truth for the keys of config.toml: the reader
(``loading.py``) reads a table against its class, and an unknown key is named with a "did you
mean" taken from ``keys_of`` that class. A field that is not a key (set by code, or named by its
table) says so with ``metadata=NOT_A_KEY``. Nothing here reads a file or checks a value.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Literal, get_args

from aggregator.query import Query
from aggregator.redact import DEFAULT_SECRET_PARAMS

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

ENV_CONFIG = "AGGREGATOR_CONFIG"
ENV_DATABASE_URL = "AGGREGATOR_DATABASE_URL"
DEFAULT_CONFIG = "config.toml"
#: Stands for the file in errors about values given as command-line options.
COMMAND_LINE = Path("(command line)")

#: ``[[sources]] type``: what the URL is read as ("auto": decided by what it serves).
SourceType = Literal["auto", "feed", "html"]
SOURCE_TYPES: tuple[SourceType, ...] = get_args(SourceType)
#: Log levels ``[log] level`` and ``--log-level`` accept, most verbose first.
LogLevel = Literal["DEBUG", "INFO", "WARNING", "ERROR"]
LOG_LEVELS: tuple[LogLevel, ...] = get_args(LogLevel)
#: ``[[sources]] enrich``: what is read from each new entry's own article page.
EnrichMode = Literal["none", "metadata", "full"]
ENRICH_MODES: tuple[EnrichMode, ...] = get_args(EnrichMode)
#: Ceiling of fetch.max_entries: what the parsers read at most from one document.
MAX_ENTRIES = 1000

#: Metadata of a dataclass field that is not a key of its table.
NOT_A_KEY: Mapping[str, bool] = {"key": False}


def keys_of(definition: type[DataclassInstance]) -> tuple[str, ...]:
    """The keys a table read as ``definition`` may hold: its fields, in order, less those
    set by code (``init=False``) or marked ``NOT_A_KEY``."""
    return tuple(f.name for f in fields(definition) if f.init and f.metadata.get("key", True))


@dataclass(frozen=True, slots=True)
class DatabaseConfig:
    #: SQLAlchemy URL; relative SQLite paths already resolved against the config folder.
    url: str = "sqlite:///aggregator.db"
    #: Upgrade the schema at start-up; when False, ``aggregator db upgrade`` must be run first.
    migrate: bool = True


@dataclass(frozen=True, slots=True)
class ServerConfig:
    host: str = "127.0.0.1"
    port: int = 8080
    #: Public URL, no trailing slash: self links and ids are built from it.
    base_url: str = "http://127.0.0.1:8080"
    #: IANA time zone the HTML pages show dates and times in.
    timezone: str = "UTC"
    #: Processes serving HTTP (``serve``, ``run``): one per core by default (web/prefork.py).
    workers: int = field(default_factory=lambda: cores())


def cores() -> int:
    """The cores this process may run on (its CPU affinity, e.g. under taskset or a
    container's cpuset), the default of ``[server] workers``."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


@dataclass(frozen=True, slots=True)
class SchedulerConfig:
    interval: timedelta = timedelta(minutes=30)
    min_interval: timedelta = timedelta(minutes=5)
    max_interval: timedelta = timedelta(days=1)
    workers: int = 8
    #: A source that has not succeeded for this long is reported "stale" (default: twice
    #: max_interval, i.e. it missed at least one of its longest possible waits).
    stale_after: timedelta = timedelta(days=2)
    #: Shortest claim on a source: a worker that dies mid-fetch holds its sources this long.
    min_lease: timedelta = timedelta(minutes=5)


@dataclass(frozen=True, slots=True)
class FetchConfig:
    timeout: timedelta = timedelta(seconds=30)
    max_bytes: int = 10 * 10**6
    #: Hosts, addresses or networks that may be reached although not public.
    allow_private: tuple[str, ...] = ()
    #: Politeness: requests in flight at once to one host, from this process.
    max_per_host: int = 2
    #: Politeness: least time between the starts of two fetches from one host.
    host_delay: timedelta = timedelta(seconds=1)
    #: Entries taken from one fetch (a document listing more is cut, newest first).
    max_entries: int = 1000
    #: Query parameters holding credentials, cut (with userinfo) from every source URL we
    #: publish or log: redact.DEFAULT_SECRET_PARAMS plus those of ``secret_params``.
    secret_params: frozenset[str] = DEFAULT_SECRET_PARAMS


@dataclass(frozen=True, slots=True)
class OutputConfig:
    dir: Path = Path("feeds")
    entries: int = 50
    #: Workers (``run``, ``worker``) write the export after each pass that changed something.
    export: bool = True


@dataclass(frozen=True, slots=True)
class RetentionConfig:
    """What is removed, periodically; None keeps everything. Never removed: what the current
    document of a feed shows, and what a source still lists."""

    #: Entries dated (published, else updated, else first seen) longer ago than this.
    max_age: timedelta | None = None
    #: Beyond this many entries of a source, its oldest.
    max_entries_per_source: int | None = None

    @property
    def enabled(self) -> bool:
        return self.max_age is not None or self.max_entries_per_source is not None


@dataclass(frozen=True, slots=True)
class LogConfig:
    #: One of LOG_LEVELS; ``--log-level`` wins over it.
    level: LogLevel = "INFO"


@dataclass(frozen=True, slots=True)
class WebSubConfig:
    """WebSub (W3C Recommendation): push instead of poll, for our feeds and our sources."""

    #: External hubs our feeds advertise and ping when a current document changes.
    hubs: tuple[str, ...] = ()
    #: Be a hub for our own feeds, at ``{server.base_url}/websub``.
    hub: bool = False
    #: Subscribe to the hubs our sources' feeds advertise (needs a base_url hubs can reach).
    subscribe: bool = False

    @property
    def enabled(self) -> bool:
        return bool(self.hubs) or self.hub or self.subscribe


@dataclass(frozen=True, slots=True)
class TagConfig:
    #: The table's name: ``[tags.<slug>]``.
    slug: str = field(metadata=NOT_A_KEY)
    title: str
    keywords: tuple[str, ...] = ()
    #: Matches when the keywords or the query do (README, "Queries").
    query: Query | None = None


@dataclass(frozen=True, slots=True)
class SelectConfig:
    """CSS selectors for an html source; all but ``item`` are relative to the item."""

    item: str | None = None
    title: str | None = None
    link: str | None = None
    summary: str | None = None
    date: str | None = None
    next: str | None = None


SELECT_KEYS = keys_of(SelectConfig)


@dataclass(frozen=True, slots=True)
class SourceConfig:
    name: str
    url: str
    type: SourceType = "auto"
    tags: tuple[str, ...] = ()
    #: None: the scheduler's default interval.
    interval: timedelta | None = None
    pages: int = 1
    timezone: str = "UTC"
    select: SelectConfig | None = None
    #: One of ENRICH_MODES; None: the default for what the source is (see ``enrich_for``).
    enrich: EnrichMode | None = None
    #: The entries' own categories become tags (within tag.py's limits); off by default.
    category_tags: bool = False

    def enrich_for(self, kind: str) -> EnrichMode:
        """What to read from article pages for a document of ``kind`` ("html" for a listing
        page, anything else for a feed): the configured ``enrich``, else "metadata" for
        listings and "none" for feeds (a ``type = "auto"`` source follows what it turned
        out to be)."""
        if self.enrich is not None:
            return self.enrich
        return "metadata" if kind == "html" else "none"

    def may_enrich(self) -> bool:
        """Whether the source may have entries to enrich: not when ``enrich = "none"``, nor
        for a ``type = "feed"`` source left at its default (a ``type = "auto"`` one may be a
        listing)."""
        return self.enrich != "none" and (self.type != "feed" or self.enrich is not None)


@dataclass(frozen=True, slots=True)
class Config:
    #: The file this was read from (absolute); None for a config built in code.
    path: Path | None = field(metadata=NOT_A_KEY)
    database: DatabaseConfig = DatabaseConfig()
    server: ServerConfig = ServerConfig()
    scheduler: SchedulerConfig = SchedulerConfig()
    fetch: FetchConfig = FetchConfig()
    output: OutputConfig = OutputConfig()
    log: LogConfig = LogConfig()
    retention: RetentionConfig = RetentionConfig()
    websub: WebSubConfig = WebSubConfig()
    #: ``[tags.<slug>]`` tables.
    tags: tuple[TagConfig, ...] = ()
    #: ``[[sources]]`` tables.
    sources: tuple[SourceConfig, ...] = ()
    _by_name: dict[str, SourceConfig] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # By name, for source(): a lookup per fetched source must not scan 20,000 of them.
        object.__setattr__(self, "_by_name", {s.name: s for s in self.sources})

    def source(self, name: str) -> SourceConfig | None:
        return self._by_name.get(name)

    def tag(self, slug: str) -> TagConfig | None:
        return next((t for t in self.tags if t.slug == slug), None)

    def interval_of(self, source: SourceConfig) -> timedelta:
        return source.interval or self.scheduler.interval
