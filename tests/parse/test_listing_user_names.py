"""Bylines that are user names, as forums and developer communities write them: lowercase
("himysay"), with digits ("lzg9527", "a11en_03"), without a "by" (issue 12; the dev pages
showing them: habr_all_ru, segmentfault_frontend_zh, testerhome_topics_zh). A link whose one
word of text is the last segment of its own path is the user's link; a link marked as the
author (``class=user-name``) is a name whatever digits it holds."""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document

NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)
TITLES = [
    "How we moved our build farm to spot instances",
    "A field guide to flaky integration tests",
    "Reading core dumps without losing your mind",
    "What the query planner does with your joins",
]


def parse(cards: str) -> list[str | None]:
    page = f"<html lang='en'><head><title>Posts</title></head><body><main>{cards}</main></body></html>"
    entries = parse_document(
        page.encode(), url="https://devs.example/all/", source_type="html", timezone="UTC", now=NOW
    ).entries
    return [e.author for e in entries]


def test_a_lowercase_name_linked_to_its_profile_is_the_byline() -> None:
    names = ["himysay", "owlofmacloud", "Corwal", "3s3s"]
    cards = "".join(
        f"<article class='post'><header><a class='user-info' href='https://devs.example/users/{name}/'>"
        f"<svg width='24' height='24'></svg><span class='nickname'>{name}</span></a>"
        f"<span class='post-time'>27.11.2026 18:0{i}</span></header>"
        f"<h2><a href='/post/55{i}/'>{title}</a></h2><p>A paragraph that says what the post is about.</p>"
        "</article>"
        for i, (name, title) in enumerate(zip(names, TITLES, strict=True))
    )
    assert parse(cards) == names


def test_a_user_name_with_digits_linked_in_a_byline_is_the_byline() -> None:
    names = ["lzg9527", "all2005", "woai3c", "Peter42"]
    cards = "".join(
        f"<div class='news-item'><a href='/a/100{i}'><h4>{title}</h4>"
        "<div class='excerpt'>A paragraph that says what the post is about.</div></a>"
        f"<div class='meta'><span class='votes'>4</span><span class='author'><a href='/u/{name}'>{name}</a>"
        f"<span class='dot'>·</span>2{i}.11.2026</span></div></div>"
        for i, (name, title) in enumerate(zip(names, TITLES, strict=True))
    )
    assert parse(cards) == names


def test_a_link_marked_as_the_user_name_may_hold_digits() -> None:
    names = ["a11en_03", "Neilguo111", "tester2", "qa_lead"]
    cards = "".join(
        f"<div class='topic'><div class='title'><a href='/topics/2507{i}'>{title}</a></div>"
        f"<div class='info'><a class='user-name' href='/profiles/p{i}'>{name}</a> • 2{i}.11.2026</div></div>"
        for i, (name, title) in enumerate(zip(names, TITLES, strict=True))
    )
    assert parse(cards) == names


def test_a_tag_link_named_after_its_path_is_no_byline() -> None:
    cards = "".join(
        f"<div class='entry'><h3><a href='/p/{i}'>{title}</a></h3>"
        "<div class='author-box'>Team 12 · <a href='/tag/python3'>python3</a></div>"
        f"<span>2{i}.11.2026</span></div>"
        for i, title in enumerate(TITLES)
    )
    assert parse(cards) == [None] * len(TITLES)
