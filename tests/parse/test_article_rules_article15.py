"""parse/article.py: rules written from the article corpus's dev pages added on branch
article15 (Latin American and Caribbean papers, a Finnish company magazine, a Cuban daily):
a declared date that is the UTC time marked with the site's offset, byline labels in other
words and languages, a credits block's writer, a byline template left unfilled, several
authors each in a line of their own."""

from __future__ import annotations

from datetime import UTC, datetime

from _article import jsonld, page

from aggregator.parse.article import read_article

URL = "https://www.example.com.pa/panama/continuan-protestas-campesinos-guatemala/24199433"
HEADLINE = "Continúan las protestas de campesinos en Guatemala"
TEXT = (
    "<p>La organización social Comité de Desarrollo Campesino bloqueó este martes, por segundo día "
    "consecutivo, más de 17 carreteras en toda Guatemala como medida de protesta contra el Gobierno.</p>"
)


def _read(body: str, head: str = "", lang: str = "es", timezone: str = "America/Panama") -> object:
    return read_article(page(head=head, body=body, lang=lang, title=HEADLINE), url=URL, timezone=timezone)


def test_a_declared_time_that_is_the_shown_time_in_utc_marked_with_the_site_s_offset() -> None:
    # 9:10 p.m. in Panama (UTC-5) is 02:10 UTC the next day; the JSON-LD wrote 02:10-05:00.
    head = jsonld({"@type": "NewsArticle", "headline": HEADLINE, "datePublished": "2022-04-27T02:10-05:00"})
    body = (
        f"<main><h1>{HEADLINE}</h1><div class='publishedOn'>martes 26 de abril de 2022 - 9:10 p.m.</div>"
        f"{TEXT}</main>"
    )
    article = _read(body, head)
    assert article.published == datetime(2022, 4, 27, 2, 10, tzinfo=UTC)  # type: ignore[attr-defined]


def test_a_declared_time_an_hour_off_the_shown_one_is_kept() -> None:
    # Not the UTC clock: the declared time stands (the line is an hour before it, no offset's error).
    head = jsonld({"@type": "NewsArticle", "headline": HEADLINE, "datePublished": "2022-04-26T22:10-05:00"})
    body = (
        f"<main><h1>{HEADLINE}</h1><div class='publishedOn'>martes 26 de abril de 2022 - 9:10 p.m.</div>"
        f"{TEXT}</main>"
    )
    article = _read(body, head)
    assert article.published == datetime(2022, 4, 27, 3, 10, tzinfo=UTC)  # type: ignore[attr-defined]
