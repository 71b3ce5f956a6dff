"""config.py: config.toml -> Config. Every value converted and checked; every error names the
file, the key path and what was expected."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from _steps import count_steps
from sqlalchemy.engine import make_url

from aggregator.config import (
    Config,
    DatabaseConfig,
    FetchConfig,
    LogConfig,
    OutputConfig,
    SchedulerConfig,
    SelectConfig,
    ServerConfig,
    SourceConfig,
    TagConfig,
    load_config,
)
from aggregator.config.definitions import keys_of
from aggregator.exceptions import ConfigError

WriteConfig = Callable[..., Config]
#: Configurations are read here, no database opened: the PostgreSQL pass leaves this module out.
pytestmark = pytest.mark.no_db


@pytest.fixture
def write_config(write_config: WriteConfig) -> WriteConfig:
    """The shared fixture, keeping the [database] of the text even when the suite runs on
    PostgreSQL: this module checks how configurations are read, not a database."""
    return functools.partial(write_config, keep_database=True)


#: The example of DESIGN.md, "Configuration (contract)".
DESIGN_EXAMPLE = """\
[database]
url = "sqlite:///aggregator.db"     # relative SQLite paths resolve against the config file's folder

[server]
host = "127.0.0.1"
port = 8080
base_url = "http://127.0.0.1:8080"  # public URL used in self links and ids

[scheduler]
interval = "30m"                    # default polling interval of a source
min_interval = "5m"                 # bounds for adaptive polling, backoff and upstream hints
max_interval = "1d"
workers = 8                         # concurrent fetches

[fetch]
timeout = "30s"                     # total time for one request, body included
max_bytes = "10MB"                  # largest body accepted, after decompression
allow_private = []

[output]
dir = "feeds"                       # static export; relative to the config file's folder
entries = 50                        # entries per feed document

[tags.kremlin]
title = "Kremlin"
keywords = ["kremlin", "poutine", "putin", "peskov"]

[[sources]]
name = "exemple-kremlin"            # unique slug
url = "https://www.example.fr/tag/kremlin/"
type = "auto"                       # auto | feed | html
tags = ["kremlin"]                  # every entry of this source gets these tags
interval = "15m"                    # optional, overrides scheduler.interval
pages = 3                           # html archives: follow "next page" links this deep on first ingest
timezone = "Europe/Paris"           # for dates on the page that carry no UTC offset (default "UTC")

[sources.select]
item = "article"
title = "h2 a"
link = "h2 a"
summary = ".entry-summary p"
date = "time"
next = "a.next"
"""

SOURCE = '[[sources]]\nname = "a"\nurl = "https://a.example/feed"\n'


def config_error(write_config: WriteConfig, text: str) -> ConfigError:
    with pytest.raises(ConfigError) as info:
        write_config(text)
    return info.value


def assert_names(error: ConfigError, tmp_path: Path, key: str | None, *expected: str) -> None:
    """The message names the file, the key path and what was expected."""
    path = tmp_path / "config.toml"
    message = str(error)
    assert error.path == path
    assert error.key == key
    assert message.startswith(f"{path}: {key}: " if key else f"{path}: "), message
    for fragment in expected:
        assert fragment in message, message


# -- valid configurations ----------------------------------------------------------------------


def test_design_example(write_config: WriteConfig, tmp_path: Path) -> None:
    config = write_config(DESIGN_EXAMPLE)
    assert config == Config(
        path=tmp_path / "config.toml",
        database=DatabaseConfig(url=f"sqlite:///{tmp_path}/aggregator.db"),
        server=ServerConfig(host="127.0.0.1", port=8080, base_url="http://127.0.0.1:8080"),
        scheduler=SchedulerConfig(
            interval=timedelta(minutes=30),
            min_interval=timedelta(minutes=5),
            max_interval=timedelta(days=1),
            workers=8,
        ),
        fetch=FetchConfig(timeout=timedelta(seconds=30), max_bytes=10_000_000, allow_private=()),
        output=OutputConfig(dir=tmp_path / "feeds", entries=50),
        tags=(
            TagConfig(slug="kremlin", title="Kremlin", keywords=("kremlin", "poutine", "putin", "peskov")),
        ),
        sources=(
            SourceConfig(
                name="exemple-kremlin",
                url="https://www.example.fr/tag/kremlin/",
                type="auto",
                tags=("kremlin",),
                interval=timedelta(minutes=15),
                pages=3,
                timezone="Europe/Paris",
                select=SelectConfig(
                    item="article",
                    title="h2 a",
                    link="h2 a",
                    summary=".entry-summary p",
                    date="time",
                    next="a.next",
                ),
            ),
        ),
    )
    assert config.interval_of(config.sources[0]) == timedelta(minutes=15)
    assert config.source("exemple-kremlin") is config.sources[0]
    assert config.tag("kremlin") is config.tags[0]
    assert config.source("nope") is None


def test_empty_file_gives_the_defaults(write_config: WriteConfig, tmp_path: Path) -> None:
    config = write_config("[fetch]\n")
    assert config.database.url == f"sqlite:///{tmp_path}/aggregator.db"
    assert config.server == ServerConfig()
    assert config.scheduler == SchedulerConfig()
    assert config.fetch == FetchConfig()
    assert config.output == OutputConfig(dir=tmp_path / "feeds", entries=50)
    assert config.log == LogConfig(level="INFO")
    assert (config.tags, config.sources) == ((), ())


@pytest.mark.parametrize(("value", "level"), [("DEBUG", "DEBUG"), ("warning", "WARNING"), ("Error", "ERROR")])
def test_log_level(write_config: WriteConfig, value: str, level: str) -> None:
    assert write_config(f'[log]\nlevel = "{value}"\n').log.level == level


def test_shipped_config_loads() -> None:
    path = Path(__file__).parents[1] / "config.toml"
    config = load_config(path, environ={})
    assert config.path == path.absolute()
    assert config.database.url == f"sqlite:///{path.parent.absolute()}/aggregator.db"
    assert config.output.dir == path.parent.absolute() / "feeds"
    assert config.sources
    assert config.tags


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("90s", 90),
        ("15m", 900),
        ("2h", 7200),
        ("1d", 86400),
        ("1w", 604800),
        ("1h30m", 5400),
        ("1h 30m", 5400),
        ("1.5h", 5400),
        ("500ms", 0.5),
        ("15M", 900),
        (" 45s ", 45),
    ],
)
def test_durations(write_config: WriteConfig, text: str, seconds: float) -> None:
    config = write_config(f'[fetch]\ntimeout = "{text}"\n')
    assert config.fetch.timeout == timedelta(seconds=seconds)


@pytest.mark.parametrize(
    ("value", "size"),
    [
        ('"10MB"', 10_000_000),
        ('"512KiB"', 524_288),
        ('"1GiB"', 2**30),
        ('"1.5MB"', 1_500_000),
        ('"100kb"', 100_000),
        ('"2048"', 2048),
        ('"64b"', 64),
        ("2048", 2048),
        ('"10 MB"', 10_000_000),
    ],
)
def test_sizes(write_config: WriteConfig, value: str, size: int) -> None:
    assert write_config(f"[fetch]\nmax_bytes = {value}\n").fetch.max_bytes == size


def test_paths_resolve_against_the_config_folder(write_config: WriteConfig, tmp_path: Path) -> None:
    config = write_config(
        '[database]\nurl = "sqlite:///data/agg.db"\n[output]\ndir = "public/feeds"\n', name="other.toml"
    )
    assert config.path == tmp_path / "other.toml"
    assert config.database.url == f"sqlite:///{tmp_path}/data/agg.db"
    assert config.output.dir == tmp_path / "public" / "feeds"


@pytest.mark.parametrize(
    "url",
    [
        "sqlite:////var/lib/aggregator/agg.db",
        "sqlite:///:memory:",
        "postgresql+psycopg://agg:s3cret@db.example:5432/agg",
    ],
)
def test_other_database_urls_are_kept(write_config: WriteConfig, url: str) -> None:
    # Compared as SQLAlchemy reads them: ":memory:" may come back quoted as "%3Amemory%3A".
    assert make_url(write_config(f'[database]\nurl = "{url}"\n').database.url) == make_url(url)


def test_sqlite_path_in_a_folder_with_special_characters(tmp_path: Path) -> None:
    folder = tmp_path / "my dir #1 @50%"
    folder.mkdir()
    (folder / "config.toml").write_text('[database]\nurl = "sqlite:///agg.db"\n', encoding="utf-8")
    url = load_config(folder / "config.toml", environ={}).database.url
    assert make_url(url).database == str(folder / "agg.db")


def test_absolute_output_dir_is_kept(write_config: WriteConfig) -> None:
    assert write_config('[output]\ndir = "/srv/feeds"\n').output.dir == Path("/srv/feeds")


def test_base_url_trailing_slash_stripped(write_config: WriteConfig) -> None:
    config = write_config('[server]\nbase_url = "https://news.example/agg/"\n')
    assert config.server.base_url == "https://news.example/agg"


def test_base_url_defaults_to_host_and_port(write_config: WriteConfig) -> None:
    assert write_config('[server]\nhost = "::1"\nport = 9000\n').server.base_url == "http://[::1]:9000"


def test_source_tags_slugified_and_deduplicated(write_config: WriteConfig) -> None:
    config = write_config(SOURCE + 'tags = ["Guerre en Ukraine", "kremlin", "KREMLIN", "Élysée"]\n')
    assert config.sources[0].tags == ("guerre-en-ukraine", "kremlin", "elysee")


def test_source_defaults(write_config: WriteConfig) -> None:
    config = write_config(SOURCE)
    assert config.sources == (SourceConfig(name="a", url="https://a.example/feed"),)
    assert config.interval_of(config.sources[0]) == timedelta(minutes=30)


def test_select_with_only_next_needs_no_item(write_config: WriteConfig) -> None:
    config = write_config(SOURCE + '[sources.select]\nnext = "a.next"\n')
    assert config.sources[0].select == SelectConfig(next="a.next")


def test_allow_private(write_config: WriteConfig) -> None:
    config = write_config(
        '[fetch]\nallow_private = ["127.0.0.1", "10.0.0.0/8", "Intranet.Example", "::1", "localhost"]\n'
    )
    assert config.fetch.allow_private == ("127.0.0.1", "10.0.0.0/8", "intranet.example", "::1", "localhost")


def test_tag_without_title_is_titled_by_its_slug(write_config: WriteConfig) -> None:
    assert write_config('[tags.ukraine]\nkeywords = ["kyiv"]\n').tags == (
        TagConfig(slug="ukraine", title="ukraine", keywords=("kyiv",)),
    )


def test_keywords_in_other_scripts_are_accepted(write_config: WriteConfig) -> None:
    # "at least one letter or digit": Cyrillic letters are letters, and tag.py matches them.
    config = write_config('[tags.kremlin]\nkeywords = ["Кремль", "kremlin"]\n')
    assert config.tags[0].keywords == ("Кремль", "kremlin")


# -- environment -------------------------------------------------------------------------------


def test_database_url_from_the_environment(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(DESIGN_EXAMPLE, encoding="utf-8")
    url = "postgresql+psycopg://agg@db.example/agg"
    config = load_config(path, environ={"AGGREGATOR_DATABASE_URL": url})
    assert config.database.url == url


def test_database_url_from_the_environment_without_a_database_table(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("[server]\nport = 8081\n", encoding="utf-8")
    url = "postgresql+psycopg://agg@db.example/agg"
    assert load_config(path, environ={"AGGREGATOR_DATABASE_URL": url}).database.url == url


def test_config_path_from_the_environment(tmp_path: Path) -> None:
    path = tmp_path / "elsewhere.toml"
    path.write_text("[server]\nport = 8081\n", encoding="utf-8")
    config = load_config(None, environ={"AGGREGATOR_CONFIG": str(path)})
    assert (config.path, config.server.port) == (path, 8081)


# -- errors ------------------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.toml"
    with pytest.raises(ConfigError) as info:
        load_config(path, environ={})
    assert info.value.path == path
    assert str(info.value).startswith(f"{path}: ")
    assert "not found" in str(info.value)


def test_invalid_toml(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[server]\nport = 1\n[scheduler\ninterval = "1h"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path, environ={})
    assert_names(info.value, tmp_path, None, "not valid TOML", "line 3")


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes('[server]\nhost = "café"\n'.encode("latin-1"))
    with pytest.raises(ConfigError) as info:
        load_config(path, environ={})
    assert str(info.value).startswith(f"{path}: ")


@pytest.mark.parametrize(
    ("text", "key", "expected"),
    [
        ("[server]\nprot = 80\n", "server.prot", ["unknown key", "did you mean 'port'?"]),
        ("[sever]\nport = 80\n", "sever", ["unknown key", "did you mean 'server'?"]),
        ('[scheduler]\nintervall = "1h"\n', "scheduler.intervall", ["did you mean 'interval'?"]),
        (SOURCE + 'timezon = "UTC"\n', "sources[0].timezon", ["unknown key", "did you mean 'timezone'?"]),
        ('[tags.k]\nkeyword = ["a"]\n', "tags.k.keyword", ["unknown key", "did you mean 'keywords'?"]),
        (
            SOURCE + '[sources.select]\nitem = "a"\ntitel = "h2"\n',
            "sources[0].select.titel",
            ["unknown key", "did you mean 'title'?"],
        ),
        ("[server]\nzzz = 1\n", "server.zzz", ["unknown key"]),
        ('[log]\nlevle = "INFO"\n', "log.levle", ["unknown key", "did you mean 'level'?"]),
        ('[logs]\nlevel = "INFO"\n', "logs", ["unknown key", "did you mean 'log'?"]),
    ],
)
def test_unknown_keys(
    write_config: WriteConfig, tmp_path: Path, text: str, key: str, expected: list[str]
) -> None:
    assert_names(config_error(write_config, text), tmp_path, key, *expected)


@pytest.mark.parametrize(
    ("text", "key", "expected"),
    [
        ('[server]\nport = "8080"\n', "server.port", ["expected an integer", "got a string ('8080')"]),
        ("[server]\nhost = 127\n", "server.host", ["expected a string", "got an integer (127)"]),
        ('[[sources]]\nname = "a"\nurl = 5\n', "sources[0].url", ["expected a string"]),
        (SOURCE + 'tags = "kremlin"\n', "sources[0].tags", ["expected a list", "got a string ('kremlin')"]),
        (SOURCE + 'select = "article"\n', "sources[0].select", ["expected a table"]),
        ('[tags]\nkremlin = "Kremlin"\n', "tags.kremlin", ["expected a table"]),
        ('sources = "a"\n[fetch]\n', "sources", ["expected an array of tables ([[sources]])"]),
        ('[sources]\nname = "a"\n', "sources", ["expected an array of tables ([[sources]])"]),
        ('[[sources]]\nurl = "https://a.example/"\n', "sources[0].name", ["is required (a string)"]),
        ('[[sources]]\nname = "a"\n', "sources[0].url", ["is required (a string)"]),
        ("[log]\nlevel = 10\n", "log.level", ["expected a string", "got an integer (10)"]),
        (
            '[log]\nlevel = "LOUD"\n',
            "log.level",
            ["expected one of 'DEBUG', 'INFO', 'WARNING', 'ERROR'", "got 'LOUD'"],
        ),
        ('log = "INFO"\n[fetch]\n', "log", ["expected a table ([log])"]),
    ],
)
def test_wrong_types(
    write_config: WriteConfig, tmp_path: Path, text: str, key: str, expected: list[str]
) -> None:
    assert_names(config_error(write_config, text), tmp_path, key, *expected)


def test_booleans_are_not_called_integers(write_config: WriteConfig, tmp_path: Path) -> None:
    error = config_error(write_config, "[server]\nport = true\n")
    assert_names(error, tmp_path, "server.port", "expected an integer")
    assert "got an integer" not in str(error)
    assert "true or false" in str(error)


@pytest.mark.parametrize(
    "value", ['"soon"', '"15"', '"15x"', '"-5m"', '"0s"', "30", '"1m30"', '""', '"m"', "1.5"]
)
def test_bad_durations(write_config: WriteConfig, tmp_path: Path, value: str) -> None:
    error = config_error(write_config, f"[fetch]\ntimeout = {value}\n")
    assert_names(error, tmp_path, "fetch.timeout", "duration", '"90s"')


@pytest.mark.parametrize("value", ['"10 parsecs"', '"-1MB"', '"0"', "0", "-5", "true", "1.5", '"MB"', '""'])
def test_bad_sizes(write_config: WriteConfig, tmp_path: Path, value: str) -> None:
    error = config_error(write_config, f"[fetch]\nmax_bytes = {value}\n")
    assert_names(error, tmp_path, "fetch.max_bytes", 'expected a size such as "10MB"')


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ('[scheduler]\ninterval = "1m"\n', "scheduler.interval"),
        ('[scheduler]\ninterval = "2d"\n', "scheduler.interval"),
        (SOURCE + 'interval = "1m"\n', "sources[0].interval"),
        ('[scheduler]\nmax_interval = "2h"\n' + SOURCE + 'interval = "3h"\n', "sources[0].interval"),
    ],
)
def test_interval_outside_min_max(write_config: WriteConfig, tmp_path: Path, text: str, key: str) -> None:
    error = config_error(write_config, text)
    assert_names(error, tmp_path, key, "between scheduler.min_interval", "scheduler.max_interval")


def test_interval_bounds_are_inclusive(write_config: WriteConfig) -> None:
    config = write_config('[scheduler]\ninterval = "5m"\n' + SOURCE + 'interval = "1d"\n')
    assert config.scheduler.interval == timedelta(minutes=5)
    assert config.sources[0].interval == timedelta(days=1)


def test_max_interval_shorter_than_min(write_config: WriteConfig, tmp_path: Path) -> None:
    error = config_error(write_config, '[scheduler]\nmin_interval = "1h"\nmax_interval = "30m"\n')
    assert_names(error, tmp_path, "scheduler.max_interval", "min_interval")


# -- politeness, limits, health ----------------------------------------------------------------


def test_politeness_limits_and_stale_after(write_config: WriteConfig) -> None:
    config = write_config(
        '[scheduler]\nmax_interval = "6h"\nstale_after = "12h"\n'
        '[fetch]\nmax_per_host = 1\nhost_delay = "2.5s"\nmax_entries = 50\n'
    )
    assert config.scheduler.stale_after == timedelta(hours=12)
    assert (config.fetch.max_per_host, config.fetch.host_delay, config.fetch.max_entries) == (
        1,
        timedelta(seconds=2.5),
        50,
    )


def test_defaults_of_politeness_limits_and_stale_after(write_config: WriteConfig) -> None:
    config = write_config("[fetch]\n")
    assert config.scheduler.stale_after == timedelta(days=2)
    assert (config.fetch.max_per_host, config.fetch.host_delay, config.fetch.max_entries) == (
        2,
        timedelta(seconds=1),
        1000,
    )
    # stale_after follows max_interval when not set: twice the longest wait
    assert write_config('[scheduler]\nmax_interval = "3d"\n').scheduler.stale_after == timedelta(days=6)


@pytest.mark.parametrize("value", ['"0s"', '"0"', '"0ms"'])
def test_host_delay_may_be_zero(write_config: WriteConfig, value: str) -> None:
    assert write_config(f"[fetch]\nhost_delay = {value}\n").fetch.host_delay == timedelta(0)


@pytest.mark.parametrize(
    ("text", "key", "expected"),
    [
        (
            '[scheduler]\nstale_after = "1d"\n',
            "scheduler.stale_after",
            ["longer than scheduler.max_interval", "stale between two fetches"],
        ),
        ('[scheduler]\nstale_after = "12h"\n', "scheduler.stale_after", ["longer than"]),
        ('[scheduler]\nstale_after = "never"\n', "scheduler.stale_after", ["duration"]),
        ("[scheduler]\nstale_after = 3\n", "scheduler.stale_after", ["duration"]),
        ("[fetch]\nmax_per_host = 0\n", "fetch.max_per_host", ["from 1 to 16"]),
        ("[fetch]\nmax_per_host = 17\n", "fetch.max_per_host", ["from 1 to 16"]),
        ('[fetch]\nmax_per_host = "2"\n', "fetch.max_per_host", ["an integer"]),
        ('[fetch]\nhost_delay = "-1s"\n', "fetch.host_delay", ["duration"]),
        ('[fetch]\nhost_delay = "2m"\n', "fetch.host_delay", ["at most 0:01:00"]),
        ("[fetch]\nhost_delay = 1\n", "fetch.host_delay", ["duration"]),
        ("[fetch]\nmax_entries = 0\n", "fetch.max_entries", ["from 1 to 1000"]),
        ("[fetch]\nmax_entries = 1001\n", "fetch.max_entries", ["from 1 to 1000"]),
        ("[fetch]\nmax_per_hosts = 2\n", "fetch.max_per_hosts", ["did you mean 'max_per_host'?"]),
        ('[scheduler]\nstale = "3d"\n', "scheduler.stale", ["did you mean 'stale_after'?"]),
    ],
)
def test_bad_politeness_limits_and_stale_after(
    write_config: WriteConfig, tmp_path: Path, text: str, key: str, expected: list[str]
) -> None:
    assert_names(config_error(write_config, text), tmp_path, key, *expected)


@pytest.mark.parametrize(
    ("text", "key", "expected"),
    [
        ("[server]\nport = 70000\n", "server.port", ["from 1 to 65535", "70000"]),
        ("[scheduler]\nworkers = 0\n", "scheduler.workers", ["from 1 to 256"]),
        ("[output]\nentries = 0\n", "output.entries", ["from 1 to 1000"]),
        (SOURCE + "pages = 101\n", "sources[0].pages", ["from 1 to 100"]),
        ('[output]\ndir = "  "\n', "output.dir", ["non-empty"]),
        ('[server]\nbase_url = "127.0.0.1:8080"\n', "server.base_url", ["http:// or https:// URL"]),
        ('[database]\nurl = "not a url"\n', "database.url", ["not a database URL"]),
    ],
)
def test_out_of_range_values(
    write_config: WriteConfig, tmp_path: Path, text: str, key: str, expected: list[str]
) -> None:
    assert_names(config_error(write_config, text), tmp_path, key, *expected)


def test_duplicate_source_name(write_config: WriteConfig, tmp_path: Path) -> None:
    error = config_error(write_config, SOURCE + SOURCE.replace("a.example", "b.example"))
    assert_names(error, tmp_path, "sources[1].name", "duplicate source name 'a'")


@pytest.mark.parametrize("name", ["Le Monde", "../etc", "-a", "a" * 65, "", "é"])
def test_bad_source_name(write_config: WriteConfig, tmp_path: Path, name: str) -> None:
    error = config_error(write_config, f'[[sources]]\nname = "{name}"\nurl = "https://a.example/"\n')
    assert_names(error, tmp_path, "sources[0].name", "expected a slug", repr(name))


@pytest.mark.parametrize("url", ["ftp://a.example/feed", "file:///etc/passwd", "a.example/feed", "https://"])
def test_bad_source_url(write_config: WriteConfig, tmp_path: Path, url: str) -> None:
    error = config_error(write_config, SOURCE + f'[[sources]]\nname = "b"\nurl = "{url}"\n')
    assert_names(error, tmp_path, "sources[1].url", "expected an http:// or https:// URL", repr(url))


def test_bad_source_type(write_config: WriteConfig, tmp_path: Path) -> None:
    error = config_error(write_config, SOURCE + 'type = "rss"\n')
    assert_names(error, tmp_path, "sources[0].type", "expected one of 'auto', 'feed', 'html'", "'rss'")


@pytest.mark.parametrize("zone", ["Europe/Pariss", "../../etc/passwd", "/etc/localtime", ""])
def test_bad_timezone(write_config: WriteConfig, tmp_path: Path, zone: str) -> None:
    error = config_error(write_config, SOURCE + f'timezone = "{zone}"\n')
    assert_names(error, tmp_path, "sources[0].timezone", "IANA time zone", repr(zone))


@pytest.mark.parametrize(("key", "selector"), [("item", "article["), ("title", "h2 >"), ("next", "a..next")])
def test_bad_css_selector(write_config: WriteConfig, tmp_path: Path, key: str, selector: str) -> None:
    item = "" if key == "item" else 'item = "article"\n'
    error = config_error(write_config, SOURCE + f'[sources.select]\n{item}{key} = "{selector}"\n')
    assert_names(error, tmp_path, f"sources[0].select.{key}", "not a valid CSS selector", repr(selector))


def test_select_without_item(write_config: WriteConfig, tmp_path: Path) -> None:
    error = config_error(write_config, SOURCE + '[sources.select]\ntitle = "h2 a"\n')
    assert_names(error, tmp_path, "sources[0].select.item", "is required")


def test_reserved_tag_name(write_config: WriteConfig, tmp_path: Path) -> None:
    assert_names(config_error(write_config, '[tags.all]\ntitle = "Tout"\n'), tmp_path, "tags.all", "reserved")


def test_reserved_source_tag(write_config: WriteConfig, tmp_path: Path) -> None:
    error = config_error(write_config, SOURCE + 'tags = ["kremlin", "All"]\n')
    assert_names(error, tmp_path, "sources[0].tags[1]", "reserved")


def test_bad_tag_name_suggests_a_slug(write_config: WriteConfig, tmp_path: Path) -> None:
    error = config_error(write_config, '[tags."Guerre en Ukraine"]\ntitle = "G"\n')
    assert_names(
        error, tmp_path, "tags.Guerre en Ukraine", "not a valid tag name", "[tags.guerre-en-ukraine]"
    )


@pytest.mark.parametrize(("keywords", "index"), [('["--"]', 0), ('["ok", "  "]', 1), ('["ok", 5]', 1)])
def test_bad_keyword(write_config: WriteConfig, tmp_path: Path, keywords: str, index: int) -> None:
    error = config_error(write_config, f"[tags.kremlin]\nkeywords = {keywords}\n")
    assert_names(error, tmp_path, f"tags.kremlin.keywords[{index}]", "expected a keyword")


@pytest.mark.parametrize(
    ("entries", "index", "value"),
    [
        ('["127.0.0.1", "not a host!"]', 1, "'not a host!'"),
        ('["*.example"]', 0, "'*.example'"),
        ('["10.0.0.0/33"]', 0, "'10.0.0.0/33'"),
        ('[""]', 0, "''"),
        ("[5]", 0, "5"),
    ],
)
def test_bad_allow_private_entry(
    write_config: WriteConfig, tmp_path: Path, entries: str, index: int, value: str
) -> None:
    error = config_error(write_config, f"[fetch]\nallow_private = {entries}\n")
    assert_names(
        error,
        tmp_path,
        f"fetch.allow_private[{index}]",
        "expected a host name, an address or a network",
        value,
    )


# -- hardening (issue 13): control characters, huge values, linear loading -------------------


@pytest.mark.parametrize(
    "text,key",
    [
        ('[[sources]]\nname = "a\\n"\nurl = "https://a.example/feed"\n', "sources[0].name"),
        (
            '[[sources]]\nname = "a"\nurl = "https://a.example/feed"\ntags = ["x"]\n[tags."kremlin\\n"]\n',
            "tags.kremlin\n",
        ),
        ('[tags.kremlin]\ntitle = "Kremlin\\u001b[2J"\n', "tags.kremlin.title"),
    ],
)
def test_names_slugs_and_titles_with_control_characters_are_refused(
    write_config: WriteConfig, tmp_path: Path, text: str, key: str
) -> None:
    error = config_error(write_config, text)
    assert error.key == key
    assert str(tmp_path / "config.toml") in str(error)


@pytest.mark.parametrize(
    "text,key",
    [
        ('[scheduler]\nmax_interval = "99999999999999d"\n', "scheduler.max_interval"),
        ('[retention]\nmax_age = "99999999999999d"\n', "retention.max_age"),
        (f'[fetch]\ntimeout = "{"9" * 400}s"\n', "fetch.timeout"),
        (f'[fetch]\nmax_bytes = "{"9" * 400}MB"\n', "fetch.max_bytes"),
    ],
)
def test_huge_durations_and_sizes_are_clear_errors(
    write_config: WriteConfig, tmp_path: Path, text: str, key: str
) -> None:
    assert_names(config_error(write_config, text), tmp_path, key, "at most")


def test_huge_duration_exits_2_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from aggregator.cli import main

    path = tmp_path / "config.toml"
    path.write_text('[scheduler]\nmax_interval = "99999999999999d"\n', encoding="utf-8")
    assert main(["check-config", "--config", str(path)]) == 2
    err = capsys.readouterr().err
    assert "scheduler.max_interval" in err and "Traceback" not in err


def _calls_per_source(n: int, tmp_path: Path) -> float:
    """Python lines run to load a configuration of ``n`` sources, per source: a count, not
    a time, so it says the same on a loaded machine."""
    path = tmp_path / f"config-{n}.toml"
    path.write_text(
        "".join(f'[[sources]]\nname = "s{i}"\nurl = "https://a.example/{i}"\n' for i in range(n)),
        encoding="utf-8",
    )

    def load() -> None:
        config = load_config(path, environ={})
        for s in config.sources:  # the lookups every fetch makes
            config.source(s.name)

    _, calls = count_steps(load)
    return calls / n


def test_loading_many_sources_is_linear(tmp_path: Path) -> None:
    # Quadratic (a scan of the sources read so far per source) costs four times as much per
    # source for four times as many; linear, the same. (bench/config_scale.py: 20,000.)
    small, large = _calls_per_source(500, tmp_path), _calls_per_source(2000, tmp_path)
    assert large < small * 1.5, (small, large)


def test_config_keys_come_from_the_definitions() -> None:
    # One list of keys: the "did you mean" of an unknown key is drawn from the dataclass the
    # table is read as, so a field added there is known to the hint at once.
    assert keys_of(Config) == (
        "database",
        "server",
        "scheduler",
        "fetch",
        "output",
        "log",
        "retention",
        "websub",
        "tags",
        "sources",
    )
    assert "slug" not in keys_of(TagConfig)
    assert keys_of(SourceConfig)[:3] == ("name", "url", "type")
