"""Date forms met on real listing pages added to the development corpus on 2026-12-05 (issue
12), each written small: a day written year first ("2021 Sep 03"), and a ``<time>`` whose
``datetime`` is midnight UTC while it shows only that day (how static site generators write a
day without a time), read in a source west of UTC; and a ``<time>`` whose text names a calendar
day while its attribute names another (a script counting months from 0): the reader sees the text.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from aggregator.parse import parse_document
from aggregator.parse._dates import parse_date

NOW = datetime(2021, 9, 10, 12, 0, tzinfo=UTC)


def entries(main: str, timezone: str = "UTC", lang: str = "en") -> list[tuple[str, datetime | None]]:
    body = (
        f"<html lang='{lang}'><head><title>Example blog</title></head><body>"
        f"<nav><a href='/'>Home</a> <a href='/about/'>About</a></nav>"
        f"<main id='content'>{main}</main></body></html>"
    )
    parsed = parse_document(
        body.encode(), url="https://blog.example/articles/", source_type="html", timezone=timezone, now=NOW
    )
    return [(e.link, e.published) for e in parsed.entries]


def local_days(found: list[tuple[str, datetime | None]], timezone: str) -> list[date | None]:
    return [p.astimezone(ZoneInfo(timezone)).date() if p else None for _, p in found]


def test_year_first_day_keeps_its_year() -> None:
    # "2020 Sep 03" is 3 September 2020, not the latest 3 September.
    for text, day in (("2020 Sep 03", date(2020, 9, 3)), ("2018 May 09", date(2018, 5, 9))):
        found = parse_date(text, now=NOW, timezone="UTC")
        assert found is not None and found.date() == day, text
    found = parse_date("2019 Sep 02, 14:05", now=NOW, timezone="UTC")
    assert found == datetime(2019, 9, 2, 14, 5, tzinfo=UTC)


def test_midnight_utc_datetime_of_a_shown_day_is_that_day() -> None:
    days = [(2021, 9, 3), (2021, 8, 28), (2020, 9, 3), (2018, 9, 2)]
    items = "".join(
        f"<li><time datetime='{y}-{m:02}-{d:02}T00:00:00Z'>{y} {('Aug', 'Sep')[m - 8]} {d:02}</time> &ndash; "
        f"<a href='/articles/post-{i}/'>A post worth reading, number {i}</a></li>"
        for i, (y, m, d) in enumerate(days)
    )
    main = f"<h1>Blog Articles</h1><h2>Articles</h2><ul>{items}</ul>"
    tz = "America/New_York"
    assert local_days(entries(main, tz), tz) == [date(*d) for d in days]


def test_midnight_datetime_with_a_shown_time_stays_an_instant() -> None:
    # The element shows a time of day, or another day: the attribute is read as it stands.
    items = "".join(
        f"<li><time datetime='2021-09-0{i}T00:00:00Z'>{text}</time> "
        f"<a href='/articles/post-{i}/'>A post worth reading, number {i}</a></li>"
        for i, text in ((1, "Sep 1, 2021, 00:00 UTC"), (2, "a while ago"), (3, "Sep 3, 2021 0:00 GMT"))
    )
    found = entries(f"<h2>Articles</h2><ul>{items}</ul>", "America/New_York")
    assert [p for _, p in found] == [datetime(2021, 9, i, 0, 0, tzinfo=UTC) for i in (1, 2, 3)]


def test_a_shown_calendar_day_wins_over_an_attribute_naming_another() -> None:
    # A script wrote the attribute with a month counted from 0 ("2021-8-30" for 30 September).
    shown = [(2021, 9, 30), (2021, 4, 22), (2020, 10, 19)]
    months = (
        "",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    )
    items = "".join(
        f"<li class='item'><a href='/blog/post-{i}'><span>Technology</span>"
        f"<time datetime='{y}-{m - 1}-{d}'>{d} {months[m]} {y}</time>"
        f"<h2>A post worth reading, number {i}</h2><p>What the post tells.</p></a></li>"
        for i, (y, m, d) in enumerate(shown)
    )
    tz = "Europe/London"
    assert local_days(entries(f"<h1>Technology</h1><ul>{items}</ul>", tz), tz) == [date(*d) for d in shown]


def test_an_age_in_the_text_leaves_the_attribute_exact() -> None:
    # "2 years ago" is rounder than the attribute, not a different claim: the attribute stays.
    items = "".join(
        f"<li><a href='/blog/post-{i}'>A post worth reading, number {i}</a> "
        f"<time datetime='2019-0{i}-1{i}T10:00:00Z'>2 years ago</time></li>"
        for i in (1, 2, 3)
    )
    found = entries(f"<h2>Posts</h2><ul>{items}</ul>")
    assert [p for _, p in found] == [datetime(2019, i, 10 + i, 10, 0, tzinfo=UTC) for i in (1, 2, 3)]


def test_a_dot_clock_and_a_clock_before_its_day_keep_their_minute() -> None:
    # "18.05 Uhr" is a time of day; a time written before its day is that day's.
    lines = ["24.11.2020, 18.05 Uhr", "18.05 Uhr, 23.11.2020", "18:05 22/11/2020", "um 18:05 Uhr, 21.11.2020"]
    items = "".join(
        f"<article class='teaser'><h2><a href='/politik/meldung-{i}'>Eine Meldung, die man lesen sollte, "
        f"Nummer {i}</a></h2><p class='meta'>{line}</p><p>Was die Meldung sagt.</p></article>"
        for i, line in enumerate(lines)
    )
    found = entries(f"<h1>Politik</h1>{items}", "Europe/Berlin", "de")
    assert [p for _, p in found] == [datetime(2020, 11, d, 17, 5, tzinfo=UTC) for d in (24, 23, 22, 21)]


def test_a_day_and_month_with_dots_is_not_a_clock() -> None:
    # "23.11." is a day: only "Uhr" makes "18.05" a time of day.
    found = parse_date("23.11.2020", now=NOW, timezone="UTC", lang="de")
    assert found == datetime(2020, 11, 23, 12, 0, tzinfo=UTC)
