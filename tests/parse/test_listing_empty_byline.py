"""A card whose byline element holds only its lead word ("By " with the name left blank by
the site's template) names no author: the card's author is None, not "By" (issue 12; the dev
page showing it: felix_front_gb, a student newspaper's front where one card of 76 reads
"By ").
"""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document

NOW = datetime(2021, 3, 24, 18, 53, tzinfo=UTC)
NAMES = ["Henry Alman", "Isabelle Zhang", "", "Jack Powell", "Lloyd T James", ""]


def card(n: int, name: str, by: str) -> str:
    return (
        f"<div class='section-post'><a href='/articles/story-{n}/'><div class='image'></div></a>"
        f"<div class='section-post-info'><div class='section-post-title'>"
        f"<a href='/articles/story-{n}/'>The story number {n} of this week</a></div>"
        f"<div class='section-post-subtitle'>What happened in story {n}, told briefly...</div>"
        f"<div class='section-post-byline'><span class='author'>{by} {name}</span></div></div></div>"
    )


def authors(by: str) -> list[str | None]:
    body = "".join(card(n, name, by) for n, name in enumerate(NAMES))
    page = f"<html lang='en'><body><main><div class='section'>{body}</div></main></body></html>"
    entries = parse_document(
        page.encode(), url="https://paper.example/", source_type="html", timezone="UTC", now=NOW
    ).entries
    return [e.author for e in entries]


def test_a_byline_of_its_lead_word_alone_names_no_author() -> None:
    assert authors("By") == [name or None for name in NAMES]


def test_the_same_in_other_languages() -> None:
    assert authors("Par") == [name or None for name in NAMES]
    assert authors("Autor:") == [name or None for name in NAMES]
