"""One source updated: fetched, parsed, tagged, scheduled and stored (the ``Updater``).

The pipeline drawn in update/__init__.py, step by step for one claimed source. Logs under
``aggregator.update``, the name its lines have always had (scripts grep for them).
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Mapping, Sequence
from concurrent.futures import BrokenExecutor, Executor, Future
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from aggregator.config import Config, SourceConfig
from aggregator.exceptions import ClaimLostError, FetchError, ParseError, SourceError, StorageError
from aggregator.fetch import Fetcher
from aggregator.redact import with_credentials
from aggregator.retag import tag_titles, tagger_for
from aggregator.schedule import RHYTHM_ENTRIES, claim_token, freshness, next_after_failure, next_after_fetch
from aggregator.schedule import lease_for as lease_for
from aggregator.store import Store
from aggregator.tag import Tagger, category_tags
from aggregator.types import (
    EntryData,
    Fetched,
    NotModified,
    SourceState,
    SourceUpdate,
    StoreResult,
    UpdateResult,
)
from aggregator.update._pages import (
    body_hash,
    enrich,
    may_enrich,
    merge_pages,
    more_pages,
    read_alternate,
    tagged_entries,
    with_article_fields,
)

if TYPE_CHECKING:
    from aggregator.digest import Digest
    from aggregator.headstart import Ahead

logger = logging.getLogger("aggregator.update")

#: Fetches handed to the writer and not yet committed, at most (``Updater`` with
#: ``defer_commits``): a document of 50 entries is about 250 KB until committed, and a cold
#: pass over 300 feeds commits about 18 at a time.
MAX_UNCOMMITTED = 32


def with_counts(result: UpdateResult, stored: StoreResult) -> UpdateResult:
    """``result`` with what its commit did."""
    return replace(result, new=stored.new, updated=stored.updated, unchanged=stored.unchanged)


@dataclass
class Updater:
    """Everything one update needs, built once per process."""

    config: Config
    store: Store
    fetcher: Fetcher
    tagger: Tagger = field(init=False)
    rng: random.Random = field(default_factory=random.Random)
    #: This process's identity in claims (sources.claimed_by).
    claimer: str = field(default_factory=claim_token)
    #: Parser processes to hand bodies to (digest.py); None: parse in the calling thread.
    parsers: Executor | None = None
    #: Set when the process stops: no new article page is started (enrich.py).
    stopping: threading.Event = field(default_factory=threading.Event)
    #: Record fetches without waiting for their commit (the worker goes on, the writer's
    #: batches fill up): results are final after ``update.settle``, which waits for ``pending``.
    defer_commits: bool = False
    #: By source name: its commit under way, then what it gave (``_commit_later``).
    pending: dict[str, Future[StoreResult] | StoreResult | Exception] = field(
        default_factory=dict, init=False, repr=False
    )
    #: Responses already fetched (quickpass.QuickPass.fetched): by source name, the URL and
    #: validators asked with, and what came back (or the fetch's error). Each used once, for
    #: the same request only; anything else is fetched.
    prefetched: dict[str, tuple[str, str | None, str | None, Fetched | NotModified | FetchError]] = field(
        default_factory=dict
    )

    #: First fetches done ahead of the claim, their parses under way (headstart.py), by
    #: source name: each used once, for the same request only.
    ahead: dict[str, Future[Ahead | None]] = field(default_factory=dict)

    #: Commits of fetched documents a pass has not waited for (``defer_commits``), by source
    #: name, until ``update_source`` has their log line wait for them too.
    _committing: dict[str, Future[StoreResult]] = field(default_factory=dict, init=False, repr=False)
    #: At most ``MAX_UNCOMMITTED`` documents a worker has handed on and the writer not yet
    #: committed: the workers wait beyond that, so what is held stays bounded.
    #: Guards ``pending`` between the writer's callbacks and ``take_outcome``.
    _pending_lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)
    _uncommitted: threading.BoundedSemaphore = field(
        default_factory=lambda: threading.BoundedSemaphore(MAX_UNCOMMITTED), init=False, repr=False
    )

    #: Publishing rhythms (recent entry dates) of claimed sources, read in one query for all
    #: of a claim (``expect``) rather than one per source; each used once.
    _rhythms: dict[str, list[datetime]] = field(default_factory=dict, init=False, repr=False)
    #: Parses started ahead (``_take_ahead``), by source name, until ``_digest`` takes them.
    _parsing: dict[str, Ahead] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        self.tagger = tagger_for(self.config)

    def expect(self, states: Sequence[SourceState]) -> None:
        """Read ahead what the updates of these claimed sources will need from the store:
        their rhythms, one query for all (a 304 then costs no read of its own)."""
        if states:
            self._rhythms.update(self.store.recent_entry_dates_of([s.name for s in states], RHYTHM_ENTRIES))

    def update_source(self, state: SourceState) -> UpdateResult:
        """Fetch, parse, tag and store one claimed source; never raises.

        Logs one line per fetch: source, outcome, status, new/updated counts, duration and
        the next fetch time with what decided it.
        """
        started = time.monotonic()
        now = self._take_ahead(state) or datetime.now(UTC)
        if self.config.source(state.name) is None:
            return self._release(state)
        try:
            result = self._update(state, now)
        except SourceError as e:
            result = self._record_failure(state, now, e)
        except ClaimLostError as e:
            logger.warning("claim lost, result dropped source=%s error=%s", state.name, e)
            result = UpdateResult(source=state.name, error=e)
        except StorageError as e:
            logger.error("source update not stored source=%s error=%s", state.name, e)
            result = UpdateResult(source=state.name, error=e)
        except Exception as e:  # the per-source boundary: a bug must not stop the others
            logger.error("source update crashed source=%s", state.name, exc_info=True)
            result = self._record_failure(state, now, e, internal=True)
        self._rhythms.pop(state.name, None)  # not used by a failure
        result = replace(result, seconds=time.monotonic() - started)
        committing = self._committing.pop(state.name, None)
        if committing is None:
            self._log(state, result, now)
        else:  # its line once its counts are known (at once if committed already)
            committing.add_done_callback(lambda done: self._log_committed(state, result, now, done))
        return result

    def _log_committed(
        self, state: SourceState, result: UpdateResult, now: datetime, done: Future[StoreResult]
    ) -> None:
        """The log line of a fetch committed later (``_commit_later``): a commit that failed
        is logged by ``update.settle``, with the result it makes."""
        if done.exception() is None:
            self._log(state, with_counts(result, done.result()), now)

    def _take_ahead(self, state: SourceState) -> datetime | None:
        """The fetch done ahead for this source, if any, made this update's (``prefetched``,
        ``_parsing``); when it was fetched, the update's ``now``."""
        future = self.ahead.pop(state.name, None)
        if future is None or future.exception() is not None or (ahead := future.result()) is None:
            return None
        self.prefetched[state.name] = (ahead.url, None, None, ahead.response)
        if ahead.digest is not None:
            self._parsing[state.name] = ahead
        return ahead.now

    def _log(self, state: SourceState, result: UpdateResult, now: datetime) -> None:
        outcome = (
            "disabled"
            if result.basis == "disabled"
            else "error"
            if result.error
            else "not-modified"
            if result.not_modified
            else "ok"
        )
        nxt = result.next_fetch.isoformat(timespec="seconds") if result.next_fetch else None
        line = "source fetched source=%s outcome=%s status=%s new=%d updated=%d ms=%d next=%s basis=%s"
        args: list[object] = [
            state.name,
            outcome,
            result.status,
            result.new,
            result.updated,
            result.seconds * 1000,
            nxt,
            result.basis,
        ]
        if result.error is None:
            logger.info(line, *args)
            return
        since = state.last_success or state.created_at
        stale = since is not None and now - since > self.config.scheduler.stale_after
        logger.warning(
            line + " failures=%d stale=%s url=%s error=%s",
            *args,
            state.failures + 1,
            str(stale).lower(),
            state.url,
            _one_line(result.error),
        )

    def _release(self, state: SourceState) -> UpdateResult:
        """A source claimed just as a reload removed it from the configuration: not its
        failure, so nothing is recorded but the claim given back."""
        logger.info("source left the configuration, not fetched source=%s", state.name)
        try:
            self.store.release_claims([state.name])
        except StorageError as e:
            logger.error("claim not released source=%s error=%s", state.name, e)
        return UpdateResult(
            source=state.name,
            error=SourceError("source is no longer in the configuration", source=state.name),
        )

    def _update(self, state: SourceState, now: datetime) -> UpdateResult:
        cfg = self.config.source(state.name)
        assert cfg is not None  # update_source() checked
        # An HTML page that advertises a feed of the same listing is read through that feed.
        via = state.via if cfg.type == "auto" and cfg.select is None else None
        response = self._fetch(state, via or state.url, etag=state.etag, last_modified=state.last_modified)
        moved_to = None
        if response.permanent_url:
            if via:
                via = response.permanent_url
            else:
                moved_to = response.permanent_url
        if not isinstance(response, Fetched):
            return self._unchanged(state, cfg, now, response, 304, moved_to=moved_to, via=via)
        limit = self.config.fetch.max_entries
        source_type = "feed" if via else cfg.type
        hashed = body_hash(response, cfg, source_type, limit)
        if hashed == state.body_hash:
            # The bytes stored last time, read the same way (a server without validators, or
            # whose validators change on every request): parsing them again finds nothing.
            return self._unchanged(state, cfg, now, response, response.status, moved_to=moved_to, via=via)

        read = self.digest(state, cfg, response, now, source_type=source_type)
        if read.parsed.alternate_feed and cfg.type == "auto" and cfg.select is None:
            alternate = read_alternate(
                self, state, cfg, with_credentials(read.parsed.alternate_feed, response.url), now
            )
            if alternate is not None:
                response, read = alternate
                via = response.url
                hashed = body_hash(response, cfg, "feed", limit)
        parsed, info, entries = read.parsed, read.info, read.entries
        if parsed.kind == "html":
            entries = merge_pages(entries, more_pages(self, state, cfg, response.url, parsed, entries, now))[
                :limit
            ]
        next_fetch, basis = self._next_fetch(state, cfg, now, response.headers, parsed.ttl, entries)
        entries = with_article_fields(self, cfg, state.name, entries)
        allowed = category_tags(entries, cfg.category_tags)
        tagged = tagged_entries(self, cfg, entries, allowed, read)
        update = SourceUpdate(
            name=state.name,
            fetched_at=now,
            next_fetch=next_fetch,
            status=response.status,
            etag=response.etag,
            last_modified=response.last_modified,
            feed=info,
            feed_ttl=parsed.ttl,
            moved_to=moved_to,
            via=via,
            entries=tagged,
            tag_titles=tag_titles(self.config, entries, categories=bool(allowed)),
            claimed_by=state.claimed_by,
            body_hash=hashed,
            warning=parsed.warning,
            enrich=cfg.enrich_for(parsed.kind),
            category_tags=allowed - set(cfg.tags),
        )
        result = UpdateResult(source=state.name, status=response.status, next_fetch=next_fetch, basis=basis)
        if self.defer_commits and not may_enrich(cfg):  # article pages need it committed first
            self._committing[state.name] = self._commit_later(state.name, update)
            return result
        stored = self.store.apply_update(update)
        return enrich(self, state, cfg, now, with_counts(result, stored))

    def _commit_later(self, name: str, update: SourceUpdate) -> Future[StoreResult]:
        """Hand a fetch to the writer without waiting for its commit: the worker goes on to
        its next source, the writer's batches fill up (a cold pass over 300 feeds: 17
        transactions rather than 156, 8 % less time). At most ``MAX_UNCOMMITTED`` wait for
        their commit; once committed, only the outcome is kept for ``update.settle`` (the
        future, its callbacks and what they hold would be kept for every source of a pass)."""
        self._uncommitted.acquire()
        try:
            future = self.store.apply_update_later(update)
        except BaseException:
            self._uncommitted.release()
            raise
        with self._pending_lock:
            self.pending[name] = future
        future.add_done_callback(lambda done: self._committed(name, done))
        return future

    def _committed(self, name: str, done: Future[StoreResult]) -> None:
        self._uncommitted.release()
        error = done.exception()
        # the writer gives every failure as an Exception
        outcome = (
            done.result()
            if error is None
            else error
            if isinstance(error, Exception)
            else StorageError(str(error))
        )
        with self._pending_lock:
            if self.pending.get(name) is done:  # not taken already (take_outcome)
                self.pending[name] = outcome

    def take_outcome(self, name: str) -> Future[StoreResult] | StoreResult | Exception | None:
        """The commit of ``name``'s last fetch not waited for (``defer_commits``): under way,
        or what it gave; None when there is none. Each is taken once (``update.settle``)."""
        with self._pending_lock:
            return self.pending.pop(name, None)

    def _unchanged(
        self,
        state: SourceState,
        cfg: SourceConfig,
        now: datetime,
        response: Fetched | NotModified,
        status: int,
        *,
        moved_to: str | None,
        via: str | None,
    ) -> UpdateResult:
        """Nothing new to read: a 304, or the body stored last time. One UPDATE; the next
        fetch from the stored rhythm and the hints (the feed's own as of its last reading)."""
        next_fetch, basis = self._next_fetch(state, cfg, now, response.headers, state.feed_ttl, ())
        update = SourceUpdate(
            name=state.name,
            fetched_at=now,
            next_fetch=next_fetch,
            status=status,
            etag=response.etag or state.etag,
            last_modified=response.last_modified or state.last_modified,
            moved_to=moved_to,
            via=via,
            claimed_by=state.claimed_by,
        )
        if self.defer_commits:
            self._commit_later(state.name, update)
        else:
            self.store.apply_update(update)
        done = UpdateResult(
            source=state.name, not_modified=True, status=status, next_fetch=next_fetch, basis=basis
        )
        return enrich(self, state, cfg, now, done)

    def _next_fetch(
        self,
        state: SourceState,
        cfg: SourceConfig,
        now: datetime,
        headers: Mapping[str, str],
        ttl: timedelta | None,
        entries: Sequence[EntryData],
    ) -> tuple[datetime, str]:
        """The next fetch after a success, and what decided it (see schedule.py)."""
        if self.config.websub.subscribe and self._pushed(state.name, now):
            # Its hub pushes what is new: polling is only a safety net.
            return now + self.config.scheduler.max_interval, "websub"
        dates = self._rhythms.pop(state.name, None)
        if dates is None:
            dates = self.store.recent_entry_dates(state.name, RHYTHM_ENTRIES)
        dates += [d for e in entries if (d := e.published or e.updated) is not None]
        return next_after_fetch(
            now, cfg.interval, self.config.scheduler, dates, (freshness(headers, now), ttl), self.rng
        )

    def _pushed(self, name: str, now: datetime) -> bool:
        lease = self.store.source_lease(source=name)
        return (
            lease is not None
            and lease.state == "active"
            and lease.lease_expires is not None
            and lease.lease_expires > now
        )

    def ingest_pushed(self, name: str, body: bytes, headers: Mapping[str, str]) -> UpdateResult:
        """Store what a source's hub pushed (WebSub 7; update/_pushed.py). Raises ParseError
        for a body that is not the source's document, StorageError."""
        from aggregator.update._pushed import ingest_pushed

        return ingest_pushed(self, name, body, headers)

    def _fetch(
        self, state: SourceState, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> Fetched | NotModified:
        try:
            ready = self.prefetched.pop(state.name, None)
            if ready is not None and ready[:3] == (url, etag, last_modified):
                if isinstance(ready[3], FetchError):
                    raise ready[3]
                return ready[3]
            return self.fetcher.fetch(url, etag=etag, last_modified=last_modified)
        except FetchError as e:
            e.source = state.name
            raise

    def digest(
        self, state: SourceState, cfg: SourceConfig, response: Fetched, now: datetime, source_type: str
    ) -> Digest:
        """Parse and normalize a body: in a parser process when there is a pool of them (or
        already under way there, started ahead: headstart.py)."""
        from aggregator.digest import digest, digest_in  # here: a pass of 304s imports no parser
        from aggregator.headstart import digest_args

        args = digest_args(self.config, cfg, state.name, response, now, source_type)
        ahead = self._parsing.pop(state.name, None)
        try:
            if (
                ahead is not None
                and ahead.digest is not None
                and ahead.response is response
                and (ahead.source_type, ahead.now) == (source_type, now)
            ):
                try:
                    return ahead.digest.result()
                except BrokenExecutor:
                    pass  # its parser process died: read again below, as digest_in does
            if self.parsers is None:
                return digest(response.body, **args)
            return digest_in(self.parsers, response.body, **args)
        except ParseError as e:
            e.status = response.status  # the health's "last HTTP status": the body failed, not HTTP
            raise

    def _record_failure(
        self, state: SourceState, now: datetime, error: Exception, internal: bool = False
    ) -> UpdateResult:
        failures = state.failures + 1
        status = getattr(error, "status", None)
        message = f"internal error: {type(error).__name__}: {error}" if internal else str(error)
        retry_after = getattr(error, "retry_after", None)
        next_fetch = next_after_failure(now, failures, self.config.scheduler, self.rng, retry_after)
        basis = (
            "retry-after"
            if retry_after is not None and next_fetch - now >= timedelta(seconds=min(retry_after, 1e9))
            else "backoff"
        )
        # A same-listing feed that is gone or unreadable is dropped: the page is read again.
        from_via = state.via is not None and getattr(error, "url", None) == state.via
        via = None if isinstance(error, ParseError) or status in (404, 410) else state.via
        # 410 Gone on the source's own URL: the site says it will not come back. Polling stops
        # until someone re-enables it; its entries stay.
        disable = status == 410 and not from_via
        if disable:
            message = (
                f"{message}: the server says this feed is gone for good; polling "
                f"stopped (re-enable: aggregator enable {state.name}, or change its url)"
            )
            basis = "disabled"
        try:
            self.store.apply_update(
                SourceUpdate(
                    name=state.name,
                    fetched_at=now,
                    next_fetch=next_fetch,
                    status=status,
                    error=message[:2000],
                    failures=failures,
                    via=via,
                    disable=disable,
                    claimed_by=state.claimed_by,
                )
            )
        except ClaimLostError as e:
            logger.warning("claim lost, failure dropped source=%s error=%s", state.name, e)
        except StorageError as e:
            logger.error("source failure not stored source=%s error=%s", state.name, e)
        return UpdateResult(
            source=state.name,
            error=error,
            status=status,
            next_fetch=None if disable else next_fetch,
            basis=basis,
        )


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split())[:500]
