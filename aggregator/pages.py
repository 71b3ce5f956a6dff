"""The HTML pages and the OPML list, from the store: what the index, a tag's page and a
source's page show, gathered here once for the web views and the static export.

The rendering itself is render/html.py's (and render/opml.py's); this module only reads the
store and the configuration, so ``aggregator export`` writes the same bytes the server sends
without building a web app.
"""

from __future__ import annotations

import textwrap
from datetime import datetime
from zoneinfo import ZoneInfo

from aggregator import __version__
from aggregator.config import Config
from aggregator.feeds import EMPTY_FEED_DATE
from aggregator.parse import html_to_text
from aggregator.render.html import render_page
from aggregator.render.opml import render_opml
from aggregator.store import Store
from aggregator.types import Entry, SourceInfo, TagInfo

#: Tags listed on the index page: every configured one, then the busiest others up to this
#: many; the rest are counted ("and 1,234 more"), and all are in /opml and `aggregator tags`.
INDEX_TAGS = 200
#: Entries listed on a tag's or a source's page, and how much of each summary is shown.
PAGE_ENTRIES = 50
SUMMARY_CHARS = 280


def index_page(config: Config, store: Store, now: datetime) -> str:
    """The index: tags with counts and subscribe links, sources with their health."""
    configured = {s.name: s for s in config.sources}
    sources = [s for s in store.list_sources() if s.name in configured]
    stale = {s.name for s in sources if s.is_stale(now, config.scheduler.stale_after)}
    newest = store.all_entries(1)
    zone = ZoneInfo(config.server.timezone)
    tags, more_tags = _index_tags(store.list_tags(), {t.slug for t in config.tags})
    return render_page(
        "index.html",
        zone=zone,
        tags=tags,
        more_tags=more_tags,
        sources=sources,
        configured=configured,
        total=store.entry_count(),
        stale=stale,
        latest=newest[0].sort_date.astimezone(zone) if newest else None,
        base_url=config.server.base_url,
        version=__version__,
        now=now,
    )


def entries_page(
    config: Config,
    *,
    title: str,
    subtitle: str | None,
    entries: list[Entry],
    feed: str,
    source: SourceInfo | None = None,
) -> str:
    """A list of entries to read in a browser: a tag's (``/tags/<slug>``) or a source's."""
    zone = ZoneInfo(config.server.timezone)
    configured = {s.name for s in config.sources}
    items = []
    for e in entries:
        text = html_to_text(e.data.summary or e.data.content or "")
        items.append(
            {
                "title": e.data.title or "(untitled)",
                "url": e.data.url,
                "source": e.source,
                "source_title": e.source_title,
                "source_page": e.source in configured,
                "when": e.sort_date.astimezone(zone),
                "tags": e.tags,
                "summary": textwrap.shorten(text, SUMMARY_CHARS, placeholder=" …") if text else "",
            }
        )
    return render_page(
        "entries.html",
        zone=zone,
        title=title,
        subtitle=subtitle,
        items=items,
        feed=feed,
        source=source,
        base_url=config.server.base_url,
        version=__version__,
    )


def opml_list(config: Config, store: Store) -> tuple[bytes, datetime]:
    """The tag feeds as OPML, and when the list last changed."""
    tags = store.list_tags()
    last = max((t.changed_at for t in tags if t.changed_at), default=EMPTY_FEED_DATE)
    return render_opml(tags, base_url=config.server.base_url, title="aggregator tag feeds", now=last), last


def _index_tags(tags: list[TagInfo], configured: set[str]) -> tuple[list[TagInfo], int]:
    """The tags the index lists (every configured one, then the others with the most
    entries, ``INDEX_TAGS`` in all, by slug) and how many it leaves out."""
    chosen = {t.slug for t in tags if t.slug in configured}
    others = sorted((t for t in tags if t.slug not in chosen), key=lambda t: -t.entries)
    chosen.update(t.slug for t in others[: max(0, INDEX_TAGS - len(chosen))])
    return [t for t in tags if t.slug in chosen], len(tags) - len(chosen)
