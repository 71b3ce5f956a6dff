"""The per-parse reads of a final tree (``_text.FinalTree``) give what reading anew gives."""

from __future__ import annotations

import copy
import gc
from datetime import UTC, datetime

import lxml.html

from aggregator.parse import parse_document
from aggregator.parse.listing._text import FinalTree, _final_tree, is_hidden, visible_text

PAGE = "<div><p class=card>One <span class='sr-only'>hidden</span>two</p><p style='display:none'>x</p></div>"


def test_reads_while_the_tree_is_final_are_the_uncached_reads() -> None:
    doc = lxml.html.document_fromstring(PAGE)
    card, off = doc.iter("p")
    fresh = (visible_text(card), is_hidden(card), is_hidden(off))
    final = FinalTree(doc)
    assert (visible_text(card), is_hidden(card), is_hidden(off)) == fresh == ("One two", False, True)
    assert final.texts[card] == "One two"  # kept once read


def test_a_copy_cut_down_is_read_anew() -> None:
    doc = lxml.html.document_fromstring(PAGE)
    card = next(doc.iter("p"))
    final = FinalTree(doc)
    clone = copy.deepcopy(card)
    assert visible_text(clone) == "One two"
    clone.text = "Changed "
    assert visible_text(clone) == "Changed two"  # not the kept read of the original
    assert final.texts.get(clone) is None


def test_reads_are_kept_only_while_the_final_tree_lives() -> None:
    doc = lxml.html.document_fromstring(PAGE)
    card = next(doc.iter("p"))
    final = FinalTree(doc)
    assert visible_text(card) == "One two"
    del final
    gc.collect()
    card.text = "Later "
    assert visible_text(card) == "Later two"


def test_a_parse_lets_its_final_tree_go_when_it_returns_without_the_garbage_collector() -> None:
    """No reference cycle holds a parse's final tree (every element of the page, its texts)
    past the parse: a worker thread would keep each page it read until the collector's pass."""
    posts = "".join(
        f'<article class="post"><h2><a href="/posts/{i}">A headline of some words number {i}</a></h2>'
        f'<p class="meta">Posted on 3 March 2026 by <a href="/author/ann">Ann</a></p>'
        f"<p>Teaser text number {i} of the blog with a few words.</p></article>"
        for i in range(5)
    )
    page = f"<html lang='en'><head><title>Blog</title></head><body><main>{posts}</main></body></html>"
    enabled = gc.isenabled()
    gc.disable()
    try:
        parsed = parse_document(
            page.encode(),
            url="https://blog.example/",
            source_type="html",
            timezone="UTC",
            now=datetime(2026, 3, 5, tzinfo=UTC),
        )
        assert len(parsed.entries) == 5
        assert _final_tree() is None
    finally:
        if enabled:
            gc.enable()
