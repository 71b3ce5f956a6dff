"""Links to other days of a listing kept by day are no entries (met on a party conference's page
of its members' news for one day, added to the development corpus, issue 12), written small:
the page "news?offset=03/29/13" lists one day's releases under "<h2>Friday, March 29, 2013</h2>";
a column beside it, "Other Recent News", links the listing's other days ("Saturday, April 20"
at "news?offset=04/20/13", ...). Each is the listing itself at another offset, a page of it like
a pager's "2", not an article; the box was read as one more entry (its longest day link as its
title, its first as its date).
"""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document

NOW = datetime(2013, 4, 22, 12, 0, tzinfo=UTC)

DAYS = ("Saturday, April 20", "Friday, April 19", "Thursday, April 18", "Wednesday, April 17")
RELEASES = (
    "Cocoa Post Office to be Named in Honor of Local Civil Rights Leaders",
    "Upton demands explanation from FAA for closure of Battle Creek tower",
    "Weekly Update from Rep. Denham on the budget and the farm bill",
    "EPA Proposes Rule That Will Harm Consumers at the Pump",
    "North Texas U.S. Service Academies Forum draws hundreds of students",
)


def _page() -> bytes:
    days = "".join(
        f"<div class='item'><a href='/members/news?offset=04/{20 - i}/13'>{day}\n</a>"
        "<div class='clearer'></div></div>"
        for i, day in enumerate(DAYS)
    )
    releases = "".join(
        f"<li><a href='http://member{i}.example/news/{i}' target='_blank'>"
        f"<img src='/m/{i}.jpg' alt='' width='40'>\n{title}\n</a></li>"
        for i, title in enumerate(RELEASES)
    )
    return (
        "<html><head><title>Friday, March 29, 2013 - News</title></head><body><div id='page'><div id='main'>"
        "<div style='float:left'><div class='nav'><a href='/members/news'><span>News</span></a></div>"
        f"<div style='height:30px'></div><div><div><strong>Other Recent News</strong></div>{days}</div></div>"
        "<div style='float:left'><div align='center'><div><h1>Member News</h1></div><div>"
        f"<h2>Friday, March 29, 2013</h2><ul id='news'>{releases}</ul></div></div></div>"
        "</div></div></body></html>"
    ).encode()


def test_links_to_other_days_of_the_listing_are_no_entries() -> None:
    parsed = parse_document(
        _page(),
        url="http://party.example/members/news?offset=03/29/13",
        source_type="html",
        timezone="America/New_York",
        now=NOW,
    )
    assert [e.link for e in parsed.entries] == [f"http://member{i}.example/news/{i}" for i in range(5)]
    assert {e.published.date().isoformat() for e in parsed.entries if e.published} == {"2013-03-29"}
