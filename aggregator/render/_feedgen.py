"""A feedgen FeedGenerator filled from our entries, shared by the Atom and RSS writers."""

from __future__ import annotations

from collections.abc import Sequence

from feedgen.feed import FeedGenerator

from aggregator import PROJECT_URL, __version__
from aggregator.render._common import entry_id, entry_title, entry_updated, source_title
from aggregator.types import Entry, FeedMeta


def build(meta: FeedMeta, entries: Sequence[Entry], fmt: str) -> FeedGenerator:
    fg = FeedGenerator()
    fg.load_extension("dc", atom=False, rss=True)
    fg.id(meta.url("atom"))
    fg.title(meta.title)
    # Sets RSS <description> (required) and Atom <subtitle>.
    fg.description(meta.subtitle or f"Entries of {meta.title}, gathered by aggregator")
    fg.updated(meta.updated)
    fg.generator("aggregator", version=__version__, uri=PROJECT_URL)
    # feedgen's RSS writer takes <link> from the last link added and keeps only rel="self"
    # among atom:links: add the alternate (home page) last.
    fg.link(href=meta.url(fmt), rel="self",
            type="application/atom+xml" if fmt == "atom" else "application/rss+xml")
    fg.link(href=meta.home_url or f"{meta.base_url}/", rel="alternate", type="text/html")
    for entry in entries:
        _add(fg, entry)
    return fg


def _add(fg: FeedGenerator, entry: Entry) -> None:
    data = entry.data
    fe = fg.add_entry(order="append")
    fe.id(entry_id(entry))
    fe.guid(entry_id(entry), permalink=False)
    fe.title(entry_title(entry))
    fe.updated(entry_updated(entry))
    fe.published(data.published or entry.sort_date)
    if data.url:
        fe.link(href=data.url, rel="alternate", type="text/html")
    if data.summary:
        fe.summary(data.summary, type="html")
    if data.content:
        fe.content(data.content, type="html")
    elif not data.url:
        fe.content(data.summary or "", type="html")
    if data.author:
        fe.author(name=data.author)
        fe.dc.dc_creator(data.author)
    for tag in entry.tags:
        fe.category(term=tag)
    for enclosure in data.enclosures:
        fe.link(href=enclosure.url, rel="enclosure",
                type=enclosure.type or "application/octet-stream",
                length=str(enclosure.length or 0))
    fe.source(url=entry.source_url or "", title=source_title(entry))
