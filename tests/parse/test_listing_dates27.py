"""Dates of listing pages the extractor had not seen (branch dates27): counts and numbers in
prose that dateparser's fallback read as dates (an anniversary's years, a job's days a week,
a match's score, a fraction), and a year-first numeric date. Each test is a snippet written
for it, not a page.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from aggregator.parse import parse_document
from aggregator.parse._dates import parse_date
from aggregator.types import RawEntry

NOW = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)


def read(body: str, *, lang: str, tz: str) -> list[RawEntry]:
    page = f"<html lang='{lang}'><head><title>List</title></head><body>{body}</body></html>"
    return list(
        parse_document(
            page.encode(), url="https://list.example/news/", source_type="html", timezone=tz, now=NOW
        ).entries
    )


def local_day(entry: RawEntry, tz: str) -> date | None:
    return entry.published.astimezone(ZoneInfo(tz)).date() if entry.published else None


def test_a_count_of_years_before_a_year_first_date_is_no_age() -> None:
    # "150年" (a 150th anniversary) before "2026/12/05": dateparser read 150 years ago (1876).
    items = "".join(
        f"""<li><a href="/news/{i}.html">創立150年の記念行事について その{i}</a>
        <span class="date">150年 2026/12/0{i}</span></li>"""
        for i in range(1, 7)
    )
    entries = read(f"<ul class='news'>{items}</ul>", lang="ja", tz="Asia/Tokyo")
    assert [local_day(e, "Asia/Tokyo") for e in entries] == [date(2026, 12, i) for i in range(1, 7)]


def test_a_year_first_numeric_date_with_its_clock() -> None:
    when = parse_date("2026.12.05 14:05", now=NOW, timezone="Asia/Seoul", lang="ko")
    assert when == datetime(2026, 12, 5, 5, 5, tzinfo=UTC)
    assert parse_date("v2026.1.2", now=NOW, lang="en") is None  # a version
    assert parse_date("/2026/12/05/slug", now=NOW, lang="en") is None  # a path


def test_days_a_week_and_a_jobs_hours_are_no_age() -> None:
    # "주5일" (five days a week) beside the hours: dateparser read five days ago.
    rows = "".join(
        f"""<tr><td><a href="/job/{i}">사무보조 직원 모집 공고 {i}</a></td>
        <td><span class="item">주5일</span> <span class="item">09:00 ~ 12:00</span></td>
        <td>등록일 : 2026-12-0{i}</td></tr>"""
        for i in range(1, 7)
    )
    entries = read(f"<table><tbody>{rows}</tbody></table>", lang="ko", tz="Asia/Seoul")
    assert [local_day(e, "Asia/Seoul") for e in entries] == [date(2026, 12, i) for i in range(1, 7)]
    assert parse_date("주5일 09:00 ~ 12:00", now=NOW, timezone="Asia/Seoul", lang="ko") is None


def test_an_age_with_its_word_for_ago_stays_an_age() -> None:
    assert parse_date("5일 전", now=NOW, timezone="Asia/Seoul", lang="ko") is not None
    assert parse_date("hace 5 días", now=NOW, lang="es") is not None


def test_a_score_or_a_fraction_in_prose_is_no_day() -> None:
    # A match's "2-1", a recipe's "1/2": dateparser's search found 2 January and 1 February.
    for text, lang in (("A 2-1 victory over Leeds", "en"), ("Final 2-1", "es"), ("2/3 das vagas", "pt")):
        assert parse_date(text, now=NOW, lang=lang) is None, text
    cards = "".join(
        f"""<div class="card"><h3><a href="/sport/{i}">City beat United in the derby, part {i}</a></h3>
        <p class="teaser">A 2-1 victory in the rain.</p></div>"""
        for i in range(6)
    )
    entries = read(f"<div class='list'>{cards}</div>", lang="en", tz="Europe/London")
    assert len(entries) == 6
    assert [e.published for e in entries] == [None] * 6


def test_a_day_and_month_alone_is_still_read() -> None:
    assert parse_date("7/12", now=NOW, lang="en") == datetime(2025, 12, 7, 12, tzinfo=UTC)


def test_a_dotted_month_and_day_on_a_page_writing_dates_year_first() -> None:
    # "06.11" beside a title on a Korean page is 11 June; it was read as 06:11 today.
    rows = "".join(
        f"""<a class="row" href="/new/{700 + i}"><span class="badge">IT</span>
        <span class="title">새로운 소식 게시판의 글 제목 {i}</span><span class="nick">별{i}</span>
        <span class="meta">06.{10 + i}</span><span class="meta">2.{i}k</span></a>"""
        for i in range(6)
    )
    entries = read(f"<main><h1>새로운 소식</h1>{rows}</main>", lang="ko", tz="Asia/Seoul")
    assert [local_day(e, "Asia/Seoul") for e in entries] == [date(2026, 6, 10 + i) for i in range(6)]
    # Elsewhere such a pair stays a clock.
    assert parse_date("10.30", now=NOW, timezone="Europe/Rome", lang="it") == datetime(
        2026, 12, 6, 9, 30, tzinfo=UTC
    )


def test_a_season_of_two_years_is_no_day() -> None:
    # "2025/26" (a season) was read as 26 December 2025.
    assert parse_date("Saison 2025/26", now=NOW, lang="de") is None
    assert parse_date("Temporada 2025-26", now=NOW, lang="es") is None
    cards = "".join(
        f"""<div class="card"><h3><a href="/sport/{i}">Der Spielplan der Liga steht fest, Teil {i}</a></h3>
        <span class="kicker">Saison 2025/26</span></div>"""
        for i in range(6)
    )
    entries = read(f"<div class='list'>{cards}</div>", lang="de", tz="Europe/Berlin")
    assert len(entries) == 6
    assert [e.published for e in entries] == [None] * 6
