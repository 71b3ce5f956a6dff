"""Date forms and placements met on the listing pages branch fdates added (platforms' templates
the corpus had no page from), each on a small written page: a day in CJK characters with its
weekday in brackets before the clock ("2026年12月5日(土) 18時30分", a WordPress date format common
on Japanese sites)."""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document

TITLES = (
    "京都の紅葉、今年は遅め",
    "新幹線で行く金沢日帰り旅",
    "冬の北海道、持ち物リスト",
    "熊野古道を二日間歩く",
)


def _published(cards: list[str], *, lang: str, zone: str, now: datetime) -> list[datetime | None]:
    body = "".join(cards)
    page = f"<html lang='{lang}'><head><title>Blog</title></head><body><main>{body}</main></body></html>"
    parsed = parse_document(
        page.encode(),
        url="https://blog.example.jp/category/travel/",
        source_type="html",
        timezone=zone,
        now=now,
    )
    return [e.published for e in parsed.entries]


def test_a_cjk_day_with_its_weekday_in_brackets_keeps_its_clock() -> None:
    shown = [
        "2026年12月5日(土) 18時30分",
        "2026年12月3日（木） 9時05分",
        "2026年12月1日(火曜日) 0時40分",
        "11月30日(月) 21:15",
    ]
    cards = [
        f'<article class="post"><h2><a href="/p{i}/">{t}</a></h2>'
        f'<ul class="meta"><li><a href="/p{i}/">{d}</a></li></ul>'
        "<p>本文の抜粋がここに入ります。</p></article>"
        for i, (t, d) in enumerate(zip(TITLES, shown, strict=True))
    ]
    assert _published(cards, lang="ja", zone="Asia/Tokyo", now=datetime(2026, 12, 6, 3, tzinfo=UTC)) == [
        datetime(2026, 12, 5, 9, 30, tzinfo=UTC),
        datetime(2026, 12, 3, 0, 5, tzinfo=UTC),
        datetime(2026, 11, 30, 15, 40, tzinfo=UTC),
        datetime(2026, 11, 30, 12, 15, tzinfo=UTC),
    ]
