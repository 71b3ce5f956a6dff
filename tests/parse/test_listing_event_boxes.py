"""An events calendar on a news front, written with the list's own headline component (<p
class=title>): each event shows its days ("24 апреля — 27 апреля, 2012") where the list's
teasers show a publication date. The events are no articles of the list; a teaser of the
list's component beside it (a box of interviews) still is. A list of events itself keeps
every event."""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document
from aggregator.types import RawEntry

NOW = datetime(2012, 4, 23, 7, 48, tzinfo=UTC)
SITE = "https://portal.example"


def entries(body: str) -> tuple[RawEntry, ...]:
    page = f"<html lang='ru'><head><title>Портал</title></head><body>{body}</body></html>"
    return parse_document(
        page.encode(), url=f"{SITE}/", source_type="html", timezone="Asia/Tomsk", now=NOW
    ).entries


def news(n: int, day: str) -> str:
    return (
        f"<li><p class='title'><a href='/press/novosti/-/novost-nomer-{n}-iz-goroda'>"
        f"Новость номер {n} из нашего города сегодня</a></p>"
        f"<a href='/press/novosti/-/novost-nomer-{n}-iz-goroda'><img src='/i/{n}.jpg' alt=''></a>"
        f"<p class='date'>{day}</p></li>"
    )


def event(n: int, days: str) -> str:
    return (
        f"<div class='event'><p class='day'>{days}</p>"
        f"<p class='title'><a href='/press/kalendar/-/sobytie-konferentsiya-nomer-{n}'>"
        f"Международная конференция номер {n} для молодых ученых</a></p></div>"
    )


NEWS = "".join(news(n, f"{20 - n} апреля 2012") for n in range(6))
INTERVIEW = (
    "<div class='interview'><p class='author'>Иван Петров</p>"
    "<p class='title'><a href='/press/intervyu/-/intervyu-s-ekspertom-o-gorode'>"
    "Интервью с экспертом о будущем нашего города</a></p><p class='date'>19 апреля 2012</p></div>"
)


def test_an_events_calendar_in_the_lists_component_is_no_entry() -> None:
    calendar = "".join(event(n, "24 апреля —<br> 27 апреля, 2012") for n in range(4))
    body = (
        f"<div class='main'><div class='news'><h2>Новости</h2><ul>{NEWS}</ul></div>"
        f"<div class='interviews'><h2>Интервью</h2>{INTERVIEW}</div>"
        f"<div class='calendar'><h2>Календарь</h2><div class='timeline'>{calendar}</div></div></div>"
    )
    links = [e.link for e in entries(body)]
    assert [link for link in links if "/kalendar/" in link] == []
    assert f"{SITE}/press/intervyu/-/intervyu-s-ekspertom-o-gorode" in links
    assert len(links) == 7


def test_a_list_of_events_keeps_its_events() -> None:
    listed = "".join(event(n, f"{n + 1} — {n + 3} мая 2012") for n in range(6))
    more = event(9, "24 апреля — 27 апреля, 2012")
    body = f"<div class='main'><div class='events'>{listed}</div><div class='box'>{more}</div></div>"
    links = [e.link for e in entries(body)]
    assert links == [
        f"{SITE}/press/kalendar/-/sobytie-konferentsiya-nomer-{n}" for n in (0, 1, 2, 3, 4, 5, 9)
    ]
