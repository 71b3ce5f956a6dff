"""SQLAlchemy 2.0 typed models. Private to the store: nothing outside store/ sees a row."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    DateTime,
    ForeignKey,
    Index,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Stable constraint names, so migrations can refer to them on every backend.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Stored as naive UTC on every backend, loaded as aware UTC.

    Naive storage keeps SQLite's text dates sortable and comparable.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; use timezone-aware UTC")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime, dict[str, Any]: JSON, list[Any]: JSON}  # noqa: RUF012


def table_of(model: type[Base]) -> Table:
    """A model's Core table, for statements built once (``Model.__table__`` is typed as
    the wider ``FromClause``, which ``insert()`` and ``update()`` do not take)."""
    return Base.metadata.tables[model.__tablename__]


class Source(Base):
    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    #: Where we fetch it now: config_url, or where a permanent redirect led.
    url: Mapped[str] = mapped_column(Text)
    #: What config.toml said last: a change there overrides a redirect-learned url.
    config_url: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(String(8))
    #: In config.toml now; sources removed from it keep their entries but are not polled.
    active: Mapped[bool] = mapped_column(default=True)
    #: Not polled until re-enabled (aggregator enable, or a new URL in config.toml): set when
    #: the server answered 410 Gone.
    disabled: Mapped[bool] = mapped_column(default=False)
    #: An HTML source whose page advertises a feed of the same listing reads that feed.
    via: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    link: Mapped[str | None] = mapped_column(Text)
    subtitle: Mapped[str | None] = mapped_column(Text)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    next_fetch_at: Mapped[datetime | None] = mapped_column(index=True)
    claimed_until: Mapped[datetime | None]
    #: The worker holding the claim ("host:pid:random"): only its result is applied.
    claimed_by: Mapped[str | None] = mapped_column(String(128))
    last_fetch_at: Mapped[datetime | None]
    last_success_at: Mapped[datetime | None]
    last_status: Mapped[int | None]
    error: Mapped[str | None] = mapped_column(Text)
    #: What was wrong with the last document read (malformed XML read anyway), and where.
    warning: Mapped[str | None] = mapped_column(Text)
    failures: Mapped[int] = mapped_column(default=0)
    #: Seconds the feed itself says it stays unchanged (RSS <ttl>, sy:updatePeriod), as of
    #: its last full fetch: a 304 carries no document, and the hint still holds then.
    feed_ttl: Mapped[int | None]
    #: SHA-256 of the last body parsed and stored, with what its reading depended on
    #: (update.body_hash): the same bytes again are not parsed again, like a 304.
    body_hash: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime]
    #: When its feed's content last changed (an entry or its own title): Last-Modified.
    changed_at: Mapped[datetime | None]
    #: Last number given to one of its entries (entries.source_seq): archive pages are
    #: fixed ranges of these numbers.
    last_seq: Mapped[int] = mapped_column(default=0)
    #: When a fetch last returned a document (not a 304): entries seen then are still listed.
    listed_at: Mapped[datetime | None]
    #: How many entries it has now (maintained on insert and removal: no COUNT per listing).
    entry_count: Mapped[int] = mapped_column(default=0, server_default="0")


class Entry(Base):
    __tablename__ = "entries"
    __table_args__ = (
        UniqueConstraint("source_id", "guid"),
        Index("ix_entries_source_seq", "source_id", "source_seq"),
        Index("ix_entries_dedupe_key", "dedupe_key"),
        Index("ix_entries_duplicate_of", "duplicate_of"),
        Index("ix_entries_source_date", "source_id", "sort_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"))
    guid: Mapped[str] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    summary: Mapped[str | None] = mapped_column(Text)
    content: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    published: Mapped[datetime | None]
    updated: Mapped[datetime | None]
    categories: Mapped[list[Any]] = mapped_column(default=list)
    enclosures: Mapped[list[Any]] = mapped_column(default=list)
    content_hash: Mapped[str] = mapped_column(String(64))
    first_seen: Mapped[datetime]
    changed_at: Mapped[datetime]
    sort_date: Mapped[datetime]
    #: Its number in its source's feed (1, 2, ...), in the order entries arrived.
    source_seq: Mapped[int]
    #: The canonical URL of the article, to recognise it when another source carries it.
    dedupe_key: Mapped[str | None] = mapped_column(Text)
    #: The earliest-seen entry of another source that is the same article; this one then
    #: appears in tag feeds and the all feed only through that one.
    duplicate_of: Mapped[int | None] = mapped_column(ForeignKey("entries.id", ondelete="SET NULL"))
    #: When a fetch last listed it (refreshed at most once a day, see SEEN_EVERY in the store):
    #: retention keeps what the source still lists, or it would come back as new.
    seen_at: Mapped[datetime | None]


class Tag(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(Text)
    #: Declared in config.toml (listed even with no entries).
    configured: Mapped[bool] = mapped_column(default=False)
    #: When its feed's content last changed (an entry joined, left or was edited).
    changed_at: Mapped[datetime | None]
    #: Last number given to one of its links (entry_tags.seq).
    last_seq: Mapped[int] = mapped_column(default=0)
    #: How many entries carry it, and the newest sort date among them: maintained with the
    #: links, so listing tags costs O(tags), not a COUNT over every link.
    entry_count: Mapped[int] = mapped_column(default=0, server_default="0")
    last_entry: Mapped[datetime | None]


class EntryTag(Base):
    """Which entries carry which tag, numbered in the order they joined it: a tag feed
    document is one index range scan on (tag, seq), whatever the size of the database."""

    __tablename__ = "entry_tags"
    __table_args__ = (
        Index("ix_entry_tags_feed", "tag_id", "seq", unique=True),
        Index("ix_entry_tags_entry", "entry_id"),
    )

    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True)
    seq: Mapped[int]


class Setting(Base):
    """Small key/value state of the store itself (e.g. the fingerprint of the tag rules)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class WebSubSubscription(Base):
    """A subscriber of one of our feeds, when we are a hub (``[websub] hub = true``).

    A request (subscribe or unsubscribe) waits in ``pending_*`` until its intent is
    verified; the active subscription, if any, stays as it was meanwhile (W3C WebSub 5.3).
    """

    __tablename__ = "websub_subscriptions"
    __table_args__ = (
        UniqueConstraint("topic", "callback"),
        Index("ix_websub_subscriptions_due", "next_attempt"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: The feed: "tag:<slug>", "all:all" or "source:<name>", and its format.
    kind: Mapped[str] = mapped_column(String(8))
    key: Mapped[str] = mapped_column(String(64))
    fmt: Mapped[str] = mapped_column(String(8))
    #: The topic URL as the subscriber gave it (one of our feeds' self URLs).
    topic: Mapped[str] = mapped_column(Text)
    callback: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(default=False)
    secret: Mapped[str | None] = mapped_column(Text)
    lease_expires: Mapped[datetime | None]
    #: "subscribe" or "unsubscribe" while a request waits for verification.
    pending_mode: Mapped[str | None] = mapped_column(String(16))
    pending_secret: Mapped[str | None] = mapped_column(Text)
    pending_lease: Mapped[int | None]
    #: The feed version last delivered (or current when the subscription began).
    delivered: Mapped[str | None] = mapped_column(Text)
    failures: Mapped[int] = mapped_column(default=0)
    next_attempt: Mapped[datetime]
    claimed_until: Mapped[datetime | None]
    created: Mapped[datetime]


class WebSubLease(Base):
    """Our subscription to a source's hub (``[websub] subscribe = true``)."""

    __tablename__ = "websub_leases"

    source: Mapped[str] = mapped_column(String(64), primary_key=True)
    hub: Mapped[str] = mapped_column(Text)
    topic: Mapped[str] = mapped_column(Text)
    #: The unguessable last part of our callback URL.
    token: Mapped[str] = mapped_column(String(64), unique=True)
    secret: Mapped[str] = mapped_column(String(64))
    #: "requested" (waiting for the hub's verification), "active", "denied",
    #: "unsubscribing".
    state: Mapped[str] = mapped_column(String(16))
    lease_expires: Mapped[datetime | None]
    requested_at: Mapped[datetime]
    failures: Mapped[int] = mapped_column(default=0)
    last_push: Mapped[datetime | None]
    error: Mapped[str | None] = mapped_column(Text)


class Enrichment(Base):
    """An entry whose article page is to be read (``[[sources]] enrich``), or was: when to
    try next, and what the page gave, which later fetches of the listing keep."""

    __tablename__ = "enrichments"
    __table_args__ = (Index("ix_enrichments_due", "source_id", "next_try_at"),)

    entry_id: Mapped[int] = mapped_column(ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"))
    #: "metadata" or "full": what was asked when the entry arrived.
    mode: Mapped[str] = mapped_column(String(8))
    #: Failed tries so far.
    tries: Mapped[int] = mapped_column(default=0)
    #: When to try (again); None once done or given up.
    next_try_at: Mapped[datetime | None]
    #: Why the last try failed.
    error: Mapped[str | None] = mapped_column(Text)
    #: What the page gave, preferred over the listing's fields: field -> value, and
    #: "origin": field -> where it came from. None until a try succeeded.
    fields: Mapped[dict[str, Any] | None]
