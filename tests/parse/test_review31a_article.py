"""Review of article20's dateline rule (branch review31a): a plain <meta> date gives way to an
earlier day only on a line labelled as the publication's, not on any other dated line."""

from __future__ import annotations

from datetime import UTC, datetime

from _article import page

from aggregator.parse.article import read_article

META = '<meta name="date" content="2013-06-09T16:12:53+03:00">'


def published(body: str) -> datetime | None:
    article = read_article(
        page(META, body, "en"), url="https://example.org/news/1", timezone="Europe/Chisinau"
    )
    return article.published


def test_an_earlier_date_in_a_sidebar_or_the_text_does_not_beat_a_plain_meta_date() -> None:
    declared = datetime(2013, 6, 9, 13, 12, 53, tzinfo=UTC)
    story = "<article><h1>The city council approves the new budget</h1>"
    # A sidebar's latest item, dated with a <time>, the day before.
    latest = (
        "<div class='sidebar'><h3>Latest</h3><div class='news-item'><time>07.06.2013 11:00</time>"
        "<a href='/x'>Latest thing that happened</a></div></div>"
    )
    assert published(f"{story}<p>The vote was close.</p></article>{latest}") == declared
    # The date of an event the text tells of.
    event = "<p>The festival, 5 June 2013 at 18:00, drew many.</p>"
    assert published(f"{story}{event}</article>") == declared
    # A line labelled "Published" still does.
    line = "<div class='meta'>Published 08-06-2013 06:25</div><p>The vote was close.</p>"
    assert published(f"{story}{line}</article>") == datetime(2013, 6, 8, 3, 25, tzinfo=UTC)
