"""Date forms of real listing pages that the development corpus lacks (issue 12: dates are
missed on pages nobody tuned for), each written small: a machine date in a ``data-*``
attribute (ISO 8601 or a Unix time), the exact date in a relative date's tooltip, a <time>
without ``datetime`` (its title, its text, a compact age "2h"), ``datetime`` on a custom
element (<relative-time>), ages in social sites' short units ("5m ago", "2 yrs ago", "just
now") on a page in any language, and a date in a cell of its own before the title.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from aggregator.parse import parse_document
from aggregator.parse._dates import parse_date

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


def dates(main: str, lang: str = "en") -> list[datetime | None]:
    body = (
        f"<html lang='{lang}'><head><title>Example news</title></head><body>"
        f"<nav><a href='/'>Home</a> <a href='/about/'>About</a></nav>"
        f"<main id='content'>{main}</main></body></html>"
    )
    parsed = parse_document(
        body.encode(), url="https://news.example/", source_type="html", timezone="UTC", now=NOW
    )
    return [e.published for e in parsed.entries]


def cards(date_markup: Callable[[int], str], n: int = 3) -> str:
    """``n`` article cards, each with the date markup ``date_markup(i)`` under its headline."""
    return "".join(
        f"<article class='post'><h2><a href='/2026/11/a-story-worth-reading-{i}'>A story worth reading, "
        f"number {i}</a></h2>{date_markup(i)}<p>An excerpt that tells what the story says.</p></article>"
        for i in range(1, n + 1)
    )


def at(day: int, hour: int = 8, minute: int = 30) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC)


def epoch(when: datetime) -> int:
    return int(when.timestamp())


def test_iso_dates_in_data_attributes() -> None:
    assert dates(cards(lambda i: f"<div class='info' data-date='2026-11-2{i}T08:30:00Z'>News</div>")) == [
        at(21),
        at(22),
        at(23),
    ]
    # On the card itself, and named otherwise ("data-publish-date").
    page = "".join(
        f"<li data-publish-date='2026-11-2{i} 08:30'><a href='/2026/11/story-{i}-of-the-day'>"
        f"The story of the day, number {i}</a></li>"
        for i in range(1, 4)
    )
    assert dates(f"<ul class='river'>{page}</ul>") == [at(21), at(22), at(23)]


def test_unix_times_in_data_attributes_in_seconds_or_milliseconds() -> None:
    seconds = cards(lambda i: f"<span class='meta' data-timestamp='{epoch(at(2 + i))}'>{i} weeks ago</span>")
    assert dates(seconds) == [at(3), at(4), at(5)]
    millis = cards(lambda i: f"<div data-utime='{epoch(at(2 + i)) * 1000}'></div>")
    assert dates(millis) == [at(3), at(4), at(5)]


def test_data_attributes_that_are_no_publication_date_are_left_alone() -> None:
    # An update's date, a zone, a number named for a date that is no plausible time.
    markup = (
        "<div data-updated='2026-11-25T08:30:00Z' data-timezone='2026-11-25' data-time='1234567'"
        " data-created='0000000042'></div>"
    )
    assert dates(cards(lambda i: markup)) == [None, None, None]
    # An embedded post's own timestamp (a quotation) is not the card's.
    quoted = f"<blockquote data-timestamp='{epoch(at(20))}'><p>Someone said something.</p></blockquote>"
    assert dates(cards(lambda i: quoted)) == [None, None, None]


def test_the_tooltip_of_a_relative_date_gives_the_exact_date() -> None:
    tooltip = cards(
        lambda i: f"<span class='date' title='November 2{i}, 2026 8:30 AM'>{6 - i} days ago</span>"
    )
    assert dates(tooltip) == [at(21), at(22), at(23)]
    # A tooltip that is no date leaves the text's date.
    other = cards(lambda i: f"<span class='date' title='Posted by the newsroom'>November 2{i}, 2026</span>")
    assert dates(other) == [at(21, 12, 0), at(22, 12, 0), at(23, 12, 0)]


def test_time_elements_without_datetime() -> None:
    assert dates(cards(lambda i: f"<time title='2026-11-2{i} 08:30'>{6 - i} days ago</time>")) == [
        at(21),
        at(22),
        at(23),
    ]
    assert dates(cards(lambda i: f"<time>November 2{i}, 2026</time>")) == [
        at(21, 12, 0),
        at(22, 12, 0),
        at(23, 12, 0),
    ]
    # A compact age, as social sites show it: "1h", "2h", "3h".
    assert dates(cards(lambda i: f"<time>{i}h</time>")) == [NOW - timedelta(hours=i) for i in (1, 2, 3)]
    # A compact age outside a <time> is no date: "5m" may be money, "3d" a printer.
    assert dates(cards(lambda i: f"<span>{i}d</span>")) == [None, None, None]


def test_datetime_on_custom_elements_but_not_on_edits() -> None:
    custom = cards(
        lambda i: f"<relative-time datetime='2026-11-2{i}T08:30:00Z'>{6 - i} days ago</relative-time>"
    )
    assert dates(custom) == [at(21), at(22), at(23)]
    edited = cards(lambda i: "<p><ins datetime='2026-11-20T08:30:00Z'>A correction was added.</ins></p>")
    assert dates(edited) == [None, None, None]


@pytest.mark.parametrize("lang", ["en", "es", "de", "fr"])
def test_short_ages_on_a_page_in_any_language(lang: str) -> None:
    ages = ["5m ago", "3d ago", "2w ago", "1mo ago", "2 yrs ago", "Just now"]
    assert dates(cards(lambda i: f"<span class='date'>{ages[i - 1]}</span>", n=len(ages)), lang) == [
        NOW - timedelta(minutes=5),
        NOW - timedelta(days=3),
        NOW - timedelta(weeks=2),
        NOW - timedelta(days=30),
        NOW - timedelta(days=730),
        NOW,
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("5m ago", NOW - timedelta(minutes=5)),
        ("Episode 4 m... posted 3 hours ago", NOW - timedelta(hours=3)),
        ("À l'instant", NOW),
        ("gerade eben", NOW),
        # One table of "just now" phrases for dates and date slots (_now_words), not two.
        ("только что", NOW),
        ("przed chwilą", NOW),
    ],
)
def test_parse_date_reads_short_ages_and_just_now(text: str, want: datetime) -> None:
    assert parse_date(text, now=NOW, lang="es") == want


@pytest.mark.parametrize(
    "text", ["5 m", "3 d", "Now available", "Just now, the council voted to close the road"]
)
def test_units_without_ago_and_now_in_prose_are_no_dates(text: str) -> None:
    assert parse_date(text, now=NOW, lang="en") is None


def test_a_date_cell_before_each_title_cell() -> None:
    cells = "".join(
        f"<div class='date'>2{i} November 2026</div><div class='title'>"
        f"<a href='/reports/2026/annual-report-part-{i}'>Annual report of the council, part {i}</a></div>"
        for i in range(1, 5)
    )
    assert dates(f"<div class='grid'>{cells}</div>") == [at(d, 12, 0) for d in (21, 22, 23, 24)]
    rows = "".join(
        f"<tr><td class='when'>Nov 2{i}, 2026</td></tr><tr><td>"
        f"<a href='/reports/2026/annual-report-part-{i}'>Annual report of the council, part {i}</a></td></tr>"
        for i in range(1, 5)
    )
    assert dates(f"<table>{rows}</table>") == [at(d, 12, 0) for d in (21, 22, 23, 24)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # NOW is Thursday 26 November 2026, 12:00 UTC; the source's zone here is UTC.
        ("Thursday", datetime(2026, 11, 26, 12, 0, tzinfo=UTC)),
        ("Thu 10:15", datetime(2026, 11, 26, 10, 15, tzinfo=UTC)),
        ("Thu 13:15", datetime(2026, 11, 19, 13, 15, tzinfo=UTC)),  # not yet today: last week's
        ("Monday", datetime(2026, 11, 23, 12, 0, tzinfo=UTC)),
        ("mon 9:00 am", datetime(2026, 11, 23, 9, 0, tzinfo=UTC)),
        ("lundi à 18h05", datetime(2026, 11, 23, 18, 5, tzinfo=UTC)),
        ("Dienstag, 14:05 Uhr", datetime(2026, 11, 24, 14, 5, tzinfo=UTC)),
        ("miércoles", datetime(2026, 11, 25, 12, 0, tzinfo=UTC)),
    ],
)
def test_a_weekday_alone_is_the_most_recent_such_day(text: str, want: datetime) -> None:
    assert parse_date(text, now=NOW, lang="en") == want


@pytest.mark.parametrize("text", ["Mon", "Mer", "Sun", "On Monday the council met", "Sunday Times"])
def test_weekday_abbreviations_alone_and_weekdays_in_sentences_are_no_dates(text: str) -> None:
    assert parse_date(text, now=NOW, lang="en") is None


def test_a_weekday_date_line_on_a_card() -> None:
    days = ["Wednesday", "Tuesday 18:30", "Monday"]
    assert dates(cards(lambda i: f"<span class='date'>{days[i - 1]}</span>")) == [
        datetime(2026, 11, 25, 12, 0, tzinfo=UTC),
        datetime(2026, 11, 24, 18, 30, tzinfo=UTC),
        datetime(2026, 11, 23, 12, 0, tzinfo=UTC),
    ]


def test_an_update_time_in_a_class_of_its_own_is_not_the_publication_date() -> None:
    # "updatetime", "update-time", "modified-date": the time the teaser was last changed.
    marked = cards(
        lambda i: f"<div class='kick'><a href='/tech/'>Tech</a> <span class='updatetime'>14:0{i}</span></div>"
    )
    assert dates(marked) == [None, None, None]
    # The card's only date, a day, is the date a reader has for it though its class calls it
    # an update's (branch lauth30: a job board's "updatedAt"); a time of day alone above is not.
    hyphenated = cards(lambda i: f"<p><span class='modified-date'>2{i} November 2026</span></p>")
    assert [d.date() if d else None for d in dates(hyphenated)] == [
        at(21).date(),
        at(22).date(),
        at(23).date(),
    ]
    # A date line beside it still dates the card.
    both = cards(
        lambda i: f"<p class='date'>2{i} November 2026, 08:30</p><span class='update-time'>11:00</span>"
    )
    assert dates(both) == [at(21), at(22), at(23)]


def test_a_time_of_day_alone_takes_the_day_of_the_heading_above_it() -> None:
    def day(heading: str, slugs: list[tuple[str, str]]) -> str:
        items = "".join(
            f"<li><span class='time'>{clock}</span> <a href='/2026/11/{slug}-100.html'>"
            f"A story worth reading about {slug}</a></li>"
            for clock, slug in slugs
        )
        return f"<h2>{heading}</h2><ul class='chronik'>{items}</ul>"

    page = day("Donnerstag, 26. November 2026", [("09:15 Uhr", "heute")]) + day(
        "Dienstag, 24. November 2026", [("14:05 Uhr", "dienstag"), ("20:30 Uhr", "abend")]
    )
    assert dates(page, lang="de") == [at(26, 9, 15), at(24, 14, 5), at(24, 20, 30)]
    # Without a day heading, a time alone is today's (the most recent such time).
    assert dates(page.replace("<h2>", "<p>").replace("</h2>", "</p>"), lang="de") == [
        at(26, 9, 15),
        at(25, 14, 5),
        at(25, 20, 30),
    ]


def test_a_datetime_without_offset_yields_to_the_day_and_time_shown() -> None:
    # Joomla writes the attribute in UTC without saying so; the text is the site's time.
    main = cards(
        lambda i: (
            f"<time class='create-date' datetime='2014-11-0{i} 14:33:01'>Создано 0{i}.11.2014 17:33</time>"
        )
    )
    body = f"<html lang='ru'><head><title>Блог</title></head><body><main>{main}</main></body></html>"
    parsed = parse_document(
        body.encode(), url="https://news.example/", source_type="html", timezone="Europe/Moscow", now=NOW
    )
    assert [e.published for e in parsed.entries] == [
        datetime(2014, 11, i, 14, 33, tzinfo=UTC) for i in (1, 2, 3)
    ]
    # With an offset, or showing only a day, the attribute stays the exact time.
    stated = cards(lambda i: f"<time datetime='2014-11-0{i}T14:33:01+00:00'>0{i}.11.2014 18:33</time>")
    day = cards(lambda i: f"<time datetime='2014-11-0{i} 14:33:01'>0{i}.11.2014</time>")
    assert dates(stated) == dates(day) == [datetime(2014, 11, i, 14, 33, 1, tzinfo=UTC) for i in (1, 2, 3)]


def test_the_only_date_shown_marked_updated_is_the_posts() -> None:
    # hAtom requires the class "updated"; many WordPress themes put it on the one date shown.
    shown = cards(
        lambda i: (
            f"<div class=postmeta><span class='meta_date date updated'>2{i} noviembre, 2026 | "
            "<span class='vcard author'><span class=fn><a rel=author href='/author/lorena'>Lorena</a></span>"
            "</span></span></div>"
        )
    )
    assert [d.date() if d else None for d in dates(shown, lang="es")] == [
        at(21).date(),
        at(22).date(),
        at(23).date(),
    ]
    # Beside a publication date, an update's date is still left out.
    both = cards(
        lambda i: (
            f"<p class=meta><span class=published>2{i} November 2026</span> "
            f"<span class=updated>Updated 25 November 2026</span></p>"
        )
    )
    assert [d.date() if d else None for d in dates(both)] == [at(21).date(), at(22).date(), at(23).date()]
