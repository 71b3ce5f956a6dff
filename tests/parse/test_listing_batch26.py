"""Rules learnt from the fifth batch of real pages of kinds the corpus had few of (branch
listing26): a bulletin board's index, a government's press releases under its ministries, a
ministry's list dated in the Republic of China calendar, a government job board, an esports
news archive. Each test is a snippet written for it, not the page.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from aggregator.parse import parse_document
from aggregator.parse._dates import parse_date
from aggregator.types import RawEntry

NOW = datetime(2026, 6, 21, 16, 0, tzinfo=UTC)


def read(
    body: str, *, lang: str | None = "en", tz: str = "UTC", now: datetime = NOW, title: str = "Board"
) -> list[RawEntry]:
    lang_attr = f" lang='{lang}'" if lang else ""
    page = f"<html{lang_attr}><head><title>{title}</title></head><body>{body}</body></html>"
    return list(
        parse_document(
            page.encode(), url="https://board.example/list/", source_type="html", timezone=tz, now=now
        ).entries
    )


def local_day(entry: RawEntry, tz: str) -> date | None:
    return entry.published.astimezone(ZoneInfo(tz)).date() if entry.published else None


POSTERS = ("Kyle5566", "mira", "sadness0830", "Bolt", "xdxd80105", "atlas")


def test_a_one_word_handle_in_an_author_classed_element_is_the_author() -> None:
    rows = "".join(
        f"""<div class="row"><div class="count">{i + 3}</div><div class="title"><a
        href="/post/{i}.html">[topic] A thread about garden tools number {i}</a></div><div
        class="meta"><div class="date"> 7/1{i}</div><div class="author">{name}</div></div></div>"""
        for i, name in enumerate(POSTERS)
    )
    entries = read(f"<div class='list'>{rows}</div>")
    assert [e.author for e in entries] == list(POSTERS)


def test_a_bare_by_and_a_handle_alone_between_the_separators_of_a_dated_line() -> None:
    names = ("jenopelle", "weivy", "raezeri", "ChickenJoe", "jenopelle", "CongoBat")
    cards = "".join(
        f"""<a class="item" href="/{700 + i}/story-{i}"><div><div class="headline">Team number {i}
        wins the final match of the season</div><div>A short standfirst about the match {i}.</div>
        <div class="meta"><i class="flag"></i> • June {10 + i}, 2026 • by {name}</div></div></a>"""
        for i, name in enumerate(names)
    )
    entries = read(f"<div class='card'>{cards}</div>")
    assert [e.author for e in entries] == list(names)


def test_a_deadline_is_not_the_publication_date() -> None:
    rows = "".join(
        f"""<tr><td><a href="/job/{i}">Warehouse assistant wanted for shift number {i}</a></td><td>
        <p>Hourly pay, full time, no experience needed</p></td><td><p>{label} : 2026-07-0{i}</p>
        <p>Posted : 2026-06-1{i}</p></td></tr>"""
        for i, label in enumerate(("Closing date", "마감일", "Deadline", "Closing date", "마감일"), start=1)
    )
    entries = read(f"<table><tbody>{rows}</tbody></table>", tz="Asia/Seoul")
    assert [local_day(e, "Asia/Seoul") for e in entries] == [date(2026, 6, 10 + i) for i in range(1, 6)]


def test_a_tooltip_that_says_new_window_is_not_the_headline() -> None:
    rows = "".join(
        f"""<li><span class="firm">Firm {i}</span><a href="/job/{i}" title="{tip}" target="_blank">
        Care worker wanted in district {i}, mornings</a><span class="day">2026-06-1{i}</span></li>"""
        for i, tip in enumerate(("새창 열림", "Opens in a new window", "새창 열림", "(opens in new tab)"))
    )
    entries = read(f"<ul class='jobs'>{rows}</ul>")
    assert [e.title for e in entries] == [f"Care worker wanted in district {i}, mornings" for i in range(4)]


GROUPS = {
    "Ministry of Finance": ["Customs officers mark their annual day with a pledge on costs"],
    "Office of the Mayor": [
        "Mayor meets the winners of the city's spring games",
        "Mayor asks residents to join the river clean-up week",
    ],
    "Ministry of Health": ["New clinics open in three northern districts this month"],
    "Board of Trade": ["Trade board hosts the regional heads of competition authorities"],
}


def test_a_heading_over_a_list_of_links_is_the_groups_label_not_a_headline() -> None:
    n = iter(range(100))
    groups = "".join(
        f"""<ul><li><h3>{name}</h3><ul class="num">"""
        + "".join(
            f'<li><a href="/release?id={next(n)}" target="_blank">{title} </a></li>' for title in titles
        )
        + "</ul></li></ul>"
        for name, titles in GROUPS.items()
    )
    entries = read(f"<div class='content-area'>{groups}</div>")
    assert [e.title for e in entries] == [t for titles in GROUPS.values() for t in titles]


def board(days: list[str]) -> str:
    return "".join(
        f"""<div class="row"><div class="title"><a href="/post/{i}.html">[分享] 看板文章第 {i} 篇的標題
        </a></div><div class="meta"><div class="date">{day}</div><div class="who">poster{i}</div></div>
        </div>"""
        for i, day in enumerate(days)
    )


@pytest.mark.parametrize(
    ("lang", "title"), [(None, "看板 Beauty 文章列表"), ("zh-TW", "Board"), ("ja", "Board")]
)
def test_a_yearless_numeric_date_is_month_first_in_chinese_japanese_korean(
    lang: str | None, title: str
) -> None:
    now = datetime(2017, 7, 16, 6, 0, tzinfo=UTC)
    entries = read(
        board(["7/12", "7/11", "7/10", "7/9", "7/8"]), lang=lang, title=title, tz="Asia/Taipei", now=now
    )
    assert [local_day(e, "Asia/Taipei") for e in entries] == [date(2017, 7, d) for d in (12, 11, 10, 9, 8)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("115.03.19", date(2026, 3, 19)),
        ("115/3/18", date(2026, 3, 18)),
        ("民國115年3月17日", date(2026, 3, 17)),
        ("民國 99 年 12 月 31 日", date(2010, 12, 31)),
    ],
)
def test_taiwan_counts_years_of_the_republic_of_china(text: str, want: date) -> None:
    now = datetime(2026, 3, 19, 8, 0, tzinfo=UTC)
    found = parse_date(text, now=now, timezone="Asia/Taipei", lang="zh-Hant-TW")
    assert found is not None
    assert found.astimezone(ZoneInfo("Asia/Taipei")).date() == want


def test_a_taiwanese_list_dated_in_years_of_the_republic() -> None:
    rows = "".join(
        f"""<a href="news/item/{86300 + i}" class="news_list"><div class="date">115.03.{19 - i:02d}</div>
        <div class="title">Daily report on the activity around the strait</div>
        <div class="views">點閱次數：{97 + i} 次</div></a>"""
        for i in range(6)
    )
    now = datetime(2026, 3, 19, 8, 0, tzinfo=UTC)
    entries = read(f"<div class='news_list_box'>{rows}</div>", lang="zh-Hant-TW", tz="Asia/Taipei", now=now)
    assert [local_day(e, "Asia/Taipei") for e in entries] == [date(2026, 3, 19 - i) for i in range(6)]
