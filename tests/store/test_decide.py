"""The upsert's decision (store/_decide.py), without a database: what the store holds of the
listed entries and what a fetch brought go in, the plan comes out."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from aggregator.store._decide import decide_entry, decide_upsert, records_fetch_only
from aggregator.store._rows import SEEN_EVERY
from aggregator.types import EntryData, FeedInfo, SourceUpdate, TaggedEntry

NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
DAY = timedelta(days=1)


@dataclass(frozen=True)
class Held:
    """What the store holds of an entry (the attributes of an _EXISTING row)."""

    id: int
    content_hash: str | None = "h"
    first_seen: datetime = NOW - 10 * DAY
    duplicate_of: int | None = None
    sort_date: datetime = NOW - 5 * DAY
    seen_at: datetime | None = NOW - 2 * DAY


def listed(
    guid: str,
    content_hash: str = "h",
    published: datetime | None = None,
    tags: frozenset[str] = frozenset({"t"}),
) -> TaggedEntry:
    return TaggedEntry(
        EntryData(
            guid=guid,
            url=f"https://example.org/{guid}",
            title=guid,
            summary=None,
            content=None,
            author=None,
            published=published,
            updated=None,
            content_hash=content_hash,
        ),
        tags,
    )


def test_each_action() -> None:
    assert decide_entry(None, "h") == "new"
    assert decide_entry(Held(1), "h") == "unchanged"
    assert decide_entry(Held(1), "other") == "changed"


def test_new_entries_are_numbered_oldest_first_undated_in_reverse_document_order() -> None:
    entries = [
        listed("newest", published=NOW - DAY),
        listed("undated-a"),
        listed("undated-b"),
        listed("oldest", published=NOW - 3 * DAY),
    ]
    plan = decide_upsert({}, entries, NOW)
    # Undated entries sort by their first-seen time, now: after the dated ones, and in
    # reverse document order among themselves (the document lists the newest first).
    assert [n.values["guid"] for n in plan.new] == ["oldest", "newest", "undated-b", "undated-a"]
    assert all(n.values["first_seen"] == n.values["seen_at"] == NOW for n in plan.new)
    assert plan.new[0].tags == frozenset({"t"})
    assert (plan.changed, plan.unchanged, plan.seen) == ((), 0, ())


def test_a_changed_entry_keeps_its_first_seen_time_and_says_where_its_date_moved() -> None:
    # First seen now: a date after first_seen + FUTURE_TOLERANCE would not be trusted.
    held = {g: Held(i, first_seen=NOW, sort_date=NOW - 5 * DAY) for i, g in enumerate("abc", start=1)}
    plan = decide_upsert(
        held,
        [
            listed("a", "x", published=NOW - DAY),
            listed("b", "x", published=NOW - 9 * DAY),
            listed("c", "x", published=NOW - 5 * DAY),
        ],
        NOW,
    )
    moved = {c.stored.id: c.moved for c in plan.changed}
    assert moved == {1: "later", 2: "earlier", 3: None}
    assert {c.values["sort_date"] for c in plan.changed if c.stored.id == 1} == {NOW - DAY}
    assert plan.new == () and plan.unchanged == 0


def test_an_undated_changed_entry_sorts_by_when_it_was_first_seen() -> None:
    first_seen = NOW - 10 * DAY
    plan = decide_upsert({"a": Held(1, first_seen=first_seen, sort_date=first_seen)}, [listed("a", "x")], NOW)
    (change,) = plan.changed
    assert change.values["sort_date"] == first_seen and change.moved is None


def test_a_date_in_the_future_is_not_trusted() -> None:
    plan = decide_upsert({}, [listed("a", published=NOW + 30 * DAY)], NOW)
    assert plan.new[0].values["sort_date"] == NOW


def test_unchanged_entries_are_marked_seen_at_most_once_a_period() -> None:
    held = {
        "fresh": Held(1, seen_at=NOW - SEEN_EVERY / 2),
        "stale": Held(2, seen_at=NOW - SEEN_EVERY * 2),
        "never": Held(3, seen_at=None),
    }
    plan = decide_upsert(held, [listed(g) for g in held], NOW)
    assert plan.unchanged == 3 and sorted(plan.seen) == [2, 3]


def test_entries_missing_from_the_fetch_are_not_in_the_plan() -> None:
    plan = decide_upsert({"gone": Held(1)}, [listed("here")], NOW)
    assert [n.values["guid"] for n in plan.new] == ["here"]
    assert (plan.changed, plan.unchanged, plan.seen) == ((), 0, ())


def test_a_fetch_that_brought_nothing_is_recorded_on_the_source_row_alone() -> None:
    base = SourceUpdate(name="s", fetched_at=NOW, next_fetch=NOW + DAY, status=304)
    assert records_fetch_only(base)
    assert not records_fetch_only(replace(base, feed=FeedInfo(title="t")))
    assert not records_fetch_only(replace(base, disable=True))
    assert not records_fetch_only(replace(base, moved_to="https://example.org/moved"))
    assert not records_fetch_only(replace(base, entries=(listed("a"),)))
