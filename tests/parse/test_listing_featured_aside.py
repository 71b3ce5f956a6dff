"""The newest post shown apart in an <aside> right above a tag, category or author page's list
(met on Pelican pages added to the development corpus, issue 12), written small: it is the
list's lead, an entry; an <aside> of several links, or holding one post older than the list's
first, is a sidebar box and stays out.
"""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document

NOW = datetime(2024, 1, 1, 12, 0, tzinfo=UTC)

POST = """<article class=hentry><header><h1><a href="/posts/{slug}/">{title}</a></h1></header>
<footer><abbr class=published title="{day}T00:00:00+01:00">Published: {day}</abbr>
<address class="vcard author">By <a class="url fn" href="/author/ana/">Ana Ruiz</a></address>
</footer><p>{title}: what the post says, in a sentence or two of summary.</p></article>"""


def links(aside: str) -> list[str]:
    posts = "".join(
        f"<li>{POST.format(slug=s, title=t, day=d)}</li>"
        for s, t, d in (
            ("second", "Second article", "2012-02-29"),
            ("unbelievable", "Unbelievable news", "2010-10-15"),
            ("baz", "The baz story", "2010-03-14"),
        )
    )
    body = (
        "<html lang=fr><head><title>Catégorie misc</title></head><body><header id=banner>"
        "<h1><a href='/'>Le blog</a></h1><nav><ul><li><a href='/category/misc.html'>misc</a></li>"
        f"<li><a href='/category/bar.html'>bar</a></li></ul></nav></header>{aside}"
        f"<section id=content><h1>Autres articles</h1><hr><ol id=posts-list>{posts}</ol></section>"
        "<footer>Propulsé par Pelican</footer></body></html>"
    )
    parsed = parse_document(
        body.encode(),
        url="https://blog.example/category/misc.html",
        source_type="html",
        timezone="Europe/Paris",
        now=NOW,
    )
    return [e.link.rsplit("/", 2)[-2] for e in parsed.entries]


LEAD = "<aside id=featured>{}</aside>"


def test_the_newest_post_in_an_aside_above_the_list_is_its_lead() -> None:
    lead = LEAD.format(POST.format(slug="newest", title="The newest article", day="2012-11-30"))
    assert links(lead) == ["newest", "second", "unbelievable", "baz"]


def test_a_sidebar_box_above_the_list_stays_out() -> None:
    older = LEAD.format(POST.format(slug="older", title="An older favourite", day="2009-05-01"))
    assert links(older) == ["second", "unbelievable", "baz"]
    boxes = LEAD.format(
        "".join(
            POST.format(slug=s, title=s.title(), day="2013-01-0" + d) for s, d in (("one", "1"), ("two", "2"))
        )
    )
    assert links(boxes) == ["second", "unbelievable", "baz"]
