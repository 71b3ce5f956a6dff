"""A count drawn with its icon at the end of a headline (met on a news front of the development
corpus read without its class names: ``<h2>… de Valls <span><span class=pic></span>104</span>
</h2>``, the reactions to the story after a speech bubble drawn by the style sheet): the
number is no word of the headline. A bare number with no icon stays the headline's ("This Week
in Rust <span>570</span>")."""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document

NOW = datetime(2016, 1, 31, 12, 0, tzinfo=UTC)

CARD = """<div class="x1"><h2 class="x2"><a href="/article/{n}.html">{title}</a>
<span class="x3">{icon}{count}</span></h2><p>Un résumé de l'article, assez long pour être lu comme le
chapeau d'un article et non comme une ligne de métadonnées.</p></div>"""


def _titles(icon: str) -> list[str | None]:
    cards = [
        ("Déchéance de nationalité : le tour de passe-passe", "104"),
        ("Six chiffres clés sur le mal-logement", "8"),
        ("Trois questions pour comprendre Schengen", "12"),
    ]
    body = "".join(CARD.format(n=i, title=t, icon=icon, count=c) for i, (t, c) in enumerate(cards))
    page = f"<html lang='fr'><head><title>Une</title></head><body><main>{body}</main></body></html>"
    parsed = parse_document(
        page.encode(), url="https://journal.example/", source_type="html", timezone="Europe/Paris", now=NOW
    )
    return [e.title for e in parsed.entries]


def test_a_count_after_its_icon_is_no_part_of_the_headline() -> None:
    want = [
        "Déchéance de nationalité : le tour de passe-passe",
        "Six chiffres clés sur le mal-logement",
        "Trois questions pour comprendre Schengen",
    ]
    assert _titles('<span class="x4"></span>') == want
    assert _titles('<i class="x5"></i> ') == want
    assert _titles('<svg class="x6" viewBox="0 0 8 8"><path d="M0 0h8v8z"/></svg>') == want


def test_a_bare_number_stays_the_headlines() -> None:
    assert _titles("") == [
        "Déchéance de nationalité : le tour de passe-passe 104",
        "Six chiffres clés sur le mal-logement 8",
        "Trois questions pour comprendre Schengen 12",
    ]


def test_a_number_inside_the_headlines_link_stays_the_headlines() -> None:
    # "The new iPhone <span><svg/>15</span>" inside the link: a logo or a mark before a number
    # of the headline; a count is set beside the link, or linked on its own.
    card = """<div class="x1"><h2 class="x2"><a href="/article/{n}.html">{title}
<span class="x3">{icon}{num}</span></a>{after}</h2>
<p>Un résumé de l'article, assez long pour être lu comme le chapeau d'un article.</p></div>"""
    cards = [
        ("The new iPhone", "15", ""),
        ("Podcast episode", "42", ""),
        ("Trois questions pour comprendre", "", '<a href="/article/2.html#c"><i class="x5"></i> 12</a>'),
    ]
    body = "".join(
        card.format(n=i, title=t, icon='<i class="x5"></i>' if num else "", num=num, after=after)
        for i, (t, num, after) in enumerate(cards)
    )
    page = f"<html lang='fr'><head><title>Une</title></head><body><main>{body}</main></body></html>"
    parsed = parse_document(
        page.encode(), url="https://journal.example/", source_type="html", timezone="Europe/Paris", now=NOW
    )
    assert [e.title for e in parsed.entries] == [
        "The new iPhone 15",
        "Podcast episode 42",
        "Trois questions pour comprendre",
    ]


def test_a_count_inside_a_link_around_the_whole_card_is_left_out() -> None:
    card = """<div class="x1"><a href="/article/{n}.html"><figure><img src="/i{n}.jpg" alt="">
<figcaption><h3>{title} <span class="x3"><span class="x4"></span>{num}</span></h3></figcaption></figure></a>
<p>Un résumé de l'article, assez long pour être lu comme le chapeau d'un article.</p></div>"""
    cards = [("De nouvelles menaces contre trois lycées", "7"), ("Six chiffres clés sur le logement", "8")]
    body = "".join(card.format(n=i, title=t, num=num) for i, (t, num) in enumerate(cards))
    page = f"<html lang='fr'><head><title>Une</title></head><body><main>{body}</main></body></html>"
    parsed = parse_document(
        page.encode(), url="https://journal.example/", source_type="html", timezone="Europe/Paris", now=NOW
    )
    assert [e.title for e in parsed.entries] == [t for t, _ in cards]
