"""A weblog's stream of full articles with each day's link posts in a list between them (a
heading for the day, a <dl> of link posts, then the day's article): the articles are the
stream's own blocks and score best, and the link posts are entries too, those of the newest
day before the first article included. A "Most read" box set among the articles stays out.
"""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document

NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)


def _text(n: int) -> str:
    return "".join(
        f"<p>Paragraph text of the post body goes here with <a href='https://x.example/{n}/{k}'>a reference"
        f"</a>.</p>"
        for k in range(2)
    )


def _links(d: int) -> str:
    return "".join(
        f"<dt><a href='https://other.example/{d}/{k}/some-story'>Link post {d}-{k} to another site</a> "
        f"<a class='permalink' href='/linked/2026/12/0{4 - d}/p{d}{k}'>&#9733;</a></dt><dd>{_text(d)}</dd>"
        for k in range(3)
    )


def _page(extra: str = "") -> list[str]:
    days = "".join(
        f"<h2 class='dateline'>Friday, {4 - d} December 2026</h2><dl class='linkedlist'>{_links(d)}</dl>"
        f"<div class='article'><h1><a href='/2026/12/article_{d}'>Article number {d} of the day</a></h1>"
        f"<h6 class='dateline'>Friday, {4 - d} December 2026</h6>{_text(d)}{_text(d)}</div>"
        + (extra if d == 0 else "")
        for d in range(3)
    )
    body = (
        "<html lang='en'><head><title>A weblog</title></head><body><div id='Box'><div id='Banner'>"
        f"<a href='/'>A weblog</a></div><div id='Main'>{days}</div></div></body></html>"
    )
    parsed = parse_document(
        body.encode(), url="https://blog.example/", source_type="html", timezone="America/New_York", now=NOW
    )
    return [
        e.link.rsplit("/", 2)[-2] if "other" in e.link else e.link.rsplit("/", 1)[-1] for e in parsed.entries
    ]


def test_link_posts_between_articles_are_entries() -> None:
    found = _page()
    assert sorted(found) == sorted(
        [f"article_{d}" for d in range(3)] + [str(k) for d in range(3) for k in range(3)]
    )
    assert len(found) == 12


def test_a_most_read_box_among_the_articles_stays_out() -> None:
    box = (
        "<div class='most-read'><h3>Most read</h3><ul>"
        + "".join(
            f"<li><a href='/2026/11/popular-{i}'>A popular story from last month, {i}</a></li>"
            for i in range(4)
        )
        + "</ul></div>"
    )
    found = _page(box)
    assert not any(f.startswith("popular") for f in found)
    assert len(found) == 12
