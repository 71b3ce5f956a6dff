"""parse/article_dates.py: the publication date chosen by the witnesses that agree on it,
each rule on a page made for it (the first declared place gets each of them wrong)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from _article import jsonld, page

from aggregator.parse.article import read_article

#: A draft's date in the JSON-LD, the publication's in OpenGraph: they disagree by days.
DRAFT = jsonld({"@type": "NewsArticle", "headline": "H", "datePublished": "2023-11-03T10:25:00+00:00"})
PUBLISHED = '<meta property="article:published_time" content="2023-11-06T14:25:00+00:00">'


def read(head: str, body: str, url: str = "https://example.org/a/", lang: str = "en") -> object:
    return read_article(page(head, body, lang), url=url, timezone="Europe/Berlin")


def test_a_dateline_that_shows_the_day_only_settles_declared_dates_that_disagree() -> None:
    article = read(DRAFT + PUBLISHED, '<article><h1>H</h1><p class="date">6 November 2023</p></article>')
    assert article.published == datetime(2023, 11, 6, 14, 25, tzinfo=UTC)  # type: ignore[attr-defined]


def test_the_address_s_date_settles_declared_dates_that_disagree() -> None:
    article = read(
        DRAFT + PUBLISHED, "<article><h1>H</h1></article>", url="https://example.org/2023/11/06/h/"
    )
    assert article.published == datetime(2023, 11, 6, 14, 25, tzinfo=UTC)  # type: ignore[attr-defined]


def test_without_a_witness_the_first_declared_place_is_kept() -> None:
    article = read(DRAFT + PUBLISHED, "<article><h1>H</h1></article>")
    assert article.published == datetime(2023, 11, 3, 10, 25, tzinfo=UTC)  # type: ignore[attr-defined]


def test_the_article_s_day_only_dateline_comes_before_a_comment_s_timed_line() -> None:
    body = (
        '<div><h1>H</h1><p class="common_date">26 Sep 2011</p><p>Text.</p></div>'
        '<div class="responses"><p class="common_date">Posted by: Jane, 27 Sep 2011 | 15:22</p></div>'
    )
    article = read_article(page("", body, "en"), url="https://example.org/a/", timezone="Europe/London")
    assert article.published.astimezone(ZoneInfo("Europe/London")).date() == date(2011, 9, 26)  # type: ignore[union-attr]
    assert article.day_only


def test_a_declared_date_the_address_and_the_dateline_contradict_gives_way_to_the_dateline() -> None:
    head = '<meta property="article:published_time" content="2009-09-02T00:00:00-04:00">'
    body = '<article><h1>H</h1><div class="entry-metadata date">On May 23, 2014 at 1:30 PM</div></article>'
    url = "https://example.org/blogs/the-eye/2014/05/how-to-pack.html"
    article = read_article(page(head, body, "en-US"), url=url, timezone="America/New_York")
    assert article.published == datetime(2014, 5, 23, 17, 30, tzinfo=UTC)


def test_a_related_list_s_date_is_another_article_s() -> None:
    body = (
        '<article><ul class="related"><li><time datetime="2024-02-01T10:00:00Z">Feb 1, 2024</time></li></ul>'
        '<h1>Headline here now</h1><time datetime="2024-03-03T09:00:00Z">March 3, 2024 9:00</time>'
        '<p>Text.</p><aside><time datetime="2024-02-02T10:00:00Z">Feb 2, 2024 10:00</time></aside></article>'
    )
    article = read_article(page("", body, "en"), url="https://example.org/a/", timezone="UTC")
    assert article.published == datetime(2024, 3, 3, 9, 0, tzinfo=UTC)


def test_a_dateline_with_a_double_hyphen_and_the_time_in_another_zone_reads_the_first() -> None:
    # "May 24, 2016 -- 13:30 GMT (06:30 PDT)": "--" is a dash; the parentheses give the same
    # time in another zone, which the date reader would have applied to the first clock.
    body = (
        '<article><h1>H</h1><p class="byline">By <a href="/meet-the-team/jane-doe/">Jane Doe</a> | '
        "May 24, 2016 -- 13:30 GMT (06:30 PDT) | Topic: Security</p><p>T</p></article>"
    )
    article = read("", body, url="https://example.org/article/h/")
    assert article.published == datetime(2016, 5, 24, 13, 30, tzinfo=UTC)  # type: ignore[attr-defined]


def test_an_aside_that_holds_the_headline_is_the_article_not_a_sidebar() -> None:
    # The whole article inside an <aside>: its dateline is the article's, not another one's
    # (a <meta name="datecreated"> of the page's migration years later is all else).
    head = '<meta name="datecreated" content="2019-05-07T17:00:52+02:00">'
    body = (
        '<main><aside class="direct-content"><section><header><h1>H</h1>'
        '<div class="ar-date">12.10.2015, 19:16 Uhr</div></header><p>T</p></section></aside>'
        '<aside class="sidebar"><div class="date">01.01.2019, 10:00 Uhr</div></aside></main>'
    )
    article = read(head, body, url="https://example.org/nachrichten_artikel,-h-_arid,1.html", lang="de")
    assert article.published == datetime(2015, 10, 12, 17, 16, tzinfo=UTC)  # type: ignore[attr-defined]


def test_a_line_labelled_first_published_gives_the_publication_beside_the_update() -> None:
    # The update's time shown first, unlabelled; the first publication's in a line that
    # says so, in an <aside> with the byline and no date class.
    body = (
        "<article><h1>Protesters hold out</h1><aside><address><a rel='author' href='/profile/jane'>"
        "Jane Doe</a></address><details><summary><span>Tue 29 Nov 2016 15.26 EST</span></summary>"
        "First published on Tue 29 Nov 2016 07.46 EST</details></aside><p>Text.</p></article>"
    )
    article = read_article(page("", body, "en"), url="https://example.org/a/", timezone="Europe/London")
    assert article.published == datetime(2016, 11, 29, 12, 46, tzinfo=UTC)  # type: ignore[attr-defined]


def test_a_utc_time_on_the_day_a_dateline_shows_alone_is_that_day_not_the_site_s_day_before() -> None:
    # Midnight past a minute in UTC is still 3 February in California; the page shows the 4th.
    head = '<meta property="article:published_time" content="2020-02-04T00:01:00Z">'
    body = (
        '<article><h1>H</h1><p class="meta">'
        '<time datetime="2020-02-04T00:01:00Z">February 4, 2020</time></p></article>'
    )
    article = read_article(
        page(head, body, "en"), url="https://example.org/a/", timezone="America/Los_Angeles"
    )
    assert article.published.astimezone(ZoneInfo("America/Los_Angeles")).date() == date(2020, 2, 4)  # type: ignore[union-attr]
    assert article.day_only


def test_a_timed_dateline_keeps_the_declared_utc_time() -> None:
    head = '<meta property="article:published_time" content="2020-02-04T00:01:00Z">'
    body = '<article><h1>H</h1><p class="meta"><time>February 3, 2020 4:01 pm</time></p></article>'
    article = read_article(
        page(head, body, "en"), url="https://example.org/a/", timezone="America/Los_Angeles"
    )
    assert article.published == datetime(2020, 2, 4, 0, 1, tzinfo=UTC)  # type: ignore[attr-defined]
    assert not article.day_only


def test_without_metadata_a_date_that_opens_the_text_before_a_dash_is_the_dateline() -> None:
    body = (
        "<nav><p>Common Conditions</p></nav><h1>Babies who eat peanuts early may avoid allergy</h1>"
        '<div class="byline">By Jane Doe</div><p></p>'
        "<p>Feb. 23, 2015 -- Life-threatening peanut allergies have risen in children.</p><p>More.</p>"
    )
    article = read_article(page("", body, "en"), url="https://example.org/a/", timezone="America/New_York")
    assert article.published.astimezone(ZoneInfo("America/New_York")).date() == date(2015, 2, 23)  # type: ignore[union-attr]
    assert article.day_only


def test_a_place_may_come_before_the_text_s_opening_date() -> None:
    body = "<h1>Markets rally on the news today</h1><p>NEW YORK, March 3, 2019 — Stocks rose.</p>"
    article = read_article(page("", body, "en"), url="https://example.org/a/", timezone="America/New_York")
    assert article.published.astimezone(ZoneInfo("America/New_York")).date() == date(2019, 3, 3)  # type: ignore[union-attr]


def test_a_bare_timestamp_under_the_headline_gives_the_time_of_a_declared_day() -> None:
    head = '<meta name="publishdate" content="2023-11-17">' + jsonld(
        {"@type": "NewsArticle", "headline": "H", "datePublished": "2023-11-17"}
    )
    body = (
        "<h1>外国专家：中美合作共赢符合国际社会利益</h1>"
        '<div class="xinf-le">2023-11-17 15:13\u3000</div><p>文</p>'
    )
    article = read_article(page(head, body, "zh"), url="https://example.org/a/", timezone="Asia/Shanghai")
    assert article.published == datetime(2023, 11, 17, 7, 13, tzinfo=UTC)  # type: ignore[attr-defined]
    assert not article.day_only


def test_a_day_shown_alone_under_the_headline_that_is_the_modification_s_gives_its_time() -> None:
    # The first version's date declared as published; the page shows the revision's day,
    # in a classless <span>, with no "updated" beside it.
    head = jsonld(
        {
            "@type": "NewsArticle",
            "headline": "The partnership enabling open source",
            "datePublished": "2025-09-01T14:10:40+01:00",
            "dateModified": "2025-09-05T03:00:00-07:00",
        }
    )
    body = (
        "<article><h1>The partnership enabling open source</h1>"
        '<div class="card__info"><span>Sep 5, 2025</span><span>5 mins</span></div><p>Text.</p></article>'
    )
    article = read_article(page(head, body, "en"), url="https://example.org/a/", timezone="America/New_York")
    assert article.published == datetime(2025, 9, 5, 10, 0, tzinfo=UTC)  # type: ignore[attr-defined]


def test_a_bare_day_elsewhere_comes_after_the_byline_s_dateline() -> None:
    body = (
        "<div><span>Jun 01, 2016</span></div><h1>Cloud spending keeps rising this year</h1>"
        '<div class="author-box"><a rel="author" href="/author/kelly">Kelly Sheridan</a>'
        " 5/24/2016 02:05 PM</div>"
        "<p>Text.</p><div><span>Jun 02, 2016</span></div>"
    )
    article = read_article(page("", body, "en-US"), url="https://example.org/a/", timezone="America/New_York")
    assert article.published.astimezone(ZoneInfo("America/New_York")).date() == date(2016, 5, 24)  # type: ignore[union-attr]


def test_a_reader_s_comment_s_time_is_not_the_article_s_date() -> None:
    # The post shows its day in text only; the one <time datetime> is a comment's, two years on.
    body = (
        '<div class="article"><h1>Wie entsteht Regen?</h1><p>Regen fällt.</p>'
        '<p class="info">12.03.2013</p>'
        '<div class="comment_default"><p class="info">Leser schrieb: '
        '<time datetime="2015-06-02T09:10:00+00:00">02.06.2015 um 09:10 Uhr</time></p>'
        "<p>Toll!</p></div></div>"
    )
    article = read("", body, lang="de")
    assert article.published.astimezone(ZoneInfo("Europe/Berlin")).date() == date(2013, 3, 12)  # type: ignore[attr-defined]


def test_a_date_a_header_line_opens_with_before_its_links_is_the_dateline() -> None:
    # A blog theme prints the date bare, then categories and a comments link, with no date
    # class; the page declares nothing.
    body = (
        '<article><header class="entry-header"><h1 class="entry-title">Herbstspaziergang</h1>'
        '<div class="entry-meta"> Mi 7. Okt 2020, 09:45 | <span class="cat-links">'
        '<a href="/c/reisen/">REISEN</a></span> | <a href="#comments">2 Kommentare</a></div>'
        "</header><p>Text.</p></article>"
    )
    article = read("", body, lang="de")
    assert article.published == datetime(2020, 10, 7, 7, 45, tzinfo=UTC)  # type: ignore[attr-defined]


def test_a_dateline_minutes_before_the_one_declared_time_gives_the_time() -> None:
    # The CMS declares when it saved the record (22:08:20); readers are told 22:03.
    head = '<meta property="article:published_time" content="2022-05-03T22:08:20+02:00">'
    body = '<article><h1>H</h1><p class="date">Publicado el 03/05/2022 a las 22h03</p><p>Texto.</p></article>'
    article = read(head, body, lang="es")
    assert article.published == datetime(2022, 5, 3, 20, 3, tzinfo=UTC)  # type: ignore[attr-defined]


def test_a_dateline_minutes_after_the_declared_time_leaves_it() -> None:
    # Shown later than declared: an update's time, or the page's own; the declared one stays.
    head = '<meta property="article:published_time" content="2022-05-03T22:08:20+02:00">'
    body = '<article><h1>H</h1><p class="date">03/05/2022 22:41</p><p>Text.</p></article>'
    article = read(head, body)
    assert article.published == datetime(2022, 5, 3, 20, 8, 20, tzinfo=UTC)  # type: ignore[attr-defined]


def test_a_teaser_s_day_that_is_the_utc_day_gives_way_to_the_line_that_shows_the_time() -> None:
    # 02:10Z is 20:10 on the 26th in Honduras; a teaser's <article> (the only one: the story
    # is in none) shows the 27th.
    head = '<meta property="article:published_time" content="2022-04-27T02:10:09+00:00">'
    body = (
        '<article class="post"><h2><a href="/otra/">Toman carretera</a></h2><span class="date">27 abril, 2022'
        '</span></article><h1>Alertan contra fraudes</h1><div class="date">26 abril, 2022 - 8:10 pm</div>'
        "<p>Texto.</p>"
    )
    article = read_article(
        page(head, body, "es"), url="https://example.org/a/", timezone="America/Tegucigalpa"
    )
    assert article.published == datetime(2022, 4, 27, 2, 10, 9, tzinfo=UTC)


def test_a_dateline_with_its_time_before_a_plain_meta_s_later_day_is_the_publication() -> None:
    # <meta name="date"> (no schema's "published") a day after what the line under the
    # headline shows, its "published" label after the byline and a comma.
    body = (
        '<article><h1>Retrospectiva săptămânii politice</h1><div class="articleInfo">Articol de '
        '<a href="/">Redacția</a>, publicat in data de 08-06-2013, ora 06:25</div><p>Text.</p></article>'
    )
    article = read_article(
        page('<meta name="date" content="2013-06-09T16:12:53+03:00">', body, "ro"),
        url="https://example.org/stiri/1",
        timezone="Europe/Chisinau",
    )
    assert article.published == datetime(2013, 6, 8, 3, 25, tzinfo=UTC)
