"""A link aggregator's site badge: a link naming the story's site, leading to the aggregator's
page of that site's stories, is the card's metadata, never its headline."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote

from aggregator.parse.listing._text import split_url

#: A host name alone as a link's text: "ac1235.github.io", "nytimes.com".
_HOST_NAME = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$", re.I)


def is_site_badge(a: Any, text: str, card: Any) -> bool:
    """True for a link showing a host name that its own address carries as a parameter or a
    path segment: a link aggregator's badge naming the story's site, leading to the
    aggregator's page of that site's stories ("ac1235.github.io" ->
    /search?q=domain:ac1235.github.io, Hacker News's "from?site=nytimes.com", /domain/nytimes.com/).
    It is the card's metadata, as a tag is, only when another link of the card leads to that
    host (the story's); a headline that is a host name (a domain for sale) leads elsewhere."""
    host = " ".join(text.split()).lower()
    if not _HOST_NAME.match(host):
        return False
    parts = split_url(a.get("href") or "")
    carried = unquote(f"{parts.path} {parts.query}").lower()
    if re.search(rf"(?<![\w.-]){re.escape(host)}(?![\w-])", carried) is None or parts.netloc.lower() == host:
        return False
    bare = host.removeprefix("www.")
    hosts = {split_url(b.get("href") or "").netloc.lower().removeprefix("www.") for b in card.iter("a")}
    return any(h == bare or h.endswith(f".{bare}") for h in hosts)
