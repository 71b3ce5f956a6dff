"""A block pasted into a slot of a front's grid with its own stylesheet (a "tip us off" box, a
documentary's trailer, a poll, a newsletter or subscription box: a <style> inside it, no
heading, no date) is an embed, not an entry (met on a news front's US and Australian
editions, each such block in a slot of the cards' grid of its own). A CMS's teaser is styled
by the page's stylesheet; a CSS-in-JS library's <style> beside a list's first card ("<style
data-emotion>") leaves that card a card."""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document

NOW = datetime(2026, 12, 4, 15, 0, tzinfo=UTC)

CARD = """<li class="slot"><div class="card"><h3><a href="/world/2026/dec/0{n}/story-{n}">{title}</a></h3>
<p>The standfirst of story {n}, a sentence long enough to read as a teaser's summary.</p></div></li>"""
TITLES = [
    "Ministers meet in Brussels over the budget",
    "Floods close the coastal road for a week",
    "A new bridge opens across the river",
    "Farmers protest the price of milk again",
    "The museum returns its looted bronzes",
]
PROMO = """<li class="slot"><div class="snap-embed"><div class="promo__wrapper">
<style>.promo__wrapper{background:#052962;color:#fff}.promo__main{font-size:24px}</style>
<a class="promo__title" href="/help/2026/mar/17/contact-us-securely">tip us off</a>
<a class="promo__main" href="/help/2026/mar/17/contact-us-securely">Share stories securely and
confidentially with our reporters</a></div></div></li>"""


def _links(body: str) -> list[str]:
    page = f"<html lang='en'><head><title>News</title></head><body><main>{body}</main></body></html>"
    parsed = parse_document(
        page.encode(), url="https://news.example/", source_type="html", timezone="UTC", now=NOW
    )
    return [e.link or "" for e in parsed.entries]


def test_a_block_with_its_own_stylesheet_and_no_heading_is_no_entry() -> None:
    cards = [CARD.format(n=n + 1, title=t) for n, t in enumerate(TITLES)]
    links = _links(f"<ul class='grid'>{''.join(cards[:3])}{PROMO}{''.join(cards[3:])}</ul>")
    assert not [link for link in links if "contact-us-securely" in link]
    assert len([link for link in links if "/story-" in link]) == len(TITLES)


def test_a_first_card_beside_a_css_in_js_style_is_kept() -> None:
    cards = [
        f'<li class="slot"><div class="card"><a href="/world/2026/dec/0{n + 1}/story-{n + 1}">'
        f'<div class="card__title">{t}</div></a><p>The standfirst of story {n + 1}, a sentence long '
        "enough to read as a teaser's summary.</p></div></li>"
        for n, t in enumerate(TITLES)
    ]
    style = '<style data-emotion="css 1x2y3z">.css-1x2y3z{margin:0}</style>'
    cards[0] = cards[0].replace('<div class="card">', f'<div class="card">{style}')
    links = _links(f"<ul class='grid'>{''.join(cards)}</ul>")
    assert "https://news.example/world/2026/dec/01/story-1" in links


def _headless_cards(extra: str) -> list[str]:
    """Cards titled by a <div> (no heading, no <time>), each holding ``extra``."""
    return [
        f'<li class="slot"><div class="card"><a href="/world/2026/dec/0{n + 1}/story-{n + 1}">'
        f'<div class="card__title">{t}</div></a><p>The standfirst of story {n + 1}, a sentence long '
        f"enough to read as a teaser's summary.</p>{extra}</div></li>"
        for n, t in enumerate(TITLES)
    ]


def test_an_icons_stylesheet_leaves_a_card_a_card() -> None:
    # An inline icon exported with its own <style> ("<svg><defs><style>.cls-1{…}") styles
    # the icon, not a block pasted in.
    icon = (
        '<svg viewBox="0 0 10 10"><defs><style>.cls-1{fill:#fff}</style></defs>'
        '<path class="cls-1" d="M0 0"/></svg>'
    )
    links = _links(f"<ul class='grid'>{''.join(_headless_cards(icon))}</ul>")
    assert len([link for link in links if "/story-" in link]) == len(TITLES)


def test_cards_that_all_bring_a_stylesheet_are_the_lists_template() -> None:
    # Every card with a <style> of its own is how the site writes its cards, not five pastes.
    style = "<style>.card{display:grid}</style>"
    links = _links(f"<ul class='grid'>{''.join(_headless_cards(style))}</ul>")
    assert len([link for link in links if "/story-" in link]) == len(TITLES)
