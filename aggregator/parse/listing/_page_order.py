"""The elements of a card that pass a test of their own, the page's elements tested once.

Some reads of a card look for elements that a test of the element alone picks out (a line
starting with a comment's label, a running time's markup) and walk the whole card to find
them. Every candidate card is walked so, and cards nest (a teaser, the block around it, the
column around that): a large listing page's elements were each tested as many times as they
have candidate cards around them. Once the tree is final (``_text.final_reads``), the test
runs once per element and per parse; a card's picks are the range of the page's picks its
elements span in document order. Before, or for an element outside the final tree, the card
is walked as before. Either way the picks are the same, in the same (document) order.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from aggregator.parse.listing._text import final_reads


@dataclass(frozen=True, slots=True)
class _Order:
    """Each element's rank in document order and the rank just past its last descendant."""

    rank: dict[Any, int]
    end: dict[Any, int]
    elements: list[Any]


def marked_within(card: Any, kind: str, test: Callable[[Any], bool]) -> list[Any]:
    """The elements of ``card`` (``card`` included) for which ``test`` holds, in document
    order. ``test`` must depend on the element and the final tree alone, not on ``card``;
    ``kind`` names it (one test per kind)."""
    reads = final_reads(card, "page order")
    if reads is None:
        return [node for node in card.iter() if isinstance(node.tag, str) and test(node)]
    order = reads.get(None)
    if order is None:
        order = reads[None] = _order_of(card.getroottree().getroot())
    picks = reads.get(kind)
    if picks is None:
        picks = reads[kind] = [order.rank[el] for el in order.elements if test(el)]
    start, stop = order.rank[card], order.end[card]
    found = []
    for i in range(bisect_left(picks, start), len(picks)):
        if picks[i] >= stop:
            break
        found.append(order.elements[picks[i]])
    return found


def _order_of(root: Any) -> _Order:
    """The document order of ``root``'s elements (``root`` included), in one walk."""
    elements = [el for el in root.iter() if isinstance(el.tag, str)]
    rank = {el: i for i, el in enumerate(elements)}
    size = dict.fromkeys(elements, 1)
    for el in reversed(elements):  # children before their parent
        parent = el.getparent()
        if parent is not None and parent in size:
            size[parent] += size[el]
    return _Order(rank=rank, end={el: rank[el] + size[el] for el in elements}, elements=elements)
