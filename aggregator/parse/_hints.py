"""What a feed says about itself beside its entries: how often it changes (RSS ``<ttl>``,
the syndication module), and the whole numbers of its attributes.

One reading for both feed parsers (feed.py with feedparser, _fastfeed.py with lxml), in a
module of its own so that neither parser imports the other for it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from typing import Any

#: RSS 1.0 syndication module periods (http://web.resource.org/rss/1.0/modules/syndication/).
_SY_PERIODS = {
    "hourly": timedelta(hours=1),
    "daily": timedelta(days=1),
    "weekly": timedelta(weeks=1),
    "monthly": timedelta(days=30),
    "yearly": timedelta(days=365),
}
MAX_TTL_MINUTES = 365 * 24 * 60


def feed_ttl(feed: Mapping[str, Any]) -> timedelta | None:
    """What the feed says about how often it changes, as a duration (None when it says
    nothing usable): RSS 2.0 ``<ttl>`` (minutes) and the RSS 1.0 syndication module's
    ``sy:updatePeriod`` / ``sy:updateFrequency`` (times per period); the longer one wins.

    Values are capped at a year: a feed claiming a ttl of a million years is not trusted, and
    the scheduler caps any hint at ``max_interval`` anyway.
    """
    hints = []
    ttl = non_negative_int(feed.get("ttl"))
    if ttl:
        hints.append(timedelta(minutes=min(ttl, MAX_TTL_MINUTES)))
    period = _SY_PERIODS.get(str(feed.get("sy_updateperiod") or "").strip().lower())
    if period is not None:
        frequency = non_negative_int(feed.get("sy_updatefrequency")) or 1
        hints.append(period / min(frequency, 1000))
    return max(hints, default=None)


def non_negative_int(value: Any) -> int | None:
    """``value`` as a whole number of zero or more (a length, a ttl), else None."""
    try:
        n = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return n if n >= 0 else None
