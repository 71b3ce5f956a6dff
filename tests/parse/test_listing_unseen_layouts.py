"""Rules learnt from layouts of the development corpus's pages added by branch listing19 (a
Korean web comic's episode table, …), each checked on a written page that fails without it."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from aggregator.parse import parse_document
from aggregator.parse._dates import parse_date

NOW = datetime(2015, 8, 21, 12, 0, tzinfo=UTC)
RATINGS = ("9.88", "9.95", "9.92", "9.95", "9.92")

EPISODE = """<tr><td><a href="/comic/detail?no={n}"><img src="/t/{n}.jpg" alt="{title}"></a></td>
<td class="title"><a href="/comic/detail?no={n}">{title}</a></td>
<td><div class="rating"><span class="star"><em>평점</em></span> <strong>{r}</strong></div></td>
<td class="num">2015.08.{day:02d}</td></tr>"""


def test_a_rating_beside_the_date_column_is_a_decimal_not_a_date() -> None:
    # "9.88" has no reading as a day and a month: dateparser made it 9 August 1988.
    titles = ["966. Shanghai", "965. Miniature", "964. Romance comic", "963. Don't shoot", "962. Bus game"]
    rows = "".join(
        EPISODE.format(n=n, title=t, r=r, day=20 - n)
        for n, (t, r) in enumerate(zip(titles, RATINGS, strict=True), 1)
    )
    page = (
        "<html lang='ko'><head><title>Episodes</title></head><body><main><table>"
        f"<tr><th>Image</th><th>Title</th><th>Rating</th><th>Day</th></tr>{rows}</table></main></body></html>"
    )
    parsed = parse_document(
        page.encode(),
        url="https://comic.example/list?id=1",
        source_type="html",
        timezone="Asia/Seoul",
        now=NOW,
    )
    seoul = ZoneInfo("Asia/Seoul")
    assert [e.title for e in parsed.entries] == titles
    assert [e.published and e.published.astimezone(seoul).date() for e in parsed.entries] == [
        date(2015, 8, 20 - n) for n in range(1, 6)
    ]


def test_two_numbers_joined_by_a_point_are_a_date_only_as_a_day_and_a_month() -> None:
    for decimal in ("9.88", "4.75", "12.50", "199.99"):
        assert parse_date(decimal, now=NOW, timezone="UTC") is None, decimal
    assert parse_date("12.03.", now=NOW, timezone="UTC") is not None
    assert parse_date("2015.08.20", now=NOW, timezone="UTC") is not None
