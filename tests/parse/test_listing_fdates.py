"""Date forms and placements met on the listing pages branch fdates added (platforms' templates
the corpus had no page from), each on a small written page: a day in CJK characters with its
weekday in brackets before the clock ("2026年12月5日(土) 18時30分", a WordPress date format common
on Japanese sites)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from aggregator.parse import parse_document
from aggregator.parse._dates import parse_date

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


def test_a_clock_linked_to_the_post_under_a_day_heading_is_that_days_time() -> None:
    """Serendipity's default template: a heading per day, then each post as a headline and,
    after it, the body and a footer whose only time is the clock linked to the post."""
    posts = {
        "Freitag,  4. Dezember 2026": [
            ("Herbstwanderung am Feldberg", "18:42"),
            ("Neue Wanderschuhe", "09:15"),
        ],
        "Sonntag, 29. November 2026": [
            ("Nebel über dem Donautal", "16:30"),
            ("Karten-Apps im Vergleich", "00:20"),
        ],
    }
    blocks = []
    for n, (day, entries) in enumerate(posts.items()):
        inner = "".join(
            f'<h4 class="title"><a href="/archives/{n}{i}.html">{title}</a></h4>'
            f'<div class="entry"><div class="body"><p>Ein paar Sätze über die Tour.</p></div>'
            f'<div class="footer">Geschrieben von <a href="/authors/1">Jonas</a> in <a href="/c/2">Touren</a>'
            f' um <a href="/archives/{n}{i}.html">{clock}</a> | <a href="/archives/{n}{i}.html#comments">'
            "Kommentare (2)</a></div></div>"
            for i, (title, clock) in enumerate(entries)
        )
        blocks.append(f'<div class="day"><h3 class="date">{day}</h3>{inner}</div>')
    got = _published(blocks, lang="de", zone="Europe/Berlin", now=datetime(2026, 12, 5, 9, tzinfo=UTC))
    assert got == [
        datetime(2026, 12, 4, 17, 42, tzinfo=UTC),
        datetime(2026, 12, 4, 8, 15, tzinfo=UTC),
        datetime(2026, 11, 29, 15, 30, tzinfo=UTC),
        datetime(2026, 11, 28, 23, 20, tzinfo=UTC),
    ]


def _blog(days: dict[str, list[str]]) -> list[str]:
    """Blogger's classic layout: a date header per day over that day's wrapped posts."""
    out = []
    n = 0
    for day, footers in days.items():
        posts = []
        for footer in footers:
            posts.append(
                f'<div class="post-outer"><div class="post"><h3 class="title"><a href="/2024/06/p{n}.html">'
                f"Post number {n} of the week</a></h3><div class='post-body'>A few words of the post {n}, "
                f"long enough to be a body.</div><div class='post-footer'>{footer}</div></div></div>"
            )
            n += 1
        out.append(
            f'<div class="date-outer"><h2 class="date-header"><span>{day}</span></h2>{"".join(posts)}</div>'
        )
    return out


def test_a_footers_clock_among_words_takes_the_day_heading_above() -> None:
    """ "Posted by Ann at 2:05 PM" names no day: it is the time of the day heading's day, not
    the most recent 2:05 PM."""
    cards = _blog(
        {
            "Wednesday, June 12, 2024": ["Posted by Ann at 2:05 PM"],
            "Tuesday, June 11, 2024": ["Posted by Ann at 11:59 PM", "Posted by Ann at 7:45 AM"],
        }
    )
    got = _published(cards, lang="en", zone="America/New_York", now=datetime(2024, 6, 13, 12, tzinfo=UTC))
    assert got == [
        datetime(2024, 6, 12, 18, 5, tzinfo=UTC),
        datetime(2024, 6, 12, 3, 59, tzinfo=UTC),
        datetime(2024, 6, 11, 11, 45, tzinfo=UTC),
    ]


def test_a_day_heading_joined_by_de_is_a_day_heading() -> None:
    """ "miércoles, 12 de junio de 2024": six words, two of them "de", is a dateline."""
    cards = _blog(
        {
            "miércoles, 12 de junio de 2024": ["Publicado por Ana"],
            "martes, 11 de junio de 2024": ["Publicado por Ana", "Publicado por Ana"],
        }
    )
    got = _published(cards, lang="es", zone="Europe/Madrid", now=datetime(2024, 6, 13, 12, tzinfo=UTC))
    assert [g.astimezone(ZoneInfo("Europe/Madrid")).date() if g else None for g in got] == [
        date(2024, 6, 12),
        date(2024, 6, 11),
        date(2024, 6, 11),
    ]


def test_a_clock_before_its_day_is_that_days_time_in_its_zone() -> None:
    """AP's style puts the time before the day ("2:05 p.m. ET June 12, 2024"): the day's
    time, in the zone named (daylight time in June), not the day alone."""
    shown = ["2:05 p.m. ET June 12, 2024", "9:30 AM ET, June 11, 2024", "11:59 p.m. June 10, 2024"]
    cards = [
        f'<article class="story"><h2><a href="/news/{i}/">Council votes on the budget, part {i}</a></h2>'
        f'<p class="lede">The council met again on the budget.</p><p class="meta">{d}</p></article>'
        for i, d in enumerate(shown)
    ]
    got = _published(cards, lang="en", zone="America/New_York", now=datetime(2024, 6, 13, 12, tzinfo=UTC))
    assert got == [
        datetime(2024, 6, 12, 18, 5, tzinfo=UTC),
        datetime(2024, 6, 11, 13, 30, tzinfo=UTC),
        datetime(2024, 6, 11, 3, 59, tzinfo=UTC),
    ]


def test_an_offset_or_zone_after_the_time_is_read() -> None:
    """ "14:05 (UTC+3)", "09:30 GMT+3" and "00:15 МСК" name the zone of their time, whatever
    the source's."""
    shown = [
        "12.06.2024 14:05 (UTC+3)",
        "11.06.2024 09:30 GMT+3",
        "10.06.2024 23:59 UTC+03:00",
        "09.06.2024 00:15 МСК",
    ]
    cards = [
        f'<div class="news-item"><a class="title" href="/news/{i}/">Новость номер {i} о городском бюджете</a>'
        f'<div class="date">{d}</div><p>Депутаты снова обсудили бюджет на следующий год.</p></div>'
        for i, d in enumerate(shown)
    ]
    got = _published(cards, lang="ru", zone="UTC", now=datetime(2024, 6, 13, 12, tzinfo=UTC))
    assert got == [
        datetime(2024, 6, 12, 11, 5, tzinfo=UTC),
        datetime(2024, 6, 11, 6, 30, tzinfo=UTC),
        datetime(2024, 6, 10, 20, 59, tzinfo=UTC),
        datetime(2024, 6, 8, 21, 15, tzinfo=UTC),
    ]


def _news(shown: list[str], lang: str, zone: str) -> list[datetime | None]:
    cards = [
        f'<article class="item"><h2><a href="/noticias/{i}/">Câmara vota o orçamento, parte {i}</a></h2>'
        '<p class="resumo">Os vereadores voltaram a discutir o orçamento.</p>'
        f'<span class="quando">{d}</span></article>'
        for i, d in enumerate(shown)
    ]
    return _published(cards, lang=lang, zone=zone, now=datetime(2024, 6, 13, 12, tzinfo=UTC))


def test_yesterday_and_today_in_portuguese_and_spanish_keep_an_h_clock() -> None:
    """ "ontem às 14h05" is yesterday at 14:05 (the shared reader took it for fourteen hours
    ago; a listing's date line was read right by another way, an article's was not)."""
    now = datetime(2024, 6, 13, 12, tzinfo=UTC)
    cases = [
        ("hoje às 08h05", "pt", "America/Sao_Paulo", datetime(2024, 6, 13, 11, 5, tzinfo=UTC)),
        ("ontem às 14h05", "pt", "America/Sao_Paulo", datetime(2024, 6, 12, 17, 5, tzinfo=UTC)),
        ("anteontem às 9h30", "pt", "America/Sao_Paulo", datetime(2024, 6, 11, 12, 30, tzinfo=UTC)),
        ("ayer 14h05", "es", "Europe/Madrid", datetime(2024, 6, 12, 12, 5, tzinfo=UTC)),
    ]
    for text, lang, zone, want in cases:
        assert parse_date(text, now=now, timezone=zone, lang=lang) == want, text


def test_a_clock_after_an_em_dash_is_the_days_time() -> None:
    got = _news(["June 12, 2024 — 2:05 p.m.", "June 11, 2024 — 9:30 AM"], "en", "America/New_York")
    assert got == [datetime(2024, 6, 12, 18, 5, tzinfo=UTC), datetime(2024, 6, 11, 13, 30, tzinfo=UTC)]
