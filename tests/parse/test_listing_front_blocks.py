"""A news front page's blocks of teasers of other shapes than its list (issue 12: recall on
fronts), written small: teasers without a class of their own known by their list's
component class (one <ul class=bulletbin> in the top stories and in every bin) or by their
card's markup (a link around a picture and a caption, in each rubric), and lead stories
marked as <article> outside the list. Sidebars, boxes headed "Most popular", comments, menus
and a block's promotions of non-articles stay out.
"""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document
from aggregator.types import RawEntry

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


def entries(body: str) -> tuple[RawEntry, ...]:
    return parse_document(
        body.encode(), url="https://news.example/", source_type="html", timezone="UTC", now=NOW
    ).entries


def story(section: str, n: int) -> str:
    return f"https://news.example/2026/11/26/{section.lower()}/a-story-about-things-{n}/index.html"


def bullets(section: str, count: int, start: int = 0) -> str:
    return "".join(
        f"<li><a href='{story(section, n)}'>{section} headline number {n} of the day</a></li>"
        for n in range(start, start + count)
    )


def test_teasers_without_a_class_are_known_by_their_lists_component_class() -> None:
    top = (
        "<div id='top'><div class='lead'><h2><a href='/'>Top stories</a></h2>"
        f"<div><ul class='bulletbin'>{bullets('Top', 3)}</ul></div>"
        f"<div><ul class='bulletbin'>{bullets('Top', 3, 10)}"
        # A promotion in the block: a topic page, not an article.
        "<li><a href='/topics/12345'>Send us your pictures of the storm</a></li></ul></div></div></div>"
    )
    bins = (
        "<div class='bins'><div class='bin'><div class='bincontent'><h4>World</h4>"
        f"<ul class='bulletbin'>{bullets('World', 8)}</ul></div></div>"
        "<div class='bin popbin'><div class='bincontent'><h4><a href='/mostpopular'>MOST POPULAR</a></h4>"
        f"<ul class='bulletbin'>{bullets('Popular', 4)}</ul></div></div></div>"
    )
    menu = f"<nav><ul class='bulletbin'>{bullets('Menu', 4)}</ul></nav>"
    found = entries(f"<html lang='en'><body>{menu}<div id='main'>{top}{bins}</div></body></html>")
    assert [e.link for e in found] == [
        *(story("Top", n) for n in (0, 1, 2, 10, 11, 12)),
        *(story("World", n) for n in range(8)),
    ]


def card(section: str, n: int, caption: str = "figcaption") -> str:
    return (
        f"<a href='{story(section, n)}'><figure><img src='/img/{section}-{n}.jpg' alt=''>"
        f"<{caption}>{section}: a headline in a caption, number {n}</{caption}></figure></a>"
    )


def test_cards_without_a_class_are_known_by_their_markup_in_every_rubric() -> None:
    une = "<section class='une'><div class='titres'>" + "".join(
        card("Une", n)
        .replace("<figcaption>", "<figcaption><h3>")
        .replace("</figcaption>", "</h3></figcaption>")
        for n in range(6)
    )
    une += "</div></section>"
    rubrics = "".join(
        f"<section class='rubric'><header><h1>{name}</h1></header><div class='grid'>"
        f"<div class='col'>{card(name, 1)}{card(name, 2)}</div></div></section>"
        for name in ("Politique", "Culture")
    )
    # A menu of bare links in the content, and the same cards in the footer, stay out.
    menu = "<div class='rubriques'>" + "".join(
        f"<a href='/2026/{w.lower()}/index.html'>{w} et les autres</a>"
        for w in ("Sport", "Sciences", "Idées")
    )
    menu += "</div>"
    footer = f"<footer><div class='col'>{card('Pied', 1)}{card('Pied', 2)}</div></footer>"
    page = f"<html lang='fr'><body><div id='content'>{une}{menu}{rubrics}</div>{footer}</body></html>"
    found = entries(page)
    assert [e.link for e in found] == [
        *(story("Une", n) for n in range(6)),
        *(story(name, n) for name in ("Politique", "Culture") for n in (1, 2)),
    ]
    assert found[-1].title == "Culture: a headline in a caption, number 2"


def test_lead_stories_marked_as_articles_outside_the_list() -> None:
    lead = (
        f"<article class='lead'><a href='{story('Lead', 1)}'>"
        "<h1>The lead story of the day, told at length</h1>"
        "<img src='/lead.jpg' alt=''></a><p>What happened, in one sentence.</p></article>"
    )
    river = "<ul class='river'>" + "".join(
        f"<li><h3><a href='{story('River', n)}'>River story number {n} with a headline</a></h3>"
        f"<span class='date'>26 November 2026</span></li>"
        for n in range(6)
    )
    river += "</ul>"
    opening = (
        f"<section class='section'><h2>Culture</h2><article><h3><a href='{story('Culture', 1)}'>"
        "The section's opening story, with its headline</a></h3></article></section>"
    )
    left_out = (
        # too short a headline, a tag page, a comment, a sidebar's story
        f"<article><h3><a href='{story('Short', 1)}'>Watch live</a></h3></article>"
        "<article><h3><a href='/tag/politics/'>More news about politics today</a></h3></article>"
        f"<section class='comments'><article><p><a href='{story('Lead', 1)}#c-1'>A reader wrote "
        "something long enough to be a headline</a></p></article></section>"
    )
    sidebar = (
        f"<aside><article><h3><a href='{story('Side', 1)}'>A story in the sidebar, with its headline</a>"
        "</h3></article></aside>"
    )
    page = f"<html lang='en'><body><main>{lead}{river}{opening}{left_out}</main>{sidebar}</body></html>"
    found = entries(page)
    assert [e.link for e in found] == [
        story("Lead", 1),
        *(story("River", n) for n in range(6)),
        story("Culture", 1),
    ]
    assert found[0].title == "The lead story of the day, told at length"


def test_lead_stories_each_in_a_block_of_its_own_shape_above_the_list() -> None:
    # A front page's openers: not repeated (an opener with a picture, a column of shorter
    # teasers, an opinion row), each a block around one headline, above the sections' lists.
    kick = "<div class='kick'><a class='kicker' href='/politik/'>Politik</a></div>"
    leads = (
        f"<div id='content'><div class='fl'><div class='mod04'>{kick}<h2><a href='{story('Lead', 1)}'>"
        f"The opener of the day, told at length</a></h2>"
        f"<a href='{story('Lead', 1)}'><img src='/1.jpg' alt=''></a>What happened."
        f"<ul><li><a href='{story('Older', 1)}'>An older story on the same topic</a></li></ul></div>"
        f"<div class='col'><div class='mod3'>{kick}<h2><a href='{story('Lead', 2)}'>"
        f"A second story in the right column</a></h2>"
        "<div class='content'>Its teaser text.</div></div></div></div>"
        f"<div class='fl'><div class='mod_meinung'><a class='kicker' href='/meinung/'>Leitartikel</a>"
        f"<h3><a href='{story('Opinion', 1)}'>An opinion on what the day brought</a></h3>"
        "<cite>A. Writer</cite></div></div>"
        # Left out: a short headline, a box under its title, a paid piece.
        f"<div class='neu3'><h2><a href='{story('Short', 1)}'>Live</a></h2></div>"
        f"<div class='box top'><h3><a href='{story('Box', 1)}'>Our history: a book to order now</a></h3>"
        f"<div class='boxContent'><a href='{story('Box', 1)}'><img src='/b.jpg' alt=''></a></div></div>"
        "<div class='neu3'><h2><a href='/home/advertorial/4873495/gifts'>Gifts that come from the heart"
        "</a></h2></div></div>"
    )
    lists = "<div class='ressortlisten'>" + "".join(
        f"<div class='ressortliste'><h2>{name}</h2><ul>"
        + "".join(
            f"<li><h3><a href='{story(name, n)}'>{name} story number {n} in the list</a></h3>"
            "<p>What the story says, in a sentence.</p></li>"
            for n in range(4)
        )
        + "</ul></div>"
        for name in ("Politik", "Wirtschaft")
    )
    lists += "</div>"
    found = entries(f"<html lang='de'><body>{leads}{lists}</body></html>")
    assert [e.link for e in found] == [
        story("Lead", 1),
        story("Lead", 2),
        story("Opinion", 1),
        *(story(name, n) for name in ("Politik", "Wirtschaft") for n in range(4)),
    ]
    assert found[0].title == "The opener of the day, told at length"
