"""Rules from listing25's pages in languages and scripts the corpus had not seen: a user's
name set apart in a ``<bdi>`` beside the date is the card's author in any script (Arabic
names have no capitals to read), a classified ad's "subject" is its title, the price
written inside a title is not part of it, and on a Persian page the Gregorian months' Persian
names ("آگوست 26, 2017") and Persian digits give the day."""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document
from aggregator.parse._jalali import jalali_to_gregorian
from aggregator.types import RawEntry

NOW = datetime(2026, 6, 23, 12, 50, tzinfo=UTC)
SITE = "https://market.example"


def entries(body: str, lang: str = "en") -> tuple[RawEntry, ...]:
    page = f"<html lang='{lang}'><head><title>Market</title></head><body>{body}</body></html>"
    return parse_document(page.encode(), url=f"{SITE}/", source_type="html", timezone="UTC", now=NOW).entries


#: Clients' names as an Arabic marketplace prints them: a first name and an initial.
_CLIENTS = ("حسن ا.", "زياد عيسى ا.", "الشمس و.", "بدر ا.", "عبدالله ح.", "محمد آ.")


def _project_row(n: int, client: str) -> str:
    return (
        f"<tr class='project-row'><td><h2><a href='/project/{1000 + n}-build-a-site'>"
        f"تصميم موقع تعريفي رقم {n} لشركة ناشئة</a></h2>"
        "<ul class='project__meta'>"
        f"<li class='text-muted'><i class='fa fa-user'></i> <bdi>{client}</bdi></li>"
        f"<li class='text-muted'><time datetime='2026-06-23 1{n}:05:00'>منذ {n + 1} ساعات</time></li>"
        f"<li class='text-muted'>{n + 3} عروض</li></ul>"
        f"<p class='project__brief'><a href='/project/{1000 + n}-build-a-site'>نبحث عن مطور.</a></p>"
        "</td></tr>"
    )


def test_a_users_name_in_a_bdi_beside_the_date_is_the_author_in_any_script() -> None:
    rows = "".join(_project_row(n, client) for n, client in enumerate(_CLIENTS))
    found = entries(f"<main><table class='projects-table'><tbody>{rows}</tbody></table></main>", lang="ar")
    assert [e.author for e in found] == list(_CLIENTS)


def test_a_bdi_holding_a_count_or_a_date_is_no_author() -> None:
    rows = "".join(_project_row(n, "12 عروض") for n in range(4))
    found = entries(f"<main><table class='projects-table'><tbody>{rows}</tbody></table></main>", lang="ar")
    assert len(found) == 4 and all(e.author is None for e in found)


_ADS = (
    ("Eladó víznyomásos betegemelő", "9 000 Ft"),
    ("Lószerszámok, hámok, nyergek eladók", "35 000 Ft"),
    ("Gyermek kerékpár 14 colos", "11 900 Ft"),
    ("Csinos női bundakabát, világos", "9 900 Ft"),
    ("Gépi menetmetsző", "150 000 Ft"),
)


def test_a_classified_ads_subject_is_its_title_without_the_price_inside_it() -> None:
    rows = "".join(
        f"<div class='listing-row'><a class='listing-ad-link' href='/heves/ad_{n}.htm'>"
        "<div class='listing_thumbs_date'><div>Ma<br>17:3{n}</div></div>"
        f"<div class='listing_image'><img src='/thumbs/{n}.jpg' alt=''>"
        f"<div class='image-count'>{n + 2}</div></div>"
        f"<div class='thumbs_subject'>{subject}"
        f"<div class='prices'><span class='price'>{price}</span></div></div>"
        "</a></div>"
        for n, (subject, price) in enumerate(_ADS)
    )
    found = entries(f"<main><div class='list'>{rows}</div></main>", lang="hu")
    assert [e.title for e in found] == [subject for subject, _ in _ADS]


def test_a_price_inside_a_headline_is_not_part_of_it() -> None:
    cards = "".join(
        f"<li class='product'><h3><a href='/p/{n}-item'>{subject} <span class='price'>{price}</span></a></h3>"
        "<p>Used, in good order, collect in town.</p></li>"
        for n, (subject, price) in enumerate(_ADS)
    )
    found = entries(f"<main><ul class='products'>{cards}</ul></main>", lang="hu")
    assert [e.title for e in found] == [subject for subject, _ in _ADS]


#: Persian spellings of the Gregorian months, as a Persian WordPress theme prints its days.
_PERSIAN_DAYS = (
    ("نوامبر 22, 2018", (2018, 11, 22)),
    ("اکتبر 6, 2017", (2017, 10, 6)),
    ("سپتامبر 20, 2017", (2017, 9, 20)),
    ("آگوست 26, 2017", (2017, 8, 26)),
    ("ژوئیه 3, 2017", (2017, 7, 3)),
    ("۵ مه ۲۰۱۷", (2017, 5, 5)),
)


def test_persian_names_of_the_gregorian_months_give_the_day() -> None:
    cards = "".join(
        f"<article class='mh-loop-item post hentry'><h3 class='entry-title'><a href='/{1600 + n}/'>"
        f"پایتون برای همه | {30 - n} | حلقه‌ها و رشته‌ها</a></h3>"
        f"<div class='mh-meta'><span class='mh-meta-date updated'>{day}</span></div>"
        "<p>شاید این سوال برای شما پیش آمده باشد که برنامه‌نویسی را با چه زبانی آغاز کنم.</p></article>"
        for n, (day, _) in enumerate(_PERSIAN_DAYS)
    )
    found = entries(f"<main>{cards}</main>", lang="fa-IR")
    assert [e.published.date().timetuple()[:3] if e.published else None for e in found] == [
        want for _, want in _PERSIAN_DAYS
    ]


def test_mah_and_mi_without_a_number_beside_them_are_no_month() -> None:
    cards = "".join(
        f"<article class='post hentry'><h3 class='entry-title'><a href='/{n}/'>مه غلیظ در شهر {n}</a></h3>"
        "<p>می‌رود به خانه و مه همه جا را گرفته است.</p></article>"
        for n in range(4)
    )
    found = entries(f"<main>{cards}</main>", lang="fa-IR")
    assert len(found) == 4 and all(e.published is None for e in found)


def test_solar_hijri_days_on_a_persian_page_are_their_gregorian_days() -> None:
    days = (
        ("6 مرداد 1405", "2026-07-28"),
        ("4 دی 1404", "2025-12-25"),
        ("۱۲ فروردین ۱۴۰۳", "2024-03-31"),
        ("1402/08/22", "2023-11-13"),
    )
    cards = "".join(
        f"<li class='post-item'><div class='post-details'><div class='post-meta'>"
        f"<span class='author-meta'><a class='author-name' href='/blog/author/a{n}/'>لعیا احمدی</a></span>"
        f"<span class='date meta-item'>{day}</span></div>"
        f"<h2 class='post-title'><a href='/blog/post-{n}/'>شامپو خشک چیست و چه کاربردی دارد {n}</a></h2>"
        "<p class='post-excerpt'>شستن مداوم و هر روزه مو، به موها آسیب می‌زند.</p></div></li>"
        for n, (day, _) in enumerate(days)
    )
    page = f"<main><ul class='posts-items'>{cards}</ul></main>"
    found = parse_document(
        f"<html lang='fa-IR' dir='rtl'><body>{page}</body></html>".encode(),
        url=f"{SITE}/blog/",
        source_type="html",
        timezone="Asia/Tehran",
        now=datetime(2026, 8, 1, 8, 0, tzinfo=UTC),
    ).entries
    assert [e.published.date().isoformat() if e.published else None for e in found] == [
        want for _, want in days
    ]


def test_solar_hijri_arithmetic_meets_known_days() -> None:
    assert jalali_to_gregorian(1369, 7, 1) == (1990, 9, 23)
    assert jalali_to_gregorian(1400, 1, 1) == (2021, 3, 21)
    assert jalali_to_gregorian(1399, 12, 30) == (2021, 3, 20)  # the leap year's last day
    assert jalali_to_gregorian(1403, 12, 30) == (2025, 3, 20)


def test_a_persian_day_keeps_its_clock_after_the_arabic_comma_and_saat() -> None:
    # "ساعت" ("hour") stands where English writes "at"; the Arabic comma before it. With the
    # month's name made English, the fast reader took the day and left the clock at noon.
    days = ("۲۲ نوامبر ۲۰۱۸، ساعت ۰۹:۳۰", "۶ اکتبر ۲۰۱۷، ۱۸:۴۵", "20 سپتامبر 2017 ساعت 07:15")
    cards = "".join(
        f"<article class='post hentry'><h3 class='entry-title'><a href='/{1700 + n}/'>"
        f"پایتون برای همه | {20 + n} | توابع و ماژول‌ها</a></h3>"
        f"<div class='meta'><span class='date'>{day}</span></div>"
        "<p>در این جلسه با توابع در پایتون آشنا می‌شویم و چند مثال می‌نویسیم.</p></article>"
        for n, day in enumerate(days)
    )
    found = entries(f"<main>{cards}</main>", lang="fa-IR")
    assert [e.published.isoformat() if e.published else None for e in found] == [
        "2018-11-22T09:30:00+00:00",
        "2017-10-06T18:45:00+00:00",
        "2017-09-20T07:15:00+00:00",
    ]
