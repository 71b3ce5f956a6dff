"""Group commit (store/_writer.py, Store.apply_updates): many sources per transaction, each
source's result what it would have been alone. On SQLite and on PostgreSQL."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from aggregator.config import SourceConfig
from aggregator.exceptions import ClaimLostError, SourceNotFoundError, StorageError
from aggregator.normalize import content_hash
from aggregator.store import Store
from aggregator.store._writer import GroupWriter
from aggregator.types import EntryData, FeedInfo, SourceUpdate, StoreResult, TaggedEntry

NOW = datetime(2026, 1, 21, 12, 0, tzinfo=UTC)
LEASE = timedelta(minutes=5)
HOUR = timedelta(hours=1)


def entry(guid: str) -> TaggedEntry:
    data = EntryData(
        guid=guid,
        url=f"https://news.example/{guid}",
        title=guid,
        summary=None,
        content=None,
        author=None,
        published=NOW,
        updated=None,
    )
    return TaggedEntry(replace(data, content_hash=content_hash(data)), frozenset({"t"}))


def fetched(
    name: str,
    claimed_by: str | None,
    *entries: TaggedEntry,
    status: int = 200,
    etag: str | None = None,
    error: str | None = None,
) -> SourceUpdate:
    return SourceUpdate(
        name=name,
        fetched_at=NOW,
        next_fetch=NOW + HOUR,
        status=status,
        entries=entries,
        claimed_by=claimed_by,
        etag=etag,
        error=error,
        failures=1 if error else 0,
    )


@pytest.fixture
def store(any_store: Store) -> Store:
    any_store.sync_sources(
        [SourceConfig(name=f"s{i}", url=f"https://s{i}.example/feed") for i in range(8)], NOW
    )
    any_store.claim_due_sources(NOW, limit=8, lease=LEASE, claimer="w1")
    return any_store


def test_a_batch_gives_each_source_its_own_result(store: Store) -> None:
    store.claim_due_sources(NOW + 2 * LEASE, limit=1, lease=LEASE, names=["s2"], claimer="w2")
    results = store.apply_updates(
        [
            fetched("s0", "w1", status=304, etag='"e0"'),  # a 304: the executemany
            fetched("s1", "w1", entry("a"), entry("b")),  # entries: in a savepoint
            fetched("s2", "w1", entry("lost")),  # w2 holds it now
            fetched("nope", "w1", status=304),  # unknown
            fetched("s3", "w1", status=500, error="HTTP 500"),  # a failure, fetch-only too
        ]
    )
    assert results[0] == StoreResult() and results[4] == StoreResult()
    assert results[1] == StoreResult(new=2)
    assert isinstance(results[2], ClaimLostError)
    assert isinstance(results[3], SourceNotFoundError)
    s0, s1, s2, s3 = (store.source_state(f"s{i}") for i in range(4))
    assert (s0.etag, s0.claimed_by, s0.next_fetch, s0.failures) == ('"e0"', None, NOW + HOUR, 0)
    assert s0.last_success == NOW
    assert {e.data.guid for e in store.source_entries("s1", 10)} == {"a", "b"}
    assert s1.claimed_by is None
    assert s2.claimed_by == "w2" and store.source_entries("s2", 10) == []  # rolled back alone
    assert (s3.failures, s3.claimed_by, s3.last_success) == (1, None, None)
    assert store.source("s3").error == "HTTP 500"


def test_a_source_that_fails_after_writing_is_rolled_back_alone(store: Store) -> None:
    """Sources are written without savepoints until one fails after its first write (here
    its title, then an entry whose naive date the store refuses): the batch is then written
    again with a savepoint per source, and only that one is rolled back (with the error it
    gives alone: a naive date cannot be compared with aware ones)."""
    naive = replace(entry("naive").data, published=datetime(2026, 1, 21, 12, 0))
    results = store.apply_updates(
        [
            replace(fetched("s0", "w1", entry("a")), feed=FeedInfo(title="S0")),
            replace(fetched("s1", "w1", TaggedEntry(naive, frozenset())), feed=FeedInfo(title="S1")),
            replace(fetched("s2", "w1", entry("b")), feed=FeedInfo(title="S2")),
        ]
    )
    assert results[0] == StoreResult(new=1) and results[2] == StoreResult(new=1)
    assert isinstance(results[1], TypeError)
    assert [e.data.guid for e in store.source_entries("s0", 10)] == ["a"]
    assert [e.data.guid for e in store.source_entries("s2", 10)] == ["b"]
    assert store.source_entries("s1", 10) == []
    assert store.source_state("s1").claimed_by == "w1"  # its update never happened
    assert store.source("s1").title is None and store.source("s0").title == "S0"
    assert store.entry_count() == 2


def test_a_304_whose_via_changed_takes_the_full_path(store: Store) -> None:
    [result] = store.apply_updates(
        [replace(fetched("s0", "w1", status=304), via="https://s0.example/other.xml")]
    )
    assert result == StoreResult()
    assert store.source_state("s0").via == "https://s0.example/other.xml"


def test_concurrent_workers_share_transactions(store: Store) -> None:
    """Eight threads storing at once: every fetch stored, in fewer transactions than
    sources (or as many, on a machine that ran them one after the other)."""
    start = threading.Barrier(8)
    errors: list[BaseException] = []

    def work(i: int) -> None:
        start.wait()
        try:
            store.apply_update(fetched(f"s{i}", "w1", entry(f"e{i}")))
        except BaseException as e:
            errors.append(e)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert errors == []
    writer = store._writer
    assert writer is not None and writer.sources == 8 and 1 <= writer.batches <= 8
    assert all(store.source_state(f"s{i}").claimed_by is None for i in range(8))
    assert store.entry_count() == 8


def test_the_submitter_gets_the_exception_of_its_own_source(store: Store) -> None:
    with pytest.raises(ClaimLostError):
        store.apply_update(fetched("s0", "someone-else", entry("x")))
    assert store.apply_update(fetched("s0", "w1", entry("x"))) == StoreResult(new=1)


def test_without_group_commit_each_fetch_is_its_own_transaction(sqlite_store: Store) -> None:
    direct = Store(sqlite_store.engine.url.render_as_string(hide_password=False), group_commit=False)
    try:
        direct.sync_sources([SourceConfig(name="s0", url="https://s0.example/feed")], NOW)
        assert direct.apply_update(fetched("s0", None, entry("x"))) == StoreResult(new=1)
        assert direct._writer is None
    finally:
        direct.close()


def test_a_batch_that_fails_whole_fails_every_submitter() -> None:
    def broken(updates: object) -> list[StoreResult | Exception]:
        raise StorageError("database write failed: disk full")

    writer = GroupWriter(broken)
    try:
        with pytest.raises(StorageError, match="disk full"):
            writer.submit(fetched("s0", None))
        with pytest.raises(StorageError, match="disk full"):  # the thread lives on
            writer.submit(fetched("s0", None))
    finally:
        writer.close()
    with pytest.raises(StorageError, match="closed"):
        writer.submit(fetched("s0", None))
