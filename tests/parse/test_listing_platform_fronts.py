"""Rules learnt from the development corpus's pages added later by branch listing21 (a Tumblr
photoblog's page of untitled posts, a crowdfunding marketplace's deals), each checked on a
written page that fails without it."""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document
from aggregator.parse._dates import parse_date

NOW = datetime(2015, 12, 23, 12, 0, tzinfo=UTC)


def _parse(
    page: str, url: str, timezone: str = "America/New_York"
) -> list[tuple[str, str, datetime | None, str | None]]:
    parsed = parse_document(page.encode(), url=url, source_type="html", timezone=timezone, now=NOW)
    return [(e.link, e.title or "", e.published, e.author) for e in parsed.entries]


def test_a_number_with_a_percent_sign_is_no_day() -> None:
    # "11% APR" (an interest rate) was read as 11 April.
    for share in ("11% APR", "11 % APR", "11% APR with expected 12 month hold term", "12 % Apr."):
        assert parse_date(share, now=NOW, timezone="UTC") is None, share
    assert parse_date("3 Nov 2015 · 50% off", now=NOW, timezone="UTC") is not None
    assert parse_date("12 Apr 2015", now=NOW, timezone="UTC") is not None


DEAL = """<div class="item span4"><div class="product-image">
<a href="/investments/{slug}.html" class="image-link"><img src="/i/{slug}.jpg" alt="{name}"></a></div>
<div class="property-inner"><div class="property-title">
<div class="title-box"><h4><a href="/investments/{slug}.html">{name}</a></h4><p>{address}</p></div></div>
<div class="invest-box"><p><a href="/investments/{slug}.html"><span class="title fully-text">{state}</span>
{amount}</a></p></div></div></div>"""

DEALS = [
    (
        "brooklyn-rehab",
        "Brooklyn Luxury Rehab - Tranche II",
        "158 Halsey Street, Brooklyn",
        "Open for funding",
    ),
    (
        "condo-conversion",
        "Brooklyn Condo Conversion - Tranche II",
        "695 Monroe Street, Brooklyn",
        "Open for funding",
    ),
    ("los-gatos-rehab", "Upscale Los Gatos Rehab - Phase I", "138 Wood Road, Los Gatos", "Open for funding"),
    ("memphis-refi", "Garden Apartment Complex Refi in Memphis", "2459 Ketchum Rd, Memphis", "Fully Funded!"),
]


def test_a_status_named_title_in_a_later_link_is_no_headline() -> None:
    # "<span class=title>Open for funding</span> $150,000 of $280,000" in the funding box's link
    # was taken for the headline over the <h4> linking the same deal.
    cards = "".join(
        DEAL.format(slug=slug, name=name, address=address, state=state, amount="$150,000 of $280,000")
        for slug, name, address, state in DEALS
    )
    page = (
        "<html lang='en'><head><title>Invest</title></head><body><main><h1>Invest</h1>"
        f"<div class='category-products'><div class='products-grid'>{cards}</div></div></main></body></html>"
    )
    entries = _parse(page, "https://deals.example/investments.html")
    assert [title for _, title, _, _ in entries] == [name for _, name, _, _ in DEALS]


POST = """<div class="day"><div class="date">{day}</div><div class="post">
<a href="/image/{n}"><img src="/p/{n}.jpg" alt="{caption}"></a><p>{caption}</p>
<p>(Source: <a href="http://photos.example/{n}" title="Photos / someone">Photos / someone</a>)</p>
<div class="bottom"><a href="http://blog.example/post/{n}/slug" class="time">{clock}</a> |
URL: <a href="http://short.example/Z{n}">http://short.example/Z{n}</a>
<div class="tags">Filed under: <a href="http://blog.example/tagged/nyc">NYC</a></div></div></div></div>"""

POSTS = [
    (48198519796, "April 17, 2013", "9:57am", "Duck Tape store opening in Midtown"),
    (48038891943, "April 15, 2013", "9:29am", "Heading home from a late night in Harlem"),
    (47983897136, "April 14, 2013", "4:52pm", "Leaves starting to grow back in Central Park"),
    (47780733397, "April 12, 2013", "10:04am", "Drizzly Times Square"),
]


def _photoblog(posts: str) -> str:
    return (
        "<html lang='en'><head><title>Eye Heart New York</title></head><body><div id='content'>"
        "<div id='header'><a href='/' class='title'>Eye Heart New York</a> "
        "<a href='/archive'>Archive</a></div>"
        f"{posts}<div id='pager'><a href='/page/1'>Previous</a> <a href='/page/3'>Next</a></div>"
        "</div></body></html>"
    )


def test_an_untitled_post_linked_by_its_time_of_day_is_read_on_its_day() -> None:
    # Photo posts without titles, each linked by "9:57am" under its day: no list was found.
    posts = "".join(POST.format(n=n, day=day, clock=clock, caption=c) for n, day, clock, c in POSTS)
    entries = _parse(_photoblog(posts), "http://blog.example/page/2")
    assert [link for link, _, _, _ in entries] == [f"http://blog.example/post/{n}/slug" for n, *_ in POSTS]
    assert [title for _, title, _, _ in entries] == [c for *_, c in POSTS]
    assert [published for _, _, published, _ in entries] == [
        datetime(2013, 4, 17, 13, 57, tzinfo=UTC),
        datetime(2013, 4, 15, 13, 29, tzinfo=UTC),
        datetime(2013, 4, 14, 20, 52, tzinfo=UTC),
        datetime(2013, 4, 12, 14, 4, tzinfo=UTC),
    ]
    assert [author for *_, author in entries] == [None] * 4


def test_blocks_nested_in_a_block_of_their_own_id_are_siblings() -> None:
    # A theme left a <div> open in each post: every "<div id=newDay>" held the next one, and
    # the whole chain was read as one post.
    post = POST.replace('<div class="day">', '<div id="newDay"><div class="open">').replace(
        "</div></div></div></div>", "</div></div></div></div>"
    )
    posts = "".join(post.format(n=n, day=day, clock=clock, caption=c) for n, day, clock, c in POSTS)
    entries = _parse(_photoblog(posts), "http://blog.example/page/2")
    assert [link for link, _, _, _ in entries] == [f"http://blog.example/post/{n}/slug" for n, *_ in POSTS]


def test_by_after_a_link_to_a_work_credits_no_author() -> None:
    # The page's footer ("Theme is <a>The Atlantic</a> by <a>Peter Vidani</a>"), swallowed by
    # the last post a theme left open, gave that post the theme's designer as its author.
    posts = "".join(POST.format(n=n, day=day, clock=clock, caption=c) for n, day, clock, c in POSTS)
    footer = (
        "<div id='footer'>Theme is <a href='http://themes.example/467'>The Atlantic</a> by "
        "<a href='http://www.designer.example'>Peter Vidani</a> for <a href='http://host.example'>Host</a>.</div>"
    )
    posts = posts[: -len("</div>")] + footer + "</div>"
    entries = _parse(_photoblog(posts), "http://blog.example/page/2")
    assert [author for *_, author in entries] == [None] * 4


def test_a_repeated_id_closed_inside_its_holder_stays_there() -> None:
    # A blog whose every post is a "<section id=content>" closed inside the page's own, the
    # pager after the posts: only a careless id, nothing left open; the posts stay in the page's
    # section (moving them out left the pager behind, read as an entry on a page of opaque names).
    import lxml.html

    from aggregator.parse.listing._repair_articles import close_same_id_chains

    posts = "".join(
        f"<div class='post'><section id='content'><h2><a href='/blog/p{n}'>Post {n}</a></h2></section></div>"
        for n in range(3)
    )
    doc = lxml.html.fromstring(
        f"<html><body><section id='content'><h1>Blog</h1><main>{posts}</main>"
        "<div class='pager'><a href='/blog/'>Newer Articles</a></div></section></body></html>"
    )
    close_same_id_chains(doc)
    outer = doc.find(".//body/section")
    assert len(outer.findall(".//section")) == 3
    assert [len(s.xpath("ancestor::section")) for s in doc.iter("section")] == [0, 1, 1, 1]
