"""Retention: the periodic job that removes old entries, as ``[retention]`` says.

Runs in every worker (``aggregator worker`` and ``run``) as its own APScheduler job; the
store records when it last ran (``Store.claim_periodic``), so among several workers one
does the work per period. What is removed and what is always kept: Store.remove_old_entries.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from aggregator.config import Config
from aggregator.exceptions import StorageError
from aggregator.store import Store

logger = logging.getLogger(__name__)

#: How often retention runs, across all workers: entries are kept up to this much longer
#: than max_age, in exchange for one pass over the sources per period.
RETENTION_EVERY = timedelta(hours=1)
#: How often each worker asks whether the period is over.
CHECK_EVERY = timedelta(minutes=10)
RETENTION_SETTING = "retention_last_run"


def apply_retention(
    config: Config, store: Store, now: datetime | None = None, *, force: bool = False
) -> int | None:
    """Remove old entries when retention is configured and due (or ``force``); returns how
    many were removed, None when it was not this worker's turn."""
    rules = config.retention
    if not rules.enabled:
        return None
    now = now or datetime.now(UTC)
    if not store.claim_periodic(RETENTION_SETTING, now, RETENTION_EVERY) and not force:
        return None
    return store.remove_old_entries(
        now,
        max_age=rules.max_age,
        max_per_source=rules.max_entries_per_source,
        keep_last=config.output.entries,
    )


def retention_job(config: Config, store: Store) -> None:
    """The scheduler's job: never raises (a failed pass is retried at the next period)."""
    try:
        apply_retention(config, store)
    except StorageError as e:
        logger.error("retention failed, will retry error=%s", e)
