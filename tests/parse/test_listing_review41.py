"""Misfires of issue 12's listing rules on pages they were not written for (review41), written
small: a diary on WordPress's plain permalinks whose posts are titled by their days
("/?p=412" titled "Friday, February 20") lost every post as "another day's page of the
listing" (a day page carries its day in the address, "news?offset=04/20/13"); a gallery whose
posts link nothing but their pictures' files lost every post to the rule that a link to a
picture's file (a lightbox's "View image" beside a post's page) is no article; a news page laid
out in rows of two teasers ("<div class=row><div class=left>…</div><div class=right>…</div>")
lost its right-hand column, the pair read as one card's fields because the rows beside repeat
it (as a wiki-built weblog's posts repeat their permalink heading and text); a list of posts each
followed by its date paragraph, under a first paragraph of the site's day, dated each post by the
post before it (the paragraphs read as days between posts, as a wiki-built weblog's are).
"""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document

NOW = datetime(2020, 3, 1, 12, 0, tzinfo=UTC)

DAYS = ("Friday, February 20", "Thursday, February 19", "Wednesday, February 18", "Tuesday, February 17")


def _diary() -> bytes:
    posts = "".join(
        f"<article class='post'><h2 class='entry-title'><a href='/?p={410 + i}'>{day}</a></h2>"
        f"<div class='entry-meta'><time datetime='2020-02-{20 - i:02d}T10:00:00Z'>{day}, 2020</time></div>"
        "<div class='entry-summary'><p>What I did today, where I walked and whom I met on the way.</p></div>"
        "</article>"
        for i, day in enumerate(DAYS)
    )
    pager = "<nav class='navigation'><a class='next' href='/?paged=2'>Older posts</a></nav>"
    return f"<html><body><main><h1>My diary</h1>{posts}{pager}</main></body></html>".encode()


def test_posts_titled_by_their_days_are_no_day_pages() -> None:
    parsed = parse_document(
        _diary(), url="https://diary.example/", source_type="html", timezone="UTC", now=NOW
    )
    assert [e.title for e in parsed.entries] == list(DAYS)


def _gallery() -> bytes:
    photos = "".join(
        f"<div class='photo'><a href='/photos/sunset-{i}.jpg'><img src='/photos/thumb-{i}.jpg' alt=''></a>"
        f"<p class='caption'><a href='/photos/sunset-{i}.jpg'>Sunset over the lake, evening {i}</a></p>"
        f"<span class='date'>February {20 - i}, 2020</span></div>"
        for i in range(6)
    )
    return f"<html><body><h1>Photos</h1><div class='gallery'>{photos}</div></body></html>".encode()


def test_a_gallery_of_picture_files_keeps_its_pictures() -> None:
    parsed = parse_document(
        _gallery(), url="https://photos.example/gallery/", source_type="html", timezone="UTC", now=NOW
    )
    assert [e.link for e in parsed.entries] == [
        f"https://photos.example/photos/sunset-{i}.jpg" for i in range(6)
    ]


def _rows() -> bytes:
    def teaser(n: int) -> str:
        return (
            f"<h3><a href='/news/2020/02/{10 + n}/story-{n}'>A news story about the town number {n}</a></h3>"
            f"<span class='date'>February {10 + n}, 2020</span><p>The story's teaser.</p>"
        )

    rows = "".join(
        f"<div class='row'><div class='left'>{teaser(2 * r)}</div>"
        f"<div class='right'>{teaser(2 * r + 1)}</div></div>"
        for r in range(4)
    )
    return f"<html><body><h1>News</h1><div id='news'>{rows}</div></body></html>".encode()


def test_rows_of_two_teasers_keep_both_columns() -> None:
    parsed = parse_document(
        _rows(), url="https://town.example/news/", source_type="html", timezone="UTC", now=NOW
    )
    assert [e.link for e in parsed.entries] == [
        f"https://town.example/news/2020/02/{10 + n}/story-{n}" for n in range(8)
    ]


def _dated_after() -> bytes:
    posts = "".join(
        f"<div class='post'><h2><a href='/2020/02/post-{i}/'>A post about gardening number {i}</a></h2>"
        f"<p>The teaser of the post about plants.</p></div><p>February {18 - i}, 2020</p>"
        for i in range(5)
    )
    return f"<html><body><div id='main'><p>February 29, 2020</p>{posts}</div></body></html>".encode()


def test_a_date_paragraph_after_each_post_is_that_post_s() -> None:
    parsed = parse_document(
        _dated_after(), url="https://garden.example/", source_type="html", timezone="UTC", now=NOW
    )
    assert all(e.published is None or e.published.day == 18 - i for i, e in enumerate(parsed.entries))
