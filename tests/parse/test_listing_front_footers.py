"""Rules of branch freshC, from two daily's fronts of story cards and a state library's home
page: a lead card's companion headlines set apart in a footer of their own (a <footer> or
<div> holding only their <ul>) are entries even when no other card of the group carries such
a list; a list among a teaser's paragraphs is not; titles drop the characters that show
nothing (zero-width spaces, soft hyphens)."""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
BASE = "https://news.example.com/"
TOPICS = ["harbour", "council", "rail", "schools", "hospital", "budget"]


def entries(body: str) -> dict[str | None, str | None]:
    page = f"<html lang='en'><head><title>Front</title></head><body><main>{body}</main></body></html>"
    found = parse_document(page.encode(), url=BASE, source_type="html", timezone="UTC", now=NOW).entries
    return {e.link: e.title for e in found}


def card(n: int, topic: str, footer: str = "", extra: str = "") -> str:
    return (
        f"<li class='slice-item'><div class='card'><div class='card-content'>"
        f"<div class='card-header'><h3><a href='/news/2026/dec/0{n}/{topic}-story-of-the-day'>"
        f"<span class='kicker'>{topic.title()}</span> The {topic} story of the day is told here"
        "</a></h3></div>"
        f"<div class='standfirst'>A standfirst of a sentence about the {topic} and what came of it."
        f"{extra}</div>"
        f"{footer}</div></div></li>"
    )


def companions(topic: str) -> str:
    rows = "".join(
        f"<li class='sublink'><h4><a href='/news/2026/dec/06/{topic}-follow-up-{k}'>"
        f"<span class='kicker'>Analysis</span> Another look at the {topic} in part {k}</a></h4></li>"
        for k in range(1, 3)
    )
    return f"<div class='card-footer'><ul class='sublinks'>{rows}</ul></div>"


def front(lead_footer: str, extra: str = "") -> str:
    cards = [card(1, TOPICS[0], lead_footer, extra), *(card(n, t) for n, t in enumerate(TOPICS[1:], 2))]
    return f"<section class='container'><ul class='slice'>{''.join(cards)}</ul></section>"


def test_a_lead_cards_companion_headlines_in_a_footer_are_entries() -> None:
    found = entries(front(companions("harbour")))
    assert f"{BASE}news/2026/dec/06/harbour-follow-up-1" in found
    assert f"{BASE}news/2026/dec/06/harbour-follow-up-2" in found
    assert f"{BASE}news/2026/dec/01/harbour-story-of-the-day" in found


def test_a_list_among_a_teasers_words_is_no_companion() -> None:
    rows = "".join(
        f"<li><a href='/news/2026/dec/06/harbour-note-{k}'>A note about the harbour in part {k}</a></li>"
        for k in range(1, 3)
    )
    found = entries(front("", f"<ul>{rows}</ul>"))
    assert f"{BASE}news/2026/dec/06/harbour-note-1" not in found


def test_titles_drop_the_characters_that_show_nothing() -> None:
    body = "".join(
        f"<article><h2><a href='/news/2026/dec/0{n}/{t}-story'>The {t} story is choking the \u200bEarth "
        "and the Ver\u00adfas\u00adsung</a></h2>"
        f"<p>A sentence of an excerpt about the {t} here.</p></article>"
        for n, t in enumerate(TOPICS, 1)
    )
    titles = entries(body)
    assert (
        titles[f"{BASE}news/2026/dec/01/harbour-story"]
        == "The harbour story is choking the Earth and the Verfassung"
    )


def test_a_footer_list_linking_back_into_the_list_is_no_companion() -> None:
    """A post's "related posts" in a footer of their own, one of them another card of the
    list: neither it nor the older post beside it is an entry (review38)."""
    rows = (
        f"<li><a href='/news/2026/dec/03/{TOPICS[2]}-story-of-the-day'>The {TOPICS[2]} story of the"
        " day is told here</a></li>"
        "<li><a href='/news/2025/may/02/an-older-post-on-the-harbour'>An older post on the harbour"
        " and what came of it</a></li>"
    )
    found = entries(front(f"<div class='card-footer'><ul class='related'>{rows}</ul></div>"))
    assert f"{BASE}news/2025/may/02/an-older-post-on-the-harbour" not in found
    assert list(found)[:3] == [
        f"{BASE}news/2026/dec/0{n}/{topic}-story-of-the-day" for n, topic in enumerate(TOPICS[:3], 1)
    ]
