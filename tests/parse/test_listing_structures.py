"""Listing structures the corpus's dev pages showed failing (issue 12, work item 1), each
written small: a definition list of entries, a table of title rows with metadata rows under
them, a list split in parts under day or topic headings (parts of one item included), link
posts and full articles mixed in one stream, a topic box holding several articles' links (a
container, not a teaser), full posts whose prose links many pages, bylines in headings and
after a by-word, machine dates in <abbr title>, and dates that are not the item's (a quoted
text's, an event's told in prose). Two pages are files (tests/data/listing_structures/), the
rest inline.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from aggregator.parse import parse_document
from aggregator.types import RawEntry

DATA = Path(__file__).parents[1] / "data" / "listing_structures"
NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


def entries(body: str | bytes, url: str = "https://blog.example/") -> tuple[RawEntry, ...]:
    data = body.encode() if isinstance(body, str) else body
    return parse_document(data, url=url, source_type="html", timezone="UTC", now=NOW).entries


def page(main: str) -> str:
    return (
        f"<html lang='en'><head><title>Example blog</title></head><body>"
        f"<nav><a href='/'>Home</a> <a href='/about/'>About</a></nav>"
        f"<main id='content'>{main}</main></body></html>"
    )


def test_table_rows_with_metadata_rows_are_one_entry_each() -> None:
    found = entries((DATA / "linkboard_rows.html").read_bytes(), "https://board.example/news")
    assert [(e.title, e.link, e.author) for e in found] == [
        (
            "A long story about compilers and their users",
            "https://example.org/a-long-story-about-compilers",
            "alice",
        ),
        ("Why tables still matter in 2026", "https://blog.example.net/why-tables-still-matter", "bob"),
        ("Ask: How do you keep notes?", "https://board.example/item?id=103", "carol"),
        (
            "Rail strike ends after nine days of talks",
            "https://news.example.com/2026/11/26/rail-strike-ends",
            "dave",
        ),
    ]
    # The machine date in the age's title (to the minute), not "3 hours ago".
    assert [e.published for e in found] == [
        datetime(2026, 11, 26, h, m, tzinfo=UTC) for h, m in ((8, 47), (8, 0), (6, 0), (5, 0))
    ]


def test_definition_list_terms_with_labelled_titles_and_authors() -> None:
    found = entries((DATA / "papers_dl.html").read_bytes(), "https://papers.example/list/cs.CL/recent")
    assert [(e.title, e.link, e.author) for e in found] == [
        (
            "Sparse Attention for Long Documents",
            "https://papers.example/abs/2611.00001",
            "Jane Doe, Richard Roe",
        ),
        ("A Benchmark of Multilingual Summarisation", "https://papers.example/abs/2611.00002", "Soo Kim"),
        ("Tokenizers Considered Harmful", "https://papers.example/abs/2611.00003", "Wei Li, Ana Ng"),
    ]
    # The day heading above the list: "Thu, 26 Nov 2026 (showing 3 of 3 entries)".
    assert {e.published.date() for e in found if e.published} == {NOW.date()}


def _linked_day(day: str, posts: list[tuple[str, str]]) -> str:
    items = "".join(
        f"<dt><a href='https://elsewhere.example/{slug}'>{title}</a> "
        f"<a class='permalink' href='/linked/{slug}'>★</a></dt>"
        f"<dd><p>Some words about {title.lower()}, and why they matter.</p></dd>"
        for slug, title in posts
    )
    return f"<h2 class='dateline'>{day}</h2><dl class='linkedlist'>{items}</dl>"


def test_a_list_split_under_day_headings_mixed_with_articles() -> None:
    article = (
        "<div class='article'><h1><a href='/2026/11/full-article-on-something'>A full "
        "article on something</a></h1><h6 class='dateline'>Tuesday, 24 November 2026"
        "</h6><p>The president, yesterday on his blog:</p><blockquote><p>Monday, "
        "3 November 2025</p></blockquote><p>Long text of the article goes here.</p>"
        "</div>"
    )
    html = page(
        _linked_day(
            "Wednesday, 25 November 2026",
            [
                ("one-link-post", "The first link post of the day"),
                ("two-link-post", "The second link post of the day"),
            ],
        )
        + article
        + _linked_day("Monday, 23 November 2026", [("lone-link-post", "A lone link post on its own day")])
    )
    found = entries(html)
    assert [(e.title, e.published.day if e.published else None) for e in found] == [
        ("The first link post of the day", 25),
        ("The second link post of the day", 25),
        ("A full article on something", 24),
        ("A lone link post on its own day", 23),
    ]
    assert found[0].link == "https://elsewhere.example/one-link-post"


def test_topic_boxes_are_containers_and_their_parts_all_come_in() -> None:
    def topic(name: str, slugs: list[str]) -> str:
        links = "".join(
            f"<div class='post'><a href='/2020/{s}'>{s.replace('-', ' ')}</a>"
            f"<div class='sub'>and why it is {s.split('-')[0]}.</div></div>"
            for s in slugs
        )
        return f"<div class='topic'>{name}:</div><div class='posts'>{links}</div>"

    html = page(
        topic(
            "Text and typing", ["people-love-typing", "building-a-parser-well", "can-there-be-a-good-markup"]
        )
        + topic("Time", ["my-family-tree", "calendar-design"])
        + topic("Software", ["software-is-3d", "should-we-stop", "vs-code"])
    )
    assert [e.link.rsplit("/", 1)[1] for e in entries(html)] == [
        "people-love-typing",
        "building-a-parser-well",
        "can-there-be-a-good-markup",
        "my-family-tree",
        "calendar-design",
        "software-is-3d",
        "should-we-stop",
        "vs-code",
    ]


def test_full_posts_linking_many_pages_from_their_prose_are_entries() -> None:
    prose = "".join(
        f"<p>I bought <a href='https://shop.example/item-{i}'>the thing number {i}"
        f"</a> last year, and it has held up well in daily use since then.</p>"
        for i in range(8)
    )
    listed = "".join(
        f"<li><a href='https://shop.example/band-{i}'>Band {i}</a> ($50) – I was "
        f"intrigued by this one for a long while before buying it.</li>"
        for i in range(5)
    )
    posts = "".join(
        f"<article class='post hentry'><h2 class='entry-title'><a href='/2016/0{i}/"
        f"post-{i}/'>Post {i}</a></h2><div class='entry-content'>{prose}<ul>"
        f"{listed}</ul></div><div class='entry-footer'>Written on February "
        f"{i + 10}th, 2016</div></article>"
        for i in range(1, 4)
    )
    found = entries(page(posts))
    assert [e.title for e in found] == ["Post 1", "Post 2", "Post 3"]
    assert [e.published.day for e in found if e.published] == [11, 12, 13]


def test_bylines_in_headings_and_after_a_by_word() -> None:
    cards = (
        "<div class='post'><h3>Linked by Dan Moren</h3><p class='dateline'>March 6, 2016"
        "</p><h1><a href='/link/2016/03/first-story-here/'>First story here today</a></h1>"
        "<p>Text of the first story.</p></div>"
        "<div class='post'><h3>By Jason Snell</h3><p class='dateline'>March 5, 2016</p>"
        "<h1><a href='/post/2016/03/second-story-here/'>Second story here today</a></h1>"
        "<p>Text of the second story, told by <a href='/about/'>Someone Else</a> in a "
        "sentence much longer than any byline ever is.</p></div>"
    )
    assert [(e.title, e.author) for e in entries(page(cards))] == [
        ("First story here today", "Dan Moren"),
        ("Second story here today", "Jason Snell"),
    ]


def test_profile_links_and_user_name_classes_are_authors() -> None:
    cards = (
        "<ul class='posts'>"
        "<li><h2><a href='/p/the-case-for-boring-trains'>The case for boring trains</a></h2>"
        "<time datetime='2026-11-20'>Nov 20</time> <a href='https://writers.example/@maya'>"
        "Maya Lindqvist</a></li>"
        "<li><h2><a href='/p/what-a-bus-lane-costs'>What a bus lane costs us</a></h2>"
        "<time datetime='2026-11-19'>Nov 19</time> <span class='user-name'>Theo Banks</span>"
        "</li></ul>"
    )
    assert [e.author for e in entries(page(cards))] == ["Maya Lindqvist", "Theo Banks"]


def test_abbr_title_is_the_machine_date() -> None:
    cards = "".join(
        f"<div class='post hentry'><h3 class='entry-title'><a href='/2026/11/post-{d}"
        f".html'>Recipe number {d} of the month</a></h3><p>Words about it.</p>"
        f"<abbr class='published' title='2026-11-{d:02d}T09:05:00-03:00'>09:05</abbr>"
        f"</div>"
        for d in (19, 12, 5)
    )
    assert [e.published for e in entries(page(cards))] == [
        datetime(2026, 11, d, 12, 5, tzinfo=UTC) for d in (19, 12, 5)
    ]


def test_the_next_page_and_the_home_page_are_not_entries() -> None:
    cards = "".join(
        f"<div class='noticia'><h2><a href='/economia/2026/11/{d}/noticia-{d}.html'>"
        f"Una noticia de economía del día {d}</a></h2><p>Texto.</p></div>"
        for d in (25, 24, 23)
    )
    html = page(
        f"<a href='/'><img src='/logo.png' alt=''></a>{cards}"
        f"<div class='paginacion'><a href='/economia/?pagina=2'>Siguiente ›</a></div>"
    )
    found = entries(html.replace("lang='en'", "lang='es'"), "https://diario.example/economia/")
    assert [e.link.rsplit("/", 1)[1] for e in found] == [
        "noticia-25.html",
        "noticia-24.html",
        "noticia-23.html",
    ]


def test_the_publication_date_wins_over_the_update_date_shown_first() -> None:
    card = (
        "<section class='teaser'>"
        "<h2><a href='/2026/11/story-{n}.html'>A story told at length {n}</a></h2>"
        "<p>Its teaser, a sentence long enough to be an excerpt.</p>"
        "<span class='date-maj'>"
        "<time datetime='2026-11-2{n}T10:00:00+01:00'>le 2{n}/11/2026 à 10:00</time></span>"
        "<span class='date-pub'>"
        "<time datetime='2026-11-1{n}T08:30:00+01:00'>le 1{n}/11/2026 à 08:30</time></span>"
        "</section>"
    )
    found = entries(page("".join(card.format(n=n) for n in (1, 2, 3))))
    assert [e.published for e in found] == [
        datetime(2026, 11, 1 * 10 + n, 7, 30, tzinfo=UTC) for n in (1, 2, 3)
    ]


def test_a_tag_link_longer_than_the_headline_is_not_the_entry() -> None:
    card = (
        "<div class='card'><div><a href='https://{site}/'>{name}</a><br><small>{site}</small></div>"
        "<div><a href='/guest/tags/7' class='btn'>password-manager</a></div>"
        "<div>Added <time-ago datetime='2026-11-2{n}T10:00:00+00:00' title='2026-11-2{n} 10:00'>"
        "2 days ago</time-ago></div></div>"
    )
    sites = [
        ("bitwarden.example", "Bitwarden"),
        ("zulip.example", "Zulip Team Chat - open source group chat"),
        ("dev.example", "How I built a web tool for gamers"),
        ("a11y.example", "a11yresources - A growing list of accessibility tools"),
        ("stumbled.example", "Stumbled - The greatest Sites of the Internet"),
        ("roads.example", "City Roads - render every road of a city"),
    ]
    found = entries(
        page(
            "<div class='links'>"
            + "".join(card.format(site=s, name=t, n=n) for n, (s, t) in enumerate(sites))
            + "</div>"
        ),
        "https://links.example/guest/links",
    )
    assert [(e.link, e.title) for e in found] == [(f"https://{s}/", t) for s, t in sites]


def test_an_inner_name_wins_over_a_wrapper_named_like_it_that_holds_the_date() -> None:
    rows = "".join(
        f"<li class='tracklist-row'><a href='/episode/{n}a7Fq93Lk'>"
        f"<div class='position'> {n}. </div><div class='track-name-wrapper'>"
        f"<span class='track-name'>Episode {n}: a conversation about the history of the place</span>"
        f"<span class='artists-albums'>2{n} Nov 2026</span></div>"
        f"<div class='duration'>43:5{n}</div></a></li>"
        for n in (3, 2, 1)
    )
    found = entries(page(f"<ol class='tracklist'>{rows}</ol>"), "https://podcasts.example/show/1")
    assert [(e.title, e.published) for e in found] == [
        (
            f"Episode {n}: a conversation about the history of the place",
            datetime(2026, 11, 20 + n, 12, 0, tzinfo=UTC),
        )
        for n in (3, 2, 1)
    ]


def test_a_list_written_flat_heading_date_and_text_reads_its_dates_and_excerpts() -> None:
    posts = "".join(
        f"<h2><a href='/2026/11/post-number-{n}.html'>A post about something interesting {n}</a></h2>"
        f"<p class='byline'>November {20 + n}, 2026</p>"
        "<p>Some text of the post that goes on for a while, long enough to be prose.</p>"
        for n in range(4)
    )
    found = entries(page(posts))
    assert [(e.title, e.published) for e in found] == [
        (f"A post about something interesting {n}", datetime(2026, 11, 20 + n, 12, 0, tzinfo=UTC))
        for n in range(4)
    ]
    assert all(e.summary and "long enough to be prose" in e.summary for e in found)


def test_title_and_metadata_divs_side_by_side_are_one_entry_each() -> None:
    rows = "".join(
        f"<div class='title'><a href='https://site{n}.example/story-about-thing-{n}'>"
        f"A story about an interesting thing {n}</a> <span class='domain'>(site{n}.example)</span></div>"
        f"<div class='meta'>{n + 1}0 points by <a href='/user/alice{n}'>alice{n}</a> {n + 1} hours ago"
        f" | <a href='/item?id={n}'>{n} comments</a></div>"
        for n in range(6)
    )
    found = entries(page(f"<div class='list'>{rows}</div>"), "https://news.example/")
    assert [(e.title, e.published, e.author) for e in found] == [
        (
            f"A story about an interesting thing {n}",
            datetime(2026, 11, 26, 11 - n, 0, tzinfo=UTC),
            f"alice{n}",
        )
        for n in range(6)
    ]


def test_a_page_listing_three_hundred_articles_gives_all_of_them() -> None:
    items = "".join(
        f"<li><a href='/papers/2612.{n:05}'>A paper about a long and careful study, number {n}</a>"
        f" <span class='date'>{1 + n % 28} Nov 2026</span></li>"
        for n in range(300)
    )
    assert len(entries(page(f"<ul class='papers'>{items}</ul>"))) == 300


def test_a_time_followed_by_its_zone_is_read_in_that_zone() -> None:
    stamps = ["Nov 24, 2026 3:30 PM ET", "Nov 23, 2026, 9:05 a.m. PT", "23 Nov 2026 15:30 GMT"]
    cards = "".join(
        f"<article><h2><a href='/2026/11/story-{n}.html'>A story told in a few words {n}</a></h2>"
        f"<p class='date'>{stamp}</p><p>Its teaser, a sentence long enough to be read.</p></article>"
        for n, stamp in enumerate(stamps)
    )
    found = entries(page(cards))
    assert [e.published for e in found] == [
        datetime(2026, 11, 24, 20, 30, tzinfo=UTC),
        datetime(2026, 11, 23, 17, 5, tzinfo=UTC),
        datetime(2026, 11, 23, 15, 30, tzinfo=UTC),
    ]


def test_a_time_apart_from_its_day_on_a_date_line() -> None:
    cards = "".join(
        f"<article><h2><a href='/2026/11/geschichte-{n}.html'>"
        f"Eine Geschichte in wenigen Worten {n}</a></h2>"
        f"<p class='date'>14:0{n} · {20 + n}. November</p>"
        "<p>Ein Satz, lang genug für einen Anriss.</p></article>"
        for n in range(3)
    )
    page_de = page(cards).replace("lang='en'", "lang='de'")
    found = parse_document(
        page_de.encode(),
        url="https://zeitung.example/",
        source_type="html",
        timezone="Europe/Berlin",
        now=NOW,
    ).entries
    assert [e.published for e in found] == [datetime(2026, 11, 20 + n, 13, n, tzinfo=UTC) for n in range(3)]
