"""A link to a person's page inside the teaser's prose ("EFF's intern <a
href=https://www.eff.org/about/staff/jack-bussell>Jack Bussell</a> was in the courtroom…") names
someone the post talks about: the card's author is the byline marked as such below it
("Author: <span class='author vcard'><a>SJD</a></span>"), and the prose's link is taken only
when nothing in the card is marked as its author (issue 12; the dev page showing it:
fightcopyrighttrolls_home_en, a blog home whose third post credited an intern it quoted).
"""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document

NOW = datetime(2016, 2, 1, 13, 6, tzinfo=UTC)


def post(n: int, byline: str) -> str:
    return (
        f"<article class='post'><header><h1><a href='/2016/01/{n:02d}/post-{n}/'>Post number {n} on the"
        f" docket</a></h1></header><div class='entry-content'><p>The court met again today and"
        f" <a href='https://www.eff.org/about/staff/jane-roe'>Jane Roe</a> was in the courtroom;"
        f" she was kind enough to share her notes on hearing {n} with us.</p></div>{byline}</article>"
    )


def page(byline: str) -> bytes:
    body = "".join(post(n, byline) for n in range(1, 5))
    return f"<html lang='en'><body><main><div class='posts'>{body}</div></main></body></html>".encode()


def authors(body: bytes) -> list[str | None]:
    entries = parse_document(
        body, url="https://blog.example/", source_type="html", timezone="UTC", now=NOW
    ).entries
    return [e.author for e in entries]


def test_the_marked_byline_beats_a_profile_link_in_the_prose() -> None:
    byline = (
        "<div class='entry-meta'><span class='byline'><strong>Author:</strong>"
        " <span class='author vcard'><a href='/author/sjd/'>SJD</a></span></span></div>"
    )
    assert authors(page(byline)) == ["SJD"] * 4


def test_the_prose_link_stands_when_nothing_is_marked() -> None:
    assert authors(page("")) == ["Jane Roe"] * 4
