"""The store on real databases: every ``any_store`` test runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import threading
import warnings
from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest
from _store import next_due
from sqlalchemy import event

from aggregator.config import SourceConfig, TagConfig
from aggregator.exceptions import SourceNotFoundError, StorageError, TagNotFoundError
from aggregator.normalize import content_hash
from aggregator.store import FUTURE_TOLERANCE, Store
from aggregator.types import Enclosure, EntryData, FeedInfo, SourceUpdate, StoreResult, TaggedEntry

# SQLAlchemy 2.1 deprecates Result.tuples(), which store/__init__.py still calls: with
# filterwarnings = error every write that creates a tag would fail. It is checked once, in
# test_no_deprecated_sqlalchemy_api, and ignored elsewhere so the rest still tests the store.
LEASE = timedelta(minutes=5)
HOUR = timedelta(hours=1)


# -- builders ---------------------------------------------------------------------------------


def source(name: str, url: str | None = None, type: str = "feed") -> SourceConfig:
    return SourceConfig(name=name, url=url or f"https://{name}.example/feed", type=type)


def entry(
    guid: str,
    title: str | None = None,
    *,
    published: datetime | None = None,
    updated: datetime | None = None,
    summary: str | None = None,
    categories: tuple[str, ...] = (),
    enclosures: tuple[Enclosure, ...] = (),
) -> EntryData:
    data = EntryData(
        guid=guid,
        url=f"https://news.example/{guid}",
        title=title or f"Title {guid}",
        summary=summary,
        content=None,
        author=None,
        published=published,
        updated=updated,
        categories=categories,
        enclosures=enclosures,
    )
    return replace(data, content_hash=content_hash(data))


def tagged(data: EntryData, *tags: str) -> TaggedEntry:
    return TaggedEntry(data, frozenset(tags))


def update(
    name: str, when: datetime, *entries: TaggedEntry, next_fetch: datetime | None = None, **fields: object
) -> SourceUpdate:
    return SourceUpdate(
        name=name,
        fetched_at=when,
        next_fetch=next_fetch or when + HOUR,
        status=fields.pop("status", 200),
        entries=entries,
        **fields,
    )  # type: ignore[arg-type]


def claim(store: Store, when: datetime, **options: object) -> list[str]:
    options.setdefault("limit", 100)
    options.setdefault("lease", LEASE)
    return sorted(s.name for s in store.claim_due_sources(when, **options))  # type: ignore[arg-type]


def titles(entries: Iterable[object]) -> list[str | None]:
    return [e.data.title for e in entries]  # type: ignore[attr-defined]


# -- sync_sources -----------------------------------------------------------------------------


def test_new_sources_are_due_now(any_store: Store, now: datetime) -> None:
    any_store.sync_sources([source("a"), source("b", type="auto")], now)
    state = any_store.source_state("a")
    assert (state.url, state.type, state.next_fetch) == ("https://a.example/feed", "feed", now)
    assert state.etag is None and state.failures == 0
    infos = any_store.list_sources()
    assert [(s.name, s.type, s.entries, s.error, s.next_fetch) for s in infos] == [
        ("a", "feed", 0, None, now),
        ("b", "auto", 0, None, now),
    ]
    assert claim(any_store, now) == ["a", "b"]


def test_sync_is_idempotent(any_store: Store, now: datetime) -> None:
    any_store.sync_sources([source("a")], now)
    any_store.apply_update(update("a", now, etag='"e"', next_fetch=now + HOUR))
    any_store.sync_sources([source("a")], now + timedelta(minutes=10))
    state = any_store.source_state("a")
    assert state.etag == '"e"'
    assert state.next_fetch == now + HOUR


def test_config_url_change_keeps_entries_and_resets_validators(any_store: Store, now: datetime) -> None:
    any_store.sync_sources([source("a", "https://old.example/feed")], now)
    any_store.apply_update(
        update(
            "a",
            now,
            tagged(entry("1")),
            tagged(entry("2")),
            etag='"e1"',
            last_modified="Tue, 20 Jan 2026 00:00:00 GMT",
        )
    )
    later = now + timedelta(minutes=10)
    any_store.sync_sources([source("a", "https://new.example/feed")], later)
    state = any_store.source_state("a")
    assert state.url == "https://new.example/feed"
    assert state.etag is None and state.last_modified is None
    assert state.next_fetch == later
    assert len(any_store.source_entries("a", 10)) == 2


def test_config_url_change_overrides_a_permanent_redirect(any_store: Store, now: datetime) -> None:
    any_store.sync_sources([source("a", "https://old.example/feed")], now)
    any_store.apply_update(update("a", now, moved_to="https://moved.example/feed"))
    assert any_store.source_state("a").url == "https://moved.example/feed"
    # the same config again: the learned URL stays
    any_store.sync_sources([source("a", "https://old.example/feed")], now)
    assert any_store.source_state("a").url == "https://moved.example/feed"
    # a new URL in the config wins
    any_store.sync_sources([source("a", "https://new.example/feed")], now)
    assert any_store.source_state("a").url == "https://new.example/feed"


def test_type_change_resets_validators(any_store: Store, now: datetime) -> None:
    any_store.sync_sources([source("a", type="feed")], now)
    any_store.apply_update(update("a", now, etag='"e1"'))
    any_store.sync_sources([source("a", type="auto")], now + timedelta(minutes=1))
    state = any_store.source_state("a")
    assert (state.type, state.etag, state.next_fetch) == ("auto", None, now + timedelta(minutes=1))


def test_removed_source_is_inactive_and_keeps_its_entries(any_store: Store, now: datetime) -> None:
    any_store.sync_sources([source("a"), source("b")], now)
    any_store.apply_update(update("b", now, tagged(entry("1"), "kremlin")))
    any_store.sync_sources([source("a")], now)

    assert [s.name for s in any_store.list_sources()] == ["a"]
    removed = {s.name: s for s in any_store.list_sources(active_only=False)}["b"]
    assert removed.entries == 1
    assert removed.next_fetch is None
    assert titles(any_store.source_entries("b", 10)) == ["Title 1"]
    assert titles(any_store.tag_entries("kremlin", 10)) == ["Title 1"]
    assert titles(any_store.all_entries(10)) == ["Title 1"]
    assert claim(any_store, now + timedelta(days=2), due_only=False) == ["a"]
    assert claim(any_store, now + timedelta(days=3), names=["b"], due_only=False) == []


def test_re_added_source_is_reactivated(any_store: Store, now: datetime) -> None:
    any_store.sync_sources([source("a"), source("b")], now)
    any_store.apply_update(update("b", now, tagged(entry("1")), next_fetch=now + timedelta(days=7)))
    any_store.sync_sources([source("a")], now)
    later = now + HOUR
    any_store.sync_sources([source("a"), source("b")], later)
    assert any_store.source_state("b").next_fetch == later
    assert [s.name for s in any_store.list_sources()] == ["a", "b"]
    assert "b" in claim(any_store, later)
    assert len(any_store.source_entries("b", 10)) == 1


# -- claim_due_sources ------------------------------------------------------------------------


def test_claim_only_due_sources(any_store: Store, now: datetime) -> None:
    any_store.sync_sources([source("due"), source("later")], now - HOUR)
    any_store.apply_update(update("later", now - HOUR, next_fetch=now + HOUR))
    assert claim(any_store, now) == ["due"]


def test_claimed_sources_are_not_claimed_twice(any_store: Store, now: datetime) -> None:
    any_store.sync_sources([source("a"), source("b")], now)
    assert claim(any_store, now) == ["a", "b"]
    assert claim(any_store, now) == []
    assert claim(any_store, now + LEASE - timedelta(seconds=1)) == []
    assert claim(any_store, now, due_only=False) == []


def test_expired_lease_can_be_claimed_again(any_store: Store, now: datetime) -> None:
    any_store.sync_sources([source("a")], now)
    assert claim(any_store, now) == ["a"]
    assert claim(any_store, now + LEASE) == ["a"]


def test_apply_update_releases_the_claim(any_store: Store, now: datetime) -> None:
    any_store.sync_sources([source("a")], now)
    assert claim(any_store, now) == ["a"]
    any_store.apply_update(update("a", now, next_fetch=now))
    assert claim(any_store, now) == ["a"]


def test_claim_names_filter(any_store: Store, now: datetime) -> None:
    any_store.sync_sources([source("a"), source("b"), source("c")], now)
    assert claim(any_store, now, names=["b", "c", "unknown"]) == ["b", "c"]
    assert claim(any_store, now, names=[]) == []
    assert claim(any_store, now) == ["a"]


def test_claim_not_due_only(any_store: Store, now: datetime) -> None:
    any_store.sync_sources([source("a"), source("b")], now)
    for name in ("a", "b"):
        any_store.apply_update(update(name, now, next_fetch=now + timedelta(days=1)))
    assert claim(any_store, now) == []
    assert claim(any_store, now, names=["a"], due_only=False) == ["a"]
    assert claim(any_store, now, due_only=False) == ["b"]


def test_claim_limit_takes_the_most_overdue(any_store: Store, now: datetime) -> None:
    any_store.sync_sources([source(n) for n in "abcd"], now - timedelta(days=1))
    for offset, name in enumerate("dcba"):
        any_store.apply_update(
            update(name, now - timedelta(days=1), next_fetch=now - timedelta(minutes=10 * (offset + 1)))
        )
    states = any_store.claim_due_sources(now, limit=2, lease=LEASE)
    assert [s.name for s in states] == ["a", "b"]
    assert claim(any_store, now, limit=10) == ["c", "d"]


def test_claim_returns_the_state_to_fetch_with(any_store: Store, now: datetime) -> None:
    any_store.sync_sources([source("a")], now)
    any_store.apply_update(
        update("a", now, etag='"e"', last_modified="lm", next_fetch=now, moved_to="https://moved.example/")
    )
    (state,) = any_store.claim_due_sources(now, limit=1, lease=LEASE)
    assert (state.url, state.etag, state.last_modified, state.last_success) == (
        "https://moved.example/",
        '"e"',
        "lm",
        now,
    )


def test_concurrent_claims_never_share_a_source(any_store: Store, now: datetime) -> None:
    names = [f"s{i:02d}" for i in range(24)]
    any_store.sync_sources([source(n) for n in names], now)
    claimed: list[list[str]] = []
    errors: list[BaseException] = []
    start = threading.Barrier(4)

    def worker() -> None:
        try:
            start.wait(timeout=10)
            for _ in range(4):
                claimed.append(claim(any_store, now, limit=2))
        except BaseException as e:
            errors.append(e)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert errors == []
    flat = [n for batch in claimed for n in batch]
    assert len(flat) == len(set(flat))
    # (on PostgreSQL a claim skips rows another one holds, so some may be left)
    assert sorted(flat + claim(any_store, now)) == names


def test_next_due(any_store: Store, now: datetime) -> None:
    assert next_due(any_store) is None
    any_store.sync_sources([source("a"), source("b")], now)
    any_store.apply_update(update("a", now, next_fetch=now + HOUR))
    any_store.apply_update(update("b", now, next_fetch=now + 2 * HOUR))
    assert next_due(any_store) == now + HOUR


# -- apply_update -----------------------------------------------------------------------------


@pytest.fixture
def two(any_store: Store, now: datetime) -> Store:
    """Source "a" with two entries fetched at ``now``."""
    any_store.sync_sources([source("a"), source("b")], now)
    result = any_store.apply_update(
        update(
            "a",
            now,
            tagged(entry("1", published=now - 2 * HOUR), "kremlin"),
            tagged(entry("2", published=now - HOUR), "kremlin", "europe"),
            etag='"e1"',
            last_modified="Tue, 20 Jan 2026 00:00:00 GMT",
            feed=FeedInfo(title="Site A", link="https://a.example/", subtitle="news"),
            tag_titles={"kremlin": "Kremlin"},
        )
    )
    assert result == StoreResult(new=2)
    return any_store


def test_insert_new_entries(two: Store, now: datetime) -> None:
    entries = two.source_entries("a", 10)
    assert titles(entries) == ["Title 2", "Title 1"]
    e2 = entries[0]
    assert e2.source == "a"
    assert e2.first_seen == now and e2.changed_at == now
    assert e2.sort_date == now - HOUR
    assert e2.tags == ("europe", "kremlin")
    assert (e2.source_title, e2.source_link, e2.source_url) == (
        "Site A",
        "https://a.example/",
        "https://a.example/feed",
    )
    info = two.source("a")
    assert (
        info.entries,
        info.title,
        info.link,
        info.status,
        info.last_fetch,
        info.last_success,
        info.error,
        info.failures,
    ) == (2, "Site A", "https://a.example/", 200, now, now, None, 0)
    assert two.entry_count() == 2
    assert two.last_change() == now


def test_entry_data_round_trips(any_store: Store, now: datetime) -> None:
    paris = timezone(timedelta(hours=1))
    data = entry(
        "x",
        "Élysée « citation »",
        published=datetime(2026, 1, 19, 17, 32, tzinfo=paris),
        updated=datetime(2026, 1, 19, 18, 0, tzinfo=UTC),
        summary="<p>résumé</p>",
        categories=("Russie", "Guerre en Ukraine"),
        enclosures=(
            Enclosure("https://a.example/a.mp3", "audio/mpeg", 123456),
            Enclosure("https://a.example/b.jpg"),
        ),
    )
    any_store.sync_sources([source("a")], now)
    any_store.apply_update(update("a", now, tagged(data)))
    (stored,) = any_store.source_entries("a", 10)
    assert stored.data == data
    assert stored.data.published is not None
    assert stored.data.published.tzinfo is not None
    assert stored.data.published.utcoffset() == timedelta(0)
    assert stored.first_seen.tzinfo is not None


def test_unchanged_entries_stay_unchanged(two: Store, now: datetime) -> None:
    before = {e.data.guid: e for e in two.source_entries("a", 10)}
    later = now + HOUR
    result = two.apply_update(
        update("a", later, *(tagged(e.data, *e.tags) for e in before.values()), etag='"e1"')
    )
    assert result == StoreResult(unchanged=2)
    after = {e.data.guid: e for e in two.source_entries("a", 10)}
    assert after == before
    assert two.last_change() == now


def test_changed_entry_is_updated_in_place(two: Store, now: datetime) -> None:
    before = {e.data.guid: e for e in two.source_entries("a", 10)}
    edited = replace(entry("1", "Edited title", published=now - 2 * HOUR))
    assert edited.content_hash != before["1"].data.content_hash
    later = now + HOUR
    result = two.apply_update(
        update(
            "a", later, tagged(edited, "kremlin", "ukraine"), tagged(before["2"].data, "kremlin", "europe")
        )
    )
    assert result == StoreResult(updated=1, unchanged=1)
    after = {e.data.guid: e for e in two.source_entries("a", 10)}
    assert after["1"].id == before["1"].id
    assert after["1"].first_seen == now
    assert after["1"].changed_at == later
    assert after["1"].data.title == "Edited title"
    assert after["1"].tags == ("kremlin", "ukraine")
    assert after["2"] == before["2"]
    assert two.entry_count() == 2
    assert two.last_change() == later
    assert titles(two.tag_entries("ukraine", 10)) == ["Edited title"]


def test_changed_entry_loses_tags_it_no_longer_has(two: Store, now: datetime) -> None:
    edited = entry("2", "Now about sport", published=now - HOUR)
    two.apply_update(update("a", now + HOUR, tagged(edited, "sport")))
    assert titles(two.tag_entries("kremlin", 10)) == ["Title 1"]
    assert titles(two.tag_entries("europe", 10)) == []
    assert titles(two.tag_entries("sport", 10)) == ["Now about sport"]


def test_entries_missing_from_a_fetch_are_kept(two: Store, now: datetime) -> None:
    result = two.apply_update(update("a", now + HOUR, tagged(entry("3", published=now))))
    assert result == StoreResult(new=1)
    assert titles(two.source_entries("a", 10)) == ["Title 3", "Title 2", "Title 1"]


def test_same_guid_in_two_sources_is_two_entries(two: Store, now: datetime) -> None:
    result = two.apply_update(update("b", now, tagged(entry("1", "B's one"))))
    assert result == StoreResult(new=1)
    assert titles(two.source_entries("b", 10)) == ["B's one"]
    assert two.entry_count() == 3


def test_failure_keeps_validators_and_entries(two: Store, now: datetime) -> None:
    later = now + HOUR
    two.apply_update(
        update(
            "a",
            later,
            status=500,
            error="HTTP 500 Internal Server Error",
            failures=1,
            next_fetch=later + timedelta(minutes=5),
        )
    )
    state = two.source_state("a")
    assert (state.etag, state.last_modified) == ('"e1"', "Tue, 20 Jan 2026 00:00:00 GMT")
    assert state.failures == 1
    assert state.last_success == now
    assert state.next_fetch == later + timedelta(minutes=5)
    info = two.source("a")
    assert (info.error, info.failures, info.status, info.last_fetch, info.last_success) == (
        "HTTP 500 Internal Server Error",
        1,
        500,
        later,
        now,
    )
    assert info.entries == 2
    assert info.title == "Site A"
    assert titles(two.tag_entries("kremlin", 10)) == ["Title 2", "Title 1"]


def test_success_after_failure_clears_the_error(two: Store, now: datetime) -> None:
    two.apply_update(update("a", now + HOUR, status=None, error="timed out", failures=3))
    two.apply_update(update("a", now + 2 * HOUR, status=304, etag='"e2"'))
    info = two.source("a")
    assert (info.error, info.failures, info.status, info.last_success) == (None, 0, 304, now + 2 * HOUR)
    assert two.source_state("a").etag == '"e2"'


def test_moved_to_updates_the_url(two: Store, now: datetime) -> None:
    two.apply_update(update("a", now + HOUR, status=304, moved_to="https://new.example/rss"))
    assert two.source_state("a").url == "https://new.example/rss"
    assert two.source("a").url == "https://new.example/rss"
    assert two.source_entries("a", 1)[0].source_url == "https://new.example/rss"


def test_apply_update_to_unknown_source(any_store: Store, now: datetime) -> None:
    with pytest.raises(SourceNotFoundError):
        any_store.apply_update(update("nope", now, tagged(entry("1"))))
    assert any_store.entry_count() == 0


def test_naive_datetimes_are_refused(any_store: Store, now: datetime) -> None:
    any_store.sync_sources([source("a")], now)
    with pytest.raises(StorageError):
        any_store.apply_update(update("a", now.replace(tzinfo=None), tagged(entry("1"))))
    assert any_store.entry_count() == 0


def test_many_entries_in_one_update(any_store: Store, now: datetime) -> None:
    """More entries than one IN (...) batch."""
    any_store.sync_sources([source("a")], now)
    many = [tagged(entry(str(i), published=now - timedelta(minutes=i)), "bulk") for i in range(1100)]
    assert any_store.apply_update(update("a", now, *many)) == StoreResult(new=1100)
    assert any_store.apply_update(update("a", now + HOUR, *many)) == StoreResult(unchanged=1100)
    assert any_store.tag("bulk").entries == 1100
    assert titles(any_store.tag_entries("bulk", 2)) == ["Title 0", "Title 1"]


# -- tags and reading -------------------------------------------------------------------------


def test_tags_are_created_with_titles(two: Store, now: datetime) -> None:
    two.apply_update(
        update(
            "b",
            now,
            tagged(entry("9"), "guerre-en-ukraine", "misc", "kremlin"),
            tag_titles={"guerre-en-ukraine": "Guerre en Ukraine", "kremlin": "Another title"},
        )
    )
    assert two.tag("kremlin").title == "Kremlin"  # the first title stays
    assert two.tag("guerre-en-ukraine").title == "Guerre en Ukraine"
    assert two.tag("misc").title == "misc"
    assert two.tag("kremlin").entries == 3


def test_sync_tags(any_store: Store, now: datetime) -> None:
    any_store.sync_tags([TagConfig("kremlin", "Kremlin", ("kremlin",)), TagConfig("empty", "Empty")])
    assert [(t.slug, t.title, t.entries) for t in any_store.list_tags()] == [
        ("empty", "Empty", 0),
        ("kremlin", "Kremlin", 0),
    ]
    any_store.sync_tags([TagConfig("kremlin", "Le Kremlin")])
    assert [(t.slug, t.title) for t in any_store.list_tags()] == [("kremlin", "Le Kremlin")]
    assert any_store.tag("empty").entries == 0


def test_tag_entries_are_the_last_to_join_shown_newest_first(any_store: Store, now: datetime) -> None:
    # A feed document holds the entries that joined the feed last (so that RFC 5005 archive
    # pages, fixed ranges of arrivals, never change), shown newest first by date.
    any_store.sync_sources([source("a"), source("b")], now)
    order = [3, 0, 4, 1, 2]
    for i in order:
        name = "a" if i % 2 else "b"
        any_store.apply_update(
            update(name, now, tagged(entry(f"e{i}", published=now - timedelta(days=i)), "t"))
        )
    assert titles(any_store.tag_entries("t", 3)) == ["Title e1", "Title e2", "Title e4"]
    assert titles(any_store.tag_entries("t", 100)) == [f"Title e{i}" for i in range(5)]
    assert titles(any_store.all_entries(2)) == ["Title e1", "Title e2"]


def test_entries_of_the_same_date_keep_the_document_order(any_store: Store, now: datetime) -> None:
    """Documents list the newest first; undated entries (all first seen now) stay in that order."""
    any_store.sync_sources([source("a")], now)
    any_store.apply_update(update("a", now, *(tagged(entry(g), "t") for g in "xyz")))
    expected = ["Title x", "Title y", "Title z"]
    assert titles(any_store.all_entries(10)) == expected
    assert titles(any_store.source_entries("a", 10)) == expected
    assert titles(any_store.tag_entries("t", 10)) == expected
    assert titles(any_store.tag_entries("t", 2)) == expected[:2]


def test_future_dated_entries_sort_by_first_seen(any_store: Store, now: datetime) -> None:
    any_store.sync_sources([source("a")], now)
    any_store.apply_update(
        update(
            "a",
            now,
            tagged(entry("future", published=now + timedelta(days=3650)), "t"),
            tagged(entry("soon", published=now + FUTURE_TOLERANCE / 2), "t"),
            tagged(entry("recent", published=now - HOUR), "t"),
            tagged(entry("undated"), "t"),
            tagged(entry("updated-only", updated=now - 2 * HOUR), "t"),
        )
    )
    by_guid = {e.data.guid: e for e in any_store.all_entries(10)}
    assert by_guid["future"].sort_date == now
    assert by_guid["future"].data.published == now + timedelta(days=3650)
    assert by_guid["soon"].sort_date == now + FUTURE_TOLERANCE / 2
    assert by_guid["undated"].sort_date == now
    assert by_guid["updated-only"].sort_date == now - 2 * HOUR
    # A year later, new entries come before the one that claimed to be from 2036.
    later = now + timedelta(days=365)
    any_store.apply_update(update("a", later, tagged(entry("new", published=later - HOUR), "t")))
    # "future" and "undated" share a sort date (first seen): the document's order decides.
    assert [e.data.guid for e in any_store.tag_entries("t", 10)] == [
        "new",
        "soon",
        "future",
        "undated",
        "recent",
        "updated-only",
    ]


def test_source_entries(two: Store, now: datetime) -> None:
    two.apply_update(update("b", now, tagged(entry("b1", published=now))))
    assert titles(two.source_entries("a", 10)) == ["Title 2", "Title 1"]
    assert titles(two.source_entries("a", 1)) == ["Title 2"]
    assert titles(two.source_entries("b", 10)) == ["Title b1"]
    assert titles(two.all_entries(10)) == ["Title b1", "Title 2", "Title 1"]


def test_list_tags_counts(two: Store, now: datetime) -> None:
    two.sync_tags([TagConfig("kremlin", "Kremlin"), TagConfig("unused", "Unused")])
    two.apply_update(update("b", now, tagged(entry("b1", published=now - 30 * HOUR), "europe")))
    assert [(t.slug, t.title, t.entries, t.last_entry) for t in two.list_tags()] == [
        ("europe", "europe", 2, now - HOUR),
        ("kremlin", "Kremlin", 2, now - HOUR),
        ("unused", "Unused", 0, None),
    ]


def test_list_sources_counts(two: Store, now: datetime) -> None:
    assert [(s.name, s.entries) for s in two.list_sources()] == [("a", 2), ("b", 0)]


def test_via_is_recorded_and_reset_by_a_config_change(any_store: Store, now: datetime) -> None:
    any_store.sync_sources([source("a", "https://a.example/tag/x/", type="auto")], now)
    any_store.apply_update(update("a", now, via="https://a.example/tag/x/feed/", etag='"e"'))
    assert any_store.source_state("a").via == "https://a.example/tag/x/feed/"
    assert any_store.source("a").via == "https://a.example/tag/x/feed/"
    any_store.sync_sources([source("a", "https://a.example/tag/y/", type="auto")], now)
    assert any_store.source_state("a").via is None


def test_unknown_tag(any_store: Store) -> None:
    with pytest.raises(TagNotFoundError):
        any_store.tag("nope")
    with pytest.raises(TagNotFoundError):
        any_store.tag_entries("nope", 10)


def test_unknown_source(any_store: Store) -> None:
    with pytest.raises(SourceNotFoundError):
        any_store.source("nope")
    with pytest.raises(SourceNotFoundError):
        any_store.source_state("nope")
    with pytest.raises(SourceNotFoundError):
        any_store.source_entries("nope", 10)


def test_settings(any_store: Store) -> None:
    assert any_store.get_setting("k") is None
    any_store.set_setting("k", "v1")
    any_store.set_setting("k", "v2")
    assert any_store.get_setting("k") == "v2"


@pytest.mark.postgres
def test_a_setting_another_process_is_inserting_is_set_after_it(fresh_postgres_url: str) -> None:
    """Workers starting together record the same settings at the same moment: the one
    whose INSERT waits on another's must not fail on the unique key."""
    from sqlalchemy import create_engine, text

    store = Store(fresh_postgres_url)
    other = create_engine(fresh_postgres_url)
    errors: list[BaseException] = []

    def set_it() -> None:
        try:
            store.set_setting("k", "ours")
        except BaseException as e:
            errors.append(e)

    try:
        with other.connect() as conn:
            conn.execute(text("INSERT INTO settings (key, value) VALUES ('k', 'theirs')"))
            thread = threading.Thread(target=set_it)
            thread.start()
            thread.join(0.5)  # our INSERT now waits for their transaction
            conn.commit()
        thread.join(10)
        assert not thread.is_alive()
        assert errors == []
        assert store.get_setting("k") == "ours"
    finally:
        other.dispose()
        store.close()


# -- retagging --------------------------------------------------------------------------------


def test_iter_entries_for_tagging(two: Store, now: datetime) -> None:
    two.apply_update(update("b", now, tagged(entry("b1"))))
    batches = list(two.iter_entries_for_tagging(batch=2))
    assert [len(b) for b in batches] == [2, 1]
    rows = [row for b in batches for row in b]
    assert sorted((name, data.guid) for _, name, data in rows) == [("a", "1"), ("a", "2"), ("b", "b1")]
    ids = [id_ for id_, *_ in rows]
    assert ids == sorted(ids)
    stored = {e.id: e.data for e in two.all_entries(10)}
    assert all(stored[id_] == data for id_, _, data in rows)


def test_replace_tags(two: Store, now: datetime) -> None:
    entries = {e.data.guid: e for e in two.source_entries("a", 10)}
    e1, e2 = entries["1"], entries["2"]
    unchanged = {e1.id: frozenset(e1.tags), e2.id: frozenset(e2.tags)}
    assert two.replace_tags(unchanged, {}) == 0
    changed = two.replace_tags(
        {e1.id: frozenset({"kremlin", "new-tag"}), e2.id: frozenset(e2.tags)}, {"new-tag": "New tag"}
    )
    assert changed == 1
    assert titles(two.tag_entries("new-tag", 10)) == ["Title 1"]
    assert two.tag("new-tag").title == "New tag"
    assert two.replace_tags({e2.id: frozenset()}, {}) == 1
    assert titles(two.tag_entries("kremlin", 10)) == ["Title 1"]
    assert [t.slug for t in two.list_tags()] == ["kremlin", "new-tag"]
    # the copied sort date still orders the tag feed
    two.replace_tags({e2.id: frozenset({"kremlin"})}, {})
    assert titles(two.tag_entries("kremlin", 10)) == ["Title 2", "Title 1"]
    assert two.source_entries("a", 10)[0].changed_at == now


def test_no_deprecated_sqlalchemy_api(store: Store, now: datetime) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        store.sync_sources([source("a")], now)
        store.apply_update(update("a", now, tagged(entry("1"), "t")))
        (e,) = store.all_entries(10)
        store.replace_tags({e.id: frozenset({"u"})}, {})
    assert store.tag_entries("u", 10)[0].id == e.id


def test_a_first_fetch_of_untagged_entries_leaves_the_tag_tables_alone(store: Store, now: datetime) -> None:
    """Most entries match no tag: storing them reads and writes nothing of the tags, and a
    source's new title touches no tag feed while none of its entries is in one."""
    statements: list[str] = []

    def record(conn: object, cursor: object, statement: str, *_: object) -> None:
        statements.append(" ".join(statement.split()).lower())

    store.sync_sources([source("a")], now)
    event.listen(store.engine, "before_cursor_execute", record)
    try:
        store.apply_update(update("a", now, tagged(entry("1")), tagged(entry("2")), feed=FeedInfo(title="A")))
        first = list(statements)
        statements.clear()
        store.apply_update(update("a", now + HOUR, tagged(entry("3"), "t"), feed=FeedInfo(title="B")))
    finally:
        event.remove(store.engine, "before_cursor_execute", record)
    assert not [s for s in first if "entry_tags" in s or "update tags" in s]
    assert [s for s in statements if "entry_tags" in s] and [s for s in statements if "update tags" in s]
    assert [e.data.guid for e in store.tag_entries("t", 10)] == ["3"]


# -- SQLite specifics -------------------------------------------------------------------------


def test_sqlite_pragmas(sqlite_store: Store) -> None:
    with sqlite_store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_sqlite_writes_begin_immediate(sqlite_store: Store, now: datetime) -> None:
    statements: list[str] = []

    def record(conn: object, cursor: object, statement: str, *_: object) -> None:
        statements.append(statement)

    event.listen(sqlite_store.engine, "before_cursor_execute", record)
    try:
        sqlite_store.sync_sources([source("a")], now)
        sqlite_store.apply_update(update("a", now, tagged(entry("1"))))
        writes = [s for s in statements if s.startswith("BEGIN")]
        statements.clear()
        sqlite_store.all_entries(10)
        reads = [s for s in statements if s.startswith("BEGIN")]
    finally:
        event.remove(sqlite_store.engine, "before_cursor_execute", record)
    assert writes == ["BEGIN IMMEDIATE", "BEGIN IMMEDIATE"]
    assert reads and all(s != "BEGIN IMMEDIATE" for s in reads)


def test_sqlite_concurrent_writers_both_succeed(sqlite_store: Store, now: datetime) -> None:
    """Read-then-write transactions from two threads: with deferred transactions one of them
    fails at once with "database is locked"; with BEGIN IMMEDIATE the other waits."""
    sqlite_store.sync_sources([source("a"), source("b")], now)
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def writer(name: str) -> None:
        try:
            start.wait(timeout=10)
            for i in range(25):
                when = now + timedelta(seconds=i)
                sqlite_store.claim_due_sources(when, limit=5, lease=LEASE, due_only=False)
                sqlite_store.apply_update(
                    update(
                        name,
                        when,
                        tagged(entry(f"{name}-new-{i}"), "t"),
                        tagged(entry(f"{name}-edited", f"edit {i}"), "t"),
                    )
                )
        except BaseException as e:
            errors.append(e)

    threads = [threading.Thread(target=writer, args=(n,)) for n in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert errors == []
    assert sqlite_store.entry_count() == 52
    assert sqlite_store.tag("t").entries == 52


# -- scheduling state -------------------------------------------------------------------------


def test_recent_entry_dates_newest_first_dated_only(any_store: Store, now: datetime) -> None:
    any_store.sync_sources([source("a"), source("b")], now)
    day = timedelta(days=1)
    any_store.apply_update(
        update(
            "a",
            now,
            tagged(entry("1", published=now - 3 * day)),
            tagged(entry("2", updated=now - day)),
            tagged(entry("3")),
            tagged(entry("4", published=now - 2 * day, updated=now)),
        )
    )
    any_store.apply_update(update("b", now, tagged(entry("9", published=now))))
    dates = any_store.recent_entry_dates("a", 10)
    assert dates == [now - day, now - 2 * day, now - 3 * day]
    assert all(d.tzinfo is not None for d in dates)
    assert any_store.recent_entry_dates("a", 2) == [now - day, now - 2 * day]
    assert any_store.recent_entry_dates("nope", 2) == []
    # Many at once: the same, by name.
    assert any_store.recent_entry_dates_of(["a", "b", "nope"], 2) == {
        "a": [now - day, now - 2 * day],
        "b": [now],
        "nope": [],
    }
    many = any_store.recent_entry_dates_of(["a"], 10)["a"]
    assert many == dates and all(d.tzinfo is not None for d in many)


def test_feed_ttl_is_kept_across_not_modified(any_store: Store, now: datetime) -> None:
    any_store.sync_sources([source("a")], now)
    any_store.apply_update(update("a", now, feed=FeedInfo(title="t"), feed_ttl=timedelta(hours=2)))
    assert any_store.source_state("a").feed_ttl == timedelta(hours=2)
    any_store.apply_update(update("a", now, status=304))
    assert any_store.source_state("a").feed_ttl == timedelta(hours=2)
    any_store.apply_update(update("a", now, feed=FeedInfo(title="t")))
    assert any_store.source_state("a").feed_ttl is None


def test_requeue_releases_claims_and_moves_them_back(any_store: Store, now: datetime) -> None:
    any_store.sync_sources([source("a"), source("b"), source("c")], now)
    assert claim(any_store, now) == ["a", "b", "c"]
    later = now + timedelta(seconds=5)
    any_store.requeue(["a", "b"], later)
    assert claim(any_store, now) == []
    assert claim(any_store, later) == ["a", "b"]
    assert any_store.source_state("a").next_fetch == later
    any_store.requeue([], later)


def test_disable_and_enable(any_store: Store, now: datetime) -> None:
    any_store.sync_sources([source("a"), source("b")], now)
    any_store.apply_update(update("b", now))
    any_store.apply_update(
        update(
            "a",
            now,
            status=410,
            error="HTTP 410 Gone",
            failures=1,
            disable=True,
            next_fetch=now + timedelta(minutes=5),
        )
    )
    info = any_store.source("a")
    assert info.disabled and info.next_fetch is None and info.error == "HTTP 410 Gone"
    later = now + timedelta(days=3)
    assert claim(any_store, later) == ["b"]
    assert next_due(any_store) == now + HOUR  # b's; a is not scheduled

    assert any_store.enable_source("a", later) is True
    info = any_store.source("a")
    assert not info.disabled and info.next_fetch == later and info.failures == 0
    assert claim(any_store, later) == ["a"]
    assert any_store.enable_source("a", later) is False
    with pytest.raises(SourceNotFoundError):
        any_store.enable_source("nope", later)


def test_a_new_url_in_the_config_enables_a_disabled_source(any_store: Store, now: datetime) -> None:
    any_store.sync_sources([source("a", "https://old.example/feed")], now)
    any_store.apply_update(update("a", now, status=410, error="gone", failures=1, disable=True))
    any_store.sync_sources([source("a", "https://old.example/feed")], now)
    assert any_store.source("a").disabled
    any_store.sync_sources([source("a", "https://new.example/feed")], now)
    info = any_store.source("a")
    assert not info.disabled and info.next_fetch == now


def test_stale(any_store: Store, now: datetime) -> None:
    any_store.sync_sources([source("a"), source("b")], now)
    after = timedelta(days=2)
    assert not any_store.source("a").is_stale(now + after, after)  # new: not yet
    assert any_store.source("a").is_stale(now + after + timedelta(seconds=1), after)  # never ok
    any_store.apply_update(update("b", now + after))
    any_store.apply_update(update("b", now + 3 * after, error="boom", failures=1, status=500))
    info = any_store.source("b")
    assert info.last_success == now + after
    assert not info.is_stale(now + 2 * after, after)
    assert info.is_stale(now + 2 * after + timedelta(seconds=1), after)


def test_a_lookup_that_finds_nothing_keeps_its_connection(sqlite_store: Store, now: datetime) -> None:
    """A feed of a tag or source that does not exist (a 404) is a lookup that read its row to
    the end: its connection goes back to the pool, not closed and opened again each time."""
    sqlite_store.sync_sources([source("a")], now)
    sqlite_store.feed_version("source", "a")  # a connection in the pool
    opened: list[object] = []
    event.listen(sqlite_store.engine, "connect", lambda conn, record: opened.append(conn))
    for _ in range(5):
        with pytest.raises(TagNotFoundError):
            sqlite_store.feed_version("tag", "nowhere")
        with pytest.raises(SourceNotFoundError):
            sqlite_store.source_state("nowhere")
    assert sqlite_store.feed_version("source", "a")
    assert opened == []
