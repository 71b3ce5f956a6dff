"""Rules that choose a page's list and its cards' headlines by structure alone, learnt from the
development pages that fell apart once their class names said nothing (branch opaque26,
test_listing_opaque_names). Every page here is written without meaningful class names: the
classes are opaque tokens, as a site's CSS modules or utility classes would leave them.
"""

from __future__ import annotations

from datetime import UTC, datetime

import lxml.html

from aggregator.parse import parse_document
from aggregator.parse.listing._detect import _score_group
from aggregator.parse.listing._document import Context
from aggregator.parse.listing._fields import heuristic_item
from aggregator.parse.listing._pager import _later_page
from aggregator.parse.listing._title_link import main_link
from aggregator.parse.listing._vocabulary import member_page

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
BASE = "https://site.example/"

SLUGS = [
    "emily-maynard-pregnant-again",
    "pam-anderson-to-star-in-reunion",
    "kris-jenner-on-dating-men",
    "jaime-king-abuse-confession",
    "why-was-katt-williams-arrested",
]


def _parse(body: str, url: str = BASE) -> list[tuple[str, str | None]]:
    page = f"<html lang='en'><head><title>Site</title></head><body>{body}</body></html>"
    parsed = parse_document(page.encode(), url=url, source_type="html", timezone="UTC", now=NOW)
    return [(e.link, e.title) for e in parsed.entries]


def test_a_headline_set_one_word_to_a_span_is_one_line() -> None:
    # A theme animating its headlines puts each word in a <span>: the words are one headline,
    # not a kicker "Emily" before the rest (nor five one-word blocks, a menu's length).
    def post(slug: str) -> str:
        words = "".join(f"<span>{w.capitalize()}&nbsp;</span>" for w in slug.split("-"))
        return (
            f"<div class='qx'><a href='/2016/03/{slug}/'><span class='kp'><p>{words}</p></span>"
            f"<div class='zr'><img src='/i/{slug}.jpg' width='300' height='300' alt=''></div></a></div>"
        )

    side = "".join(
        f"<div class='mv'><a href='/gallery/photos-number-{n}-of-the-week/'>Ten photos of week {n}</a></div>"
        for n in range(3)
    )
    found = _parse(f"<div class='ab'>{side}</div><div class='cd'>{''.join(post(s) for s in SLUGS)}</div>")
    assert found == [(f"{BASE}2016/03/{s}/", " ".join(w.capitalize() for w in s.split("-"))) for s in SLUGS]


def test_a_box_of_bare_titles_stays_out_beside_a_list_dated_but_for_a_slot() -> None:
    # The side column's "Read now" box is written with the list's own component (the same
    # <ul> and <li> classes) but shows bare titles: beside a list whose teasers are dated but
    # for a job box among them, it is a box of another kind, not more teasers.
    def teaser(n: int) -> str:
        return (
            f"<li class='kw kx'><article><span>user{n}</span> <time datetime='2026-03-0{n}T10:00:00Z'>"
            f"March {n}</time><h2><a href='/post/55{n:04d}/'>A long story about number {n} in the news</a>"
            f"</h2><p>What happened to number {n}, told in a few sentences for the reader.</p></article></li>"
        )

    slot = (
        "<li class='kw kx'><div><span>Jobs</span><div><a href='/jobs/4411/'>Developer wanted for a long"
        " project at a company</a><a href='/jobs/'>All jobs</a></div></div></li>"
    )
    box = "".join(
        f"<li class='kw'><a href='/post/44{n:04d}/'>A story many people are reading now, part {n}</a></li>"
        for n in range(6)
    )
    tabs = "".join(f"<a href='/{t}/'>{t}</a> " for t in ("articles", "news", "hubs", "authors", "companies"))
    found = _parse(
        f"<div class='ww'><div class='wq'><div class='wb'>{tabs}</div><div class='wx'><ul class='Lw Lx'>"
        + "".join(teaser(n) for n in range(1, 5))
        + slot
        + "".join(teaser(n) for n in range(5, 10))
        + "</ul></div></div>"
        f"<div class='wz'><div class='wv'><h3>Read now</h3><ul class='Lw Lz'>{box}</ul></div></div></div>"
    )
    links = [link for link, _ in found]
    assert not any("/post/44" in link for link in links)
    assert sum("/post/55" in link for link in links) == 9


def test_a_lone_bare_link_sharing_a_class_with_pictured_teasers_is_no_teaser() -> None:
    # The list's items are "tw tx" ("item last" in a shop's theme), each a picture, a heading
    # and a text; the footer's menu items are "tx" too (a position, "last"): bare links with
    # slugs of three words, no lone teasers of the list's kind.
    def product(n: int) -> str:
        return (
            f"<li class='tw tx'><a href='/rings/gold-ring-with-diamond-{n}/'><img src='/p/{n}.jpg'></a>"
            f"<h2><a href='/rings/gold-ring-with-diamond-{n}/'>Gold ring with diamond of {n} carats</a></h2>"
            f"<p>A ring of yellow gold set with a diamond, number {n} of the collection.</p></li>"
        )

    footer = "".join(
        f"<li class='tx'><a href='/{s}'>{s.replace('-', ' ')}</a></li>"
        for s in (
            *("affiliate-program-with-us", "jewellery-made-to-order", "press-about-our-shop"),
            *("wholesale-for-shops", "media-contact-page", "gold-for-investors", "ring-size-guide"),
            *("shipping-and-returns", "payment-options-here"),
        )
    )
    found = _parse(
        f"<div class='mw'><ul class='gw'>{''.join(product(n) for n in range(6))}</ul></div>"
        f"<div class='fw'><div class='fx'><ul>{footer}</ul></div></div>",
        url=f"{BASE}rings/",
    )
    assert [link for link, _ in found] == [f"{BASE}rings/gold-ring-with-diamond-{n}/" for n in range(6)]


TOPIC = """<ul class='r{n}'><li class='cw'><a class='cx' href='/forums/topic/{slug}/'>{title}</a>
<p class='cz'><span class='cv'>Started by: <a href='/forums/users/{who}/' title='View {who}&#39;s profile'>
<img src='/a/{who}.png' width='14' height='14' alt=''></a>&nbsp;<a href='/forums/users/{who}/'
title='View {who}&#39;s profile'>{who}</a></span></p></li><li class='cb'>4</li><li class='cn'>5</li>
<li class='cm'><a href='/forums/topic/{slug}/#post-{n}' title='Reply To: {title}'>2 weeks, 5 days ago</a>
<p class='cz'><span class='ck'><a href='/forums/users/lastposter/'
title='View Last Poster Name&#39;s profile'><img src='/a/l.png' width='14' height='14' alt=''></a>&nbsp;
<a href='/forums/users/lastposter/'
title='View Last Poster Name&#39;s profile'>Last Poster Name</a></span></p></li></ul>"""

THREADS = [
    ("how-to-make-link-ads", "How to make link ads"),
    ("website-blocked-by-provider", "Website blocked by my provider!"),
    ("telling-google-about-my-site", "Telling google about my site"),
    ("pictures-in-posts", "Pictures in posts"),
    ("odd-traffic-since-monday", "Odd traffic since Monday"),
]


def test_a_forum_row_is_one_topic_titled_by_its_link_not_its_last_reply() -> None:
    # A bbPress topic list: each row a <ul> of cells. The starter's cell and the last reply's
    # cell link members' pages, which are bylines, not teasers of their own; the last reply's
    # link leads to a place in the topic's page ("#post-3", titled "Reply To: …", its text an
    # age), and the topic's own link to the page whole is the headline.
    # The pinned topic, without replies, names its starter in the freshness cell: that cell
    # and the title cell are two linked blocks of one row, never a list of two teasers.
    sticky = TOPIC.format(
        n=0, slug="writers-wanted-for-the-blog", title="Writers wanted for the blog", who="admin"
    )
    reply = sticky.index("<li class='cm'>")
    sticky = (
        sticky[:reply]
        + "<li class='cm'>No replies <p class='cz'><span class='ck'><a href='/forums/users/husni-b/'"
        " title='View Husni Cahya Gumilar&#39;s profile'>Husni Cahya Gumilar</a></span></p></li></ul>"
    )
    rows = "".join(
        TOPIC.format(n=n, slug=slug, title=title, who=f"user{n}")
        for n, (slug, title) in enumerate(THREADS, 1)
    )
    found = _parse(
        f"<div class='bw'><ul class='sw'><li class='hw'>Topic Voices Posts Freshness</li>"
        f"<li class='hz'>{sticky}{rows}</li><li class='hv'>Topic Voices Posts Freshness</li></ul></div>",
        url=f"{BASE}forums/forum/blogging/",
    )
    assert found[1:] == [(f"{BASE}forums/topic/{slug}/", title) for slug, title in THREADS]
    assert not any("/users/" in link for link, _ in found)


def test_a_row_s_title_cell_and_its_starter_s_cell_are_no_list_of_two() -> None:
    # A pinned topic without replies: its title cell and the cell naming its starter (a link
    # to a member's page, titled "View …'s profile") are the row's two linked blocks. Read as
    # two teasers they passed for a bare list of long titles, and won over the topic list.
    row = lxml.html.fromstring(
        "<ul><li><a href='/forums/topic/writers-wanted-for-the-blog/'>Writers wanted for the blog</a></li>"
        "<li><p>February 11, 2026</p><p><span><a href='/forums/users/husni-b/' title='View Husni Cahya"
        " Gumilar&#39;s profile'>Husni Cahya Gumilar</a></span></p></li></ul>"
    )
    ctx = Context(base=f"{BASE}forums/forum/blogging/", timezone="UTC", now=NOW, lang="en", day_first=True)
    cells = list(row)
    assert _score_group(cells, [heuristic_item(c, ctx) for c in cells], ctx) == 0.0


def test_member_pages_are_known_by_their_address() -> None:
    assert member_page("https://site.example/forums/users/husni-b/")
    assert member_page("https://site.example/members/alice")
    assert member_page("https://board.example/memberlist.php?mode=viewprofile&u=2")
    assert not member_page("https://site.example/forums/topic/users-wanted/")
    assert not member_page("https://site.example/users/alice/posts/my-first-post")


def _authors(body: str, url: str = BASE) -> list[str | None]:
    page = f"<html lang='en'><head><title>Site</title></head><body>{body}</body></html>"
    parsed = parse_document(page.encode(), url=url, source_type="html", timezone="UTC", now=NOW)
    return [e.author for e in parsed.entries]


def test_the_name_on_every_date_line_of_an_author_s_page_is_its_author() -> None:
    # "Kody Kester | Jun 26, 2022" on every card: a part every line repeats is a section's
    # name on a topic's page, but here the page's <h1> is that name, an author's page.
    cards = "".join(
        f"<a href='/investing/2022/06/2{n}/stock-pick-number-{n}-for-you/'><article><div class='qi'>"
        f"<img src='/i/{n}.jpg' alt=''></div><div class='qt'><h4>Stock pick number {n} that survives"
        f" inflation</h4><div class='qd'>Kody Kester | Jun 2{n}, 2022</div><p class='qp'>Why pick {n}"
        " will be just fine this year.</p></div></article></a><hr>"
        for n in range(1, 5)
    )
    body = f"<div class='qa'><header><h1>Kody Kester</h1></header></div><div class='qb'>{cards}</div>"
    assert _authors(body, url=f"{BASE}author/20415/") == ["Kody Kester"] * 4
    # On a topic's page, the same line names its section: no author.
    topic = body.replace("<h1>Kody Kester</h1>", "<h1>Investing</h1>")
    assert _authors(topic, url=f"{BASE}investing/") == [None] * 4
    # A category's page headed by the name its lines repeat ("Climate Change | Jun 21, 2022")
    # is no author's: its address is no person's page.
    category = body.replace("Kody Kester", "Climate Change")
    assert _authors(category, url=f"{BASE}category/climate-change/") == [None] * 4


def test_a_name_beside_a_date_line_written_as_a_list_is_the_byline() -> None:
    # Wix's card without its class names: the name, then the date line as a list of its
    # parts (the day, the reading time); the list is the line the name stands beside.
    def card(n: int, who: str) -> str:
        return (
            f"<li class='gi'><div class='pc'><a href='/post/note-number-{n}-from-the-studio' class='ov'></a>"
            f"<div class='pm'><span class='un'>{who}</span><ul class='dt'><li><span title='Nov {n}, 2026'>"
            f"Nov {n}, 2026</span></li><li><span>5 min read</span></li></ul></div><div class='pt'><h2>"
            f"<p>Note number {n} from the studio</p></h2></div><div class='pd'>A note from the studio"
            f" about number {n}…</div></div></li>"
        )

    cards = card(1, "Erin Walsh") + card(2, "Tom Becker") + card(3, "Erin Walsh")
    body = f"<main><ul class='pl'>{cards}</ul></main>"
    assert _authors(body) == ["Erin Walsh", "Tom Becker", "Erin Walsh"]


def test_a_card_s_header_above_its_headline_and_its_footer_are_no_excerpt() -> None:
    # Material for MkDocs' post without its class names: a <header> of the avatar and the meta
    # line (day, category, "6 min de leitura") above the headline, a <footer> of counts below.
    def post(n: int) -> str:
        return (
            f"<article class='mp'><header class='mh'><nav class='ma'><span><img src='/a/{n}.png' alt=''>"
            f"</span></nav><div class='mm'><ul class='ml'><li><time datetime='2026-12-0{n} 00:00:00'>{n} de"
            f" dezembro de 2026</time></li><li>em <a href='category/produto/'>Produto</a></li><li>{n} min"
            f" de leitura</li></ul></div></header><div class='mc'><h2><a href='2026/12/0{n}/post-{n}/'>Post"
            f" número {n} sobre a nossa API</a></h2><p>O que mudou na API na semana {n}, com exemplos.</p>"
            f"</div><footer class='mf'><span>{n} comentários</span></footer></article>"
        )

    page = (
        "<html lang='pt'><head><title>Blog</title></head><body><main>"
        + "".join(post(n) for n in range(1, 4))
        + "</main></body></html>"
    )
    parsed = parse_document(page.encode(), url=f"{BASE}blog/", source_type="html", timezone="UTC", now=NOW)
    summaries = [e.summary or "" for e in parsed.entries]
    assert len(summaries) == 3
    for n, summary in enumerate(summaries, 1):
        assert summary.endswith(f"<p>O que mudou na API na semana {n}, com exemplos.</p>")
        assert "leitura" not in summary and "Produto" not in summary and "comentários" not in summary


def test_the_list_the_pager_follows_wins_over_a_sidebar_s_richer_box() -> None:
    # A university's news archive, page 9: the paged list is a table of bare titles followed
    # by the pager; the sidebar's slider shows the newest news with their teasers, a better
    # teaser list by its looks. The pager says which list the page is.
    rows = "".join(
        f"<tr><td><a href='/news-events/{540 + n}-event-number-{n}-held-at-the-university'>Event number"
        f" {n} held at the university campus</a></td></tr>"
        for n in range(10)
    )
    pages = "".join(f"<li><a href='/news-events?start={10 * p}'>{p + 1}</a></li>" for p in range(2, 9))
    pager = f"<div class='pg'><ul>{pages}<li><a href='/news-events?start=90'>Next</a></li></ul></div>"
    slides = "".join(
        "<div class='sl'>"
        + "".join(
            f"<div><div><a href='/news-events/{1500 + 4 * s + n}-seminar-number-{s}{n}-at-the-department'>"
            f"Seminar number {s}{n} at the department</a></div><div><p>A two-day seminar on recent trends"
            f" was held, number {s}{n}.</p></div></div>"
            for n in range(4)
        )
        + "</div>"
        for s in range(3)
    )
    body = (
        f"<div class='rw'><div class='ct'><form><table><tbody>{rows}</tbody></table>{pager}</form></div>"
        f"<div class='sd'><div class='md'><h3>News &amp; Events</h3><div class='sc'>{slides}</div></div>"
        "</div></div>"
    )
    found = _parse(body, url=f"{BASE}news-events?start=80")
    assert [link for link, _ in found] == [
        f"{BASE}news-events/{540 + n}-event-number-{n}-held-at-the-university" for n in range(10)
    ]


def test_a_later_page_s_showcase_above_the_paged_block_is_no_entry() -> None:
    # Page 19 of a games site: the front's three featured posts sit above the block holding
    # the list and its pager, the same on every page; the page's entries are its list's.
    def post(slug: str, n: int) -> str:
        return (
            f"<article class='ps'><a href='/2016/01/2{n}/{slug}/'><img src='/i/{slug}.jpg' alt=''></a>"
            f"<h2><a href='/2016/01/2{n}/{slug}/'>{slug.replace('-', ' ').capitalize()}</a></h2>"
            f"<time datetime='2016-01-2{n}T17:00:00Z'>January 2{n}, 2016</time><p>What the trailer of"
            f" {slug.replace('-', ' ')} shows, in a few words.</p></article>"
        )

    featured = "".join(
        f"<div class='fi'><a href='/2016/03/18/featured-story-number-{n}/'><img src='/f/{n}.jpg' alt=''></a>"
        f"<h2><a href='/2016/03/18/featured-story-number-{n}/'>Featured story number {n} of the week</a></h2>"
        f"<time datetime='2016-03-18T1{n}:00:00Z'>4 hours ago</time><p>The newest story, {n}.</p></div>"
        for n in range(3)
    )
    slugs = ["official-trailer-of-the-game", "dlc-screenshots-of-the-week", "enhanced-edition-trailer"]
    posts = "".join(post(s, n) for n, s in enumerate([*slugs, "gameplay-video-for-the-beta"]))
    pager = "<nav><a href='/page/18/'>Previous</a> <a href='/page/20/'>Next</a></nav>"
    body = (
        f"<main><section class='fw'><div class='fc'>{featured}</div></section>"
        f"<section class='mn'><div class='mw'><div class='pw'>{posts}</div>{pager}</div></section></main>"
    )
    links = [link for link, _ in _parse(body, url=f"{BASE}page/19/")]
    assert not any("featured-story" in link for link in links)
    assert len(links) == 4


# Narrowings of the rules above (branch review28): ordinary pages where they should not fire.


def _card(slug: str, n: int) -> str:
    return (
        f"<article class='ps'><a href='/2026/02/{slug}/'><img src='/i/{n}.jpg' alt=''></a>"
        f"<h2><a href='/2026/02/{slug}/'>{slug.replace('-', ' ').capitalize()}</a></h2>"
        f"<time datetime='2026-02-{n + 1:02d}T10:00:00Z'>February {n + 1}, 2026</time>"
        f"<p>What happened in story {n}, told in a few sentences for the reader.</p></article>"
    )


def test_a_later_page_s_list_set_in_two_blocks_keeps_its_first_row() -> None:
    # Page 2 of a theme that sets each page's first cards in a row of their own, apart from
    # the grid the pager follows: the same cards (tag and classes) are the page's list, not a
    # showcase above it.
    lead = "".join(_card(f"lead-story-number-{n}-of-this-page", n) for n in range(3))
    rest = "".join(_card(f"a-long-story-about-number-{n}", n) for n in range(3, 9))
    pager = "<nav><a href='/page/1/'>Previous</a> <a href='/page/3/'>Next</a></nav>"
    links = [
        link
        for link, _ in _parse(
            f"<main><section class='s1'><div class='g1'>{lead}</div></section>"
            f"<section class='s2'><div class='g2'>{rest}</div>{pager}</section></main>",
            url=f"{BASE}page/2/",
        )
    ]
    assert len(links) == 9
    assert sum("lead-story" in link for link in links) == 3


def test_a_page_parameter_that_names_no_page_number_is_no_later_page() -> None:
    # WordPress addresses a static page set as the posts page by "?page_id=42": the first
    # page, whose newest post above the paged block is an entry. "?pageSize=20" neither.
    assert not _later_page(f"{BASE}?page_id=42")
    assert not _later_page(f"{BASE}news?pageSize=20")
    assert _later_page(f"{BASE}?paged=2") and _later_page(f"{BASE}blog/index.php?PAGEN_1=5")
    assert _later_page(f"{BASE}news?limit=10&start=80") and _later_page(f"{BASE}page/7/")
    assert not _later_page(f"{BASE}page/1/")  # the first page's other address
    featured = _card("the-newest-featured-story-of-all", 0)
    rest = "".join(_card(f"a-long-story-about-number-{n}", n) for n in range(3, 9))
    links = [
        link
        for link, _ in _parse(
            f"<main><section class='s1'><div class='g1'>{featured}</div></section><section class='s2'>"
            f"<div class='g2'>{rest}</div><nav><a href='/?page_id=42&amp;paged=2'>Next</a></nav>"
            "</section></main>",
            url=f"{BASE}?page_id=42",
        )
    ]
    assert f"{BASE}2026/02/the-newest-featured-story-of-all/" in links


def test_a_comment_s_link_to_its_place_in_a_page_stays_its_link() -> None:
    # A page of recent comments: each comment's headline links its place in the post's page
    # ("#comment-103"); the post's link beside it names the post. The comment's link is no
    # pointer into the page (an age, a number), it is the comment's own address.
    card = lxml.html.fromstring(
        "<li><a href='/2026/03/caching/'>Caching</a> <a href='/2026/03/caching/#comment-103'>Comment 3"
        " by a reader on why the cache misses</a><time datetime='2026-03-04'>March 4, 2026</time></li>"
    )
    assert main_link(card).get("href") == "/2026/03/caching/#comment-103"
    # A topic's last reply, its text an age, gives way to the topic's link (as before).
    row = lxml.html.fromstring(
        "<ul><li><a href='/forums/topic/pictures-in-posts/'>Pictures in posts</a></li>"
        "<li><a href='/forums/topic/pictures-in-posts/#post-4' title='Reply To: Pictures in posts'>"
        "2 weeks, 5 days ago</a></li></ul>"
    )
    assert main_link(row).get("href") == "/forums/topic/pictures-in-posts/"


def test_a_directory_of_members_is_read_when_it_is_the_page_s_list() -> None:
    # A subscribed "/members/" page lists the site's people, each linking their page: with no
    # list of teasers beside it, it is the page's list (new members are its news), not none.
    people = "".join(
        f"<div class='p'><a href='/members/person-{n}'><img src='/a/{n}.jpg' alt=''></a><h3><a"
        f" href='/members/person-{n}'>Person {name} Smith</a></h3><p>Writes about topic {n} since 2019.</p>"
        "</div>"
        for n, name in enumerate(["Anna", "Boris", "Clara", "David", "Emma", "Felix"])
    )
    found = _parse(f"<main><div class='t'>{people}</div></main>", url=f"{BASE}members/")
    assert [link for link, _ in found] == [f"{BASE}members/person-{n}" for n in range(6)]


def test_a_lone_bare_teaser_leading_into_the_list_s_folder_stays() -> None:
    # The list's last product set apart after an ad, its picture missing: a bare link, but to
    # the list's own folder ("/rings/…"), not a menu's page: a lone teaser of the list's kind.
    def product(n: int) -> str:
        return (
            f"<li class='tw tx'><a href='/rings/gold-ring-with-diamond-{n}/'><img src='/p/{n}.jpg'></a>"
            f"<h2><a href='/rings/gold-ring-with-diamond-{n}/'>Gold ring with diamond of {n} carats</a></h2>"
            f"<p>A ring of yellow gold set with a diamond, number {n} of the collection.</p></li>"
        )

    lone = (
        "<ul class='gz'><li class='tw tx'><h2><a href='/rings/silver-ring-plain-band-7/'>Silver ring with"
        " a plain band of 7 mm</a></h2></li></ul>"
    )
    found = _parse(
        f"<div class='mw'><ul class='gw'>{''.join(product(n) for n in range(6))}</ul>"
        f"<div class='ad'>Ad</div>{lone}</div>",
        url=f"{BASE}rings/",
    )
    assert f"{BASE}rings/silver-ring-plain-band-7/" in [link for link, _ in found]
    assert len(found) == 7
