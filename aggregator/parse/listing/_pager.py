"""The page's pager and the list it pages: a listing's "next page" link sits right after its
list (a sibling of the list's block, or of a block around it), never after a sidebar's box or
a carousel; the list followed by it is the page's own, whatever the blocks are named."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qsl, urljoin, urlsplit

from aggregator.parse.listing import _weights as W
from aggregator.parse.listing._kinds import same_shape
from aggregator.parse.listing._pages import PAGE_SUFFIX, next_page_url

#: A query parameter naming a page of a listing or its offset ("?page=3", "?start=80",
#: WordPress's "?paged=2", Bitrix's "?PAGEN_1=5"); not another parameter that starts with
#: "page" and holds a number ("?page_id=42", WordPress's address of a static page, nor
#: "?pageSize=20"), which a first page has too.
_PAGING = re.compile(r"^(?:p|pg|page|paged|pagen_?\d*|page_?(?:no|num|number|index)|start|offset)$", re.I)

#: Elements after the list that are not shown, passed over when looking for the pager.
_NOT_SHOWN = ("script", "style", "template", "noscript")


def pager_links(body: Any, base: str, page: str) -> set[Any]:
    """The page's links to its next page (``next_page_url``) when the page (``page``, its
    address) is a later page of a listing ("/page/7/", "?start=80"): such a page is there for
    the list its pager pages. A first page may be a front whose pager follows one block of
    many. Empty without a pager."""
    if not _later_page(page):
        return set()
    url = next_page_url(body.getroottree().getroot(), base, None)
    if url is None:
        return set()
    return {a for a in body.iter("a") if a.get("href") and urljoin(base, a.get("href").strip()) == url}


def followed_by_pager(members: list[Any], pager: set[Any]) -> bool:
    """True when the page's pager comes right after the group (``paged_block``)."""
    return paged_block(members, pager) is not None


def paged_block(members: list[Any], pager: set[Any]) -> Any:
    """The block holding the group and the page's pager when the pager comes right after the
    group's last member, or after its container or a block around it, ``W.PAGER_LEVELS`` levels
    up at most: among the first ``W.PAGER_SIBLINGS`` shown elements after it; None otherwise.
    Not after a block that is one item of a list (a block of the same tag and classes before
    it): the pager after a list's last card follows the list, not the card's inner parts."""
    if not pager:
        return None
    node = members[-1]
    for _ in range(W.PAGER_LEVELS + 1):
        if node is not members[-1] and any(same_shape(s, node) for s in node.itersiblings(preceding=True)):
            return None
        after = [s for s in node.itersiblings() if isinstance(s.tag, str) and s.tag not in _NOT_SHOWN]
        if any(a in pager for s in after[: W.PAGER_SIBLINGS] for a in s.iter("a")):
            return node.getparent()
        node = node.getparent()
        if node is None or node.tag in ("body", "html"):
            return None
    return None


def within_paged_block(groups: list[Any], members: list[Any], pager: set[Any]) -> list[Any]:
    """On a later page, the groups (members, items) beside the paged list that sit in the block
    holding it and its pager: a showcase above that block (the front's featured posts) is
    shown on every page of the listing, none of them this page's entries. A group of the
    list's own cards (the same tag and classes) is the page's list set in two blocks (its
    first row apart from its grid) and stays."""
    block = paged_block(members, pager)
    if block is None:
        return groups
    return [g for g in groups if block in g[0][0].iterancestors() or same_shape(g[0][0], members[0])]


def _later_page(url: str) -> bool:
    """An address naming a page of a listing past its first: "/page/7/" (not "/page/1/", the
    first page's other address), or a paging parameter above 1 ("?page=3", "?start=80",
    "?paged=2")."""
    parts = urlsplit(url)
    if m := PAGE_SUFFIX.search(parts.path):
        return int(re.sub(r"\D", "", m.group())) > 1
    return any(
        _PAGING.match(name) and value.isdigit() and int(value) > 1 for name, value in parse_qsl(parts.query)
    )
