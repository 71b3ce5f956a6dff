"""parse/article.py: author rules written from the article corpus's dev pages on branch
article16: a reporter's signature over an e-mail address spelling the name, and bylines
naming two authors either side of a slash."""

from __future__ import annotations

from _article import page

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
