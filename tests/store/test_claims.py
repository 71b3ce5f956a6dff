"""Claims and leases on real databases (``any_store``): a result is applied only from the
worker that holds the claim, a stopping worker gives its claims back, and on PostgreSQL
concurrent claimers never take the same source."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from aggregator.config import Config, FetchConfig, SchedulerConfig, SourceConfig
from aggregator.exceptions import ClaimLostError
from aggregator.fetch import Fetcher
from aggregator.normalize import content_hash
from aggregator.store import Store
from aggregator.types import EntryData, SourceUpdate, TaggedEntry
from aggregator.update import Updater, lease_for

NOW = datetime(2026, 1, 21, 12, 0, tzinfo=UTC)
LEASE = timedelta(minutes=5)


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


def result(name: str, claimed_by: str | None, *entries: TaggedEntry, when: datetime = NOW) -> SourceUpdate:
    return SourceUpdate(
        name=name,
        fetched_at=when,
        next_fetch=when + timedelta(hours=1),
        status=200,
        entries=entries,
        claimed_by=claimed_by,
    )


@pytest.fixture
def store(any_store: Store) -> Store:
    any_store.sync_sources(
        [SourceConfig(name=f"s{i}", url=f"https://s{i}.example/feed") for i in range(20)], NOW
    )
    return any_store


def test_a_late_result_from_an_expired_claim_is_refused(store: Store) -> None:
    [first] = store.claim_due_sources(NOW, limit=1, lease=LEASE, names=["s0"], claimer="w1")
    assert first.claimed_by == "w1"
    # While w1's lease runs, nobody else gets the source.
    assert store.claim_due_sources(NOW + LEASE / 2, limit=5, lease=LEASE, names=["s0"], claimer="w2") == []
    # w1 hangs past its lease; w2 takes the source and stores its fetch.
    later = NOW + LEASE + timedelta(seconds=1)
    [second] = store.claim_due_sources(later, limit=1, lease=LEASE, names=["s0"], claimer="w2")
    assert second.claimed_by == "w2"
    store.apply_update(result("s0", "w2", entry("from-w2"), when=later))
    # w1's late result changes nothing.
    with pytest.raises(ClaimLostError):
        store.apply_update(result("s0", "w1", entry("from-w1")))
    assert [e.data.guid for e in store.source_entries("s0", 10)] == ["from-w2"]
    state = store.source_state("s0")
    assert state.claimed_by is None
    assert state.next_fetch == later + timedelta(hours=1)


def test_a_late_result_is_refused_while_the_new_holder_fetches(store: Store) -> None:
    store.claim_due_sources(NOW, limit=1, lease=LEASE, names=["s0"], claimer="w1")
    store.claim_due_sources(NOW + 2 * LEASE, limit=1, lease=LEASE, names=["s0"], claimer="w2")
    with pytest.raises(ClaimLostError):
        store.apply_update(result("s0", "w1", entry("from-w1")))
    assert store.source_state("s0").claimed_by == "w2"  # w2's claim untouched
    store.apply_update(result("s0", "w2"))


def test_an_expired_claim_nobody_took_is_still_applied(store: Store) -> None:
    """Past its lease but not taken over: the result is the only fetch, keep it."""
    store.claim_due_sources(NOW, limit=1, lease=LEASE, names=["s0"], claimer="w1")
    store.apply_update(result("s0", "w1", entry("late"), when=NOW + 2 * LEASE))
    assert [e.data.guid for e in store.source_entries("s0", 10)] == ["late"]


def test_a_stopping_worker_releases_its_claims(store: Store) -> None:
    mine = store.claim_due_sources(NOW, limit=3, lease=LEASE, claimer="w1")
    theirs = store.claim_due_sources(NOW, limit=2, lease=LEASE, claimer="w2")
    assert store.release_claims(claimer="w1") == 3
    again = store.claim_due_sources(NOW, limit=20, lease=LEASE, claimer="w3")
    assert {s.name for s in mine} <= {s.name for s in again}
    assert not {s.name for s in theirs} & {s.name for s in again}


@pytest.mark.postgres
def test_concurrent_claimers_never_share_a_source(pg_store: Store) -> None:
    """FOR UPDATE SKIP LOCKED: eight threads claiming at once split the sources."""
    pg_store.sync_sources(
        [SourceConfig(name=f"s{i}", url=f"https://s{i}.example/feed") for i in range(200)], NOW
    )
    got: dict[str, list[str]] = {}
    start = threading.Barrier(8)
    errors: list[BaseException] = []

    def claimer(name: str) -> None:
        try:
            start.wait(timeout=10)
            mine = got.setdefault(name, [])
            for _ in range(20):
                mine += [s.name for s in pg_store.claim_due_sources(NOW, limit=3, lease=LEASE, claimer=name)]
        except BaseException as e:
            errors.append(e)

    threads = [threading.Thread(target=claimer, args=(f"w{i}",)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert errors == []
    claimed = [name for names in got.values() for name in names]
    assert len(claimed) == len(set(claimed)) == 200


def test_lease_covers_the_longest_update() -> None:
    def config(timeout: float, pages: int, min_lease: timedelta) -> Config:
        return Config(
            path=None,
            fetch=FetchConfig(timeout=timedelta(seconds=timeout)),
            scheduler=SchedulerConfig(min_lease=min_lease),
            sources=(SourceConfig(name="a", url="https://a.example/", pages=pages),),
        )

    assert lease_for(config(30, 1, timedelta(minutes=5))) == timedelta(minutes=5)
    assert lease_for(config(30, 20, timedelta(minutes=5))) == timedelta(seconds=30 * 23)
    assert lease_for(config(1, 1, timedelta(seconds=3))) == timedelta(seconds=4)


def test_the_updater_drops_the_result_of_a_lost_claim(
    any_store: Store,
    write_config: Callable[..., Config],
    feed_url: Callable[[str], str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    config = write_config(f'[[sources]]\nname = "lemonde"\nurl = "{feed_url("lemonde.rss")}"\n')
    any_store.sync_sources(config.sources, NOW)
    with Fetcher(config.fetch) as fetcher:
        updater = Updater(config=config, store=any_store, fetcher=fetcher)
        [state] = any_store.claim_due_sources(NOW, limit=1, lease=LEASE, claimer=updater.claimer)
        # This worker stalls past its lease; another one claims the source meanwhile.
        any_store.claim_due_sources(NOW + 2 * LEASE, limit=1, lease=LEASE, claimer="other")
        result = updater.update_source(state)
    assert isinstance(result.error, ClaimLostError)
    assert any_store.source_entries("lemonde", 10) == []
    after = any_store.source_state("lemonde")
    assert (after.claimed_by, after.failures, after.last_success) == ("other", 0, None)
    assert "claim lost, result dropped source=lemonde" in caplog.text
