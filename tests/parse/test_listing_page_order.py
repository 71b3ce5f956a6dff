"""The picks of a card read through the page's order (``_page_order``) are those a walk of the
card finds: the same elements, in the same order, for every card of the page."""

from __future__ import annotations

import lxml.html

from aggregator.parse.listing._discussion import discussion_lines
from aggregator.parse.listing._durations import durations
from aggregator.parse.listing._page_order import marked_within
from aggregator.parse.listing._text import FinalTree

PAGE = """<html><body><main><div class=grid>
<article><a class=thumb href=/v/1><img src=a.jpg><span>1:23</span></a>
<h2><a href=/v/1>A video of some words</a></h2><p>kommentiert vor 1 m von Domsoy</p>
<span class=duration><b>4 min</b></span></article>
<article><h2><a href=/v/2>Another video of some words</a></h2>
<div><span>last reply 2h ago</span><span>2h ago</span></div><time datetime=PT1M2S>1:02</time></article>
<!-- a comment between the cards --><article><h2><a href=/v/3>Third</a></h2><p>3 March 2026</p></article>
</div></main></body></html>"""


def _reads(doc: object) -> list[tuple[list[object], set[object], list[object]]]:
    return [
        (list(discussion_lines(el)), durations(el), marked_within(el, "bold", lambda n: n.tag == "b"))
        for el in doc.iter()  # type: ignore[attr-defined]
        if isinstance(el.tag, str)
    ]


def test_picks_through_the_page_order_are_the_walks_picks() -> None:
    doc = lxml.html.document_fromstring(PAGE)
    walked = _reads(doc)
    assert any(lines for lines, _, _ in walked) and any(found for _, found, _ in walked)
    final = FinalTree(doc)
    assert _reads(doc) == walked
    assert final.reads["page order"]  # read through the page's order, not walked again


def test_a_card_outside_the_final_tree_is_walked() -> None:
    doc = lxml.html.document_fromstring(PAGE)
    card = next(doc.iter("article"))
    final = FinalTree(lxml.html.document_fromstring(PAGE))  # another page's
    assert marked_within(card, "bold", lambda n: n.tag == "b") == list(card.iter("b"))
    assert "page order" not in final.reads
