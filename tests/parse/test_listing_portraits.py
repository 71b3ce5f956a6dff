"""A byline shown beside the author's portrait (met on a blog topic page added to the development
corpus, issue 12), written small: a card's person block, an <img alt="Name"> and the same name
in a line of no telling class, names the card's author; a thumbnail whose alt repeats the
headline does not make the headline an author.
"""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document

NOW = datetime(2021, 10, 8, 12, 0, tzinfo=UTC)

CARD = """<article class=preview><a href="/blog/{slug}"><img src="/t/{slug}.jpg" alt="{thumb}"></a>
<h4><a href="/blog/{slug}">{title}</a></h4><p>{title}, and what we learnt along the way, told in
a few sentences long enough for an excerpt.</p>
<div class=person><img src="/p/{slug}.jpg" alt="{name}"><div class=c-91 >{name}</div>
<div class=c-92>{role}</div></div></article>"""


def authors(cards: list[dict[str, str]]) -> list[str | None]:
    main = "".join(CARD.format(slug=f"post-{i}", **c) for i, c in enumerate(cards))
    body = f"<html lang=en><head><title>Tech</title></head><body><main><div class=grid>{main}</div></main>"
    parsed = parse_document(
        body.encode(), url="https://example.com/blog/topic/tech", source_type="html", now=NOW
    )
    return [e.author for e in parsed.entries]


def test_a_name_shown_beside_a_portrait_of_that_name_is_the_author() -> None:
    cards = [
        {
            "title": "Sharding our database",
            "thumb": "",
            "name": "Garrett Fidalgo",
            "role": "Infrastructure Lead",
        },
        {"title": "Moving the site to static pages", "thumb": "", "name": "Cory Etzkorn", "role": "Design"},
        {
            "title": "The data model behind blocks",
            "thumb": "",
            "name": "Jake Teton-Landis",
            "role": "Engineering",
        },
    ]
    assert authors(cards) == ["Garrett Fidalgo", "Cory Etzkorn", "Jake Teton-Landis"]


def test_a_thumbnail_named_like_the_headline_names_no_author() -> None:
    cards = [
        {"title": t, "thumb": t, "name": "", "role": "Engineering"}
        for t in ("Sharding Our Database", "Moving The Site", "The Data Model")
    ]
    assert authors(cards) == [None, None, None]


def test_a_thumbnail_named_like_a_headline_in_a_link_names_no_author() -> None:
    # The headline's link wraps the heading: the link's text is the headline, not a byline.
    card = (
        "<article class=teaser><a href='/story/{i}/'><img src='/t/{i}.jpg' alt='{title}'></a>"
        "<div class=dek><a href='/story/{i}/'><h3>{title}</h3></a>"
        "<p>A long interview, told in a few sentences of summary for the card.</p></div></article>"
    )
    titles = ("How Far Trump Would Go", "What Comes Next", "Why It Matters Now")
    main = "".join(card.format(i=i, title=t) for i, t in enumerate(titles))
    body = f"<html lang=en><head><title>Front</title></head><body><main><div class=grid>{main}</div></main>"
    parsed = parse_document(body.encode(), url="https://example.com/", source_type="html", now=NOW)
    assert [e.author for e in parsed.entries] == [None, None, None]


def test_a_caption_repeating_a_pictures_alt_names_no_author() -> None:
    # An editor captions a picture in the excerpt with its file name, which is also its alt:
    # WordPress's <dl class=wp-caption>, or a <figure>'s <figcaption>.
    captions = [
        "<dl class='wp-caption'><dd class='wp-caption-dd'>{name}</dd></dl>",
        "<figure><figcaption>{name}</figcaption></figure>",
        "<div class='image-caption'>{name}</div>",
    ]
    main = "".join(
        f"<article class=post><h3><a href='/blog/post-{i}'>Costume ideas for a party, part {i}</a></h3>"
        f"<p>What to wear this year, and where to find it, in a few sentences.</p>"
        f"<p><a href='/shop/{i}'><img src='/u/Disfraces_{i}.jpg' alt='Disfraces_{i}'></a></p>"
        + caption.format(name=f"Disfraces_{i}")
        + "</article>"
        for i, caption in enumerate(captions)
    )
    body = f"<html lang=es><head><title>Blog</title></head><body><main>{main}</main></body></html>"
    parsed = parse_document(body.encode(), url="https://example.com/blog/", source_type="html", now=NOW)
    assert [e.author for e in parsed.entries] == [None, None, None]
