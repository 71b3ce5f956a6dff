"""config.toml -> one frozen ``Config``.

Strict: every key is known, every value checked, and every error names the file, the key path
and what was expected. Slices of the result are passed down (``config.fetch`` to the fetcher,
``config.server`` to the web app); there is no global configuration.
"""

from __future__ import annotations

import difflib
import ipaddress
import os
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from aggregator.exceptions import ConfigError, QueryError
from aggregator.query import Query, parse_query
from aggregator.redact import DEFAULT_SECRET_PARAMS, secret_params
from aggregator.words import RESERVED_TAGS, slugify

ENV_CONFIG = "AGGREGATOR_CONFIG"
ENV_DATABASE_URL = "AGGREGATOR_DATABASE_URL"
DEFAULT_CONFIG = "config.toml"
#: Stands for the file in errors about values given as command-line options.
COMMAND_LINE = Path("(command line)")

SOURCE_TYPES = ("auto", "feed", "html")
#: Log levels ``[log] level`` and ``--log-level`` accept, most verbose first.
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
#: Ceiling of fetch.max_entries: what the parsers read at most from one document.
MAX_ENTRIES = 1000
SELECT_KEYS = ("item", "title", "link", "summary", "date", "next")
#: ``[[sources]] enrich``: what is read from each new entry's own article page.
ENRICH_MODES = ("none", "metadata", "full")

#: Source names end up in URLs (/sources/<name>.atom) and file names: keep them boring.
#: ``\Z``, not ``$``: ``$`` also matches before a final newline, and "name\n" would pass.
SOURCE_NAME_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}\Z")
TAG_SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*\Z")
_LABEL = r"[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?"
HOSTNAME_RE = re.compile(rf"^(?=.{{1,253}}$){_LABEL}(?:\.{_LABEL})*\.?$", re.I)

_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)", re.I)
_DURATION_UNITS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
#: C0 and C1 control characters (tab included: a title is one line).
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_SIZE_RE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]i?b|b)?\s*$", re.I)
#: Longest duration accepted anywhere: ten years is past any polling interval or retention
#: anyone means, and far from where ``timedelta`` and dates overflow (year 9999).
MAX_DURATION = timedelta(days=3650)
#: Largest size accepted (a body limit beyond this is no limit).
MAX_SIZE = 10**12
_SIZE_UNITS = {"b": 1, "kb": 10**3, "mb": 10**6, "gb": 10**9,
               "kib": 2**10, "mib": 2**20, "gib": 2**30}


def cores() -> int:
    """The cores this process may run on (its CPU affinity, e.g. under taskset or a
    container's cpuset), the default of ``[server] workers``."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


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
    workers: int = field(default_factory=cores)


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
    level: str = "INFO"


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
    slug: str
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


@dataclass(frozen=True, slots=True)
class SourceConfig:
    name: str
    url: str
    type: str = "auto"
    tags: tuple[str, ...] = ()
    #: None: the scheduler's default interval.
    interval: timedelta | None = None
    pages: int = 1
    timezone: str = "UTC"
    select: SelectConfig | None = None
    #: One of ENRICH_MODES; None: the default for what the source is (see ``enrich_for``).
    enrich: str | None = None
    #: The entries' own categories become tags (within tag.py's limits); off by default.
    category_tags: bool = False

    def enrich_for(self, kind: str) -> str:
        """What to read from article pages for a document of ``kind`` ("html" for a listing
        page, anything else for a feed): the configured ``enrich``, else "metadata" for
        listings and "none" for feeds (a ``type = "auto"`` source follows what it turned
        out to be)."""
        if self.enrich is not None:
            return self.enrich
        return "metadata" if kind == "html" else "none"


@dataclass(frozen=True, slots=True)
class Config:
    #: The file this was read from (absolute); None for a config built in code.
    path: Path | None
    database: DatabaseConfig = DatabaseConfig()
    server: ServerConfig = ServerConfig()
    scheduler: SchedulerConfig = SchedulerConfig()
    fetch: FetchConfig = FetchConfig()
    output: OutputConfig = OutputConfig()
    log: LogConfig = LogConfig()
    retention: RetentionConfig = RetentionConfig()
    websub: WebSubConfig = WebSubConfig()
    tags: tuple[TagConfig, ...] = ()
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


def config_path(path: str | os.PathLike[str] | None = None) -> Path:
    """``--config PATH``, else ``$AGGREGATOR_CONFIG``, else ``./config.toml``."""
    return Path(path or os.environ.get(ENV_CONFIG) or DEFAULT_CONFIG)


def load_config(path: str | os.PathLike[str] | None = None,
                environ: dict[str, str] | None = None) -> Config:
    """Read and validate a configuration file.

    Raises:
        ConfigError: naming the file, the key and what was expected.
    """
    environ = dict(os.environ) if environ is None else environ
    file = Path(path or environ.get(ENV_CONFIG) or DEFAULT_CONFIG).absolute()
    try:
        with file.open("rb") as f:
            data = tomllib.load(f)
    except FileNotFoundError:
        raise ConfigError("file not found; pass --config PATH or set $AGGREGATOR_CONFIG",
                          path=file) from None
    except OSError as e:
        raise ConfigError(f"cannot read the file: {e.strerror}", path=file) from e
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"not valid TOML: {e}", path=file) from e
    except UnicodeDecodeError as e:
        raise ConfigError("not valid UTF-8 text", path=file) from e
    return parse_config(data, file, environ)


def parse_config(data: dict[str, Any], file: Path, environ: dict[str, str] | None = None) -> Config:
    """Validate an already-parsed TOML document; ``file`` names it in errors and anchors paths."""
    environ = {} if environ is None else environ
    root = _Table(data, file, "")
    folder = file.parent

    with root.table("database") as t:
        url = t.get("url", str, DatabaseConfig().url)
        url = environ.get(ENV_DATABASE_URL) or url
        database = DatabaseConfig(url=_resolve_database_url(url, folder, t.path, t.key("url")),
                                  migrate=t.get("migrate", bool, DatabaseConfig().migrate))

    with root.table("server") as t:
        host = t.get("host", str, ServerConfig().host)
        port = t.get("port", int, ServerConfig().port, check=_between(1, 65535))
        base_url = t.get("base_url", str, f"http://{_url_host(host)}:{port}",
                         check=_http_url)
        server = ServerConfig(host=host, port=port, base_url=base_url.rstrip("/"),
                              timezone=t.get("timezone", str, "UTC", check=_timezone),
                              workers=t.get("workers", int, cores(), check=_between(1, 256)))

    with root.table("scheduler") as t:
        d = SchedulerConfig()
        min_interval = t.get("min_interval", _duration, d.min_interval)
        max_interval = t.get("max_interval", _duration, d.max_interval)
        if max_interval < min_interval:
            t.fail("max_interval", "must not be shorter than min_interval")
        interval = t.get("interval", _duration, d.interval,
                         check=_within(min_interval, max_interval))
        workers = t.get("workers", int, d.workers, check=_between(1, 256))
        stale_after = t.get("stale_after", _duration, max_interval * 2,
                            check=_longer_than(max_interval, "scheduler.max_interval"))
        min_lease = t.get("min_lease", _duration, d.min_lease,
                          check=_at_least(timedelta(seconds=1)))
        scheduler = SchedulerConfig(interval=interval, min_interval=min_interval,
                                    max_interval=max_interval, workers=workers,
                                    stale_after=stale_after, min_lease=min_lease)

    with root.table("fetch") as t:
        d_fetch = FetchConfig()
        fetch = FetchConfig(
            timeout=t.get("timeout", _duration, d_fetch.timeout),
            max_bytes=t.get("max_bytes", _size, d_fetch.max_bytes),
            allow_private=tuple(t.get_list("allow_private", _allowed_host)),
            max_per_host=t.get("max_per_host", int, d_fetch.max_per_host, check=_between(1, 16)),
            host_delay=t.get("host_delay", _duration_or_zero, d_fetch.host_delay,
                             check=_at_most(timedelta(minutes=1))),
            max_entries=t.get("max_entries", int, d_fetch.max_entries,
                              check=_between(1, MAX_ENTRIES)),
            secret_params=secret_params(t.get_list("secret_params", _param_name)),
        )

    with root.table("output") as t:
        out_dir = Path(t.get("dir", str, str(OutputConfig().dir), check=_non_empty))
        output = OutputConfig(
            dir=out_dir if out_dir.is_absolute() else folder / out_dir,
            entries=t.get("entries", int, OutputConfig().entries, check=_between(1, 1000)),
            export=t.get("export", bool, OutputConfig().export),
        )

    with root.table("retention") as t:
        retention = RetentionConfig(
            max_age=t.get("max_age", _duration, None, check=_at_least(timedelta(hours=1))),
            max_entries_per_source=t.get("max_entries_per_source", int, None,
                                         check=_between(1, 10**9)),
        )

    with root.table("log") as t:
        log = LogConfig(level=t.get("level", str, LogConfig().level, check=_log_level))

    with root.table("websub") as t:
        websub = WebSubConfig(hubs=tuple(dict.fromkeys(t.get_list("hubs", _hub_url))),
                              hub=t.get("hub", bool, False),
                              subscribe=t.get("subscribe", bool, False))

    tags = []
    with root.table("tags") as tags_table:
        for slug in list(tags_table.data):
            with tags_table.table(slug) as t:
                if not TAG_SLUG_RE.match(slug) or slug in RESERVED_TAGS:
                    hint = ("it is reserved" if slug in RESERVED_TAGS else
                            f"use lowercase letters, digits and '-', e.g. [tags.{slugify(slug) or 'news'}]")
                    t.fail(None, f"not a valid tag name: {hint}")
                tags.append(TagConfig(
                    slug=slug,
                    title=t.get("title", str, slug, check=_title),
                    keywords=tuple(t.get_list("keywords", _keyword)),
                    query=_read_query(t),
                ))

    sources: list[SourceConfig] = []
    names: set[str] = set()  # a set, not a scan of `sources`: 20,000 sources load in linear time
    for t in root.table_list("sources"):
        with t:
            name = t.get("name", str, check=_source_name)
            if name in names:
                t.fail("name", f"duplicate source name {name!r}; names must be unique")
            names.add(name)
            interval_ = t.get("interval", _duration, None,
                              check=_within(scheduler.min_interval, scheduler.max_interval))
            select = _read_select(t.table("select")) if "select" in t.data else None
            sources.append(SourceConfig(
                name=name,
                url=t.get("url", str, check=_http_url),
                type=t.get("type", str, "auto", check=_one_of(SOURCE_TYPES)),
                tags=tuple(dict.fromkeys(t.get_list("tags", _tag_ref))),
                interval=interval_,
                pages=t.get("pages", int, 1, check=_between(1, 100)),
                timezone=t.get("timezone", str, "UTC", check=_timezone),
                select=select,
                enrich=t.get("enrich", str, None, check=_one_of(ENRICH_MODES)),
                category_tags=t.get("category_tags", bool, False),
            ))

    root.finish()
    return Config(path=file, database=database, server=server, scheduler=scheduler,
                  fetch=fetch, output=output, log=log, retention=retention, websub=websub,
                  tags=tuple(tags),
                  sources=tuple(sources))


def parse_select(data: dict[str, Any], file: Path | None) -> SelectConfig:
    """``[sources.select]`` (or ``preview --select``) -> SelectConfig, selectors checked.

    ``file`` None: the selectors came from the command line, and errors say ``--select``.
    """
    if file is None:
        return _read_select(_Table(data, COMMAND_LINE, "--select"))
    return _read_select(_Table(data, file, "select"))


def _read_select(table: _Table) -> SelectConfig:
    with table as st:
        select = SelectConfig(**{k: st.get(k, str, None, check=_css_selector) for k in SELECT_KEYS})
        if select.item is None and any(getattr(select, k) for k in SELECT_KEYS[1:5]):
            st.fail("item", "is required when title, link, summary or date is given "
                            "(they are relative to the item)")
    return select


# -- value checkers: return the (converted) value or raise _Invalid with what was expected ---

class _Invalid(ValueError):
    pass


T = TypeVar("T")


def _duration(value: object) -> timedelta:
    if not isinstance(value, str):
        raise _Invalid(f'expected a duration string such as "90s", "15m", "2h" or "1d", got {value!r}')
    text = value.strip().lower()
    pos, seconds = 0, 0.0
    for m in _DURATION_PART.finditer(text):
        if text[pos:m.start()].strip():
            break
        seconds += float(m.group(1)) * _DURATION_UNITS[m.group(2)]
        pos = m.end()
    if pos == 0 or text[pos:].strip() or seconds <= 0:
        raise _Invalid(f'expected a positive duration such as "90s", "15m", "2h" or "1d", got {value!r}')
    if seconds > MAX_DURATION.total_seconds():
        raise _Invalid(f"expected a duration of at most {MAX_DURATION.days}d (ten years), "
                       f"got {value!r}")
    return timedelta(seconds=seconds)


def _duration_or_zero(value: object) -> timedelta:
    if isinstance(value, str) and re.fullmatch(r"\s*0+(?:\.0+)?\s*(ms|s|m|h|d|w)?\s*", value, re.I):
        return timedelta(0)
    return _duration(value)


def _size(value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and 0 < value <= MAX_SIZE:
        return value
    m = _SIZE_RE.match(value) if isinstance(value, str) else None
    if not m or float(m.group(1)) <= 0:
        raise _Invalid(f'expected a size such as "10MB", "512KiB" or a number of bytes, got {value!r}')
    size = float(m.group(1)) * _SIZE_UNITS[(m.group(2) or "b").lower()]
    if size > MAX_SIZE:  # also catches inf: "9" * 400 reads as float('inf')
        raise _Invalid(f"expected a size of at most 1TB, got {value!r}")
    return int(size)


def _between(low: int, high: int) -> Callable[[int], int]:
    def check(value: int) -> int:
        if not low <= value <= high:
            raise _Invalid(f"expected a number from {low} to {high}, got {value}")
        return value
    return check


def _within(low: timedelta, high: timedelta) -> Callable[[timedelta], timedelta]:
    def check(value: timedelta) -> timedelta:
        if not low <= value <= high:
            raise _Invalid(f"expected a duration between scheduler.min_interval ({low}) and "
                           f"scheduler.max_interval ({high}), got {value}")
        return value
    return check


def _longer_than(low: timedelta, name: str) -> Callable[[timedelta], timedelta]:
    def check(value: timedelta) -> timedelta:
        if value <= low:
            raise _Invalid(f"expected a duration longer than {name} ({low}), or every source "
                           f"would be reported stale between two fetches; got {value}")
        return value
    return check


def _at_most(high: timedelta) -> Callable[[timedelta], timedelta]:
    def check(value: timedelta) -> timedelta:
        if value > high:
            raise _Invalid(f"expected a duration of at most {high}, got {value}")
        return value
    return check


def _at_least(low: timedelta) -> Callable[[timedelta], timedelta]:
    def check(value: timedelta) -> timedelta:
        if value < low:
            raise _Invalid(f"expected a duration of at least {low}, got {value}")
        return value
    return check


def _one_of(choices: tuple[str, ...]) -> Callable[[str], str]:
    def check(value: str) -> str:
        if value not in choices:
            raise _Invalid(f"expected one of {', '.join(map(repr, choices))}, got {value!r}")
        return value
    return check


def _log_level(value: str) -> str:
    if value.upper() not in LOG_LEVELS:
        raise _Invalid(f"expected one of {', '.join(map(repr, LOG_LEVELS))}, got {value!r}")
    return value.upper()


def _non_empty(value: str) -> str:
    if not value.strip():
        raise _Invalid("expected a non-empty string")
    return value


def _title(value: str) -> str:
    """A display title: printed on terminals and pages, so no control characters."""
    if _CONTROL.search(value):
        raise _Invalid(f"expected text without control characters, got {value!r}")
    return _non_empty(value)


def _http_url(value: str) -> str:
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise _Invalid(f"expected an http:// or https:// URL, got {value!r}")
    return value.strip()


def _hub_url(value: object) -> str:
    if not isinstance(value, str):
        raise _Invalid(f"expected a hub URL (a string), got {_describe(value)}")
    return _http_url(value)


def _source_name(value: str) -> str:
    if not SOURCE_NAME_RE.match(value):
        raise _Invalid(f"expected a slug of lowercase letters, digits, '-' and '_' "
                       f"(at most 64), got {value!r}")
    return value


def _tag_ref(value: object) -> str:
    if not isinstance(value, str) or not slugify(value):
        raise _Invalid(f"expected a tag name such as \"kremlin\", got {value!r}")
    slug = slugify(value)
    if slug in RESERVED_TAGS:
        raise _Invalid(f"{slug!r} is reserved for the feed of every entry")
    return slug


def _param_name(value: object) -> str:
    if not isinstance(value, str) or not re.fullmatch(r"[^\s&=#]+", value):
        raise _Invalid(f'expected a query parameter name such as "session", got {value!r}')
    return value


def _keyword(value: object) -> str:
    if not isinstance(value, str) or not re.search(r"[^\W_]", value):
        raise _Invalid(f"expected a keyword with at least one letter or digit, got {value!r}")
    return value


def _timezone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise _Invalid(f'expected an IANA time zone such as "Europe/Paris" or "UTC", got {value!r}') from None
    return value


def _css_selector(value: str) -> str:
    from cssselect import SelectorError, parse  # imported here: only configs with selectors need it

    try:
        parse(value)
    except SelectorError as e:
        raise _Invalid(f"not a valid CSS selector {value!r}: {e}") from None
    return value


def _allowed_host(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _Invalid(f"expected a host name, an address or a network, got {value!r}")
    text = value.strip().lower()
    try:
        ipaddress.ip_network(text, strict=False)
        return text
    except ValueError:
        pass
    if not HOSTNAME_RE.match(text):
        raise _Invalid(f'expected a host name, an address or a network such as "10.0.0.0/8", got {value!r}')
    return text


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def _resolve_database_url(url: str, folder: Path, file: Path, key: str) -> str:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError as e:
        raise ConfigError(f"not a database URL: {url!r} (expected e.g. sqlite:///aggregator.db "
                          "or postgresql+psycopg://user@host/db)", path=file, key=key) from e
    if parsed.get_backend_name() == "sqlite":
        db = parsed.database
        if db and db != ":memory:" and not db.startswith("file:") and not Path(db).is_absolute():
            parsed = parsed.set(database=str(folder / db))
    return parsed.render_as_string(hide_password=False)


def _read_query(t: _Table) -> Query | None:
    text = t.get("query", str, None)
    if text is None:
        return None
    try:
        return parse_query(text)
    except QueryError as e:
        t.fail("query", str(e))
    raise AssertionError("unreachable")


_TYPE_NAMES = {str: "a string", int: "an integer", bool: "true or false", list: "a list",
               dict: "a table"}
_MISSING: Any = object()


class _Table:
    """A TOML table being read: knows its key path, and complains about leftovers."""

    def __init__(self, data: dict[str, Any], path: Path, prefix: str) -> None:
        self.data = dict(data)
        self.path = path
        self.prefix = prefix

    def key(self, name: str | None) -> str:
        if name is None:
            return self.prefix or "(top level)"
        return f"{self.prefix}.{name}" if self.prefix else name

    def fail(self, name: str | None, message: str) -> None:
        raise ConfigError(message, path=self.path, key=self.key(name))

    def get(self, name: str, kind: Any, default: Any = _MISSING,
            check: Callable[[Any], Any] | None = None) -> Any:
        if name not in self.data:
            if default is _MISSING:
                self.fail(name, f"is required ({_TYPE_NAMES.get(kind, 'a value')})")
            return default
        value = self.data.pop(name)
        try:
            if kind in _TYPE_NAMES:
                if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
                    raise _Invalid(f"expected {_TYPE_NAMES[kind]}, got {_describe(value)}")
            else:
                value = kind(value)
            return check(value) if check else value
        except _Invalid as e:
            self.fail(name, str(e))
        raise AssertionError("unreachable")

    def get_list(self, name: str, item: Callable[[object], T]) -> list[T]:
        if name not in self.data:
            return []
        value = self.data.pop(name)
        if not isinstance(value, list):
            self.fail(name, f"expected a list, got {_describe(value)}")
        out = []
        for i, v in enumerate(value):
            try:
                out.append(item(v))
            except _Invalid as e:
                self.fail(f"{name}[{i}]", str(e))
        return out

    def table(self, name: str) -> _Table:
        value = self.data.pop(name, {})
        if not isinstance(value, dict):
            self.fail(name, f"expected a table ([{self.key(name)}]), got {_describe(value)}")
        return _Table(value, self.path, self.key(name))

    def table_list(self, name: str) -> list[_Table]:
        value = self.data.pop(name, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.fail(name, f"expected an array of tables ([[{self.key(name)}]])")
        return [_Table(v, self.path, f"{self.key(name)}[{i}]") for i, v in enumerate(value)]

    def finish(self) -> None:
        for name in self.data:
            section = re.sub(r"\[\d+\]", "", self.prefix)
            section = "tags.*" if section.startswith("tags.") else section
            close = difflib.get_close_matches(name, _KNOWN_KEYS.get(section, ()), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            self.fail(name, f"unknown key{hint}")

    def __enter__(self) -> _Table:
        return self

    def __exit__(self, exc_type: object, *_: object) -> None:
        if exc_type is None:
            self.finish()


def _describe(value: object) -> str:
    if isinstance(value, bool):
        return "true or false"
    for kind, name in _TYPE_NAMES.items():
        if isinstance(value, kind):
            return f"{name} ({value!r})" if kind in (str, int, bool) else name
    return repr(value)


# For "did you mean" hints on unknown keys.
_KNOWN_KEYS: dict[str, tuple[str, ...]] = {
    "": ("database", "server", "scheduler", "fetch", "output", "log", "retention", "websub",
         "tags", "sources"),
    "database": ("url", "migrate"),
    "server": ("host", "port", "base_url", "timezone", "workers"),
    "scheduler": ("interval", "min_interval", "max_interval", "workers", "stale_after",
                  "min_lease"),
    "fetch": ("timeout", "max_bytes", "allow_private", "max_per_host", "host_delay",
              "max_entries", "secret_params"),
    "output": ("dir", "entries", "export"),
    "log": ("level",),
    "retention": ("max_age", "max_entries_per_source"),
    "websub": ("hubs", "hub", "subscribe"),
    "tags.*": ("title", "keywords", "query"),
    "sources": ("name", "url", "type", "tags", "interval", "pages", "timezone", "select",
                "enrich", "category_tags"),
    "sources.select": SELECT_KEYS,
    "select": SELECT_KEYS,
    "--select": SELECT_KEYS,
}
