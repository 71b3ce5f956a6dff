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


def next_after_success(now: datetime, interval: timedelta, rng: random.Random) -> datetime:
    return now + _jitter(interval, rng)


def next_after_failure(now: datetime, failures: int, scheduler: SchedulerConfig,
                       rng: random.Random, retry_after: float | None = None) -> datetime:
    """``failures`` counts this one: 1 after the first failure in a row."""
    delay = scheduler.min_interval * (2 ** min(max(failures - 1, 0), 20))
    if retry_after is not None:
        delay = max(delay, timedelta(seconds=retry_after))
    return now + _jitter(min(delay, scheduler.max_interval), rng)


def _jitter(delay: timedelta, rng: random.Random) -> timedelta:
    return delay * (1 + rng.uniform(-JITTER, JITTER))
