"""parse/article.py: a picture's credit given a byline's class ("<span class=autor>foto:
<span>Volkswagen</span></span>" under a photo) names no author; the byline further down does."""

from __future__ import annotations

from _article import page

from aggregator.parse.article import read_article

URL = "https://auto.example.cz/testy/golf-1-2-tsi.A100125_1.html"
HEADLINE = "Golf s motorem 1,2 TSI"
PHOTO = (
    "<table><tr><td><img src='/foto/golf.jpg' alt='Motor 1,2 TSI'>"
    "<span class='autor'>foto: <span>{credit}</span></span><p>Motor 1,2 TSI</p></td></tr></table>"
)
TEXT = "<p>Nový motor je úsporný a tichý, ve městě spotřebuje méně než šest litrů.</p>"
AUTHORS = (
    "<div class='authors'><h3>Autoři:</h3><ul><li>"
    "<a href='/novinari.asp?idnov=773'>František Dvořák</a></li></ul></div>"
)


def _authors(credit: str) -> list[str]:
    body = f"<h1>{HEADLINE}</h1>{PHOTO.format(credit=credit)}{TEXT}{AUTHORS}"
    article = read_article(page(body=body, lang="cs", title=HEADLINE), url=URL)
    return list(article.authors)  # type: ignore[attr-defined]


def test_a_photo_credit_in_an_author_class_is_no_author() -> None:
    assert "Volkswagen" not in _authors("Volkswagen")


def test_a_credit_naming_the_text_s_writer_too_still_counts() -> None:
    from aggregator.parse.article_byline_bounds import _PICTURE_CREDIT

    assert _PICTURE_CREDIT.match("foto: Volkswagen")
    assert not _PICTURE_CREDIT.match("Foto: Jan Novák, text: Petr Malý")
