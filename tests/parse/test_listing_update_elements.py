"""An update's line and the publication's in elements of their own, no separator written
between them ("<span>Updated 1 hour ago</span> <span>Published 3 hours ago</span>", as news
cards print both): the line was read as one part that starts with "Updated", and its first
date, the update's, was taken. Each element showing an update's line is a part of the line of
its own, left out when the publication's date is shown beside it; a card showing only an
update's date keeps it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from aggregator.parse import parse_document

NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)

CARD = """<li class="c1"><h3 class="c2"><a href="/story/{n}">{title}</a></h3>
<div class="c3">{line}</div><p class="c4">A summary of the story, long enough to be read as the
teaser's text rather than a line of metadata.</p></li>"""

TITLES = [
    "Council approves the new school budget",
    "Storm closes the northern highway",
    "Local team wins the final",
]


def _dates(lines: list[str], lang: str = "en") -> list[datetime | None]:
    body = "".join(
        CARD.format(n=i, title=t, line=line) for i, (t, line) in enumerate(zip(TITLES, lines, strict=True))
    )
    head = f"<html lang='{lang}'><head><title>News</title></head>"
    page = f"{head}<body><main><ul>{body}</ul></main></body></html>"
    parsed = parse_document(
        page.encode(), url="https://news.example/", source_type="html", timezone="Europe/London", now=NOW
    )
    return [e.published for e in parsed.entries]


def test_an_update_in_an_element_of_its_own_gives_way_to_the_publication() -> None:
    lines = [f"<span>Updated 1 hour ago</span> <span>Published {h} hours ago</span>" for h in (3, 5, 7)]
    assert _dates(lines) == [NOW - timedelta(hours=h) for h in (3, 5, 7)]
    # Wrapped, and with the update's time in a <time> of its own.
    lines = [
        f"<div><span>Updated <b>1 hour ago</b></span> <span>{h} hours ago</span></div>" for h in (3, 5, 7)
    ]
    assert _dates(lines) == [NOW - timedelta(hours=h) for h in (3, 5, 7)]


def test_an_update_alone_is_the_date_shown() -> None:
    lines = [f"<span>Updated {h} hours ago</span>" for h in (3, 5, 7)]
    assert _dates(lines) == [NOW - timedelta(hours=h) for h in (3, 5, 7)]
