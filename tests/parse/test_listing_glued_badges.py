"""A badge written against the headline, no space between ("<a><span>Video</span>Council
approves …</a>": a style sheet sets "Video", "LIVE" or "Exclusive" apart, the text runs them
together): the headline read "VideoCouncil approves …". A first run of one to three words that
ends in a letter or digit, with the headline's capital right after it, is a badge; emphasis
("<b>Mc</b>Donald's") and a run followed by a space stay the headline's."""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document

NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)

CARD = """<li class="c1"><h3 class="c2"><a href="/story/{n}">{badge}{title}</a></h3>
<p class="c4">A summary of the story, long enough to be read as the teaser's text.</p>
<span class="c5">Dec {d}, 2026</span></li>"""

TITLES = [
    "Council approves the new school budget",
    "Storm closes the northern highway",
    "Local team wins the final",
]


def _titles(badges: list[str]) -> list[str | None]:
    body = "".join(
        CARD.format(n=i, badge=b, title=t, d=3 - i)
        for i, (b, t) in enumerate(zip(badges, TITLES, strict=True))
    )
    page = f"<html lang='en'><head><title>News</title></head><body><main><ul>{body}</ul></main></body></html>"
    parsed = parse_document(
        page.encode(), url="https://news.example/", source_type="html", timezone="Europe/London", now=NOW
    )
    return [e.title for e in parsed.entries]


def test_a_badge_run_against_the_headline_is_no_part_of_it() -> None:
    badges = [
        '<span class="b">Video</span>',
        '<span class="b">LIVE</span>',
        '<span class="b">Exclusive</span>',
    ]
    assert _titles(badges) == TITLES


def test_emphasis_and_spaced_runs_stay_the_headlines() -> None:
    assert _titles(["<b>New</b>", "", ""])[0] == "NewCouncil approves the new school budget"
    assert (
        _titles(['<span class="b">Breaking</span> ', "", ""])[0]
        == "Breaking Council approves the new school budget"
    )


BRAND_CARD = """<li class="c1"><h3 class="c2"><a href="/story/{slug}">{run}{title}</a></h3>
<p class="c4">A summary of the story, long enough to be read as the teaser's text.</p>
<span class="c5">Dec {d}, 2026</span></li>"""


def _brand_titles(cards: list[tuple[str, str, str]]) -> list[str | None]:
    body = "".join(
        BRAND_CARD.format(slug=slug, run=run, title=title, d=3 - i)
        for i, (slug, run, title) in enumerate(cards)
    )
    page = f"<html lang='en'><head><title>News</title></head><body><main><ul>{body}</ul></main></body></html>"
    parsed = parse_document(
        page.encode(), url="https://news.example/", source_type="html", timezone="Europe/London", now=NOW
    )
    return [e.title for e in parsed.entries]


def test_a_name_set_in_a_style_of_its_own_stays_the_headlines() -> None:
    # The link's address spells the run and the next word as one word or as two, or the run
    # starts with a small letter: a word of the headline (a brand's logo type), not a badge.
    assert _brand_titles(
        [
            ("playstation-5-price-cut", '<span class="l">Play</span>', "Station 5 price cut announced"),
            ("iphone-pro-review", '<span class="l">iPhone</span>', "Pro review: a week later"),
            ("40213", '<span class="l">eBay</span>', "Sellers face new fees"),
        ]
    ) == ["PlayStation 5 price cut announced", "iPhone Pro review: a week later", "eBaySellers face new fees"]
