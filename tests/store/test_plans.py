"""Query plans on PostgreSQL: a tag feed document (current or archive page) and the
listings read index ranges, whatever the number of entries, with no OFFSET and a fixed
number of statements (no N+1)."""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import event, text

from aggregator.store import Store

#: xdist_group: one worker runs the module, so big_store is filled once.
pytestmark = [pytest.mark.postgres, pytest.mark.xdist_group("plans")]

ENTRIES = 20_000
#: Tables whose whole scan would make a feed cost grow with the database.
BIG = {"entries", "entry_tags"}


def fill(store: Store, entries: int) -> None:
    """Two sources, three tags; every entry in tag "all-a" or "all-b" by source, every tenth
    in "tenth"; with generate_series, in a second."""
    with store.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO sources (id, name, url, config_url, type, active, disabled, failures,"
                " created_at, last_seq, entry_count) SELECT i, 's' || i, 'https://s.example/' || i,"
                " 'https://s.example/' || i, 'feed', true, false, 0, now(), :n / 2, :n / 2"
                " FROM generate_series(1, 2) i"
            ),
            {"n": entries},
        )
        conn.execute(
            text(
                "INSERT INTO entries (id, source_id, guid, url, title, categories, enclosures,"
                " content_hash, first_seen, changed_at, sort_date, source_seq, seen_at)"
                " SELECT i, 1 + i % 2, 'g' || i, 'https://n.example/' || i, 'Title ' || i, '[]',"
                " '[]', 'h', now(), now(), now() - (i || ' seconds')::interval, (i + 1) / 2, now()"
                " FROM generate_series(1, :n) i"
            ),
            {"n": entries},
        )
        conn.execute(
            text(
                "INSERT INTO tags (id, slug, title, configured, last_seq, entry_count)"
                " VALUES (1, 'all-a', 'A', true, :half, :half), (2, 'all-b', 'B', true, :half, :half),"
                " (3, 'tenth', 'Tenth', true, :tenth, :tenth)"
            ),
            {"half": entries // 2, "tenth": entries // 10},
        )
        conn.execute(
            text(
                "INSERT INTO entry_tags (tag_id, entry_id, seq) SELECT 1 + i % 2, i, (i + 1) / 2"
                " FROM generate_series(1, :n) i"
            ),
            {"n": entries},
        )
        conn.execute(
            text(
                "INSERT INTO entry_tags (tag_id, entry_id, seq) SELECT 3, i * 10, i"
                " FROM generate_series(1, :n / 10) i"
            ),
            {"n": entries},
        )
        conn.execute(text("SELECT setval(pg_get_serial_sequence('entries', 'id'), :n)"), {"n": entries})
    with store.engine.connect() as conn:
        conn.execution_options(isolation_level="AUTOCOMMIT").execute(text("ANALYZE"))


@contextmanager
def statements(store: Store) -> Iterator[list[tuple[str, Any]]]:
    seen: list[tuple[str, Any]] = []

    def record(conn: object, cursor: object, statement: str, parameters: Any, *_: object) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(store.engine, "before_cursor_execute", record)


def scans(store: Store, statement: str, parameters: Any) -> list[tuple[str, str]]:
    """(node type, table) of every scan in the statement's plan."""
    raw = store.engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("EXPLAIN (FORMAT JSON) " + statement, parameters)
        plan = cursor.fetchone()[0]
    finally:
        raw.close()
    plan = json.loads(plan) if isinstance(plan, str) else plan
    found: list[tuple[str, str]] = []

    def walk(node: dict[str, Any]) -> None:
        if "Relation Name" in node:
            found.append((node["Node Type"], node["Relation Name"]))
        for child in node.get("Plans", ()):
            walk(child)

    walk(plan[0]["Plan"])
    return found


@pytest.fixture(scope="module")
def big_store(postgres_url: str) -> Iterator[Store]:
    from conftest import _create_schema, _drop_schema

    schema = f"test_plans_{secrets.token_hex(4)}"
    store = Store(_create_schema(postgres_url, schema))
    fill(store, ENTRIES)
    yield store
    store.close()
    _drop_schema(postgres_url, schema)


@pytest.mark.parametrize(
    "read",
    [
        pytest.param(lambda s: s.feed_page("tag", "tenth", size=50), id="tag-current"),
        pytest.param(lambda s: s.feed_page("tag", "all-a", size=50, page=3), id="tag-archive"),
        pytest.param(lambda s: s.feed_page("source", "s1", size=50), id="source-current"),
        pytest.param(lambda s: s.feed_page("source", "s2", size=50, page=7), id="source-archive"),
        pytest.param(lambda s: s.feed_page("all", "all", size=50), id="all-current"),
        pytest.param(lambda s: s.feed_version("tag", "tenth"), id="tag-version"),
        pytest.param(lambda s: s.tag("tenth"), id="tag-info"),
        pytest.param(lambda s: s.list_tags(), id="list-tags"),
        pytest.param(lambda s: s.list_sources(), id="list-sources"),
    ],
)
def test_feed_reads_scan_index_ranges_only(big_store: Store, read: Callable[[Store], Any]) -> None:
    with statements(big_store) as seen:
        read(big_store)
    assert 0 < len(seen) <= 6  # a fixed number of statements, not one per entry
    for statement, parameters in seen:
        assert "OFFSET" not in statement.upper()
        for node, table in scans(big_store, statement, parameters):
            assert not (table in BIG and node == "Seq Scan"), (node, table, statement)


def test_a_document_reads_its_entries_only(big_store: Store) -> None:
    page = big_store.feed_page("tag", "tenth", size=50)
    assert len(page.entries) == 50
    # The last 50 numbers of the tag: entries 19,510 .. 20,000, newest (lowest id) first.
    assert [e.id for e in page.entries] == list(range(ENTRIES - 490, ENTRIES + 1, 10))
    assert page.archives == ENTRIES // 10 // 50 - 1
