"""The list told apart from carousels and boxes by the page's structure, not by names: class
names here are opaque tokens, as on pages written with utility classes or CSS-in-JS hashes
(test_listing_opaque_names measures the corpus so).
"""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document
from aggregator.types import RawEntry

NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)
BASE = "https://blog.example/"


def read(page: str) -> tuple[RawEntry, ...]:
    return parse_document(page.encode(), url=BASE, source_type="html", timezone="UTC", now=NOW).entries


def slide(n: int) -> str:
    return (
        f"<div class='qa'><img src='/big/{n}.jpg' alt=''><div class='qb'>"
        f"<h1><a href='/slide-story-number-{n}/'>Slide story number {n}</a></h1><p></p></div></div>"
    )


def post(n: int) -> str:
    return (
        f"<div class='qc'><h2><a href='/post-number-{n}-of-the-week/'>Post number {n} of the week</a></h2>"
        f"<time datetime='2026-11-{n + 1:02d}T10:00:00Z'>{n + 1} Nov 2026</time>"
        f"<img src='/small/{n}.jpg' alt=''></div>"
    )


#: A carousel of many slides above the page's <main>, which holds the posts.
CAROUSEL_PAGE = (
    "<html><body><div class='qd'>"
    f"<section><div class='qe'><div class='qf'>{''.join(slide(n) for n in range(40))}</div></div></section>"
    f"<div class='qg'><main class='qh'>{''.join(post(n) for n in range(6))}</main></div>"
    "</div></body></html>"
)


def test_a_carousel_beside_the_main_element_is_not_the_list() -> None:
    assert [e.title for e in read(CAROUSEL_PAGE)] == [f"Post number {n} of the week" for n in range(6)]


def test_role_main_marks_the_content_too() -> None:
    page = CAROUSEL_PAGE.replace("<main class='qh'>", "<div role='main' class='qh'>").replace(
        "</main>", "</div>"
    )
    assert [e.title for e in read(page)] == [f"Post number {n} of the week" for n in range(6)]


def teaser(n: int) -> str:
    return (
        f"<li class='ra'><article class='rb'><h2><a href='/articles/{700 + n}/'>A long read number {n}"
        f" about the city</a></h2><span>alice</span><time datetime='2026-11-{n + 1:02d}T09:00:00Z'>"
        f"{n + 1} Nov</time><div><p>What the council decided on the matter number {n}.</p></div>"
        "</article></li>"
    )


def news_box() -> str:
    rows = "".join(
        f"<li class='ra'><a href='/news/{900 + n}/'>Short news item number {n} of the day</a>"
        f"<time datetime='2026-12-0{1 + n % 4}T08:00:00Z'>08:00</time><p>A line of news {n} here.</p></li>"
        for n in range(12)
    )
    return (
        "<li class='ra'><div class='rc'><div class='rd'><a href='/news/'>News</a></div>"
        f"<ul class='re'>{rows}</ul></div></li>"
    )


def test_a_box_among_the_articles_of_a_list_is_no_part_of_it() -> None:
    items = [teaser(n) for n in range(8)]
    items.insert(2, news_box())
    page = f"<html><body><div class='rf'><ul class='re'>{''.join(items)}</ul></div></body></html>"
    assert [e.title for e in read(page)] == [f"A long read number {n} about the city" for n in range(8)]


def card(n: int) -> str:
    return (
        f"<section class='sa'><h2 class='sb'><a href='/politics/2026/11/{n:02d}/a-story-of-the-day-{n}.html'>"
        f"A story of the day number {n}</a></h2><p>What happened on day {n}, told in a line.</p>"
        f"<time datetime='2026-11-{n + 1:02d}T10:00:00Z'>{n + 1} Nov</time></section>"
    )


def side_box(n: int) -> str:
    return (
        f"<div class='sc'><h3>Box {n}</h3><div class='sd'><h2 class='sb'>"
        f"<a href='/culture/2026/11/{n:02d}/a-piece-of-the-side-column-{n}.html'>"
        f"A piece of the side column {n}</a></h2><ul><li>"
        f"<a href='/culture/2026/11/{n:02d}/another-side-piece-{n}.html'>Another side piece number {n}</a>"
        "</li></ul></div></div>"
    )


#: Two columns of a layout, the list's and a smaller one of boxes written with the list's
#: headline component.
COLUMNS_PAGE = (
    "<html><body><div class='se'><div class='sf sg'><div class='sh'>"
    f"{''.join(card(n) for n in range(10))}</div></div>"
    f"<div class='sf si'>{''.join(side_box(n) for n in range(4))}</div></div></body></html>"
)


def test_teasers_of_a_smaller_side_column_are_not_the_lists() -> None:
    assert [e.title for e in read(COLUMNS_PAGE)] == [f"A story of the day number {n}" for n in range(10)]


def blog_post(n: int) -> str:
    return (
        f"<div class='ta tb'><h2><a href='/2026/11/{n + 1:02d}/a-post-of-the-blog-{n}/'>"
        f"A post of the blog {n}</a></h2><span>{n + 1} November 2026</span>"
        f"<p>The text of post {n}, a few words long.</p></div>"
    )


def test_a_menu_written_with_the_teasers_utility_class_is_no_lone_teaser() -> None:
    menu = "".join(f"<li><a href='/category/{w}'>{w.title()}</a></li>" for w in ("bodas", "novias", "moda"))
    page = (
        f"<html><body><div class='tb'><ul class='tc'>{menu}</ul></div>"
        f"<div class='td'>{''.join(blog_post(n) for n in range(6))}</div></body></html>"
    )
    assert [e.title for e in read(page)] == [f"A post of the blog {n}" for n in range(6)]


def test_a_partner_link_of_the_teasers_class_is_no_lone_teaser_of_a_list_of_articles() -> None:
    items = "".join(
        f"<li class='ua'><a href='/news/2026/11/city-news-item-{n}.html'>City news item number {n} today</a>"
        f"<span>{n + 1}.11.2026</span></li>"
        for n in range(6)
    )
    partner = "<li class='ua'><a href='https://partner.example/'>The partner's own website</a></li>"
    page = (
        f"<html><body><div class='ub'><ul class='uc'>{items}</ul></div>"
        f"<div class='ud'><h3>Links</h3><ul class='ue'>{partner}</ul></div></body></html>"
    )
    assert [e.title for e in read(page)] == [f"City news item number {n} today" for n in range(6)]


def section(n: int) -> str:
    teasers = "".join(
        f"<li class='va'><a href='/{7000 + n * 10 + k}/a-story-of-section-{n}-number-{k}/'>"
        f"A story of section {n} number {k}</a><p>Its line of text.</p></li>"
        for k in range(4)
    )
    return (
        f"<section class='vb vc'><div class='vd'><div class='ve'><h2><a href='/section/topic-{n}/'>Topic {n}"
        "</a></h2><p><a href='/newsletters/?name=brief'>Subscribe to the newsletter</a></p></div>"
        f"<div class='vf'><ul class='vg'>{teasers}</ul></div></div></section>"
    )


def test_a_sections_header_beside_its_column_is_no_teaser() -> None:
    lead = "".join(
        f"<li class='va'><a href='/{6000 + k}/a-lead-story-number-{k}/'>A lead story number {k}</a>"
        f"<p>Its line of text.</p><time datetime='2026-12-0{k + 1}T08:00:00Z'>Dec {k + 1}</time></li>"
        for k in range(5)
    )
    page = (
        f"<html><body><main><section class='vb'><div class='vh'><div class='vi'><ul class='vj'>{lead}</ul>"
        f"</div></div></section>{''.join(section(n) for n in range(3))}</main></body></html>"
    )
    titles = [e.title for e in read(page)]
    assert not [t for t in titles if t.startswith(("Topic", "Subscribe"))], titles
    assert titles[:5] == [f"A lead story number {k}" for k in range(5)]
    assert "A story of section 2 number 3" in titles  # the sections' own lists stay
