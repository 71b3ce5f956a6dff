"""The store's enrichment state (store/_enrichments.py), on SQLite and PostgreSQL: which
entries' article pages are due, what a read gave, when a failed one is due again."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from aggregator.config import SourceConfig
from aggregator.enrich import merge
from aggregator.normalize import content_hash
from aggregator.store import Store
from aggregator.types import EnrichmentOutcome, EntryData, SourceUpdate, TaggedEntry

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)


def entry(n: int) -> EntryData:
    data = EntryData(
        guid=f"https://news.example/{n}",
        url=f"https://news.example/{n}",
        title=f"Card {n}",
        summary=None,
        content=None,
        author=None,
        published=None,
        updated=None,
    )
    return replace(data, content_hash=content_hash(data))


def ingest(store: Store, name: str, when: datetime, numbers: list[int], enrich: str) -> None:
    store.apply_update(
        SourceUpdate(
            name=name,
            fetched_at=when,
            next_fetch=when + HOUR,
            status=200,
            entries=tuple(TaggedEntry(entry(n), frozenset({"news"})) for n in numbers),
            enrich=enrich,
        )
    )


def test_new_entries_of_an_enriching_source_are_due_once_read_they_are_not(any_store: Store) -> None:
    store = any_store
    store.sync_sources(
        [
            SourceConfig(name="a", url="https://a.example/", type="html"),
            SourceConfig(name="b", url="https://b.example/feed", type="feed"),
        ],
        NOW,
    )
    ingest(store, "a", NOW, [1, 2, 3], "metadata")
    ingest(store, "b", NOW, [1], "none")

    due = store.due_enrichments("a", NOW, limit=2)
    assert len(due) == 2 and {t.mode for t in due} == {"metadata"} and due[0].tries == 0
    assert len(store.due_enrichments("a", NOW, limit=10)) == 3
    assert store.due_enrichments("b", NOW, limit=10) == []
    # An entry seen again is not new: no second row, nothing more due.
    ingest(store, "a", NOW + HOUR, [4, 3, 2, 1], "metadata")
    assert len(store.due_enrichments("a", NOW + HOUR, limit=10)) == 4

    tasks = {t.data.guid: t for t in store.due_enrichments("a", NOW + HOUR, limit=10)}
    read = tasks["https://news.example/1"]
    fields = {
        "title": "The real headline",
        "author": "Jeanne Martin",
        "published": "2026-11-26T09:30:00+00:00",
        "origin": {"title": "json-ld"},
    }
    failed = tasks["https://news.example/2"]
    result = store.record_enrichments(
        "a",
        [
            EnrichmentOutcome(
                entry_id=read.entry_id,
                entry=TaggedEntry(merge(read.data, fields), frozenset({"news"})),
                fields=fields,
            ),
            EnrichmentOutcome(entry_id=failed.entry_id, error="HTTP 404", retry_at=NOW + 3 * HOUR),
        ],
        {},
        NOW + HOUR,
    )

    assert result.updated == 1
    stored = {e.data.guid: e.data for e in store.feed_page("source", "a", size=10).entries}
    assert stored["https://news.example/1"].title == "The real headline"
    assert stored["https://news.example/1"].published == datetime(2026, 11, 26, 9, 30, tzinfo=UTC)
    assert store.enrichment_fields("a", list(stored)) == {"https://news.example/1": fields}
    due_now = {t.data.guid for t in store.due_enrichments("a", NOW + HOUR, limit=10)}
    assert due_now == {"https://news.example/3", "https://news.example/4"}
    again = [t for t in store.due_enrichments("a", NOW + 3 * HOUR, limit=10) if t.entry_id == failed.entry_id]
    assert [t.tries for t in again] == [1]

    # Given up: never due again.
    store.record_enrichments(
        "a",
        [EnrichmentOutcome(entry_id=failed.entry_id, error="HTTP 404", retry_at=None)],
        {},
        NOW + 3 * HOUR,
    )
    assert failed.entry_id not in {
        t.entry_id for t in store.due_enrichments("a", NOW + 1000 * HOUR, limit=10)
    }


def test_an_entry_without_a_link_has_no_article_page_to_read(any_store: Store) -> None:
    any_store.sync_sources([SourceConfig(name="a", url="https://a.example/", type="html")], NOW)
    linkless = replace(entry(1), guid="hash:1", url=None)
    any_store.apply_update(
        SourceUpdate(
            name="a",
            fetched_at=NOW,
            next_fetch=NOW + HOUR,
            status=200,
            enrich="full",
            entries=(
                TaggedEntry(replace(linkless, content_hash=content_hash(linkless)), frozenset()),
                TaggedEntry(entry(2), frozenset()),
            ),
        )
    )

    assert [t.data.guid for t in any_store.due_enrichments("a", NOW, limit=10)] == ["https://news.example/2"]
    assert {t.mode for t in any_store.due_enrichments("a", NOW, limit=10)} == {"full"}
