"""parse/article.py: author rules written from the article corpus's dev pages on branch
article16: a reporter's signature over an e-mail address spelling the name, and bylines
naming two authors either side of a slash."""

from __future__ import annotations

from _article import jsonld, page

from aggregator.parse.article import read_article

URL_EN = "https://www.example.co.tt/news/stores-stalled-nationwide-by-cyber-attack"
HEADLINE_EN = "Stores stalled nationwide by cyber attack"
TEXT_EN = (
    "<p>Thousands of people possibly hoping yesterday to beat the month-end and long-weekend crowds "
    "at the stores were left frustrated, as the popular grocery chain was forced to close.</p>"
)


def _authors(body: str) -> list[str]:
    article = read_article(
        page(body=body, lang="en", title=HEADLINE_EN), url=URL_EN, timezone="America/Port_of_Spain"
    )
    return list(article.authors)  # type: ignore[attr-defined]


def test_a_name_in_capitals_over_its_e_mail_address_signs_the_article() -> None:
    # The reporter's signature at the head of the text, soft hyphens and all, after the
    # photograph's credit (a name alone, without an address).
    body = (
        f"<article><h1>{HEADLINE_EN}</h1><figure><img src='/a.jpg' alt=''><p class='source'>JANE ROE</p>"
        "</figure><p>PE\u00adTER CHRISTO\u00adPHER</p><p>pe\u00adter.christo\u00adpher@example.co.tt</p>"
        f"{TEXT_EN}</article>"
    )
    assert _authors(body) == ["Peter Christopher"]


def test_a_name_over_an_address_that_spells_its_initial_and_last_name() -> None:
    body = (
        f"<article><h1>{HEADLINE_EN}</h1>{TEXT_EN}<p>Peter Christopher</p>"
        "<p>pchristopher@example.co.tt</p></article>"
    )
    assert _authors(body) == ["Peter Christopher"]


def test_a_name_over_someone_else_s_address_signs_nothing() -> None:
    # Guard: "Send your letters to" a desk's address under a name is no signature.
    body = (
        f"<article><h1>{HEADLINE_EN}</h1>{TEXT_EN}<p>Customer Service</p><p>letters@example.co.tt</p>"
        "</article>"
    )
    assert _authors(body) == []


URL_UY = (
    "https://www.example.com.uy/informacion/sociedad/gobierno-acusa-a-una-empresa-de-fomentar-conflicto.html"
)
HEADLINE_UY = "Gobierno acusa a una empresa de aliarse con el sindicato y fomentar conflicto portuario"
TEXT_UY = (
    "<p>El gobierno acusó este martes a la empresa de aliarse con el sindicato portuario para fomentar "
    "un conflicto que mantiene paralizada buena parte de la operativa de la terminal de contenedores.</p>"
)


def _authors_uy(byline: str, declared: str | None = None) -> list[str]:
    head = jsonld(
        {"@type": "NewsArticle", "headline": HEADLINE_UY, "author": {"@type": "Person", "name": declared}}
    )
    article = read_article(
        page(
            head=head if declared else "",
            body=f"<article><h1>{HEADLINE_UY}</h1><div class='author'>{byline}<br></div>{TEXT_UY}</article>",
            lang="es",
            title=HEADLINE_UY,
        ),
        url=URL_UY,
        timezone="America/Montevideo",
    )
    return [a.casefold() for a in article.authors]  # type: ignore[attr-defined]


def test_a_slash_between_two_names_in_lower_case_with_initials_names_two_authors() -> None:
    assert _authors_uy("e. barreneche / J. I. da silva") == ["e. barreneche", "j. i. da silva"]


def test_a_slash_before_a_place_in_lower_case_keeps_one_author() -> None:
    # Guard: one word after the slash (a place, an agency) is no second name.
    assert _authors_uy("e. barreneche / montevideo") == ["e. barreneche"]


def test_a_declared_name_the_byline_writes_with_its_initial_gives_way_to_the_byline_s_names() -> None:
    # The JSON-LD names the first of the two reporters, in full.
    got = _authors_uy("e. barreneche / J. I. da silva", declared="Eduardo Barreneche")
    assert got == ["e. barreneche", "j. i. da silva"]


def test_a_declared_name_the_byline_does_not_write_stays() -> None:
    # Guard: the initial and the last name of neither shown name are the declared one's.
    assert _authors_uy("e. martínez / J. I. da silva", declared="Eduardo Barreneche") == [
        "eduardo barreneche"
    ]
