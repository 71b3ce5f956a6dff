"""The newest post shown apart in an ``<aside>`` right above the list: Pelican's notmyidea theme
(and blog themes like it) writes a tag, category or author page as ``<aside id=featured>`` with
the newest post, then ``<section id=content>`` with "Other articles". An ``<aside>`` is read as a
sidebar wherever it is; this one holds a single post, dated no earlier than the list's first,
right before the block that holds the list (or a block around it): the list's lead, an entry.
A sidebar box before the content (a "Featured post" widget among others, an "About me" box)
holds more than one link or no post newer than the list, and stays out.
"""

from __future__ import annotations

from typing import Any

from aggregator.parse.listing._document import Context, Item
from aggregator.parse.listing._fields import heuristic_item
from aggregator.parse.listing._placement import article_like

#: Headings that title a post in a lead block.
_HEADINGS = ("h1", "h2", "h3", "h4")


def featured_leads(
    best: list[Any], best_items: list[Item], ctx: Context
) -> list[tuple[list[Any], list[Item]]]:
    """The lead post in an ``<aside>`` right before the block holding the list, as a group of
    one; none when there is no such block or the list shows no dates to place it by."""
    dated = [item.published for item in best_items if item.published]
    if not dated or len(dated) < len(best_items):
        return []
    for block in [best[0].getparent(), *best[0].getparent().iterancestors()]:
        if block.tag == "body":
            return []
        previous = block.getprevious()
        while previous is not None and not isinstance(previous.tag, str):
            previous = previous.getprevious()
        if previous is None or previous.tag != "aside":
            continue
        lead = _single_post(previous, ctx)
        if lead is None:
            return []
        item = heuristic_item(lead, ctx)
        if item.link and item.title and item.published and item.published >= max(dated):
            return [([lead], [item])]
        return []
    return []


def _single_post(aside: Any, ctx: Context) -> Any:
    """The one post ``aside`` holds (its ``<article>``, or the aside itself around one titled
    link to an article), else None."""
    targets = {
        ctx.url(a.get("href"))
        for h in aside.iter(*_HEADINGS)
        for a in h.iter("a")
        if a.get("href") and article_like(ctx.url(a.get("href")), ctx.base)
    }
    if len(targets) != 1:
        return None
    articles = list(aside.iter("article"))
    return articles[0] if len(articles) == 1 else aside if not articles else None
