"""``article_places._judged`` reads in one walk down what ``in_comments`` and ``quoted`` read
element by element."""

from __future__ import annotations

import lxml.html

from aggregator.parse.article_places import _judged, byline_places, in_comments, quoted

PAGE = """<html><body><div id=page><article><h1>Headline</h1><p class=byline>By Ann Lee</p>
<blockquote><p>Quoted <span>by Bob</span></p></blockquote>
<div class="twitter-tweet"><p>An embedded post <a>@carl</a></p></div><!-- a note -->
<p>Body text</p></article>
<section class="Comments-area"><div><p class=byline>By Dan</p></div></section>
<div class="social-comments"><span>share</span></div></div></body></html>"""


def test_one_walk_judges_every_element_as_its_ancestors_do() -> None:
    doc = lxml.html.document_fromstring(PAGE)
    for top in (doc, next(doc.iter("article")), next(doc.iter("blockquote")).find("p")):
        each = [(el, in_comments(el) or quoted(el)) for el in top.iter() if isinstance(el.tag, str)]
        assert _judged(top) == each
    aside = {el.text_content().strip() for el, out in _judged(doc) if out and el.tag == "p"}
    assert aside == {"Quoted by Bob", "An embedded post @carl", "By Dan"}


def test_byline_places_leave_out_comments_and_quotes() -> None:
    doc = lxml.html.document_fromstring(PAGE)
    texts = [[el.text_content().strip() for el in place if el.tag == "p"] for place in byline_places(doc)]
    assert texts == [["By Ann Lee", "Body text"], ["By Ann Lee", "Body text"]]
