"""schedule.py: when a source is fetched next. Backoff doubles from min_interval up to
max_interval, Retry-After is honoured within the same bounds, and every delay is jittered."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import pytest

from aggregator.config import SchedulerConfig
from aggregator.schedule import JITTER, next_after_failure, next_after_success

SCHEDULER = SchedulerConfig(interval=timedelta(minutes=30), min_interval=timedelta(minutes=5),
                            max_interval=timedelta(days=1))
SEEDS = range(200)


class FixedRandom(random.Random):
    """A generator whose uniform(a, b) always gives the same point of [a, b]: 0 is a, 1 is b."""

    def __init__(self, at: float) -> None:
        super().__init__(0)
        self.at = at

    def uniform(self, a: float, b: float) -> float:
        return a + (b - a) * self.at


NO_JITTER = FixedRandom(0.5)


@pytest.mark.parametrize(("failures", "minutes"), [
    (0, 5), (1, 5), (2, 10), (3, 20), (4, 40), (5, 80), (6, 160), (7, 320), (8, 640), (9, 1280),
    (10, 1440), (11, 1440), (50, 1440), (10_000, 1440),
])
def test_backoff_doubles_from_min_interval_up_to_max_interval(now: datetime, failures: int,
                                                               minutes: int) -> None:
    assert next_after_failure(now, failures, SCHEDULER, NO_JITTER) == now + timedelta(minutes=minutes)


def test_backoff_follows_the_configured_bounds(now: datetime) -> None:
    scheduler = SchedulerConfig(min_interval=timedelta(seconds=90), max_interval=timedelta(minutes=10))
    delays = [next_after_failure(now, n, scheduler, NO_JITTER) - now for n in range(1, 7)]
    assert delays == [timedelta(seconds=s) for s in (90, 180, 360, 600, 600, 600)]


@pytest.mark.parametrize(("failures", "retry_after", "minutes"), [
    (1, 3600, 60),  # longer than the backoff: the server's wish
    (5, 60, 80),  # shorter than the backoff: the backoff
    (1, 0, 5),  # never sooner than min_interval
    (1, 30 * 86400, 1440),  # never later than max_interval
])
def test_retry_after(now: datetime, failures: int, retry_after: float, minutes: int) -> None:
    got = next_after_failure(now, failures, SCHEDULER, NO_JITTER, retry_after=retry_after)
    assert got == now + timedelta(minutes=minutes)


@pytest.mark.parametrize(("failures", "nominal"), [(1, 5), (3, 20), (6, 160)])
def test_failure_jitter_within_ten_percent(now: datetime, failures: int, nominal: int) -> None:
    delays = {next_after_failure(now, failures, SCHEDULER, random.Random(seed)) - now for seed in SEEDS}
    low, high = timedelta(minutes=nominal) * (1 - JITTER), timedelta(minutes=nominal) * (1 + JITTER)
    assert all(low <= d <= high for d in delays)
    assert len(delays) > 150  # spread, not one value
    assert min(delays) < timedelta(minutes=nominal) < max(delays)


def test_success_jitter_within_ten_percent(now: datetime) -> None:
    interval = timedelta(minutes=30)
    delays = [next_after_success(now, interval, random.Random(seed)) - now for seed in SEEDS]
    assert all(timedelta(minutes=27) <= d <= timedelta(minutes=33) for d in delays)
    assert len(set(delays)) > 150
    assert next_after_success(now, interval, NO_JITTER) == now + interval
    assert next_after_success(now, interval, FixedRandom(0)) == now + timedelta(minutes=27)
    assert next_after_success(now, interval, FixedRandom(1)) == now + timedelta(minutes=33)


def test_jitter_is_reproducible_with_a_seed(now: datetime) -> None:
    a = [next_after_failure(now, 3, SCHEDULER, random.Random(7)) for _ in range(3)]
    b = [next_after_failure(now, 3, SCHEDULER, random.Random(7)) for _ in range(3)]
    assert a == b


def test_results_keep_the_time_zone(now: datetime) -> None:
    assert next_after_failure(now, 1, SCHEDULER, random.Random(1)).tzinfo is now.tzinfo
    assert next_after_success(now, timedelta(hours=1), random.Random(1)).tzinfo is now.tzinfo


def test_retry_after_is_never_undercut_by_jitter(now: datetime) -> None:
    # The server said "not before an hour" (RFC 9110, 10.2.3): jitter may only add to that.
    for seed in SEEDS:
        got = next_after_failure(now, 1, SCHEDULER, random.Random(seed), retry_after=3600)
        assert got >= now + timedelta(hours=1), seed


def test_backoff_never_exceeds_max_interval(now: datetime) -> None:
    # config.toml: max_interval is the longest a source waits, "even after errors".
    for seed in SEEDS:
        got = next_after_failure(now, 30, SCHEDULER, random.Random(seed), retry_after=7 * 86400)
        assert now + SCHEDULER.max_interval * (1 - JITTER) <= got <= now + SCHEDULER.max_interval, seed
