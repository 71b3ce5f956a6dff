"""Rules of branch fronts30: cards a page labels as paid for ("Anzeige", "Sponsored",
"Publicidad"…) are no entries, in a heuristic list and in a JSON-LD ItemList; an untitled
ItemList item the page links nowhere is none when the page links most of the list."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from lxml import html

from aggregator.parse import parse_document
from aggregator.parse.listing._ads import labelled_ad

NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)

TITLES = [
    "Parliament passes the budget after a night of debate",
    "Storm closes schools across the northern valleys",
    "Central bank holds rates as inflation slows again",
    "Rail strike ends after a deal on wages is reached",
    "Museum returns stolen paintings to their owners",
    "City council approves new cycling lanes downtown",
]


def links(body: str, head: str = "", url: str = "https://news.example/") -> list[str]:
    page = f"<html lang='de'><head><title>Home</title>{head}</head><body>{body}</body></html>"
    found = parse_document(page.encode(), url=url, source_type="html", timezone="UTC", now=NOW).entries
    return [e.link for e in found]


def _card(href: str, title: str, label: str = "") -> str:
    kicker = f"<span class='kicker'>{label}</span>" if label else "<span class='kicker'>Politik</span>"
    return (
        f"<article class='teaser'><a href='{href}'>{kicker}<h3>{title}</h3></a>"
        f"<p>{title}, and what it means for the weeks ahead in the region.</p></article>"
    )


def _stream(label: str) -> str:
    cards = [_card(f"/2026/12/05/story-{i}", t) for i, t in enumerate(TITLES)]
    cards.insert(3, _card("https://shop.example/book?campaign=home", "Our book of the month is here", label))
    return f"<main><section class='stream'>{''.join(cards)}</section></main>"


@pytest.mark.parametrize(
    "label", ["Anzeige", "Sponsored", "Publicidad", "Реклама", "広告", "[Verlagsangebot]"]
)
def test_a_card_labelled_as_paid_for_is_no_entry(label: str) -> None:
    found = links(_stream(label))
    assert "https://shop.example/book?campaign=home" not in found
    assert len(found) == len(TITLES)


def test_a_label_word_inside_a_headline_is_no_label() -> None:
    found = links(_stream("Sponsored content is everywhere, a study finds"))
    assert "https://shop.example/book?campaign=home" in found


def test_a_list_mostly_of_labelled_cards_is_kept() -> None:
    cards = "".join(_card(f"/deals/{i}", t, "Sponsored") for i, t in enumerate(TITLES))
    assert len(links(f"<main><section class='stream'>{cards}</section></main>")) == len(TITLES)


def test_labelled_ad_reads_a_whole_label_only() -> None:
    assert labelled_ad(html.fromstring("<div><h3><a href='/a'>News</a></h3><span>Anzeige:</span></div>"))
    assert labelled_ad(html.fromstring("<div><a href='/help/ads'>Sponsored</a></div>"))
    assert not labelled_ad(html.fromstring("<div><span>Anzeige <b>Reisen</b></span></div>"))
    assert not labelled_ad(html.fromstring("<div><span>Werbung wirkt</span></div>"))


def _item_list(urls: list[str]) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "ItemList",
        "itemListElement": [{"@type": "ListItem", "position": i + 1, "url": u} for i, u in enumerate(urls)],
    }
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


def test_an_item_list_leaves_out_cards_labelled_as_paid_for() -> None:
    urls = [f"https://news.example/2026/12/05/story-{i}" for i in range(len(TITLES))]
    offer = "https://shop.example/book?campaign=home"
    cards = [_card(u, t) for u, t in zip(urls, TITLES, strict=True)]
    cards.insert(3, f"<div class='promo'>{_card(offer, 'Our book of the month is here', 'Anzeige')}</div>")
    found = links(f"<main>{''.join(cards)}</main>", head=_item_list([*urls[:3], offer, *urls[3:]]))
    assert offer not in found
    assert found == urls


def test_an_item_list_leaves_out_untitled_items_the_page_links_nowhere() -> None:
    shown = [f"https://news.example/2026/12/05/story-{i}" for i in range(len(TITLES))]
    unshown = ["https://news.example/2026/12/05/later-1", "https://news.example/2026/12/05/later-2"]
    cards = "".join(_card(u, t) for u, t in zip(shown, TITLES, strict=True))
    found = links(f"<main>{cards}</main>", head=_item_list([*shown, *unshown]))
    assert found == shown


def test_an_item_list_the_page_does_not_show_is_kept_whole() -> None:
    urls = [f"https://news.example/2026/12/05/story-{i}" for i in range(4)]
    found = links("<main><p>Loading…</p></main>", head=_item_list(urls))
    assert found == urls


def test_an_ad_slot_under_a_teaser_leaves_the_teaser() -> None:
    # Each teaser of a stream followed, in its own item, by an ad slot captioned "Anzeige".
    cards = "".join(
        f"<li><article class='teaser'><h3><a href='/2026/12/05/story-{i}'>{t}</a></h3>"
        f"<p>{t}, and what it means for the weeks ahead in the region.</p></article>"
        + (
            "<div class='slot'><span class='caption'>Anzeige</span><div id='ad-1'></div></div>"
            if i == 2
            else ""
        )
        + "</li>"
        for i, t in enumerate(TITLES)
    )
    assert len(links(f"<main><ul class='stream'>{cards}</ul></main>")) == len(TITLES)
