"""Mending posts that lxml's HTML parser (libxml2) nests inside the post before them.

A theme that leaves a ``<div>`` open inside a post's ``<header>`` (a WordPress Twenty Twelve
child writes ``<div class=entry-meta-header>`` and never closes it) makes libxml2 ignore
``</header>`` and ``</article>``: every later post is read inside the header of the one before,
ten posts deep. A browser (the WHATWG parser) closes the open ``<div>`` at ``</header>``, since
an end tag whose element is open pops what was opened after it. A post's header or footer never
holds the next post, so an ``<article>`` found in another ``<article>``'s ``<header>`` or
``<footer>`` is moved out to follow that article, with what follows it there. (A post that
quotes another post holds it in its body, which stays as it is.)
"""

from __future__ import annotations

from typing import Any

from aggregator.parse.listing._repair import close_runaway_items, move_out_nested

#: The parts of a post that hold its title and metadata, never another post.
_POST_PARTS = frozenset({"header", "footer"})


def mend_runaways(doc: Any) -> None:
    """Read list items and posts nested by elements left open as a browser reads them."""
    close_runaway_items(doc)
    close_runaway_articles(doc)


def close_runaway_articles(doc: Any) -> None:
    """Move every ``<article>`` read inside another's header or footer, and what follows it
    there in document order, out to just after that other ``<article>``."""
    move_out_nested(doc, "article", _holding_article)


def _holding_article(article: Any) -> Any:
    """The ``<article>`` whose header or footer holds ``article``, if any."""
    part = None
    for ancestor in article.iterancestors():
        if ancestor.tag == "article":
            return ancestor if part is not None else None
        if ancestor.tag in _POST_PARTS and part is None:
            part = ancestor
    return None
