"""Which of a card's links is its headline's, read from the links' addresses rather than the
page's class names (all opaque here): a forum's numbered topic (``/topics/25098``) is a thread,
not a topic (taxonomy) page; a share link (an address carrying the card's link to another
site, ``sharer.php?u=https://…``, and the "by email" link in the same row) is chrome. And a
site builder's headline written ``<h2><p>Title</p></h2>`` beside an empty overlay link is read
as a browser reads it, the paragraph in the heading (libxml2 closes the heading at ``<p>``)."""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import quote

import pytest

from aggregator.parse import parse_document

NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)
TITLES = [
    "How we moved our build farm to spot instances",
    "A field guide to flaky integration tests",
    "Reading core dumps without losing your mind",
    "What the query planner does with your joins",
]


def parse(cards: str) -> list[tuple[str | None, str | None]]:
    page = f"<html lang='en'><head><title>Posts</title></head><body><main>{cards}</main></body></html>"
    entries = parse_document(
        page.encode(), url="https://forum.example/topics", source_type="html", timezone="UTC", now=NOW
    ).entries
    return [(e.link, e.title) for e in entries]


CHINESE_TITLES = [
    "如何提高接口测试的效率",
    "性能测试平台的设计与实践",
    "移动端自动化测试框架选型",
    "从零搭建持续集成流水线",
]


@pytest.mark.parametrize("titles", [TITLES, CHINESE_TITLES], ids=["spaced", "unspaced"])
def test_a_numbered_topic_is_a_thread_not_a_topic_page(titles: list[str]) -> None:
    # A thread's title in Chinese has no spaces: it is a sentence, no one-word label.
    users = ["himysay", "owlofmacloud", "corwal", "peter"]
    cards = "".join(
        f"<div class='qvx'><div class='kpz'><a title='{user}' href='/{user}'><img src='/a/{i}.png'></a></div>"
        f"<div class='mrw'><div class='zzt'><a title='{title}' href='/topics/2509{i}'>{title}</a></div>"
        f"<div class='jjn'><a class='wqe' href='/{user}'>{user}</a>"
        f"<span class='hhb'> • 2{i}.11.2026</span></div></div></div>"
        for i, (user, title) in enumerate(zip(users, titles, strict=True))
    )
    assert parse(cards) == [
        (f"https://forum.example/topics/2509{i}", title) for i, title in enumerate(titles)
    ]


def test_a_share_link_is_not_the_cards_link() -> None:
    sites = [
        ("https://gin.example/", "Gin"),
        ("https://vault.example/", "Vault"),
        ("https://chat.example/", "Zulip"),
        ("https://tls.example/", "TLS check"),
    ]
    cards = "".join(
        f"<div class='qvx'><div class='kpz'><a href='{url}'>{name}</a><br><small>{url[8:-1]}</small></div>"
        "<div class='mrw'>"
        f"<a href='/cdn/protect#9a{i}'><span class='zzt'>Share link via Email</span></a>"
        f"<a href='https://social.example/sharer.php?u={url}'>"
        "<span class='zzt'>Share link via Social</span></a>"
        f"<a href='https://news.example/submitlink?u={url}&amp;t={name}'>"
        "<span class='zzt'>Share link via News</span></a>"
        "</div>"
        f"<div class='jjn'>Added <time datetime='2026-11-2{i}T10:00:00Z'>2{i}.11.2026</time></div></div>"
        for i, (url, name) in enumerate(sites)
    )
    assert parse(cards) == [(url, name) for url, name in sites]


def test_a_paragraph_in_a_heading_is_the_headline_beside_an_overlay_link() -> None:
    cards = "".join(
        f"<li class='qvx'><div class='kpz'><a href='/post/p{i}' class='mrw'></a>"
        f"<div class='zzt'><img src='/m/{i}.jpg' alt=''></div><div class='jjn'>"
        f"<div class='hhb'><span class='wqe'>Erin Walsh</span>"
        f"<span title='Nov 2{i}, 2026'>Nov 2{i}, 2026</span>"
        f"</div><div class='ttr'><h2 class='bbq'><p class='ppo'>{title}</p></h2></div>"
        "<div class='ddx'><div>A note from the studio about what we did this week…</div></div>"
        "</div></div></li>"
        for i, title in enumerate(TITLES)
    )
    assert parse(f"<ul class='lll'>{cards}</ul>") == [
        (f"https://forum.example/post/p{i}", title) for i, title in enumerate(TITLES)
    ]


def test_the_name_linked_where_the_avatar_links_is_the_byline() -> None:
    users = ["tancai", "侑虎科技", "MarvinWu", "minizuo"]
    cards = "".join(
        f"<div class='qvx'><div class='kpz'><a href='/u{i}x'><img src='/uploads/avatar/{i}.png'></a></div>"
        f"<div class='mrw'><div class='zzt'><a href='/t/2509{i}'>{title}</a></div>"
        f"<div class='jjn'><a class='wqe' href='/u{i}x'>{user}</a>"
        f"<span class='hhb'> • 2{i}.11.2026</span></div></div></div>"
        for i, (user, title) in enumerate(zip(users, TITLES, strict=True))
    )
    page = f"<html lang='en'><head><title>Posts</title></head><body><main>{cards}</main></body></html>"
    entries = parse_document(
        page.encode(), url="https://forum.example/topics", source_type="html", timezone="UTC", now=NOW
    ).entries
    assert [e.author for e in entries] == users


def test_a_lone_redirect_to_the_story_is_the_cards_link_not_a_share_link() -> None:
    # No heading: the headline links through the site's redirect (/out?url=…) and the comments'
    # link sits in another row; the redirect carries no link of the card's own.
    stories = [
        "https://science.example/articles/fly-brain",
        "https://blog.example/sqlite-tips",
        "https://kernel.example/Articles/9901/",
        "https://type.example/post/line-length",
    ]
    cards = "".join(
        f"<div class='qvx'><div class='kpz'><a href='/out?url={quote(url, safe='')}'>{title}</a></div>"
        f"<div class='mrw'>by <a href='/u/anna{i}'>anna{i}</a> | "
        f"<a href='/s/120{i}/discussion'>1{i} comments</a>"
        f" <time datetime='2026-11-2{i}T10:00:00Z'>2{i}.11.2026</time></div></div>"
        for i, (url, title) in enumerate(zip(stories, TITLES, strict=True))
    )
    assert parse(cards) == [
        (f"https://forum.example/out?url={quote(url, safe='')}", title)
        for url, title in zip(stories, TITLES, strict=True)
    ]


def test_a_story_under_a_profiles_path_is_the_cards_link_not_metadata() -> None:
    # A magazine's profiles are stories; a short link text under /profiles/ is a person's name.
    sections = ["People", "Arts", "Sport", "Campus"]
    cards = "".join(
        f"<li class='qvx'><a href='/profiles/story-{i}'><img src='/i/{i}.jpg' alt=''></a><div class='mrw'>"
        f"<a class='zzt' href='/profiles/story-{i}'>{title}</a>"
        f"<div class='jjn'><a href='/section/{s.lower()}'>{s}</a> · <span>December {4 - i}, 2026</span>"
        "</div></div></li>"
        for i, (title, s) in enumerate(zip(TITLES, sections, strict=True))
    )
    assert parse(f"<ul>{cards}</ul>") == [
        (f"https://forum.example/profiles/story-{i}", title) for i, title in enumerate(TITLES)
    ]


def test_a_numbered_topic_labelled_in_a_word_is_a_kicker_not_the_cards_link() -> None:
    labels = ["Environment", "Education", "Housing", "Transport"]
    cards = "".join(
        f"<div class='qvx'><a class='kpz' href='/news/2026/12/0{4 - i}/story-{i}'></a>"
        f"<img src='/i/{i}.jpg' alt=''>"
        f"<a class='mrw' href='/topics/{40 + i}'>{label}</a><h3 class='zzt'>{title}</h3>"
        f"<time datetime='2026-12-0{4 - i}T08:00:00Z'>{4 - i} December 2026</time></div>"
        for i, (label, title) in enumerate(zip(labels, TITLES, strict=True))
    )
    assert [link for link, _ in parse(cards)] == [
        f"https://forum.example/news/2026/12/0{4 - i}/story-{i}" for i in range(4)
    ]
