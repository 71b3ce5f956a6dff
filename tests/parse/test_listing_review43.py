"""Ordinary layouts that rules of branches pagesF and bare2 misread (review43): each held on main
before those branches and failed with them. pagesF's three rules were narrowed to pass them; the
two bare2 rules they caught (any two to four caseless words on a profile link as its author's
name; other sections followed to the unnamed block at their list's rank) were taken back.
"""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document
from aggregator.types import RawEntry

NOW = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)
NAMES = ["Jane Doe", "Marek Novak", "Ana Silva", "Tom Berg", "Lena Fox", "Ravi Iyer"]
TEASER = (
    "The team shipped another release this week with a faster parser, a new cache and a dozen"
    " small fixes that users asked for."
)


def _entries(body: str, url: str = "https://site.example/archive/") -> tuple[RawEntry, ...]:
    page = f"<!doctype html><html><head><meta charset='utf-8'></head><body><main>{body}</main></body></html>"
    return parse_document(page.encode(), url=url, source_type="html", timezone="UTC", now=NOW).entries


def test_an_author_box_bio_under_a_portrait_names_the_author() -> None:
    cards = "".join(
        f"<article><h2><a href='/2026/12/post-{i}/'>Release notes for version {i} are out now</a></h2>"
        f"<time datetime='2026-12-0{i + 1}T09:00:00Z'>Dec {i + 1}, 2026</time><p>{TEASER}</p>"
        f"<div class='about'><img src='/img/{i}.jpg' alt='{n}'><p><strong>{n}</strong> is a senior"
        " engineer on the platform team and writes about builds.</p></div></article>"
        for i, n in enumerate(NAMES)
    )
    assert [e.author for e in _entries(cards)] == NAMES


def test_a_kicker_category_link_above_the_teaser_is_not_the_title() -> None:
    cards = "".join(
        f"<article><h5><a href='/category/podcast/'>Podcast</a></h5><p>{TEASER}</p>"
        f"<h2>Episode {40 + i}: building parsers that last</h2>"
        f"<p><time datetime='2026-11-{10 + i}T08:00:00Z'>Nov {10 + i}, 2026</time></p>"
        f"<p><a href='/podcast/episode-{40 + i}/'>Episode {40 + i} show notes and audio</a></p></article>"
        for i in range(6)
    )
    found = _entries(cards)
    assert [e.link for e in found] == [f"https://site.example/podcast/episode-{40 + i}/" for i in range(6)]
    assert all(e.title != "Podcast" for e in found)


def test_a_view_profile_label_in_japanese_is_no_author() -> None:
    cards = "".join(
        f"<div class='post'><h2><a href='/posts/{i}'>新しいリリースの お知らせ その{i}</a></h2>"
        f"<p>2026年12月{i + 1}日 投稿者 佐藤{i}</p><a href='/users/sato{i}'>プロフィール を見る</a></div>"
        for i in range(6)
    )
    found = _entries(cards)
    assert len(found) == 6
    assert all(e.author != "プロフィール を見る" for e in found)


def test_an_all_articles_link_in_arabic_is_no_author() -> None:
    cards = "".join(
        f"<article><h2><a href='/2026/12/{i}/'>مقال عن الاقتصاد والتنمية في المنطقة رقم {i}</a></h2>"
        f"<span>بقلم</span> <b>أحمد علي</b> <time datetime='2026-12-0{i + 1}T08:00:00Z'>{i + 1} ديسمبر</time>"
        f"<p>نص قصير عن المقال</p><a href='/author/ahmed/'>كل مقالات الكاتب</a></article>"
        for i in range(6)
    )
    found = _entries(cards)
    assert len(found) == 6
    assert all(e.author != "كل مقالات الكاتب" for e in found)


def test_a_split_photo_credit_in_a_caption_is_no_author() -> None:
    cards = "".join(
        f"<article><h2><a href='/news/{i}/'>City council approves new park number {i}</a></h2>"
        f"<time datetime='2026-12-0{i + 1}T09:00:00Z'>Dec {i + 1}, 2026</time><figure><img src='/p{i}.jpg'"
        f" alt='park'><figcaption><span>Photo by</span><span><a href='https://photos.example/{i}'>{n}</a>"
        f"</span></figcaption></figure><p>{TEASER}</p></article>"
        for i, n in enumerate(NAMES)
    )
    found = _entries(cards)
    assert len(found) == 6
    assert all(e.author is None for e in found)


def test_a_planet_entry_keeps_its_post_link_not_its_blogs_home() -> None:
    cards = "".join(
        f"<div class='entry'><h3><a href='https://blog{i}.example/'>{n}</a></h3>"
        f"<h4><a href='https://blog{i}.example/2026/12/post-{i}/'>Notes from the hackfest, day {i}</a></h4>"
        f"<div class='content'><p>{TEASER}</p><h2>What we fixed</h2><p>{TEASER}</p></div>"
        f"<p>by {n} at December {i + 1}, 2026 10:00</p></div>"
        for i, n in enumerate(NAMES)
    )
    found = _entries(cards, url="https://planet.example/")
    assert [e.link for e in found] == [f"https://blog{i}.example/2026/12/post-{i}/" for i in range(6)]
    assert all(e.title not in NAMES for e in found)


def _menu(section: str, subs: list[str]) -> str:
    return "<ul>" + "".join(f"<li><a href='/{section}/{t.lower()}/'>{t}</a></li>" for t in subs) + "</ul>"


def _heads(section: str) -> str:
    return (
        "<ul>"
        + "".join(
            f"<li><a href='/{section}/2026/12/story-{section}-{k}/'>Story {k} of the {section} desk told"
            " in a few more words</a></li>"
            for k in range(5)
        )
        + "</ul>"
    )


def test_sections_with_their_menu_below_the_list_keep_their_headlines() -> None:
    first = (
        "<div><h2><a href='/politik/'>Politik</a></h2>"
        f"<div>{_menu('politik', ['Inland', 'Ausland', 'Europa', 'Wahlen'])}</div>"
        f"<div>{_heads('politik')}</div></div>"
    )
    others = "".join(
        f"<div><h2><a href='/{s}/'>{s.title()}</a></h2>"
        f"<div>{_heads(s)}</div><div>{_menu(s, subs)}</div></div>"
        for s, subs in [
            ("sport", ["Fussball", "Tennis", "Ski", "Formel1"]),
            ("kultur", ["Film", "Musik", "Buehne", "Buecher"]),
        ]
    )
    page = f"<html><body><div>{first}{others}</div></body></html>"
    found = parse_document(
        page.encode(), url="https://zeitung.example/", source_type="html", timezone="UTC", now=NOW
    ).entries
    links = [e.link or "" for e in found]
    # The first section's own menu is read on main too (a known miss, not this rule's).
    assert sum("/story-sport-" in link or "/story-kultur-" in link for link in links) == 10
    assert not [link for link in links if link.endswith(("/fussball/", "/tennis/", "/film/", "/musik/"))]
