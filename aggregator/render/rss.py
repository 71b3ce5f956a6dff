"""RSS 2.0 through feedgen, with an atom:link rel="self" as the RSS Advisory Board advises."""

from __future__ import annotations

from collections.abc import Sequence

from aggregator.render._common import with_stylesheet
from aggregator.render._feedgen import build
from aggregator.types import Entry, FeedMeta


def render_rss(meta: FeedMeta, entries: Sequence[Entry]) -> bytes:
    return with_stylesheet(build(meta, entries, "rss").rss_str(pretty=False, encoding="UTF-8"),
                           meta.base_url)
