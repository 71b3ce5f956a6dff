"""RSS 2.0 through feedgen, with an atom:link rel="self" as the RSS Advisory Board advises."""

from __future__ import annotations

from collections.abc import Sequence

from aggregator.render._common import with_stylesheet
from aggregator.render._feedgen import build
from aggregator.types import Entry, FeedMeta


def render_rss(meta: FeedMeta, entries: Sequence[Entry]) -> bytes:
    document = build(meta, entries, "rss").rss_str(pretty=False, encoding="UTF-8")
    # The same characters, spelled as the RSS Best Practices Profile asks (and the W3C
    # validator checks) for an "&" that is data: a hexadecimal reference rather than &amp;.
    return with_stylesheet(document.replace(b"&amp;", b"&#x26;"), meta.base_url)
