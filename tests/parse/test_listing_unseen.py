"""Rules found on listing pages the extractor had not seen (branch listing5: a blog's home
page, a portal, a city portal, a magazine front with JSON-LD, a weblog under day lines, a
news front, a release list), each written small: a box of the list's kind around a carousel
is no teaser; a period of days is no date; a visible list showing more than the page's
JSON-LD is read instead of it; a rubric's or byline's "__name" is not the headline; a
weblog's day lines date its untitled and titled posts, linked by their permalink marks; a
blog's lead post beside its "river" and its avatar bylines; an <article> wrapping the page
and articles filed under a topic path; related headlines the list's teasers carry; what a
day line is; teasers written with the list's components in each section's box; a grid of
sections.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import lxml.html

from aggregator.parse import parse_document
from aggregator.parse.listing._days import is_day_block
from aggregator.parse.listing._document import Context
from aggregator.types import RawEntry

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


def entries(body: str, lang: str = "en") -> tuple[RawEntry, ...]:
    page = f"<html lang='{lang}'><head><title>Example</title></head><body>{body}</body></html>"
    return parse_document(
        page.encode(), url="https://news.example/", source_type="html", timezone="Europe/Berlin", now=NOW
    ).entries


def link(n: int) -> str:
    return f"https://news.example/item/show/63{n:04d}"


def news(n: int, kicker: str = "Stadtleben") -> str:
    return (
        f"<li id='portlet_{n}' class='item-full tpl-article box'><article><div class='media'>"
        f"<a href='/item/show/63{n:04d}'></a></div><div class='news-category'>{kicker}</div>"
        f"<h2><a href='/item/show/63{n:04d}'>Die Stadt meldet heute Neuigkeit Nummer {n}</a></h2>"
        f"<p>Ein kurzer Anriss der Meldung {n} mit einigen Worten mehr. "
        f"<a href='/item/show/63{n:04d}'>mehr...</a></p></article></li>"
    )


def test_a_box_of_the_lists_kind_around_a_carousel_is_not_a_teaser() -> None:
    # The carousel's wrapper shares the news items' class "box", its slides their component
    # class "item-full"; each slide's first heading is its kicker.
    kickers = {1: "Verkehr", 2: "Mehr Transparenz", 3: "Geschichte"}
    slides = "".join(
        f"<li id='portlet_{n}' class='item-full tpl-carousel'><article><dl class='image'><dt>"
        f"<a href='/item/show/63{n:04d}'></a></dt></dl><div class='text'>"
        f"<h1><a href='/item/show/63{n:04d}'>{kickers[n]}</a></h1>"
        f"<h2><a href='/item/show/63{n:04d}'>Aufmacher Nummer {n} der Stadt heute</a></h2>"
        f"<p>Der Anriss des Aufmachers mit ein paar Worten.</p><a href='/item/show/63{n:04d}'>mehr...</a>"
        "</div></article></li>"
        for n in (1, 2, 3)
    )
    pager = "".join(f"<a href='?tray={n}'>{n + 1}</a>" for n in range(3))
    body = (
        "<main><ul id='head' class='portletlist'><li id='carousel' class='box'>"
        "<article class='carousel portlet'>"
        f"<div class='browse-box'><div class='panel'>{pager}</div><ul class='portletlist'>{slides}</ul></div>"
        f"</article></li></ul><ul class='news portlet'>{''.join(news(n) for n in range(10, 17))}</ul></main>"
    )
    found = entries(body, "de")
    assert [e.link for e in found] == [link(n) for n in (1, 2, 3, *range(10, 17))]
    assert [e.title for e in found[:3]] == [f"Aufmacher Nummer {n} der Stadt heute" for n in (1, 2, 3)]


def test_a_period_of_days_is_no_date() -> None:
    # "13. bis 19. Oktober" in the kicker announces a festival: the card has no date.
    body = f"<main><ul class='news'>{''.join(news(n, '13. bis 19. Oktober') for n in range(4))}</ul></main>"
    found = entries(body, "de")
    assert len(found) == 4
    assert [e.published for e in found] == [None] * 4


def test_a_date_stays_a_date_beside_the_period_rule() -> None:
    body = f"<main><ul class='news'>{''.join(news(n, '19. Oktober 2026') for n in range(4))}</ul></main>"
    assert {e.published for e in entries(body, "de")} == {datetime(2026, 10, 19, 10, 0, tzinfo=UTC)}


def card(n: int, rubric: str = "The Big Interview", byline: str = "Jane Roe") -> str:
    return (
        f"<div class='summary-item'><a class='summary-item__image-link' href='/story/story-number-{n}/'>"
        f"<img src='/i/{n}.jpg' alt=''></a>"
        f"<div class='summary-item__content'>"
        f"<div class='rubric'><span class='rubric__name'>{rubric}</span></div>"
        f"<a class='summary-item__hed-link' href='/story/story-number-{n}/'>"
        f"<h3 class='summary-item__hed'>The headline of story number {n} as shown</h3></a>"
        f"<div class='summary-item__dek'>What story {n} is about, in one sentence.</div>"
        f"<p class='byline'><span class='byline__name'>{byline}</span></p></div></div>"
    )


def test_a_rubrics_or_bylines_name_is_not_the_headline() -> None:
    found = entries(f"<main><div class='river'>{''.join(card(n) for n in range(5))}</div></main>")
    assert [e.title for e in found] == [f"The headline of story number {n} as shown" for n in range(5)]
    assert {e.author for e in found} == {"Jane Roe"}


def test_a_visible_list_showing_more_than_the_json_ld_is_read_instead() -> None:
    # The ItemList names the first three cards under SEO titles; the page shows six, and one
    # story only the data names (a block the list's reading did not reach).
    declared = [*range(3), 9]
    data = {
        "@context": "https://schema.org",
        "@type": "ItemList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": i + 1,
                "url": f"https://news.example/story/story-number-{n}/",
                "name": f"SEO title {n}",
            }
            for i, n in enumerate(declared)
        ],
    }
    script = f"<script type='application/ld+json'>{json.dumps(data)}</script>"
    found = entries(f"{script}<main><div class='river'>{''.join(card(n) for n in range(6))}</div></main>")
    assert [e.link for e in found] == [
        f"https://news.example/story/story-number-{n}/" for n in (*range(6), 9)
    ]
    assert found[0].title == "The headline of story number 0 as shown"


def test_json_ld_naming_the_whole_list_is_still_read() -> None:
    data = {
        "@context": "https://schema.org",
        "@type": "ItemList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": n + 1,
                "url": f"https://news.example/story/story-number-{n}/",
                "name": f"Declared title {n}",
            }
            for n in range(5)
        ],
    }
    script = f"<script type='application/ld+json'>{json.dumps(data)}</script>"
    found = entries(f"{script}<main><div class='river'>{''.join(card(n) for n in range(5))}</div></main>")
    assert [e.title for e in found] == [f"Declared title {n}" for n in range(5)]


def note(day: str, n: int) -> str:
    """An untitled post: a paragraph with links in its prose, then its "#" permalink."""
    return (
        f"<div class='note'>I was reading <a href='https://other.example/{n}'>an essay about feeds</a> "
        f"this morning and it made me think of number {n}, which is worth a note."
        f"<span class='perma'><a href='/2026/11/{day}.html#a{n}' title='Direct link to this item.'>#</a>"
        "</span></div>"
    )


def titled(day: str, n: int) -> str:
    return (
        f"<div class='titled'><div class='head'><a href='/2026/11/{day}/{n}.html'>"
        f"<span>A titled post number {n}</span></a>"
        f"<span class='perma'><a href='/2026/11/{day}/{n}.html'>#</a></span></div>"
        f"<ul><li>It was broken since Sept 14. <a href='/2026/11/{day}/{n}.html#a1'>#</a></li>"
        f"<li>Read <a href='https://other.example/t{n}'>the whole thread</a> if you like.</li></ul></div>"
    )


def picture_note(day: str, n: int) -> str:
    """An untitled post with a picture and a link on a line of its own, then its "#"."""
    return (
        f"<div class='note'><img src='/i/{n}.png'>I test drove three cars today, number {n} among them."
        f"<br><a href='https://other.example/car-{n}'>The car of the day</a>"
        f"<span class='perma'><a href='/2026/11/{day}.html#a{n}' title='Direct link to this item.'>#</a>"
        "</span></div>"
    )


def test_a_weblogs_days_date_their_untitled_and_titled_posts() -> None:
    # Each day opens with its date, linked to the day's page, as a line of its own (no
    # heading); then untitled notes (prose, then "#") and titled posts.
    def day(n: int, posts: str) -> str:
        return (
            f"<div class='day'><div class='dayTitle'><a href='/2026/11/{n}.html'>"
            f"{WEEKDAYS[n]}, November {n}, 2026</a></div>{posts}</div>"
        )

    days = (
        day(25, f"{note('25', 1)}{note('25', 2)}{titled('25', 3)}{titled('25', 4)}")
        + day(24, titled("24", 5))
        + day(23, note("23", 6))
        + day(22, picture_note("22", 7))
        + day(21, f"{note('21', 8)}{titled('21', 9)}")
        + day(20, titled("20", 10))
    )
    found = entries(f"<div id='body'>{days}</div>")
    base = "https://news.example/2026/11/"
    assert [e.link for e in found] == [
        f"{base}25.html",  # the notes' permalinks, without their fragments
        f"{base}25/3.html",
        f"{base}25/4.html",
        f"{base}24/5.html",
        f"{base}23.html",
        f"{base}22.html",
        f"{base}21.html",
        f"{base}21/9.html",
        f"{base}20/10.html",
    ]
    assert [e.title for e in found[1:4]] == [f"A titled post number {n}" for n in (3, 4, 5)]
    # Noon of each day, in the source's zone (Europe/Berlin): the day line's date, not the
    # "since Sept 14" of a post's text.
    assert [e.published.day if e.published else None for e in found] == [25, 25, 25, 24, 23, 22, 21, 21, 20]


WEEKDAYS = {25: "Wednesday", 24: "Tuesday", 23: "Monday", 22: "Sunday", 21: "Saturday", 20: "Friday"}


def test_a_long_run_of_days_is_read_day_by_day() -> None:
    # Twelve days of one or two posts each: the days are the repeated blocks, each a day
    # line and its posts; the posts are the entries, not the days.
    days = "".join(
        f"<div class='day'><div class='dayTitle'><a href='/2026/11/{n}.html'>November {n}, 2026</a></div>"
        f"{titled(str(n), n)}{note(str(n), 100 + n) if n % 2 else ''}</div>"
        for n in range(25, 13, -1)
    )
    found = entries(f"<div id='body'>{days}</div>")
    base = "https://news.example/2026/11/"
    assert [e.link for e in found] == [
        link
        for n in range(25, 13, -1)
        for link in (f"{base}{n}/{n}.html", *([f"{base}{n}.html"] if n % 2 else []))
    ]
    assert {e.published.day for e in found if e.published} == set(range(14, 26))


NAMES = {12: "Mark Armstrong", 10: "Jenny Zhu", 8: "Aaron Douglas", 6: "Michelle Weber", 4: "Paul Sieminski"}


def river_post(n: int) -> str:
    return (
        f"<div class='post has-thumbnail' id='post-{n}'><div class='post-meta'>"
        f"<h2><a href='/2026/11/{n:02d}/a-post-about-feature-{n}/'>A post about feature number {n}</a></h2>"
        f"<div class='entrytext'><p>What feature {n} does for you, told in a sentence.</p></div>"
        f"<div id='comments-date'><span class='date'>November {n}, 2026</span></div>"
        f"<div id='wpcom-author'><img class='avatar' src='/a/{n}.png' width='64'><p>{NAMES[n]}</p></div>"
        "</div></div>"
    )


def test_a_blogs_lead_post_apart_its_avatar_bylines_and_its_archive_button() -> None:
    # The lead post sits in a block of its own above the "river" (the list's container is
    # named so, the lead's is not); its date and byline sit beside its headline's block. The
    # bylines are a name under an avatar in a block whose id names the author. A button to the
    # year's archive closes the river.
    lead = (
        "<div id='post-focus' class='post-99 home'><div class='post-title-top'>"
        "<h2 class='post-title'><a href='/2026/11/20/the-lead-post-of-the-week/'>"
        "The lead post of the week</a></h2>"
        "<div class='entry'><p>Why this post leads the page, in a sentence.</p></div></div>"
        "<div class='post-meta-top'><span class='date'>November 20, 2026</span>"
        "<p class='post-author-name'>Lead Writer</p></div></div>"
    )
    river = f"<div id='post-river'>{''.join(river_post(n) for n in range(12, 2, -2))}"
    river += "<div id='home-nav'><a class='button' href='/2026/'>All Posts from 2026</a></div></div>"
    found = entries(f"<div id='blog-home'>{lead}{river}</div>")
    assert [e.link for e in found] == [
        "https://news.example/2026/11/20/the-lead-post-of-the-week/",
        *(f"https://news.example/2026/11/{n:02d}/a-post-about-feature-{n}/" for n in range(12, 2, -2)),
    ]
    assert [e.author for e in found] == [
        "Lead Writer",
        *(NAMES[n] for n in range(12, 2, -2)),
    ]
    assert [e.published.day if e.published else None for e in found] == [20, 12, 10, 8, 6, 4]


def cover(path: str, title: str) -> str:
    return (
        f"<article class='cover'><div class='cover__image'>"
        f"<a href='{path}'><img src='/i.jpg' alt=''></a></div>"
        f"<h3><a href='{path}'><div>{title}</div></a></h3><div>A teaser of the story, in a sentence.</div>"
        f"<div class='cover__link'><a href='{path}'>Read more</a></div></article>"
    )


def test_lone_cards_filed_under_a_topic_path_inside_a_page_wide_article() -> None:
    # A CMS wraps the whole content in an <article>; groups of cards in sliders, and single
    # cards standing alone between the groups, their articles filed under /en/topic/….
    def group(g: int) -> str:
        slides = "".join(
            f"<div class='slide-item'>"
            f"{cover(f'/en/topic/politics/slider-story-{g}-{n}', f'Slider story {g} number {n}')}</div>"
            for n in range(6)
        )
        slider = f"<div class='slider'>{slides}</div>"
        return f"<div class='cover-group'><div class='group-container'>{slider}</div></div>"

    def lone(n: int) -> str:
        card = cover(f"/en/topic/life/lone-story-number-{n}", f"Lone story number {n}")
        return f"<div class='paragraph'>{card}</div>"

    content = "".join(group(g) + lone(g) for g in range(3))
    found = entries(
        f"<main><article class='topic page'><div class='paragraphs'>{content}</div></article></main>"
    )
    assert [e.link for e in found] == [
        link
        for g in range(3)
        for link in (
            *(f"https://news.example/en/topic/politics/slider-story-{g}-{n}" for n in range(6)),
            f"https://news.example/en/topic/life/lone-story-number-{g}",
        )
    ]
    assert found[-1].title == "Lone story number 2"


def teaser(n: int, related: int) -> str:
    items = "".join(
        f"<li><a href='/politik/related-story-{n}-{r}-a-12{n}{r}.html'>"
        f"Related headline {r} to story {n}</a></li>"
        for r in range(related)
    )
    return (
        f"<div class='teaser'><div class='clearfix'><h2 class='article-title'>"
        f"<a href='/politik/story-number-{n}-a-100{n}.html'><span class='intro'>Kicker {n}</span> "
        f"<span class='headline'>The headline of story {n}</span></a></h2>"
        f"<p class='article-intro'>What story {n} tells, in a sentence or two.</p></div>"
        + (f"<ul class='article-list'>{items}</ul>" if related else "")
        + "</div>"
    )


def test_the_related_headlines_the_lists_teasers_carry_are_entries() -> None:
    teasers = "".join(teaser(n, 2 if n % 2 else 0) for n in range(5))
    found = entries(f"<main><div class='column-wide'>{teasers}</div></main>", "de")
    assert [e.link for e in found] == [
        link
        for n in range(5)
        for link in (
            f"https://news.example/politik/story-number-{n}-a-100{n}.html",
            *(
                f"https://news.example/politik/related-story-{n}-{r}-a-12{n}{r}.html"
                for r in range(2 if n % 2 else 0)
            ),
        )
    ]
    assert found[2].title == "Related headline 0 to story 1"


def test_a_day_line_is_a_whole_day_opening_its_block() -> None:
    # What opens a block and is read as the day its posts were published: a weekday, a day,
    # a month and a year, linked or not; not an age, a link's address with a date in it, a
    # time of day, or a paragraph.
    ctx = Context(base="https://news.example/", timezone="UTC", now=NOW, day_first=True, lang="en")

    def opening(line: str) -> Any:
        return lxml.html.fromstring(f"<div>{line}<div class='post'><a href='/p'>A post</a></div></div>")[0]

    assert is_day_block(opening("<div><a href='/2026/11/20.html'>Friday, November 20, 2026</a></div>"), ctx)
    assert is_day_block(opening("<div class='day'>20 November 2026</div>"), ctx)
    for line in (
        "<div>Added 10 months ago</div>",
        "<div><a href='https://www.php.net/'>PHP 7.4 Release News</a>"
        " www.php.net/archive/2019.php#2019-11-28</div>",
        "<div>14:05 Uhr, 20. November 2026</div>",
        "<p>Friday, November 20, 2026</p>",
        "<h2>Friday, November 20, 2026</h2>",
    ):
        assert not is_day_block(opening(line), ctx), line


def test_teasers_written_with_the_lists_components_in_each_sections_box() -> None:
    # The lead column's teasers (<h2 class=article-title>, a related <ul class=article-list>)
    # and, further down in boxes of another markup, each section's lead teaser and list of
    # headlines written with the same components; a sidebar's list of them stays out.
    def box(section: str) -> str:
        rows = "".join(
            f"<li><a href='/{section}/section-story-{n}-a-20{n}.html'>"
            f"Section {section} headline number {n}</a></li>"
            for n in range(3)
        )
        return (
            f"<div class='module-box {section}'>"
            f"<div class='box-header'><a href='/{section}/'>{section}</a></div>"
            f"<div class='box-body'><div class='column-small'><a href='/{section}/sub/'>Sub</a></div>"
            f"<div class='column-wide'><div class='box-top'><h2 class='article-title'>"
            f"<a href='/{section}/section-lead-a-300.html'>"
            f"<span class='headline'>The {section} lead story</span></a>"
            f"</h2><p>What happened in {section}. <span class='author'>Von Anna Roth</span> "
            f"<a href='/{section}/section-lead-a-300.html'>mehr...</a> "
            f"[ <a href='/forum/{section}/the-lead-story-thread-{section}-1.html'>Forum</a> ]</p></div>"
            f"<ul class='article-list'>{rows}</ul></div></div></div>"
        )

    teasers = "".join(teaser(n, 2 if n % 2 else 0) for n in range(5))
    sidebar = (
        "<div class='sidebar'><div class='asset-box'><h3>Meistgelesen</h3><ul class='article-list'>"
        "<li><a href='/panorama/most-read-story-a-900.html'>A most read story of the day</a></li>"
        "<li><a href='/panorama/another-most-read-a-901.html'>Another most read story here</a></li>"
        "</ul></div></div>"
    )
    body = (
        f"<main><div class='column-wide'>{teasers}</div>{sidebar}"
        f"<div class='boxes'>{box('sport')}<div class='ad'></div>{box('kultur')}</div></main>"
    )
    found = entries(body, "de")
    links = [e.link.removeprefix("https://news.example/") for e in found]
    assert links[-8:] == [
        *(
            link
            for section in ("sport", "kultur")
            for link in (
                f"{section}/section-lead-a-300.html",
                *(f"{section}/section-story-{n}-a-20{n}.html" for n in range(3)),
            )
        )
    ]
    assert not any("most-read" in link for link in links)
    lead = next(e for e in found if e.link.endswith("sport/section-lead-a-300.html"))
    assert (lead.title, lead.author) == ("The sport lead story", "Anna Roth")


def test_a_grid_of_sections_each_a_few_headlines_comes_with_the_list() -> None:
    # Below the list of cards, a grid of sections: each block a section's label, its lead
    # (a picture and a headline) and two more headlines. Too small alone to be the list, a
    # container of lists as a whole; the same blocks in a sidebar stay out.
    def section(name: str) -> str:
        heds = "".join(
            "<div class='hed-container'>"
            + (f"<div class='rubric'><a href='/category/{name}/'>{name}</a></div>" if n == 0 else "")
            + f"<a href='/story/{name}-story-number-{n}'>"
            + f"<h2>A {name} story, number {n} of three</h2></a></div>"
            for n in range(3)
        )
        return f"<div class='item-container'>{heds}</div>"

    grid = (
        "<div class='grid'>"
        + "".join(section(name) for name in ("business", "culture", "science", "security"))
        + "</div>"
    )
    side = (
        "<aside><div class='grid'>"
        + "".join(section(name) for name in ("ads", "deals", "more"))
        + "</div></aside>"
    )
    found = entries(f"<main><div class='river'>{''.join(card(n) for n in range(6))}</div>{grid}</main>{side}")
    links = [e.link.removeprefix("https://news.example/") for e in found]
    assert links == [
        *(f"story/story-number-{n}/" for n in range(6)),
        *(
            f"story/{name}-story-number-{n}"
            for name in ("business", "culture", "science", "security")
            for n in range(3)
        ),
    ]


def test_a_numeric_date_keeps_its_time_after_at_in_the_pages_language() -> None:
    # "am 04.12.2026 um 14:05 Uhr", "04/12/2026 alle 14:05", "às 14h05", "om 14:05": the time
    # after the word for "at" is the date's (read in the source's zone, Europe/Berlin).
    for lang, text in (
        ("de", "am 04.12.2026 um 14:05 Uhr"),
        ("it", "04/12/2026 alle 14:05"),
        ("pt", "04/12/2026 às 14h05"),
        ("nl", "4 december 2026 om 14:05"),
    ):
        ctx = Context(
            base="https://news.example/", timezone="Europe/Berlin", now=NOW, day_first=True, lang=lang
        )
        assert ctx.date(text) == datetime(2026, 12, 4, 13, 5, tzinfo=UTC), text


def test_an_age_in_days_is_that_day_at_noon_not_a_time_taken_from_the_clock() -> None:
    # "2 days ago" names a day, as "yesterday" does: noon of that day in the source's zone,
    # the same at every reading of the page; an age in hours keeps its time.
    ctx = Context(base="https://news.example/", timezone="Europe/Berlin", now=NOW, day_first=True, lang="en")
    assert ctx.date("2 days ago") == datetime(2026, 11, 24, 11, 0, tzinfo=UTC)
    assert ctx.date("il y a 3 jours") == datetime(2026, 11, 23, 11, 0, tzinfo=UTC)
    assert ctx.date("2 hours ago") == datetime(2026, 11, 26, 10, 0, tzinfo=UTC)


def test_a_byline_labelled_author_in_the_pages_language() -> None:
    for line, name in (
        ("Autor: Hans Müller", "Hans Müller"),
        ("Auteur : Claire Dubois", "Claire Dubois"),
        ("Author: Jane Doe · 20 November 2026", "Jane Doe"),
        ("Autore: Marco Rossi", "Marco Rossi"),
    ):
        cards = "".join(
            f"<article><h2><a href='/2026/11/2{n}/a-story-about-things-{n}/'>"
            f"A story about things number {n}</a></h2><p class='meta'>{line}</p>"
            "<p>What the story says, in a sentence or two here.</p></article>"
            for n in range(4)
        )
        assert {e.author for e in entries(f"<main>{cards}</main>")} == {name}, line


def test_a_date_line_showing_the_update_and_the_publication_gives_the_publication() -> None:
    for line in (
        "Updated: Nov 25, 2026 · Published: Nov 20, 2026",
        "Published Nov 20, 2026 | Updated Nov 25, 2026",
    ):
        cards = "".join(
            f"<article><h2><a href='/2026/11/2{n}/a-story-about-things-{n}/'>"
            f"A story about things number {n}</a></h2><div class='meta'>{line}</div>"
            "<p>What the story says, in a sentence or two here.</p></article>"
            for n in range(4)
        )
        found = entries(f"<main>{cards}</main>")
        assert {e.published.date() for e in found if e.published} == {datetime(2026, 11, 20).date()}, line


def test_a_tooltips_exact_date_inside_the_date_line_wins_over_its_rounder_text() -> None:
    cards = "".join(
        f"<article><h2><a href='/2026/11/2{n}/a-story-about-things-{n}/'>"
        f"A story about things number {n}</a></h2><div class='meta'>By Jane Doe · "
        f"<span title='2026-11-2{n}T09:00:00Z'>{6 - n} days ago</span></div>"
        "<p>What the story says, in a sentence or two here.</p></article>"
        for n in range(4)
    )
    found = entries(f"<main>{cards}</main>")
    assert [e.published for e in found] == [datetime(2026, 11, 20 + n, 9, 0, tzinfo=UTC) for n in range(4)]
