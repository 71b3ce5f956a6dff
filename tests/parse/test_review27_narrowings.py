"""Narrowings of rules merged since d25ff8c (review27), each on a written page of an ordinary
site the rule misread: a price inside a headline's sentence, a section's name in a <bdi>, a
dateline with three times of day, an amount after a date behind a comma, a course's unlinked
"subject" beside its linked title, a Chinese sentence's "来源于" (comes from) taken for a
source line, a list's filter link ("?member=All") taken for a person's page."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from _article import page

from aggregator.parse import parse_document
from aggregator.parse._dates import parse_date
from aggregator.parse.article import read_article

NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)
POSTS = [
    "Pruning roses in the winter months",
    "Late bulbs worth planting now",
    "A compost heap that heats up",
    "Saving seeds from your tomatoes",
]


def _entries(body: str, url: str, lang: str = "en") -> list[tuple[str | None, str | None, datetime | None]]:
    page = f"<html lang='{lang}'><head><title>Site</title></head><body><main>{body}</main></body></html>"
    found = parse_document(page.encode(), url=url, source_type="html", timezone="UTC", now=NOW).entries
    return [(e.title, e.author, e.published) for e in found]


def test_a_price_inside_a_headlines_sentence_is_part_of_it() -> None:
    # Only a price after the title's words is the ad's or the product's, beside its name.
    cards = "".join(
        f"<article><h2><a href='/n/{i}'>Oil at <span class='price'>${80 + i}</span> a barrel as talks"
        f" stall</a></h2><time>December {i}, 2026</time></article>"
        for i in range(1, 5)
    )
    found = _entries(cards, "https://news.example/")
    assert [title for title, _, _ in found] == [
        f"Oil at ${80 + i} a barrel as talks stall" for i in range(1, 5)
    ]


@pytest.mark.parametrize("shown", ["Gardening", "Berlin", "Kultur"])
def test_one_word_of_a_cased_script_in_a_bdi_beside_the_date_is_no_author(shown: str) -> None:
    # A <bdi> holds any text of unknown direction: a section or a place as much as a user's name;
    # in a script with capitals, a name is read by them (two capitalized words, as before).
    cards = "".join(
        f"<article><h2><a href='/p/{i}'>{t}</a></h2><div class='meta'><span><bdi>{shown}</bdi></span>"
        f"<span>December {i}, 2026</span></div></article>"
        for i, t in enumerate(POSTS, 1)
    )
    found = _entries(cards, "https://blog.example/")
    assert [author for _, author, _ in found] == [None] * 4


@pytest.mark.parametrize(
    "line",
    [
        "Saturday, December {i}, 2026, 10:00–12:00 and 14:00–16:00",
        "Published December {i}, 2026 10:00, updated 11:30 and 16:45",
    ],
)
def test_three_times_of_day_with_a_day_are_no_schedule(line: str) -> None:
    cards = "".join(
        f"<article><h2><a href='/e/{i}'>{t}</a></h2><p class='date'>{line.format(i=i)}</p></article>"
        for i, t in enumerate(POSTS, 1)
    )
    found = _entries(cards, "https://events.example/")
    assert [published for _, _, published in found] == [
        datetime(2026, 12, i, 10, 0, tzinfo=UTC) for i in range(1, 5)
    ]


@pytest.mark.parametrize(
    "text",
    ["ottobre 11, 2015, 12.50 euro Inserisci un commento", "ottobre 11, 2015 - 2.30 milioni di spettatori"],
)
def test_a_dotted_amount_after_a_date_is_no_clock(text: str) -> None:
    noon = datetime(2015, 10, 11, 10, 0, tzinfo=UTC)
    assert parse_date(text, now=NOW, timezone="Europe/Rome", lang="it") == noon


def test_a_dotted_clock_with_its_half_of_the_day_after_a_date_is_its_time() -> None:
    at = parse_date(
        "ottobre 11, 2015 - 8.09 pm Inserisci un commento", now=NOW, timezone="Europe/Rome", lang="it"
    )
    assert at == datetime(2015, 10, 11, 18, 9, tzinfo=UTC)


def test_an_unlinked_subject_is_no_title() -> None:
    # A course list: the school subject beside each course's linked name.
    cards = "".join(
        f"<div class='course'><span class='subject'>Mathematics</span><a href='/c/{i}'>{t}</a>"
        f"<span>December {i}, 2026</span></div>"
        for i, t in enumerate(POSTS, 1)
    )
    found = _entries(cards, "https://school.example/")
    assert [title for title, _, _ in found] == POSTS


def test_a_source_word_inside_a_chinese_sentence_names_no_outlet() -> None:
    # "资金来源于张伟的家族企业" (the funds come from Zhang Wei's family firm) is prose, no source
    # line: the byline's names stay whole.
    headline = "途虎养车港交所挂牌 腾讯为最大外部股东"
    body = (
        f"<article><h1>{headline}</h1><div class='top-author'>作者：张伟 李娜</div>"
        "<p>公司的资金来源于张伟的家族企业。</p></article>"
    )
    article = read_article(
        page(body=body, lang="zh", title=headline),
        url="https://www.example.com/2023-09-26/1.html",
        timezone="Asia/Shanghai",
    )
    assert "张伟" in " ".join(article.authors)  # type: ignore[attr-defined]


@pytest.mark.parametrize(("key", "shown"), [("user", "me"), ("member", "All"), ("editor", "Editors Choice")])
def test_a_filter_link_querying_its_own_text_names_no_author(key: str, shown: str) -> None:
    # "?member=All", "?user=me": a list's filter, not a person's page; "?usrname=…" still is one.
    cards = "".join(
        f"<article><h2><a href='/2026/12/p{i}'>{t}</a></h2><p class='meta'>December {i}, 2026 · "
        f"<a href='/list?{key}={shown.replace(' ', '%20')}'>{shown}</a></p></article>"
        for i, t in enumerate(POSTS, 1)
    )
    found = _entries(cards, "https://blog.example/")
    assert [author for _, author, _ in found] == [None] * 4
