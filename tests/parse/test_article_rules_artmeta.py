"""parse/article_title.py and parse/article_markup.py (branch artmeta): a section's name before
a declared headline, a kicker set apart by layout only, a feed's cards of other posts; each rule
on a page made for it."""

from __future__ import annotations

import json

from _article import page

from aggregator.parse.article import read_article
from aggregator.parse.article_headline import without_section_prefix

TEXT = "<p>The water rose a metre above the quay before dawn, and the ferries stayed in port.</p>"


def test_a_section_named_by_the_address_s_folder_before_og_title_is_left_out() -> None:
    # og:title "notes: Harbour Tides"; the <h1> and <title> "Harbour Tides"; the page's folder /notes/.
    url = "https://example.org/notes/HarbourTides.html"
    head = '<meta property="og:title" content="notes: Harbour Tides">'
    body = f"<article><h1>Harbour Tides</h1>{TEXT}</article>"
    assert (
        read_article(page(head=head, body=body, lang="en", title="Harbour Tides"), url=url).title
        == "Harbour Tides"
    )


def test_a_name_before_the_headline_that_is_no_folder_of_the_address_is_kept() -> None:
    # "Tides: Harbour Tides" on /notes/…: a kicker, not the section the address names.
    seen = ["Harbour Tides"]
    assert without_section_prefix("Tides: Harbour Tides", seen, "https://example.org/notes/x.html") is None
    assert (
        without_section_prefix("notes: Harbour Tides", seen, "https://example.org/notes/x.html")
        == "Harbour Tides"
    )


def test_a_kicker_set_apart_by_layout_only_takes_the_colon_the_declared_headline_writes() -> None:
    # The <h1> is a navigation bar's item (og:title too); the displayed <h2> is two blocks,
    # kicker and headline, with no separator in the markup; JSON-LD joins them by a colon.
    url = "https://example.org/kultur/regierung-will-film-verbieten-a-1234"
    kicker, headline = "Absage an den Blockbuster", "Die Regierung will den Film im ganzen Land verbieten"
    short = "Land: Regierung will Film verbieten"
    ld = {"@type": "NewsArticle", "headline": f"{kicker}: {headline}"}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    head += f'<meta property="og:title" content="{short}">'
    body = (
        f"<nav><ul><li><h1>{short}</h1></li></ul></nav>"
        f'<article><header><h2><span class="k">{kicker}</span> <span class="h">{headline}</span></h2>'
        f"</header>{TEXT}</article>"
    )
    got = read_article(page(head=head, body=body, lang="de", title=f"{short} - SITE"), url=url)
    assert got.title == f"{kicker}: {headline}"


def test_times_in_a_feed_s_role_article_cards_do_not_date_the_post() -> None:
    # JSON-LD dates the post; the page's only <time>s are in a footer's two post previews,
    # inside the <main> that holds the page (its first <h1> the publication's name).
    url = "https://example.org/p/the-harbour-floods"
    ld = {
        "@type": "NewsArticle",
        "headline": "The harbour floods",
        "datePublished": "2026-03-03T12:47:57-05:00",
    }
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    card = (
        '<div role="article" aria-label="Post preview for {0}"><div><a href="/p/{1}">{0}</a></div>'
        '<div><a href="/p/{1}">Where has all the weirdness gone?</a></div>'
        '<div><time datetime="{2}">{3}</time></div></div>'
    )
    body = (
        "<main><h1>Harbour Weekly</h1><article><h1>The harbour floods</h1>"
        f"<div><div>Ann Writer</div><div>Mar 03, 2026</div></div>{TEXT}</article>"
        '<div role="region" aria-label="Top Posts Footer">'
        + card.format("The Decline of Deviance", "deviance", "2025-10-28T15:21:32.615Z", "Oct 28, 2025")
        + card.format("Punk rock science", "punk", "2022-02-23T02:08:02.108Z", "Feb 22, 2022")
        + "</div></main>"
    )
    got = read_article(page(head=head, body=body, lang="en", title="The harbour floods"), url=url)
    assert got.published is not None
    assert got.published.isoformat() == "2026-03-03T17:47:57+00:00"


def test_the_page_s_own_slug_is_no_section_before_the_site_s_name() -> None:
    # "Headline - Site" on /harbour-tides-rise/: the headline is the slug's words, not a section.
    url = "https://example.org/2020/03/harbour-tides-rise/"
    assert without_section_prefix("Harbour tides rise - Harbour News", ["Harbour News"], url) is None
