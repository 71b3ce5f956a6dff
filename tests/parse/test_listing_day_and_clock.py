"""A day and its time of day printed in elements of their own (met on a Serbian news portal's
section added to the development corpus: ``<span class=date>09.06.2025.</span> <span
class=separator>•</span> <span class=time>16:50</span>``): the date element read alone gave
the day at noon; the clock beside it, after separators only, is that day's time. "04:59 >
14:15" (posted, then updated) gives the first; a second day, or words, beside the day leave
the day as it is."""

from __future__ import annotations

from datetime import UTC, datetime

from lxml import html

from aggregator.parse import parse_document
from aggregator.parse._dates import parse_date
from aggregator.parse.listing._clocks import clock_beside
from aggregator.parse.listing._text import visible_text

NOW = datetime(2025, 6, 10, 5, 5, tzinfo=UTC)
ZONE = "Europe/Belgrade"

CARD = """<article><h3><a href="/story/{n}.html">{title}</a></h3>
<div class="meta-line"><span class="date">{day}</span> <span class="sep">•</span>
<span class="time">{clock}</span> <span class="sep">•</span> <a href="/town/4/">Novi Sad</a></div>
<div class="lead">Kratak tekst o tome šta se desilo u gradu, dovoljno dug za uvod.</div></article>"""


def _date(text: str | None) -> datetime | None:
    return parse_date(text, now=NOW, timezone=ZONE, day_first=True, lang="sr")


def _published(cards: list[tuple[str, str, str]]) -> list[datetime | None]:
    body = "".join(CARD.format(n=i, title=t, day=d, clock=c) for i, (t, d, c) in enumerate(cards))
    page = f"<html lang='sr-Latn'><head><title>Vesti</title></head><body><main>{body}</main></body></html>"
    parsed = parse_document(
        page.encode(), url="https://portal.example/vesti/", source_type="html", timezone=ZONE, now=NOW
    )
    return [e.published for e in parsed.entries]


def test_the_clock_beside_the_day_is_its_time() -> None:
    cards = [
        ("Raspored sahrana za utorak", "09.06.2025.", "16:50"),
        ("Vetar izgurao kontejnere na put", "09.06.2025.", "04:59 > 14:15"),
        ("Bez vode deo grada", "08.06.2025.", "08.06.2025."),
    ]
    assert _published(cards) == [
        datetime(2025, 6, 9, 14, 50, tzinfo=UTC),
        datetime(2025, 6, 9, 2, 59, tzinfo=UTC),
        datetime(2025, 6, 8, 10, 0, tzinfo=UTC),  # the day (noon, Belgrade time)
    ]


def test_only_separators_may_stand_between_day_and_clock() -> None:
    day = datetime(2025, 6, 9, 10, 0, tzinfo=UTC)  # 9 June, no time
    line = html.fromstring('<p><span>09.06.2025.</span> | <span class="c">16:50</span></p>')
    assert clock_beside(line[0], day, ZONE, visible_text, _date) == datetime(2025, 6, 9, 14, 50, tzinfo=UTC)
    line = html.fromstring("<p><span>June 9, 2025</span> at <span>4:50 pm</span></p>")
    assert clock_beside(line[0], day, ZONE, visible_text, _date) == datetime(2025, 6, 9, 14, 50, tzinfo=UTC)
    # Words between them, a day and month ("09.06"), or a day that has its time: no clock.
    line = html.fromstring("<p><span>09.06.2025.</span> read in <span>16:50</span></p>")
    assert clock_beside(line[0], day, ZONE, visible_text, _date) is None
    line = html.fromstring("<p><span>2025</span> <span>09.06</span></p>")
    assert clock_beside(line[0], day, ZONE, visible_text, _date) is None
    timed = datetime(2025, 6, 9, 7, 27, tzinfo=UTC)
    line = html.fromstring("<p><span>09.06.2025. 09:27</span> • <span>09:37</span></p>")
    assert clock_beside(line[0], timed, ZONE, visible_text, _date) is None
