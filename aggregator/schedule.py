"""When to fetch a source next. Pure: ``now`` and the random generator are arguments.

After a success the delay is, in order:
1. the source's own ``interval`` when config.toml sets one; else, when its entries' dates show
   a publishing rhythm, half the usual gap between entries (a silence longer than that gap
   stretches it), so a source that posts hourly is polled every half hour and one that posts
   weekly once a day; else ``scheduler.interval``;
2. raised to what the server and the document ask: ``Cache-Control: max-age`` (else
   ``Expires``), RSS ``<ttl>``, ``sy:updatePeriod`` — lower bounds, never reasons to poll sooner;
3. kept within ``min_interval`` and ``max_interval``.
After a failure: exponential backoff from ``min_interval``, capped at ``max_interval``, never
giving up; a server's Retry-After is honoured within the same bounds. Every delay gets a little
jitter so that sources configured alike do not fetch in lockstep.

The claims' shared pieces live here too, for the store and for the quick 304 pass of
``aggregator fetch`` (quickpass.py), which reaches SQLite without the store: how long a claim
lasts (``lease_for``), a claimer's token (``claim_token``, host and process: not pure), and
the columns a fetch that brought nothing records (``fetch_only_values``).
"""

from __future__ import annotations

import email.utils
import itertools
import os
import random
import re
import secrets
import socket
import statistics
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta

from aggregator.config import Config, SchedulerConfig
from aggregator.types import SourceUpdate

#: Delays are spread by up to this fraction either way.
JITTER = 0.1
#: The newest entries whose dates give a source's rhythm: recent enough to follow a change of
#: pace, enough of them that one odd date does not move the median.
RHYTHM_ENTRIES = 20
#: Distinct dates needed before a rhythm is trusted (two gaps).
RHYTHM_MIN_DATES = 3
#: Dates further ahead than this are not trusted (the store's FUTURE_TOLERANCE too).
FUTURE_TOLERANCE = timedelta(days=1)
#: Upstream hints beyond this are absurd; max_interval caps them anyway.
MAX_HINT = timedelta(days=365)

_DIRECTIVE = re.compile(r"""\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*(?:=\s*("[^"]*"|[^,\s]*))?\s*""")


def publishing_gap(dates: Iterable[datetime], now: datetime) -> timedelta | None:
    """The median gap between consecutive entries among the newest ``RHYTHM_ENTRIES``
    distinct dates (dates in the future ignored); None when there are too few to tell."""
    usable = sorted({d for d in dates if d <= now + FUTURE_TOLERANCE}, reverse=True)
    usable = usable[:RHYTHM_ENTRIES]
    if len(usable) < RHYTHM_MIN_DATES:
        return None
    gaps = [(a - b).total_seconds() for a, b in itertools.pairwise(usable)]
    return timedelta(seconds=statistics.median(gaps))


def polling_interval(
    configured: timedelta | None, default: timedelta, dates: Iterable[datetime], now: datetime
) -> tuple[timedelta, str]:
    """The delay a successful fetch is followed by, before bounds and hints, and why:
    ``"interval"`` (set on the source), ``"rhythm"`` (adaptive) or ``"default"``."""
    if configured is not None:
        return configured, "interval"
    dates = list(dates)
    gap = publishing_gap(dates, now)
    if gap is None:
        return default, "default"
    newest = max(d for d in dates if d <= now + FUTURE_TOLERANCE)
    silence = max(now - newest, timedelta(0))
    return max(gap, silence) / 2, "rhythm"


def freshness(headers: Mapping[str, str], now: datetime) -> timedelta | None:
    """How long the response stays fresh by HTTP caching rules (RFC 9111 4.2): ``max-age``,
    else ``Expires`` minus ``Date``, less ``Age``. None when the server says nothing, or
    ``no-store`` / ``no-cache`` (it wants to be asked every time: no hint, not "fetch now")."""
    directives = {
        m.group(1).lower(): (m.group(2) or "").strip('"')
        for part in headers.get("cache-control", "").split(",")
        if (m := _DIRECTIVE.fullmatch(part))
    }
    if "no-store" in directives or "no-cache" in directives:
        return None
    lifetime: float
    if "max-age" in directives:
        if not directives["max-age"].isdigit():
            return None
        lifetime = float(min(int(directives["max-age"]), MAX_HINT.total_seconds()))
    elif "expires" in headers:
        # An invalid Expires (often "0" or "-1") means "already expired" (RFC 9111 5.3).
        expires = _http_date(headers["expires"])
        if expires is None:
            return None
        date = _http_date(headers.get("date", "")) or now
        lifetime = (expires - date).total_seconds()
    else:
        return None
    age = headers.get("age", "").strip()
    lifetime -= int(age) if age.isdigit() and len(age) < 12 else 0
    if lifetime <= 0:
        return None
    return min(timedelta(seconds=lifetime), MAX_HINT)


def next_after_success(
    now: datetime,
    interval: timedelta,
    rng: random.Random,
    bounds: SchedulerConfig | None = None,
    *,
    floor: timedelta | None = None,
) -> datetime:
    """``interval`` jittered and bounded; ``floor`` (upstream hints) is a lower bound that
    jitter may only add to, itself capped at ``max_interval``."""
    delay = _jitter(interval, rng)
    if bounds is not None:
        delay = min(max(delay, bounds.min_interval), bounds.max_interval)
    if floor is not None:
        ceiling = bounds.max_interval if bounds is not None else floor * (1 + JITTER)
        floor = min(floor, ceiling)
        if floor > delay:
            delay = min(floor * (1 + rng.uniform(0, JITTER)), ceiling)
    return now + delay


def next_after_fetch(
    now: datetime,
    configured: timedelta | None,
    scheduler: SchedulerConfig,
    dates: Iterable[datetime],
    hints: Iterable[timedelta | None],
    rng: random.Random,
) -> tuple[datetime, str]:
    """The next fetch after a success, and what decided it (``polling_interval``'s basis,
    or ``"upstream"`` when the server's or the document's ``hints`` pushed it out): the one
    decision of the updater (update/) and of the quick 304 pass (quickpass.py)."""
    interval, basis = polling_interval(configured, scheduler.interval, dates, now)
    floor = max((h for h in hints if h is not None), default=None)
    when = next_after_success(now, interval, rng, scheduler, floor=floor)
    if floor is not None and floor > interval * (1 + JITTER):
        basis = "upstream"
    return when, basis


def next_after_failure(
    now: datetime,
    failures: int,
    scheduler: SchedulerConfig,
    rng: random.Random,
    retry_after: float | None = None,
) -> datetime:
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


def _http_date(value: str) -> datetime | None:
    try:
        when = email.utils.parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when


def lease_for(config: Config) -> timedelta:
    """How long a claim lasts: past the longest one update can take (every request of it at
    the full fetch timeout: the page, the feed it advertises, ``pages`` archive pages, and
    room to store), so only a dead worker's claims expire; at least ``scheduler.min_lease``.
    """
    pages = max((s.pages for s in config.sources), default=1)
    return max(config.fetch.timeout * (pages + 3), config.scheduler.min_lease)


def claim_token() -> str:
    """A worker's identity in ``sources.claimed_by``: host, process id, and a random part
    (process ids are reused; a restarted worker must not pass for its predecessor)."""
    return f"{socket.gethostname()[:80]}:{os.getpid()}:{secrets.token_hex(4)}"


def fetch_only_values(upd: SourceUpdate) -> dict[str, object]:
    """The source row's columns that a fetch bringing nothing to store sets (a 304, the body
    stored last time, most failures; ``store._decide.records_fetch_only``): its claim
    released, its schedule and health, and after a success its new validators. One
    definition for the store and for the quick 304 pass (quickpass.py)."""
    values: dict[str, object] = {
        "claimed_until": None,
        "claimed_by": None,
        "last_fetch_at": upd.fetched_at,
        "next_fetch_at": upd.next_fetch,
        "last_status": upd.status,
        "error": upd.error,
        "failures": upd.failures,
    }
    if upd.error is None:
        values.update(last_success_at=upd.fetched_at, etag=upd.etag, last_modified=upd.last_modified)
    return values
