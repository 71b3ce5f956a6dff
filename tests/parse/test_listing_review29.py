"""Narrowings of branch review29, each on a page where a rule of mend26 or listing26 fired
wrongly: a classed name before a headline in its link (a columnist's, a brand's) is no badge;
an action every card offers in a list ("Register for this event") is no headline under a group's
label; links to a category's stories under the category's address make no episodes; Chinese of
Hong Kong writes the day first, and an English <title> with one Han word is no Chinese page; a
count of years ("創校120年") is no year of the Republic of China; Persian's verb prefix "می‌"
is no May."""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document
from aggregator.parse._dates import parse_date
from aggregator.types import RawEntry

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
SITE = "https://site.example"


def entries(body: str, lang: str | None = "en", title: str = "Site") -> tuple[RawEntry, ...]:
    attr = f" lang='{lang}'" if lang else ""
    page = f"<html{attr}><head><title>{title}</title></head><body><main>{body}</main></body></html>"
    return parse_document(page.encode(), url=f"{SITE}/", source_type="html", timezone="UTC", now=NOW).entries


def test_a_columnists_name_before_each_headline_stays_the_author() -> None:
    rows = "".join(
        f"<li><a class='t' href='/post/{n}'><span class='author'>Paul Krugman</span> The economy in week {n}"
        f" and what comes next</a> <span>Nov {n}, 2026</span></li>"
        for n in range(1, 6)
    )
    found = entries(f"<ul>{rows}</ul>")
    assert [e.author for e in found] == ["Paul Krugman"] * 5


def test_a_brand_before_each_product_name_keeps_the_shop_list() -> None:
    rows = "".join(
        f"<div class='product'><a class='name' href='/p/{n}'><span class='brand'>Nike</span> Air Zoom"
        f" Pegasus {40 + n} running shoe</a><span class='price'>$120</span></div>"
        for n in range(1, 6)
    )
    found = entries(rows)
    assert [e.link for e in found] == [f"{SITE}/p/{n}" for n in range(1, 6)]


def test_an_action_every_card_offers_is_no_headline_under_a_label() -> None:
    rows = "".join(
        f"<div class='event'><h3>Autumn lecture series part {n}</h3><p>Dec {n}, 2026</p>"
        f"<ul class='actions'><li><a href='/events/lecture-{n}'>Register for this event</a></li></ul></div>"
        for n in range(1, 5)
    )
    found = entries(rows)
    assert [e.title for e in found] == [f"Autumn lecture series part {n}" for n in range(1, 5)]


def test_a_categorys_stories_under_its_address_are_no_episodes() -> None:
    boxes = "".join(
        f"<div class='cat'><h2><a href='/recipes/{s}'>Recipe category number {s} of our kitchen</a></h2>"
        f"<p>Latest: <a href='/recipes/{s}/{10 + s}'>Slow cooked stew with winter roots {s}</a>, "
        f"<a href='/recipes/{s}/{20 + s}'>Quick weeknight pasta bake {s}</a>, "
        f"<a href='/recipes/{s}/{30 + s}'>Lemon cake for a Sunday {s}</a></p>"
        f"<p>Updated Nov {s}, 2026</p></div>"
        for s in range(1, 7)
    )
    posts = "".join(
        f"<li><a href='/blog/notes-on-bikes-{n}'>Notes on bikes and rides part {n}</a>"
        f" <span>Nov {n}, 2026</span></li>"
        for n in range(1, 5)
    )
    found = entries(f"{boxes}<ul class='latest'>{posts}</ul>")
    assert [e.link for e in found] == [f"{SITE}/blog/notes-on-bikes-{n}" for n in range(1, 5)]


def _dated(dates: list[str]) -> str:
    return (
        "<ul>"
        + "".join(
            f"<li class='news-item'><a href='/news/{n}'>Walking tour of the old town part {n}</a>"
            f" <span>{d}</span></li>"
            for n, d in enumerate(dates, 1)
        )
        + "</ul>"
    )


def test_hong_kong_chinese_writes_the_day_first() -> None:
    found = entries(_dated(["5/7/2026", "3/7/2026", "2/7/2026"]), lang="zh-HK", title="新聞公報")
    assert [e.published.date().isoformat() for e in found if e.published] == [
        "2026-07-05",
        "2026-07-03",
        "2026-07-02",
    ]


def test_an_english_title_with_one_han_word_is_no_chinese_page() -> None:
    found = entries(_dated(["05/07/2026", "03/07/2026"]), lang=None, title="Kyoto 京都 travel diary")
    assert [e.published.date().isoformat() for e in found if e.published] == ["2026-07-05", "2026-07-03"]


def test_a_count_of_years_is_no_roc_year() -> None:
    assert parse_date("創校120年 12月5日", now=NOW, lang="zh-TW").date().isoformat() == "2026-12-05"
    assert parse_date("百年老店 100年 3月5日", now=NOW, lang="zh-TW").date().isoformat() == "2026-03-05"
    assert parse_date("115年3月19日", now=NOW, lang="zh-TW").date().isoformat() == "2026-03-19"
    assert parse_date("115 年 03 月 19 日", now=NOW, lang="zh-TW").date().isoformat() == "2026-03-19"


def test_the_persian_verb_prefix_is_no_month() -> None:
    assert parse_date("۱۲ می\u200cشود", now=NOW, lang="fa") is None
    assert parse_date("۱۲ می ۲۰۲۶", now=NOW, lang="fa").date().isoformat() == "2026-05-12"
