"""Month names the page's language is not declared for, or that its region writes otherwise
than CLDR's standard names (article14's corpus pages: a Polish page with an empty
``<html lang="">``, a Tunisian paper's "8 فيفري 2019")."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from aggregator.parse._dates import parse_date
from aggregator.parse.article import read_article

NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("11 maja 2021, 11:49", datetime(2021, 5, 11, 9, 49, tzinfo=UTC)),
        ("opublikowano: 7 kwietnia 2021", date(2021, 4, 7)),
        ("3 listopada 2020 o 10:15", datetime(2020, 11, 3, 9, 15, tzinfo=UTC)),
    ],
)
def test_a_month_name_of_an_undeclared_language_names_the_language(text: str, want: object) -> None:
    """No language declared: a month's name the default languages do not write (Polish
    "maja", "kwietnia") brings in the languages that do."""
    got = parse_date(text, now=NOW, timezone="Europe/Warsaw", lang=None)
    assert got is not None
    assert (got.date() if isinstance(want, date) and not isinstance(want, datetime) else got) == want


def test_english_dates_on_pages_without_a_language_are_read_as_before() -> None:
    assert parse_date("12 March 2021, 10:15", now=NOW, timezone="UTC", lang=None) == datetime(
        2021, 3, 12, 10, 15, tzinfo=UTC
    )


def test_a_polish_dateline_on_a_page_with_an_empty_lang() -> None:
    html = (
        '<html lang=""><head><title>Rosjanie sugerują odcięcie gazu</title></head><body><main>'
        "<h1>Rosjanie sugerują odcięcie gazu</h1><div class='row'><span>11 maja 2021, 11:49</span></div>"
        "<p>Rosyjskie media biją na alarm, że Polska zamierza przywłaszczyć sobie część gazociągu.</p>"
        "</main></body></html>"
    )
    article = read_article(html.encode(), url="https://example.pl/a/1", timezone="Europe/Warsaw")
    assert article.published == datetime(2021, 5, 11, 9, 49, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("الجمعة 8 فيفري 2019", date(2019, 2, 8)),  # Tunisia, Algeria
        ("12 غشت 2021", date(2021, 8, 12)),  # Morocco
        ("8 شباط/فبراير 2019", date(2019, 2, 8)),  # the Levant, both names
        ("3 تشرين الأول 2020", date(2020, 10, 3)),
        ("الأحد 5 فبراير (شباط) 2023", date(2023, 2, 5)),
    ],
)
def test_regional_arabic_month_names(text: str, want: date) -> None:
    got = parse_date(text, now=NOW, timezone="Africa/Tunis", lang="ar")
    assert got is not None
    assert got.date() == want
