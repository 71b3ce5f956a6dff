"""parse/_date_words.py ``full_year`` and the dateline readers (branch artdates): article dates
written with a two-digit year in a dotted day-month-year dateline, each rule on a page made
for it."""

from __future__ import annotations

from _article import page

from aggregator.parse._date_words import full_year
from aggregator.parse.article import read_article

URL = "https://www.example.org/publicacao-3445-tribunal-manda-indenizar-vizinhos"
HEADLINE = "Tribunal manda indenizar vizinhos de obra que rachou paredes"
TEXT = (
    "<p>A decisão unânime da câmara confirmou a sentença de primeiro grau e fixou a indenização "
    "em valor maior, com correção desde a data do laudo pericial.</p>"
)


def test_a_labelled_dotted_date_with_a_two_digit_year_dates_the_article() -> None:
    # No metadata date, no <h1>: the headline in an <h2>, then "Section | Publicação em 25.10.16"
    # in a span no date class names; a sidebar's older day elsewhere must not win.
    body = (
        f'<div class="content"><h2>{HEADLINE}</h2>'
        '<span class="article-tag">Direito civil | Publicação em 25.10.16</span>'
        f"{TEXT}</div>"
        '<div class="sidebar"><p>Agenda: 19.08.2016</p></div>'
    )
    html = page(body=body, lang="pt-BR", title=HEADLINE)
    article = read_article(html, url=URL, timezone="America/Sao_Paulo")
    assert article.published is not None
    assert article.published.isoformat().startswith("2016-10-25")


def test_a_dotted_two_digit_year_is_written_whole_after_a_label_or_before_a_time() -> None:
    assert full_year("Publicação em 25.10.16", this_year=2026) == "Publicação em 25.10.2016"
    assert full_year("Veröffentlicht am 05.03.21", this_year=2026) == "Veröffentlicht am 05.03.2021"
    assert full_year("5.3.21 14:05", this_year=2026) == "5.3.2021 14:05"
    assert full_year("am 25.10.99", this_year=2026) == "am 25.10.1999"


def test_versions_scores_and_addresses_keep_their_numbers() -> None:
    kept = ("Version 1.10.16", "Released 1.10.16", "v 01.10.16", "won 3.1.16", "192.168.1.10", "1.10.16.2")
    for text in kept:
        assert full_year(text, this_year=2026) == text
