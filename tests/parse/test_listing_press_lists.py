"""Press-release lists of congressional offices (dev pages from dwillis/statement's spec
fixtures): a flat list whose date line stands above each heading ("05.19.15" then the <h2>),
two-digit-year dates whose order only the page's own dates settle, and a link whose ``title``
attribute wraps its text in words of its own ("View: …").
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from lxml import html

from aggregator.parse import parse_document
from aggregator.parse.listing._numeric_order import page_day_first

NOW = datetime(2015, 5, 21, 6, 0, tzinfo=UTC)
URL = "https://senator.example/news/press"
NY = ZoneInfo("America/New_York")


def entries(main: str, lang: str = "en") -> list[tuple[str | None, str | None, date | None]]:
    page = f"<html lang='{lang}'><head><title>Press</title></head><body><main>{main}</main></body></html>"
    parsed = parse_document(page.encode(), url=URL, source_type="html", timezone="America/New_York", now=NOW)
    return [
        (e.link, e.title, e.published.astimezone(NY).date() if e.published else None) for e in parsed.entries
    ]


def body(*dates: str) -> html.HtmlElement:
    return html.fromstring("<html><body>" + "".join(f"<p>Posted {d}</p>" for d in dates) + "</body></html>")


def test_two_digit_year_dates_settle_the_order_when_four_digit_ones_do_not() -> None:
    # "05.18.15" reads one way only: the page writes the month first, so "05.12.15" is May 12.
    assert page_day_first(body("05.18.15", "05.12.15"), default=True) is False
    assert page_day_first(body("18/05/15", "05/12/15"), default=False) is True
    # Four-digit years come first; a version or an address is no date.
    assert page_day_first(body("18/05/2015", "05.19.15"), default=False) is True
    assert page_day_first(body("v2.14.15", "1.13.20.4"), default=True) is True
    # A release or a team's record is no date: a British page's "01.02.26" stays 1 February.
    assert page_day_first(body("Go 1.21.13 is released", "01.02.26"), default=True) is True
    assert page_day_first(body("Leafs fall to 5-14-11", "01/02/26"), default=True) is True


ITEM = """<span class="date black">{day}</span>
<h2 class="title"><a href="/news/press/{n}">Senator introduces the act number {n} of the year</a></h2>
<p class="summary">The senator today introduced a bill, number {n}, and said a few words about it
&#8230; <a href="/news/press/{n}">Continue Reading</a></p><hr>"""


def test_a_date_line_above_each_heading_dates_that_heading() -> None:
    days = ["05.19.15", "05.12.15", "05.08.15", "04.30.15"]
    main = '<div id="press">' + "".join(ITEM.format(n=i, day=d) for i, d in enumerate(days)) + "</div>"
    found = entries(main)
    assert [(link, day) for link, _, day in found] == [
        (f"{URL.rsplit('/', 1)[0]}/press/{i}", date(2015, int(d[:2]), int(d[3:5])))
        for i, d in enumerate(days)
    ]


ROW = """<li><a href="details.cfm?id={n}&amp;" title="View: {title}   ">{title}   </a>, media release,
April {d}, 2013</li>"""
#: An attribute cut at the first quote inside it, as the page wrote it: the title reads
#: "View: Nelson: Airship cost-effective way to catch".
CUT = """<li><a href="details.cfm?id=9&amp;" title="View: Nelson: Airship cost-effective way to catch
"bad guys"">Nelson: Airship cost-effective way to catch "bad guys"</a>, media release, April 9, 2013</li>"""


def test_a_tooltip_wrapping_the_link_text_in_words_of_its_own_is_not_the_title() -> None:
    titles = [
        "Crackdown on fraud against elderly gains steam",
        "Senate panel hears details of asteroid mission",
        "Feds to audit Florida homeowner mortgage program",
    ]
    rows = "".join(ROW.format(n=i, title=t, d=20 - i) for i, t in enumerate(titles))
    found = entries(f"<h2>Media releases</h2><ul>{rows}{CUT}</ul>")
    assert [title for _, title, _ in found] == [
        *titles,
        'Nelson: Airship cost-effective way to catch "bad guys"',
    ]


def test_dates_below_their_headings_stay_theirs_under_a_date_line_of_the_page() -> None:
    # The page's own "Updated" line stands above the first heading in the same markup as the
    # entries' date lines, which stand below theirs: no entry takes the one before's date.
    rows = "".join(
        f'<h2><a href="/news/press/{n}">Senator introduces the act number {n} of the year</a></h2>'
        f'<p class="meta">May {19 - n}, 2015</p>'
        for n in range(4)
    )
    found = entries(f'<div id="press"><p class="meta">Updated May 20, 2015</p>{rows}</div>')
    assert [day for _, _, day in found] == [date(2015, 5, 19 - n) for n in range(4)]


def test_a_tooltip_around_a_link_text_that_says_more_stays_the_title() -> None:
    # "Permalink to <headline>" on a link whose text adds the card's comment count: the
    # label is the headline, the text more than it.
    rows = "".join(
        f'<li><a href="/news/press/{n}" title="Permalink to Senator introduces the act number {n}">'
        f"Senator introduces the act number {n} 3 comments</a>, May {19 - n}, 2015</li>"
        for n in range(4)
    )
    found = entries(f"<h2>Media releases</h2><ul>{rows}</ul>")
    titles = [title or "" for _, title, _ in found]
    assert len(titles) == 4
    assert all(t.endswith(f"Senator introduces the act number {n}") for n, t in enumerate(titles))
