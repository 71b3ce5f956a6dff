"""Article dates on pages nobody tuned for (branch artdates): a clock written with a dot
before its date; a line of the article's head that writes a day with its year whatever its
class, above a kicker or beside the byline; an e-mail's "Date:" header in a list archive; a
bar between a date and its time; a source's name before the date on an untagged page."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from aggregator.parse._dates import parse_date
from aggregator.parse.article import read_article

P = "<p>" + "The council met on a wet evening and argued about the budget until late. " * 4 + "</p>"
URL = "https://www.example.com/news/council-budget"
NOW = datetime(2026, 12, 6, 16, 0, tzinfo=UTC)


def _published(body: str, lang: str = "en", tz: str = "UTC", head: str = "") -> datetime | None:
    html = f'<!doctype html><html{f" lang={lang!r}" if lang else ""}><head><meta charset="utf-8">'
    html += f"<title>Tab</title>{head}</head><body>{body}</body></html>"
    return read_article(html.encode(), url=URL, timezone=tz).published


def test_a_dotted_clock_before_the_date_is_no_day() -> None:
    # "30 Dec" of "At 10.30 Dec 1, 2026" is the clock's minutes and a month: 1 December it is.
    got = parse_date("By Jane At 10.30 Dec 1, 2026", now=NOW, lang="en")
    assert got is not None and got.date() == date(2026, 12, 1)


def test_the_dateline_above_a_kicker_on_an_untagged_page() -> None:
    # The date line, then the section's name, then the headline; no date class, no language.
    body = (
        '<div class="col"><div class="src"><span><a href="/">DAILY.EXAMPLE.CZ</a> 19. 1. 2010 08:15'
        "</span></div>"
        '<div class="kicker">Mortgages</div><h1>Banks cut their rates again</h1>'
        f"{P}</div>"
    )
    got = _published(body, lang="", tz="Europe/Prague")
    assert got == datetime(2010, 1, 19, 7, 15, tzinfo=UTC)


def test_a_date_beside_the_byline_in_no_date_class() -> None:
    # "ca. 8 Min." and the day under an icon, in the byline's box; the metadata's date is
    # the first version's, the modification's the day shown.
    head = (
        '<script type="application/ld+json">{"@type": "Article", "headline": "Fish",'
        ' "datePublished": "2021-11-29T15:13:37+01:00", "dateModified": "2022-01-12T15:27:30+01:00"}</script>'
    )
    body = (
        "<article><h1>Do fish feel pain?</h1><div><div><strong><a href='/me'>Chris Hein</a></strong>"
        "<br>Editor</div>"
        '<div><span class="icon"></span> ca. 8 Min.<br><span class="icon"></span> 12.01.2022</div></div>'
        f"{P}</article>"
    )
    got = _published(body, lang="de-DE", tz="Europe/Berlin", head=head)
    assert got is not None and got.astimezone(ZoneInfo("Europe/Berlin")).date() == date(2022, 1, 12)


def test_a_mail_archive_message_dated_by_its_date_header() -> None:
    body = (
        '<table><tr><td><div class="headers">From: Mark Example &lt;mark at example.com&gt;<br>'
        'Subject: <a href="/t">Using C++ in the compiler</a><br>Newsgroups: <a href="/g">devel</a><br>'
        "Date: 2010-05-31 00:26:16 GMT (1 week, 5 days ago)<br></div>"
        "<pre>I am pleased to report that the committee has approved it.\n\nMark</pre>"
        '</td><td class="side">Archive of 2010-06-12</td></tr></table>'
    )
    assert _published(body) == datetime(2010, 5, 31, 0, 26, 16, tzinfo=UTC)


def test_a_bar_between_the_day_and_its_time() -> None:
    line = "Publicado: Miércoles 27 abril 2022 | 02:26:59 am."
    body = f'<article><h1>Un desfile</h1><div class="news-date"><label>{line}</label></div>{P}</article>'
    got = _published(body, lang="es", tz="America/Havana")
    assert got == datetime(2022, 4, 27, 6, 26, 59, tzinfo=UTC)


def test_a_source_name_before_the_date_on_an_untagged_page() -> None:
    # The reader guesses no language from "DAILY.EXAMPLE.CZ 19. 1. 2010 08:15": the line from its number.
    body = (
        "<article><h1>Banks cut their rates again</h1>"
        '<div class="date">DAILY.EXAMPLE.CZ 19. 1. 2010 08:15</div>'
        f"{P}</article>"
    )
    assert _published(body, lang="", tz="Europe/Prague") == datetime(2010, 1, 19, 7, 15, tzinfo=UTC)
