"""Review of dates27's rules on ordinary listing and article lines (branch review31a): each
test is a line written for it, which the rule as merged read wrongly."""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document
from aggregator.parse._dates import parse_date

NOW = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)


def test_a_label_before_a_day_and_month_still_dates_them() -> None:
    # "Posted 7/12": a label, not prose; the score rule had dropped the date.
    seventh = datetime(2025, 12, 7, 12, tzinfo=UTC)
    for text, lang in (
        ("Posted 7/12", "en"),
        ("Updated 7/12", "en"),
        ("Publicado el 7/12", "es"),
        ("Última actualización 7/12", "es"),
        ("Pubblicato il 7/12", "it"),
        ("Gepubliceerd op 7-12", "nl"),
        ("Publicerad 7/12", "sv"),
        ("7/12 - 3 comments", "en"),
    ):
        assert parse_date(text, now=NOW, lang=lang) == seventh, text
    # Prose around the numbers stays no day: a score, a fraction, a schedule.
    for text in ("A 2-1 victory over Leeds", "Mix 3/4 cup sugar", "We are open 24/7", "Won 3-2 on penalties"):
        assert parse_date(text, now=NOW, lang="en") is None, text


def test_a_listing_card_posted_on_a_day_and_month() -> None:
    cards = "".join(
        f"""<div class="card"><h3><a href="/news/{i}">The council votes on the new budget, part {i}</a></h3>
        <span class="meta">Posted {1 + i}/11</span></div>"""
        for i in range(6)
    )
    page = f"<html lang='en-GB'><head><title>News</title></head><body><div class='list'>{cards}</div></body>"
    entries = parse_document(
        page.encode(), url="https://list.example/news/", source_type="html", timezone="UTC", now=NOW
    ).entries
    assert [e.published.date() if e.published else None for e in entries] == [
        datetime(2026, 11, 1 + i).date() for i in range(6)
    ]


def test_a_reading_time_beside_todays_clock_is_no_age() -> None:
    # "hoy 08:00 3 min de lectura": today at 08:00, a reading time after it; the duration rule
    # took the clock on today's date for the duration's and dropped the date.
    assert parse_date("hoy 08:00 3 min de lectura", now=NOW, lang="es") == datetime(
        2026, 12, 6, 8, tzinfo=UTC
    )
    assert parse_date(
        "heute 08:00 3 Min. Lesezeit", now=NOW, timezone="Europe/Berlin", lang="de"
    ) == datetime(2026, 12, 6, 7, tzinfo=UTC)
    # A duration and a clock and nothing else stays no age.
    assert parse_date("2 meses 09:00", now=NOW, lang="es") is None


def test_a_dotted_pair_is_a_clock_in_year_first_languages_that_write_clocks_with_a_dot() -> None:
    # Swedish and Hungarian write dates year first and the time of day "06.11".
    assert parse_date("06.11", now=NOW, timezone="Europe/Stockholm", lang="sv") == datetime(
        2026, 12, 6, 5, 11, tzinfo=UTC
    )
    assert parse_date("10.30", now=NOW, timezone="Europe/Budapest", lang="hu") == datetime(
        2026, 12, 6, 9, 30, tzinfo=UTC
    )
    # On a Korean board the pair is still the day.
    assert parse_date("06.11", now=NOW, timezone="Asia/Seoul", lang="ko") == datetime(
        2026, 6, 11, 3, tzinfo=UTC
    )
