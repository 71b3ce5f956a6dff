"""The quick 304 pass of ``aggregator fetch`` on SQLite (quickpass.py): what it records is
what the store records, anything but a plain 304 goes through the whole pipeline with the
response already fetched (one request per source), and whenever the store does not match
the configuration yet, or a claim is held, the normal pass does everything."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import DATA, ON_POSTGRES
from pytest_httpserver import HTTPServer
from werkzeug.wrappers import Request, Response

from aggregator.cli import main
from aggregator.config import Config, load_config
from aggregator.config.loading import _plain_sqlite_file
from aggregator.fetch import Fetcher
from aggregator.quickpass import BUSY_TIMEOUT_MS, SCHEMA_REVISION, quick_pass, sqlite_path
from aggregator.store import Store
from aggregator.store._migrate import HEAD
from aggregator.store.engine import SQLITE_BUSY_TIMEOUT_MS

pytestmark = pytest.mark.skipif(
    ON_POSTGRES, reason="the quick pass is SQLite's; PostgreSQL takes the normal pass"
)

BODY = (DATA / "feed" / "lemonde.rss").read_bytes()


class Site:
    """Feeds at /NAME.rss with ETag "v1"; ``status`` makes one answer otherwise, ``body``
    changes one (a new ETag)."""

    def __init__(self, server: HTTPServer) -> None:
        self.server = server
        self.status: dict[str, int] = {}
        self.changed: set[str] = set()
        self.requests: list[str] = []
        server.expect_request(re.compile(r"^/.*\.rss$")).respond_with_handler(self.handle)

    def handle(self, request: Request) -> Response:
        name = request.path.strip("/").removesuffix(".rss")
        self.requests.append(name)
        if name in self.status:
            return Response("no", status=self.status[name])
        etag = '"v2"' if name in self.changed else '"v1"'
        if request.headers.get("If-None-Match") == etag:
            return Response(status=304, headers={"ETag": etag, "Cache-Control": "max-age=7200"})
        body = BODY.replace(b"</channel>", b"<item><title>new</title><guid>n</guid></item></channel>")
        return Response(
            body if name in self.changed else BODY,
            content_type="application/rss+xml",
            headers={"ETag": etag, "Cache-Control": "max-age=7200"},
        )

    def url(self, name: str) -> str:
        return self.server.url_for(f"/{name}.rss")


@pytest.fixture
def site(httpserver: HTTPServer) -> Site:
    return Site(httpserver)


@pytest.fixture
def configured(write_config: Callable[..., Config], site: Site) -> Callable[..., Config]:
    def write(names: list[str], extra: str = "") -> Config:
        return write_config(
            extra
            + "".join(f'[[sources]]\nname = "{n}"\nurl = "{site.url(n)}"\ntype = "feed"\n' for n in names)
        )

    return write


def rows(config: Config) -> dict[str, tuple[object, ...]]:
    path = sqlite_path(config.database.url)
    assert path is not None
    with sqlite3.connect(path) as conn:
        return {
            r[0]: r[1:]
            for r in conn.execute(
                "SELECT name, etag, last_status, failures, error, claimed_by, claimed_until,"
                " last_fetch_at, last_success_at, next_fetch_at FROM sources"
            )
        }


@pytest.fixture
def fetcher(configured: Callable[..., Config]) -> Iterator[Fetcher]:
    with Fetcher(configured([]).fetch) as f:
        yield f


def test_a_pass_of_304s_is_recorded_as_the_store_records_it(
    configured: Callable[..., Config], site: Site, fetcher: Fetcher, capsys: pytest.CaptureFixture[str]
) -> None:
    config = configured(["a", "b"])
    assert main(["fetch", "--config", str(config.path)]) == 0  # the first pass: the store's
    before = rows(config)
    started = datetime.now(UTC)
    quick = quick_pass(config, ["a", "b"], fetcher)
    assert quick is not None
    assert quick.rest == [] and quick.fetched == {}
    assert sorted((r.source, r.not_modified, r.status) for r in quick.results) == [
        ("a", True, 304),
        ("b", True, 304),
    ]
    after = rows(config)
    for name in ("a", "b"):
        etag, status, failures, error, claimed_by, claimed_until, fetched, success, due = after[name]
        assert (etag, status, failures, error, claimed_by, claimed_until) == (
            '"v1"',
            304,
            0,
            None,
            None,
            None,
        )
        assert fetched == success and isinstance(fetched, str) and fetched > str(before[name][6])
        # The store reads it back as the time it was (naive UTC text, microseconds).
        store = Store(config.database.url)
        info = store.source(name)
        store.close()
        assert info.last_fetch is not None and started <= info.last_fetch <= datetime.now(UTC)
        # Cache-Control: max-age=7200 is a floor of the schedule, as in the full pass.
        assert info.next_fetch is not None and info.next_fetch >= info.last_fetch + timedelta(hours=2)
        assert due == info.next_fetch.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
    capsys.readouterr()
    assert main(["fetch", "--config", str(config.path)]) == 0
    printed = [re.sub(r"\(\d+\.\ds\)", "(s)", line) for line in capsys.readouterr().out.splitlines()]
    assert printed == [
        "a: ok, not modified (s)",
        "b: ok, not modified (s)",
        "fetched 2 sources: 2 ok, 0 failed",
    ]


def test_anything_but_a_304_takes_the_full_pass_with_its_response_fetched_once(
    configured: Callable[..., Config], site: Site, capsys: pytest.CaptureFixture[str]
) -> None:
    config = configured(["same", "changed", "broken", "gone"])
    assert main(["fetch", "--config", str(config.path)]) == 0
    site.requests.clear()
    site.changed.add("changed")
    site.status.update(broken=500, gone=410)
    capsys.readouterr()
    assert main(["fetch", "--config", str(config.path)]) == 0
    out = capsys.readouterr().out
    assert sorted(site.requests) == ["broken", "changed", "gone", "same"]  # each once
    assert "same: ok, not modified" in out
    assert "changed: ok, 1 new, 0 updated" in out
    assert "broken: error:" in out and "500" in out
    assert "gone: error:" in out and "source disabled" in out
    assert "fetched 4 sources: 2 ok, 2 failed" in out
    after = rows(config)
    assert after["broken"][2:6] == (1, after["broken"][3], None, None)  # one failure, claim released
    assert all(r[4] is None and r[5] is None for r in after.values())  # no claim left


def test_a_store_that_does_not_match_the_configuration_takes_the_normal_pass(
    configured: Callable[..., Config], site: Site, fetcher: Fetcher, capsys: pytest.CaptureFixture[str]
) -> None:
    config = configured(["a"])
    assert quick_pass(config, ["a"], fetcher) is None  # no database yet
    assert main(["fetch", "--config", str(config.path)]) == 0
    assert quick_pass(config, ["a"], fetcher) is not None
    for changed in (
        configured(["a", "b"]),  # a source added
        configured([]),  # one removed
        configured(["a"], '[tags.t]\nkeywords = ["x"]\n'),  # a tag: its rows, a retag
    ):
        assert quick_pass(changed, [s.name for s in changed.sources], fetcher) is None
    config = configured(["a", "b"])
    capsys.readouterr()
    assert main(["fetch", "--config", str(config.path)]) == 0
    assert "b: ok, " in capsys.readouterr().out and rows(config)["b"][1] == 200
    assert quick_pass(config, ["a", "b"], fetcher) is not None


def test_a_claim_held_sends_the_pass_to_the_store(
    configured: Callable[..., Config], site: Site, fetcher: Fetcher, capsys: pytest.CaptureFixture[str]
) -> None:
    config = configured(["a", "b"])
    assert main(["fetch", "--config", str(config.path)]) == 0
    path = sqlite_path(config.database.url)
    assert path is not None
    later = (datetime.now(UTC) + timedelta(hours=1)).strftime("%Y-%m-%d %H:%M:%S.%f")
    with sqlite3.connect(path) as conn:  # another process, alive (this one's pid, say)
        conn.execute(
            "UPDATE sources SET claimed_by = 'elsewhere:1:x', claimed_until = ? WHERE name = 'a'", (later,)
        )
    assert quick_pass(config, ["a", "b"], fetcher) is None
    capsys.readouterr()
    assert main(["fetch", "--config", str(config.path)]) == 0
    out = capsys.readouterr().out
    assert "a: skipped (being fetched by another process)" in out
    assert "b: ok, not modified" in out


def test_sources_with_article_pages_or_disabled_are_left_to_the_store(
    configured: Callable[..., Config], site: Site, fetcher: Fetcher, capsys: pytest.CaptureFixture[str]
) -> None:
    config = configured(["a", "b"])
    assert main(["fetch", "--config", str(config.path)]) == 0
    path = sqlite_path(config.database.url)
    assert path is not None
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE sources SET disabled = 1 WHERE name = 'b'")
    quick = quick_pass(config, ["a", "b"], fetcher)
    assert quick is not None and quick.rest == ["b"] and [r.source for r in quick.results] == ["a"]
    capsys.readouterr()
    assert main(["fetch", "--config", str(config.path)]) == 0
    assert "b: skipped (disabled;" in capsys.readouterr().out
    # A source that may have article pages to read: quick while none is due.
    enriched = configured(["a", "b"]).path
    assert enriched is not None
    text = enriched.read_text(encoding="utf-8").replace(
        'type = "feed"\n', 'type = "feed"\nenrich = "metadata"\n', 1
    )
    enriched.write_text(text, encoding="utf-8")
    config = load_config(enriched, environ={})
    quick = quick_pass(config, ["a"], fetcher)
    assert quick is not None and quick.rest == [] and [r.source for r in quick.results] == ["a"]
    with sqlite3.connect(path) as conn:
        entry, source = conn.execute(
            "SELECT e.id, e.source_id FROM entries e JOIN sources s ON s.id = e.source_id WHERE s.name = 'a'"
        ).fetchone()
        conn.execute(
            "INSERT INTO enrichments (entry_id, source_id, mode, tries, next_try_at)"
            " VALUES (?, ?, 'metadata', 1, ?)",
            (entry, source, "2026-01-01 00:00:00.000000"),
        )
    quick = quick_pass(config, ["a"], fetcher)
    assert quick is not None and quick.rest == ["a"] and quick.results == []


def test_the_schema_revision_and_the_busy_timeout_are_the_stores() -> None:
    assert SCHEMA_REVISION == HEAD
    assert BUSY_TIMEOUT_MS == SQLITE_BUSY_TIMEOUT_MS


@pytest.mark.parametrize(
    "url",
    [
        "sqlite:///aggregator.db",
        "sqlite:///data/a b.db",
        "sqlite:////var/lib/aggregator/aggregator.db",
        "sqlite:///./x.db",
    ],
)
def test_a_plain_sqlite_url_is_resolved_as_sqlalchemy_resolves_it(url: str, tmp_path: Path) -> None:
    from sqlalchemy.engine import make_url

    plain = _plain_sqlite_file(url)
    parsed = make_url(url)
    assert plain == parsed.database
    db = str(parsed.database)
    expected = parsed.set(database=db if Path(db).is_absolute() else str(tmp_path / db))
    ours = "sqlite:///" + (plain if Path(plain).is_absolute() else str(tmp_path / plain))
    assert ours == expected.render_as_string(hide_password=False)
    assert sqlite_path(ours) == expected.database


@pytest.mark.parametrize(
    "url",
    [
        "sqlite://",
        "sqlite:///:memory:",
        "sqlite:///file:x.db?mode=ro&uri=true",
        "sqlite:///a%20b.db",
        "sqlite:///é.db",
        "sqlite:///a,b.db",
        "sqlite+pysqlite:///a.db",
        "postgresql+psycopg://u@h/db",
    ],
)
def test_anything_else_is_left_to_sqlalchemy(url: str) -> None:
    assert _plain_sqlite_file(url) is None
    assert sqlite_path(url) is None


def test_a_source_with_an_interval_of_its_own_is_scheduled_by_it(
    write_config: Callable[..., Config], site: Site, fetcher: Fetcher
) -> None:
    config = write_config(
        f'[[sources]]\nname = "a"\nurl = "{site.url("a")}"\ntype = "feed"\ninterval = "5h"\n'
        f'[[sources]]\nname = "b"\nurl = "{site.url("b")}"\ntype = "feed"\n'
    )
    assert main(["fetch", "--config", str(config.path)]) == 0
    quick = quick_pass(config, ["a", "b"], fetcher)
    assert quick is not None
    by_name = {r.source: r for r in quick.results}
    assert by_name["a"].basis == "interval" and by_name["b"].basis != "interval"
    a = by_name["a"].next_fetch
    assert a is not None
    assert timedelta(hours=4.4) < a - datetime.now(UTC) <= timedelta(hours=5.5)


def test_a_quick_pass_connection_serves_one_thread(tmp_path: Path) -> None:
    """Each thread of the quick pass has its own connection: the rhythms were once read on
    the pass's connection while the pass wrote and closed it, and the process died
    (SIGSEGV). sqlite3 refuses a connection used from another thread, so keep it refusing."""
    from concurrent.futures import ThreadPoolExecutor

    from aggregator.quickpass import _connect

    conn = _connect(str(tmp_path / "one.db"))
    try:
        with ThreadPoolExecutor(1) as other, pytest.raises(sqlite3.ProgrammingError, match="thread"):
            other.submit(conn.execute, "SELECT 1").result()
    finally:
        conn.close()
