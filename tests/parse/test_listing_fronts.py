"""News front pages (issue 12, the dev corpus's fronts of Die Presse and the Süddeutsche),
written small: a block per section, each a heading, a menu and a list of the same shape; the
sections' teasers in a region the page marks "complementary" that holds more of them than
the top stories; a section's inner list of one-line teasers; a kicker set in bold inside the
headline's link. A sidebar box of the same cards, smaller than the list, stays out.
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
                f"<em>{section}: eine kurze Meldung Nummer {n}</em></a></li>"
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
    assert not any(t and t.startswith("Meist") for t in titles)
