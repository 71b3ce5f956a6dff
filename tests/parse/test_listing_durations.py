"""A video's or podcast's running time on its teaser ("1:23", "1:02:33") is no time of day:
read as a clock it dated the card today at 01:23 (met on a news front's video playlist, each
card's headline over the player and <span class="video-overlay__duration"> 1:23 </span>). A
running time is known by its markup (a duration class, ``itemprop=duration``, an ISO 8601
duration in ``datetime``, an ``aria-label``) or by standing alone over the teaser's picture;
clock times in a date slot still read ("14:05", "Heute, 14:05 Uhr", "2:54pm")."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from lxml import html

from aggregator.parse.listing._document import Context
from aggregator.parse.listing._fields import item_date

NOW = datetime(2026, 12, 4, 15, 0, tzinfo=UTC)
CTX = Context(base="https://news.example/", timezone="Europe/Berlin", now=NOW, day_first=True, lang="de")


@pytest.mark.parametrize(
    "card",
    [
        # Marked by a class word, the card's only date-like text.
        '<div class="card"><h3><a href="/v/1">Senate votes</a></h3>'
        '<span class="video-overlay__duration"> 1:23 </span></div>',
        # An hour-long episode, marked by microdata.
        '<li class="episode"><h3><a href="/p/9">Episode 9</a></h3>'
        '<span itemprop="duration">1:02:33</span></li>',
        # A <time> stating an ISO 8601 duration.
        '<div class="card"><h3><a href="/v/2">Avalanche</a></h3><time datetime="PT12M5S">12:05</time></div>',
        # Labelled for screen readers.
        '<div class="card"><h3><a href="/v/3">Avalanche</a></h3>'
        '<span class="meta" aria-label="Duration">4:48</span></div>',
        # Alone over the thumbnail, unmarked.
        '<div class="card"><a class="thumb" href="/v/4"><img src="/i/4.jpg" alt="">'
        '<span class="badge">▶ 3:17</span></a><h3><a href="/v/4">Fire at the runway</a></h3></div>',
    ],
)
def test_a_running_time_is_no_date(card: str) -> None:
    found, _ = item_date(html.fromstring(card), CTX)
    assert found is None


@pytest.mark.parametrize(
    ("card", "expected"),
    [
        # A clock in a date slot beside a picture-less card: today at 14:05 in Berlin.
        (
            '<div class="card"><span class="c-teaser__date">14:05</span>'
            '<h3><a href="/a/1">Headline</a></h3></div>',
            datetime(2026, 12, 4, 13, 5, tzinfo=UTC),
        ),
        (
            '<div class="card"><h3><a href="/a/2">Headline</a></h3>'
            '<p class="meta">Heute, 14:05 Uhr</p></div>',
            datetime(2026, 12, 4, 13, 5, tzinfo=UTC),
        ),
        # A running time beside the clock: the clock dates the card.
        (
            '<div class="card"><a href="/v/5"><img src="/i/5.jpg" alt=""><span>1:23</span></a>'
            '<h3><a href="/v/5">Headline</a></h3><span class="date">2:54pm</span></div>',
            datetime(2026, 12, 4, 13, 54, tzinfo=UTC),
        ),
        # A line naming its date and its length together stays a date ("date-and-duration").
        (
            '<div class="card"><h3><a href="/a/3">Headline</a></h3>'
            '<span class="date-and-duration">Feb 27, 2026 • 5 min read</span></div>',
            datetime(2026, 2, 27, 11, 0, tzinfo=UTC),
        ),
        # A clock beside a nickname's emoji is no thumbnail's overlay (a board's last reply).
        (
            '<li class="thread"><a href="/p/1">Headline</a><div class="author"><a href="/u/1">'
            '噷安<img class="emoji" src="/e/1.png"></a> <span class="reply_date">13:56</span></div></li>',
            datetime(2026, 12, 4, 12, 56, tzinfo=UTC),
        ),
        # A <time> over the thumbnail stating its day in ``datetime`` is the publication's
        # clock, not a running time: the day it states dates the card.
        (
            '<div class="card"><a class="thumb" href="/a/5"><img src="/i/5.jpg" alt="">'
            '<time datetime="2026-12-01T14:05:00Z">14:05</time></a>'
            '<h3><a href="/a/5">Headline</a></h3></div>',
            datetime(2026, 12, 1, 14, 5, tzinfo=UTC),
        ),
        # A transition's utility class ("duration-200") names no running time.
        (
            '<div class="card"><h3><a href="/a/4">Headline</a></h3>'
            '<span class="text-sm duration-200 meta">14:05</span></div>',
            datetime(2026, 12, 4, 13, 5, tzinfo=UTC),
        ),
    ],
)
def test_clock_times_still_read(card: str, expected: datetime) -> None:
    found, _ = item_date(html.fromstring(card), CTX)
    assert found == expected
