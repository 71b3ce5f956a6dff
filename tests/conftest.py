"""Shared fixtures: real files, a real HTTP server on 127.0.0.1, a real SQLite database, and
PostgreSQL when it is there.

``AGGREGATOR_TEST_DATABASE=postgresql`` runs every test that touches a database (marked
``db``, see ``pytest_collection_modifyitems``) on PostgreSQL, and only those: the ``store``
fixture, the databases ``database_url``/``new_database_url`` give, the database of every
configuration ``write_config`` writes, and so every CLI command and subprocess of a test, use
a fresh schema of the PostgreSQL database (``AGGREGATOR_TEST_POSTGRES_URL``), made for the
test and dropped after it. Without it, they use a SQLite file in the test's folder, and only
the ``any_store``/``pg_store``/``postgres`` tests reach PostgreSQL.

Tests run in parallel (pytest-xdist): each gets its own folder, schema and free port.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import secrets
import textwrap
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from aggregator.config import Config, load_config
from aggregator.store import Store


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No configuration from the environment; the CLI's logging setup undone afterwards."""
    monkeypatch.delenv("AGGREGATOR_CONFIG", raising=False)
    monkeypatch.delenv("AGGREGATOR_DATABASE_URL", raising=False)
    loggers = [logging.getLogger(n) for n in (None, "aggregator", "apscheduler", "httpx", "waitress")]
    saved = [(lg, [h for h in lg.handlers if not _is_pytests(h)], lg.level, lg.propagate) for lg in loggers]
    yield
    for lg, handlers, level, propagate in saved:
        lg.handlers[:] = handlers + [h for h in lg.handlers if _is_pytests(h)]
        lg.setLevel(level)
        lg.propagate = propagate


def _is_pytests(handler: logging.Handler) -> bool:
    """pytest's capture handlers come and go with each test phase: leave them to pytest."""
    return type(handler).__module__.startswith("_pytest")


DATA = Path(__file__).parent / "data"

POSTGRES_URL = os.environ.get(
    "AGGREGATOR_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
#: The database the shared fixtures use: "sqlite" (default) or "postgresql".
TEST_DATABASE = os.environ.get("AGGREGATOR_TEST_DATABASE", "sqlite").lower()
if TEST_DATABASE not in ("sqlite", "postgresql"):
    raise RuntimeError(f"AGGREGATOR_TEST_DATABASE={TEST_DATABASE!r}: expected sqlite or postgresql")
ON_POSTGRES = TEST_DATABASE == "postgresql"

#: A fixed "now" for pure functions.
NOW = datetime(2026, 1, 21, 12, 0, tzinfo=UTC)


@pytest.fixture
def now() -> datetime:
    return NOW


def data_file(relative: str) -> bytes:
    return (DATA / relative).read_bytes()


@pytest.fixture
def write_config(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[..., Config]:
    """Write a config.toml into tmp_path and load it.

    The text is dedented; unless it has a [fetch] table, ``[fetch] allow_private =
    ["127.0.0.1"]`` is added so sources may point at the local test server, and
    ``host_delay = "0s"``: every test source lives on 127.0.0.1, and spacing their fetches a
    second apart would only slow the suite down (tests/test_politeness.py tests the spacing).
    On PostgreSQL (AGGREGATOR_TEST_DATABASE), the SQLite database of the text, or the default
    one, is replaced by the test's PostgreSQL schema (``database_url``), unless
    ``keep_database``.
    """

    def write(text: str = "", name: str = "config.toml", *, keep_database: bool = False) -> Config:
        body = textwrap.dedent(text)
        if "[fetch]" not in body:
            body = '[fetch]\nallow_private = ["127.0.0.1"]\nhost_delay = "0s"\n' + body
        if ON_POSTGRES and not keep_database:
            body = _on_database(body, request.getfixturevalue("database_url"))
        path = tmp_path / name
        path.write_text(body, encoding="utf-8")
        return load_config(path, environ={})

    return write


def _on_database(body: str, url: str) -> str:
    """The config text with its SQLite database replaced by ``url``."""
    if re.search(r"^[ \t]*\[database\]", body, re.M) is None:
        return f'[database]\nurl = "{url}"\n' + body
    body, replaced = re.subn(
        r'^([ \t]*)url\s*=\s*"sqlite:[^"]*"', lambda m: f'{m[1]}url = "{url}"', body, flags=re.M
    )
    if not replaced and not re.search(r'^[ \t]*url\s*=\s*"postgresql', body, re.M):
        body = re.sub(
            r"^([ \t]*)\[database\][^\n]*\n",
            lambda m: f'{m[0]}{m[1]}url = "{url}"\n',
            body,
            count=1,
            flags=re.M,
        )
    return body


@pytest.fixture
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The test's database: a SQLite file in its folder, or on PostgreSQL
    (AGGREGATOR_TEST_DATABASE=postgresql) a fresh schema."""
    if ON_POSTGRES:
        return str(request.getfixturevalue("fresh_postgres_url"))
    return f"sqlite:///{tmp_path / 'test.db'}"


@pytest.fixture
def new_database_url(tmp_path: Path) -> Iterator[Callable[[str], str]]:
    """Make another empty database for the test, named ``name``: a SQLite file
    ``tmp_path/name.db``, or on PostgreSQL a fresh schema, dropped after the test. For
    tests that need several (one per worker process, say)."""
    made: list[str] = []

    def new(name: str) -> str:
        if not ON_POSTGRES:
            return f"sqlite:///{tmp_path / name}.db"
        reason = _postgres_available()
        if reason:
            pytest.skip(reason)
        schema = f"test_{secrets.token_hex(6)}"
        made.append(schema)
        return _create_schema(POSTGRES_URL, schema)

    yield new
    for schema in made:
        _drop_schema(POSTGRES_URL, schema)


@contextmanager
def module_database(folder: Path, name: str) -> Iterator[str]:
    """A database for a module- or session-scoped fixture: a SQLite file in ``folder``, or
    on PostgreSQL a fresh schema, dropped on exit (function-scoped fixtures cannot serve)."""
    if not ON_POSTGRES:
        yield f"sqlite:///{folder / name}.db"
        return
    reason = _postgres_available()
    if reason:
        pytest.skip(reason)
    schema = f"test_{secrets.token_hex(6)}"
    try:
        yield _create_schema(POSTGRES_URL, schema)
    finally:
        _drop_schema(POSTGRES_URL, schema)


#: Fixtures that give a test a database: a test using one of them (directly or through
#: another fixture) is marked ``db``. ``any_store`` and ``write_config`` reach theirs through
#: ``getfixturevalue``, so they are named too. ``sqlite_store`` is not: its tests are about
#: SQLite, whatever the pass.
DATABASE_FIXTURES = frozenset(
    {
        "database_url",
        "new_database_url",
        "store",
        "write_config",
        "any_store",
        "pg_store",
        "fresh_postgres_url",
        "postgres_url",
    }
)


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """Workers for ``-n auto``: twice the cores, at most eight. Many tests wait on daemons,
    sockets and polling intervals; on two cores the full SQLite pass took 6:13 with two
    workers and 5:02 with four, the cores then busy 96 % of the time (2026-12-04)."""
    return max(2, min(8, 2 * len(os.sched_getaffinity(0))))


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark ``db`` every test that touches a database: it uses a database fixture
    (``DATABASE_FIXTURES``) and is not marked ``no_db`` (a module that only reads
    configurations), or it is marked ``postgres``, or ``db`` by hand (a test that opens its
    database otherwise). On PostgreSQL (AGGREGATOR_TEST_DATABASE), only those run: the
    others were run by the SQLite pass and would run the same again. On SQLite, the tests
    marked ``postgres`` (PostgreSQL whatever the pass: the PostgreSQL case of ``any_store``,
    worker processes, query plans) are left to the PostgreSQL pass, which runs them anyway.

    ``tryfirst``: the marks are set before ``-m`` selects on them (``-m db`` works too).
    Then the slow tests are put first."""
    for item in items:
        uses_database = (
            DATABASE_FIXTURES.intersection(getattr(item, "fixturenames", ()))
            and item.get_closest_marker("no_db") is None
        )
        if uses_database or item.get_closest_marker("postgres") is not None:
            item.add_marker(pytest.mark.db)
    if ON_POSTGRES:
        selected = [item for item in items if item.get_closest_marker("db") is not None]
        deselected = [item for item in items if item.get_closest_marker("db") is None]
    else:
        selected = [item for item in items if item.get_closest_marker("postgres") is None]
        deselected = [item for item in items if item.get_closest_marker("postgres") is not None]
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = selected
    # Slow tests first: the workers take tests in this order, so the long ones (soak, load,
    # crash, workers: 30-85 s each) start early instead of one of them finishing alone at
    # the end of the pass while the other workers are idle.
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


@pytest.fixture
def store(database_url: str) -> Iterator[Store]:
    """A store on the test's database (SQLite file, or PostgreSQL schema)."""
    s = Store(database_url)
    yield s
    s.close()


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    """A store on a real SQLite file, whatever AGGREGATOR_TEST_DATABASE says."""
    s = Store(f"sqlite:///{tmp_path / 'sqlite.db'}")
    yield s
    s.close()


_postgres_reason: list[str | None] = []


def _postgres_available() -> str | None:
    """None when PostgreSQL answers, else why not (asked once per session)."""
    if not _postgres_reason:
        _postgres_reason.append(_ask_postgres())
    return _postgres_reason[0]


def _ask_postgres() -> str | None:
    try:
        import psycopg
    except ImportError:
        return "psycopg is not installed (pip install 'aggregator[postgres]')"
    try:
        with psycopg.connect(_pg_dsn(POSTGRES_URL), connect_timeout=3):
            return None
    except psycopg.Error as e:
        return f"PostgreSQL not reachable at {POSTGRES_URL}: {e}".splitlines()[0]


@pytest.fixture(scope="session")
def postgres_url() -> str:
    """URL of the PostgreSQL test database; skips the test when there is none."""
    reason = _postgres_available()
    if reason:
        pytest.skip(reason)
    return POSTGRES_URL


@pytest.fixture
def fresh_postgres_url(postgres_url: str) -> Iterator[str]:
    """URL of a new, empty schema of the PostgreSQL test database (first on the
    connections' search_path, so everything made through the URL lands in it), dropped
    after the test. Tests on one database, even in parallel, never see each other's rows."""
    schema = f"test_{secrets.token_hex(6)}"
    yield _create_schema(postgres_url, schema)
    _drop_schema(postgres_url, schema)


def _pg_dsn(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


def _create_schema(url: str, schema: str) -> str:
    import psycopg
    from sqlalchemy.engine import make_url

    with psycopg.connect(_pg_dsn(url), autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    # synchronous_commit off: a commit does not wait for the server's disk, which only a crash
    # of the server itself could tell; the shared test server's fsyncs doubled the pass's time.
    options = f"-csearch_path={schema} -csynchronous_commit=off"
    query = dict(make_url(url).query) | {"options": options}
    return make_url(url).set(query=query).render_as_string(hide_password=False)


def _drop_schema(url: str, schema: str) -> None:
    import psycopg

    with psycopg.connect(_pg_dsn(url), autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


@pytest.fixture
def pg_store(fresh_postgres_url: str) -> Iterator[Store]:
    """A store on a fresh PostgreSQL schema (skips where there is no PostgreSQL)."""
    s = Store(fresh_postgres_url)
    yield s
    s.close()


@pytest.fixture(
    params=[pytest.param("sqlite"), pytest.param("postgresql", marks=pytest.mark.postgres)]
    if not ON_POSTGRES
    else [pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def any_store(request: pytest.FixtureRequest) -> Iterator[Store]:
    """The same test on SQLite and on PostgreSQL (on PostgreSQL only, when the whole suite
    runs there: the SQLite pass ran it on SQLite)."""
    yield request.getfixturevalue("sqlite_store" if request.param == "sqlite" else "pg_store")


@pytest.fixture
def feed_server(httpserver: HTTPServer) -> HTTPServer:
    """The local HTTP server, serving tests/data/feed/* with validators (ETag, Last-Modified)
    and 304 on conditional requests."""
    from werkzeug.wrappers import Request, Response

    def handler(request: Request) -> Response:
        name = request.path.rsplit("/", 1)[-1]
        path = DATA / "feed" / name
        if not path.is_file():
            return Response("not found", status=404)
        body = path.read_bytes()
        types = {
            ".rss": "application/rss+xml",
            ".atom": "application/atom+xml",
            ".rdf": "application/rdf+xml",
            ".json": "application/feed+json",
        }
        response = Response(body, content_type=types.get(path.suffix, "application/xml"))
        response.set_etag(hashlib.sha1(body).hexdigest())
        response.last_modified = datetime(2026, 1, 20, tzinfo=UTC)
        return response.make_conditional(request)

    httpserver.expect_request(re.compile(r"^/feed/.*")).respond_with_handler(handler)
    return httpserver


@pytest.fixture
def feed_url(feed_server: HTTPServer) -> Callable[[str], str]:
    """URL of a file of tests/data/feed on the local server."""
    return lambda name: feed_server.url_for(f"/feed/{name}")
