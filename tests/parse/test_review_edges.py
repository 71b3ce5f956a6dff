"""Edge cases of the December rules found in review: an age past the calendar in a language
dateparser leaves unread, Hindi's "कल" beside a written date or inside another word, and a
bare "Mehr" before a hyphenated compound or a quotation that is only part of the headline."""

from __future__ import annotations

from datetime import UTC, datetime

import lxml.html

from aggregator.parse import parse_document
from aggregator.parse._date_prose import parse_prose
from aggregator.parse._locale_words import both_ways_day_words
from aggregator.parse.listing._link_title import link_title

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)


def test_an_age_past_the_calendar_is_no_date_and_no_error() -> None:
    assert parse_prose("99999999 วันที่แล้ว", ("th",), "UTC", NOW, True) is None
    assert parse_prose("3 ชั่วโมงที่แล้ว", ("th",), "UTC", NOW, True) == datetime(2026, 12, 6, 9, 0, tzinfo=UTC)


def test_one_card_with_an_absurd_age_does_not_fail_the_page() -> None:
    cards = "".join(
        f"<article><h2><a href='/news/2026/story-{i}'>ข่าวที่ {i} เกี่ยวกับสภาเมืองวันนี้ ครับ</a></h2>"
        f"<p>เนื้อหาข่าว {i}</p><span>{'99999999' if i == 2 else i} วันที่แล้ว</span></article>"
        for i in range(1, 7)
    )
    page = f"<html lang='th'><head><title>X</title></head><body><main>{cards}</main></body></html>"
    found = parse_document(page.encode(), url="https://ex.org/", source_type="html", timezone="UTC", now=NOW)
    assert len(found.entries) == 6


def test_kal_beside_a_written_date_keeps_that_date() -> None:
    # "कल, 8 दिसंबर 2026": tomorrow, and the line says which day; no day two days earlier.
    alone = parse_prose("कल", ("hi",), "UTC", NOW, True)
    dated = parse_prose("कल, 7 दिसंबर 2026", ("hi",), "UTC", NOW, True)
    assert alone is not None and alone.date().isoformat() == "2026-12-05"
    assert dated is not None and dated.date().isoformat() == "2026-12-07"


def test_kal_is_a_whole_word() -> None:
    words = both_ways_day_words(("hi",))
    assert words.search("कल शाम")
    assert not words.search("निकला")  # "came out": a vowel sign is no \w
    assert not words.search("सकल")


def _title(label: str) -> str | None:
    overlay = lxml.html.fromstring(f"<a href='/news/item' title='{label}'><img src='/a.jpg' alt=''></a>")
    return link_title(overlay, lambda text: None)[0]


def test_mehr_before_a_hyphenated_compound_or_a_partial_quote_is_the_headline() -> None:
    assert _title("Mehr-Generationen-Haus eröffnet im Mai") == "Mehr-Generationen-Haus eröffnet im Mai"
    assert _title("Mehr »Demokratie« wagen") == "Mehr »Demokratie« wagen"
    assert _title("Mehr – Neue Mensa öffnet") == "Neue Mensa öffnet"
    assert _title("Mehr „Neue Mensa öffnet“") == "Neue Mensa öffnet"


def test_an_english_age_past_the_calendar_does_not_fail_the_page() -> None:
    assert parse_prose("99999999999 hours ago", ("en",), "UTC", NOW, True) is None
    cards = "".join(
        f"<article><h2><a href='/news/2026/story-{i}'>Story number {i} about the town council</a></h2>"
        f"<p>Some text about story {i}.</p><span>{'99999999999' if i == 2 else i} hours ago</span></article>"
        for i in range(1, 7)
    )
    page = f"<html lang='en'><head><title>X</title></head><body><main>{cards}</main></body></html>"
    found = parse_document(page.encode(), url="https://ex.org/", source_type="html", timezone="UTC", now=NOW)
    assert len(found.entries) == 6


def test_ages_on_a_few_cards_are_their_dates_not_mentions() -> None:
    # A site that prints an age on its newest posts only ("2 hours ago" on two cards of ten):
    # an age is never a date a teaser's text mentions.
    def card(i: int, age: str = "") -> str:
        return (
            f"<li><h3><a href='/news/town-story-number-{i}'>Town story number {i} about the council vote</a>"
            f"</h3>{age}<p>Some words of the excerpt number {i} go here and more.</p></li>"
        )

    body = card(1, "<span>2 hours ago</span>") + card(2, "<span>5 hours ago</span>")
    body += "".join(card(i) for i in range(3, 11))
    page = f"<html lang='en'><head><title>N</title></head><body><main><ul>{body}</ul></main></body></html>"
    found = parse_document(
        page.encode(), url="https://town.example.org/", source_type="html", timezone="UTC", now=NOW
    )
    assert [e.published for e in found.entries[:2]] == [
        datetime(2026, 12, 6, 10, 0, tzinfo=UTC),
        datetime(2026, 12, 6, 7, 0, tzinfo=UTC),
    ]
