"""Updating sources: the ingest pipeline, one source at a time.

    claim      store.claim_due_sources()      -> SourceState   (due, not claimed elsewhere)
    fetch      Fetcher.fetch()                -> Fetched | NotModified
    parse      parse_document()               -> ParsedFeed
    normalize  normalize_feed()               -> FeedInfo, EntryData...
    tag        Tagger.tags_for()              -> TaggedEntry...
    schedule   polling_interval(), freshness(), next_after_success/failure()
                                              -> next fetch time (rhythm, hints, backoff)
    store      store.apply_update()           -> StoreResult   (one transaction)
    enrich     enrich_due()                   -> EnrichResult  (new entries' article pages,
                                                                 enrich.py; not the source's
                                                                 health)

``aggregator fetch`` and the scheduler's tick both go through ``update_due_sources``; one
source's steps are ``Updater`` (update/_updater.py); making the store match the configuration
(sources, tags, retag) is reconcile.py. A source
that fails is recorded with its error and retried later; it never stops the others.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from aggregator.exceptions import ClaimLostError
from aggregator.politeness import HostLimiter, host_of, in_windows

# The configuration side (reconcile.py) is re-exported: callers keep importing it from here.
from aggregator.reconcile import apply_configuration, release_dead_claims, reschedule_changed_intervals
from aggregator.retag import TAGGING_SETTING, retag_if_needed, tag_titles, tagging_fingerprint
from aggregator.types import UpdateResult
from aggregator.update._pages import body_hash
from aggregator.update._updater import Updater, lease_for, with_counts

__all__ = [
    "REQUEUE_DELAY",
    "TAGGING_SETTING",
    "Dispatch",
    "Updater",
    "apply_configuration",
    "body_hash",
    "lease_for",
    "release_dead_claims",
    "reschedule_changed_intervals",
    "retag_if_needed",
    "settle",
    "tag_titles",
    "tagging_fingerprint",
    "update_due_sources",
    "update_in_windows",
]

logger = logging.getLogger(__name__)

#: How far a source whose host is busy is pushed back: just behind the sources due now (so the
#: next claim takes others first), and due again by the next tick.
REQUEUE_DELAY = timedelta(seconds=1)


@dataclass(frozen=True, slots=True)
class Dispatch:
    """What one ``update_due_sources`` call set going."""

    #: One future per source handed to a worker (or queued for its host, see ``busy``),
    #: by source name.
    futures: dict[str, Future[UpdateResult]]
    #: Sources claimed but given back to the store because their host was busy.
    requeued: tuple[str, ...] = ()


def update_due_sources(
    updater: Updater,
    limiter: HostLimiter,
    *,
    limit: int,
    names: Iterable[str] | None = None,
    due_only: bool = True,
    now: datetime | None = None,
    busy: str = "wait",
) -> Dispatch:
    """Claim up to ``limit`` sources and hand each to a worker, host by host (politeness.py).

    ``busy`` says what happens to a source whose host already has ``max_per_host`` updates
    running: ``"wait"`` queues it until one ends (``aggregator fetch``: every source once);
    ``"requeue"`` gives it back to the store, due again after ``REQUEUE_DELAY`` (the tick).
    Either way no worker thread waits for a host.
    """
    now = now or datetime.now(UTC)
    states = updater.store.claim_due_sources(
        now,
        limit=limit,
        lease=lease_for(updater.config),
        names=names,
        due_only=due_only,
        claimer=updater.claimer,
    )
    updater.expect(states)
    futures: dict[str, Future[UpdateResult]] = {}
    requeued: list[str] = []
    for state in states:
        host = host_of(state.via or state.url)
        if busy == "requeue":
            future = limiter.try_submit(host, updater.update_source, state)
            if future is None:
                requeued.append(state.name)
                continue
        else:
            future = limiter.submit(host, updater.update_source, state)
        futures[state.name] = future
    if requeued:
        updater.store.requeue(requeued, now + REQUEUE_DELAY, claimer=updater.claimer)
        logger.debug("host busy, sources requeued sources=%s", ",".join(requeued))
    return Dispatch(futures=futures, requeued=tuple(requeued))


def update_in_windows(
    updater: Updater, limiter: HostLimiter, names: Sequence[str], workers: int
) -> list[UpdateResult]:
    """Update every one of ``names`` once, whatever its schedule (``aggregator fetch``),
    claiming a window of them at a time (politeness.in_windows); the results once committed
    (``settle``). Sources the store would not give (claimed elsewhere, disabled) have none."""

    def claimed(window: Sequence[str]) -> Iterable[Future[UpdateResult]]:
        dispatch = update_due_sources(updater, limiter, limit=len(window), names=window, due_only=False)
        return dispatch.futures.values()

    return settle(updater, in_windows(names, claimed, limiter, workers))


def settle(updater: Updater, results: Sequence[UpdateResult]) -> list[UpdateResult]:
    """The results of a pass whose commits were not waited for (``Updater.defer_commits``),
    once committed: a commit that failed makes its source's result that error, as
    ``update_source`` would have returned it."""
    settled = []
    for result in results:
        pending = updater.take_outcome(result.source)
        if pending is not None:
            try:
                if isinstance(pending, Exception):
                    raise pending
                result = with_counts(result, pending.result() if isinstance(pending, Future) else pending)
            except ClaimLostError as e:
                logger.warning("claim lost, result dropped source=%s error=%s", result.source, e)
                result = replace(result, error=e, not_modified=False)
            except Exception as e:  # StorageError, or a bug: reported, never raised
                logger.error("source update not stored source=%s error=%s", result.source, e)
                result = replace(result, error=e, not_modified=False)
        settled.append(result)
    return settled
