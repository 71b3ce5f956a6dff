"""A card's author linked to a page that asks for the person by name in its query
("/editors/?usrname=郡司和歌"): the link's text is the author, as a profile link's is."""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import quote

from aggregator.parse import parse_document

NOW = datetime(2016, 3, 20, 12, 0, tzinfo=UTC)

CARD = """<div class="item"><p class="date"><span>2016.03.1{n}&nbsp;UP</span></p>
<a href="/article/2095{n}/"><h4>{title}</h4></a>
<p class="editor"><a href="/editors/?usrname={query}">{name}</a></p></div><hr>"""


def _page(cards: str) -> bytes:
    return (
        "<html lang='ja'><head><title>記事</title></head><body><main>" + cards + "</main></body></html>"
    ).encode()


def test_a_link_that_asks_for_its_own_text_as_a_person_names_the_author() -> None:
    titles = ["第二弾ゲスト発表", "配信決定のお知らせ", "番組の収録レポート", "新曲の発売記念"]
    names = ["郡司和歌", "伊澤真由美", "郡司和歌", "山田太郎"]
    pairs = enumerate(zip(titles, names, strict=True), 1)
    cards = "".join(CARD.format(n=n, title=t, name=m, query=quote(m)) for n, (t, m) in pairs)
    parsed = parse_document(
        _page(cards), url="https://music.example/", source_type="html", timezone="Asia/Tokyo", now=NOW
    )
    assert [e.title for e in parsed.entries] == titles
    assert [e.author for e in parsed.entries] == names


def test_a_query_that_names_something_else_is_no_byline() -> None:
    # "?tag=…" and a query whose value is not the link's text: a topic, not a person.
    titles = ["第二弾ゲスト発表", "配信決定のお知らせ", "番組の収録レポート", "新曲の発売記念"]
    cards = "".join(
        CARD.format(n=n, title=t, name="特集", query=quote("別の人")).replace("usrname", "user")
        for n, t in enumerate(titles, 1)
    )
    parsed = parse_document(
        _page(cards), url="https://music.example/", source_type="html", timezone="Asia/Tokyo", now=NOW
    )
    assert [e.author for e in parsed.entries] == [None] * 4
