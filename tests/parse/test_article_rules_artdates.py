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


def test_a_dash_before_the_reading_time_is_no_offset_from_gmt() -> None:
    # "09:25 GMT - 3 min read": a time in GMT, then the reading time; no GMT-3 (a spaced sign is
    # no offset's). The declared time agrees with the line.
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle",'
        ' "datePublished": "2023-11-03T09:25:18.000Z", "dateModified": "2023-11-03T09:25:23.000Z"}</script>'
    )
    body = (
        f"<article><h1>{HEADLINE}</h1><div><span>By <span>Court Reporter</span></span></div>"
        '<div class="published-date"><span>Published 3rd Nov 2023, 09:25 GMT'
        "<span>- 3 min read</span></span></div>"
        f"{TEXT}</article>"
    )
    article = read_article(
        page(body=body, lang="en-GB", title=HEADLINE, head=head), url=URL, timezone="Europe/London"
    )
    assert article.published is not None
    assert article.published.isoformat().startswith("2023-11-03T09:25")


def test_a_german_last_changed_line_is_an_update_not_the_date() -> None:
    # "Zuletzt geändert:" (last changed) labels the modification, which the JSON-LD declares
    # too: the declared publication stays the date though the line shows the other to the minute.
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2023-10-24T14:19:10Z",'
        ' "dateModified": "2023-11-07T07:54:26Z"}</script>'
    )
    body = (
        f"<article><h1>{HEADLINE}</h1><div><span>Von Jan Kupitz</span> | <span>Oct 24, 2023</span> | "
        "<span>Zuletzt geändert: Nov 7, 2023, 8:54 AM GMT+1</span></div>"
        f"{TEXT}</article>"
    )
    article = read_article(
        page(body=body, lang="de-DE", title=HEADLINE, head=head), url=URL, timezone="Europe/Berlin"
    )
    assert article.published is not None
    assert article.published.isoformat().startswith("2023-10-24T14:19")
