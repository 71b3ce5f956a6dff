"""A post titled by a year is no pager's page number (issue 12, the lead that ``PAGE_NUMBER``
reads "2019" as a page), written small: a film blog's category "/?cat=7", its posts at the
script's own address by number ("/?p=412", WordPress's plain permalinks), one of them the
review of the film "1917". A pager's link changes only paging parameters of the listing's
address ("?cat=7&paged=2"); this one changes the category too, so it is an article, not page
1917 of the category.
"""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document

NOW = datetime(2020, 3, 1, 12, 0, tzinfo=UTC)

FILMS = ("Parasite", "1917", "Little Women", "Jojo Rabbit", "Marriage Story")


def _page() -> bytes:
    posts = "".join(
        f"<article class='post'><h2 class='entry-title'><a href='/?p={410 + i}'>{film}</a></h2>"
        f"<div class='entry-meta'><time datetime='2020-02-{20 - i:02d}T10:00:00Z'>February {20 - i}, 2020"
        f"</time></div><div class='entry-summary'><p>Our review of {film}, one of the year's best pictures, "
        "and why it deserves a second look.</p></div></article>"
        for i, film in enumerate(FILMS)
    )
    pager = "<nav class='navigation'><a class='next' href='/?cat=7&paged=2'>Older posts</a></nav>"
    return (
        f"<html><head><title>Reviews</title></head><body><main><h1>Category: Reviews</h1>{posts}{pager}"
        "</main></body></html>"
    ).encode()


def test_a_post_titled_by_a_year_is_no_page_number() -> None:
    parsed = parse_document(
        _page(), url="https://films.example/?cat=7", source_type="html", timezone="UTC", now=NOW
    )
    assert [e.title for e in parsed.entries] == list(FILMS)
