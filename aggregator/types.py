"""Dataclasses that cross module boundaries.

"What the source said" (``RawEntry`` from parse/, ``EntryData`` from normalize.py) is kept apart
from "what we know" (``Entry``, from the store: adds id, first-seen time and tags). Datetimes
are timezone-aware UTC, always."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import datetime, timedelta
from operator import attrgetter
from typing import Any, TypeVar
from urllib.parse import quote

from aggregator.kinds import FeedFormat, FeedKind

_T = TypeVar("_T")


def _pickled_by_fields(cls: type[_T]) -> type[_T]:
    """Pickled as its field values: a slots dataclass's own pickling is slow for a pass's entries."""
    values = attrgetter(*(f.name for f in fields(cls)))  # type: ignore[arg-type]
    cls.__reduce__ = lambda self: (cls, values(self))  # type: ignore[method-assign]
    return cls


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Enclosure:
    #: Absolute http(s) URL of the attached file.
    url: str
    #: MIME type, when the source gave one.
    type: str | None = None
    #: Size in bytes, when the source gave one.
    length: int | None = None


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class FeedInfo:
    """What a source says about itself: used for attribution and source feeds."""

    title: str | None = None
    #: The site's home page (not the feed's own URL).
    link: str | None = None
    subtitle: str | None = None


@dataclass(frozen=True, slots=True)
class RawEntry:
    """One entry as the parser read it: HTML unsanitized, URLs possibly relative."""

    id: str | None = None
    link: str | None = None
    title: str | None = None
    #: True when ``title`` is markup (Atom type="html"/"xhtml"), False for plain text.
    title_is_html: bool = False
    summary: str | None = None
    content: str | None = None
    author: str | None = None
    published: datetime | None = None
    updated: datetime | None = None
    categories: tuple[str, ...] = ()
    enclosures: tuple[Enclosure, ...] = ()
    #: Where each field came from, for ``aggregator preview --json``: field name ("title",
    #: "link", "published", "author", "summary", "content") -> "feed", "listing", "json-ld",
    #: "microdata", "microformats", "opengraph", "selectors", "article"... Fields absent
    #: from the mapping came from the document the entry was read from.
    origin: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ArticleData:
    """What an entry's own article page says about it (parse/article.py): its embedded
    metadata, and with ``enrich = "full"`` its main text. Fields it does not give are None."""

    title: str | None = None
    published: datetime | None = None
    #: True when the page gave a day without a time of day (``published`` is then noon in
    #: the source's timezone): a listing date of that same day is more precise.
    day_only: bool = False
    authors: tuple[str, ...] = ()
    #: The article's main text as HTML, unsanitized; None unless asked for.
    content: str | None = None
    #: Where each field came from: "json-ld", "opengraph", "microdata", "article" (the
    #: page's own markup: <h1>, <time>, a byline), "htmldate", "trafilatura".
    origin: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """A parsed document: a feed, or an HTML archive page read as a list of entries."""

    #: "rss20", "atom10", "html", ... : what the document turned out to be.
    kind: str
    feed: FeedInfo
    entries: tuple[RawEntry, ...]
    #: HTML archives: the "next page" link, for backfill.
    next_page: str | None = None
    #: HTML archives: a feed the page advertises for this same listing (preferred).
    alternate_feed: str | None = None
    #: HTML archives: how entries were found ("method") and the selectors that find them.
    detected: Mapping[str, str] = field(default_factory=dict)
    #: How long the document says it stays unchanged: RSS ``<ttl>``, or ``sy:updatePeriod``
    #: divided by ``sy:updateFrequency``, whichever is longer; a lower bound on the next fetch.
    ttl: timedelta | None = None
    #: What was wrong with a document read anyway (malformed XML a liberal parse got
    #: entries from), and where; None for a clean one.
    warning: str | None = None


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class EntryData:
    """A normalized entry: sanitized HTML, absolute http(s) URLs, plain-text title."""

    #: Identity of the entry within its source; stable across fetches.
    guid: str
    url: str | None
    title: str | None
    #: Sanitized HTML.
    summary: str | None
    #: Sanitized HTML.
    content: str | None
    author: str | None
    published: datetime | None
    updated: datetime | None
    categories: tuple[str, ...] = ()
    enclosures: tuple[Enclosure, ...] = ()
    #: Hash of everything above but the guid: a change means the entry was edited.
    content_hash: str = ""
    #: The canonical form of ``url``: the same article reached through another source.
    dedupe_key: str | None = None


@dataclass(frozen=True, slots=True)
class TaggedEntry:
    """An entry on its way to the store, with the tags it carries."""

    data: EntryData
    tags: frozenset[str]
    #: The entry's words as the search index holds them (words.search_text of its title,
    #: summary and content), when the parser process computed them; None: the store does.
    search_text: str | None = None


@dataclass(frozen=True, slots=True)
class Entry:
    """A stored entry: what the source said, and what we know about it."""

    id: int
    #: Name of the source it came from.
    source: str
    data: EntryData
    #: When this entry was first stored.
    first_seen: datetime
    #: When its stored content last changed (insert or edit).
    changed_at: datetime
    #: The date feeds are ordered by: published, else updated, else first seen.
    sort_date: datetime
    tags: tuple[str, ...] = ()
    #: The source's own title and home page, for attribution.
    source_title: str | None = None
    source_link: str | None = None
    source_url: str | None = None
    #: Other sources that carried the same article: (name, title, feed URL) each.
    also_from: tuple[tuple[str, str | None, str | None], ...] = ()


@dataclass(frozen=True, slots=True)
class FeedPage:
    """One document of a feed: its current document, or one of its RFC 5005 archive pages."""

    #: Newest first.
    entries: tuple[Entry, ...]
    #: None for the current document; n for archive page n (1 is the oldest).
    page: int | None
    #: How many archive pages the feed has (0: the current document holds everything).
    archives: int
    #: An archive page whose range of entries is closed: it will not gain entries.
    complete: bool = False


@dataclass(frozen=True, slots=True)
class SourceState:
    """What update.py needs to know about a source before fetching it (store -> update)."""

    name: str
    url: str
    type: str
    etag: str | None = None
    last_modified: str | None = None
    failures: int = 0
    last_success: datetime | None = None
    next_fetch: datetime | None = None
    #: HTML sources: the feed the page advertises for the same listing, read instead of it.
    via: str | None = None
    #: What the feed said at its last full fetch about how long it stays unchanged.
    feed_ttl: timedelta | None = None
    #: When the source was first configured (staleness of a source that never succeeded).
    created_at: datetime | None = None
    #: Who claimed it for this fetch (the claim token), None when read without a claim.
    claimed_by: str | None = None
    #: The last body parsed and stored, as update.body_hash() gave it.
    body_hash: str | None = None


@dataclass(frozen=True, slots=True)
class SourceUpdate:
    """The outcome of one fetch of one source, applied in one transaction (update -> store)."""

    name: str
    fetched_at: datetime
    next_fetch: datetime
    #: HTTP status of the last response (304 for not modified), None when none came.
    status: int | None = None
    #: None on success; the error message otherwise.
    error: str | None = None
    failures: int = 0
    etag: str | None = None
    last_modified: str | None = None
    feed: FeedInfo | None = None
    #: The new URL after a permanent redirect (301/308), to fetch from now on.
    moved_to: str | None = None
    #: The same-listing feed read instead of an HTML page (None: the page itself).
    via: str | None = None
    entries: tuple[TaggedEntry, ...] = ()
    #: Display titles of the tags used by ``entries`` (kept only for tags not yet known).
    tag_titles: Mapping[str, str] = field(default_factory=dict)
    #: Those of the entries' tags that only their categories gave: created only within
    #: tag.MAX_CATEGORY_TAGS (a tag that exists already is always linked).
    category_tags: frozenset[str] = frozenset()
    #: The document's own ttl hint; recorded only with ``feed`` (a full fetch).
    feed_ttl: timedelta | None = None
    #: Stop polling the source (410 Gone) until it is re-enabled.
    disable: bool = False
    #: The claim this result was fetched under: the store refuses it when the source is
    #: claimed by someone else now (the lease expired). None: no claim to check.
    claimed_by: str | None = None
    #: The hash of the body parsed for ``entries`` (update.body_hash); None: keep the stored one.
    body_hash: str | None = None
    #: ParsedFeed.warning of the document read; recorded only with ``feed`` (a full fetch:
    #: a 304 or the same bytes again keep the stored warning, a clean document clears it).
    warning: str | None = None
    #: ``enrich`` for the new ones among ``entries``: "none", or "metadata" / "full" to have
    #: their article pages read (store.due_enrichments).
    enrich: str = "none"


@dataclass(frozen=True, slots=True)
class EnrichmentTask:
    """An entry whose article page is due to be read (store -> enrich)."""

    entry_id: int
    #: "metadata" or "full".
    mode: str
    #: Failed tries so far.
    tries: int
    #: The entry as stored: the listing's fields.
    data: EntryData


@dataclass(frozen=True, slots=True)
class EnrichmentOutcome:
    """What reading one entry's article page gave (enrich -> store)."""

    entry_id: int
    #: The entry with the page's fields, tagged again; None when the try failed.
    entry: TaggedEntry | None = None
    #: What the page gave (enrich.article_fields): kept over later listing fetches.
    fields: Mapping[str, Any] | None = None
    #: Why the try failed.
    error: str | None = None
    #: When to try again after a failure; None: give up.
    retry_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class StoreResult:
    """What the store did with a SourceUpdate."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0


@dataclass(frozen=True, slots=True)
class UpdateResult:
    """The outcome of update_source() for one source: counts, or the error that stopped it."""

    source: str
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    not_modified: bool = False
    error: Exception | None = None
    status: int | None = None
    seconds: float = 0.0
    #: When it is fetched next (None: not scheduled, e.g. disabled or not stored).
    next_fetch: datetime | None = None
    #: What decided ``next_fetch``: "interval", "rhythm", "default", "upstream" (a server or
    #: feed hint), "backoff", "retry-after"; "disabled" when the source was disabled (410).
    basis: str | None = None
    #: Article pages read for entries of the source during this update (enrich.py), that
    #: failed (to be retried), and given up after their last try.
    articles_read: int = 0
    articles_failed: int = 0
    articles_given_up: int = 0
    #: Stored entries that reading their article page changed (their feeds changed too).
    enriched: int = 0

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """A source as listed by ``aggregator sources``, the index page and /healthz."""

    name: str
    url: str
    type: str
    tags: tuple[str, ...]
    entries: int
    error: str | None
    failures: int
    last_fetch: datetime | None
    last_success: datetime | None
    next_fetch: datetime | None
    disabled: bool
    status: int | None
    title: str | None = None
    link: str | None = None
    via: str | None = None
    #: When the source's feed last changed.
    changed_at: datetime | None = None
    #: When the source was first configured.
    created_at: datetime | None = None
    #: What was wrong with the last document read, though entries were read from it.
    warning: str | None = None

    def is_stale(self, now: datetime, stale_after: timedelta) -> bool:
        """No success for ``stale_after``: since its last success, or, for a source that
        never succeeded, since it was added (a new source is not stale before its first try)."""
        since = self.last_success or self.created_at
        return since is not None and now - since > stale_after


@dataclass(frozen=True, slots=True)
class SourceHealth:
    """How fresh a source is: cheap to read at every metrics scrape (no entry counts)."""

    name: str
    #: Consecutive failures; 0 when the last fetch succeeded.
    failures: int
    last_success: datetime | None
    #: When the source was first configured: freshness is measured from here until it
    #: has succeeded once.
    created: datetime
    #: Its last document was malformed (ParsedFeed.warning).
    warned: bool = False


@dataclass(frozen=True, slots=True)
class TagInfo:
    """A tag as listed by ``aggregator tags`` and the index page."""

    slug: str
    title: str
    entries: int
    #: Newest sort date among its entries.
    last_entry: datetime | None = None
    #: When the tag's feed last changed.
    changed_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class FeedMeta:
    """Everything a renderer needs besides the entries."""

    kind: FeedKind
    #: The tag slug, "all", the source name (the last part of the feed's path), or the
    #: query of a search feed (its ``q`` parameter).
    key: str
    title: str
    #: Public base URL, no trailing slash; self links are built from it.
    base_url: str
    updated: datetime
    subtitle: str | None = None
    #: Where the feed's items come from, for `<link rel="alternate">` (a source's home page).
    home_url: str | None = None
    #: None for the current document; n for RFC 5005 archive page n (1 is the oldest).
    page: int | None = None
    #: How many archive pages the feed has.
    archives: int = 0
    #: An archive page that will not gain entries any more.
    complete: bool = False
    #: WebSub hubs the current document advertises (archive pages never change: none).
    hubs: tuple[str, ...] = ()

    @property
    def path(self) -> str:
        """The path of this feed without its format suffix: /feeds/kremlin, /sources/x."""
        if self.kind == "search":
            return "/search"
        return f"/sources/{self.key}" if self.kind == "source" else f"/feeds/{self.key}"

    def url(self, fmt: FeedFormat) -> str:
        """URL of the feed's current document."""
        if self.kind == "search":
            return f"{self.base_url}/search.{fmt}?q={quote(self.key, safe='')}"
        return f"{self.base_url}{self.path}.{fmt}"

    def archive_url(self, page: int, fmt: FeedFormat) -> str:
        return f"{self.base_url}{self.path}/archive/{page}.{fmt}"

    def self_url(self, fmt: FeedFormat) -> str:
        """URL of this very document."""
        return self.url(fmt) if self.page is None else self.archive_url(self.page, fmt)

    def archive_links(self, fmt: FeedFormat) -> dict[str, str]:
        """RFC 5005 links of this document: "prev-archive" (older), "next-archive" (newer)
        and, on archive pages, "current"."""
        if self.page is None:
            return {"prev-archive": self.archive_url(self.archives, fmt)} if self.archives else {}
        links = {"current": self.url(fmt)}
        if self.page > 1:
            links["prev-archive"] = self.archive_url(self.page - 1, fmt)
        if self.page < self.archives:
            links["next-archive"] = self.archive_url(self.page + 1, fmt)
        return links


@dataclass(frozen=True, slots=True)
class Fetched:
    """A successful (200) response, body read in full and decompressed."""

    #: The URL the body came from, after redirects.
    url: str
    status: int
    #: Response headers, names lowercased, repeated headers joined with ", ".
    headers: Mapping[str, str]
    body: bytes
    etag: str | None = None
    last_modified: str | None = None
    #: Where the source now lives when every redirect on the way was permanent (301/308).
    permanent_url: str | None = None


@dataclass(frozen=True, slots=True)
class NotModified:
    """A 304: the validators we sent still hold."""

    url: str
    headers: Mapping[str, str]
    etag: str | None = None
    last_modified: str | None = None
    permanent_url: str | None = None


@dataclass(frozen=True, slots=True)
class HubSubscription:
    """A subscriber of one of our feeds, as the hub's worker sees it (store -> websub)."""

    id: int
    kind: FeedKind
    key: str
    fmt: FeedFormat
    topic: str
    callback: str
    active: bool
    secret: str | None
    lease_expires: datetime | None
    #: "subscribe" / "unsubscribe" while a request waits for verification, else None.
    pending_mode: str | None
    pending_secret: str | None
    pending_lease: int | None
    #: The feed version last delivered to it.
    delivered: str | None
    failures: int


@dataclass(frozen=True, slots=True)
class SourceLease:
    """Our subscription to a source's hub (store -> websub)."""

    source: str
    hub: str
    topic: str
    token: str
    secret: str
    #: "none" (no hub advertised), "requested", "active", "denied", "unsubscribing".
    state: str
    lease_expires: datetime | None
    requested_at: datetime
    failures: int = 0
    last_push: datetime | None = None
    error: str | None = None
