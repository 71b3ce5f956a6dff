"""parse/article.py: rules written from the article corpus's dev pages added on branch article11
(snacktory's test pages, tests/parse/test_article_corpus.py), each tested here on a snippet:
today's date in the site's menu, a clock styled apart from its day, Drupal's "submitted"
line, a "recent posts" widget, a script's address that carries the article's path, a
self-closing ``<html/>``, "Produced by" credits, a "posted-by" byline and an arrow after a
name."""

from __future__ import annotations

from datetime import UTC, date, datetime

import lxml.html
from _article import page

from aggregator.parse.article import read_article
from aggregator.parse.article_chrome import in_site_chrome

URL = "https://www.example.org/news/story.html"


def _read(body: str, url: str = URL, tz: str = "America/New_York", head: str = "") -> object:
    return read_article(page(head, body, lang="en"), url=url, timezone=tz)


def _day(published: datetime | None, tz: str = "America/New_York") -> date | None:
    from zoneinfo import ZoneInfo

    return published.astimezone(ZoneInfo(tz)).date() if published else None


def test_today_s_date_in_the_site_s_menu_is_no_dateline() -> None:
    body = (
        '<div id="nav"><ul><li><a href="/">Home</a></li><li class="right date">April 15, 2011</li></ul></div>'
        "<div class=post><h1>Vacation rentals for reunions</h1>"
        '<div class="post-info"><p>November 29, 2010 | Author: <a href="/author/gal/">Gal</a></p></div>'
        "<p>Text of the post, long enough to be one.</p></div>"
    )
    article = _read(body)

    assert _day(article.published) == date(2010, 11, 29)  # type: ignore[attr-defined]


def test_the_headline_s_own_header_is_not_the_site_s() -> None:
    doc = lxml.html.fromstring(
        '<html><body><div class="header"><span class="date">Today</span></div>'
        '<div class="header"><h1>Headline</h1><span class="date">May 2, 2019</span></div></body></html>'
    )
    today, dateline = doc.xpath("//span[@class='date']")

    assert in_site_chrome(today)
    assert not in_site_chrome(dateline)


def test_an_article_s_entry_header_or_pager_is_no_site_chrome() -> None:
    doc = lxml.html.fromstring(
        '<html><body><h1>Headline</h1><div class="entry-header"><time>May 2, 2019</time></div>'
        '<div class="nav-links"><span class="date">May 1, 2019</span></div></body></html>'
    )

    assert not any(in_site_chrome(el) for el in doc.xpath("//time | //span"))


def test_a_clock_styled_apart_from_its_day_is_read_with_it() -> None:
    # The clock in a "time" span, the day in the text beside it (day first, as the site writes).
    body = (
        "<h1>Japanese rally against nuclear power</h1>"
        '<div class="data"><span class="time">17:08 </span>10/04/2011</div>'
        "<p>About 15,000 people took to the streets in Tokyo on Sunday.</p>"
    )
    article = _read(body, url="https://en.example.org/world/story.html", tz="Europe/Moscow")

    assert article.published == datetime(2011, 4, 10, 13, 8, tzinfo=UTC)  # type: ignore[attr-defined]
    assert not article.day_only  # type: ignore[attr-defined]


def test_drupal_s_submitted_line_is_a_dateline_and_recent_posts_are_other_articles() -> None:
    body = (
        '<h1 class="title">Kansas HIE to share data with CDC</h1>'
        '<span class="submitted">TOPEKA, KS | November 28, 2012</span>'
        "<p>Officials at the network announced Wednesday that they share data.</p>"
        '<div class="view view-recent-blogs"><div class="views-field-field-author-nid">'
        'November 29, 2012 | <a href="/blog/author/27556">David Harlow</a></div></div>'
    )
    article = _read(body)

    assert _day(article.published) == date(2012, 11, 28)  # type: ignore[attr-defined]
    assert article.authors == ()  # type: ignore[attr-defined]


def test_a_script_s_address_carries_the_article_s_date_in_its_query() -> None:
    # The CMS's <meta name="PUBDATE"> is the page's build; the address and the dateline agree.
    head = '<meta name="PUBDATE" content="Jan 07, 2011">'
    body = (
        "<h1>Foreclosure activity dips in California</h1>"
        '<p class="date">Wednesday, October 27, 2010</p><p>Foreclosure activity fell.</p>'
    )
    url = "http://www.example.com/cgi-bin/article.cgi?f=/c/a/2010/10/26/BUD61G2DBL.DTL"
    article = _read(body, url=url, tz="America/Los_Angeles", head=head)

    assert _day(article.published, "America/Los_Angeles") == date(2010, 10, 27)  # type: ignore[attr-defined]


def test_a_self_closing_html_start_tag_leaves_the_page_readable() -> None:
    body = (
        b'<!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml" />'
        b"<head><title>Six things - Example</title></head><body><article><header><h1>Six things</h1></header>"
        b'<address class="byline">By: <a rel="author" href="/members/mxy">Maxwell Yezpitelok</a></address>'
        b'<time datetime="2011-03-02T05:00:00-08:00" class="date">March 02, 2011</time>'
        b"<p>Social networking is here to stay.</p></article></body></html>"
    )
    article = read_article(body, url=URL)

    assert article.title == "Six things"
    assert article.authors == ("Maxwell Yezpitelok",)
    assert article.published == datetime(2011, 3, 2, 13, 0, tzinfo=UTC)


def test_a_site_s_produced_by_credit_is_no_byline() -> None:
    body = (
        "<h1>NBA Schoolyard Rankings</h1><h2>When in doubt, rank players.</h2>"
        "<p><em>by Brad Graham</em></p><p>There are dozens of ways to predict the title.</p>"
        '<p id="credit">Produced by <a href="http://www.example.net/">Net Theory</a>, a design company.</p>'
    )

    assert _read(body).authors == ("Brad Graham",)  # type: ignore[attr-defined]


def test_a_posted_by_element_is_a_byline_and_its_first_line_the_name() -> None:
    body = (
        "<h1>Rachel Dratch Met Her Baby Daddy At A Bar</h1>"
        '<div class="meta byline_article"><p><span class="posted-by">'
        '<a href="/profile/info/8077/?UID=8077">Ami Angelowicz</a><br/>4:20PM, 10/28/2010</span></p></div>'
        "<p>She is finally revealing who the father is.</p>"
    )

    assert _read(body).authors == ("Ami Angelowicz",)  # type: ignore[attr-defined]


def test_an_arrow_after_an_author_s_name_is_no_part_of_it() -> None:
    body = (
        "<h1>The Five Communications Trends</h1><p>On the fifth day of Christmas.</p>"
        '<div class="author-box"><a href="/author/jane-doe/" rel="author">'
        'View all posts by Jane Doe <span class="meta-nav">→</span></a></div>'
    )

    assert _read(body).authors == ("Jane Doe",)  # type: ignore[attr-defined]


def test_a_recent_posts_widget_s_authors_are_no_byline() -> None:
    body = (
        "<h1>Kansas HIE to share data with CDC</h1><p>Officials announced Wednesday.</p>"
        '<div class="view view-recent-blogs"><div class="field-content">'
        'November 29, 2012 | <a href="/blog/author/27556">David Harlow</a></div></div>'
    )

    assert _read(body).authors == ()  # type: ignore[attr-defined]


def test_an_author_page_link_whose_name_ends_with_a_comma_before_the_role_is_the_byline() -> None:
    body = (
        '<div class="follow-me"><div class="title"><a href="/news/author/46811"><span>Erin McCann,</span></a>'
        " Associate Editor</div></div><h1>Kansas HIE to share data with CDC</h1><p>Officials announced.</p>"
    )

    assert _read(body).authors == ("Erin McCann",)  # type: ignore[attr-defined]


def test_a_chinese_headline_in_an_h2_that_the_title_names_is_the_headline() -> None:
    # No <h1> and no metadata: the <h2> the <title> repeats, its clauses spaced.
    headline = "缺少IT支持成跨境电商发展阻力 云计算或成突破工具"
    body = f'<h2 class="rich_media_title">{headline}</h2><em class="post-date">2015-07-27</em><p>正文。</p>'
    article = read_article(page("", body, lang="zh", title=headline), url=URL, timezone="Asia/Shanghai")

    assert article.title == headline


def test_a_short_chinese_heading_is_not_read_as_a_headline() -> None:
    from aggregator.parse.article_title import reads_as_headline

    assert not reads_as_headline("国际 新闻")
    assert reads_as_headline("缺少IT支持成跨境电商发展阻力 云计算或成突破工具")


def test_a_byline_written_as_text_gives_its_date_after_a_bar() -> None:
    # The CMS writes the UTC time (05:58, still 8 December in Chicago); readers are shown 9 December.
    head = '<meta property="article:published_time" content="2014-12-09T05:58:40+00:00">'
    body = (
        '<div class="post_home_header_text"><h1>The Five Communications Trends for 2015</h1></div>'
        '<div class="post_home_info_left">By: Jane Doe | December 9, 2014 |&nbsp;</div>'
        "<p>On the fifth day of Christmas, five trends.</p>"
    )
    article = _read(body, tz="America/Chicago", head=head)

    assert _day(article.published, "America/Chicago") == date(2014, 12, 9)  # type: ignore[attr-defined]


def test_two_first_names_joined_by_and_are_two_authors() -> None:
    from aggregator.parse.article_names import split_names

    assert split_names("Tiana and Lauren") == ["Tiana", "Lauren"]
    assert split_names("Jens und Lisa") == ["Jens", "Lisa"]
    assert split_names("Johnson and Johnson") == ["Johnson and Johnson"]
    assert split_names("Procter & Gamble") == ["Procter & Gamble"]


def test_a_meta_author_the_page_never_shows_gives_way_to_the_byline() -> None:
    head = '<meta name="author" content="Richard Owner">'
    body = (
        "<h1>Personal Touch Yields Startup Success</h1>"
        '<p class="meta">By <a href="/start/author/chris-cameron.php">Chris Cameron</a> / August 18, 2010</p>'
        "<p>In the heart of downtown Chandler sits a co-working space.</p>"
    )

    assert _read(body, head=head).authors == ("Chris Cameron",)  # type: ignore[attr-defined]


def test_a_meta_author_the_page_shows_stays() -> None:
    head = '<meta name="author" content="Richard Owner">'
    body = (
        "<h1>Personal Touch Yields Startup Success</h1>"
        '<p class="meta">By <a href="/start/author/chris-cameron.php">Chris Cameron</a> / August 18, 2010</p>'
        "<p>In the heart of downtown Chandler sits a co-working space.</p><p>Edited by Richard Owner.</p>"
    )

    assert _read(body, head=head).authors == ("Richard Owner",)  # type: ignore[attr-defined]
