"""Archive pages: every post of a blog listed by day, a line each (Pelican's archives: a <dl> of
days and title links). Posts' titles there can be short ("Article 1", "Oh yeah !"), which
alone reads as a menu; a date on nearly every item of its own says they are posts. And the
first line, a day beside a title link, is an entry, not the day heading of the others.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from aggregator.parse import parse_document

NOW = datetime(2024, 1, 1, 12, 0, tzinfo=UTC)


def entries(main: str, aside: str = "", lang: str = "en") -> list[tuple[str | None, date | None]]:
    body = (
        f"<html lang='{lang}'><head><title>A blog</title></head><body>"
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/about/'>About</a></li>"
        "<li><a href='/tags/'>Tags</a></li></ul></nav>"
        f"<section id='content'><h1>Archives</h1>{main}</section><aside>{aside}</aside></body></html>"
    )
    parsed = parse_document(
        body.encode(), url="https://blog.example/archives.html", source_type="html", now=NOW
    )
    return [(e.title, e.published.date() if e.published else None) for e in parsed.entries]


_POSTS = [
    ("30 novembre 2012", "/posts/2012/11/30/metadata/", "Metadata example", date(2012, 11, 30)),
    ("29 février 2012", "/posts/2012/02/29/second/", "Second article", date(2012, 2, 29)),
    ("17 février 2011", "/posts/2011/02/17/article-1/", "Article 1", date(2011, 2, 17)),
    ("17 février 2011", "/posts/2011/02/17/article-2/", "Article 2", date(2011, 2, 17)),
    ("20 octobre 2010", "/posts/2010/10/20/oh-yeah/", "Oh yeah !", date(2010, 10, 20)),
]


def test_short_titles_each_under_its_day_are_posts() -> None:
    dl = "".join(f"<dt>{day}</dt><dd><a href='{href}'>{title}</a></dd>" for day, href, title, _ in _POSTS)
    # A widget of months: its links are dates themselves; a blogroll: undated.
    months = "".join(
        f"<li><a href='/2012/{m:02d}/'>{name} 2012</a></li>"
        for m, name in [(11, "novembre"), (2, "février"), (1, "janvier"), (12, "décembre")]
    )
    blogroll = "".join(f"<li><a href='https://friend{i}.example/'>Friend {i}</a></li>" for i in range(5))
    found = entries(f"<dl>{dl}</dl>", f"<ul>{months}</ul><ul>{blogroll}</ul>", lang="fr")
    assert found == [(title, day) for _, _, title, day in _POSTS]


def test_the_first_dated_line_is_an_entry_not_the_day_heading() -> None:
    lines = "".join(
        f"<li>{day} <a href='{href}'>{title}, a longer title of a post</a></li>"
        for day, href, title, _ in _POSTS
    )
    found = entries(f"<ul class='archive'>{lines}</ul>", lang="fr")
    assert found == [(f"{title}, a longer title of a post", day) for _, _, title, day in _POSTS]


def test_a_months_widget_alone_is_no_list_of_posts() -> None:
    months = "".join(
        f"<li><a href='/2012/{m:02d}/'>{name} 2012</a></li>"
        for m, name in [(11, "novembre"), (10, "octobre"), (9, "septembre"), (8, "août"), (7, "juillet")]
    )
    posts = "".join(
        f"<article><h2><a href='/posts/{i}/a-longer-title'>A post with a longer title {i}</a></h2>"
        f"<p>What the post says, in a sentence or two.</p></article>"
        for i in range(3)
    )
    found = entries(posts, f"<ul>{months}</ul>", lang="fr")
    assert [t for t, _ in found] == [f"A post with a longer title {i}" for i in range(3)]
