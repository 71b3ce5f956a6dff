"""A feedgen FeedGenerator filled from our entries, shared by the Atom and RSS writers.

feedgen 1.0 has gaps we fill through its extension hooks, which see each XML element it
builds: its Atom entries lose every link attribute but ``href`` (lkiesow/python-feedgen#135),
its Atom ``<source>`` has no id, and nothing supplies the author RFC 4287 requires.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

from feedgen.ext.base import BaseEntryExtension, BaseExtension
from feedgen.feed import FeedGenerator
from lxml import etree

from aggregator import PROJECT_URL, __version__
from aggregator.render._common import entry_id, entry_title, entry_updated, rss_text, source_title
from aggregator.types import Entry, FeedMeta

#: The name our extension is registered under (feedgen sets it as an attribute of entries).
_EXT = "aggregator"
#: RFC 5005 (Feed Paging and Archiving) namespace, for <fh:archive/>.
FH = "http://purl.org/syndication/history/1.0"
ATOM = "http://www.w3.org/2005/Atom"


def build(meta: FeedMeta, entries: Sequence[Entry], fmt: Literal["atom", "rss"]) -> FeedGenerator:
    fg = FeedGenerator()
    fg.load_extension("dc", atom=False, rss=True)
    fg.register_extension(_EXT, _FeedExtension, _EntryExtension, atom=True, rss=True)
    getattr(fg, _EXT).meta = meta
    getattr(fg, _EXT).fmt = fmt
    fg.id(meta.url("atom"))
    fg.title(meta.title)
    # Sets RSS <description> (required) and Atom <subtitle>.
    fg.description(meta.subtitle or f"Entries of {meta.title}, gathered by aggregator")
    fg.updated(meta.updated)
    fg.generator("aggregator", version=__version__, uri=PROJECT_URL)
    # feedgen's RSS writer takes <link> from the last link added and keeps only rel="self"
    # among atom:links: add the alternate (home page) last.
    fg.link(
        href=meta.self_url(fmt),
        rel="self",
        type="application/atom+xml" if fmt == "atom" else "application/rss+xml",
    )
    fg.link(href=meta.home_url or f"{meta.base_url}/", rel="alternate", type="text/html")
    for entry in entries:
        _add(fg, entry)
    return fg


def _add(fg: FeedGenerator, entry: Entry) -> None:
    data = entry.data
    fe = fg.add_entry(order="append")
    getattr(fe, _EXT).entry = entry
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
    for enclosure in data.enclosures[:1]:  # RSS allows one; Atom gets them all below
        fe.enclosure(
            url=enclosure.url,
            length=str(enclosure.length or 0),
            type=enclosure.type or "application/octet-stream",
        )
    if entry.source_url:
        fe.source(url=entry.source_url, title=source_title(entry))


class _FeedExtension(BaseExtension):  # type: ignore[misc]
    def __init__(self) -> None:
        self.meta: FeedMeta | None = None
        self.fmt: Literal["atom", "rss"] = "atom"

    def extend_ns(self) -> dict[str, str]:
        return {"fh": FH} if self.meta is not None and self.meta.page is not None else {}

    def extend_atom(self, feed: Any) -> Any:
        # RFC 4287 4.1.1: a feed needs an author unless every entry has one; entries fall
        # back to their source's name below, and the feed names us.
        author = etree.Element("author")
        etree.SubElement(author, "name").text = "aggregator"
        etree.SubElement(author, "uri").text = (self.meta.base_url + "/") if self.meta else PROJECT_URL
        position = _after_last(feed, ("id", "title", "updated"))
        feed.insert(position, author)
        if self.meta is not None:
            for i, (rel, href) in enumerate(self.meta.archive_links("atom").items(), 1):
                feed.insert(
                    position + i, etree.Element("link", rel=rel, href=href, type="application/atom+xml")
                )
            for hub in reversed(self.meta.hubs):  # WebSub 4: rel="hub" beside rel="self"
                feed.insert(position + 1, etree.Element("link", rel="hub", href=hub))
            if self.meta.page is not None:
                feed.insert(position, etree.Element(f"{{{FH}}}archive"))
        return feed

    def extend_rss(self, rss: Any) -> Any:
        # feedgen's RSS writer keeps only the rel="self" atom:link: add RFC 5005's here.
        channel = rss.find("channel")
        if self.meta is None or channel is None:
            return rss
        _retext(channel.find("title"))
        position = _after_last(channel, (f"{{{ATOM}}}link", "description", "link", "title"))
        for i, (rel, href) in enumerate(self.meta.archive_links("rss").items()):
            channel.insert(
                position + i, etree.Element(f"{{{ATOM}}}link", rel=rel, href=href, type="application/rss+xml")
            )
        for hub in reversed(self.meta.hubs):  # WebSub 4: rel="hub" beside rel="self"
            channel.insert(position, etree.Element(f"{{{ATOM}}}link", rel="hub", href=hub))
        if self.meta.page is not None:
            channel.insert(position, etree.Element(f"{{{FH}}}archive"))
        return rss


class _EntryExtension(BaseEntryExtension):  # type: ignore[misc]
    def __init__(self) -> None:
        self.entry: Entry | None = None

    def extend_atom(self, element: Any) -> Any:
        entry = self.entry
        if entry is None:
            return element
        for old in element.findall("link") + element.findall("source"):
            element.remove(old)
        if entry.data.url:
            etree.SubElement(element, "link", rel="alternate", type="text/html", href=entry.data.url)
        for enclosure in entry.data.enclosures:
            attrs = {"rel": "enclosure", "href": enclosure.url}
            if enclosure.type:
                attrs["type"] = enclosure.type
            if enclosure.length:
                attrs["length"] = str(enclosure.length)
            etree.SubElement(element, "link", attrs)
        for link in _via_links(entry):
            etree.SubElement(element, "link", link)
        if element.find("author") is None:
            # The source's configured name, not its title: an HTML source's title is its
            # listing page's ("Archives du mot-clé kremlin – Site"), nobody's name.
            author = etree.SubElement(element, "author")
            etree.SubElement(author, "name").text = entry.source
        source = etree.SubElement(element, "source")
        etree.SubElement(source, "id").text = entry.source_url or f"urn:aggregator:source:{entry.source}"
        etree.SubElement(source, "title").text = source_title(entry)
        # RFC 4287 4.2.11 recommends <updated> in <source> (the W3C validator warns without
        # it). When we stored this entry's version, its source said so: the feed was
        # updated by then. Not the source's own last change: that moves with every fetch,
        # and a document must stay the same bytes for a version of its feed on every node.
        etree.SubElement(source, "updated").text = entry.changed_at.isoformat()
        if entry.source_link:
            etree.SubElement(source, "link", rel="alternate", type="text/html", href=entry.source_link)
        if entry.source_url:
            etree.SubElement(source, "link", rel="self", href=entry.source_url)
        return element

    def extend_rss(self, item: Any) -> Any:
        _retext(item.find("title"))
        _retext(item.find("source"))
        if self.entry is not None:
            for link in _via_links(self.entry):
                etree.SubElement(item, f"{{{ATOM}}}link", link)
        return item


def _retext(element: Any) -> None:
    """Makes the plain text of an RSS element read the same in readers that take it as HTML."""
    if element is not None and element.text:
        element.text = rss_text(element.text)


def _via_links(entry: Entry) -> list[dict[str, str]]:
    """rel="via" links to the other sources that carried the same article."""
    return [
        {"rel": "via", "href": url, "title": title or name} for name, title, url in entry.also_from if url
    ]


def _after_last(parent: Any, tags: tuple[str, ...]) -> int:
    positions = [i for i, child in enumerate(parent) if child.tag in tags]
    return positions[-1] + 1 if positions else 0
