"""Lists read by structure alone, learnt from development pages read without any class or id
(branch bare, test_listing_bare_names): what the page's tags, links, <time>s and text say.
Nothing here has a class or an id, as older, hand-written and table-laid pages have none.
"""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def _read(html: str, url: str = "https://notes.example/") -> list[tuple[str, str | None, datetime | None]]:
    found = parse_document(html.encode(), url=url, source_type="html", timezone="UTC", now=NOW)
    return [(e.link or "", e.title, e.published) for e in found.entries]


def _note(n: int, venue: bool) -> str:
    # A microblog's note: its text, a venue linked in that text on some, and its permalink
    # written as the <time> of the post, the only place its date is shown.
    text = (
        f"<p>at <a href='https://places.example/v/{n}'>Corner Coffee House number {n}</a></p>"
        f"<div><p>Grand opening number {n}, free coffee all day long</p></div>"
        if venue
        else f"<div><p>Note number {n} about the little things of the week</p></div>"
    )
    return (
        f"<li><div>{text}<div><a href='/2018/02/0{n}/{n}/'>"
        f"<time datetime='2018-02-0{n}T16:56:57-08:00'>Fri, Feb {n}, 2018 4:56pm -08:00</time></a>"
        f" <a href='https://swarm.example/c/{n}'><i></i></a></div></div></li>"
    )


def test_a_permalink_showing_only_its_time_dates_the_note_and_is_no_headline() -> None:
    page = (
        "<html><body><ul>" + "".join(_note(n, venue=n % 2 == 0) for n in range(1, 9)) + "</ul></body></html>"
    )
    found = _read(page)
    assert [link for link, _, _ in found] == [f"https://notes.example/2018/02/0{n}/{n}/" for n in range(1, 9)]
    assert all(published is not None for _, _, published in found)
    assert found[0][2] == datetime(2018, 2, 2, 0, 56, 57, tzinfo=UTC)
    assert found[0][1] == "Note number 1 about the little things of the week"
    assert not any(title and title.startswith("Fri, Feb") for _, title, _ in found)


def _post(n: int) -> str:
    # A theme's card: its byline line marked itemprop=name around the author's own item.
    return (
        f"<article><div><div><a href='/post-{n}/'><img src='/p{n}.jpg' alt='' itemprop=image></a></div>"
        f"<header><h2><a href='/post-{n}/' title='Late harvest {n}: the cellars report' rel=bookmark>"
        f"Late harvest {n}: the cellars report</a></h2></header>"
        f"<ul aria-label='Post details:'><li itemprop=name><span>Post author:</span><i aria-hidden=true></i>"
        f"<a href='/author/ann{n}/' title='Posts by Ann Writer' rel=author itemprop=author"
        f" itemscope itemtype='https://schema.org/Person'>Ann Writer</a></li>"
        f"<li itemprop=datePublished><span>Post published:</span><i aria-hidden=true></i>{n} March 2026</li>"
        f"<li><span>Post category:</span><i aria-hidden=true></i>"
        f"<a href='/category/wine/' rel='category tag'>Wine</a></li>"
        f"</ul><div itemprop=text><p>Grapes picked until the middle of November, more than ever.</p></div>"
        f"<div><a href='/post-{n}/' title='Read more'>Read more</a>"
        f"<span>Late harvest {n}: the cellars report</span></div>"
        f"</div></article>"
    )


def test_a_name_property_around_an_author_item_is_no_headline() -> None:
    page = "<html><body><main><div>" + "".join(_post(n) for n in range(1, 6)) + "</div></main></body></html>"
    found = _read(page, "https://wine.example/category/wine/")
    assert [(link, title) for link, title, _ in found] == [
        (f"https://wine.example/post-{n}/", f"Late harvest {n}: the cellars report") for n in range(1, 6)
    ]


def _story(n: int) -> str:
    return (
        f"<li><article><a href='/news/story-number-{n}-of-the-week_1000{n}.html'>"
        f"<img src='/s{n}.jpg' alt=''></a>"
        f"<h2><a href='/news/story-number-{n}-of-the-week_1000{n}.html'>"
        f"Story number {n} of the week in tools</a></h2>"
        f"<time datetime='2026-03-0{n}T10:00:00Z'>0{n}.03.2026</time>"
        f"<p>What changed in the tool this week.</p>"
        f"</article></li>"
    )


def _videos(label: str) -> str:
    # A box of bare headlines, one <article> per <li>, under a linked label.
    return (
        f"<section><h3><a href='/video/'>{label}</a></h3><ul>"
        + "".join(
            f"<li><article><a href='/video/{label.lower()}-clip-number-{i}-shown-Video_2000{i}.html'>"
            f"<h4>{label} clip number {i} shown</h4></a></article></li>"
            for i in range(6)
        )
        + "</ul></section>"
    )


def test_bare_headlines_one_per_block_beside_a_dated_list_are_a_box() -> None:
    stories = "".join(_story(n) for n in range(1, 9))
    boxes = "".join(_videos(label) for label in ("Games", "Phones", "Software"))
    page = f"<html><body><main><section><ul>{stories}</ul></section><div>{boxes}</div></main></body></html>"
    found = _read(page, "https://tools.example/news/page-5/")
    assert [link for link, _, _ in found] == [
        f"https://tools.example/news/story-number-{n}-of-the-week_1000{n}.html" for n in range(1, 9)
    ]


def _dated_post(n: int) -> str:
    return (
        f"<div><h2><a href='/2026/03/0{n}/harvest-{n}/'>Late harvest number {n}: the cellars report</a></h2>"
        f"<div>{n} March 2026</div><p>Grapes picked until the middle of November, more than ever.</p></div>"
    )


def _widget(n: int) -> str:
    # A sidebar's widget: an unlinked heading over a list of links, no date, no byline.
    links = "".join(
        f"<li><a href='/category/topic-{n}-{k}/'>Topic number {k} of box {n}</a></li>" for k in range(6)
    )
    return f"<div><h3>Sidebar box number {n}</h3><p>Things to read on the site</p><ul>{links}</ul></div>"


def test_undated_column_beside_a_dated_list_is_no_part_of_it() -> None:
    # A layout of two class-free columns side by side: the posts, each dated, and a sidebar of
    # widgets written with the same tag. The sidebar shows no date where every post shows one:
    # it is a column of the layout, not more parts of the list.
    posts = "".join(_dated_post(n) for n in range(1, 7))
    widgets = "".join(_widget(n) for n in range(1, 5))
    page = f"<html><body><div><div>{posts}</div><div>{widgets}</div></div></body></html>"
    found = _read(page)
    assert [link for link, _, _ in found] == [
        f"https://notes.example/2026/03/0{n}/harvest-{n}/" for n in range(1, 7)
    ]
    assert all(published is not None for _, _, published in found)
