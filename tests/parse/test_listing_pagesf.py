"""Rules from branch pagesF's pages (tag, category and author archives of static WordPress
exports in Polish, Turkish, Ukrainian, Indonesian, Portuguese and Czech), each on small
hand-written HTML.

- dev/aviary_aktualnosci_pl: a blog's category archive of whole posts, each an <h3> title link
  over a date line and the post's text, some posts with <h2> headings of their own ("Agenda")
  further down: an unlinked heading after running text that follows a heading standing alone as
  a link is the body's, not the title, though it ranks higher; the title is then the linked
  heading nearest the text, when it is longer than a kicker and leads to no site's home or
  listing page (review43: a "Podcast" kicker, a planet's blog-name heading).
- dev/vlasylena_techniky_cs (read without class names): "Od" (Czech and Slovak WordPress
  themes' "By") is a by-word before the author's link, and a by-word alone in the element
  before the one the link opens ("<span>By</span><span><a>…</a></span>", a theme's label and
  the author's vcard) names the link's text the author, as it would right before the link;
  not inside a caption ("Photo by"), nor when the link goes to a tag or category page.
- dev/aviary_aktualnosci_pl again: a link inside a paragraph of a post's prose, not opening it,
  that repeats a picture's ``alt`` (a link "Firefox OS App Days" in a sentence beside the
  event's poster of that name) is not a byline under a portrait; a name opening its bio is.
"""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document
from aggregator.parse.listing._document import read_document
from aggregator.parse.listing._title import title_element
from aggregator.types import RawEntry

NOW = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)
BODY = (
    "<p>Biorąc udział w tym wydarzeniu będziesz miał możliwość uczenia się, hakowania i cieszenia"
    " systemem, otwartym systemie operacyjnym dla sieci mobilnych.</p>"
)


def entries(body: str, url: str = "https://blog.example.pl/category/aktualnosci/") -> tuple[RawEntry, ...]:
    return parse_document(
        body.encode(), url=url, source_type="html", timezone="Europe/Warsaw", now=NOW
    ).entries


def post(n: int, inner_heading: bool) -> str:
    rest = (
        f"{BODY}<h2>Agenda</h2><ul><li>09:30 Wprowadzenie</li></ul><h2>Rejestracja</h2><p>Aby się"
        f' zarejestrować wejdź na <a href="https://events.example/{n}">stronę wydarzenia</a>.</p>'
        if inner_heading
        else BODY
    )
    return (
        f'<div class="post"><div class="posthead"><h3><a href="/2013/0{n}/wpis-{n}/" rel="bookmark">'
        f"Spotkanie zespołu numer {n}</a></h3><p><strong>{n}.0{n}.2013, 20:45</strong>; kategorie: "
        f'<a href="/category/aktualnosci/">Aktualności</a>.</p></div><div class="entry">{rest}</div></div>'
    )


PAGE = (
    '<html lang="pl"><body><div id="sidebar"><h2>Kategorie</h2><ul><li><a href="/category/a/">A</a></li>'
    '<li><a href="/category/b/">B</a></li></ul></div><div id="content"><h2>Archiwum kategorii</h2>'
    + "".join(post(n, n == 2) for n in range(4, 0, -1))
    + '<div class="navigation"><a href="page/2/">« Starsze</a></div></div></body></html>'
)


def test_a_higher_heading_in_a_posts_text_is_not_its_title() -> None:
    found = entries(PAGE)
    assert [e.link for e in found] == [
        f"https://blog.example.pl/2013/0{n}/wpis-{n}/" for n in range(4, 0, -1)
    ]
    assert [e.title for e in found] == [f"Spotkanie zespołu numer {n}" for n in range(4, 0, -1)]


def test_the_title_element_is_the_linked_heading_before_the_running_text() -> None:
    card = read_document(post(2, True)).find(".//div[@class='post']")
    assert card is not None
    title = title_element(card)
    assert title is not None and title.text == "Spotkanie zespołu numer 2"


def test_a_linked_kicker_heading_right_above_an_unlinked_headline_stays_a_kicker() -> None:
    card_html = (
        '<div class="card"><h4><a href="/category/polityka/">Polityka i społeczeństwo kraju</a></h4>'
        "<h2>Rząd przyjął nowy budżet na przyszły rok</h2>" + BODY + "</div>"
    )
    card = read_document(card_html).find(".//div[@class='card']")
    assert card is not None
    title = title_element(card)
    assert title is not None and title.tag == "h2"


def czech_page(byline: str) -> str:
    cards = "".join(
        f'<article><h2><a href="/clanky/clanek-{n}/">Jak pečovat o vlasy v zimě, díl {n}</a></h2>'
        f'<div>{byline} <time datetime="2024-02-1{n}T14:54:00+00:00">1{n} února, 2024</time></div>'
        "<p>Péče o vlasy začíná u základů a tento článek vám ukáže, jak na to správně.</p></article>"
        for n in range(4, 0, -1)
    )
    return f"<html><body><main>{cards}</main></body></html>"


def test_od_before_a_link_is_a_czech_by_word() -> None:
    found = entries(
        czech_page('Od <a href="/">Lenka Zollmanova</a>'), "https://vlasy.example.cz/category/techniky/"
    )
    assert [e.author for e in found] == ["Lenka Zollmanova"] * 4


def test_a_by_word_in_its_own_element_before_the_authors_element() -> None:
    for label in ("Od", "By"):
        found = entries(
            czech_page(f'<span>{label}</span><span><a href="/">Lenka Zollmanova</a></span>'),
            "https://vlasy.example.cz/category/techniky/",
        )
        assert [e.author for e in found] == ["Lenka Zollmanova"] * 4, label
        assert found[0].published == datetime(2024, 2, 14, 14, 54, tzinfo=UTC)


def test_a_word_of_an_element_holding_more_before_a_link_is_not_a_by_word() -> None:
    found = entries(
        czech_page('<span><b>Rubrika</b> by</span><span><a href="/">Lenka Zollmanova</a></span>'),
        "https://vlasy.example.cz/category/techniky/",
    )
    assert [e.author for e in found] == [None] * 4


def test_a_phrase_of_the_prose_repeating_a_pictures_alt_is_no_byline() -> None:
    def card(n: int) -> str:
        return (
            f'<div class="post"><h3><a href="/2013/01/wpis-{n}/">Firefox OS App Day w mieście {n}</a></h3>'
            f'<p><strong>1{n}.01.2013, 20:45</strong></p><div><p><a href="/poster-{n}.png">'
            f'<img alt="Firefox OS App Days" src="/poster-{n}.png"></a></p><p>Zapraszamy na '
            '<a href="https://wiki.example.org/AppDays">Firefox OS App Days</a> – serię ponad 20 '
            "wydarzeń na całym świecie poświęconych tworzeniu aplikacji dla nowego systemu.</p></div></div>"
        )

    page = "<html><body><main>" + "".join(card(n) for n in range(4, 0, -1)) + "</main></body></html>"
    found = entries(page)
    assert [e.title for e in found] == [f"Firefox OS App Day w mieście {n}" for n in range(4, 0, -1)]
    assert [e.author for e in found] == [None] * 4


def test_a_dated_header_link_still_wins_over_the_body_heading_rule() -> None:
    """A header told by its date (no class names it one) keeps its link as the title: the
    link, an element without children, is not taken for "none" (an lxml element with no
    children is false)."""

    def release(n: int) -> str:
        return (
            f'<div><div><div><a href="/acme/tool/releases/tag/v1.{n}.0">v1.{n}.0</a></div>'
            f'<p><a href="/alice">alice</a> released this <time datetime="2026-10-1{n}T08:15:00Z">'
            f"Oct 1{n}, 2026</time></p></div><div><h3>Bug fixes</h3><p>Fix the parser on empty input and"
            " keep the cache warm between two runs of the command line tool.</p><h2>Features</h2>"
            "<ul><li>A new option</li></ul></div></div>"
        )

    page = "<html><body><main>" + "".join(release(n) for n in range(4, 0, -1)) + "</main></body></html>"
    found = entries(page, "https://code.example/acme/tool/releases")
    assert [e.title for e in found] == [f"v1.{n}.0" for n in range(4, 0, -1)]


def test_a_by_word_before_a_category_link_in_its_own_element_is_no_byline() -> None:
    """'Od' is also Czech 'from': a label before a link to a category page names the filing."""
    found = entries(
        czech_page('<span>Od</span><span><a href="/kategorie/sport/">Sport a volný čas</a></span>'),
        "https://vlasy.example.cz/category/techniky/",
    )
    assert [e.author for e in found] == [None] * 4


def test_a_bio_opening_with_the_portraits_name_as_a_link_names_the_author() -> None:
    """Only a link inside a sentence is a phrase of the prose; one that opens the bio is its author."""

    def card(n: int) -> str:
        return (
            f'<article><h2><a href="/2013/01/wpis-{n}/">Wydanie numer {n} jest już dostępne</a></h2>'
            f"<p><strong>1{n}.01.2013, 20:45</strong></p><p>Krótki opis wydania numer {n}.</p>"
            '<div><img alt="Jan Kowalski" src="/jan.png"><p><a href="/o-nas/jan/">Jan Kowalski</a> pisze o '
            "wydaniach programów, tłumaczeniach i o tym, jak społeczność nad nimi pracuje.</p>"
            "</div></article>"
        )

    page = "<html><body><main>" + "".join(card(n) for n in range(4, 0, -1)) + "</main></body></html>"
    assert [e.author for e in entries(page)] == ["Jan Kowalski"] * 4
