"""OPML 2.0 documents: our tag feeds (to subscribe to all of them at once in a reader), and
our sources (to move them to another tool)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from email.utils import format_datetime
from xml.etree import ElementTree as ET

from aggregator.types import TagInfo


def render_opml(tags: Sequence[TagInfo], *, base_url: str, title: str, now: datetime) -> bytes:
    """The tag feeds, one outline each."""
    root, body = _document(title, now)
    for tag in tags:
        ET.SubElement(
            body,
            "outline",
            type="rss",
            text=tag.title,
            title=tag.title,
            xmlUrl=f"{base_url}/feeds/{tag.slug}.atom",
            htmlUrl=f"{base_url}/",
        )
    document: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return document


def render_sources_opml(
    sources: Iterable[tuple[str, str, str | None, Sequence[str]]], *, title: str, now: datetime
) -> bytes:
    """Sources as (name, url, title, tags), one outline each, tags as OPML categories."""
    root, body = _document(title, now)
    for name, url, source_title, tags in sources:
        attrs = {"type": "rss", "text": source_title or name, "title": source_title or name, "xmlUrl": url}
        if tags:
            attrs["category"] = ",".join(f"/{tag}" for tag in tags)
        ET.SubElement(body, "outline", attrs)
    document: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return document


def _document(title: str, now: datetime) -> tuple[ET.Element, ET.Element]:
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = title
    ET.SubElement(head, "dateCreated").text = format_datetime(now, usegmt=True)
    return root, ET.SubElement(root, "body")
