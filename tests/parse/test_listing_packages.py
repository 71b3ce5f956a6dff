"""A story's package on a news front: among the list's <section class=card> teasers, one
<section class=package> (not of the list's kind) holds a lead and two follow-ups, each a
<section class=card>. Read as one member it gave its first headline only; each teaser inside
is an entry, in page order. A member holding one teaser of the kind (a promotion's wrapper)
stays one member."""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document
from aggregator.types import RawEntry

NOW = datetime(2016, 2, 9, 18, 0, tzinfo=UTC)
SITE = "https://journal.example"


def entries(body: str) -> tuple[RawEntry, ...]:
    page = f"<html lang='fr'><head><title>Journal</title></head><body>{body}</body></html>"
    return parse_document(
        page.encode(), url=f"{SITE}/", source_type="html", timezone="Europe/Paris", now=NOW
    ).entries


def card(n: int, size: str = "medium") -> str:
    return (
        f"<section class='card card-{size}' id='art{n}'><div><h2 class='card-headline'>"
        f"<a href='{SITE}/actualite/2016/02/09/article-numero-{n}-du-jour.php'>"
        f"Le titre de l'article numéro {n} du jour</a></h2>"
        f"<p class='card-chapo'>Le chapeau de l'article numéro {n}, en une phrase.</p></div></section>"
    )


def link(n: int) -> str:
    return f"{SITE}/actualite/2016/02/09/article-numero-{n}-du-jour.php"


def test_each_teaser_of_a_package_is_an_entry() -> None:
    package = (
        "<section class='package'><div class='package-border'><span class='flag'>La crise</span>"
        f"{card(20, 'large')}{card(21)}{card(22, 'small')}</div></section>"
    )
    body = f"<div class='main-col'>{''.join(card(n) for n in range(1, 6))}{package}{card(6)}{card(7)}</div>"
    assert [e.link for e in entries(body)] == [link(n) for n in (1, 2, 3, 4, 5, 20, 21, 22, 6, 7)]
