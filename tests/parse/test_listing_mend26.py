"""Rules of branch mend26, each told by structure or by text rather than class names: what a
page writes for no author ("Anonymous", "N/A", "-") names nobody; a badge the page sets before
many headlines inside their links ("<a><span>連載</span> タイトル</a>") is no part of them; a
card's unlinked heading after its machine date is its body's, the header before the date holds
the title link; a card's links to numbered pages under its headline's address (a serial's
episodes) do not make it a container of other articles."""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document
from aggregator.types import RawEntry

NOW = datetime(2026, 6, 23, 12, 50, tzinfo=UTC)
SITE = "https://board.example"


def entries(body: str, lang: str = "en") -> tuple[RawEntry, ...]:
    page = f"<html lang='{lang}'><head><title>Board</title></head><body>{body}</body></html>"
    return parse_document(page.encode(), url=f"{SITE}/", source_type="html", timezone="UTC", now=NOW).entries


_TOPICS = (
    ("How do I reset the water pump on a 2004 model", "Anonymous"),
    ("Best winter tyres for a small hatchback this year", "kostas"),
    ("Strange noise from the gearbox when cold", "N/A"),
    ("Replacing the cabin filter without removing the glovebox", "-"),
    ("Which oil grade do you run in summer", "Guest"),
    ("Dashboard lights flicker after the battery change", "unknown"),
)


def test_a_placeholder_in_the_author_column_names_nobody() -> None:
    rows = "".join(
        f"<tr><td><a href='/topic/{100 + n}-{n}'>{title}</a></td><td>{who}</td>"
        f"<td>{n + 2}</td><td>2026-06-{10 + n:02d} 14:0{n}</td></tr>"
        for n, (title, who) in enumerate(_TOPICS)
    )
    table = f"<table><tr><th>Topic</th><th>Author</th><th>Replies</th><th>Last post</th></tr>{rows}</table>"
    found = entries(f"<main>{table}</main>")
    assert [e.author for e in found] == [None, "kostas", None, None, None, None]


def test_placeholders_in_other_languages_name_nobody() -> None:
    names = ("Anonyme", "Аноним", "匿名", "Anonym", "Marie Dupont")
    cards = "".join(
        f"<article><h2><a href='/post/{n}-un-titre-assez-long'>Un titre assez long numéro {n}</a></h2>"
        f"<p>Publié le {n + 1} juin 2026 par <span class='author'>{who}</span></p>"
        "<p>Un court résumé de l'article, pour le lecteur pressé.</p></article>"
        for n, who in enumerate(names)
    )
    found = entries(f"<main>{cards}</main>", lang="fr")
    assert [e.author for e in found] == [None, None, None, None, "Marie Dupont"]


def _novel(n: int) -> str:
    # A serial's card: a badge inside the title link, the author, the update time, and links
    # to the serial's first and latest episodes under its own address.
    return (
        f"<li><div><div><a href='/w{n}/'><span>連載</span> 勇者の旅路 第{n}部</a></div>"
        "<div><span>設定</span><ul><li><a href='/bookmarks/edit/item/xx?notice=1'>設定変更</a></li></ul>"
        "</div></div>"
        f"<div><div><a href='https://people.example/u{n}'>作者{n}</a><span>全{n + 2}エピソード</span></div>"
        f"<div><span>2026年06月0{n + 1}日 1{n}時0{n}分 更新</span></div>"
        f"<div><a href='/w{n}/1/'>ep.1</a>"
        f"<a href='/w{n}/{n + 2}/'>ep.{n + 2}</a></div></div></li>"
    )


def test_a_badge_repeated_before_headlines_is_no_part_of_them() -> None:
    found = entries(f"<main><ul>{''.join(_novel(n) for n in range(1, 5))}</ul></main>", lang="ja")
    assert [e.title for e in found] == [f"勇者の旅路 第{n}部" for n in range(1, 5)]


def test_episode_links_under_the_headline_do_not_make_a_card_a_container() -> None:
    menu = (
        "<div><ul><li><a href='/bookmarks/list/'>ブックマーク一覧を見る</a></li>"
        "<li><a href='/favorite-users/list/'>お気に入りユーザの一覧を見る</a></li></ul></div>"
    )
    page = f"<div><main><ul>{''.join(_novel(n) for n in range(1, 4))}</ul></main>{menu}</div>"
    found = entries(page.replace("<main>", "<div>").replace("</main>", "</div>"), lang="ja")
    assert [e.link for e in found] == [f"{SITE}/w{n}/" for n in range(1, 4)]


def _release(n: int) -> str:
    return (
        "<div><div><div><div>"
        f"<a href='/acme/tool/releases/tag/v2.{n}.0'>v2.{n}.0</a></div></div>"
        f"<p><a href='/alice'>alice</a> released this <time datetime='2026-06-{10 + n}T09:00:00Z'>"
        f"Jun {10 + n}, 2026</time></p></div>"
        "<div><h3>Bug Fixes</h3><ul><li><a href='https://github.com/acme/tool/pull/12'>#12</a> "
        "Fix a crash when the cache directory is missing</li></ul>"
        "<h3>Thanks to</h3><ul><li>Bob (<a href='https://github.com/bob'>@bob</a>)</li></ul></div>"
        f"<div><a href='/acme/tool/archive/v2.{n}.0.zip'>Source code (zip)</a></div></div>"
    )


def test_an_unlinked_heading_after_the_cards_date_is_its_bodys() -> None:
    found = entries(f"<main>{''.join(_release(n) for n in range(5, 1, -1))}</main>")
    assert [(e.title, e.link) for e in found] == [
        (f"v2.{n}.0", f"{SITE}/acme/tool/releases/tag/v2.{n}.0") for n in range(5, 1, -1)
    ]
