"""A front page's top story with its headline in an <h1> (fronts that mark their lead story
so), in a block of its own above the list of <li> teasers: an entry, first, like a lead under
an <h2>. The page's own <h1>, its name linked to the home page, stays no entry.
"""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document

NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)


def _teasers(n: int) -> str:
    return "".join(
        f"<li class='item'><h3><a href='/2026/12/story-number-{i}-about-things'>Story number {i} about "
        f"some things in town</a></h3><time datetime='2026-12-0{1 + i % 4}T08:00:00Z'>{1 + i % 4} December "
        f"2026</time><p>An excerpt of the story number {i}, a sentence.</p></li>"
        for i in range(n)
    )


def test_a_lead_story_under_an_h1_is_the_first_entry() -> None:
    lead = (
        "<div class='opener'><h1><a href='/2026/12/the-lead-story-of-the-day'>The lead story of the day "
        "is a big one</a></h1><p>The lead's long excerpt, a sentence or two about it.</p>"
        "<span>5 December 2026</span></div>"
    )
    body = (
        "<html lang='en'><head><title>News</title></head><body><header><h1><a href='/'>The Daily "
        "Example of News</a></h1></header><main>"
        f"{lead}<ul class='list'>{_teasers(6)}</ul></main></body></html>"
    )
    parsed = parse_document(body.encode(), url="https://news.example/", source_type="html", now=NOW)
    links = [e.link for e in parsed.entries]
    assert links == [
        "https://news.example/2026/12/the-lead-story-of-the-day",
        *(f"https://news.example/2026/12/story-number-{i}-about-things" for i in range(6)),
    ]
    assert parsed.entries[0].title == "The lead story of the day is a big one"
