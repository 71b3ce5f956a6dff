"""When to fetch a source next. Pure: ``now`` and the random generator are arguments.

After a success: the source's interval. After a failure: exponential backoff from
``min_interval``, capped at ``max_interval``, never giving up; a server's Retry-After is
honoured within the same bounds. Every delay gets a little jitter so that sources
configured alike do not fetch in lockstep.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from aggregator.config import SchedulerConfig

#: Delays are spread by up to this fraction either way.
JITTER = 0.1


def next_after_success(now: datetime, interval: timedelta, rng: random.Random,
                       bounds: SchedulerConfig | None = None) -> datetime:
    delay = _jitter(interval, rng)
    if bounds is not None:
        delay = min(max(delay, bounds.min_interval), bounds.max_interval)
    return now + delay


def next_after_failure(now: datetime, failures: int, scheduler: SchedulerConfig,
                       rng: random.Random, retry_after: float | None = None) -> datetime:
    """``failures`` counts this one: 1 after the first failure in a row.

    Jitter never takes the delay past ``max_interval``, nor below what Retry-After asked.
    """
    delay = scheduler.min_interval * (2 ** min(max(failures - 1, 0), 20))
    delay = min(_jitter(min(delay, scheduler.max_interval), rng), scheduler.max_interval)
    if retry_after is not None:
        asked = min(retry_after, scheduler.max_interval.total_seconds())
        delay = max(delay, timedelta(seconds=asked))
    return now + delay


def _jitter(delay: timedelta, rng: random.Random) -> timedelta:
    return delay * (1 + rng.uniform(-JITTER, JITTER))
