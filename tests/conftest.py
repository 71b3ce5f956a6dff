"""Shared fixtures: real files, a real HTTP server on 127.0.0.1, a real SQLite database, and
PostgreSQL when it is there."""

from __future__ import annotations

import hashlib
import os
import re
import textwrap
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from aggregator.config import Config, load_config
from aggregator.store import Store

DATA = Path(__file__).parent / "data"

POSTGRES_URL = os.environ.get("AGGREGATOR_TEST_POSTGRES_URL",
                              "postgresql+psycopg://postgres@127.0.0.1:5432/test")

#: A fixed "now" for pure functions.
NOW = datetime(2026, 1, 21, 12, 0, tzinfo=UTC)


@pytest.fixture
def now() -> datetime:
    return NOW


def data_file(relative: str) -> bytes:
    return (DATA / relative).read_bytes()


@pytest.fixture
def write_config(tmp_path: Path) -> Callable[..., Config]:
    """Write a config.toml into tmp_path and load it.

    The text is dedented; unless it has a [fetch] table, ``[fetch] allow_private =
    ["127.0.0.1"]`` is added so sources may point at the local test server, and
    ``host_delay = "0s"``: every test source lives on 127.0.0.1, and spacing their fetches a
    second apart would only slow the suite down (tests/test_politeness.py tests the spacing).
    """
    def write(text: str = "", name: str = "config.toml") -> Config:
        body = textwrap.dedent(text)
        if "[fetch]" not in body:
            body = '[fetch]\nallow_private = ["127.0.0.1"]\nhost_delay = "0s"\n' + body
        path = tmp_path / name
        path.write_text(body, encoding="utf-8")
        return load_config(path, environ={})
    return write


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A store on a real SQLite file."""
    s = Store(f"sqlite:///{tmp_path / 'test.db'}")
    yield s
    s.close()


def _postgres_available() -> str | None:
    try:
        import psycopg
    except ImportError:
        return "psycopg is not installed (pip install 'aggregator[postgres]')"
    try:
        dsn = POSTGRES_URL.replace("postgresql+psycopg://", "postgresql://")
        with psycopg.connect(dsn, connect_timeout=3):
            return None
    except psycopg.Error as e:
        return f"PostgreSQL not reachable at {POSTGRES_URL}: {e}".splitlines()[0]


@pytest.fixture(scope="session")
def postgres_url() -> str:
    """URL of an empty PostgreSQL database (tables dropped first); skips when there is none."""
    reason = _postgres_available()
    if reason:
        pytest.skip(reason)
    return POSTGRES_URL


@pytest.fixture
def pg_store(postgres_url: str) -> Iterator[Store]:
    from aggregator.store.models import Base

    s = Store(postgres_url)
    Base.metadata.drop_all(s.engine)
    Base.metadata.create_all(s.engine)
    yield s
    Base.metadata.drop_all(s.engine)
    s.close()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """The same test on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        s = Store(f"sqlite:///{tmp_path / 'test.db'}")
        yield s
        s.close()
    else:
        yield request.getfixturevalue("pg_store")


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
        types = {".rss": "application/rss+xml", ".atom": "application/atom+xml",
                 ".rdf": "application/rdf+xml", ".json": "application/feed+json"}
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
