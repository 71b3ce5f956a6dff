"""Several web nodes on one database (``aggregator serve`` behind a load balancer): each keeps
its own cache of rendered documents, keyed by the version the database records, so every
node serves the same bytes and ETag for a version and none serves an outdated one after a
worker stored something."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from flask.testing import FlaskClient

from aggregator.normalize import content_hash
from aggregator.store import Store
from aggregator.types import EntryData, SourceUpdate, TaggedEntry
from aggregator.web import create_app

from .conftest import Site

PATHS = ["/feeds/kremlin.atom", "/feeds/all.json", "/sources/lemonde.rss", "/feeds/russie.atom"]


@pytest.fixture
def second_node(site: Site) -> Iterator[FlaskClient]:
    """Another web node: its own store (connection pool) and document cache."""
    store = Store(site.config.database.url)
    app = create_app(site.config, store)
    app.testing = True
    yield app.test_client()
    store.close()


def test_nodes_serve_the_same_version_and_follow_the_database(site: Site, second_node: FlaskClient) -> None:
    first = {p: site.client.get(p) for p in PATHS}
    second = {p: second_node.get(p) for p in PATHS}
    for path in PATHS:
        assert first[path].status_code == second[path].status_code == 200
        assert first[path].data == second[path].data
        assert first[path].headers["ETag"] == second[path].headers["ETag"]

    # A worker (any process) stores a new Kremlin article from lemonde.
    now = datetime.now(UTC)
    data = EntryData(
        guid="breaking",
        url="https://www.lemonde.fr/breaking",
        title="Le Kremlin répond",
        summary=None,
        content=None,
        author=None,
        published=now,
        updated=None,
    )
    site.store.apply_update(
        SourceUpdate(
            name="lemonde",
            fetched_at=now,
            next_fetch=now + timedelta(hours=1),
            status=200,
            entries=(TaggedEntry(replace(data, content_hash=content_hash(data)), frozenset({"kremlin"})),),
        )
    )

    changed = ["/feeds/kremlin.atom", "/feeds/all.json", "/sources/lemonde.rss"]
    # Both nodes had the old documents cached; both now serve the new version, identically.
    for path in changed:
        a, b = site.client.get(path), second_node.get(path)
        assert b"Le Kremlin r" in a.data
        assert a.data == b.data
        assert a.headers["ETag"] == b.headers["ETag"] != first[path].headers["ETag"]
        # A reader holding the old version gets the new one, from either node.
        old = {"If-None-Match": first[path].headers["ETag"]}
        assert site.client.get(path, headers=old).status_code == 200
        assert second_node.get(path, headers=old).status_code == 200
    # A feed the article did not reach keeps its version: 304 on both nodes.
    etag = {"If-None-Match": first["/feeds/russie.atom"].headers["ETag"]}
    assert site.client.get("/feeds/russie.atom", headers=etag).status_code == 304
    assert second_node.get("/feeds/russie.atom", headers=etag).status_code == 304
