"""A numeric dateline whose day and month could be either way round ("01/10/10 06:13 AM") is
read in the order that gives the day the metadata declares, when the page's language tag
names no country to say which (parse/article_dateline.py ``datelines``)."""

from __future__ import annotations

from datetime import UTC, datetime

from _article import page

from aggregator.parse.article import read_article

H1 = "<h1>Afghans losing hope after eight years of war</h1>"
TEXT = "<p>The vote was close, and the opposition walked out before the end.</p>"


def published(meta_day: str, line: str, lang: str) -> datetime | None:
    meta = f'<meta property="article:published_time" content="{meta_day}">'
    body = f"<article>{H1}<div class='timestamp'>{line}</div>{TEXT}</article>"
    article = read_article(page(meta, body, lang), url="https://example.org/n/1", timezone="America/New_York")
    return article.published


def test_month_first_numbers_that_give_the_declared_day_give_its_time() -> None:
    assert published("2010-01-10", "01/10/10 06:13 AM", "en") == datetime(2010, 1, 10, 11, 13, tzinfo=UTC)


def test_day_first_numbers_that_give_the_declared_day_still_give_its_time() -> None:
    assert published("2010-01-10", "10/01/10 06:13", "en") == datetime(2010, 1, 10, 11, 13, tzinfo=UTC)


def test_numbers_that_give_the_declared_day_in_neither_order_give_no_time() -> None:
    found = published("2010-01-10", "03/04/10 06:13", "en")
    assert found is not None and found.astimezone(UTC).date() == datetime(2010, 1, 10).date()
    assert found.astimezone(UTC).hour != 11
