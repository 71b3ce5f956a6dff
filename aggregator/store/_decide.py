"""What an upsert does with each entry of a fetch: new, changed, unchanged, moved.

Decided here and carried out in SQL by ``_ingest.py``. Like lemon24/reader's ``Decider``, this
"does not interact with any dependencies, only processes data": it takes what the store holds
of the listed entries (by guid) and what the fetch brought, and returns the plan. No session,
no clock (``now`` is an argument), so it is tested without a database.

- **new**: a guid the source never had: inserted, numbered oldest first;
- **changed**: another content hash: updated in place, keeping its id and first-seen time;
- **unchanged**: the same content hash: left alone, its ``seen_at`` refreshed at most once a
  ``SEEN_EVERY`` (retention keeps what a source still lists);
- **moved**: a changed entry whose sort date moved, ``"later"`` or ``"earlier"``: its tags'
  newest dates need raising, or recounting.

Entries missing from the fetch are never deleted.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal, Protocol

from aggregator.store._rows import SEEN_EVERY, entry_values
from aggregator.types import SourceUpdate, TaggedEntry

Action = Literal["new", "changed", "unchanged"]
Moved = Literal["later", "earlier"]


class StoredEntry(Protocol):
    """What the store holds of an entry that the decision reads (a row of _ingest's
    ``_EXISTING`` query, or any object with these attributes)."""

    @property
    def id(self) -> int: ...
    @property
    def content_hash(self) -> str | None: ...
    @property
    def first_seen(self) -> datetime: ...
    @property
    def duplicate_of(self) -> int | None: ...
    @property
    def sort_date(self) -> datetime: ...
    @property
    def seen_at(self) -> datetime | None: ...


@dataclass(frozen=True, slots=True)
class NewEntry:
    #: The row's values, but for what the store assigns (source, number, primary copy).
    values: dict[str, Any]
    tags: frozenset[str]
    #: Its words for the search index, when the parser process computed them.
    search_text: str | None = None


@dataclass(frozen=True, slots=True)
class ChangedEntry:
    stored: StoredEntry
    #: The row's new values (``first_seen`` kept, so the sort date may use it).
    values: dict[str, Any]
    tags: frozenset[str]
    #: Whether its sort date moved, and which way (None: it stayed).
    moved: Moved | None
    #: Its words for the search index, when the parser process computed them.
    search_text: str | None = None


@dataclass(frozen=True, slots=True)
class UpsertPlan:
    #: Oldest first, the order they are numbered in.
    new: tuple[NewEntry, ...]
    changed: tuple[ChangedEntry, ...]
    unchanged: int
    #: Ids of unchanged entries whose ``seen_at`` is to be refreshed.
    seen: tuple[int, ...]


def decide_entry(stored: StoredEntry | None, content_hash: str | None) -> Action:
    """What happens to one entry the fetch listed, given what the store holds of its guid."""
    if stored is None:
        return "new"
    return "changed" if stored.content_hash != content_hash else "unchanged"


def decide_upsert(
    stored: Mapping[str, StoredEntry], entries: Sequence[TaggedEntry], now: datetime
) -> UpsertPlan:
    """The plan for the entries of one fetch (``entries`` in document order, newest first
    as documents list them), given what the store holds of them by guid."""
    new: list[NewEntry] = []
    changed: list[ChangedEntry] = []
    unchanged = 0
    seen: list[int] = []
    for tagged in reversed(entries):
        data = tagged.data
        found = stored.get(data.guid)
        action = decide_entry(found, data.content_hash)
        if action == "new":
            new.append(
                NewEntry(
                    entry_values(data, now) | {"guid": data.guid, "first_seen": now, "seen_at": now},
                    tagged.tags,
                    tagged.search_text,
                )
            )
        elif action == "changed":
            assert found is not None
            values = entry_values(data, now, first_seen=found.first_seen)
            moved: Moved | None = (
                "later"
                if values["sort_date"] > found.sort_date
                else "earlier"
                if values["sort_date"] < found.sort_date
                else None
            )
            changed.append(ChangedEntry(found, values, tagged.tags, moved, tagged.search_text))
        else:
            assert found is not None
            unchanged += 1
            if found.seen_at is None or found.seen_at < now - SEEN_EVERY:
                seen.append(found.id)
    # New entries are numbered oldest first: by date, and entries of the same date (all the
    # undated ones) in reverse document order, since documents list the newest first.
    new.sort(key=lambda n: n.values["sort_date"])  # stable: keeps the reversed order
    return UpsertPlan(new=tuple(new), changed=tuple(changed), unchanged=unchanged, seen=tuple(seen))


def records_fetch_only(upd: SourceUpdate) -> bool:
    """Whether a fetch brought nothing to store but the source's state (a 304, the body
    stored last time, most failures): then one UPDATE of its row records it, when the
    row still reads the same ``via`` and the claim is still this one."""
    return upd.feed is None and not upd.entries and not upd.disable and not upd.moved_to
