"""Reading config.toml: each table read against its definition (``definitions.py``), each
value through its checker (``validation.py``), every error a ``ConfigError`` naming the file,
the key path and what was expected.
"""

from __future__ import annotations

import difflib
import os
import re
import tomllib
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar, overload

from aggregator.config import validation as valid
from aggregator.config.definitions import (
    COMMAND_LINE,
    DEFAULT_CONFIG,
    ENRICH_MODES,
    ENV_CONFIG,
    ENV_DATABASE_URL,
    MAX_ENTRIES,
    SELECT_KEYS,
    SOURCE_TYPES,
    Config,
    DatabaseConfig,
    FetchConfig,
    LogConfig,
    OutputConfig,
    RetentionConfig,
    SchedulerConfig,
    SelectConfig,
    ServerConfig,
    SourceConfig,
    TagConfig,
    WebSubConfig,
    cores,
    keys_of,
)
from aggregator.exceptions import ConfigError, QueryError
from aggregator.query import Query, parse_query
from aggregator.redact import secret_params
from aggregator.words import RESERVED_TAGS, slugify

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

T = TypeVar("T")
U = TypeVar("U")
D = TypeVar("D")


def config_path(path: str | os.PathLike[str] | None = None) -> Path:
    """``--config PATH``, else ``$AGGREGATOR_CONFIG``, else ``./config.toml``."""
    return Path(path or os.environ.get(ENV_CONFIG) or DEFAULT_CONFIG)


def load_config(path: str | os.PathLike[str] | None = None, environ: dict[str, str] | None = None) -> Config:
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
        raise ConfigError("file not found; pass --config PATH or set $AGGREGATOR_CONFIG", path=file) from None
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
    root = _Table(data, file, "", Config)
    folder = file.parent

    with root.table("database", DatabaseConfig) as t:
        url = t.get("url", str, DatabaseConfig().url)
        url = environ.get(ENV_DATABASE_URL) or url
        database = DatabaseConfig(
            url=_resolve_database_url(url, folder, t.path, t.key("url")),
            migrate=t.get("migrate", bool, DatabaseConfig().migrate),
        )

    with root.table("server", ServerConfig) as t:
        host = t.get("host", str, ServerConfig().host)
        port = t.get("port", int, ServerConfig().port, check=valid.between(1, 65535))
        base_url = t.get("base_url", str, f"http://{_url_host(host)}:{port}", check=valid.http_url)
        server = ServerConfig(
            host=host,
            port=port,
            base_url=base_url.rstrip("/"),
            timezone=t.get("timezone", str, "UTC", check=valid.timezone),
            workers=t.get("workers", int, cores(), check=valid.between(1, 256)),
        )

    with root.table("scheduler", SchedulerConfig) as t:
        d = SchedulerConfig()
        min_interval = t.get("min_interval", valid.duration, d.min_interval)
        max_interval = t.get("max_interval", valid.duration, d.max_interval)
        if max_interval < min_interval:
            t.fail("max_interval", "must not be shorter than min_interval")
        interval = t.get(
            "interval", valid.duration, d.interval, check=valid.within(min_interval, max_interval)
        )
        workers = t.get("workers", int, d.workers, check=valid.between(1, 256))
        stale_after = t.get(
            "stale_after",
            valid.duration,
            max_interval * 2,
            check=valid.longer_than(max_interval, "scheduler.max_interval"),
        )
        min_lease = t.get(
            "min_lease", valid.duration, d.min_lease, check=valid.at_least(timedelta(seconds=1))
        )
        scheduler = SchedulerConfig(
            interval=interval,
            min_interval=min_interval,
            max_interval=max_interval,
            workers=workers,
            stale_after=stale_after,
            min_lease=min_lease,
        )

    with root.table("fetch", FetchConfig) as t:
        d_fetch = FetchConfig()
        fetch = FetchConfig(
            timeout=t.get("timeout", valid.duration, d_fetch.timeout),
            max_bytes=t.get("max_bytes", valid.size, d_fetch.max_bytes),
            allow_private=tuple(t.get_list("allow_private", valid.allowed_host)),
            max_per_host=t.get("max_per_host", int, d_fetch.max_per_host, check=valid.between(1, 16)),
            host_delay=t.get(
                "host_delay",
                valid.duration_or_zero,
                d_fetch.host_delay,
                check=valid.at_most(timedelta(minutes=1)),
            ),
            max_entries=t.get("max_entries", int, d_fetch.max_entries, check=valid.between(1, MAX_ENTRIES)),
            secret_params=secret_params(t.get_list("secret_params", valid.param_name)),
        )

    with root.table("output", OutputConfig) as t:
        out_dir = Path(t.get("dir", str, str(OutputConfig().dir), check=valid.non_empty))
        output = OutputConfig(
            dir=out_dir if out_dir.is_absolute() else folder / out_dir,
            entries=t.get("entries", int, OutputConfig().entries, check=valid.between(1, 1000)),
            export=t.get("export", bool, OutputConfig().export),
        )

    with root.table("retention", RetentionConfig) as t:
        retention = RetentionConfig(
            max_age=t.get("max_age", valid.duration, None, check=valid.at_least(timedelta(hours=1))),
            max_entries_per_source=t.get("max_entries_per_source", int, None, check=valid.between(1, 10**9)),
        )

    with root.table("log", LogConfig) as t:
        log = LogConfig(level=t.get("level", str, LogConfig().level, check=valid.log_level))

    with root.table("websub", WebSubConfig) as t:
        websub = WebSubConfig(
            hubs=tuple(dict.fromkeys(t.get_list("hubs", valid.hub_url))),
            hub=t.get("hub", bool, False),
            subscribe=t.get("subscribe", bool, False),
        )

    tags = []
    with root.table("tags", None) as tags_table:
        for slug in list(tags_table.data):
            with tags_table.table(slug, TagConfig) as t:
                if not valid.TAG_SLUG_RE.match(slug) or slug in RESERVED_TAGS:
                    hint = (
                        "it is reserved"
                        if slug in RESERVED_TAGS
                        else f"use lowercase letters, digits and '-', e.g. [tags.{slugify(slug) or 'news'}]"
                    )
                    t.fail(None, f"not a valid tag name: {hint}")
                tags.append(
                    TagConfig(
                        slug=slug,
                        title=t.get("title", str, slug, check=valid.title),
                        keywords=tuple(t.get_list("keywords", valid.keyword)),
                        query=_read_query(t),
                    )
                )

    sources: list[SourceConfig] = []
    names: set[str] = set()  # a set, not a scan of `sources`: 20,000 sources load in linear time
    for t in root.table_list("sources", SourceConfig):
        with t:
            name = t.get("name", str, check=valid.source_name)
            if name in names:
                t.fail("name", f"duplicate source name {name!r}; names must be unique")
            names.add(name)
            interval_ = t.get(
                "interval",
                valid.duration,
                None,
                check=valid.within(scheduler.min_interval, scheduler.max_interval),
            )
            select = _read_select(t.table("select", SelectConfig)) if "select" in t.data else None
            sources.append(
                SourceConfig(
                    name=name,
                    url=t.get("url", str, check=valid.http_url),
                    type=t.get("type", str, "auto", check=valid.one_of(SOURCE_TYPES)),
                    tags=tuple(dict.fromkeys(t.get_list("tags", valid.tag_ref))),
                    interval=interval_,
                    pages=t.get("pages", int, 1, check=valid.between(1, 100)),
                    timezone=t.get("timezone", str, "UTC", check=valid.timezone),
                    select=select,
                    enrich=t.get("enrich", str, None, check=valid.one_of(ENRICH_MODES)),
                    category_tags=t.get("category_tags", bool, False),
                )
            )

    root.finish()
    return Config(
        path=file,
        database=database,
        server=server,
        scheduler=scheduler,
        fetch=fetch,
        output=output,
        log=log,
        retention=retention,
        websub=websub,
        tags=tuple(tags),
        sources=tuple(sources),
    )


def parse_select(data: dict[str, Any], file: Path | None) -> SelectConfig:
    """``[sources.select]`` (or ``preview --select``) -> SelectConfig, selectors checked.

    ``file`` None: the selectors came from the command line, and errors say ``--select``.
    """
    if file is None:
        return _read_select(_Table(data, COMMAND_LINE, "--select", SelectConfig))
    return _read_select(_Table(data, file, "select", SelectConfig))


def _read_select(table: _Table) -> SelectConfig:
    with table as st:
        select = SelectConfig(**{k: st.get(k, str, None, check=valid.css_selector) for k in SELECT_KEYS})
        if select.item is None and any(getattr(select, k) for k in SELECT_KEYS[1:5]):
            st.fail(
                "item",
                "is required when title, link, summary or date is given (they are relative to the item)",
            )
    return select


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def _resolve_database_url(url: str, folder: Path, file: Path, key: str) -> str:
    plain = _plain_sqlite_file(url)
    if plain is not None:  # the common case, read without importing SQLAlchemy
        resolved = "sqlite:///" + (plain if Path(plain).is_absolute() else str(folder / plain))
        if _plain_sqlite_file(resolved) is not None:  # nothing SQLAlchemy would quote
            return resolved
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError as e:
        raise ConfigError(
            f"not a database URL: {url!r} (expected e.g. sqlite:///aggregator.db "
            "or postgresql+psycopg://user@host/db)",
            path=file,
            key=key,
        ) from e
    if parsed.get_backend_name() == "sqlite":
        db = parsed.database
        if db and db != ":memory:" and not db.startswith("file:") and not Path(db).is_absolute():
            parsed = parsed.set(database=str(folder / db))
    return parsed.render_as_string(hide_password=False)


#: Characters of a path that SQLAlchemy's URLs neither quote nor read otherwise.
_PLAIN_PATH = re.compile(r"[A-Za-z0-9 ._~/-]+")


def _plain_sqlite_file(url: str) -> str | None:
    """The file of ``sqlite:///FILE`` when FILE is a plain path (SQLAlchemy's URL parser
    reads it the same: nothing to unquote, no query, no URI filename), else None."""
    if not url.startswith("sqlite:///"):
        return None
    path = url[len("sqlite:///") :]
    if path == ":memory:" or path.startswith("file:") or not _PLAIN_PATH.fullmatch(path):
        return None
    return path


def _read_query(t: _Table) -> Query | None:
    text = t.get("query", str, None)
    if text is None:
        return None
    try:
        return parse_query(text)
    except QueryError as e:
        t.fail("query", str(e))


#: Stands for "no default": the key is required.
_MISSING: Any = object()


class _Table:
    """A TOML table being read as its definition (None: a table of named tables, such as
    ``[tags]``): knows its key path, and names leftovers as unknown keys, with a "did you mean"
    among the definition's keys."""

    def __init__(
        self, data: dict[str, Any], path: Path, prefix: str, definition: type[DataclassInstance] | None
    ) -> None:
        self.data = dict(data)
        self.path = path
        self.prefix = prefix
        self.definition = definition
        self.keys = keys_of(definition) if definition is not None else ()

    def key(self, name: str | None) -> str:
        if name is None:
            return self.prefix or "(top level)"
        return f"{self.prefix}.{name}" if self.prefix else name

    def fail(self, name: str | None, message: str) -> NoReturn:
        raise ConfigError(message, path=self.path, key=self.key(name))

    def _take(self, name: str, default: object) -> object:
        # A key read here must be a field of the definition, or its "did you mean" would miss it.
        assert name in self.keys, f"{self.key(name)} is read but not defined"
        return self.data.pop(name, default)

    @overload
    def get(self, name: str, kind: Callable[[Any], T]) -> T: ...
    @overload
    def get(self, name: str, kind: Callable[[Any], T], *, check: Callable[[T], U]) -> U: ...
    @overload
    def get(self, name: str, kind: Callable[[Any], T], default: D) -> T | D: ...
    @overload
    def get(self, name: str, kind: Callable[[Any], T], default: D, check: Callable[[T], U]) -> U | D: ...

    def get(
        self,
        name: str,
        kind: Callable[[Any], object],
        default: object = _MISSING,
        check: Callable[[Any], object] | None = None,
    ) -> object:
        """The value of key ``name``: of the TOML type ``kind`` (str, int, bool) or converted
        by ``kind`` (a checker), then passed through ``check``; ``default`` when absent."""
        value = self._take(name, _MISSING)
        if value is _MISSING:
            if default is _MISSING:
                expected = valid.TYPE_NAMES.get(kind, "a value") if isinstance(kind, type) else "a value"
                self.fail(name, f"is required ({expected})")
            return default
        try:
            if isinstance(kind, type) and kind in valid.TYPE_NAMES:
                if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
                    raise valid.Invalid(f"expected {valid.TYPE_NAMES[kind]}, got {valid.describe(value)}")
            else:
                value = kind(value)
            return check(value) if check else value
        except valid.Invalid as e:
            self.fail(name, str(e))

    def get_list(self, name: str, item: Callable[[object], T]) -> list[T]:
        value = self._take(name, [])
        if not isinstance(value, list):
            self.fail(name, f"expected a list, got {valid.describe(value)}")
        out = []
        for i, v in enumerate(value):
            try:
                out.append(item(v))
            except valid.Invalid as e:
                self.fail(f"{name}[{i}]", str(e))
        return out

    def table(self, name: str, definition: type[DataclassInstance] | None) -> _Table:
        """Sub-table ``name``, read as ``definition``; a table of named tables when None."""
        # Within a table of named tables ([tags]) any name is a table, nothing else is.
        value = self.data.pop(name, {}) if self.definition is None else self._take(name, {})
        if not isinstance(value, dict):
            self.fail(name, f"expected a table ([{self.key(name)}]), got {valid.describe(value)}")
        return _Table(value, self.path, self.key(name), definition)

    def table_list(self, name: str, definition: type[DataclassInstance]) -> list[_Table]:
        value = self._take(name, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.fail(name, f"expected an array of tables ([[{self.key(name)}]])")
        return [_Table(v, self.path, f"{self.key(name)}[{i}]", definition) for i, v in enumerate(value)]

    def finish(self) -> None:
        for name in self.data:
            close = difflib.get_close_matches(name, self.keys, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            self.fail(name, f"unknown key{hint}")

    def __enter__(self) -> _Table:
        return self

    def __exit__(self, exc_type: object, *_: object) -> None:
        if exc_type is None:
            self.finish()
