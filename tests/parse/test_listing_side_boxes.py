"""A magazine's category page: a dated archive of whole-card links beside a right-hand column
of boxes ("Top Videos", "Top News", "Neue Downloads") written with the same list component
(<ul class="List is-separated"><li><article>) but holding bare title links, no date, no
teaser, no picture (issue 12; the dev page showing it: chip_werkzeug_page5_de). The boxes
are not entries. A front's undated section blocks of pictured teasers beside its dated
newsticker stay (test_listing_section_grids).
"""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document

NOW = datetime(2019, 8, 25, 12, 0, tzinfo=UTC)
BASE = "https://magazin.example/"


def card(n: int) -> str:
    return (
        f"<li><article><h4 class='sr-only'>Werkzeug im Angebot: Nummer {n} der Woche</h4>"
        f"<a class='secondary' href='/news/Werkzeug-im-Angebot-Nummer-{n}_1528{n:05d}.html'>"
        f"<figure><img src='/img/{n}.jpg' alt=''><figcaption><div class='Metadata'>"
        f"<div class='meta caps'>News</div><time class='meta' datetime='2018-11-{n + 1:02d} 15:58:00'>"
        f"{n + 1:02d}.11.2018</time></div>"
        f"<p class='hl-xs'>Werkzeug im Angebot: Nummer {n} der Woche</p>"
        f"<p class='copy-md'>Ein Discounter bietet ab Montag das Gerät Nummer {n} günstig an.</p>"
        "</figcaption></figure></a></article></li>"
    )


def box(title: str, kind: str, start: int) -> str:
    links = "".join(
        f"<li><article><a class='block secondary' href='/{kind}/Ein-anderes-Thema-{n}_1700{n:05d}.html'>"
        f"<h4>Ein anderes Thema mit der Nummer {n} im Überblick</h4></a></article></li>"
        for n in range(start, start + 8)
    )
    return (
        f"<section class='fb-col-md-4'><h2>{title}</h2><ul class='List is-separated'>{links}</ul></section>"
    )


PAGE = (
    "<html lang='de'><head><title>Werkzeug - Tests - Magazin</title></head><body>"
    "<div class='Main__Container'><div class='fb'>"
    "<div class='fb-col-md-8'><section><h1>Werkzeug &amp; Co</h1>"
    "<h2>Aktuelle Beiträge aus dem Bereich: Werkzeug &amp; Co</h2><div class='Listing'>"
    f"<ul class='List is-separated'>{''.join(card(n) for n in range(12))}</ul></div></section></div>"
    "<div class='fb-col-12'><div class='fb'>"
    f"{box('TOP VIDEOS', 'video', 100)}{box('TOP NEWS', 'news', 200)}"
    f"{box('NEUE DOWNLOADS', 'downloads', 300)}"
    "</div></div></div></div></body></html>"
)


def test_boxes_of_bare_titles_beside_a_dated_archive_are_left_out() -> None:
    entries = parse_document(
        PAGE.encode(), url=BASE, source_type="html", timezone="Europe/Berlin", now=NOW
    ).entries
    assert [e.title for e in entries] == [f"Werkzeug im Angebot: Nummer {n} der Woche" for n in range(12)]
    assert entries[0].published == datetime(2018, 11, 1, 14, 58, tzinfo=UTC)
