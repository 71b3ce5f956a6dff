"""A list's title slot: in a list whose links each hold several lines (a card-wide link of a
title, a reference number and a class), the headline is the line of the same markup on every
item. An item whose own reading chose another line — its title is a word ("ROTOR,GENERATOR",
"84--COVERALLS"), so the longer class line below it ("16 -- Aircraft components & accessories")
looked like the sentence — is read again from the line most items took their headline from,
when that line comes before its own choice in the link or its class names a title (met on a
procurement site's table of notices, each link three <div>s: title, number, class)."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any

from lxml import etree

from aggregator.parse.listing._document import Context, Item
from aggregator.parse.listing._link_title import text_blocks
from aggregator.parse.listing._title import title_words

#: Items a list needs before its title slot counts, and the share of them that must agree.
MIN_ITEMS = 4
MIN_AGREEING = 0.6

#: A line's markup: its tag and class.
Slot = tuple[str, str]


def same_slot_titles(members: list[Any], items: list[Item], ctx: Context) -> list[Item]:
    """``items`` of blocks ``members``, those whose headline came from another line of their
    link than most items' read again from that line (when their link has one with letters).
    Only lines named by a class count: a class says what a line is, the same on every item."""
    if len(members) < MIN_ITEMS:
        return items
    lines = [_lines(member, item, ctx) for member, item in zip(members, items, strict=True)]
    chosen = [_chosen(item, found) for item, found in zip(items, lines, strict=True)]
    counts = Counter(slot for slot in chosen if slot is not None)
    if not counts:
        return items
    slot, agreeing = counts.most_common(1)[0]
    if agreeing < MIN_AGREEING * len(members):
        return items
    result = []
    for item, found, own in zip(items, lines, chosen, strict=True):
        text = found.get(slot)
        if (
            own is not None
            and own != slot
            and text
            and sum(ch.isalpha() for ch in text) >= 2
            and (_earlier(found, slot, own) or _named_title(slot))
        ):
            item = replace(item, title=text)
        result.append(item)
    return result


def _lines(member: Any, item: Item, ctx: Context) -> dict[Slot, str]:
    """The lines of the member's link the item was read from, by slot (a slot met twice in
    the link names no one line and is left out)."""
    if not item.link:
        return {}
    link = next(
        (a for a in member.iter("a") if a.get("href") and ctx.url(a.get("href")) == item.link),
        None,
    )
    if link is None:
        return {}
    blocks = [(node, text) for node, text in text_blocks(link) if node is not None and node.get("class")]
    if len(blocks) < 2:
        return {}
    slots = Counter((node.tag, " ".join(node.get("class").split())) for node, _ in blocks)
    return {
        (node.tag, " ".join(node.get("class").split())): text
        for node, text in blocks
        if slots[(node.tag, " ".join(node.get("class").split()))] == 1
    }


def _earlier(lines: dict[Slot, str], slot: Slot, own: Slot) -> bool:
    """The majority's line comes before the item's own choice in its link (a title above its
    class line); one after it (a notice's long title read before a shorter later line) is no
    better a headline."""
    order = list(lines)
    return order.index(slot) < order.index(own)


def _named_title(slot: Slot) -> bool:
    """The slot's class names a title ("title", "headline")."""
    return title_words(etree.Element(slot[0], {"class": slot[1]}))[0]


def _chosen(item: Item, lines: dict[Slot, str]) -> Slot | None:
    """The slot of the line the item's headline is."""
    return next((slot for slot, text in lines.items() if text == item.title), None)
