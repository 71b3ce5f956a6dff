"""A plain <meta> date gives way to an earlier day and time on a line placed as the article's
own dateline (parse/article_head.py: under the headline, beside the byline, before the text),
labelled or not; not to a date in a sidebar, a related list or a paragraph of the text."""

from __future__ import annotations

from datetime import UTC, datetime

from _article import page

from aggregator.parse.article import read_article
from aggregator.parse.article_head import article_head

META = '<meta name="date" content="2013-06-09T16:12:53+03:00">'
DECLARED = datetime(2013, 6, 9, 13, 12, 53, tzinfo=UTC)
SHOWN = datetime(2013, 6, 8, 3, 25, tzinfo=UTC)
H1 = "<h1>The city council approves the new budget</h1>"
TEXT = "<p>The vote was close, and the opposition walked out before the end.</p>"


def published(body: str) -> datetime | None:
    article = read_article(
        page(META, body, "en"), url="https://example.org/news/1", timezone="Europe/Chisinau"
    )
    return article.published


def test_an_unlabelled_line_under_the_headline_beats_a_stale_meta_date() -> None:
    assert published(f"<article>{H1}<div class='info'>08.06.2013 06:25</div>{TEXT}</article>") == SHOWN
    # a <time> in the article's <header>, above the headline
    header = f"<header><time>08.06.2013 06:25</time>{H1}</header>"
    assert published(f"<article>{header}{TEXT}</article>") == SHOWN


def test_a_line_beside_the_byline_after_a_lead_paragraph_is_the_dateline() -> None:
    lead = "<p class='article-lead'>The budget passes after a long night of debate.</p>"
    byline = "<div class='meta'><a href='/a/jane' rel='author'>Jane Doe</a> 08.06.2013 06:25</div>"
    assert published(f"<article>{H1}{lead}{byline}{TEXT}</article>") == SHOWN


def test_a_sidebar_s_latest_item_is_not_the_dateline() -> None:
    latest = (
        "<div class='sidebar'><h3>Latest</h3><div class='news-item'><time>07.06.2013 11:00</time>"
        "<a href='/x'>Latest thing that happened</a></div></div>"
    )
    assert published(f"<article>{H1}{TEXT}</article>{latest}") == DECLARED
    # nor a list of other stories between the headline and the text
    others = "<ul><li><span>07.06.2013 11:00</span> <a href='/y'>Another story about the city</a></li></ul>"
    assert published(f"<article>{H1}{others}{TEXT}</article>") == DECLARED


def test_an_event_s_date_in_a_paragraph_is_not_the_dateline() -> None:
    event = "<p>The festival, 5 June 2013 at 18:00, drew many.</p>"
    assert published(f"<article>{H1}{event}</article>") == DECLARED
    # nor one in a later paragraph, after the text has begun
    assert published(f"<article>{H1}{TEXT}<div>07.06.2013 11:00</div></article>") == DECLARED


def test_the_head_ends_at_the_text_and_leaves_the_line_above_a_paragraph_out() -> None:
    doc = read_doc(f"<article><p>Short intro that ends here.</p>{H1}<span>x</span>{TEXT}<b>y</b></article>")
    tags = sorted(el.tag for el in article_head(doc))
    assert tags == ["h1", "span"]


def read_doc(body: str) -> object:
    import lxml.html

    return lxml.html.document_fromstring(page("", body, "en"))


def test_with_no_h1_the_head_starts_with_the_article_s_element() -> None:
    story = "<h2>The city council approves the new budget</h2><div>08.06.2013 06:25</div>"
    assert published(f"<div class='side'></div><article>{story}{TEXT}</article>") == SHOWN
    # not with several <article> elements (a list of stories), nor with none
    others = "<article><h2>Another story</h2><div>07.06.2013 11:00</div></article>"
    assert published(f"<article>{story}{TEXT}</article>{others}") == DECLARED
    assert published(f"<div>{story}{TEXT}</div>") == DECLARED
