"""Ages without their preposition, in any language dateparser knows: "2 timmar sedan" where
dateparser's Swedish locale lists only "för 2 timmar sedan", "2 timer siden" (Norwegian
"for … siden"), "2 horas atrás" beside "há 2 horas", "5 minut temu", "5 минут назад". The
gate in front of dateparser let only the locale's own relative forms through; a count of a
unit of time next to the language's word for "ago" now passes too, and still no number in a
sentence does."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from aggregator.parse import parse_document
from aggregator.parse._dates import parse_date

NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "lang", "age"),
    [
        ("2 timmar sedan", "sv", timedelta(hours=2)),
        ("Uppdaterad 5 min sedan", "sv", timedelta(minutes=5)),
        ("2 timer siden", "nb", timedelta(hours=2)),
        ("2 horas atrás", "pt", timedelta(hours=2)),
        ("5 minut temu", "pl", timedelta(minutes=5)),
        ("5 минут назад", "ru", timedelta(minutes=5)),
        ("40 minuuttia sitten", "fi", timedelta(minutes=40)),
    ],
)
def test_an_age_without_its_preposition_is_read(text: str, lang: str, age: timedelta) -> None:
    assert parse_date(text, now=NOW, timezone="UTC", lang=lang) == NOW - age


@pytest.mark.parametrize(
    ("text", "lang"),
    [("3 dagar sedan", "sv"), ("3 dni temu", "pl"), ("3 dias atrás", "pt")],
)
def test_an_age_in_days_is_that_day(text: str, lang: str) -> None:
    assert parse_date(text, now=NOW, timezone="UTC", lang=lang) == datetime(2026, 12, 2, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("3 kommentarer", "sv"),
        ("Läs 4 artiklar sedan dess", "sv"),
        ("2 commenti fa", "it"),
        ("Article 9", "en"),
    ],
)
def test_a_count_that_is_not_an_age_is_no_date(text: str, lang: str) -> None:
    assert parse_date(text, now=NOW, timezone="UTC", lang=lang) is None


def test_a_swedish_news_list_dated_by_ages() -> None:
    cards = "".join(
        f"<article><h2><a href='/nyheter/{i}-en-nyhet-som-ar-vard-att-lasa'>En nyhet som är värd att "
        f"läsa, nummer {i}</a></h2><span class='tid'>{i} timmar sedan</span>"
        f"<p>En ingress som säger vad nyheten handlar om.</p></article>"
        for i in range(1, 4)
    )
    body = (
        "<html lang='sv'><head><title>Nyheter</title></head><body><nav><a href='/'>Start</a></nav>"
        f"<main>{cards}</main></body></html>"
    )
    parsed = parse_document(body.encode(), url="https://nyheter.example/", source_type="html", now=NOW)
    assert [e.published for e in parsed.entries] == [NOW - timedelta(hours=i) for i in range(1, 4)]


@pytest.mark.parametrize(
    ("text", "lang", "age"),
    [
        ("hace una hora", "es", timedelta(hours=1)),
        ("há uma hora", "pt", timedelta(hours=1)),
        ("vor einer Stunde", "de", timedelta(hours=1)),
        ("en timme sedan", "sv", timedelta(hours=1)),
        ("2 horas atrás · 5 comentários", "pt", timedelta(hours=2)),
    ],
)
def test_an_age_counted_in_a_word_is_read(text: str, lang: str, age: timedelta) -> None:
    assert parse_date(text, now=NOW, timezone="UTC", lang=lang) == NOW - age


@pytest.mark.parametrize(
    "text", ["A day before the vote", "One hour before kickoff", "1 day before the vote"]
)
def test_an_age_inside_a_sentence_is_no_date(text: str) -> None:
    assert parse_date(text, now=NOW, timezone="UTC", lang="en") is None
