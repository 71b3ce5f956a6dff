"""OPML 2.0 listing of feeds, for importing all our tag feeds into a reader at once."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from email.utils import format_datetime
from xml.etree import ElementTree as ET

from aggregator.types import TagInfo


def render_opml(tags: Sequence[TagInfo], *, base_url: str, title: str, now: datetime) -> bytes:
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = title
    ET.SubElement(head, "dateCreated").text = format_datetime(now, usegmt=True)
    body = ET.SubElement(root, "body")
    for tag in tags:
        ET.SubElement(body, "outline", type="rss", text=tag.title, title=tag.title,
                      xmlUrl=f"{base_url}/feeds/{tag.slug}.atom",
                      htmlUrl=f"{base_url}/")
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
