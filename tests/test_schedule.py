"""schedule.py: when a source is fetched next. Adaptive from the publishing rhythm, raised by
upstream hints (Cache-Control, Expires, ttl), backoff doubling from min_interval up to
max_interval, Retry-After honoured within the same bounds, and every delay jittered."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import pytest

from aggregator.config import SchedulerConfig
from aggregator.schedule import (
    JITTER,
    RHYTHM_ENTRIES,
    freshness,
    next_after_failure,
    next_after_success,
    polling_interval,
    publishing_gap,
)

SCHEDULER = SchedulerConfig(
    interval=timedelta(minutes=30), min_interval=timedelta(minutes=5), max_interval=timedelta(days=1)
)
SEEDS = range(200)


class FixedRandom(random.Random):
    """A generator whose uniform(a, b) always gives the same point of [a, b]: 0 is a, 1 is b."""

    def __init__(self, at: float) -> None:
        super().__init__(0)
        self.at = at

    def uniform(self, a: float, b: float) -> float:
        return a + (b - a) * self.at


NO_JITTER = FixedRandom(0.5)


@pytest.mark.parametrize(
    ("failures", "minutes"),
    [
        (0, 5),
        (1, 5),
        (2, 10),
        (3, 20),
        (4, 40),
        (5, 80),
        (6, 160),
        (7, 320),
        (8, 640),
        (9, 1280),
        (10, 1440),
        (11, 1440),
        (50, 1440),
        (10_000, 1440),
    ],
)
def test_backoff_doubles_from_min_interval_up_to_max_interval(
    now: datetime, failures: int, minutes: int
) -> None:
    assert next_after_failure(now, failures, SCHEDULER, NO_JITTER) == now + timedelta(minutes=minutes)


def test_backoff_follows_the_configured_bounds(now: datetime) -> None:
    scheduler = SchedulerConfig(min_interval=timedelta(seconds=90), max_interval=timedelta(minutes=10))
    delays = [next_after_failure(now, n, scheduler, NO_JITTER) - now for n in range(1, 7)]
    assert delays == [timedelta(seconds=s) for s in (90, 180, 360, 600, 600, 600)]


@pytest.mark.parametrize(
    ("failures", "retry_after", "minutes"),
    [
        (1, 3600, 60),  # longer than the backoff: the server's wish
        (5, 60, 80),  # shorter than the backoff: the backoff
        (1, 0, 5),  # never sooner than min_interval
        (1, 30 * 86400, 1440),  # never later than max_interval
    ],
)
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


# -- upstream hints: lower bounds -------------------------------------------------------------


def test_floor_raises_the_delay_and_jitter_only_adds(now: datetime) -> None:
    interval = timedelta(minutes=30)
    floor = timedelta(hours=2)
    for seed in SEEDS:
        got = next_after_success(now, interval, random.Random(seed), SCHEDULER, floor=floor) - now
        assert floor <= got <= floor * (1 + JITTER), seed
    assert next_after_success(now, interval, FixedRandom(0), SCHEDULER, floor=floor) == now + floor


def test_floor_below_the_interval_changes_nothing(now: datetime) -> None:
    interval = timedelta(minutes=30)
    assert (
        next_after_success(now, interval, NO_JITTER, SCHEDULER, floor=timedelta(minutes=10)) == now + interval
    )


def test_floor_is_capped_at_max_interval(now: datetime) -> None:
    for seed in SEEDS:
        got = next_after_success(
            now, timedelta(minutes=30), random.Random(seed), SCHEDULER, floor=timedelta(days=30)
        )
        assert got == now + SCHEDULER.max_interval, seed


def test_adaptive_interval_is_kept_within_bounds(now: datetime) -> None:
    assert (
        next_after_success(now, timedelta(seconds=10), NO_JITTER, SCHEDULER) == now + SCHEDULER.min_interval
    )
    assert next_after_success(now, timedelta(days=9), NO_JITTER, SCHEDULER) == now + SCHEDULER.max_interval


HTTP_NOW = "Wed, 21 Jan 2026 12:00:00 GMT"


@pytest.mark.parametrize(
    ("headers", "seconds"),
    [
        ({}, None),
        ({"cache-control": "max-age=3600"}, 3600),
        ({"cache-control": "public, max-age=600, must-revalidate"}, 600),
        ({"cache-control": 'max-age="120"'}, 120),
        ({"cache-control": "MAX-AGE=60"}, 60),
        ({"cache-control": "max-age=3600", "age": "600"}, 3000),
        ({"cache-control": "max-age=60", "age": "600"}, None),  # already stale
        ({"cache-control": "max-age=0"}, None),
        ({"cache-control": "max-age=soon"}, None),
        ({"cache-control": "no-cache, max-age=3600"}, None),
        ({"cache-control": "no-store"}, None),
        ({"cache-control": "max-age=99999999999999999999"}, 365 * 86400),
        # Expires counts from the server's Date (clock skew does not matter), else from now.
        ({"expires": "Wed, 21 Jan 2026 13:00:00 GMT", "date": HTTP_NOW}, 3600),
        ({"expires": "Wed, 21 Jan 2026 13:00:00 GMT", "date": "Wed, 21 Jan 2026 12:30:00 GMT"}, 1800),
        ({"expires": "Wed, 21 Jan 2026 13:00:00 GMT"}, 3600),
        ({"expires": "Wed, 21 Jan 2026 13:00:00 GMT", "date": HTTP_NOW, "age": "60"}, 3540),
        ({"expires": "Tue, 20 Jan 2026 12:00:00 GMT", "date": HTTP_NOW}, None),
        ({"expires": "0"}, None),
        ({"expires": "-1"}, None),
        # max-age wins over Expires (RFC 9111 5.3)
        ({"cache-control": "max-age=60", "expires": "Wed, 21 Jan 2026 18:00:00 GMT"}, 60),
    ],
)
def test_freshness(now: datetime, headers: dict[str, str], seconds: int | None) -> None:
    got = freshness(headers, now)
    assert got == (None if seconds is None else timedelta(seconds=seconds))


# -- adaptive polling -------------------------------------------------------------------------


def every(step: timedelta, count: int, newest: datetime) -> list[datetime]:
    return [newest - step * i for i in range(count)]


def test_publishing_gap_is_the_median_gap(now: datetime) -> None:
    assert publishing_gap(every(timedelta(hours=1), 10, now), now) == timedelta(hours=1)
    # one long pause among hourly posts does not move the median
    dates = [*every(timedelta(hours=1), 6, now), now - timedelta(days=3)]
    assert publishing_gap(dates, now) == timedelta(hours=1)


def test_publishing_gap_needs_three_distinct_dates(now: datetime) -> None:
    assert publishing_gap([], now) is None
    assert publishing_gap([now, now - timedelta(hours=1)], now) is None
    # a feed that dates every entry with its build time has no rhythm
    assert publishing_gap([now] * 20, now) is None
    assert publishing_gap([now, now, now - timedelta(hours=1), now - timedelta(hours=2)], now) == timedelta(
        hours=1
    )


def test_publishing_gap_reads_only_the_newest_entries_and_ignores_the_future(now: datetime) -> None:
    recent = every(timedelta(hours=1), RHYTHM_ENTRIES, now)
    old = every(timedelta(days=7), 50, now - timedelta(days=30))
    assert publishing_gap(recent + old, now) == timedelta(hours=1)
    future = [now + timedelta(days=400 + i) for i in range(10)]
    assert publishing_gap(future + every(timedelta(hours=2), 5, now), now) == timedelta(hours=2)


DEFAULT = timedelta(minutes=30)


def test_configured_interval_wins(now: datetime) -> None:
    dates = every(timedelta(hours=1), 10, now)
    assert polling_interval(timedelta(minutes=15), DEFAULT, dates, now) == (timedelta(minutes=15), "interval")


def test_without_a_rhythm_the_default_interval(now: datetime) -> None:
    assert polling_interval(None, DEFAULT, [], now) == (DEFAULT, "default")
    assert polling_interval(None, DEFAULT, [now], now) == (DEFAULT, "default")


def test_hourly_source_is_polled_more_often_than_a_weekly_one(now: datetime) -> None:
    hourly, basis = polling_interval(None, DEFAULT, every(timedelta(hours=1), 10, now), now)
    weekly, _ = polling_interval(None, DEFAULT, every(timedelta(weeks=1), 10, now), now)
    assert basis == "rhythm"
    assert hourly == timedelta(minutes=30)
    assert weekly == timedelta(days=3.5)
    got = [next_after_success(now, d, NO_JITTER, SCHEDULER) - now for d in (hourly, weekly)]
    assert got == [timedelta(minutes=30), SCHEDULER.max_interval]


def test_a_silence_longer_than_the_rhythm_slows_polling(now: datetime) -> None:
    newest = now - timedelta(hours=10)
    interval, basis = polling_interval(None, DEFAULT, every(timedelta(hours=1), 10, newest), now)
    assert (interval, basis) == (timedelta(hours=5), "rhythm")


def test_adaptive_delays_are_jittered(now: datetime) -> None:
    interval, _ = polling_interval(None, DEFAULT, every(timedelta(hours=2), 10, now), now)
    delays = {next_after_success(now, interval, random.Random(seed), SCHEDULER) for seed in SEEDS}
    assert len(delays) > 150
