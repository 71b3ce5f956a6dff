"""A forum's thread list (met on vBulletin, SMF and bbPress boards added to the development
corpus): "Started by <a>user</a>, 16-10-2005 11:36 PM" is the thread's byline and date, the
"Started by" label no part of the name ("Dimulai oleh:" in Indonesian)."""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document
from aggregator.parse.listing._vocabulary import BY

NOW = datetime(2016, 4, 26, 12, 0, tzinfo=UTC)

ROW = """<li class="threadbit"><div class="threadinfo"><h3 class="threadtitle">
<a class="title" href="/board/{n}-thread.html">{title}</a></h3>
<div class="author"><span class="label">Started by <a href="/people/{user}.html"
class="username">{user}</a>, {day}-10-2005 0{n}:36 PM</span></div></div>
<ul class="threadstats"><li>{n} Replies {n}00 Views</li></ul></li>"""


def test_started_by_is_the_label_of_the_threads_byline() -> None:
    titles = ["Youtube awesomeness", "Rules of the board", "Chuck Norris facts", "Useless facts", "Toy train"]
    rows = "".join(ROW.format(n=n, title=t, user=f"member{n}x", day=10 + n) for n, t in enumerate(titles, 1))
    page = (
        f"<html lang='en'><head><title>Board</title></head><body><main><ol>{rows}</ol></main></body></html>"
    )
    parsed = parse_document(
        page.encode(), url="https://cars.example/board/", source_type="html", timezone="UTC", now=NOW
    )
    assert [e.author for e in parsed.entries] == [f"member{n}x" for n in range(1, 6)]
    assert [e.published for e in parsed.entries] == [
        datetime(2005, 10, 10 + n, 12 + n, 36, tzinfo=UTC) for n in range(1, 6)
    ]


def test_forum_bylines() -> None:
    assert BY.sub("", "Started by PlantAKiss") == "PlantAKiss"
    assert BY.sub("", "Dimulai oleh: yudi") == "yudi"
