"""Retention on real databases (``any_store``: SQLite and PostgreSQL): what goes, what
always stays (current documents, what sources still list, primaries of duplicates), and
the counters and archives after it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select, text

from aggregator.config import Config, RetentionConfig, SourceConfig
from aggregator.exceptions import ConfigError
from aggregator.normalize import content_hash
from aggregator.retention import RETENTION_EVERY, apply_retention
from aggregator.scheduler import build_scheduler
from aggregator.store import Store
from aggregator.store import models as m
from aggregator.types import EntryData, FeedInfo, SourceUpdate, TaggedEntry

NOW = datetime(2026, 1, 21, 12, 0, tzinfo=UTC)
DAY = timedelta(days=1)


def entry(guid: str, age: timedelta, *, url: str | None = None) -> EntryData:
    data = EntryData(
        guid=guid,
        url=url or f"https://news.example/{guid}",
        title=f"Title {guid}",
        summary=None,
        content=None,
        author=None,
        published=NOW - age,
        updated=None,
        dedupe_key=url,
    )
    return replace(data, content_hash=content_hash(data))


def fetch(
    store: Store, name: str, when: datetime, *entries: tuple[EntryData, tuple[str, ...]], listed: bool = False
) -> None:
    """One fetch of ``name`` at ``when``; ``listed``: a parsed document (so what it lists is
    known to be still listed), else as the store's other tests do, no feed information."""
    store.apply_update(
        SourceUpdate(
            name=name,
            fetched_at=when,
            next_fetch=when + DAY,
            status=200,
            feed=FeedInfo(title=name) if listed else None,
            entries=tuple(TaggedEntry(data, frozenset(tags)) for data, tags in entries),
        )
    )


def guids(store: Store, name: str) -> list[str]:
    return sorted(e.data.guid for e in store.source_entries(name, 1000))


def check_counters(store: Store) -> None:
    """The maintained counters equal what COUNT says."""
    with store.engine.connect() as conn:
        tags = dict(
            conn.execute(
                text(
                    "SELECT t.slug, count(et.entry_id) FROM tags t"
                    " LEFT JOIN entry_tags et ON et.tag_id = t.id GROUP BY t.slug"
                )
            ).all()
        )
        newest = dict(
            conn.execute(
                select(m.Tag.slug, func.max(m.Entry.sort_date))
                .select_from(m.Tag)
                .join(m.EntryTag, m.EntryTag.tag_id == m.Tag.id)
                .join(m.Entry, m.Entry.id == m.EntryTag.entry_id)
                .group_by(m.Tag.slug)
            ).all()
        )
        sources = dict(
            conn.execute(
                text(
                    "SELECT s.name, count(e.id) FROM sources s LEFT JOIN entries e"
                    " ON e.source_id = s.id GROUP BY s.name"
                )
            ).all()
        )
    listed = {t.slug: t for t in store.list_tags()}
    assert {slug: t.entries for slug, t in listed.items()} == {s: n for s, n in tags.items() if n}
    for slug, t in listed.items():
        assert t.last_entry == newest.get(slug)
    assert {s.name: s.entries for s in store.list_sources(active_only=False)} == sources


@pytest.fixture
def two_sources(any_store: Store) -> Store:
    any_store.sync_sources(
        [
            SourceConfig(name="a", url="https://a.example/feed", type="feed"),
            SourceConfig(name="b", url="https://b.example/feed", type="feed"),
        ],
        NOW - 30 * DAY,
    )
    return any_store


def test_max_age_keeps_what_the_current_documents_show(two_sources: Store) -> None:
    store = two_sources
    # a1..a6, dated 20 to 15 days ago, all tagged "t"; a1 is alone in tag "u".
    fetch(
        store,
        "a",
        NOW - 14 * DAY,
        *[(entry(f"a{i}", (21 - i) * DAY), ("t",) + (("u",) if i == 1 else ())) for i in range(1, 7)],
    )
    fetch(store, "b", NOW - 14 * DAY, (entry("b1", DAY), ("t",)), (entry("b2", DAY), ()))
    before = store.feed_version("tag", "t")
    removed = store.remove_old_entries(NOW, max_age=7 * DAY, max_per_source=None, keep_last=2)
    # Kept: a5, a6 (source a's current document, size 2); a1 (tag u's); b1, b2 (new).
    # t's current document is b1 and a6.
    assert removed == 3
    assert guids(store, "a") == ["a1", "a5", "a6"]
    assert guids(store, "b") == ["b1", "b2"]
    check_counters(store)
    # Tag t's archive: numbers 1..6 were a1..a6, 7 b1; pages keep their ranges, with holes.
    page1 = store.feed_page("tag", "t", size=2, page=1)
    page2 = store.feed_page("tag", "t", size=2, page=2)
    assert [e.data.guid for e in page1.entries] == ["a1"]
    assert [e.data.guid for e in page2.entries] == []
    assert [e.data.guid for e in store.feed_page("tag", "t", size=2).entries] == ["b1", "a6"]
    # The feed's version moved: every web node renders its archive pages again.
    assert store.feed_version("tag", "t") != before
    # Nothing more to remove: a second pass changes nothing.
    assert store.remove_old_entries(NOW, max_age=7 * DAY, max_per_source=None, keep_last=2) == 0


def test_max_entries_per_source_removes_the_first_stored(two_sources: Store) -> None:
    store = two_sources
    fetch(store, "a", NOW - 3 * DAY, *[(entry(f"a{i:02}", (20 - i) * DAY), ()) for i in range(1, 11)])
    fetch(store, "b", NOW - 2 * DAY, *[(entry(f"b{i}", DAY), ()) for i in range(1, 4)])
    removed = store.remove_old_entries(NOW, max_age=None, max_per_source=4, keep_last=2)
    assert removed == 6
    assert guids(store, "a") == ["a07", "a08", "a09", "a10"]
    assert guids(store, "b") == ["b1", "b2", "b3"]
    check_counters(store)
    # The source keeps numbering after its last number: the next entry is 11.
    fetch(store, "a", NOW, (entry("a11", timedelta(0)), ()))
    assert [e.data.guid for e in store.feed_page("source", "a", size=4).entries] == [
        "a11",
        "a10",
        "a09",
        "a08",
    ]


def test_entries_the_source_still_lists_are_kept(two_sources: Store) -> None:
    """Removed while still in the source's feed, an entry would come back as new at the
    next fetch, and again after each pass: what the last document listed stays."""
    store = two_sources
    listing = [(entry(f"a{i}", (40 - i) * DAY), ()) for i in range(1, 7)]
    fetch(store, "a", NOW - 3 * DAY, *listing, listed=True)
    fetch(store, "b", NOW - 3 * DAY, *[(entry(f"b{i}", DAY), ()) for i in range(1, 4)])
    fetch(store, "a", NOW, *listing, listed=True)  # still listed now
    assert store.remove_old_entries(NOW, max_age=7 * DAY, max_per_source=None, keep_last=2) == 0
    # Three days later the feed lists only a5: the others but a6 (a's current document)
    # are no longer protected.
    later = NOW + 3 * DAY
    fetch(store, "a", later, listing[-2], listed=True)
    assert store.remove_old_entries(later, max_age=7 * DAY, max_per_source=None, keep_last=2) == 4
    assert guids(store, "a") == ["a5", "a6"]
    # A 304 (no document) does not make the listed entries fair game: a5 stays, though
    # a's current document is now a6 alone.
    store.apply_update(SourceUpdate(name="a", fetched_at=later + DAY, next_fetch=later + 2 * DAY, status=304))
    assert store.remove_old_entries(later + DAY, max_age=7 * DAY, max_per_source=None, keep_last=1) == 0
    check_counters(store)


def test_an_article_carried_by_several_sources_goes_with_its_last_copy(two_sources: Store) -> None:
    """The primary copy of an article stays while another source's copy points at it (it
    carries the tags that copy lent); when the copies can all go, they go together."""
    store = two_sources
    article = "https://site.example/article"
    hour = timedelta(hours=1)
    fetch(store, "a", NOW - 20 * DAY, (entry("a-copy", 20 * DAY + hour, url=article), ("a-tag",)))
    fetch(store, "b", NOW - 19 * DAY, (entry("b-copy", 19 * DAY + hour, url=article), ("b-tag",)))
    fetch(store, "a", NOW, (entry("a-new", hour), ("a-tag", "b-tag")))
    [primary] = [e for e in store.all_entries(100) if e.data.guid == "a-copy"]
    assert primary.tags == ("a-tag", "b-tag")
    assert [name for name, *_ in primary.also_from] == ["b"]

    # b's copy is in b's current document: a's copy, old and shown nowhere, stays with it.
    assert store.remove_old_entries(NOW, max_age=7 * DAY, max_per_source=None, keep_last=1) == 0
    assert guids(store, "a") == ["a-copy", "a-new"]
    # b moves on: both copies go, the duplicate first, in one pass; none is left behind.
    fetch(store, "b", NOW, (entry("b-new", hour), ()))
    assert store.remove_old_entries(NOW, max_age=7 * DAY, max_per_source=None, keep_last=1) == 2
    assert guids(store, "a") == ["a-new"]
    assert guids(store, "b") == ["b-new"]
    check_counters(store)
    with store.engine.connect() as conn:
        assert (
            conn.execute(
                text("SELECT count(*) FROM entries WHERE dedupe_key = :u"), {"u": article}
            ).scalar_one()
            == 0
        )


def test_a_duplicate_goes_alone_when_its_primary_is_shown(two_sources: Store) -> None:
    store = two_sources
    article = "https://site.example/article"
    hour = timedelta(hours=1)
    fetch(store, "a", NOW - 20 * DAY, (entry("a-copy", 20 * DAY + hour, url=article), ("t",)))
    fetch(store, "b", NOW - 19 * DAY, (entry("b-copy", 19 * DAY + hour, url=article), ("u",)))
    fetch(store, "b", NOW, (entry("b-new", hour), ()))
    # a's copy is in a's current document (and in t's and u's): only b's copy goes.
    assert store.remove_old_entries(NOW, max_age=7 * DAY, max_per_source=None, keep_last=1) == 1
    assert guids(store, "b") == ["b-new"]
    [primary] = store.source_entries("a", 10)
    assert primary.tags == ("t", "u")  # the tag b's copy lent stays
    assert primary.also_from == ()
    check_counters(store)


def test_retention_runs_once_per_period_among_workers(two_sources: Store) -> None:
    store = two_sources
    fetch(store, "a", NOW - 20 * DAY, *[(entry(f"a{i}", 20 * DAY), ()) for i in range(5)])
    config = Config(path=None, retention=RetentionConfig(max_age=7 * DAY))
    config = replace(config, output=replace(config.output, entries=1))
    assert apply_retention(config, store, NOW) == 4
    # Another worker, a minute later: not its turn.
    assert apply_retention(config, store, NOW + timedelta(minutes=1)) is None
    assert apply_retention(config, store, NOW + RETENTION_EVERY) == 0
    # Without [retention], nothing is ever removed.
    assert apply_retention(Config(path=None), store, NOW + 3 * RETENTION_EVERY) is None


def test_retention_config(write_config: Callable[..., Config]) -> None:
    config = write_config('[retention]\nmax_age = "90d"\nmax_entries_per_source = 5000\n')
    assert config.retention == RetentionConfig(max_age=90 * DAY, max_entries_per_source=5000)
    assert write_config("").retention == RetentionConfig()
    assert not write_config("").retention.enabled


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ('max_age = "30m"', "retention.max_age"),
        ("max_age = 90", "retention.max_age"),
        ("max_entries_per_source = 0", "retention.max_entries_per_source"),
        ('max_entries_per_source = "100"', "retention.max_entries_per_source"),
        ('max_ag = "90d"', "retention.max_ag"),
    ],
)
def test_retention_config_is_strict(write_config: Callable[..., Config], text: str, key: str) -> None:
    with pytest.raises(ConfigError) as raised:
        write_config(f"[retention]\n{text}\n")
    assert raised.value.key == key


def test_workers_schedule_retention_when_configured(
    write_config: Callable[..., Config], store: Store
) -> None:
    config = write_config('[retention]\nmax_age = "30d"\n')
    scheduler, poller = build_scheduler(config, store)
    # The retention job is always there (a reload may turn retention on); it reads the
    # configuration in force and does nothing without [retention].
    assert {job.id for job in scheduler.get_jobs()} == {"tick", "retention"}
    assert poller.export is True
    assert poller.stop(grace=1, budget=2)
    scheduler, poller = build_scheduler(write_config("[output]\nexport = false\n"), store)
    assert {job.id for job in scheduler.get_jobs()} == {"tick", "retention"}
    assert poller.export is False  # [output] export = false: this worker only fetches
    assert poller.stop(grace=1, budget=2)


def test_counters_follow_edits_and_retagging(two_sources: Store) -> None:
    """tags.entry_count/last_entry and sources.entry_count, maintained instead of counted,
    stay equal to the counts through every path that adds, moves or removes links."""
    store = two_sources
    hour = timedelta(hours=1)
    fetch(
        store,
        "a",
        NOW - DAY,
        (entry("a1", 2 * hour), ("t", "u")),
        (entry("a2", 3 * hour, url="https://news.example/a2"), ("t",)),
    )
    check_counters(store)
    # a1's date moves down (an edit): t's newest entry is a2 now, u's still a1.
    edited = replace(entry("a1", 5 * hour), title="Edited")
    fetch(store, "a", NOW, (replace(edited, content_hash=content_hash(edited)), ("t", "u")))
    check_counters(store)
    # ... and up again, past a2.
    edited = replace(entry("a1", hour), title="Edited again")
    fetch(store, "a", NOW, (replace(edited, content_hash=content_hash(edited)), ("t", "u")))
    check_counters(store)
    # Retagging (tag rules changed) removes links.
    [a1] = [e for e in store.source_entries("a", 10) if e.data.guid == "a1"]
    store.replace_tags({a1.id: frozenset({"v"})}, {})
    check_counters(store)
    assert {t.slug: t.entries for t in store.list_tags()} == {"t": 1, "v": 1}
    # The same article through b: counted once in the tags, once per source.
    fetch(store, "b", NOW, (entry("b1", hour, url="https://news.example/a2"), ("w",)))
    check_counters(store)
    assert {t.slug: t.entries for t in store.list_tags()} == {"t": 1, "v": 1, "w": 1}
    assert {s.name: s.entries for s in store.list_sources()} == {"a": 2, "b": 1}
