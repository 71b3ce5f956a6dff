"""parse/article.py: rules written from the article corpus's dev pages on branch article18
(older pages with little or no embedded metadata): a date before a byline's "by", a lone dot
between the name and the category, a box of the author's links, a "Don't miss" box of other
articles' cards, and an author <meta> that repeats the publisher's."""

from __future__ import annotations

from datetime import UTC, datetime

from _article import page

from aggregator.parse.article import read_article

URL = "https://blog.example.org/2013/08/08/design-goals/"
HEADLINE = "Design Goals of a Small Language"


def _authors(body: str, head: str = "") -> list[str]:
    article = read_article(page(head=head, body=body, lang="en", title=HEADLINE), url=URL)
    return list(article.authors)  # type: ignore[attr-defined]


def test_a_date_before_the_by_of_a_byline_is_no_name() -> None:
    # "August 08, 2013 · by Jane Roe . in Internals": the name follows the "by", not the month.
    body = (
        f"<div class='sticky-header'><h1>{HEADLINE}</h1>"
        "<div class='byline'>August 08, 2013 · by Jane Roe . in <a href='/c#x'>Internals</a></div></div>"
        "<div class='entry-content'><p>During the last year we spoke at many conferences.</p></div>"
    )
    assert _authors(body) == ["Jane Roe"]


def test_a_box_of_the_author_s_links_holds_no_name() -> None:
    # "authorlinks" holds "View Staff Page" and "Follow me": the name is in the byline.
    body = (
        f"<div class='post'><h1 class='headline'>{HEADLINE}</h1>"
        "<h4 class='author single-author'><a class='name' href='#'>"
        "<span class='name'>Jane Roe</span></a></h4>"
        "<div class='post-time'>posted 30 mins ago</div>"
        "<div class='author-dropdown'><div class='authorlinks headline'>"
        "<a href='/author/jane-roe/'>View Staff Page</a> <a href='https://twitter.com/janeroe'>Follow me</a>"
        "</div></div><p>The text of the post.</p></div>"
    )
    assert _authors(body) == ["Jane Roe"]


def test_a_dont_miss_box_s_authors_are_other_articles() -> None:
    # A "Don't miss" box of other posts, each with its author's name, before the byline:
    # their authors are not the article's.
    body = (
        f"<div class='entry'><h1>{HEADLINE}</h1>"
        "<div class='snp_dont_miss_container'><div class='snp_dont_miss_author_name'>John Poe</div>"
        "<div class='snp_dont_miss_entry_title'>Another story</div></div>"
        "<div class='author'>Jane Roe</div><p>The text of the post.</p></div>"
    )
    assert _authors(body) == ["Jane Roe"]


def test_an_author_meta_that_repeats_the_publisher_s_names_no_writer() -> None:
    # <meta name=author> and <meta name=publisher> both "Behance", which the footer names too:
    # the byline names the writer.
    head = '<meta name="author" content="Behance"><meta name="publisher" content="Behance">'
    body = (
        f"<div id='article'><h1>{HEADLINE}</h1><p class='byline'>by <span class='name'>Jane K. Roe</span></p>"
        "<p>The text of the interview.</p></div><div id='footer'>Copyright Behance</div>"
    )
    assert _authors(body, head) == ["Jane K. Roe"]


def test_a_credits_line_naming_the_interviewer_then_the_photographer_names_the_writer() -> None:
    # "INTERVIEW BY A, PHOTO BY B" on a line of its own under the headline: A wrote it.
    body = (
        f"<div id='content'><h1>{HEADLINE}</h1><br>INTERVIEW BY JANE ROE, PHOTO BY JOHN POE<br>"
        "<br><i>For those of us who grew up in the eighties, this was seminal.</i><br>"
        "Q: How did the writing work? A: It did not, most days.</div>"
    )
    assert _authors(body) == ["JANE ROE"]


def test_a_slashed_date_s_two_digit_year_is_read_whole() -> None:
    # "10/16/12 at 1:13 PM" above the headline, no other date: 16 October 2012, 1:13 PM.
    body = (
        "<div class='entry'><ul class='meta metaTime'><li class='first'>10/16/12 at 1:13 PM</li></ul>"
        f"<h1>{HEADLINE}</h1><div class='by'>By Jane Roe</div><p>The text of the post.</p></div>"
    )
    article = read_article(page(body=body, lang="en", title=HEADLINE), url=URL, timezone="America/New_York")
    assert article.published == datetime(2012, 10, 16, 17, 13, tzinfo=UTC)  # type: ignore[attr-defined]
