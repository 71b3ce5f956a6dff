"""Which h-entries of a page are its entries: a personal site's stream of notes beside a
sidebar h-feed of "Recent Articles" (the sidebar's h-entries are a box, like a "Recent Posts"
widget); an event post in the stream marked ``h-event hentry`` (the older class) among the
h-entry notes; an h-entry that is only its link (microformats2's implied name).
"""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document

NOW = datetime(2018, 1, 6, 12, 0, tzinfo=UTC)


def _note(i: int) -> str:
    return (
        f"<li class='h-entry'><p class='p-name e-content'>A note written on the day, number {i}, "
        f"about a run in the park with <a href='https://social.example/friend{i}'>@friend{i}</a>.</p>"
        f"<a class='u-url dt-published' href='/2018/00{i}/t1/note'>"
        f"<time datetime='2018-01-0{i}T09:00-08:00'>09:00 on 2018-01-0{i}</time></a></li>"
    )


def _page(stream: str, aside: str = "") -> list[tuple[str | None, str | None]]:
    body = (
        "<html><head><title>Me</title></head><body><header><h1>Me</h1></header>"
        f"<div class='h-feed stream'><ol>{stream}</ol></div><aside>{aside}</aside></body></html>"
    )
    parsed = parse_document(
        body.encode(), url="https://me.example/", source_type="html", timezone="America/Los_Angeles", now=NOW
    )
    return [(e.link, e.title) for e in parsed.entries]


_NOTES = "".join(_note(i) for i in range(1, 4))
_LINKS = [f"https://me.example/2018/00{i}/t1/note" for i in range(1, 4)]


def test_a_sidebar_h_feed_is_not_the_stream() -> None:
    recent = "".join(
        f"<li class='h-entry'><a href='/2017/{i}/b1/article'>An article I wrote some time ago, {i}</a></li>"
        for i in range(3)
    )
    found = _page(
        _NOTES, f"<div class='h-feed'><h2 class='p-name'>Recent Articles</h2><ul>{recent}</ul></div>"
    )
    assert [link for link, _ in found] == _LINKS


def test_an_older_hentry_in_the_stream_is_an_entry() -> None:
    event = (
        "<li class='h-event hentry'><a class='u-url' href='/2017/361/e1/meetup'><h1 class='entry-title'>"
        "Homebrew Website Club</h1></a><p>When: <time class='dt-start'>2017-12-27 17:00</time></p></li>"
    )
    found = _page(_NOTES + event)
    assert [link for link, _ in found] == [*_LINKS, "https://me.example/2017/361/e1/meetup"]
    assert found[-1][1] == "Homebrew Website Club"


def test_an_entry_that_is_only_its_link_is_named_by_it() -> None:
    lone = "".join(
        f"<li class='h-entry'><a href='/2017/{i}/b1/article'>An article I wrote some time ago, {i}</a></li>"
        for i in range(3)
    )
    found = _page(lone)
    assert found == [
        (f"https://me.example/2017/{i}/b1/article", f"An article I wrote some time ago, {i}")
        for i in range(3)
    ]
