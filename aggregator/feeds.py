"""Feed documents: which entries make them, their metadata, bytes and validators.

Shared by the web views and the static export, so both send the same bytes. Rendered
documents are cached under the version of their feed as the database records it (its last
change and its sequence number), so a document is rendered once per change, whatever the
number of requests, and every web node of a scaled-out setup computes the same bytes and
the same ETag for a version. While the database does not answer, the last document rendered
for a feed is served from memory, marked stale.
"""

from __future__ import annotations

import gzip
import hashlib
import logging
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from werkzeug.http import http_date, parse_accept_header, parse_date, parse_etags

from aggregator.config import Config
from aggregator.exceptions import StorageError
from aggregator.kinds import FeedFormat, FeedKind
from aggregator.metrics import Metrics
from aggregator.query import parse_query
from aggregator.render import CONTENT_TYPES, render_document
from aggregator.store import Store
from aggregator.types import FeedMeta, FeedPage

logger = logging.getLogger(__name__)

#: "updated" of a feed that has no entry yet: fixed, so its ETag does not change per request.
EMPTY_FEED_DATE = datetime(2000, 1, 1, tzinfo=UTC)
#: Documents kept rendered (each holds its body twice: plain and gzipped).
CACHE_SIZE = 512
#: Search documents kept rendered, apart: a stream of distinct queries (anyone may type
#: one) evicts older searches, never the tag and source feeds that readers poll.
SEARCH_CACHE_SIZE = 64
#: Archive pages that are complete never change: let caches keep them for a year.
IMMUTABLE = "public, max-age=31536000, immutable"
#: Bodies smaller than this are not worth compressing.
GZIP_MIN = 1024
#: Header of a feed document served from memory while the database does not answer.
STALE_HEADER = "Aggregator-Stale"
#: Seconds a cache may keep such a document.
STALE_MAX_AGE = 30


@dataclass(frozen=True, slots=True)
class Document:
    body: bytes
    content_type: str
    last_modified: datetime
    #: Strong validator: a hash of the body, the same across restarts and web nodes.
    etag: str
    cache_control: str
    #: The body gzipped (deterministically: no timestamp), or None when not worth it.
    gzipped: bytes | None = None
    #: For feed documents: how many archive pages the feed has.
    archives: int = 0
    #: Served from memory while the database does not answer: the last version rendered,
    #: maybe no longer the current one.
    stale: bool = False
    #: The ``Link`` header (WebSub discovery: rel="hub" and rel="self"), or None.
    link: str | None = None


def document_of(
    body: bytes,
    content_type: str,
    last_modified: datetime,
    cache_control: str,
    archives: int = 0,
    link: str | None = None,
) -> Document:
    """A Document for ``body``, with its ETag and compressed form."""
    return Document(
        body=body,
        content_type=content_type,
        last_modified=last_modified,
        etag=hashlib.sha256(body).hexdigest()[:32],
        cache_control=cache_control,
        gzipped=gzip.compress(body, 6, mtime=0) if len(body) >= GZIP_MIN else None,
        archives=archives,
        link=link,
    )


def advertised_hubs(config: Config) -> tuple[str, ...]:
    """The WebSub hubs our current documents name: ours first, then the external ones."""
    ours = (f"{config.server.base_url}/websub",) if config.websub.hub else ()
    return ours + config.websub.hubs


def respond(
    doc: Document, *, if_none_match: str | None, if_modified_since: str | None, accept_encoding: str | None
) -> tuple[int, list[tuple[str, str]], bytes]:
    """(status, headers, body) of a document for a request with these headers: gzipped when
    the client takes it, 304 when its copy is current. Decided from the document's cached
    validators: nothing is rendered for a 304."""
    use_gzip = doc.gzipped is not None and _accepts_gzip(accept_encoding)
    # Each representation has its own strong ETag; either one shows the client is current.
    etags = (doc.etag, f"{doc.etag}-gz")
    headers = [
        ("ETag", f'"{etags[1] if use_gzip else etags[0]}"'),
        ("Last-Modified", http_date(doc.last_modified)),
        ("Cache-Control", doc.cache_control),
        ("Vary", "Accept-Encoding"),
    ]
    if doc.link:
        headers.append(("Link", doc.link))
    if doc.stale:
        # The database does not answer: the last version we rendered, which may be behind.
        # Caches keep it briefly, so readers come back for the current one soon.
        headers[2] = ("Cache-Control", f"public, max-age={STALE_MAX_AGE}")
        headers.append((STALE_HEADER, "database unavailable; last rendered version"))
    if if_none_match:
        # What a reader sends back is the ETag we gave it, as is: compared before parsing.
        fresh = if_none_match in (headers[0][1], f'"{etags[1 - use_gzip]}"')
        if not fresh:
            wanted = parse_etags(if_none_match)
            fresh = wanted.star_tag or any(wanted.contains_weak(e) for e in etags)
    else:
        since = parse_date(if_modified_since) if if_modified_since else None
        fresh = since is not None and doc.last_modified <= since
    if fresh:
        return 304, headers, b""
    headers.append(("Content-Type", doc.content_type))
    if use_gzip:
        headers.append(("Content-Encoding", "gzip"))
        return 200, headers, doc.gzipped or b""
    return 200, headers, doc.body


def _accepts_gzip(accept_encoding: str | None) -> bool:
    """Whether Accept-Encoding takes gzip: werkzeug's answer, without its cost (about 35 µs
    a request, a sixth of a cached feed's) for the headers readers send: none, or a list
    naming gzip without a weight."""
    if not accept_encoding:
        return False
    lowered = accept_encoding.lower()
    if "gzip" not in lowered and "*" not in lowered:
        return False
    if ";" not in lowered and "gzip" in (token.strip() for token in lowered.split(",")):
        return True
    return parse_accept_header(accept_encoding)["gzip"] > 0


def max_age(config: Config) -> int:
    """Seconds a reader may cache a current document: a fifth of the shortest polling
    interval (nothing changes faster than sources are polled), from one to fifteen minutes."""
    seconds = config.scheduler.min_interval.total_seconds() / 5
    return int(min(max(seconds, 60), 900))


class Documents:
    """Renders feed documents and keeps them, keyed by the version of their feed."""

    def __init__(
        self,
        store: Store,
        config: Config,
        size: int = CACHE_SIZE,
        metrics: Metrics | None = None,
        fresh_for: float = 0.0,
    ) -> None:
        """``fresh_for``: seconds a feed's version read from the database is taken as
        current, so that a burst of requests for one feed costs one query (its readers are
        told to cache it for a minute or more anyway)."""
        self.store = store
        self.config = config
        self.size = size
        self.metrics = metrics
        self.fresh_for = fresh_for
        self._versions: dict[tuple[str, str], tuple[float, object]] = {}
        self._cache: OrderedDict[tuple[object, ...], tuple[object, Document]] = OrderedDict()
        self._searches: OrderedDict[tuple[object, ...], tuple[object, Document]] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0
        #: The last feed_version() failed: documents are served stale from memory.
        self._unreachable = False

    def get(self, kind: FeedKind, key: str, fmt: FeedFormat, page: int | None = None) -> Document:
        """The document of a feed in format ``fmt``: its current document, or archive page
        ``page``. Raises NotFoundError (and subclasses) for what does not exist."""
        if fmt not in CONTENT_TYPES:
            raise ValueError(f"unknown feed format {fmt!r}")
        cache_key = (kind, key, fmt, page)
        try:
            version = self._version(kind, key)
        except StorageError as e:
            return self._stale(cache_key, e)
        self._reachable()
        cache, size = (
            (self._searches, min(self.size, SEARCH_CACHE_SIZE))
            if kind == "search"
            else (self._cache, self.size)
        )
        with self._lock:
            cached = cache.get(cache_key)
            if cached is not None and cached[0] == version:
                cache.move_to_end(cache_key)
                self.hits += 1
                if self.metrics is not None:
                    self.metrics.render_cache.labels("hit").inc()
                return cached[1]
        self.misses += 1
        if self.metrics is not None:
            self.metrics.render_cache.labels("miss").inc()
        doc = self._render(kind, key, fmt, page)
        with self._lock:
            cache[cache_key] = (version, doc)
            cache.move_to_end(cache_key)
            while len(cache) > size:
                cache.popitem(last=False)
        return doc

    def _version(self, kind: FeedKind, key: str) -> object:
        if kind == "search":  # any new or changed entry may change the results
            kind, key = "all", "all"
        if self.fresh_for <= 0:
            return self.store.feed_version(kind, key)
        now = time.monotonic()
        known = self._versions.get((kind, key))
        if known is not None and now - known[0] < self.fresh_for:
            return known[1]
        version = self.store.feed_version(kind, key)
        if len(self._versions) > self.size * 4:  # unknown names asked for: start over
            self._versions.clear()
        self._versions[(kind, key)] = (now, version)
        return version

    def _stale(self, cache_key: tuple[object, ...], error: StorageError) -> Document:
        """The database does not answer: the last document rendered for this feed, marked
        stale; without one, the error (the view answers 503)."""
        with self._lock:
            cached = (self._searches if cache_key[0] == "search" else self._cache).get(cache_key)
            first = not self._unreachable
            self._unreachable = True
        if first:
            logger.error(
                "database unreachable, serving feeds from memory (marked stale) until it answers error=%s",
                " ".join(str(error).split())[:300],
            )
        if cached is None:
            raise error
        if self.metrics is not None:
            self.metrics.render_cache.labels("stale").inc()
        return replace(cached[1], stale=True)

    def _reachable(self) -> None:
        if self._unreachable:
            with self._lock:
                was, self._unreachable = self._unreachable, False
            if was:
                logger.info("database reachable again, serving current feeds")

    def _render(self, kind: FeedKind, key: str, fmt: FeedFormat, page: int | None) -> Document:
        if kind == "search":
            feed = self.store.search(parse_query(key), self.config.output.entries)
        else:
            feed = self.store.feed_page(kind, key, size=self.config.output.entries, page=page)
        meta = feed_meta(self.store, self.config, kind, key, feed)
        cache = IMMUTABLE if feed.complete else f"public, max-age={max_age(self.config)}"
        rendered = render_document(fmt, meta, feed.entries)
        if rendered.dropped and self.metrics is not None:
            self.metrics.render_dropped.inc(len(rendered.dropped))
        link = (
            ", ".join([f'<{hub}>; rel="hub"' for hub in meta.hubs] + [f'<{meta.self_url(fmt)}>; rel="self"'])
            if meta.hubs
            else None
        )
        return document_of(
            rendered.body, CONTENT_TYPES[fmt], meta.updated, cache, archives=feed.archives, link=link
        )


def feed_meta(store: Store, config: Config, kind: FeedKind, key: str, feed: FeedPage) -> FeedMeta:
    """Title, links and date of a feed document.

    Raises TagNotFoundError / SourceNotFoundError for an unknown tag or source.
    """
    if kind == "all":
        title, subtitle, home, changed = (
            "All entries",
            "Every entry from every source",
            None,
            store.last_change(),
        )
    elif kind == "search":
        title, subtitle, home, changed = (
            f"Search: {key}",
            f"Entries matching {key}",
            None,
            store.last_change(),
        )
    elif kind == "source":
        info = store.source(key)
        title, subtitle, home, changed = (
            info.title or key,
            f"Entries of {info.url}",
            info.link,
            info.changed_at,
        )
    else:
        tag = store.tag(key)
        title, subtitle, home, changed = (tag.title, f"Entries tagged “{tag.title}”", None, tag.changed_at)
    if feed.page is None:
        # The current document changed when the feed did, or when one of its entries did.
        updated = max([changed or EMPTY_FEED_DATE, *(e.changed_at for e in feed.entries)])
    else:
        # An archive page changes only with its own entries: nothing else in it may move,
        # or a complete page would not stay the same bytes.
        updated = max((e.changed_at for e in feed.entries), default=EMPTY_FEED_DATE)
        title = f"{title} (archive {feed.page})"
    # Whole seconds: HTTP dates have no finer precision, and Last-Modified comes from here.
    updated = updated.replace(microsecond=0) + (timedelta(seconds=1) if updated.microsecond else timedelta(0))
    return FeedMeta(
        kind=kind,
        key=key,
        title=title,
        base_url=config.server.base_url,
        updated=updated,
        subtitle=subtitle,
        home_url=home,
        page=feed.page,
        archives=feed.archives,
        complete=feed.complete,
        hubs=advertised_hubs(config) if feed.page is None else (),
    )
