"""A dateline heading holding a <time> (met on a guide's news page added to the development
corpus: ``<h6><time datetime="1342797581">Friday 20th of July, 2012</time></h6>`` under each
post's <h2>): the post's time is the instant the ``datetime`` states (here a Unix time, not the
ISO form HTML asks for), not the noon of the day the heading shows; a month and year shown
("May 2015", a forum's "Started By" column) leave the day to the ``datetime``."""

from __future__ import annotations

from datetime import UTC, datetime

from lxml import html

from aggregator.parse import parse_document
from aggregator.parse.listing._document import Context
from aggregator.parse.listing._machine_dates import time_element_date

NOW = datetime(2016, 3, 19, 12, 0, tzinfo=UTC)

POST = """<div class="post"><header><hgroup><h2><a href="/news/{slug}.html">{title}</a></h2>
<h6><time datetime="{stamp}">{shown}</time></h6></hgroup></header>
<article><p>The whole text of the post about {title}, long enough to read as an article's
beginning and not as a line of metadata.</p></article></div>"""


def test_a_time_in_a_dateline_heading_gives_its_instant() -> None:
    posts = [
        ("party", "The island's second birthday party", "1342797581", "Friday 20th of July, 2012"),
        ("likes", "Seven thousand friends of the island", "1341837539", "Monday 9th of July, 2012"),
        ("five", "Five thousand likes on the page", "1335023861", "Saturday 21st of April, 2012"),
    ]
    body = "".join(POST.format(slug=s, title=t, stamp=st, shown=sh) for s, t, st, sh in posts)
    page = f"<html lang='en'><head><title>News</title></head><body><main>{body}</main></body></html>"
    parsed = parse_document(
        page.encode(),
        url="https://island.example/news.html",
        source_type="html",
        timezone="Europe/Athens",
        now=NOW,
    )
    assert [e.published for e in parsed.entries] == [
        datetime.fromtimestamp(1342797581, UTC),
        datetime.fromtimestamp(1341837539, UTC),
        datetime.fromtimestamp(1335023861, UTC),
    ]


def test_a_month_and_year_shown_leave_the_day_to_the_datetime() -> None:
    # A forum's "Started By" column (Vanilla): "<time datetime=…>May 2015</time>" names no day;
    # it was read as a day of May (today's number) and beat the attribute.
    ctx = Context(base="https://forum.example/", timezone="UTC", now=NOW, day_first=True, lang="en")
    node = html.fromstring(
        '<time title="May 27, 2015  2:37PM" datetime="2015-05-27T14:37:19+00:00">May 2015</time>'
    )
    assert time_element_date(node, ctx) == datetime(2015, 5, 27, 14, 37, 19, tzinfo=UTC)
    # A day shown still wins over an attribute a month off (a script's month counted from 0).
    node = html.fromstring('<time datetime="2021-08-30">30 September 2021</time>')
    found = time_element_date(node, ctx)
    assert found is not None and found.date() == datetime(2021, 9, 30).date()
