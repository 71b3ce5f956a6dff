"""News front pages (issue 12, the dev corpus's fronts of Die Presse and the Süddeutsche),
written small: a block per section, each a heading, a menu and a list of the same shape; the
sections' teasers in a region the page marks "complementary" that holds more of them than
the top stories; a section's inner list of one-line teasers; a kicker set in bold inside the
headline's link; a "une" (a showcase's name) as long as a list; a reaction count and a
type label inside a headline; a ticker showing one item at a time. A sidebar box of the same
cards, smaller than the list, stays out.
"""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document
from aggregator.types import RawEntry

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
SECTIONS = ("Politik", "Wirtschaft", "Kultur", "Sport")


def entries(body: str, url: str = "https://zeitung.example/") -> tuple[RawEntry, ...]:
    return parse_document(body.encode(), url=url, source_type="html", timezone="UTC", now=NOW).entries


def story(section: str, n: int) -> str:
    return f"/{section.lower()}/ein-langer-artikel-ueber-das-thema-{n}-1.{2849000 + n}"


def test_every_section_block_of_a_front_page_is_read() -> None:
    blocks = "".join(
        f"<div class='ressortliste'><div class='ressorthtml'><h2><a href='/{s.lower()}'>{s}</a></h2>"
        f"<ul class='resnav'><li><a href='/{s.lower()}/inland'>Inland</a></li>"
        f"<li><a href='/{s.lower()}/ausland'>Ausland</a></li></ul></div>"
        f"<div class='listen'><ul>"
        + "".join(
            f"<li><h3><a href='{story(s, i * 10 + n)}'>{s}: eine Nachricht mit Titel Nummer {n}</a></h3>"
            f"<p>Ein Satz, der die Nachricht kurz zusammenfasst, lang genug.</p></li>"
            for n in range(3 + i % 2)
        )
        + "</ul></div></div>"
        for i, s in enumerate(SECTIONS)
    )
    page = (
        "<html lang='de'><body><div id='content'>"
        f"<div class='ressortlisten'>{blocks}</div></div></body></html>"
    )
    found = entries(page)
    assert len(found) == 3 + 4 + 3 + 4
    assert {e.title.split(":")[0] for e in found if e.title} == set(SECTIONS)


def test_section_teasers_in_a_complementary_region_larger_than_the_list_and_their_one_liners() -> None:
    def teaser(section: str, n: int, cls: str = "teaser") -> str:
        return (
            f"<div class='{cls}'><a class='entry-title' href='{story(section, n)}'>"
            f"<img src='/bild/{section}-{n}.jpg' width='208' height='156' alt=''>"
            "<strong>Ein Stichwort in vier Worten</strong> "
            f"<em>{section}: die Schlagzeile Nummer {n}</em></a>"
            f"<p class='entry-summary'>Ein Satz, der den Artikel kurz zusammenfasst, lang genug.</p></div>"
        )

    def one_liners(section: str) -> str:
        return (
            "<div class='teaser'><ul class='oneliner'>"
            + "".join(
                f"<li><a href='{story(section, 50 + n)}'><div><span><strong>Thema</strong></span></div>"
                f"<em>{section}: eine kurze Meldung Nummer {n}{' mit mehr Worten' * (n == 1)}</em></a></li>"
                for n in range(3)
            )
            + "</ul></div>"
        )

    top = "".join(teaser("Top", n, "teaser top") for n in range(3))
    departments = "".join(
        f"<div class='department'><aside><h2><a href='/{s.lower()}'>{s}</a></h2></aside>"
        + teaser(s, 1, "teaser top left")
        + teaser(s, 2, "teaser top right")
        + one_liners(s)
        + "</div>"
        for s in SECTIONS
    )
    sidebar = (
        "<aside class='sidebar'><h3>Meistgelesen</h3>" + teaser("Meist", 1) + teaser("Meist", 2) + "</aside>"
    )
    page = (
        "<html lang='de'><body><div id='wrapper'>"
        f"<div id='sitecontent' role='main'>{top}</div>"
        f"<div id='relatedcontent' role='complementary'>{departments}</div>{sidebar}</div></body></html>"
    )
    found = entries(page)
    titles = [e.title for e in found]
    assert len(found) == 3 + len(SECTIONS) * 5
    assert "Politik: die Schlagzeile Nummer 1" in titles  # the bold kicker is not the title
    assert "Sport: eine kurze Meldung Nummer 2" in titles  # a one-liner of the inner list
    assert "Sport: eine kurze Meldung Nummer 0" in titles  # though the longest is read first
    assert not any(t and t.startswith("Meist") for t in titles)


def headline_list(n: int) -> str:
    return "".join(
        f"<a href='{story('Une', i)}'><figure><img src='/i/{i}.jpg' alt=''><figcaption>"
        f"<h3>Une nouvelle importante racontée en détail, numéro {i} "
        f"<span class='nb_reactions'>{i + 3}</span><span class='type_element'>Post de blog</span></h3>"
        "</figcaption></figure></a>"
        for i in range(n)
    )


def test_a_long_a_la_une_list_is_the_list_and_its_headlines_lose_counts_and_labels() -> None:
    # A front page: its "une" (a showcase's name) holds a list of twelve headlines, longer
    # than any showcase; a short box of three rich cards stands beside it.
    box = "".join(
        f"<article><h2><a href='{story('Box', i)}'>Un dossier de la semaine présenté ici {i}</a></h2>"
        f"<p>Un chapeau qui présente le dossier en une phrase assez longue.</p></article>"
        for i in range(3)
    )
    page = (
        "<html lang='fr'><body><main>"
        f"<section class='une_normale'><div class='titres_liste'>{headline_list(12)}</div></section>"
        f"<div class='dossiers'>{box}</div></main></body></html>"
    )
    found = entries(page, "https://journal.example/")
    titles = [e.title for e in found if "/une/" in e.link]
    assert len(titles) == 12
    assert titles[0] == "Une nouvelle importante racontée en détail, numéro 0"


def test_a_ticker_showing_one_item_at_a_time_is_not_the_list() -> None:
    hidden = ' style="display:none"'
    ticker = (
        "<div class='ticker'>"
        + "".join(
            f"<a class='titre' href='{story('Fil', i)}'{hidden if i else ''}>"
            f"<span class='heure'>13:{i:02}</span>Une dépêche tombée à l'instant, numéro {i}</a>"
            for i in range(12)
        )
        + "</div>"
    )
    cards = "".join(
        f"<article><h2><a href='{story('Politique', i)}'>Un article de fond sur la politique {i}</a></h2>"
        "</article>"
        for i in range(3)
    )
    page = f"<html lang='fr'><body><div id='content'>{cards}</div>{ticker}</body></html>"
    found = entries(page, "https://journal.example/")
    assert [e.link.split("/")[3] for e in found] == ["politique"] * 3


def test_headlines_that_start_like_a_read_more_link_are_headlines() -> None:
    heads = [
        "Mehr als eine halbe Million abgezweigt: Buchhalterin muss ins Gefängnis",
        "More than a million people watched the launch from the beach",
        "Plus de trois cents manifestants devant la préfecture ce matin",
        "Weiterlesen lohnt sich: ein Roman über das Lesen selbst",
    ]
    items = "".join(
        f"<li><a href='{story('Mix', n)}'><div><span><strong>Prozess</strong></span></div>"
        f"<em>{head}</em></a> <a href='{story('Mix', n)}'>Weiterlesen</a></li>"
        for n, head in enumerate(heads)
    )
    page = f"<html lang='de'><body><main><ul class='oneliner'>{items}</ul></main></body></html>"
    assert [e.title for e in entries(page)] == heads


def test_a_kicker_in_bold_before_the_headline_in_a_plain_link() -> None:
    items = "".join(
        f"<div class='teaser'><a class='entry-title' href='{story('Panorama', n)}'>"
        f"<strong>{kicker}</strong> <em>{head}</em></a>"
        "<p class='entry-summary'>Ein Satz, der den Artikel kurz zusammenfasst, lang genug.</p></div>"
        for n, (kicker, head) in enumerate(
            [
                ("Kuba", "Historische Begegnung: Papst trifft Moskauer Patriarchen Kyrill"),
                ("Datentransfer in die USA", "Nach Safe Harbor: lasche Regeln ersetzen superlasche"),
                ("Karneval", "Köln bleibt zu Hause, und der Zug fällt aus"),
            ]
        )
    )
    page = f"<html lang='de'><body><main>{items}</main></body></html>"
    assert [e.title for e in entries(page)] == [
        "Historische Begegnung: Papst trifft Moskauer Patriarchen Kyrill",
        "Nach Safe Harbor: lasche Regeln ersetzen superlasche",
        "Köln bleibt zu Hause, und der Zug fällt aus",
    ]
