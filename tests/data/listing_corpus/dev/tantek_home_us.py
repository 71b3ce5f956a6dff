"""Real page: an IndieWeb personal site's home stream (tantek.com, January 2018), saved in
jsorge/RSParser's tests (microformats). en. The stream, <div class="h-feed section stream"
id=updates>, an <ol> of sixteen items: fifteen untitled notes (<li class="h-entry hentry
as-note">, the whole note a "p-name e-content" paragraph) each closed by its permalink, the
microformats value-class pattern "<a class=dt-published><time class=value
datetime="23:54-0800">23:54</time> on <time class=value>2018-01-05</time></a>" (time and
offset in one <time>, the day in the next), and one event post (<li class="h-event vevent
hentry">: the title "Homebrew Website Club SF" in an <h1> linked to the post, "When:
2017-12-27 17:00…19:00"). Titles only where the post has a name (the notes have none: not
scored); the event's publication is not shown (its start is the event's, not scored). Authors
not scored (the site's h-card, not shown per entry). Not entries: the header, the <aside>
with the contact links and its own "Recent Articles" h-feed (three h-entries that are a
sidebar box, like a "Recent Posts" widget), the footer's projects and events.
"""

from datetime import UTC, datetime

url = "http://tantek.com/"
timezone = "America/Los_Angeles"
now = datetime(2018, 1, 6, 12, 0, tzinfo=UTC)

_NOTES = [
    ("2018/005/t3/run-hot-chocolate-15k", datetime(2018, 1, 6, 7, 54, tzinfo=UTC)),
    ("2018/005/t2/wet-npsf-weatherproof", datetime(2018, 1, 5, 21, 5, tzinfo=UTC)),
    ("2018/005/t1/yesterday-rest-homework-day", datetime(2018, 1, 5, 17, 48, tzinfo=UTC)),
    ("2018/003/t3/first-npsf-earlygang-year", datetime(2018, 1, 4, 5, 8, tzinfo=UTC)),
    ("2018/003/t2/first-yoga-class-this-year", datetime(2018, 1, 4, 1, 59, tzinfo=UTC)),
    ("2018/003/t1/new-years-day-meditation-satsang", datetime(2018, 1, 4, 1, 52, tzinfo=UTC)),
    ("2018/002/t1/hello", datetime(2018, 1, 3, 7, 42, tzinfo=UTC)),
    ("2017/365/t2/thenorthface-ecsca-marathon-relay", datetime(2018, 1, 1, 5, 17, tzinfo=UTC)),
    ("2017/365/t1/today-donate-renew-arts-science", datetime(2017, 12, 31, 20, 42, tzinfo=UTC)),
    ("2017/363/t1/fbf-teaching-yoga-npsf", datetime(2017, 12, 30, 1, 8, tzinfo=UTC)),
    ("2017/362/t2/diamond-head-orange-grassrootsgear-met", datetime(2017, 12, 29, 3, 2, tzinfo=UTC)),
    ("2017/362/t1/npsf-pr-wednesday-interrupted", datetime(2017, 12, 28, 18, 51, tzinfo=UTC)),
    ("2017/361/t2/next-indieweb-meetup-2018", datetime(2017, 12, 28, 2, 17, tzinfo=UTC)),
    ("2017/361/t1/last-minute-sf-indieweb-meetup", datetime(2017, 12, 28, 0, 30, tzinfo=UTC)),
]

entries = [
    *({"link": url + path, "published": when} for path, when in _NOTES),
    {"link": url + "2017/361/e1/homebrew-website-club", "title": "Homebrew Website Club SF"},
    {
        "link": url + "2017/360/t1/missed-track-tuesday-last-this-year",
        "published": datetime(2017, 12, 27, 7, 34, tzinfo=UTC),
    },
]
