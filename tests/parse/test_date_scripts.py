"""A date phrase written in a script few languages write (Han, kana, Hangul, Cyrillic) is read
in those languages whatever the page declares: "3 小时前" on a page that declares no language
(the default languages tried, all written in Latin letters, read none of it) or declares
English (issue 12; the dev page showing it: testerhome_topics_zh, which has no ``lang``)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from aggregator.parse import parse_document
from aggregator.parse._dates import parse_date

NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "lang", "age"),
    [
        ("3 小时前", None, timedelta(hours=3)),
        ("发布于 33 分钟前", None, timedelta(minutes=33)),
        ("3 小时前", "en", timedelta(hours=3)),
        ("2時間前", None, timedelta(hours=2)),
        ("3시간 전", None, timedelta(hours=3)),
        ("5 минут назад", None, timedelta(minutes=5)),
        ("5 минут назад", "de", timedelta(minutes=5)),
    ],
)
def test_an_age_in_its_script_is_read_whatever_the_page_declares(
    text: str, lang: str | None, age: timedelta
) -> None:
    assert parse_date(text, now=NOW, timezone="UTC", lang=lang) == NOW - age


def test_the_page_language_still_reads_latin_dates() -> None:
    assert parse_date("vor 3 Stunden", now=NOW, timezone="UTC", lang="de") == NOW - timedelta(hours=3)


def test_chinese_ages_date_the_cards_of_a_page_without_a_language() -> None:
    cards = "".join(
        f"<div class='topic'><div class='title'><a href='/topics/{i}'>如何提高接口测试的效率第{i}讲</a></div>"
        f"<div class='info'><a class='user-name' href='/u{i}'>Tester{i}</a> • 发布于 "
        f"<abbr class='timeago'>{i} 小时前</abbr></div></div>"
        for i in range(1, 5)
    )
    page = f"<html><head><title>社区</title></head><body><div class='item-list'>{cards}</div></body></html>"
    entries = parse_document(
        page.encode(), url="https://forum.example/topics", source_type="html", timezone="UTC", now=NOW
    ).entries
    assert [e.published for e in entries] == [NOW - timedelta(hours=i) for i in range(1, 5)]
