"""Narrowings of listing22's rules after review24: a period runs forward into a later month
and is no update's pair of dates; a news card whose summary names a period stays news; a
member with a lead of its own, or with its teasers set aside in an <aside>, is no package."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from aggregator.parse import parse_document
from aggregator.parse.listing._document import Context
from aggregator.types import RawEntry

NOW = datetime(2026, 12, 5, 17, 0, tzinfo=UTC)
SITE = "https://town.example"


def entries(body: str) -> tuple[RawEntry, ...]:
    page = f"<html lang='en'><head><title>Town</title></head><body>{body}</body></html>"
    return parse_document(page.encode(), url=f"{SITE}/", source_type="html", timezone="UTC", now=NOW).entries


@pytest.mark.parametrize(
    ("text", "day"),
    [("Updated: Dec 3 – Dec 4", 3), ("may 3 - march 4", 3), ("Dec 3 — Jun 4", 3)],
)
def test_two_dates_that_are_no_events_days_stay_a_date(text: str, day: int) -> None:
    ctx = Context(base=f"{SITE}/", timezone="UTC", now=NOW, day_first=False, lang="en")
    found = ctx.date(text)
    assert found is not None and found.day == day


def test_an_events_days_across_two_months_are_still_no_date() -> None:
    ctx = Context(base=f"{SITE}/", timezone="UTC", now=NOW, day_first=False, lang="en")
    assert ctx.date("Nov 30 - Dec 2 2026") is None


def _card(n: int, summary: str = "", tag: str = "li") -> str:
    return (
        f"<{tag} class='item'><h3 class='article-title'><a href='/news/2026/12/story-{n}-about-town'>"
        f"Story number {n} about our town today</a></h3><p>{summary or f'Summary {n}.'}</p>"
        f"<time datetime='2026-12-0{1 + n % 4}'>Dec {1 + n % 4}</time></{tag}>"
    )


def test_a_news_card_whose_summary_names_a_period_stays_news() -> None:
    festival = (
        "<div class='card'><h3 class='article-title'><a href='/culture/2026/12/spring-festival-returns'>"
        "Spring festival returns to the old town</a></h3>"
        "<p>The festival runs 3 March – 5 April with forty concerts in the old town.</p></div>"
    )
    others = "".join(
        f"<div class='card'><h3 class='article-title'><a href='/culture/2026/12/culture-story-{n}'>"
        f"Culture story number {n} of the week</a></h3><p>A summary.</p></div>"
        for n in range(2)
    )
    body = (
        f"<main><ul class='news'>{''.join(_card(n) for n in range(6))}</ul>"
        f"<section class='culture'><h2>Culture</h2>{festival}{others}</section></main>"
    )
    links = [e.link for e in entries(body)]
    assert f"{SITE}/culture/2026/12/spring-festival-returns" in links


def _article(n: int) -> str:
    return _card(n, tag="article").replace("class='item'", "class='card'")


def test_a_lead_with_a_most_read_box_inside_it_is_no_package() -> None:
    bundle = (
        "<article class='bundle'><h2 class='bundle-title'><a href='/news/2026/12/big-lead-story'>"
        "Big lead story of the day in our town</a></h2><time datetime='2026-12-05'>Dec 5</time>"
        f"<aside class='sponsor'>{_article(20)}{_article(21)}</aside></article>"
    )
    rest = "".join(_article(n) for n in range(4, 8))
    body = f"<main><section class='feed'>{_article(1)}{bundle}{rest}</section></main>"
    links = [e.link for e in entries(body)]
    assert f"{SITE}/news/2026/12/big-lead-story" in links
    assert not any("story-20-" in link or "story-21-" in link for link in links)
